#include "ui/model/filetreemodel.h"
#include "ui/scanpage.h"
#include "ui/sunburst/sunburstview.h"
#include "ui/treemap/treemapview.h"

#include <QAction>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

std::shared_ptr<const FileTree> sample(NodeIndex &folder, NodeIndex &file)
{
    EntryInfo dir;
    dir.type = NodeType::Directory;
    EntryInfo blob;
    blob.apparentBytes = blob.diskBytes = 5000;
    FileTreeBuilder builder;
    ScanRoot root;
    root.path = "/data";
    root.node = builder.addRootNode("/data", dir);
    builder.addRoot(root);
    folder = builder.addChild(root.node, "models", dir);
    file = builder.addChild(folder, "w.bin", blob);
    builder.addChild(root.node, "other.txt", blob);
    return builder.finish(false);
}

QAction *action(QMenu &menu, const QString &name)
{
    return menu.findChild<QAction *>(name);
}

} // namespace

class TestScanPage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contextMenuOffersTheActions();
    void copyPathCopiesTheExactPath();
    void addToCleanupAsksForTheExactPathAndTier();
    void showInTreemapOpensTheFolder();
    void selectingInTheTreeOutlinesTheTile();
    void sunburstAndTreeFollowEachOther();
    void showInSunburstSwitchesTheTab();
};

void TestScanPage::contextMenuOffersTheActions()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.showTree(sample(folder, file));
    const auto menu = page.createContextMenu(file);
    for (const QString &name : { u"menuCopyPath"_s, u"menuOpenFileManager"_s, u"menuShowInTree"_s,
             u"menuShowInTreemap"_s, u"menuShowInSunburst"_s, u"menuAddToCleanup"_s })
        QVERIFY2(action(*menu, name), qPrintable(name));
}

void TestScanPage::copyPathCopiesTheExactPath()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.showTree(sample(folder, file));
    const auto menu = page.createContextMenu(file);
    action(*menu, u"menuCopyPath"_s)->trigger();
    QCOMPARE(QGuiApplication::clipboard()->text(), u"/data/models/w.bin"_s);
}

void TestScanPage::addToCleanupAsksForTheExactPathAndTier()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.showTree(sample(folder, file));
    QSignalSpy requested(&page, &ScanPage::addToCleanupRequested);
    page.createContextMenu(folder)->findChild<QAction *>(u"menuAddToCleanup"_s)->trigger();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.constFirst().at(0).toByteArray(), QByteArray("/data/models"));
    QCOMPARE(requested.constFirst().at(1).value<Tier>(), page.model()->tree()->node(folder).tier());
}

void TestScanPage::showInTreemapOpensTheFolder()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.resize(900, 600);
    page.showTree(sample(folder, file));
    page.createContextMenu(folder)->findChild<QAction *>(u"menuShowInTreemap"_s)->trigger();
    QCOMPARE(page.treemap()->root(), folder);
    page.createContextMenu(file)->findChild<QAction *>(u"menuShowInTreemap"_s)->trigger();
    QCOMPARE(page.treemap()->root(), folder); // a file opens its folder ...
    QCOMPARE(page.treemap()->selected(), file); // ... and is outlined there
}

void TestScanPage::selectingInTheTreeOutlinesTheTile()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.showTree(sample(folder, file));
    page.treeView()->setCurrentIndex(page.model()->indexOf(file));
    QCOMPARE(page.treemap()->selected(), file);
}

void TestScanPage::sunburstAndTreeFollowEachOther()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showTree(sample(folder, file));
    page.setChartView(ChartView::Sunburst);
    SunburstView *sunburst = page.sunburst();
    QTRY_VERIFY(!sunburst->pointOf(folder).isNull()); // laid out at its size in the tab

    page.treeView()->setCurrentIndex(page.model()->indexOf(file));
    QCOMPARE(sunburst->selected(), file);

    // A click on the models folder opens it in the sunburst and moves the tree's current row there.
    QTest::mouseClick(sunburst, Qt::LeftButton, {}, sunburst->pointOf(folder).toPoint());
    QCOMPARE(sunburst->root(), folder);
    QCOMPARE(NodeIndex(page.treeView()->currentIndex().data(FileTreeModel::NodeRole).toUInt()), folder);
    QCOMPARE(page.treemap()->selected(), folder); // and the treemap outlines it too
}

void TestScanPage::showInSunburstSwitchesTheTab()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.resize(900, 600);
    page.showTree(sample(folder, file));
    QSignalSpy switched(&page, &ScanPage::chartViewChanged);
    QCOMPARE(page.chartView(), ChartView::Treemap);
    page.createContextMenu(file)->findChild<QAction *>(u"menuShowInSunburst"_s)->trigger();
    QCOMPARE(page.chartView(), ChartView::Sunburst);
    QCOMPARE(switched.count(), 1);
    QCOMPARE(page.sunburst()->root(), folder); // a file opens its folder ...
    QCOMPARE(page.sunburst()->selected(), file); // ... and is outlined there
    page.createContextMenu(folder)->findChild<QAction *>(u"menuShowInTreemap"_s)->trigger();
    QCOMPARE(page.chartView(), ChartView::Treemap);
}

QTEST_MAIN(TestScanPage)
#include "tst_scanpage.moc"
