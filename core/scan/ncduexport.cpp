#include "core/appinfo.h"
#include "core/scan/ncduformat.h"

#include <QCoreApplication>
#include <QDateTime>

#include <archive.h>
#include <archive_entry.h>

#include <unordered_map>
#include <vector>

namespace CacheLens::Ncdu
{
namespace
{

/// A file written through libarchive's raw format, optionally gzip-compressed.
class ArchiveSink final
{
public:
    ArchiveSink()
        : m_archive(archive_write_new())
    {
    }
    ~ArchiveSink()
    {
        archive_write_free(m_archive);
    }
    ArchiveSink(const ArchiveSink &) = delete;
    ArchiveSink &operator=(const ArchiveSink &) = delete;

    bool open(const QByteArray &path, bool gzip)
    {
        if ((gzip ? archive_write_add_filter_gzip(m_archive) : archive_write_add_filter_none(m_archive)) != ARCHIVE_OK
            || archive_write_set_format_raw(m_archive) != ARCHIVE_OK)
            return fail();
        // The raw format pads to a block by default; an export must end exactly where its JSON does.
        archive_write_set_bytes_in_last_block(m_archive, 1);
        const int opened = path == "-" ? archive_write_open_fd(m_archive, 1)
                                       : archive_write_open_filename(m_archive, path.constData());
        if (opened != ARCHIVE_OK)
            return fail();
        archive_entry *entry = archive_entry_new();
        archive_entry_set_filetype(entry, AE_IFREG);
        archive_entry_set_pathname(entry, "export.json");
        const int header = archive_write_header(m_archive, entry);
        archive_entry_free(entry);
        return header == ARCHIVE_OK || fail();
    }

    void append(const char *data, std::size_t size)
    {
        m_buffer.append(data, size);
        if (m_buffer.size() >= 1 << 16)
            flush();
    }
    void append(const std::string &text)
    {
        append(text.data(), text.size());
    }

    bool close()
    {
        flush();
        if (!m_error.isEmpty())
            return false;
        return archive_write_close(m_archive) == ARCHIVE_OK || fail();
    }

    [[nodiscard]] QString error() const
    {
        return m_error;
    }

private:
    void flush()
    {
        if (!m_buffer.empty() && m_error.isEmpty()
            && archive_write_data(m_archive, m_buffer.data(), m_buffer.size()) < 0)
            fail();
        m_buffer.clear();
    }
    bool fail()
    {
        if (m_error.isEmpty())
            m_error = QString::fromLocal8Bit(archive_error_string(m_archive));
        return false;
    }

    archive *m_archive;
    std::string m_buffer;
    QString m_error;
};

// JSON string escaping that keeps every byte >= 0x80 as it is (ncdu does the same).
void appendName(std::string &out, QByteArrayView name)
{
    static constexpr char Hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : name) {
        const auto byte = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (byte < 0x20) {
            out += "\\u00";
            out += Hex[byte >> 4];
            out += Hex[byte & 0xF];
        } else {
            out += c;
        }
    }
    out += '"';
}

void appendInfo(std::string &out, const FileTree &tree, NodeIndex index, const HardLink *link, std::uint64_t rootDevice,
    bool isRoot)
{
    const FileNode &node = tree.node(index);
    // A directory's sizes in the tree are subtree totals; ncdu wants the entry's own.
    std::uint64_t apparent = node.apparentBytes;
    std::uint64_t disk = node.diskBytes;
    if (node.isDirectory()) {
        for (NodeIndex child = tree.firstChild(index); child != NoNode; child = tree.node(child).nextSibling) {
            apparent -= tree.node(child).apparentBytes;
            disk -= tree.node(child).diskBytes;
        }
    }
    if (link) {
        apparent = link->apparentBytes;
        disk = link->diskBytes;
    }
    out += "{\"name\":";
    appendName(out, tree.name(index));
    out += ",\"asize\":" + std::to_string(apparent) + ",\"dsize\":" + std::to_string(disk);
    if (isRoot)
        out += ",\"dev\":" + std::to_string(rootDevice);
    if (link) {
        if (link->device != rootDevice)
            out += ",\"dev\":" + std::to_string(link->device);
        out += ",\"ino\":" + std::to_string(link->inode) + ",\"hlnkc\":true,\"nlink\":" + std::to_string(link->links);
    }
    if (node.hasFlag(FlagError))
        out += ",\"read_error\":true";
    if (node.hasFlag(FlagExcluded))
        out += ",\"excluded\":\"pattern\"";
    else if (node.hasFlag(FlagOtherFileSystem))
        out += ",\"excluded\":\"otherfs\"";
    if (node.type() == NodeType::Symlink || node.type() == NodeType::Other)
        out += ",\"notreg\":true";
    out += ",\"mtime\":" + std::to_string(node.mtime) + '}';
}

// Every link of an inode is written with the inode's size, as ncdu does; readers count it once.
std::unordered_map<NodeIndex, const HardLink *> linkTable(const FileTree &tree)
{
    std::unordered_map<NodeIndex, const HardLink *> table;
    for (const HardLink &link : tree.hardLinks())
        table.emplace(link.node, &link);
    return table;
}

} // namespace

QString exportTree(
    const FileTree &tree, qsizetype rootPosition, const QByteArray &filePath, const ExportOptions &options)
{
    if (rootPosition < 0 || rootPosition >= tree.roots().size() || tree.roots().at(rootPosition).node == NoNode)
        return QCoreApplication::translate("Ncdu", "there is no scanned folder to export");
    const ScanRoot &root = tree.roots().at(rootPosition);
    ArchiveSink sink;
    if (!sink.open(filePath, options.gzip))
        return sink.error();

    const auto links = linkTable(tree);
    auto linkOf = [&links](NodeIndex index) {
        const auto it = links.find(index);
        return it == links.end() ? nullptr : it->second;
    };

    std::string out = "[1,2,{\"progname\":\"cachelens\",\"progver\":\"" + AppInfo::version().toStdString()
        + "\",\"timestamp\":" + std::to_string(QDateTime::currentSecsSinceEpoch()) + "},\n[";
    appendInfo(out, tree, root.node, nullptr, root.device, true);
    // Depth first with an explicit stack: a tree 5 000 folders deep must not overflow anything.
    std::vector<NodeIndex> nextChild { tree.firstChild(root.node) };
    while (!nextChild.empty()) {
        const NodeIndex child = nextChild.back();
        if (child == NoNode) {
            out += ']';
            nextChild.pop_back();
            continue;
        }
        nextChild.back() = tree.node(child).nextSibling;
        out += ",\n";
        if (tree.node(child).isDirectory()) {
            out += '[';
            appendInfo(out, tree, child, nullptr, root.device, false);
            nextChild.push_back(tree.firstChild(child));
        } else {
            appendInfo(out, tree, child, linkOf(child), root.device, false);
        }
        if (out.size() >= 1 << 16) {
            sink.append(out);
            out.clear();
        }
    }
    out += "]\n";
    sink.append(out);
    return sink.close() ? QString() : sink.error();
}

} // namespace CacheLens::Ncdu
