#include "core/report/categorydigest.h"

#include "tests/fixture/sampletree.h"
#include "tests/fixture/treelookup.h"

#include <QTest>

using namespace CacheLens;

class TestCategoryDigest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void agreesWithTheSubtreeWalkForEveryFolder();
    void totalsAreTheSummaryTotals();
    void aPlainFolderShowsWhatFillsIt();
    void filesKeepTheirOwnCategory();
    void survivesATreeDeeperThanTheStack();
};

void TestCategoryDigest::agreesWithTheSubtreeWalkForEveryFolder()
{
    for (const quint32 seed : { 1u, 2u, 3u, 4u, 5u }) {
        const auto tree = Test::randomTree(seed);
        const auto digest = CategoryDigest::of(*tree);
        QCOMPARE(digest->nodeCount(), tree->nodeCount());
        int folders = 0;
        std::array<int, CategoryCount> seen {};
        for (NodeIndex node = 0; node < tree->nodeCount(); ++node) {
            if (!tree->node(node).isDirectory())
                continue;
            ++folders;
            for (const bool apparent : { false, true }) {
                const Category expected = dominantCategory(*tree, node, apparent);
                QCOMPARE(digest->dominant(node, apparent), expected);
                ++seen[std::size_t(expected)];
            }
        }
        QVERIFY(folders > 20);
        // The trees are varied enough that the answers are not all one category.
        QVERIFY(std::count_if(seen.begin(), seen.end(), [](int n) { return n > 0; }) >= 3);
    }
}

void TestCategoryDigest::totalsAreTheSummaryTotals()
{
    const auto tree = Test::randomTree(7);
    const auto digest = CategoryDigest::of(*tree);
    const ScanSummary summary = summarize(*tree, 5);
    std::uint64_t disk = 0;
    for (std::size_t c = 0; c < CategoryCount; ++c) {
        QCOMPARE(digest->totals()[c].category, summary.categories[c].category);
        QCOMPARE(digest->totals()[c].diskBytes, summary.categories[c].diskBytes);
        QCOMPARE(digest->totals()[c].apparentBytes, summary.categories[c].apparentBytes);
        QCOMPARE(digest->totals()[c].files, summary.categories[c].files);
        disk += digest->totals()[c].diskBytes;
    }
    std::uint64_t roots = 0;
    for (const ScanRoot &root : tree->roots())
        roots += tree->node(root.node).diskBytes;
    QCOMPARE(disk, roots);
}

void TestCategoryDigest::aPlainFolderShowsWhatFillsIt()
{
    // /r/stuff (other): weights.bin (model, 900 kB on disk) and frames.arrow (dataset, 100 kB on
    // disk but 50 MB long).
    FileTreeBuilder builder;
    const NodeIndex root = Test::addScanRoot(builder, "/r");
    const NodeIndex stuff = builder.addChild(root, "stuff", Test::entryInfo(NodeType::Directory, 4096));
    builder.addChild(stuff, "weights.bin", Test::entryInfo(NodeType::File, 900'000, Category::Model));
    EntryInfo sparse = Test::entryInfo(NodeType::File, 100'000, Category::Dataset);
    sparse.apparentBytes = 50'000'000;
    builder.addChild(stuff, "frames.arrow", sparse);
    const auto tree = builder.finish(false);
    const auto digest = CategoryDigest::of(*tree);
    QCOMPARE(tree->node(stuff).category(), Category::Other);
    QCOMPARE(digest->dominant(stuff, false), Category::Model);
    QCOMPARE(digest->dominant(stuff, true), Category::Dataset);
    QCOMPARE(digest->dominant(root, false), Category::Model);
}

void TestCategoryDigest::filesKeepTheirOwnCategory()
{
    FileTreeBuilder builder;
    const NodeIndex root = Test::addScanRoot(builder, "/r");
    const NodeIndex empty = builder.addChild(root, "empty.log", Test::entryInfo(NodeType::File, 0, Category::Log));
    builder.addChild(root, "big.ckpt", Test::entryInfo(NodeType::File, 1'000'000, Category::Checkpoint));
    const auto tree = builder.finish(false);
    const auto digest = CategoryDigest::of(*tree);
    QCOMPARE(digest->dominant(empty, false), Category::Log);
    QCOMPARE(digest->dominant(empty, true), Category::Log);
    QCOMPARE(digest->dominant(root, false), Category::Checkpoint);
}

void TestCategoryDigest::survivesATreeDeeperThanTheStack()
{
    // 200 000 nested folders would overflow the stack of a recursive walk (8 MiB, and far less
    // on a worker thread); the leaf holds the only bytes that count.
    FileTreeBuilder builder;
    NodeIndex at = Test::addScanRoot(builder, "/deep");
    for (int i = 0; i < 200'000; ++i)
        at = builder.addChild(at, "d", Test::entryInfo(NodeType::Directory, 0, Category::Other));
    const NodeIndex leaf = builder.addChild(at, "x.pt", Test::entryInfo(NodeType::File, 5000, Category::Checkpoint));
    const auto tree = builder.finish(false);
    const auto digest = CategoryDigest::of(*tree);
    QCOMPARE(digest->dominant(leaf, false), Category::Checkpoint);
    QCOMPARE(digest->dominant(tree->roots().first().node, false), Category::Checkpoint);
    QCOMPARE(digest->totals()[std::size_t(Category::Checkpoint)].diskBytes, std::uint64_t(5000));
}

QTEST_GUILESS_MAIN(TestCategoryDigest)
#include "tst_categorydigest.moc"
