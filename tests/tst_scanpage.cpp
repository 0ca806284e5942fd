#include "core/report/sizeformat.h"
#include "ui/cachespanel.h"
#include "ui/legend/categorylegend.h"
#include "ui/model/filetreemodel.h"
#include "ui/scanpage.h"
#include "ui/sunburst/sunburstview.h"
#include "ui/treechart/breadcrumbbar.h"
#include "ui/treemap/treemapview.h"

#include "tests/fixture/sampletree.h"
#include "tests/fixture/treelookup.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QGuiApplication>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

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
    void cachesTabListsTheCachesInTheScan();
    void clickingACacheGoesThere();
    void noCacheInTheScanOffersToScanThemAll();
    void decimalUnitsReachEveryView();
    void breadcrumbBackAndUpNavigateBothCharts();
    void breadcrumbNamesGiveWayInANarrowPane();
    void severalRootsStartAtAllOfThem();
    void folderCategoriesArriveAfterTheTree();
    void keysRunTheMenuCommandsOnTheCurrentEntry();
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
    QTRY_VERIFY(!sunburst->isLayoutPending() && !sunburst->pointOf(folder).isNull()); // laid out in the tab

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

namespace
{

KnownCache knownCache(const QByteArray &id, const QByteArray &path, Category category, Tier tier)
{
    KnownCache cache;
    cache.id = id;
    cache.tool = QString::fromLatin1(id);
    cache.path = path;
    cache.source = u"default"_s;
    cache.classification = { category, tier };
    return cache;
}

} // namespace

void TestScanPage::cachesTabListsTheCachesInTheScan()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.setKnownCaches({ knownCache("huggingface-hub", "/data/models", Category::Model, Tier::Review),
        knownCache("pip", "/home/someone/.cache/pip", Category::PackageCache, Tier::Safe) });
    page.showTree(sample(folder, file));
    QTreeWidget *list = page.cachesPanel()->list();
    QCOMPARE(list->topLevelItemCount(), 1); // pip is not inside /data
    const QTreeWidgetItem *row = list->topLevelItem(0);
    QCOMPARE(row->text(CachesPanel::ToolColumn), u"huggingface-hub"_s);
    QCOMPARE(row->text(CachesPanel::SizeColumn), formatSize(5000));
    QCOMPARE(row->text(CachesPanel::PathColumn), u"/data/models"_s);
    QCOMPARE(NodeIndex(row->data(CachesPanel::ToolColumn, CachesPanel::NodeRole).toUInt()), folder);
}

void TestScanPage::clickingACacheGoesThere()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.setKnownCaches({ knownCache("huggingface-hub", "/data/models", Category::Model, Tier::Review) });
    page.showTree(sample(folder, file));
    QSignalSpy switched(&page, &ScanPage::chartViewChanged);
    page.setChartView(ChartView::Caches);
    QCOMPARE(switched.count(), 1);
    QTreeWidget *list = page.cachesPanel()->list();
    QTRY_VERIFY(list->isVisible());
    const QRect rowRect = list->visualItemRect(list->topLevelItem(0));
    QVERIFY(rowRect.isValid());
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rowRect.center());
    QCOMPARE(NodeIndex(page.treeView()->currentIndex().data(FileTreeModel::NodeRole).toUInt()), folder);
    QVERIFY(page.treeView()->isExpanded(page.treeView()->currentIndex()));
    QCOMPARE(page.treemap()->root(), folder);
    QCOMPARE(page.sunburst()->root(), folder);
}

void TestScanPage::noCacheInTheScanOffersToScanThemAll()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.setKnownCaches({ knownCache("pip", "/home/someone/.cache/pip", Category::PackageCache, Tier::Safe) });
    page.showTree(sample(folder, file));
    QCOMPARE(page.cachesPanel()->list()->topLevelItemCount(), 0);
    auto *button = page.cachesPanel()->findChild<QPushButton *>(u"cachesScanButton"_s);
    QVERIFY(button);
    QSignalSpy asked(&page, &ScanPage::scanCachesRequested);
    button->click();
    QCOMPARE(asked.count(), 1);
}

void TestScanPage::decimalUnitsReachEveryView()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.setKnownCaches({ knownCache("huggingface-hub", "/data/models", Category::Model, Tier::Review) });
    page.showTree(sample(folder, file));
    const QModelIndex size = page.model()->indexOf(folder).siblingAtColumn(FileTreeModel::SizeColumn);
    QCOMPARE(size.data().toString(), formatSize(5000, SizeUnits::Iec));
    setDisplaySizeUnits(SizeUnits::Si);
    page.refreshSizes();
    const QString decimal = formatSize(5000, SizeUnits::Si);
    QCOMPARE(decimal, u"5.00 kB"_s);
    QCOMPARE(size.data().toString(), decimal);
    QCOMPARE(page.cachesPanel()->list()->topLevelItem(0)->text(CachesPanel::SizeColumn), decimal);
    QVERIFY(page.findChild<QLabel *>(u"scanSummary"_s)->text().contains(formatSize(10000, SizeUnits::Si)));
    setDisplaySizeUnits(SizeUnits::Iec);
}

void TestScanPage::breadcrumbBackAndUpNavigateBothCharts()
{
    // /r/a/b/c.bin: three folders deep.
    FileTreeBuilder builder;
    const NodeIndex r = Test::addScanRoot(builder, "/r");
    const NodeIndex a = builder.addChild(r, "a", Test::entryInfo(NodeType::Directory, 0));
    const NodeIndex b = builder.addChild(a, "b", Test::entryInfo(NodeType::Directory, 0));
    builder.addChild(b, "c.bin", Test::entryInfo(NodeType::File, 4096, Category::Model));
    builder.addChild(r, "d.log", Test::entryInfo(NodeType::File, 1024, Category::Log));
    ScanPage page;
    page.resize(900, 600);
    page.showTree(builder.finish(false));
    BreadcrumbBar *bar = page.breadcrumb();
    QAction *back = page.backAction();
    QAction *up = page.upAction();
    QCOMPARE(bar->path(), std::vector<NodeIndex> { r });
    QVERIFY(!back->isEnabled());
    QVERIFY(!up->isEnabled());

    page.treemap()->setRoot(b); // a double-click, or Open in Treemap
    QCOMPARE(page.chartRoot(), b);
    QCOMPARE(page.sunburst()->root(), b); // both charts show the same folder
    QCOMPARE(bar->path(), (std::vector<NodeIndex> { r, a, b }));
    QVERIFY(back->isEnabled());
    QVERIFY(up->isEnabled());

    bar->buttonOf(a)->click(); // zoom out to a
    QCOMPARE(page.treemap()->root(), a);
    QCOMPARE(page.sunburst()->root(), a);
    QCOMPARE(bar->path(), (std::vector<NodeIndex> { r, a }));

    back->trigger(); // where we were before: b
    QCOMPARE(page.treemap()->root(), b);
    QCOMPARE(page.sunburst()->root(), b);
    back->trigger(); // and before that: the top
    QCOMPARE(page.treemap()->root(), r);
    QVERIFY(!back->isEnabled());

    page.sunburst()->setRoot(b); // the sunburst leads just as well
    QCOMPARE(page.treemap()->root(), b);
    up->trigger();
    QCOMPARE(page.treemap()->root(), a);
    QCOMPARE(page.sunburst()->root(), a);
    QCOMPARE(page.treemap()->selected(), b); // the folder just left is marked
    up->trigger();
    QCOMPARE(page.treemap()->root(), r);
    QVERIFY(!up->isEnabled());
    back->trigger(); // Back undoes Up as well
    QCOMPARE(page.treemap()->root(), a);

    // Alt+Left and Backspace are Back's shortcuts on the page.
    QVERIFY(back->shortcuts().contains(QKeySequence(QKeySequence::Back)));
    QVERIFY(back->shortcuts().contains(QKeySequence(Qt::Key_Backspace)));
}

// Long names in a narrow pane (or longer words in another language): the names are elided in the
// middle so that every crumb fits whole, rather than cut off mid-letter by the layout; room again
// brings them back whole.
void TestScanPage::breadcrumbNamesGiveWayInANarrowPane()
{
    FileTreeBuilder builder;
    const NodeIndex r = Test::addScanRoot(builder, "/data");
    NodeIndex at = r;
    std::vector<NodeIndex> deep;
    for (const QByteArray name :
        { "models--meta-llama--Llama-3.1-8B-Instruct", "snapshots", "0e9e39f249a16976918f6564b8830bc894c89659" }) {
        at = builder.addChild(at, name, Test::entryInfo(NodeType::Directory, 0));
        deep.push_back(at);
    }
    builder.addChild(at, "model.safetensors", Test::entryInfo(NodeType::File, 4096, Category::Model));
    QWidget pane; // the chart pane: the bar takes the width it is given (a window would grow to its hint)
    QAction back(u"Back"_s);
    QAction up(u"Up"_s);
    auto *bar = new BreadcrumbBar(&back, &up, &pane);
    bar->setPath(builder.finish(false), at);
    const auto crumbsFit = [bar] {
        int used = 0;
        for (const QWidget *child : bar->findChildren<QWidget *>(Qt::FindDirectChildrenOnly)) {
            if (!child->isHidden())
                used += child->sizeHint().width();
        }
        return used <= bar->width();
    };
    pane.resize(1400, 100);
    bar->setGeometry(0, 0, 320, bar->sizeHint().height());
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QVERIFY(crumbsFit());
    QVERIFY(bar->buttonOf(deep.at(1))->text().contains(u"\u2026"_s)); // even a short name, when it must

    bar->resize(1400, bar->height());
    QCOMPARE(bar->buttonOf(deep.at(1))->text(), u"snapshots"_s);
    QVERIFY(crumbsFit());
}

void TestScanPage::severalRootsStartAtAllOfThem()
{
    FileTreeBuilder builder;
    for (const QByteArray path : { "/x", "/y" }) {
        const NodeIndex root = Test::addScanRoot(builder, path);
        builder.addChild(root, "f", Test::entryInfo(NodeType::File, 4096));
    }
    const std::shared_ptr<const FileTree> tree = builder.finish(false);
    ScanPage page;
    page.resize(900, 600);
    page.showTree(tree);
    QCOMPARE(page.treemap()->root(), AllRoots);
    QCOMPARE(page.sunburst()->root(), AllRoots);
    QCOMPARE(page.breadcrumb()->path(), std::vector<NodeIndex> { AllRoots });
    const NodeIndex y = tree->roots().at(1).node;
    page.treemap()->setRoot(y);
    QCOMPARE(page.breadcrumb()->path(), (std::vector<NodeIndex> { AllRoots, y }));
    QVERIFY(page.createContextMenu(AllRoots)->actions().isEmpty()); // no path to copy or open
    page.breadcrumb()->buttonOf(AllRoots)->click();
    QCOMPARE(page.sunburst()->root(), AllRoots);
}

void TestScanPage::folderCategoriesArriveAfterTheTree()
{
    // /data/stuff is a plain folder; what fills it is a model (its category) and a log.
    const auto tree = [](Category big) {
        FileTreeBuilder builder;
        const NodeIndex root = Test::addScanRoot(builder, "/data");
        const NodeIndex stuff = builder.addChild(root, "stuff", Test::entryInfo(NodeType::Directory, 4096));
        builder.addChild(stuff, "big", Test::entryInfo(NodeType::File, 800'000, big));
        builder.addChild(stuff, "run.log", Test::entryInfo(NodeType::File, 100'000, Category::Log));
        return builder.finish(false);
    };
    ScanPage page;
    page.showTree(tree(Category::Model));
    const QModelIndex stuff = page.model()->indexOf(Test::findNode(*page.model()->tree(), "stuff"));
    const QModelIndex category = stuff.siblingAtColumn(FileTreeModel::CategoryColumn);
    const QModelIndex log = page.model()->indexOf(Test::findNode(*page.model()->tree(), "stuff/run.log"));
    // The subtree walk runs on another thread and is delivered through the event loop, so
    // showTree() cannot have waited for it; a file's own category needs no walk.
    QVERIFY(!category.data().isValid());
    QVERIFY(page.legend()->entries().isEmpty());
    QCOMPARE(log.siblingAtColumn(FileTreeModel::CategoryColumn).data().toString(), categoryDisplayName(Category::Log));
    QTRY_COMPARE(category.data().toString(), categoryDisplayName(Category::Model));
    QCOMPARE(page.legend()->entries().first().first, Category::Model);

    // Two more trees shown at once: the newest one's categories are the ones that stay.
    page.showTree(tree(Category::Checkpoint));
    page.showTree(tree(Category::Dataset));
    const QModelIndex latest = page.model()
                                   ->indexOf(Test::findNode(*page.model()->tree(), "stuff"))
                                   .siblingAtColumn(FileTreeModel::CategoryColumn);
    QTRY_COMPARE(latest.data().toString(), categoryDisplayName(Category::Dataset));
    QCOMPARE(page.legend()->entries().first().first, Category::Dataset);
}

void TestScanPage::keysRunTheMenuCommandsOnTheCurrentEntry()
{
    NodeIndex folder = NoNode;
    NodeIndex file = NoNode;
    ScanPage page;
    page.resize(900, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showTree(sample(folder, file));
    QTreeView *tree = page.treeView();
    tree->setCurrentIndex(page.model()->indexOf(file));
    tree->setFocus();
    QTRY_VERIFY(tree->hasFocus());

    // The menu shows each key beside its command, and the key does what the command does.
    const auto menu = page.createContextMenu(file);
    QCOMPARE(action(*menu, u"menuCopyPath"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    QGuiApplication::clipboard()->clear();
    QTest::keyClick(tree, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(QGuiApplication::clipboard()->text(), u"/data/models/w.bin"_s);

    QSignalSpy cleanup(&page, &ScanPage::addToCleanupRequested);
    tree->setCurrentIndex(page.model()->indexOf(folder));
    QTest::keyClick(tree, Qt::Key_Delete);
    QCOMPARE(cleanup.size(), 1);
    QCOMPARE(cleanup.constFirst().at(0).toByteArray(), QByteArray("/data/models"));

    QSignalSpy exclude(&page, &ScanPage::excludeRequested);
    QTest::keyClick(tree, Qt::Key_X, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(exclude.size(), 1);
    QCOMPARE(exclude.constFirst().at(0).toByteArray(), QByteArray("/data/models"));
    // A scanned root cannot be excluded: the key does nothing there, as the menu entry is off.
    tree->setCurrentIndex(page.model()->index(0, 0));
    QTest::keyClick(tree, Qt::Key_X, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(exclude.size(), 1);

    // Shift+F10 opens the context menu of the current entry (Qt only maps the Menu key).
    QByteArray shownFor;
    QTimer::singleShot(0, &page, [&] {
        if (auto *popup = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            if (QAction *copy = popup->findChild<QAction *>(u"menuCopyPath"_s)) {
                copy->trigger();
                shownFor = QGuiApplication::clipboard()->text().toUtf8();
            }
            popup->close();
        }
    });
    QTest::keyClick(tree, Qt::Key_F10, Qt::ShiftModifier);
    QCOMPARE(shownFor, QByteArray("/data"));
}

QTEST_MAIN(TestScanPage)
#include "tst_scanpage.moc"
