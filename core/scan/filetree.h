#pragma once

#include "core/rules/category.h"
#include "core/scan/chunkedvector.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QMetaType>
#include <QString>

#include <cstdint>
#include <memory>
#include <vector>

namespace CacheLens
{

using NodeIndex = std::uint32_t;
inline constexpr NodeIndex NoNode = 0xFFFFFFFFu;

enum class NodeType : std::uint8_t { File = 0, Directory = 1, Symlink = 2, Other = 3 };

/// Per-node flags (they share one byte with the type).
enum NodeFlag : std::uint8_t {
    FlagError = 1 << 2, ///< could not be read (see FileTree::errors())
    FlagHardLinkDuplicate = 1 << 3, ///< another name of an inode already counted: sizes are 0
    FlagOtherFileSystem = 1 << 4, ///< a mount point not entered (one file system per root)
    FlagExcluded = 1 << 5, ///< matched an exclude pattern: not counted, not entered
    FlagAlreadyCounted = 1 << 6, ///< a folder seen before (overlapping root, bind mount): not entered
};

/// One entry of a scanned tree. 40 bytes: names live in the tree's name arena, and what only
/// folders need (first child, file count) in the tree's folder table (FileTree::firstChild(),
/// FileTree::fileCount()), because nine entries in ten are files.
/// For a directory, sizes are subtree totals including the directory itself.
struct FileNode {
    std::uint64_t apparentBytes = 0; ///< st_size
    std::uint64_t diskBytes = 0; ///< st_blocks * 512
    NodeIndex parent = NoNode;
    NodeIndex nextSibling = NoNode;
    std::uint32_t nameOffset = 0;
    std::uint32_t mtime = 0; ///< seconds since the epoch (clamped to 0..2106)
    /// Non-directories: atime (see atime()). Directories: their row in the folder table. A
    /// folder's own atime is not kept: listing the folder to scan it is what last set it.
    std::uint32_t atimeOrFolder = 0;
    std::uint16_t nameLength = 0;
    std::uint8_t classification = Classification {}.packed(); ///< see category() and tier()
    std::uint8_t typeAndFlags = 0; ///< low two bits NodeType, the rest NodeFlag

    [[nodiscard]] constexpr Category category() const noexcept
    {
        return Classification::unpack(classification).category;
    }
    [[nodiscard]] constexpr Tier tier() const noexcept
    {
        return Classification::unpack(classification).tier;
    }

    [[nodiscard]] constexpr NodeType type() const noexcept
    {
        return static_cast<NodeType>(typeAndFlags & 0x3);
    }
    [[nodiscard]] constexpr bool isDirectory() const noexcept
    {
        return type() == NodeType::Directory;
    }
    [[nodiscard]] constexpr bool hasFlag(NodeFlag flag) const noexcept
    {
        return (typeAndFlags & flag) != 0;
    }
    /// A directory the scan went into: not excluded, not on another file system, not seen
    /// before. These are what ScanRoot::dirs and FileTree::folderCount() count.
    [[nodiscard]] constexpr bool isEnteredDirectory() const noexcept
    {
        return isDirectory() && (typeAndFlags & (FlagExcluded | FlagOtherFileSystem | FlagAlreadyCounted)) == 0;
    }
    /// Seconds since the epoch (clamped to 0..2106); 0 for a directory.
    [[nodiscard]] constexpr std::uint32_t atime() const noexcept
    {
        return isDirectory() ? 0 : atimeOrFolder;
    }
};
static_assert(sizeof(FileNode) == 40, "FileNode is sized for the 64-bytes-per-entry budget");

/// One root of a scan and what was found below it.
struct ScanRoot {
    QByteArray path; ///< as given (raw bytes)
    NodeIndex node = NoNode; ///< NoNode when the root could not be scanned
    std::uint64_t files = 0; ///< non-directory entries, the root's own counted if it is one
    std::uint64_t dirs = 0; ///< directories, the root included
    std::uint64_t errors = 0; ///< entries below that could not be read
    QString error; ///< why the root itself failed, or empty
    bool alreadyCounted = false; ///< the folder was inside an earlier root: counted there (as du does)
    std::uint64_t device = 0; ///< st_dev of the root folder
};

/// An entry whose inode has several names (st_nlink > 1). Kept beside the nodes because such
/// entries are rare and only exports and "bytes freed" need the inode.
struct HardLink {
    NodeIndex node = NoNode;
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint32_t links = 0; ///< st_nlink when scanned
    std::uint64_t apparentBytes = 0; ///< the inode's size, whichever name ends up carrying it
    std::uint64_t diskBytes = 0;
};

/// An entry that could not be read.
struct ScanError {
    NodeIndex node = NoNode; ///< the entry, or NoNode for a root that failed (see path)
    QByteArray path; ///< only for failed roots
    int errorNumber = 0; ///< errno
};

/// The immutable result of a scan: arena-allocated nodes, names as raw bytes.
/// Built by FileTreeBuilder; shared read-only between threads as shared_ptr<const FileTree>.
class FileTree final
{
public:
    FileTree(const FileTree &) = delete;
    FileTree &operator=(const FileTree &) = delete;

    [[nodiscard]] std::size_t nodeCount() const noexcept;
    [[nodiscard]] const FileNode &node(NodeIndex index) const noexcept;
    /// The node's own name; for a root node, the root path as given.
    [[nodiscard]] QByteArrayView name(NodeIndex index) const noexcept;
    /// The full path (root path + '/' + names), raw bytes.
    [[nodiscard]] QByteArray path(NodeIndex index) const;
    /// The first child in storage order (then FileNode::nextSibling), or NoNode.
    [[nodiscard]] NodeIndex firstChild(NodeIndex index) const noexcept;
    /// Directories: non-directory entries below (excluded ones not counted); others: 0.
    [[nodiscard]] std::uint32_t fileCount(NodeIndex index) const noexcept;
    /// Directories: directories below that were entered (not the directory itself, and not the
    /// excluded, other file system or already counted ones, as ScanRoot::dirs); others: 0.
    [[nodiscard]] std::uint32_t folderCount(NodeIndex index) const noexcept;
    /// Children in storage order.
    [[nodiscard]] std::vector<NodeIndex> children(NodeIndex index) const;
    /// Children, largest first by disk bytes (or apparent bytes), ties by name.
    [[nodiscard]] std::vector<NodeIndex> childrenBySize(NodeIndex index, bool apparent = false) const;

    [[nodiscard]] const QList<ScanRoot> &roots() const noexcept;
    [[nodiscard]] const QList<ScanError> &errors() const noexcept;
    /// Every entry with several hard links, in no particular order.
    [[nodiscard]] const std::vector<HardLink> &hardLinks() const noexcept;
    /// Where an error happened, raw bytes.
    [[nodiscard]] QByteArray errorPath(const ScanError &error) const;
    /// True when the scan was cancelled: the tree holds what was read until then.
    [[nodiscard]] bool isPartial() const noexcept;
    /// Bytes held by nodes and names (not counting the QLists).
    [[nodiscard]] std::size_t memoryBytes() const noexcept;

private:
    friend class FileTreeBuilder;
    FileTree() = default;

    /// What only directories need, one row per directory (FileNode::atimeOrFolder).
    struct Folder {
        NodeIndex firstChild = NoNode;
        std::uint32_t fileCount = 0;
        std::uint32_t folderCount = 0;
    };
    /// The directory's row in the folder table, or null for any other entry.
    [[nodiscard]] const Folder *folder(NodeIndex index) const noexcept;
    [[nodiscard]] Folder *folder(NodeIndex index) noexcept;

    ChunkedVector<FileNode> m_nodes;
    ChunkedVector<Folder, 12> m_folders;
    std::vector<std::unique_ptr<char[]>> m_nameChunks;
    QList<ScanRoot> m_roots;
    QList<ScanError> m_errors;
    std::vector<HardLink> m_hardLinks;
    bool m_partial = false;
};

/// What a builder needs to know about one entry.
struct EntryInfo {
    NodeType type = NodeType::File;
    std::uint8_t flags = 0;
    std::uint64_t apparentBytes = 0;
    std::uint64_t diskBytes = 0;
    std::int64_t mtime = 0;
    std::int64_t atime = 0;
    Classification classification;
};

/// Builds a FileTree. Not thread-safe: the scanner serialises calls. Sizes given for a
/// directory are its own; finish() adds up the subtrees.
class FileTreeBuilder final
{
public:
    FileTreeBuilder();
    ~FileTreeBuilder();
    FileTreeBuilder(const FileTreeBuilder &) = delete;
    FileTreeBuilder &operator=(const FileTreeBuilder &) = delete;

    /// Adds a root record; node may be NoNode (a root that failed). Returns the root's position.
    qsizetype addRoot(const ScanRoot &root);
    /// Adds a top-level node (a root folder); its name is the whole path.
    NodeIndex addRootNode(QByteArrayView path, const EntryInfo &info);
    /// Adds an entry below parent, which must be a directory.
    NodeIndex addChild(NodeIndex parent, QByteArrayView name, const EntryInfo &info);
    void addFlags(NodeIndex index, std::uint8_t flags);
    void setClassification(NodeIndex index, Classification classification);
    void addError(const ScanError &error);
    void addHardLink(const HardLink &link);
    [[nodiscard]] ScanRoot &root(qsizetype position);
    [[nodiscard]] const FileNode &node(NodeIndex index) const noexcept;
    [[nodiscard]] std::size_t nodeCount() const noexcept;
    /// The full path of a node built so far.
    [[nodiscard]] QByteArray path(NodeIndex index) const;

    /// Adds up subtree totals and hands over the tree. The builder is empty afterwards.
    [[nodiscard]] std::shared_ptr<FileTree> finish(bool partial);

private:
    NodeIndex append(NodeIndex parent, QByteArrayView name, const EntryInfo &info);
    void assignHardLinkBytes();
    std::uint32_t storeName(QByteArrayView name);

    std::unique_ptr<FileTree> m_tree;
    std::size_t m_nameUsed = 0; // bytes used in the last name chunk
};

} // namespace CacheLens

Q_DECLARE_METATYPE(std::shared_ptr<const CacheLens::FileTree>)
