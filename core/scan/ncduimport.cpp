#include "core/rules/ruleset.h"
#include "core/scan/ncduformat.h"
#include "core/scan/scanrequest.h"

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>
#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include <sys/stat.h>
#include <vector>

namespace CacheLens::Ncdu
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Ncdu)
};

/// A RapidJSON input stream over whatever libarchive decodes (plain, gzip, zstd, …), in
/// 64 KiB pieces: the export is never held whole in memory.
class ArchiveStream final
{
public:
    using Ch = char;

    explicit ArchiveStream(archive *source)
        : m_source(source)
    {
    }

    Ch Peek()
    {
        return (m_pos < m_end || refill()) ? *m_pos : '\0';
    }
    Ch Take()
    {
        if (m_pos >= m_end && !refill())
            return '\0';
        ++m_consumed;
        return *m_pos++;
    }
    [[nodiscard]] std::size_t Tell() const
    {
        return m_consumed;
    }
    // Write side of the stream concept: never used for reading.
    Ch *PutBegin()
    {
        return nullptr;
    }
    void Put(Ch) { }
    void Flush() { }
    std::size_t PutEnd(Ch *)
    {
        return 0;
    }

    [[nodiscard]] QString error() const
    {
        return m_error;
    }

private:
    bool refill()
    {
        if (m_eof)
            return false;
        const la_ssize_t n = archive_read_data(m_source, m_buffer.data(), m_buffer.size());
        if (n <= 0) {
            if (n < 0)
                m_error = QString::fromLocal8Bit(archive_error_string(m_source));
            m_eof = true;
            return false;
        }
        m_pos = m_buffer.data();
        m_end = m_pos + n;
        return true;
    }

    archive *m_source;
    std::vector<char> m_buffer = std::vector<char>(64 * 1024);
    const char *m_pos = nullptr;
    const char *m_end = nullptr;
    std::size_t m_consumed = 0;
    bool m_eof = false;
    QString m_error;
};

/// The SAX handler: a small state machine over [major, minor, {metadata}, [dir...]].
class Handler final : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Handler>
{
public:
    enum class Kind { Top, Dir, Info, Skip };
    struct Frame {
        Frame(Kind kind, int index = 0, NodeIndex node = NoNode, std::uint64_t dev = 0, int skipDepth = 0)
            : kind(kind)
            , index(index)
            , node(node)
            , dev(dev)
            , skipDepth(skipDepth)
        {
        }
        Kind kind;
        int index = 0; // Top: which element comes next
        NodeIndex node = NoNode; // Dir: the folder, once its info object has been read
        std::uint64_t dev = 0; // Dir: inherited by its entries
        int skipDepth = 0; // Skip: nesting left to skip
        RuleContext context; // Dir: what the folder is, for its entries' rules
        std::string name; // Dir: the folder's name, for rules on its entries' parent
    };
    struct Info {
        QByteArray name;
        bool hasName = false;
        std::uint64_t asize = 0, dsize = 0, dev = 0, ino = 0, nlink = 0, mtime = 0;
        bool hasDev = false, hlnkc = false, readError = false, notreg = false;
        QByteArray excluded;
    };

    FileTreeBuilder builder;
    const RuleSet *rules = nullptr;
    const ScanToken *token = nullptr;
    bool stopped = false; // the token was stopped: the parse ended early on purpose
    QString error;
    QStringList warnings;
    bool sawRoot = false;

    bool StartArray()
    {
        if (m_stack.empty()) {
            m_stack.push_back({ Kind::Top });
            return true;
        }
        Frame &top = m_stack.back();
        if (top.kind == Kind::Skip)
            return ++top.skipDepth, true;
        if (top.kind == Kind::Info)
            return m_stack.push_back({ Kind::Skip, 0, NoNode, 0, 1 }), true;
        if (top.kind == Kind::Top) {
            if (top.index++ != 3)
                return fail(Tr::tr("the export does not start with [major, minor, metadata, directory]"));
            m_stack.push_back({ Kind::Dir, 0, NoNode, 0 });
            return true;
        }
        if (top.node == NoNode)
            return fail(Tr::tr("a directory must start with its own information"));
        m_stack.push_back({ Kind::Dir, 0, NoNode, top.dev });
        return true;
    }

    bool EndArray(rapidjson::SizeType)
    {
        Frame &top = m_stack.back();
        if (top.kind == Kind::Skip)
            return skipEnd();
        if (top.kind == Kind::Dir && top.node == NoNode)
            return fail(Tr::tr("an empty directory entry"));
        m_stack.pop_back();
        return true;
    }

    bool StartObject()
    {
        if (m_stack.empty())
            return fail(Tr::tr("not an ncdu export"));
        Frame &top = m_stack.back();
        if (top.kind == Kind::Skip)
            return ++top.skipDepth, true;
        if (top.kind == Kind::Top) { // the metadata: read nothing from it
            ++top.index;
            return m_stack.push_back({ Kind::Skip, 0, NoNode, 0, 1 }), true;
        }
        if (top.kind == Kind::Info)
            return m_stack.push_back({ Kind::Skip, 0, NoNode, 0, 1 }), true;
        m_info = Info();
        m_stack.push_back({ Kind::Info });
        return true;
    }

    bool Key(const char *text, rapidjson::SizeType length, bool)
    {
        m_key.assign(text, length);
        return true;
    }

    bool EndObject(rapidjson::SizeType)
    {
        Frame &top = m_stack.back();
        if (top.kind == Kind::Skip)
            return skipEnd();
        m_stack.pop_back(); // the Info frame
        return addEntry();
    }

    bool String(const char *text, rapidjson::SizeType length, bool)
    {
        if (!inInfo())
            return other();
        if (m_key == "name") {
            m_info.name = QByteArray(text, qsizetype(length)); // raw bytes, as written
            m_info.hasName = true;
        } else if (m_key == "excluded") {
            m_info.excluded = QByteArray(text, qsizetype(length));
        }
        return true;
    }

    bool Bool(bool value)
    {
        if (!inInfo())
            return other();
        if (m_key == "hlnkc")
            m_info.hlnkc = value;
        else if (m_key == "read_error")
            m_info.readError = value;
        else if (m_key == "notreg")
            m_info.notreg = value;
        return true;
    }

    bool Uint64(std::uint64_t value)
    {
        if (!m_stack.empty() && m_stack.back().kind == Kind::Top)
            return topNumber(value);
        if (!inInfo())
            return other();
        if (m_key == "asize")
            m_info.asize = value;
        else if (m_key == "dsize")
            m_info.dsize = value;
        else if (m_key == "dev")
            m_info.dev = value, m_info.hasDev = true;
        else if (m_key == "ino")
            m_info.ino = value;
        else if (m_key == "nlink")
            m_info.nlink = value;
        else if (m_key == "mtime")
            m_info.mtime = value;
        return true;
    }
    bool Uint(unsigned value)
    {
        return Uint64(value);
    }
    bool Int(int value)
    {
        return Int64(value);
    }
    bool Int64(std::int64_t value)
    {
        return value >= 0 ? Uint64(std::uint64_t(value)) : other(); // a negative mtime: ignore
    }
    bool Double(double)
    {
        return other();
    }
    bool Null()
    {
        return other();
    }

private:
    bool inInfo()
    {
        return !m_stack.empty() && m_stack.back().kind == Kind::Info;
    }

    // Any other scalar: fine inside metadata or an unknown key, wrong in the top array.
    bool other()
    {
        if (!m_stack.empty() && m_stack.back().kind == Kind::Top)
            return fail(Tr::tr("unexpected value in the top-level array"));
        return true;
    }

    bool skipEnd()
    {
        if (--m_stack.back().skipDepth == 0)
            m_stack.pop_back();
        return true;
    }

    bool topNumber(std::uint64_t value)
    {
        Frame &top = m_stack.back();
        const int index = top.index++;
        if (index == 0 && value != 1)
            return fail(Tr::tr("unsupported format version %1 (only 1 is known)").arg(value));
        if (index == 1 && value > 2)
            warnings.append(
                Tr::tr("the export uses a newer minor version (%1); unknown fields are ignored").arg(value));
        return index <= 1 || fail(Tr::tr("unexpected number in the top-level array"));
    }

    bool fail(const QString &message)
    {
        if (error.isEmpty())
            error = message;
        return false;
    }

    bool addEntry();

    std::vector<Frame> m_stack;
    std::string m_key;
    Info m_info;
    qsizetype m_root = -1;
};

bool Handler::addEntry()
{
    if (token && token->isStopped()) {
        stopped = true;
        return false;
    }
    if (!m_info.hasName)
        return fail(Tr::tr("an entry without a name"));
    Frame &owner = m_stack.back(); // the Dir frame this object belongs to
    const bool isDirInfo = owner.node == NoNode;
    EntryInfo entry;
    entry.type = isDirInfo ? NodeType::Directory : (m_info.notreg ? NodeType::Other : NodeType::File);
    entry.apparentBytes = m_info.asize;
    entry.diskBytes = m_info.dsize;
    entry.mtime = std::int64_t(std::min<std::uint64_t>(m_info.mtime, INT64_MAX));
    const std::uint64_t dev = m_info.hasDev ? m_info.dev : owner.dev;
    if (m_info.excluded == "otherfs" || m_info.excluded == "othfs")
        entry.flags |= FlagOtherFileSystem;
    else if (!m_info.excluded.isEmpty())
        entry.flags |= FlagExcluded;
    // Every link keeps the inode's size here; FileTreeBuilder::finish() gives the bytes to one
    // name per (dev, ino) from the hard-link records below, as it does for scans.

    // Classified as the scanner would; marker rules (a folder's contents) are not applied:
    // the stream has already moved past the folder when its contents are known.
    const bool isRootInfo = isDirInfo && m_stack.size() >= 2 && m_stack[m_stack.size() - 2].kind == Kind::Top;
    RuleContext context;
    if (rules && isRootInfo)
        context = rules->classifyRoot(m_info.name);
    else if (rules && isDirInfo)
        context = rules->classify(
            m_info.name.toStdString(), true, m_stack[m_stack.size() - 2].name, m_stack[m_stack.size() - 2].context);
    else if (rules)
        context = rules->classify(m_info.name.toStdString(), false, owner.name, owner.context);
    entry.classification = context.classification;

    NodeIndex node = NoNode;
    if (isRootInfo) {
        if (sawRoot)
            return fail(Tr::tr("more than one top-level directory"));
        sawRoot = true;
        node = builder.addRootNode(m_info.name, entry);
        ScanRoot root;
        root.path = m_info.name;
        root.node = node;
        root.device = dev;
        m_root = builder.addRoot(root);
    } else {
        const NodeIndex parent = isDirInfo ? m_stack[m_stack.size() - 2].node : owner.node;
        node = builder.addChild(parent, m_info.name, entry);
    }
    ScanRoot &root = builder.root(m_root);
    if (isDirInfo) {
        owner.node = node;
        owner.dev = dev;
        owner.context = context;
        owner.name = isRootInfo ? RuleSet::lastComponent(m_info.name) : m_info.name.toStdString();
        root.dirs += 1;
    } else if (!(entry.flags & FlagExcluded)) {
        root.files += 1;
    }
    if (m_info.hlnkc && !isDirInfo)
        builder.addHardLink({ node, dev, m_info.ino, std::uint32_t(std::min<std::uint64_t>(m_info.nlink, UINT32_MAX)),
            m_info.asize, m_info.dsize });
    if (m_info.readError) {
        builder.addError({ node, {}, 0 });
        root.errors += 1;
    }
    return true;
}

} // namespace

bool isExportFile(const QByteArray &path)
{
    struct stat st {
    };
    return ::stat(path.constData(), &st) == 0 && S_ISREG(st.st_mode);
}

ImportResult importTree(const QByteArray &filePath, const std::shared_ptr<const RuleSet> &rules, const ScanToken *token)
{
    ImportResult result;
    std::unique_ptr<archive, int (*)(archive *)> source(archive_read_new(), archive_read_free);
    archive_read_support_filter_all(source.get());
    archive_read_support_format_raw(source.get());
    const int opened = filePath == "-" ? archive_read_open_fd(source.get(), 0, 64 * 1024)
                                       : archive_read_open_filename(source.get(), filePath.constData(), 64 * 1024);
    archive_entry *entry = nullptr;
    if (opened != ARCHIVE_OK || archive_read_next_header(source.get(), &entry) != ARCHIVE_OK) {
        // libarchive calls an empty file an "unrecognized archive format": say what a user can act on.
        result.error = Tr::tr("the file is empty or cannot be read (%1)")
                           .arg(QString::fromLocal8Bit(archive_error_string(source.get())));
        return result;
    }

    ArchiveStream stream(source.get());
    Handler handler;
    handler.rules = rules.get();
    handler.token = token;
    rapidjson::Reader reader;
    // Iterative parsing: deep trees must not recurse. No encoding validation: names are raw bytes.
    const rapidjson::ParseResult parsed
        = reader.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseStopWhenDoneFlag>(stream, handler);
    if (handler.stopped) {
        if (handler.sawRoot)
            result.tree = handler.builder.finish(true);
        else
            result.error = Tr::tr("stopped before anything was read");
        return result;
    }
    if (!stream.error().isEmpty()) {
        result.error = stream.error();
        return result;
    }
    if (parsed.IsError()) {
        const QString why
            = handler.error.isEmpty() ? QString::fromLatin1(rapidjson::GetParseError_En(parsed.Code())) : handler.error;
        result.error = Tr::tr("not a valid ncdu export (at byte %1): %2").arg(parsed.Offset()).arg(why);
        return result;
    }
    if (!handler.sawRoot) {
        result.error = Tr::tr("the export holds no directory");
        return result;
    }
    result.warnings = handler.warnings;
    result.tree = handler.builder.finish(false);
    return result;
}

} // namespace CacheLens::Ncdu
