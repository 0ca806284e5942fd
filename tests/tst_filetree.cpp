#include "core/scan/filetree.h"

#include <QTest>

using namespace CacheLens;

namespace
{

EntryInfo dirInfo(std::uint64_t own = 4096)
{
    EntryInfo info;
    info.type = NodeType::Directory;
    info.apparentBytes = own;
    info.diskBytes = own;
    return info;
}

EntryInfo fileInfo(std::uint64_t apparent, std::uint64_t disk, Category category = Category::Other)
{
    EntryInfo info;
    info.apparentBytes = apparent;
    info.diskBytes = disk;
    info.classification = { category, defaultTier(category) };
    info.mtime = 1'700'000'000;
    return info;
}

} // namespace

class TestFileTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsUpSubtrees();
    void buildsPaths();
    void sortsChildrenBySize();
    void excludedEntriesAreNotCounted();
    void clampsTimes();
    void keepsFileTimesAndFolderLinksApart();
    void staysWithinMemoryBudget();
};

void TestFileTree::addsUpSubtrees()
{
    FileTreeBuilder builder;
    const NodeIndex root = builder.addRootNode("/data", dirInfo(100));
    const NodeIndex sub = builder.addChild(root, "sub", dirInfo(10));
    builder.addChild(sub, "a", fileInfo(1000, 4096));
    builder.addChild(sub, "b", fileInfo(5, 0));
    builder.addChild(root, "c", fileInfo(7, 8192));
    const auto tree = builder.finish(false);

    QCOMPARE(tree->node(sub).apparentBytes, 1015u);
    QCOMPARE(tree->node(sub).diskBytes, 4106u);
    QCOMPARE(tree->fileCount(sub), 2u);
    QCOMPARE(tree->node(root).apparentBytes, 1122u);
    QCOMPARE(tree->node(root).diskBytes, 12398u);
    QCOMPARE(tree->fileCount(root), 3u);
    QVERIFY(!tree->isPartial());
    QCOMPARE(builder.nodeCount(), std::size_t(0)); // the builder handed everything over
}

void TestFileTree::buildsPaths()
{
    FileTreeBuilder builder;
    const NodeIndex root = builder.addRootNode("/", dirInfo());
    const NodeIndex home = builder.addChild(root, "home", dirInfo());
    const NodeIndex file = builder.addChild(home, QByteArrayView("caf\xe9"), fileInfo(1, 1));
    const NodeIndex other = builder.addRootNode("rel/dir", dirInfo());
    const NodeIndex inner = builder.addChild(other, "x", fileInfo(1, 1));
    const auto tree = builder.finish(true);

    QCOMPARE(tree->path(file), QByteArray("/home/caf\xe9")); // no doubled slash after "/"
    QCOMPARE(tree->path(inner), QByteArray("rel/dir/x"));
    QCOMPARE(tree->name(root).toByteArray(), QByteArray("/"));
    QVERIFY(tree->isPartial());
}

void TestFileTree::sortsChildrenBySize()
{
    FileTreeBuilder builder;
    const NodeIndex root = builder.addRootNode("/r", dirInfo(0));
    builder.addChild(root, "small", fileInfo(900, 4096));
    builder.addChild(root, "big", fileInfo(10, 1 << 20));
    builder.addChild(root, "tie-b", fileInfo(5, 8192));
    builder.addChild(root, "tie-a", fileInfo(6, 8192));
    const auto tree = builder.finish(false);

    QList<QByteArray> byDisk;
    for (const NodeIndex child : tree->childrenBySize(root))
        byDisk.append(tree->name(child).toByteArray());
    QCOMPARE(byDisk, (QList<QByteArray> { "big", "tie-a", "tie-b", "small" }));

    QList<QByteArray> byApparent;
    for (const NodeIndex child : tree->childrenBySize(root, true))
        byApparent.append(tree->name(child).toByteArray());
    QCOMPARE(byApparent, (QList<QByteArray> { "small", "big", "tie-a", "tie-b" }));
}

void TestFileTree::excludedEntriesAreNotCounted()
{
    FileTreeBuilder builder;
    const NodeIndex root = builder.addRootNode("/r", dirInfo(0));
    EntryInfo excluded = fileInfo(0, 0);
    excluded.flags = FlagExcluded;
    const NodeIndex skipped = builder.addChild(root, "x.tmp", excluded);
    builder.addChild(root, "kept", fileInfo(1, 1));
    const NodeIndex entered = builder.addChild(root, "entered", dirInfo());
    builder.addChild(entered, "below", dirInfo());
    for (const std::uint8_t flag : { FlagExcluded, FlagOtherFileSystem, FlagAlreadyCounted }) {
        EntryInfo notEntered = dirInfo();
        notEntered.flags = flag;
        const QByteArray name = "not-entered-" + QByteArray::number(flag);
        builder.addChild(root, name, notEntered);
    }
    const auto tree = builder.finish(false);
    QCOMPARE(tree->fileCount(root), 1u);
    QCOMPARE(tree->folderCount(root), 2u); // entered and entered/below, as a scan counts them
    QCOMPARE(tree->folderCount(entered), 1u);
    QVERIFY(tree->node(skipped).hasFlag(FlagExcluded));
    QCOMPARE(tree->node(skipped).type(), NodeType::File); // the flag does not clobber the type
}

void TestFileTree::clampsTimes()
{
    FileTreeBuilder builder;
    EntryInfo old = fileInfo(1, 1);
    old.mtime = -5;
    old.atime = std::int64_t(1) << 40;
    const NodeIndex node = builder.addRootNode("/f", old);
    const auto tree = builder.finish(false);
    QCOMPARE(tree->node(node).mtime, 0u);
    QCOMPARE(tree->node(node).atime(), 0xFFFFFFFFu);
}

void TestFileTree::keepsFileTimesAndFolderLinksApart()
{
    // A file's atime and a folder's links share one field of the node.
    FileTreeBuilder builder;
    EntryInfo folder = dirInfo();
    folder.atime = 1'600'000'000;
    const NodeIndex root = builder.addRootNode("/r", folder);
    const NodeIndex empty = builder.addChild(root, "empty", dirInfo());
    EntryInfo used = fileInfo(1, 1);
    used.atime = 1'650'000'000;
    const NodeIndex first = builder.addChild(root, "first", used);
    const NodeIndex second = builder.addChild(root, "second", fileInfo(2, 2));
    const auto tree = builder.finish(false);

    QCOMPARE(tree->node(first).atime(), 1'650'000'000u);
    QCOMPARE(tree->node(second).atime(), 0u);
    QCOMPARE(tree->node(root).atime(), 0u); // a folder's atime is not kept
    QCOMPARE(tree->firstChild(first), NoNode);
    QCOMPARE(tree->fileCount(first), 0u);
    QCOMPARE(tree->firstChild(empty), NoNode);
    QCOMPARE(tree->fileCount(empty), 0u);
    QCOMPARE(tree->children(root), (std::vector<NodeIndex> { second, first, empty }));
    QCOMPARE(tree->fileCount(root), 2u);
}

void TestFileTree::staysWithinMemoryBudget()
{
    // The scanner issue: at most 64 bytes per entry, names included, at the benchmark's scale
    // of a million entries; the benchmark tree's names average 17.5 bytes.
    FileTreeBuilder builder;
    const NodeIndex root = builder.addRootNode("/big", dirInfo());
    NodeIndex dir = root;
    constexpr int Entries = 1'000'000;
    for (int i = 0; i < Entries; ++i) {
        if (i % 30 == 0)
            dir = builder.addChild(root, QByteArray::number(i).rightJustified(18, 'd'), dirInfo());
        else
            builder.addChild(dir, QByteArray::number(i).rightJustified(18, 'f'), fileInfo(i, i));
    }
    const auto tree = builder.finish(false);
    const double perEntry = double(tree->memoryBytes()) / double(tree->nodeCount());
    QVERIFY2(perEntry <= 64.0, qPrintable(QString::number(perEntry)));
    QCOMPARE(tree->fileCount(root), std::uint32_t(Entries - (Entries + 29) / 30)); // one folder per 30
}

QTEST_APPLESS_MAIN(TestFileTree)
#include "tst_filetree.moc"
