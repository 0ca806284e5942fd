#include "ui/sunburst/sunburstview.h"

#include "tests/fixture/displaylocale.h"
#include "tests/fixture/sampletree.h"
#include "tests/fixture/treelookup.h"

#include <QHelpEvent>
#include <QSignalSpy>
#include <QTest>
#include <QToolTip>

#include <cmath>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// Test::modelAndLogTree(), /r: models/big.safetensors (70 %, model) and run.log (30 %, log). In
// a 400 × 300 view the centre disc and each ring are 28.8 px wide; models runs counter-clockwise
// from 12 o'clock to about 11 minutes to three, run.log fills the rest.
constexpr QPoint Centre(200, 150);
constexpr QPoint NineOClockFirstRing = Centre + QPoint(-43, 0);
constexpr QPoint NineOClockSecondRing = Centre + QPoint(-72, 0);
constexpr QPoint HalfPastOneFirstRing = Centre + QPoint(30, -30);

// Waits until the view's layout (run on its layout thread) is on screen.
[[nodiscard]] bool laidOut(const SunburstView &view)
{
    return QTest::qWaitFor([&] { return !view.isLayoutPending(); }, 10000);
}

QByteArray nameAt(const SunburstView &view, const FileTree &tree, const QPoint &point)
{
    const qsizetype hit = view.segmentAt(point);
    if (hit < 0)
        return QByteArray("-");
    const NodeIndex node = view.segments()[std::size_t(hit)].node;
    return node == AllRoots ? QByteArray("(all)") : tree.name(node).toByteArray();
}

// /r holding one 10 MB file and 20 000 files of 10 bytes: too small to draw one by one.
std::shared_ptr<const FileTree> oneBigFileAndManySmallOnes()
{
    FileTreeBuilder builder;
    const NodeIndex root = Test::addScanRoot(builder, "/r");
    builder.addChild(root, "big", Test::entryInfo(NodeType::File, 10'000'000, Category::Dataset));
    for (int i = 0; i < 20'000; ++i)
        builder.addChild(root, QByteArray("f" + QByteArray::number(i)), Test::entryInfo(NodeType::File, 10));
    return builder.finish(false);
}

} // namespace

class TestSunburstView final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitTestFindsTheSegments();
    void clickOnAFolderOpensItInTheCentre();
    void clickOnAFileSelectsIt();
    void backspaceGoesUp();
    void manySmallFilesStayOneSegment();
    void smallItemsAreCountedInTheDisplayLanguage();
    void resizeIsDebounced();
    void severalRootsShareTheCentre();
};

void TestSunburstView::hitTestFindsTheSegments()
{
    const auto tree = Test::modelAndLogTree();
    SunburstView view;
    view.resize(400, 300);
    view.setTree(tree);
    QCOMPARE(view.root(), tree->roots().constFirst().node);
    QVERIFY(laidOut(view));
    QCOMPARE(nameAt(view, *tree, Centre), QByteArray("/r"));
    QCOMPARE(nameAt(view, *tree, NineOClockFirstRing), QByteArray("models"));
    QCOMPARE(nameAt(view, *tree, NineOClockSecondRing), QByteArray("big.safetensors"));
    QCOMPARE(nameAt(view, *tree, HalfPastOneFirstRing), QByteArray("run.log"));
    QCOMPARE(nameAt(view, *tree, Centre + QPoint(60, -60)), QByteArray("-")); // second ring above run.log: empty
    QCOMPARE(nameAt(view, *tree, QPoint(2, 2)), QByteArray("-")); // a corner, outside every ring
    const NodeIndex log = Test::findNode(*tree, "run.log");
    QCOMPARE(view.segmentAt(view.pointOf(log)), view.segmentAt(HalfPastOneFirstRing));
    QCOMPARE(view.centreText(), QStringLiteral("r\n977 KiB")); // the last part of the root path
}

void TestSunburstView::clickOnAFolderOpensItInTheCentre()
{
    const auto tree = Test::modelAndLogTree();
    SunburstView view;
    view.resize(400, 300);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.setTree(tree);
    QVERIFY(laidOut(view));
    QSignalSpy selected(&view, &SunburstView::nodeSelected);
    QSignalSpy rootChanged(&view, &SunburstView::rootChanged);
    const NodeIndex top = view.root();
    const NodeIndex models = Test::findNode(*tree, "models");

    QTest::mouseClick(&view, Qt::LeftButton, {}, NineOClockFirstRing);
    QCOMPARE(view.root(), models);
    QVERIFY(view.centreText().startsWith(QStringLiteral("models\n")));
    QCOMPARE(rootChanged.count(), 1);
    QCOMPARE(selected.count(), 1); // the tree follows
    QCOMPARE(selected.at(0).at(0).value<NodeIndex>(), models);
    // The file now fills the whole first ring, run.log is gone.
    QVERIFY(laidOut(view));
    QCOMPARE(nameAt(view, *tree, HalfPastOneFirstRing), QByteArray("big.safetensors"));

    QTest::mouseClick(&view, Qt::LeftButton, {}, Centre);
    QCOMPARE(view.root(), top);
    QVERIFY(view.centreText().startsWith(QStringLiteral("r\n")));
    QCOMPARE(view.selected(), models); // where we came from stays marked
    QCOMPARE(selected.count(), 2);
    QVERIFY(laidOut(view));

    QTest::mouseClick(&view, Qt::LeftButton, {}, Centre); // at the top: stays
    QCOMPARE(view.root(), top);
    QCOMPARE(selected.count(), 2);
}

void TestSunburstView::clickOnAFileSelectsIt()
{
    const auto tree = Test::modelAndLogTree();
    SunburstView view;
    view.resize(400, 300);
    view.setTree(tree);
    QVERIFY(laidOut(view));
    QSignalSpy selected(&view, &SunburstView::nodeSelected);
    const NodeIndex top = view.root();
    QTest::mouseClick(&view, Qt::LeftButton, {}, HalfPastOneFirstRing);
    QCOMPARE(view.root(), top); // a file does not open
    QCOMPARE(view.selected(), Test::findNode(*tree, "run.log"));
    QCOMPARE(selected.count(), 1);
}

void TestSunburstView::backspaceGoesUp()
{
    const auto tree = Test::modelAndLogTree();
    SunburstView view;
    view.resize(400, 300);
    view.setTree(tree);
    const NodeIndex top = view.root();
    view.setRoot(Test::findNode(*tree, "models/big.safetensors")); // a file opens its folder
    QCOMPARE(view.root(), Test::findNode(*tree, "models"));
    QTest::keyClick(&view, Qt::Key_Backspace);
    QCOMPARE(view.root(), top);
}

void TestSunburstView::manySmallFilesStayOneSegment()
{
    const std::shared_ptr<const FileTree> tree = oneBigFileAndManySmallOnes();

    SunburstView view;
    view.resize(400, 300);
    view.setTree(tree);
    QVERIFY(laidOut(view));
    QCOMPARE(view.segments().size(), std::size_t(3)); // centre, big, and one group for 20 000 files
    QCOMPARE(view.segments().back().groupCount, std::uint32_t(20'000));
}

// The group's tooltip counts its items as the window's sizes and counts are written: "20.000" in a
// German window ("%Ln"), not the "20000" of a plain "%n".
void TestSunburstView::smallItemsAreCountedInTheDisplayLanguage()
{
    const Test::ScopedDisplayLocale german(QLocale(QLocale::German, QLocale::Germany));
    SunburstView view;
    view.resize(400, 300);
    view.setTree(oneBigFileAndManySmallOnes());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(laidOut(view));
    const auto group = qsizetype(view.segments().size() - 1);
    QVERIFY(view.segments().back().groupCount > 0);
    QPoint inGroup;
    for (int degrees = 0; degrees < 360 && inGroup.isNull(); ++degrees) { // the group is a thin slice
        const double radians = degrees * M_PI / 180.0;
        const QPoint point
            = Centre + QPoint(int(std::lround(43 * std::cos(radians))), int(std::lround(43 * std::sin(radians))));
        if (view.segmentAt(point) == group)
            inGroup = point;
    }
    QVERIFY(!inGroup.isNull());
    QHelpEvent help(QEvent::ToolTip, inGroup, view.mapToGlobal(inGroup));
    QCoreApplication::sendEvent(&view, &help);
    const QString text = QToolTip::text();
    QVERIFY2(text.startsWith(u"20.000 "_s), qPrintable(text));
    QVERIFY2(text.contains(u"(2,0 %"_s), qPrintable(text)); // 200 kB of 10.2 MB
    QToolTip::hideText();
}

void TestSunburstView::resizeIsDebounced()
{
    const auto tree = Test::modelAndLogTree();
    SunburstView view;
    view.resize(400, 300);
    view.setTree(tree);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(laidOut(view));
    const NodeIndex models = Test::findNode(*tree, "models");
    const QPointF before = view.pointOf(models);
    view.resize(800, 600);
    QCoreApplication::sendPostedEvents();
    QCOMPARE(view.pointOf(models), before); // not laid out again yet
    QTRY_VERIFY(view.pointOf(models) != before);
    QCOMPARE(view.segmentAt(QPointF(400, 300)), qsizetype(0)); // the new centre
}

void TestSunburstView::severalRootsShareTheCentre()
{
    FileTreeBuilder builder;
    for (const QByteArray path : { "/a", "/b", "/c" }) {
        const NodeIndex root = Test::addScanRoot(builder, path);
        builder.addChild(root, "data.bin", Test::entryInfo(NodeType::File, 512 * 1024, Category::Dataset));
    }
    const std::shared_ptr<const FileTree> tree = builder.finish(false);
    SunburstView view;
    view.resize(400, 300);
    view.setTree(tree);
    QCOMPARE(view.root(), AllRoots);
    QCOMPARE(view.centreText(), QStringLiteral("3 folders\n1.50 MiB"));
    QVERIFY(laidOut(view));
    QCOMPARE(nameAt(view, *tree, Centre), QByteArray("(all)"));
    // Three equal roots, a third of the first ring each, the first from 12 o'clock.
    std::size_t firstRing = 0;
    for (const SunburstSegment &segment : view.segments()) {
        if (segment.depth == 1) {
            ++firstRing;
            QVERIFY(std::abs(segment.spanAngle - FullCircle16 / 3) <= 1);
        }
    }
    QCOMPARE(firstRing, std::size_t(3));
    QCOMPARE(nameAt(view, *tree, Centre + QPoint(-3, -43)), QByteArray("/a"));

    // A root opens like a folder; its centre goes back up to all of them.
    QTest::mouseClick(&view, Qt::LeftButton, {}, Centre + QPoint(-3, -43));
    QCOMPARE(view.root(), tree->roots().at(0).node);
    QVERIFY(laidOut(view));
    QTest::mouseClick(&view, Qt::LeftButton, {}, Centre);
    QCOMPARE(view.root(), AllRoots);
}

QTEST_MAIN(TestSunburstView)
#include "tst_sunburstview.moc"
