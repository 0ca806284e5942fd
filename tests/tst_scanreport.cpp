#include "core/report/jsonpath.h"
#include "core/report/scanreport.h"
#include "core/report/scansummary.h"
#include "tests/fixture/sampletree.h"
#include "tests/fixture/treelookup.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

EntryInfo entry(NodeType type, std::uint64_t bytes, Category category)
{
    EntryInfo info = Test::entryInfo(type, bytes, category);
    info.mtime = 1'795'325'578;
    return info;
}

// /hub (other, 10)
//   models--bert (model dir, 20)
//     blob (model, 1000)
//     x.incomplete (temp, 300)
//   caf\xe9 (other dir, 5)
//     run.log (log, 400)
//   notes.txt (other, 7)
std::shared_ptr<FileTree> sampleTree()
{
    FileTreeBuilder builder;
    ScanRoot root;
    root.path = "/hub";
    const NodeIndex top = builder.addRootNode("/hub", entry(NodeType::Directory, 10, Category::Other));
    root.node = top;
    builder.addRoot(root);
    const NodeIndex repo = builder.addChild(top, "models--bert", entry(NodeType::Directory, 20, Category::Model));
    builder.addChild(repo, "blob", entry(NodeType::File, 1000, Category::Model));
    builder.addChild(repo, "x.incomplete", entry(NodeType::File, 300, Category::Temp));
    const NodeIndex odd
        = builder.addChild(top, QByteArrayView("caf\xe9"), entry(NodeType::Directory, 5, Category::Other));
    builder.addChild(odd, "run.log", entry(NodeType::File, 400, Category::Log));
    builder.addChild(top, "notes.txt", entry(NodeType::File, 7, Category::Other));
    return builder.finish(false);
}

} // namespace

class TestScanReport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rankingsAreTheTopOfAFullSort();
    void categoryTotalsAddUpToRoots();
    void ranksFoldersAndFiles();
    void folderCategoryIsTheDominantOne();
    void jsonHasVersionFirstAndExactPaths();
    void csvListsFoldersToDepth();
};

void TestScanReport::categoryTotalsAddUpToRoots()
{
    const auto tree = sampleTree();
    const ScanSummary summary = summarize(*tree, 10);
    std::uint64_t disk = 0;
    for (const CategoryTotal &total : summary.categories)
        disk += total.diskBytes;
    QCOMPARE(disk, tree->node(tree->roots().constFirst().node).diskBytes);
    QCOMPARE(summary.categories[std::size_t(Category::Model)].diskBytes, 1020u); // the folder's own 20 too
    QCOMPARE(summary.categories[std::size_t(Category::Temp)].diskBytes, 300u);
    QCOMPARE(summary.categories[std::size_t(Category::Log)].diskBytes, 400u);
    QCOMPARE(summary.categories[std::size_t(Category::Other)].diskBytes, 22u);
    QCOMPARE(summary.categories[std::size_t(Category::Model)].files, 1u);
}

void TestScanReport::ranksFoldersAndFiles()
{
    const auto tree = sampleTree();
    const ScanSummary summary = summarize(*tree, 2);
    QCOMPARE(summary.topDirs.size(), std::size_t(2));
    QCOMPARE(tree->name(summary.topDirs[0].node).toByteArray(), QByteArray("models--bert")); // root excluded
    QCOMPARE(summary.topFiles.size(), std::size_t(2));
    QCOMPARE(tree->name(summary.topFiles[0].node).toByteArray(), QByteArray("blob"));
    QCOMPARE(tree->name(summary.topFiles[1].node).toByteArray(), QByteArray("run.log"));
}

void TestScanReport::folderCategoryIsTheDominantOne()
{
    const auto tree = sampleTree();
    const ScanSummary summary = summarize(*tree, 10);
    QCOMPARE(summary.topDirs[0].category, Category::Model);
    QCOMPARE(summary.topDirs[1].category, Category::Log); // caf\xe9: 400 log vs 5 other
    QCOMPARE(dominantCategory(*tree, tree->roots().constFirst().node), Category::Model);
}

void TestScanReport::jsonHasVersionFirstAndExactPaths()
{
    const auto tree = sampleTree();
    const QByteArray text = scanReportJson(*tree, summarize(*tree, 10), 42, { u"careful"_s });
    QVERIFY2(text.startsWith("{\n  \"version\": 1,"), text.left(40).constData());

    QJsonParseError error;
    const QJsonObject doc = QJsonDocument::fromJson(text, &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(doc.value(u"partial"_s).toBool(true), false);
    QCOMPARE(doc.value(u"elapsed_ms"_s).toInt(), 42);
    QCOMPARE(doc.value(u"warnings"_s).toArray().at(0).toString(), u"careful"_s);
    const QJsonObject root = doc.value(u"roots"_s).toArray().at(0).toObject();
    QCOMPARE(root.value(u"disk_bytes"_s).toInteger(), 1742);
    QVERIFY(!root.contains(u"path_b64"_s)); // only for names that are not UTF-8

    bool sawLatin1 = false;
    for (const QJsonValue &value : doc.value(u"top_dirs"_s).toArray()) {
        const QJsonObject dir = value.toObject();
        if (dir.contains(u"path_b64"_s)) {
            sawLatin1 = true;
            QCOMPARE(takePath(dir), QByteArray("/hub/caf\xe9"));
            QVERIFY(dir.value(u"path"_s).toString().contains(QChar::ReplacementCharacter));
        }
    }
    QVERIFY(sawLatin1);
    const QJsonObject file = doc.value(u"top_files"_s).toArray().at(0).toObject();
    QCOMPARE(file.value(u"mtime"_s).toString(), u"2026-11-22T05:32:58Z"_s);
    QCOMPARE(file.value(u"category"_s).toString(), u"model"_s);
    QCOMPARE(doc.value(u"categories"_s).toArray().size(), 8);
}

void TestScanReport::csvListsFoldersToDepth()
{
    const auto tree = sampleTree();
    const QList<QByteArray> depth0 = scanReportCsv(*tree, 0).split('\n');
    QCOMPARE(depth0.at(0), QByteArray("path,depth,apparent_bytes,disk_bytes,files,category"));
    QCOMPARE(depth0.at(1), QByteArray("/hub,0,1742,1742,4,model"));
    QCOMPARE(depth0.size(), 3); // header, one row, final empty line

    const QList<QByteArray> depth1 = scanReportCsv(*tree, 1).split('\n');
    QCOMPARE(depth1.size(), 5);
    QCOMPARE(depth1.at(2), QByteArray("/hub/models--bert,1,1320,1320,2,model")); // largest first
    QCOMPARE(depth1.at(3), QByteArray("/hub/caf\xe9,1,405,405,1,log")); // raw bytes
}

void TestScanReport::rankingsAreTheTopOfAFullSort()
{
    const auto tree = Test::randomTree(11);
    std::vector<NodeIndex> dirs;
    std::vector<NodeIndex> files;
    for (NodeIndex i = 0; i < tree->nodeCount(); ++i) {
        const FileNode &n = tree->node(i);
        if (n.isDirectory() && n.parent != NoNode)
            dirs.push_back(i);
        else if (!n.isDirectory())
            files.push_back(i);
    }
    // Largest on disk first; equal sizes in index order.
    const auto bySize = [&](NodeIndex a, NodeIndex b) {
        const auto x = tree->node(a).diskBytes;
        const auto y = tree->node(b).diskBytes;
        return x != y ? x > y : a < b;
    };
    std::sort(dirs.begin(), dirs.end(), bySize);
    std::sort(files.begin(), files.end(), bySize);
    for (const std::size_t topN :
        { std::size_t(0), std::size_t(1), std::size_t(7), std::size_t(100), files.size() + 5 }) {
        const ScanSummary summary = summarize(*tree, topN);
        QCOMPARE(summary.topDirs.size(), std::min(topN, dirs.size()));
        QCOMPARE(summary.topFiles.size(), std::min(topN, files.size()));
        for (std::size_t i = 0; i < summary.topDirs.size(); ++i)
            QCOMPARE(summary.topDirs[i].node, dirs[i]);
        for (std::size_t i = 0; i < summary.topFiles.size(); ++i) {
            QCOMPARE(summary.topFiles[i].node, files[i]);
            QCOMPARE(summary.topFiles[i].category, tree->node(files[i]).category());
        }
    }
}

QTEST_APPLESS_MAIN(TestScanReport)
#include "tst_scanreport.moc"
