#include "ui/treemap/treemapview.h"

#include "tests/fixture/sampletree.h"

#include <QSignalSpy>
#include <QTest>

using namespace CacheLens;

namespace
{

qsizetype tileNamed(const TreemapView &view, const FileTree &tree, const QByteArray &name)
{
    const auto &tiles = view.tiles();
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        if (tiles[i].groupCount == 0 && tree.name(tiles[i].node) == name)
            return qsizetype(i);
    }
    return -1;
}

} // namespace

class TestTreemapView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void laysOutTheTree();
    void clickSelectsAndDoubleClickZooms();
    void backspaceGoesUp();
    void resizeIsDebounced();
};

void TestTreemapView::laysOutTheTree()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.setTree(tree);
    QCOMPARE(view.root(), tree->roots().constFirst().node);
    QVERIFY(tileNamed(view, *tree, "big.safetensors") >= 0);
    const QRectF log = view.tiles()[std::size_t(tileNamed(view, *tree, "run.log"))].rect;
    const QRectF model = view.tiles()[std::size_t(tileNamed(view, *tree, "models"))].rect;
    QVERIFY(model.width() * model.height() > 2 * log.width() * log.height()); // 70 % against 30 %
    QCOMPARE(view.tiles()[std::size_t(tileNamed(view, *tree, "run.log"))].category, Category::Log);
}

void TestTreemapView::clickSelectsAndDoubleClickZooms()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTree(tree);
    QSignalSpy selected(&view, &TreemapView::nodeSelected);
    QSignalSpy zoomed(&view, &TreemapView::rootChanged);

    const auto &logTile = view.tiles()[std::size_t(tileNamed(view, *tree, "run.log"))];
    QTest::mouseClick(&view, Qt::LeftButton, {}, logTile.rect.center().toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).value<NodeIndex>(), logTile.node);
    QCOMPARE(view.selected(), logTile.node);

    const QPoint insideModel
        = view.tiles()[std::size_t(tileNamed(view, *tree, "big.safetensors"))].rect.center().toPoint();
    QTest::mouseDClick(&view, Qt::LeftButton, {}, insideModel);
    QCOMPARE(tree->name(view.root()).toByteArray(), QByteArray("models")); // the file's folder
    QCOMPARE(zoomed.count(), 1);
    QCOMPARE(tileNamed(view, *tree, "run.log"), qsizetype(-1)); // outside the zoomed folder
}

void TestTreemapView::backspaceGoesUp()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.setTree(tree);
    const NodeIndex top = view.root();
    view.setRoot(tileNamed(view, *tree, "models") >= 0
            ? view.tiles()[std::size_t(tileNamed(view, *tree, "models"))].node
            : NoNode);
    QVERIFY(view.root() != top);
    QTest::keyClick(&view, Qt::Key_Backspace);
    QCOMPARE(view.root(), top);
    QTest::keyClick(&view, Qt::Key_Backspace); // at the top: stays
    QCOMPARE(view.root(), top);
}

void TestTreemapView::resizeIsDebounced()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.setTree(tree);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.resize(800, 600);
    QCoreApplication::sendPostedEvents();
    QVERIFY(view.tiles().front().rect.width() < 800); // not laid out again yet
    QTRY_COMPARE(view.tiles().front().rect.width(), 800.0);
}

QTEST_MAIN(TestTreemapView)
#include "tst_treemapview.moc"
