#include "core/scan/filetree.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <tuple>
#include <utility>

namespace CacheLens
{
namespace
{

constexpr std::size_t NameChunkShift = 20; // 1 MiB per chunk: a name never straddles two
constexpr std::size_t NameChunkSize = std::size_t(1) << NameChunkShift;

std::uint32_t clampTime(std::int64_t seconds)
{
    return static_cast<std::uint32_t>(std::clamp<std::int64_t>(seconds, 0, std::numeric_limits<std::uint32_t>::max()));
}

} // namespace

std::size_t FileTree::nodeCount() const noexcept
{
    return m_nodes.size();
}

const FileNode &FileTree::node(NodeIndex index) const noexcept
{
    return m_nodes[index];
}

QByteArrayView FileTree::name(NodeIndex index) const noexcept
{
    const FileNode &n = m_nodes[index];
    const char *chunk = m_nameChunks[n.nameOffset >> NameChunkShift].get();
    return QByteArrayView(chunk + (n.nameOffset & (NameChunkSize - 1)), n.nameLength);
}

QByteArray FileTree::path(NodeIndex index) const
{
    std::vector<NodeIndex> chain;
    for (NodeIndex at = index; at != NoNode; at = m_nodes[at].parent)
        chain.push_back(at);
    QByteArray result;
    for (auto it = chain.rbegin(); it != chain.rend(); ++it) {
        if (!result.isEmpty() && !result.endsWith('/'))
            result += '/';
        result += name(*it);
    }
    return result;
}

NodeIndex FileTree::firstChild(NodeIndex index) const noexcept
{
    const Folder *row = folder(index);
    return row ? row->firstChild : NoNode;
}

std::uint32_t FileTree::fileCount(NodeIndex index) const noexcept
{
    const Folder *row = folder(index);
    return row ? row->fileCount : 0;
}

std::uint32_t FileTree::folderCount(NodeIndex index) const noexcept
{
    const Folder *row = folder(index);
    return row ? row->folderCount : 0;
}

const FileTree::Folder *FileTree::folder(NodeIndex index) const noexcept
{
    const FileNode &n = m_nodes[index];
    return n.isDirectory() ? &m_folders[n.atimeOrFolder] : nullptr;
}

FileTree::Folder *FileTree::folder(NodeIndex index) noexcept
{
    return const_cast<Folder *>(std::as_const(*this).folder(index));
}

std::vector<NodeIndex> FileTree::children(NodeIndex index) const
{
    std::vector<NodeIndex> result;
    for (NodeIndex child = firstChild(index); child != NoNode; child = m_nodes[child].nextSibling)
        result.push_back(child);
    return result;
}

std::vector<NodeIndex> FileTree::childrenBySize(NodeIndex index, bool apparent) const
{
    std::vector<NodeIndex> result = children(index);
    std::sort(result.begin(), result.end(), [&](NodeIndex a, NodeIndex b) {
        const std::uint64_t sizeA = apparent ? m_nodes[a].apparentBytes : m_nodes[a].diskBytes;
        const std::uint64_t sizeB = apparent ? m_nodes[b].apparentBytes : m_nodes[b].diskBytes;
        if (sizeA != sizeB)
            return sizeA > sizeB;
        return name(a) < name(b);
    });
    return result;
}

const QList<ScanRoot> &FileTree::roots() const noexcept
{
    return m_roots;
}

const QList<ScanError> &FileTree::errors() const noexcept
{
    return m_errors;
}

const std::vector<HardLink> &FileTree::hardLinks() const noexcept
{
    return m_hardLinks;
}

QByteArray FileTree::errorPath(const ScanError &error) const
{
    return error.node == NoNode ? error.path : path(error.node);
}

bool FileTree::isPartial() const noexcept
{
    return m_partial;
}

std::size_t FileTree::memoryBytes() const noexcept
{
    return m_nodes.memoryBytes() + m_folders.memoryBytes() + m_nameChunks.size() * NameChunkSize;
}

FileTreeBuilder::FileTreeBuilder()
    : m_tree(new FileTree) // FileTree's constructor is private to everyone but its builder
{
}

FileTreeBuilder::~FileTreeBuilder() = default;

qsizetype FileTreeBuilder::addRoot(const ScanRoot &root)
{
    m_tree->m_roots.append(root);
    return m_tree->m_roots.size() - 1;
}

ScanRoot &FileTreeBuilder::root(qsizetype position)
{
    return m_tree->m_roots[position];
}

NodeIndex FileTreeBuilder::addRootNode(QByteArrayView path, const EntryInfo &info)
{
    return append(NoNode, path, info);
}

NodeIndex FileTreeBuilder::addChild(NodeIndex parent, QByteArrayView name, const EntryInfo &info)
{
    return append(parent, name, info);
}

void FileTreeBuilder::addFlags(NodeIndex index, std::uint8_t flags)
{
    m_tree->m_nodes[index].typeAndFlags |= static_cast<std::uint8_t>(flags & ~0x3);
}

void FileTreeBuilder::setClassification(NodeIndex index, Classification classification)
{
    m_tree->m_nodes[index].classification = classification.packed();
}

void FileTreeBuilder::addError(const ScanError &error)
{
    if (error.node != NoNode)
        addFlags(error.node, FlagError);
    m_tree->m_errors.append(error);
}

void FileTreeBuilder::addHardLink(const HardLink &link)
{
    m_tree->m_hardLinks.push_back(link);
}

const FileNode &FileTreeBuilder::node(NodeIndex index) const noexcept
{
    return m_tree->m_nodes[index];
}

std::size_t FileTreeBuilder::nodeCount() const noexcept
{
    return m_tree->m_nodes.size();
}

QByteArray FileTreeBuilder::path(NodeIndex index) const
{
    return m_tree->path(index);
}

std::uint32_t FileTreeBuilder::storeName(QByteArrayView name)
{
    const auto length = static_cast<std::size_t>(name.size());
    auto &chunks = m_tree->m_nameChunks;
    if (chunks.empty() || m_nameUsed + length > NameChunkSize) {
        chunks.push_back(std::make_unique_for_overwrite<char[]>(NameChunkSize));
        m_nameUsed = 0;
    }
    std::memcpy(chunks.back().get() + m_nameUsed, name.data(), length);
    const auto offset = static_cast<std::uint32_t>(((chunks.size() - 1) << NameChunkShift) + m_nameUsed);
    m_nameUsed += length;
    return offset;
}

NodeIndex FileTreeBuilder::append(NodeIndex parent, QByteArrayView name, const EntryInfo &info)
{
    FileNode n;
    n.apparentBytes = info.apparentBytes;
    n.diskBytes = info.diskBytes;
    n.parent = parent;
    n.nameOffset = storeName(name.first(std::min<qsizetype>(name.size(), 0xFFFF)));
    n.nameLength = static_cast<std::uint16_t>(std::min<qsizetype>(name.size(), 0xFFFF));
    n.mtime = clampTime(info.mtime);
    n.atimeOrFolder = info.type == NodeType::Directory ? static_cast<std::uint32_t>(m_tree->m_folders.push_back({}))
                                                       : clampTime(info.atime);
    n.classification = info.classification.packed();
    n.typeAndFlags = static_cast<std::uint8_t>(static_cast<std::uint8_t>(info.type) | (info.flags & ~0x3));
    if (parent != NoNode) {
        FileTree::Folder *p = m_tree->folder(parent);
        Q_ASSERT_X(p, "FileTreeBuilder", "a child below a non-directory");
        if (p) {
            n.nextSibling = p->firstChild;
            p->firstChild = static_cast<NodeIndex>(m_tree->m_nodes.size());
        }
    }
    return static_cast<NodeIndex>(m_tree->m_nodes.push_back(n));
}

// Which name of a multiply-linked inode carries its bytes is decided here, not by the order
// in which parallel walkers happened to meet the names: the name whose path sorts first. Scans
// and imports of the same tree then agree node for node.
void FileTreeBuilder::assignHardLinkBytes()
{
    std::vector<HardLink> &links = m_tree->m_hardLinks;
    std::sort(links.begin(), links.end(), [](const HardLink &a, const HardLink &b) {
        return std::tie(a.device, a.inode, a.node) < std::tie(b.device, b.inode, b.node);
    });
    for (std::size_t first = 0; first < links.size();) {
        std::size_t last = first + 1;
        while (
            last < links.size() && links[last].device == links[first].device && links[last].inode == links[first].inode)
            ++last;
        std::size_t carrier = first;
        QByteArray carrierPath = m_tree->path(links[first].node);
        for (std::size_t i = first + 1; i < last; ++i) {
            QByteArray candidate = m_tree->path(links[i].node);
            if (candidate < carrierPath) {
                carrier = i;
                carrierPath = std::move(candidate);
            }
        }
        for (std::size_t i = first; i < last; ++i) {
            FileNode &node = m_tree->m_nodes[links[i].node];
            const bool carries = i == carrier;
            node.apparentBytes = carries ? links[i].apparentBytes : 0;
            node.diskBytes = carries ? links[i].diskBytes : 0;
            node.typeAndFlags = carries ? std::uint8_t(node.typeAndFlags & ~FlagHardLinkDuplicate)
                                        : std::uint8_t(node.typeAndFlags | FlagHardLinkDuplicate);
        }
        first = last;
    }
}

std::shared_ptr<FileTree> FileTreeBuilder::finish(bool partial)
{
    FileTree &tree = *m_tree;
    tree.m_partial = partial;
    assignHardLinkBytes();
    // A child is always appended after its parent, so one pass from the back adds every
    // subtree into its parent before the parent itself is added to the grandparent.
    for (std::size_t i = tree.m_nodes.size(); i-- > 0;) {
        const FileNode &n = tree.m_nodes[i];
        if (n.parent == NoNode)
            continue;
        FileNode &p = tree.m_nodes[n.parent];
        p.apparentBytes += n.apparentBytes;
        p.diskBytes += n.diskBytes;
        FileTree::Folder *folder = tree.folder(n.parent);
        if (!folder)
            continue;
        if (n.isDirectory()) {
            folder->fileCount += tree.fileCount(NodeIndex(i));
            folder->folderCount += tree.folderCount(NodeIndex(i)) + (n.isEnteredDirectory() ? 1 : 0);
        } else {
            folder->fileCount += n.hasFlag(FlagExcluded) ? 0 : 1;
        }
    }
    std::shared_ptr<FileTree> result(m_tree.release());
    m_tree.reset(new FileTree);
    m_nameUsed = 0;
    return result;
}

} // namespace CacheLens
