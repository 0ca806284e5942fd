#include "core/report/scanreport.h"

#include "core/report/categorydigest.h"
#include "core/report/jsonwriter.h"
#include "core/report/sizeformat.h"

#include <QCoreApplication>

#include <cstring>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

void writeRoot(JsonWriter &json, const FileTree &tree, const ScanRoot &root)
{
    const FileNode *node = root.node != NoNode ? &tree.node(root.node) : nullptr;
    json.startObject();
    json.path(root.path);
    json.field("apparent_bytes", node ? node->apparentBytes : std::uint64_t(0));
    json.field("disk_bytes", node ? node->diskBytes : std::uint64_t(0));
    json.field("files", root.files);
    json.field("dirs", root.dirs);
    json.field("errors", root.errors);
    if (!root.error.isEmpty()) {
        json.field("error", root.error);
    }
    if (root.alreadyCounted) {
        json.field("counted_in_earlier_root", true);
    }
    json.endObject();
}

void writeRanked(JsonWriter &json, const FileTree &tree, const RankedEntry &entry, bool isFile)
{
    const FileNode &node = tree.node(entry.node);
    json.startObject();
    json.path(tree.path(entry.node));
    json.field("apparent_bytes", node.apparentBytes);
    json.field("disk_bytes", node.diskBytes);
    if (!isFile) {
        json.field("files", std::uint64_t(tree.fileCount(entry.node)));
    }
    json.field("category", categoryId(entry.category).constData());
    if (isFile) {
        json.field("mtime", formatIsoTime(node.mtime));
    }
    json.endObject();
}

} // namespace

QString errorMessage(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

QString scanErrorText(const FileTree &tree, const ScanError &error)
{
    if (error.node == NoNode) {
        for (const ScanRoot &root : tree.roots()) {
            if (root.path == error.path && !root.error.isEmpty())
                return root.error;
        }
    }
    // Imports know that an entry was unreadable, not why.
    return error.errorNumber ? errorMessage(error.errorNumber)
                             : QCoreApplication::translate("ScanReport", "could not be read");
}

QByteArray scanReportJson(
    const FileTree &tree, const ScanSummary &summary, qint64 elapsedMs, const QStringList &warnings)
{
    JsonWriter json;
    json.startObject();
    json.field("version", 1);
    json.field("partial", tree.isPartial());

    json.key("roots");
    json.startArray();
    for (const ScanRoot &root : tree.roots())
        writeRoot(json, tree, root);
    json.endArray();

    json.key("categories");
    json.startArray();
    for (const Category category : AllCategories) {
        const CategoryTotal &total = summary.categories.at(static_cast<std::size_t>(category));
        json.startObject();
        json.field("id", categoryId(category).constData());
        json.field("apparent_bytes", total.apparentBytes);
        json.field("disk_bytes", total.diskBytes);
        json.field("files", total.files);
        json.endObject();
    }
    json.endArray();

    json.key("top_dirs");
    json.startArray();
    for (const RankedEntry &entry : summary.topDirs)
        writeRanked(json, tree, entry, false);
    json.endArray();

    json.key("top_files");
    json.startArray();
    for (const RankedEntry &entry : summary.topFiles)
        writeRanked(json, tree, entry, true);
    json.endArray();

    json.key("errors");
    json.startArray();
    for (const ScanError &error : tree.errors()) {
        json.startObject();
        json.path(tree.errorPath(error));
        json.field("error", scanErrorText(tree, error));
        json.endObject();
    }
    json.endArray();

    json.field("warnings", warnings);

    json.field("elapsed_ms", std::int64_t(elapsedMs));
    json.endObject();
    return json.take();
}

QByteArray scanReportCsv(const FileTree &tree, int maxDepth)
{
    auto quoted = [](const QByteArray &field) -> QByteArray {
        if (!field.contains(',') && !field.contains('"') && !field.contains('\n') && !field.contains('\r'))
            return field;
        QByteArray escaped = field;
        escaped.replace("\"", "\"\"");
        return "\"" + escaped + "\"";
    };
    QByteArray out = "path,depth,apparent_bytes,disk_bytes,files,category\n";
    // One pass names every folder's category; a subtree walk per row would be quadratic at depth.
    const auto digest = CategoryDigest::of(tree);
    struct Pending {
        NodeIndex node;
        int depth;
    };
    for (const ScanRoot &root : tree.roots()) {
        if (root.node == NoNode)
            continue;
        std::vector<Pending> stack { { root.node, 0 } };
        while (!stack.empty()) {
            const Pending at = stack.back();
            stack.pop_back();
            const FileNode &node = tree.node(at.node);
            out += quoted(tree.path(at.node)) + ',' + QByteArray::number(at.depth) + ','
                + QByteArray::number(qulonglong(node.apparentBytes)) + ','
                + QByteArray::number(qulonglong(node.diskBytes)) + ',' + QByteArray::number(tree.fileCount(at.node))
                + ',' + categoryId(digest->dominant(at.node, false)) + '\n';
            if (at.depth >= maxDepth)
                continue;
            const std::vector<NodeIndex> children = tree.childrenBySize(at.node);
            for (auto it = children.rbegin(); it != children.rend(); ++it) {
                if (tree.node(*it).isDirectory())
                    stack.push_back({ *it, at.depth + 1 });
            }
        }
    }
    return out;
}

} // namespace CacheLens
