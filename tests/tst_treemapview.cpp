#include "ui/treemap/treemapview.h"

#include "tests/fixture/sampletree.h"
#include "tests/fixture/treelookup.h"

#include <QSignalSpy>
#include <QTest>

using namespace CacheLens;

namespace
{

qsizetype tileNamed(const TreemapView &view, const FileTree &tree, const QByteArray &name)
{
    const auto &tiles = view.tiles();
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        if (tiles[i].groupCount == 0 && tiles[i].node != AllRoots && tree.name(tiles[i].node) == name)
            return qsizetype(i);
    }
    return -1;
}

const TreemapTile &tileOf(const TreemapView &view, const FileTree &tree, const QByteArray &name)
{
    const qsizetype index = tileNamed(view, tree, name);
    Q_ASSERT(index >= 0);
    return view.tiles()[std::size_t(index)];
}

// Waits until the view's layout (run on its layout thread) is on screen.
[[nodiscard]] bool laidOut(const TreemapView &view)
{
    return QTest::qWaitFor([&] { return !view.isLayoutPending(); }, 10000);
}

// Every pixel of the image inside rect (logical coordinates), as 0xRRGGBB.
QList<QRgb> pixelsIn(const QImage &image, const QRectF &rect)
{
    QList<QRgb> pixels;
    const qreal ratio = image.devicePixelRatio();
    const QRect area = QRectF(rect.topLeft() * ratio, rect.bottomRight() * ratio).toAlignedRect();
    for (int y = area.top(); y <= area.bottom(); ++y) {
        for (int x = area.left(); x <= area.right(); ++x)
            pixels.append(image.pixel(x, y) & 0xffffffu);
    }
    return pixels;
}

double area(const QRectF &rect)
{
    return rect.width() * rect.height();
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
    void layoutArrivesFromTheLayoutThread();
    void staleLayoutIsDropped();
    void hoverNeverLaysOut();
    void cushionShadesTheTilesAndFlatDoesNot();
    void severalRootsShareTheTreemap();
};

void TestTreemapView::laysOutTheTree()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.setTree(tree);
    QCOMPARE(view.root(), tree->roots().constFirst().node);
    QVERIFY(laidOut(view));
    QVERIFY(tileNamed(view, *tree, "big.safetensors") >= 0);
    const QRectF log = tileOf(view, *tree, "run.log").rect;
    const QRectF model = tileOf(view, *tree, "models").rect;
    QVERIFY(model.width() * model.height() > 2 * log.width() * log.height()); // 70 % against 30 %
    QCOMPARE(tileOf(view, *tree, "run.log").category, Category::Log);
}

void TestTreemapView::clickSelectsAndDoubleClickZooms()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTree(tree);
    QVERIFY(laidOut(view));
    QSignalSpy selected(&view, &TreemapView::nodeSelected);
    QSignalSpy zoomed(&view, &TreemapView::rootChanged);

    const TreemapTile logTile = tileOf(view, *tree, "run.log");
    QTest::mouseClick(&view, Qt::LeftButton, {}, logTile.rect.center().toPoint());
    QCOMPARE(selected.count(), 1);
    QCOMPARE(selected.at(0).at(0).value<NodeIndex>(), logTile.node);
    QCOMPARE(view.selected(), logTile.node);

    const QPoint insideModel = tileOf(view, *tree, "big.safetensors").rect.center().toPoint();
    QTest::mouseDClick(&view, Qt::LeftButton, {}, insideModel);
    QCOMPARE(tree->name(view.root()).toByteArray(), QByteArray("models")); // the file's folder
    QCOMPARE(zoomed.count(), 1);
    QVERIFY(laidOut(view));
    QCOMPARE(tileNamed(view, *tree, "run.log"), qsizetype(-1)); // outside the zoomed folder
}

void TestTreemapView::backspaceGoesUp()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.setTree(tree);
    const NodeIndex top = view.root();
    view.setRoot(Test::findNode(*tree, "models"));
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
    QVERIFY(laidOut(view));
    view.resize(800, 600);
    QCoreApplication::sendPostedEvents();
    QVERIFY(view.tiles().front().rect.width() < 800); // not laid out again yet
    // Meanwhile the old layout, stretched, still answers the mouse.
    const QPointF logCentre = tileOf(view, *tree, "run.log").rect.center();
    QTest::mouseClick(&view, Qt::LeftButton, {}, (logCentre * 2).toPoint());
    QCOMPARE(view.selected(), Test::findNode(*tree, "run.log"));
    QTRY_COMPARE(view.tiles().front().rect.width(), 800.0);
}

void TestTreemapView::layoutArrivesFromTheLayoutThread()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    QSignalSpy ready(&view, &TreeChartView::layoutReady);
    view.setTree(tree);
    // The layout runs elsewhere: until the event loop delivers it, nothing is laid out.
    QVERIFY(view.isLayoutPending());
    QVERIFY(view.tiles().empty());
    QVERIFY(ready.wait(10000));
    QVERIFY(!view.isLayoutPending());
    QCOMPARE(view.tiles().front().node, view.root());
    QCOMPARE(view.renderedImage().size(), QSize(400, 300) * view.devicePixelRatioF());
}

void TestTreemapView::staleLayoutIsDropped()
{
    const auto tree = Test::modelAndLogTree();
    const NodeIndex models = Test::findNode(*tree, "models");
    TreemapView view;
    view.resize(400, 300);
    view.setTree(tree);
    // The top's layout finishes, but its result waits in the event queue ...
    QVERIFY(view.waitForLayoutThread());
    QSignalSpy ready(&view, &TreeChartView::layoutReady);
    QSignalSpy dropped(&view, &TreeChartView::staleLayoutDropped);
    view.setRoot(models); // ... while the user zooms in
    QVERIFY(ready.wait(10000));
    QVERIFY(dropped.count() >= 1); // the top's result came first, and was thrown away
    QCOMPARE(view.tiles().front().node, models);
    QCOMPARE(tileNamed(view, *tree, "run.log"), qsizetype(-1));
}

void TestTreemapView::hoverNeverLaysOut()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTree(tree);
    QVERIFY(laidOut(view));
    const qint64 picture = view.renderedImage().cacheKey();
    QSignalSpy ready(&view, &TreeChartView::layoutReady);
    for (const QByteArray name : { "run.log", "big.safetensors", "run.log" }) {
        QTest::mouseMove(&view, tileOf(view, *tree, name).rect.center().toPoint());
        QVERIFY(!view.isLayoutPending());
    }
    QTest::qWait(50); // a layout started by hovering would arrive meanwhile
    QCOMPARE(ready.count(), 0);
    QCOMPARE(view.renderedImage().cacheKey(), picture);
}

void TestTreemapView::cushionShadesTheTilesAndFlatDoesNot()
{
    const auto tree = Test::modelAndLogTree();
    TreemapView view;
    view.resize(400, 300);
    QCOMPARE(view.shading(), AppSettings::Shading::Cushion);
    view.setTree(tree);
    QVERIFY(laidOut(view));
    const QRectF log = tileOf(view, *tree, "run.log").rect;
    const QRectF inside = log.adjusted(4, 4 + view.fontMetrics().height(), -4, -4); // below the name
    const QList<QRgb> cushion = pixelsIn(view.renderedImage(), inside);
    QVERIFY(std::adjacent_find(cushion.cbegin(), cushion.cend(), std::not_equal_to<>()) != cushion.cend());

    view.setShading(AppSettings::Shading::Flat);
    QVERIFY(laidOut(view));
    const QList<QRgb> flat = pixelsIn(view.renderedImage(), inside);
    QVERIFY(!flat.isEmpty());
    QVERIFY(std::all_of(flat.cbegin(), flat.cend(), [&](QRgb pixel) { return pixel == flat.front(); }));
    QCOMPARE(flat.front(), QRgb(categoryColor(Category::Log)) & 0xffffffu); // the category's colour
}

void TestTreemapView::severalRootsShareTheTreemap()
{
    FileTreeBuilder builder;
    const QList<std::pair<QByteArray, std::uint64_t>> roots { { "/a", 100'000 }, { "/b", 300'000 }, { "/c", 600'000 } };
    for (const auto &[path, bytes] : roots) {
        const NodeIndex root = Test::addScanRoot(builder, path);
        builder.addChild(root, "data.bin", Test::entryInfo(NodeType::File, bytes, Category::Dataset));
    }
    const std::shared_ptr<const FileTree> tree = builder.finish(false);

    TreemapView view;
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTree(tree);
    QCOMPARE(view.root(), AllRoots);
    QVERIFY(laidOut(view));
    QCOMPARE(view.tiles().front().node, AllRoots);
    double total = 0;
    for (const auto &[path, bytes] : roots)
        total += area(tileOf(view, *tree, path).rect);
    for (const auto &[path, bytes] : roots) {
        const double share = area(tileOf(view, *tree, path).rect) / total;
        QVERIFY2(std::abs(share - double(bytes) / 1'000'000.0) < 0.01, path.constData());
    }

    // Clicks reach the roots' contents; a root opens like any folder and goes up to all of them.
    QSignalSpy selected(&view, &TreemapView::nodeSelected);
    const NodeIndex b = tree->roots().at(1).node;
    const NodeIndex bData = tree->firstChild(b);
    const QPoint inB = tileOf(view, *tree, "/b").rect.center().toPoint();
    QTest::mouseClick(&view, Qt::LeftButton, {}, inB);
    QCOMPARE(view.selected(), bData);
    QTest::mouseDClick(&view, Qt::LeftButton, {}, inB);
    QCOMPARE(view.root(), b);
    QTest::keyClick(&view, Qt::Key_Backspace);
    QCOMPARE(view.root(), AllRoots);
    QTest::keyClick(&view, Qt::Key_Backspace); // the top
    QCOMPARE(view.root(), AllRoots);
}

QTEST_MAIN(TestTreemapView)
#include "tst_treemapview.moc"
