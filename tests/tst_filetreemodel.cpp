#include "core/scan/scanner.h"
#include "tests/fixture/fixturetree.h"
#include "ui/model/filetreemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

std::shared_ptr<const FileTree> scanFixture(FixtureTree &tree)
{
    if (!tree.file("big/a.bin", 300000) || !tree.file("big/b.bin", 100000) || !tree.file("small/c.txt", 10)
        || !tree.file("mid.bin", 50000) || !tree.dir("empty"))
        return {};
    ScanRequest request;
    request.roots = { tree.root() };
    ScanToken token;
    return Scanner(request).run(token);
}

QStringList childNames(const FileTreeModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names.append(model.index(row, FileTreeModel::NameColumn, parent).data().toString());
    return names;
}

} // namespace

class TestFileTreeModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesModelTester();
    void sortsBySizeByDefault();
    void sortsByNameAndKeepsPersistentIndexes();
    void mapsNodesToIndexes();
    void reportsSharesAndBytes();
    void switchesToApparentSizes();
};

void TestFileTreeModel::passesModelTester()
{
    FixtureTree fixture;
    const auto tree = scanFixture(fixture);
    QVERIFY(tree);
    FileTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setTree(tree);
    // Walk everything so the tester sees every parent/child pair, then re-sort under it.
    std::vector<QModelIndex> pending { QModelIndex() };
    int seen = 0;
    while (!pending.empty()) {
        const QModelIndex parent = pending.back();
        pending.pop_back();
        for (int row = 0; row < model.rowCount(parent); ++row) {
            const QModelIndex child = model.index(row, 0, parent);
            QCOMPARE(model.parent(child), parent);
            pending.push_back(child);
            ++seen;
        }
    }
    QCOMPARE(seen, int(tree->nodeCount()));
    model.sort(FileTreeModel::NameColumn, Qt::AscendingOrder);
    model.setTree({});
    QCOMPARE(model.rowCount(), 0);
}

void TestFileTreeModel::sortsBySizeByDefault()
{
    FixtureTree fixture;
    const auto tree = scanFixture(fixture);
    FileTreeModel model;
    model.setTree(tree);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex root = model.index(0, 0);
    QCOMPARE(childNames(model, root), (QStringList { u"big"_s, u"mid.bin"_s, u"small"_s, u"empty"_s }));
    QCOMPARE(childNames(model, model.index(0, 0, root)), (QStringList { u"a.bin"_s, u"b.bin"_s }));
    QVERIFY(model.hasChildren(root));
    QVERIFY(!model.hasChildren(model.index(3, 0, root))); // the empty folder
}

void TestFileTreeModel::sortsByNameAndKeepsPersistentIndexes()
{
    FixtureTree fixture;
    const auto tree = scanFixture(fixture);
    FileTreeModel model;
    model.setTree(tree);
    const QModelIndex root = model.index(0, 0);
    const QPersistentModelIndex small = model.index(2, 0, root);
    QCOMPARE(small.data().toString(), u"small"_s);
    model.sort(FileTreeModel::NameColumn, Qt::AscendingOrder);
    QCOMPARE(childNames(model, root), (QStringList { u"big"_s, u"empty"_s, u"mid.bin"_s, u"small"_s }));
    QCOMPARE(small.row(), 3);
    QCOMPARE(small.data().toString(), u"small"_s);
}

void TestFileTreeModel::mapsNodesToIndexes()
{
    FixtureTree fixture;
    const auto tree = scanFixture(fixture);
    FileTreeModel model;
    model.setTree(tree);
    for (NodeIndex node = 0; node < tree->nodeCount(); ++node) {
        const QModelIndex index = model.indexOf(node);
        QVERIFY(index.isValid());
        QCOMPARE(index.data(FileTreeModel::NodeRole).toUInt(), node);
        QCOMPARE(index.data(FileTreeModel::RawPathRole).toByteArray(), tree->path(node));
    }
    QVERIFY(!model.indexOf(NoNode).isValid());
}

void TestFileTreeModel::reportsSharesAndBytes()
{
    FixtureTree fixture;
    const auto tree = scanFixture(fixture);
    FileTreeModel model;
    model.setTree(tree);
    const QModelIndex root = model.index(0, 0);
    double total = 0;
    for (int row = 0; row < model.rowCount(root); ++row)
        total += model.index(row, 0, root).data(FileTreeModel::ShareRole).toDouble();
    QVERIFY(total > 0.9 && total < 1.0); // the rest is the root folder's own entry
    const QModelIndex big = model.index(0, FileTreeModel::SizeColumn, root);
    QCOMPARE(big.data(FileTreeModel::BytesRole).toULongLong(), tree->node(NodeIndex(big.internalId())).diskBytes);
    QVERIFY(big.data().toString().endsWith(u"KiB"_s));
    QCOMPARE(model.index(0, FileTreeModel::FilesColumn, root).data().toString(), u"2"_s);
    // A folder's tooltip counts what is below it; a file's has no such line.
    const QString rootTip = root.data(Qt::ToolTipRole).toString();
    QVERIFY2(rootTip.endsWith(u"\n4 files and 3 folders below"_s), qPrintable(rootTip)); // big, small, empty
    QVERIFY2(!model.index(0, 0, big.siblingAtColumn(0)).data(Qt::ToolTipRole).toString().contains(u"below"_s),
        "a file's tooltip counts nothing below it");
}

void TestFileTreeModel::switchesToApparentSizes()
{
    FixtureTree fixture;
    QVERIFY(fixture.sparseFile("sparse.img", 512 << 20, 4096)); // huge length, tiny on disk
    QVERIFY(fixture.file("dense.bin", 1 << 20));
    ScanRequest request;
    request.roots = { fixture.root() };
    ScanToken token;
    const std::shared_ptr<const FileTree> tree = Scanner(request).run(token);
    FileTreeModel model;
    model.setTree(tree);
    const QModelIndex root = model.index(0, 0);
    const QPersistentModelIndex sparse = model.index(1, 0, root);
    QCOMPARE(childNames(model, root), (QStringList { u"dense.bin"_s, u"sparse.img"_s }));

    model.setApparentSizes(true);
    QVERIFY(model.apparentSizes());
    QCOMPARE(childNames(model, root), (QStringList { u"sparse.img"_s, u"dense.bin"_s }));
    QCOMPARE(sparse.row(), 0); // selection and expansion follow the entry
    QCOMPARE(model.index(0, FileTreeModel::SizeColumn, root).data().toString(), u"512 MiB"_s);
    QCOMPARE(model.index(0, 0, root).data(FileTreeModel::BytesRole).toULongLong(), 512ull << 20);
}

QTEST_MAIN(TestFileTreeModel)
#include "tst_filetreemodel.moc"
