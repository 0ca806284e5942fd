#include "ui/scanpage.h"

#include "core/layout/charttop.h"
#include "core/report/categorydigest.h"
#include "core/report/countphrases.h"
#include "core/report/sizeformat.h"
#include "core/settings/appsettings.h"
#include "ui/cachespanel.h"
#include "ui/legend/categorylegend.h"
#include "ui/model/filetreemodel.h"
#include "ui/sizebardelegate.h"
#include "ui/sunburst/sunburstview.h"
#include "ui/treechart/breadcrumbbar.h"
#include "ui/treemap/treemapview.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QFile>
#include <QGuiApplication>
#include <QHash>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QTabWidget>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CacheLens
{

ScanPage::ScanPage(QWidget *parent)
    : QWidget(parent)
{
    m_digestPool.setMaxThreadCount(1);
    m_digestPool.setObjectName(u"categoryDigest"_s);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(createLivePage());
    m_stack->addWidget(createTreePage());
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

ScanPage::~ScanPage()
{
    m_digestPool.clear();
    m_digestPool.waitForDone();
}

QWidget *ScanPage::createLivePage()
{
    auto *page = new QWidget(this);
    m_liveTitle = new QLabel(page);
    QFont big = m_liveTitle->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_liveTitle->setFont(big);
    m_liveCounters = new QLabel(page);
    m_liveCounters->setObjectName(u"liveCounters"_s);
    m_liveCurrent = new QLabel(page);
    m_liveCurrent->setTextFormat(Qt::PlainText);
    m_liveCurrent->setEnabled(false);
    m_liveCurrent->setMinimumWidth(100);
    m_liveTop = new QTreeWidget(page);
    m_liveTop->setObjectName(u"liveTopLevel"_s);
    m_liveTop->setRootIsDecorated(false);
    m_liveTop->setHeaderLabels({ tr("Folder"), tr("Found so far"), tr("Files") });
    m_liveTop->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_liveTop->header()->setStretchLastSection(false);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_liveTitle);
    layout->addWidget(m_liveCounters);
    layout->addWidget(m_liveCurrent);
    layout->addWidget(m_liveTop, 1);
    return page;
}

QWidget *ScanPage::createTreePage()
{
    auto *page = new QWidget(this);
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"scanSummary"_s);
    m_summary->setWordWrap(true);
    m_model = new FileTreeModel(this);
    m_tree = new QTreeView(page);
    m_tree->setObjectName(u"fileTree"_s);
    m_tree->setModel(m_model);
    m_tree->setUniformRowHeights(true); // lets the view skip measuring a million rows
    m_tree->setSortingEnabled(true);
    m_tree->sortByColumn(FileTreeModel::SizeColumn, Qt::DescendingOrder);
    m_tree->setAlternatingRowColors(true);
    m_tree->setItemDelegateForColumn(FileTreeModel::ShareColumn, new SizeBarDelegate(FileTreeModel::ShareRole, m_tree));
    // Beside the treemap the tree gets half the width: the name keeps a useful width and the
    // rest scrolls, instead of every column squeezing the names to nothing.
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->resizeSection(FileTreeModel::NameColumn, 260);
    m_tree->header()->resizeSection(FileTreeModel::SizeColumn, 80);
    m_tree->header()->resizeSection(FileTreeModel::ShareColumn, 110);
    m_tree->header()->resizeSection(FileTreeModel::FilesColumn, 70);
    m_tree->header()->resizeSection(FileTreeModel::CategoryColumn, 120);
    const QString sampleDate = QLocale().toString(QDateTime(QDate(2026, 12, 28), QTime(23, 59)), QLocale::ShortFormat);
    m_tree->header()->resizeSection(
        FileTreeModel::ModifiedColumn, m_tree->fontMetrics().horizontalAdvance(sampleDate) + 24);

    m_charts = new QTabWidget(page);
    m_charts->setObjectName(u"chartTabs"_s);
    m_charts->setDocumentMode(true);
    m_treemap = new TreemapView(m_charts);
    m_treemap->setToolTip(QString()); // tiles explain themselves on hover
    m_sunburst = new SunburstView(m_charts);
    m_charts->addTab(m_treemap, tr("Treemap"));
    m_charts->addTab(m_sunburst, tr("Sunburst"));
    m_cachesPanel = new CachesPanel(m_charts);
    m_charts->addTab(m_cachesPanel, tr("Caches"));
    m_charts->setTabToolTip(int(ChartView::Caches),
        tr("The known ML caches inside this scan, with size, tier and files; click one to go there (%1)")
            .arg(chartViewShortcut(ChartView::Caches).toString(QKeySequence::NativeText)));
    connect(m_cachesPanel, &CachesPanel::scanCachesRequested, this, &ScanPage::scanCachesRequested);
    connect(m_cachesPanel, &CachesPanel::nodeActivated, this, [this](NodeIndex node) {
        // Go there everywhere: the tree selects and opens it, the charts zoom into it.
        const QModelIndex index = m_model->indexOf(node);
        m_tree->setCurrentIndex(index);
        m_tree->expand(index);
        m_tree->scrollTo(index, QAbstractItemView::PositionAtTop);
        m_treemap->setRoot(node);
        m_sunburst->setRoot(node);
    });
    m_charts->setTabToolTip(int(ChartView::Treemap),
        tr("Rectangles sized by bytes, nested by folder (%1)")
            .arg(chartViewShortcut(ChartView::Treemap).toString(QKeySequence::NativeText)));
    m_charts->setTabToolTip(int(ChartView::Sunburst),
        tr("Rings by folder depth, angles sized by bytes; click a folder to open it (%1)")
            .arg(chartViewShortcut(ChartView::Sunburst).toString(QKeySequence::NativeText)));
    connect(m_charts, &QTabWidget::currentChanged, this,
        [this](int index) { Q_EMIT chartViewChanged(static_cast<ChartView>(index)); });

    // The tree is the hub: a view's selection moves the tree's current row, which outlines the
    // entry in every view.
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const auto node = NodeIndex(current.data(FileTreeModel::NodeRole).toUInt());
        m_treemap->setSelected(node);
        m_sunburst->setSelected(node);
    });
    connect(m_tree, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_treemap->setRoot(NodeIndex(index.data(FileTreeModel::NodeRole).toUInt())); // the sunburst follows
    });
    // Both charts show the same folder: a zoom in either moves the other and the breadcrumb.
    connect(m_treemap, &TreeChartView::rootChanged, this, &ScanPage::onChartRootChanged);
    connect(m_sunburst, &TreeChartView::rootChanged, this, &ScanPage::onChartRootChanged);
    auto followInTree = [this](NodeIndex node) {
        const QModelIndex index = m_model->indexOf(node);
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
    };
    auto showContextMenu
        = [this](NodeIndex node, const QPoint &globalPos) { createContextMenu(node)->exec(globalPos); };
    connect(m_treemap, &TreemapView::nodeSelected, this, followInTree);
    connect(m_treemap, &TreemapView::contextMenuRequested, this, showContextMenu);
    connect(m_sunburst, &SunburstView::nodeSelected, this, followInTree);
    connect(m_sunburst, &SunburstView::contextMenuRequested, this, showContextMenu);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QTreeView::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (index.isValid())
            createContextMenu(NodeIndex(index.data(FileTreeModel::NodeRole).toUInt()))
                ->exec(m_tree->viewport()->mapToGlobal(pos));
    });

    auto *splitter = new QSplitter(Qt::Horizontal, page);
    splitter->setObjectName(u"scanSplitter"_s);
    splitter->addWidget(m_tree);
    auto *chartPane = new QWidget(splitter);
    m_legend = new CategoryLegend(chartPane);
    createNavigationActions(page);
    createEntryActions(page);
    m_breadcrumb = new BreadcrumbBar(m_backAction, m_upAction, chartPane);
    connect(m_breadcrumb, &BreadcrumbBar::folderClicked, m_treemap, &TreeChartView::setRoot);
    auto *chartLayout = new QVBoxLayout(chartPane);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(0);
    chartLayout->addWidget(m_breadcrumb);
    chartLayout->addWidget(m_charts, 1);
    chartLayout->addWidget(m_legend);
    splitter->addWidget(chartPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);
    return page;
}

void ScanPage::createNavigationActions(QWidget *page)
{
    m_backAction = new QAction(
        QIcon::fromTheme(u"go-previous"_s, style()->standardIcon(QStyle::SP_ArrowBack)), tr("&Back"), page);
    m_backAction->setObjectName(u"actionChartBack"_s);
    m_backAction->setShortcuts({ QKeySequence(QKeySequence::Back), QKeySequence(Qt::Key_Backspace) });
    m_backAction->setToolTip(tr("Show the folder the charts showed before (%1, Backspace)")
                                 .arg(QKeySequence(QKeySequence::Back).toString(QKeySequence::NativeText)));
    m_upAction = new QAction(QIcon::fromTheme(u"go-up"_s, style()->standardIcon(QStyle::SP_ArrowUp)), tr("&Up"), page);
    m_upAction->setObjectName(u"actionChartUp"_s);
    m_upAction->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_upAction->setToolTip(
        tr("Show the folder that holds this one (%1)").arg(m_upAction->shortcut().toString(QKeySequence::NativeText)));
    for (QAction *action : { m_backAction, m_upAction }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the scan page only
        action->setEnabled(false);
        page->addAction(action);
    }
    connect(m_backAction, &QAction::triggered, this, &ScanPage::goBack);
    connect(m_upAction, &QAction::triggered, this, &ScanPage::goUp);
}

void ScanPage::onChartRootChanged(NodeIndex node)
{
    if (m_syncing)
        return;
    m_syncing = true;
    m_treemap->setRoot(node);
    m_sunburst->setRoot(node);
    m_syncing = false;
    if (!m_goingBack && m_chartRoot != NoNode && node != m_chartRoot)
        m_history.push_back(m_chartRoot);
    m_chartRoot = node;
    updateNavigation();
}

void ScanPage::goBack()
{
    if (m_history.empty())
        return;
    const NodeIndex previous = m_history.back();
    m_history.pop_back();
    m_goingBack = true;
    m_treemap->setRoot(previous);
    m_goingBack = false;
    updateNavigation();
}

void ScanPage::goUp()
{
    const NodeIndex from = m_chartRoot;
    if (!m_treemap->goUp() || from == AllRoots)
        return;
    // Mark the folder just left, so the eye finds its way back.
    const QModelIndex index = m_model->indexOf(from);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
}

void ScanPage::updateNavigation()
{
    m_breadcrumb->setPath(m_chartTree, m_chartRoot);
    m_backAction->setEnabled(!m_history.empty());
    m_upAction->setEnabled(m_chartTree && m_chartRoot != NoNode && chartParent(*m_chartTree, m_chartRoot) != NoNode);
}

NodeIndex ScanPage::chartRoot() const
{
    return m_chartRoot;
}

QAction *ScanPage::backAction() const
{
    return m_backAction;
}

QAction *ScanPage::upAction() const
{
    return m_upAction;
}

BreadcrumbBar *ScanPage::breadcrumb() const
{
    return m_breadcrumb;
}

std::unique_ptr<QMenu> ScanPage::createContextMenu(NodeIndex node)
{
    auto menu = std::make_unique<QMenu>(this);
    const std::shared_ptr<const FileTree> tree = m_model->tree();
    if (!tree || node == NoNode || node >= tree->nodeCount())
        return menu;
    const QString path = QFile::decodeName(tree->path(node));
    const bool isFolder = tree->node(node).isDirectory();

    QAction *copy = menu->addAction(QIcon::fromTheme(u"edit-copy"_s), tr("&Copy Path"));
    copy->setObjectName(u"menuCopyPath"_s);
    connect(copy, &QAction::triggered, this, [path] { QGuiApplication::clipboard()->setText(path); });

    QAction *open = menu->addAction(QIcon::fromTheme(u"system-file-manager"_s), tr("Open in &File Manager"));
    open->setObjectName(u"menuOpenFileManager"_s);
    const NodeIndex folder = isFolder ? node : tree->node(node).parent;
    const QString folderPath = folder == NoNode ? path : QFile::decodeName(tree->path(folder));
    connect(
        open, &QAction::triggered, this, [folderPath] { QDesktopServices::openUrl(QUrl::fromLocalFile(folderPath)); });

    menu->addSeparator();
    QAction *showInTree = menu->addAction(tr("Show in T&ree"));
    showInTree->setObjectName(u"menuShowInTree"_s);
    connect(showInTree, &QAction::triggered, this, [this, node] {
        const QModelIndex index = m_model->indexOf(node);
        m_tree->setCurrentIndex(index);
        m_tree->scrollTo(index);
        m_tree->setFocus();
    });
    auto addShowInChart = [&](const QString &text, const QString &objectName, TreeChartView *view, ChartView chart) {
        QAction *showInChart = menu->addAction(text);
        showInChart->setObjectName(objectName);
        connect(showInChart, &QAction::triggered, this, [this, node, view, chart] {
            view->setRoot(node); // a file shows its folder
            view->setSelected(node);
            setChartView(chart);
        });
    };
    addShowInChart(isFolder ? tr("Open in Tree&map") : tr("Show in Tree&map"), u"menuShowInTreemap"_s, m_treemap,
        ChartView::Treemap);
    addShowInChart(isFolder ? tr("Open in Sun&burst") : tr("Show in Sun&burst"), u"menuShowInSunburst"_s, m_sunburst,
        ChartView::Sunburst);

    QAction *exclude = menu->addAction(tr("E&xclude from Scans"));
    exclude->setObjectName(u"menuExclude"_s);
    exclude->setToolTip(tr("Skip this entry in future scans and drop it from the views now"));
    // A scanned root is what the user asked for: excluding it would leave nothing.
    exclude->setEnabled(tree->node(node).parent != NoNode);
    connect(
        exclude, &QAction::triggered, this, [this, rawPath = tree->path(node)] { Q_EMIT excludeRequested(rawPath); });

    menu->addSeparator();
    QAction *addToCleanup = menu->addAction(QIcon::fromTheme(u"edit-clear"_s), tr("Add to C&leanup..."));
    addToCleanup->setObjectName(u"menuAddToCleanup"_s);
    addToCleanup->setToolTip(tr("Open the cleanup wizard with this entry chosen: it previews exactly what goes"));
    connect(
        addToCleanup, &QAction::triggered, this, [this, rawPath = tree->path(node), tier = tree->node(node).tier()] {
            Q_EMIT addToCleanupRequested(rawPath, tier);
        });
    for (QAction *action : menu->actions()) {
        if (const QKeySequence key = entryShortcut(action->objectName()); !key.isEmpty())
            action->setShortcut(key); // shown beside the entry; the page's own actions answer the key
    }
    return menu;
}

QKeySequence ScanPage::entryShortcut(const QString &menuAction)
{
    static const QHash<QString, QKeySequence> keys {
        { u"menuCopyPath"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C) },
        { u"menuOpenFileManager"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O) },
        { u"menuExclude"_s, QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X) },
        { u"menuAddToCleanup"_s, QKeySequence(QKeySequence::Delete) },
    };
    return keys.value(menuAction);
}

// The context menu's commands by key, for the entry current in the tree (the charts' selection
// follows it). Each key runs the very action the menu would show, so there is one behaviour.
void ScanPage::createEntryActions(QWidget *page)
{
    for (const QString &name :
        { u"menuCopyPath"_s, u"menuOpenFileManager"_s, u"menuExclude"_s, u"menuAddToCleanup"_s }) {
        auto *action = new QAction(page);
        action->setObjectName(u"key"_s + name.sliced(4));
        action->setShortcut(entryShortcut(name));
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut); // the scan page only
        page->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            const QModelIndex current = m_tree->currentIndex();
            if (!current.isValid())
                return;
            const std::unique_ptr<QMenu> menu
                = createContextMenu(NodeIndex(current.data(FileTreeModel::NodeRole).toUInt()));
            if (QAction *command = menu->findChild<QAction *>(name); command && command->isEnabled())
                command->trigger();
        });
    }
    // The Menu key opens the context menu by itself; Shift+F10, its usual second key, does not in Qt.
    auto *popup = new QAction(page);
    popup->setObjectName(u"keyContextMenu"_s);
    popup->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_F10));
    popup->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    page->addAction(popup);
    connect(popup, &QAction::triggered, this, [this] {
        const QModelIndex current = m_tree->currentIndex();
        if (!current.isValid())
            return;
        const QRect row = m_tree->visualRect(current);
        createContextMenu(NodeIndex(current.data(FileTreeModel::NodeRole).toUInt()))
            ->exec(m_tree->viewport()->mapToGlobal(row.isValid() ? row.bottomLeft() : QPoint()));
    });
}

void ScanPage::setChartView(ChartView view)
{
    m_charts->setCurrentIndex(int(view));
}

ChartView ScanPage::chartView() const
{
    return static_cast<ChartView>(m_charts->currentIndex());
}

QKeySequence ScanPage::chartViewShortcut(ChartView view)
{
    // Ctrl+3 is the window's Disk view, so the Caches tab comes after it.
    switch (view) {
    case ChartView::Sunburst:
        return QKeySequence(Qt::CTRL | Qt::Key_2);
    case ChartView::Caches:
        return QKeySequence(Qt::CTRL | Qt::Key_4);
    case ChartView::Treemap:
        break;
    }
    return QKeySequence(Qt::CTRL | Qt::Key_1);
}

void ScanPage::applyViewSettings(const AppSettings &settings)
{
    m_sunburst->setRings(settings.sunburstRings);
    m_treemap->setShading(settings.treemapShading);
}

void ScanPage::setApparentSizes(bool apparent)
{
    m_model->setApparentSizes(apparent);
    m_treemap->setApparentSizes(apparent);
    m_sunburst->setApparentSizes(apparent);
    m_legend->setApparentSizes(apparent);
    m_cachesPanel->setApparentSizes(apparent);
}

void ScanPage::setKnownCaches(const QList<KnownCache> &caches)
{
    m_cachesPanel->setKnownCaches(caches);
}

CachesPanel *ScanPage::cachesPanel() const
{
    return m_cachesPanel;
}

TreemapView *ScanPage::treemap() const
{
    return m_treemap;
}

SunburstView *ScanPage::sunburst() const
{
    return m_sunburst;
}

CategoryLegend *ScanPage::legend() const
{
    return m_legend;
}

void ScanPage::showScanning(const QList<QByteArray> &roots, bool readingExport)
{
    QStringList shown;
    for (const QByteArray &root : roots)
        shown.append(QFile::decodeName(root));
    m_liveTitle->setText((readingExport ? tr("Opening %1") : tr("Scanning %1")).arg(shown.join(u", "_s)));
    m_liveCounters->setText(tr("Starting..."));
    m_liveCurrent->clear();
    m_liveTop->clear();
    m_stack->setCurrentIndex(0);
}

void ScanPage::showProgress(const ScanProgress &progress)
{
    const double seconds = std::max<double>(double(progress.elapsedMs) / 1000.0, 0.001);
    m_liveCounters->setText(
        //: %1 and %2 are counts with their nouns ("1 file", "12 folders")
        tr("%1, %2, %3 on disk - %4 files/s, %5 s")
            .arg(filesPhrase(progress.files), foldersPhrase(progress.dirs), formatSize(progress.diskBytes),
                formatCount(std::uint64_t(double(progress.files) / seconds)))
            .arg(formatDisplayDecimal(seconds, 1))
        + (progress.errors ? tr(", %1 unreadable").arg(formatCount(progress.errors)) : QString()));
    m_liveCurrent->setText(QFile::decodeName(progress.currentPath));
    m_liveTop->clear();
    for (const FolderTotal &total : progress.topLevel) {
        auto *item = new QTreeWidgetItem(
            m_liveTop, { QFile::decodeName(total.path), formatSize(total.diskBytes), formatCount(total.files) });
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

void ScanPage::refreshSizes()
{
    const std::shared_ptr<const FileTree> tree = m_model->tree();
    if (!tree)
        return;
    updateSummary();
    m_model->refreshSizes();
    m_legend->refreshSizes();
    m_cachesPanel->setTree(tree);
    m_treemap->update();
    m_sunburst->update();
}

void ScanPage::updateSummary()
{
    const std::shared_ptr<const FileTree> tree = m_model->tree();
    if (!tree) {
        m_summary->clear();
        return;
    }
    std::uint64_t disk = 0;
    std::uint64_t apparent = 0;
    std::uint64_t files = 0;
    for (const ScanRoot &root : tree->roots()) {
        if (root.node != NoNode) {
            disk += tree->node(root.node).diskBytes;
            apparent += tree->node(root.node).apparentBytes;
            files += root.files;
        }
    }
    //: %3 is a count with its noun ("1 file", "12 files")
    QString summary
        = tr("%1 on disk (apparent size %2) in %3.").arg(formatSize(disk), formatSize(apparent), filesPhrase(files));
    if (tree->isPartial())
        summary += u' ' + tr("The scan was stopped: these totals are incomplete.");
    if (!tree->errors().isEmpty())
        summary += u' ' + tr("%Ln entries could not be read and are not counted.", nullptr, int(tree->errors().size()));
    m_summary->setText(summary);
}

void ScanPage::showTree(std::shared_ptr<const FileTree> tree)
{
    m_syncing = true; // each chart starts at the top of its own tree
    m_treemap->setTree(tree);
    m_sunburst->setTree(tree);
    m_syncing = false;
    m_chartTree = tree;
    m_chartRoot = m_treemap->root();
    m_history.clear();
    updateNavigation();
    m_legend->clear();
    m_cachesPanel->setTree(tree);
    digestCategories(tree);
    m_model->setTree(std::move(tree));
    updateSummary();
    m_stack->setCurrentIndex(1);
    if (m_model->rowCount() == 1)
        m_tree->expand(m_model->index(0, 0));
    m_tree->setCurrentIndex(m_model->index(0, 0));
    m_tree->setFocus();
}

// The folders' categories and the legend's totals visit every node: about 0.1 s for a million
// entries, too long to hold up the window when a scan ends. They arrive a moment after the tree.
void ScanPage::digestCategories(const std::shared_ptr<const FileTree> &tree)
{
    const quint64 generation = ++m_digestGeneration;
    m_digestPool.clear(); // a digest not yet started is for a tree no longer shown
    if (!tree)
        return;
    m_digestPool.start([this, tree, generation] {
        std::shared_ptr<const CategoryDigest> digest = CategoryDigest::of(*tree);
        QMetaObject::invokeMethod(
            this, [this, generation, digest] { showCategories(generation, digest); }, Qt::QueuedConnection);
    });
}

void ScanPage::showCategories(quint64 generation, const std::shared_ptr<const CategoryDigest> &digest)
{
    if (generation != m_digestGeneration)
        return; // a newer tree is shown
    m_model->setCategoryDigest(digest);
    m_legend->setTotals(digest->totals());
}

void ScanPage::showFailure(const QString &reason)
{
    m_liveTitle->setText(tr("Nothing could be scanned"));
    m_liveCounters->setText(reason);
    m_liveCurrent->clear();
    m_liveTop->clear();
    m_stack->setCurrentIndex(0);
}

FileTreeModel *ScanPage::model() const
{
    return m_model;
}

QTreeView *ScanPage::treeView() const
{
    return m_tree;
}

} // namespace CacheLens
