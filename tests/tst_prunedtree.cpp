#include "core/scan/prunedtree.h"
#include "core/scan/scanner.h"
#include "tests/fixture/fixturetree.h"

#include <QTest>

#include <unistd.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

std::shared_ptr<FileTree> scan(const QList<QByteArray> &roots)
{
    ScanRequest request;
    request.roots = roots;
    const ScanToken token;
    return Scanner(request).run(token);
}

/// Every node's path with its sizes and counts, in a stable order: two trees that describe
/// the same disk give the same list.
QStringList describe(const FileTree &tree)
{
    QStringList lines;
    for (const ScanRoot &root : tree.roots()) {
        lines.append(u"root %1 files=%2 dirs=%3 errors=%4 node=%5"_s.arg(QString::fromLocal8Bit(root.path))
                         .arg(root.files)
                         .arg(root.dirs)
                         .arg(root.errors)
                         .arg(root.node == NoNode ? u"none"_s : u"yes"_s));
        if (root.node == NoNode)
            continue;
        std::vector<NodeIndex> stack { root.node };
        while (!stack.empty()) {
            const NodeIndex index = stack.back();
            stack.pop_back();
            const FileNode &node = tree.node(index);
            lines.append(u"%1 %2 %3 %4 %5"_s.arg(QString::fromLocal8Bit(tree.path(index)))
                             .arg(node.apparentBytes)
                             .arg(node.diskBytes)
                             .arg(tree.fileCount(index))
                             .arg(int(node.category())));
            for (const NodeIndex child : tree.children(index))
                stack.push_back(child);
        }
    }
    lines.sort();
    return lines;
}

} // namespace

class TestPrunedTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void findsNodesByFullPath();
    void equalsARescanAfterTheRemoval();
    void aRemovedRootBecomesAFailedRoot();
};

void TestPrunedTree::findsNodesByFullPath()
{
    FixtureTree disk;
    QVERIFY(disk.file("a/b/c.bin", 10));
    QVERIFY(disk.file("a/bb", 1));
    const std::shared_ptr<FileTree> tree = scan({ disk.path("a") });
    const NodeIndex c = findPath(*tree, disk.path("a/b/c.bin"));
    QVERIFY(c != NoNode);
    QCOMPARE(tree->path(c), disk.path("a/b/c.bin"));
    QCOMPARE(findPath(*tree, disk.path("a")), tree->roots().first().node);
    QCOMPARE(findPath(*tree, disk.path("a/b/missing")), NoNode);
    QCOMPARE(findPath(*tree, disk.path("ab")), NoNode); // a sibling sharing the root's prefix
}

void TestPrunedTree::equalsARescanAfterTheRemoval()
{
    FixtureTree disk;
    QVERIFY(disk.file("cache/pip/wheels/a.whl", 70'000));
    QVERIFY(disk.file("cache/pip/http/b", 3'000));
    QVERIFY(disk.file("cache/hub/models--x--y/blobs/w", 120'000));
    QVERIFY(disk.file("cache/keep/notes.txt", 500));
    // Two names of one inode: the one removed sorts first and carried the bytes.
    QVERIFY(disk.file("cache/a-env/lib.so", 40'000));
    QVERIFY(disk.hardLink("cache/z-pkgs/lib.so", "cache/a-env/lib.so"));
    QVERIFY(disk.file("other/x", 10));
    const QList<QByteArray> roots = { disk.path("cache"), disk.path("other") };
    const std::shared_ptr<FileTree> before = scan(roots);

    const QList<QByteArray> removedPaths
        = { disk.path("cache/pip/wheels"), disk.path("cache/a-env"), disk.path("cache/hub/models--x--y/blobs/w") };
    std::vector<NodeIndex> removed;
    for (const QByteArray &path : removedPaths) {
        removed.push_back(findPath(*before, path));
        QVERIFY(removed.back() != NoNode);
        QVERIFY(removeTree(path));
    }
    const std::shared_ptr<FileTree> pruned = withoutSubtrees(*before, removed);
    const std::shared_ptr<FileTree> rescanned = scan(roots);
    QCOMPARE(describe(*pruned), describe(*rescanned));
    QVERIFY(pruned->node(pruned->roots().first().node).apparentBytes
        < before->node(before->roots().first().node).apparentBytes);
}

void TestPrunedTree::aRemovedRootBecomesAFailedRoot()
{
    FixtureTree disk;
    QVERIFY(disk.file("one/a", 10));
    QVERIFY(disk.file("two/b", 20));
    const std::shared_ptr<FileTree> before = scan({ disk.path("one"), disk.path("two") });
    const std::shared_ptr<FileTree> pruned = withoutSubtrees(*before, { before->roots().first().node });
    QCOMPARE(pruned->roots().size(), 2);
    QCOMPARE(pruned->roots().first().node, NoNode);
    QVERIFY(!pruned->roots().first().error.isEmpty());
    QCOMPARE(pruned->node(pruned->roots().last().node).apparentBytes,
        before->node(before->roots().last().node).apparentBytes);
}

QTEST_APPLESS_MAIN(TestPrunedTree)
#include "tst_prunedtree.moc"
