#include "ui/mainwindow.h"

#include "core/cleanup/cleanupcontroller.h"
#include "core/logging.h"
#include "core/report/countphrases.h"
#include "core/report/sizeformat.h"
#include "core/rules/environment.h"
#include "core/rules/knowncaches.h"
#include "core/rules/ruleset.h"
#include "core/scan/ncduformat.h"
#include "core/scan/prunedtree.h"
#include "core/scan/scancontroller.h"
#include "core/schedule/scheduledscanner.h"
#include "core/settings/appsettings.h"
#include "core/settings/recentscans.h"
#include "core/storage/storagemonitor.h"
#include "ui/aboutdialog.h"
#include "ui/alertbanner.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/diskpage.h"
#include "ui/model/filetreemodel.h"
#include "ui/notify/notifier.h"
#include "ui/scanpage.h"
#include "ui/welcomepage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QProgressBar>
#include <QRegularExpression>
#include <QSettings>
#include <QShowEvent>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// Local folders and files (scan exports) among the dropped URLs, as raw path bytes.
QList<QByteArray> droppedPaths(const QMimeData *mime)
{
    QList<QByteArray> folders;
    if (!mime || !mime->hasUrls())
        return folders;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile())
            folders.append(QFile::encodeName(url.toLocalFile()));
    }
    return folders;
}

// A toolbar button's text: the action's without its accelerator, also in the "Scan (&M)" form
// Chinese and Japanese translations use, which Qt's own stripping would show as "Scan (M)".
QString buttonText(QString text)
{
    static const QRegularExpression accelerator(u"\\s*[(\uFF08]&[^&][)\uFF09]"_s);
    text.remove(accelerator).remove(u"..."_s).remove(u'\u2026');
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&')
            text.remove(i, 1); // "&&" keeps one '&'
    }
    return text.trimmed();
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("CacheLens"));
    setWindowIcon(QIcon(u":/icons/cachelens.svg"_s));
    setAcceptDrops(true);

    m_pages = new QStackedWidget(this);
    m_welcome = new WelcomePage(m_pages);
    m_scanPage = new ScanPage(m_pages);
    m_pages->addWidget(m_welcome);
    m_pages->addWidget(m_scanPage);
    auto *central = new QWidget(this);
    m_banner = new AlertBanner(central);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_banner);
    centralLayout->addWidget(m_pages, 1);
    setCentralWidget(central);

    const AppSettings preferences = AppSettings::load();
    setDisplaySizeUnits(preferences.sizeUnits);
    m_colorScheme = preferences.colorScheme; // applied by main() before any window exists
    m_monitor = new StorageMonitor(makeSystemStorageProbe(), UsageHistory::defaultPath(), preferences.thresholds, this);
    m_monitor->setInterval(preferences.monitorInterval);
    m_notifier = new Notifier(this);
    m_diskPage = new DiskPage(m_monitor, m_pages);
    m_pages->addWidget(m_diskPage);

    m_scanner = new ScanController(this);
    connect(m_scanner, &ScanController::progress, this, &MainWindow::onScanProgress);
    connect(m_scanner, &ScanController::finished, this, &MainWindow::onScanFinished);
    connect(m_scanner, &ScanController::failed, this, &MainWindow::onScanFailed);
    m_cleanup = new CleanupController(this);
    connect(m_cleanup, &CleanupController::undoFinished, this, [this](const UndoResult &result) {
        if (result.nothingToUndo()) {
            m_statusLabel->setText(tr("Nothing to undo: no cleanup moved anything to the Trash that is still there."));
            return;
        }
        const QString restored = CleanupWizard::itemCount(result.restored.size());
        m_statusLabel->setText(result.failures.isEmpty()
                ? tr("Put back %1 from the Trash.").arg(restored)
                : tr("Put back %1 from the Trash; %2 could not be restored.")
                      .arg(restored, CleanupWizard::itemCount(result.failures.size())));
        if (m_scanPage->model()->tree() && !m_roots.isEmpty())
            openRoots(m_roots); // restored files are not in the tree on screen: scan again
    });

    m_scheduler = new ScheduledScanner(ScanHistory::defaultPath(), this);
    m_scheduler->setSchedule(preferences.scanSchedule);
    connect(m_scheduler, &ScheduledScanner::finished, this, &MainWindow::onScheduledScanFinished);

    createActions();
    createMenus();
    createToolBar();

    m_statusLabel = new QLabel(tr("Ready"), this);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    statusBar()->addWidget(m_statusLabel, 1);
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0); // the total is unknown until the scan ends
    m_busy->setMaximumWidth(160);
    m_busy->setVisible(false);
    statusBar()->addPermanentWidget(m_busy);
    setScanning(false);
    loadRules();

    connect(m_welcome, &WelcomePage::openFolderRequested, this, &MainWindow::chooseFolder);
    connect(m_welcome, &WelcomePage::scanCachesRequested, this, &MainWindow::scanKnownCaches);
    connect(m_welcome, &WelcomePage::cleanUpRequested, this, [this] { openCleanupWizard(); });
    connect(m_scanPage, &ScanPage::addToCleanupRequested, this,
        qOverload<const QByteArray &, Tier>(&MainWindow::openCleanupWizard));
    connect(m_scanPage, &ScanPage::scanCachesRequested, this, &MainWindow::scanKnownCaches);
    connect(m_scanPage, &ScanPage::excludeRequested, this, &MainWindow::excludeFromScans);
    connect(m_welcome, &WelcomePage::recentScanRequested, this, &MainWindow::openRoots);
    m_welcome->setRecentScans(RecentScans::load());
    m_scanPage->applyViewSettings(preferences);
    setUpTray();
    restoreSettings();
    // Started here, not when shown: a window started minimised into the tray still scans.
    m_scheduler->start();
}

MainWindow::~MainWindow() = default;

void MainWindow::loadRules()
{
    QStringList problems;
    m_rules = RuleSet::loadDefault(&problems);
    m_cleanup->setRules(m_rules);
    m_scheduler->setRules(m_rules);
    for (const QString &problem : std::as_const(problems))
        Log::ui()->warn("{}", problem.toStdString());
    if (!problems.isEmpty()) { // a user who edited rules.json must learn that it did not take
        m_statusLabel->setText(problems.constFirst());
        m_statusLabel->setToolTip(problems.join(u'\n'));
    }
}

void MainWindow::createActions()
{
    m_openFolderAction = new QAction(QIcon::fromTheme(u"folder-open"_s), tr("&Open Folder..."), this);
    m_openFolderAction->setObjectName(u"actionOpenFolder"_s);
    m_openFolderAction->setShortcut(QKeySequence::Open);
    m_openFolderAction->setToolTip(tr("Choose a folder and see what fills it (%1)")
                                       .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_scanCachesAction = new QAction(QIcon::fromTheme(u"edit-find"_s), tr("Scan &ML Caches"), this);
    m_scanCachesAction->setObjectName(u"actionScanCaches"_s);
    m_scanCachesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_scanCachesAction->setToolTip(tr("Scan every known ML cache on this machine (Ctrl+M)"));
    connect(m_scanCachesAction, &QAction::triggered, this, &MainWindow::scanKnownCaches);

    m_openExportAction = new QAction(QIcon::fromTheme(u"document-open"_s), tr("Open Scan &Export..."), this);
    m_openExportAction->setObjectName(u"actionOpenExport"_s);
    m_openExportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openExportAction->setToolTip(tr(
        "Open a scan saved with 'cachelens scan --export', 'ncdu -o' or 'gdu -o', e.g. from a server (Ctrl+Shift+O)"));
    connect(m_openExportAction, &QAction::triggered, this, &MainWindow::chooseExport);

    m_rescanAction = new QAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Rescan"), this);
    m_rescanAction->setObjectName(u"actionRescan"_s);
    m_rescanAction->setShortcut(QKeySequence::Refresh);
    m_rescanAction->setToolTip(tr("Scan the same folders again (F5)"));
    connect(m_rescanAction, &QAction::triggered, this, [this] { openRoots(m_roots); });

    m_stopAction = new QAction(QIcon::fromTheme(u"process-stop"_s), tr("&Stop"), this);
    m_stopAction->setObjectName(u"actionStop"_s);
    m_stopAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_stopAction->setToolTip(tr("Stop the scan and show what was found so far (Esc)"));
    connect(m_stopAction, &QAction::triggered, this, [this] { m_scanner->cancel(); });

    m_cleanUpAction = new QAction(QIcon::fromTheme(u"edit-clear"_s), tr("&Clean Up..."), this);
    m_cleanUpAction->setObjectName(u"actionCleanUp"_s);
    m_cleanUpAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_cleanUpAction->setToolTip(tr("Choose what to remove, preview exactly what goes, then move it to the Trash, "
                                   "archive or delete it (Ctrl+Shift+C)"));
    connect(m_cleanUpAction, &QAction::triggered, this, [this] { openCleanupWizard(); });

    m_undoCleanupAction = new QAction(QIcon::fromTheme(u"edit-undo"_s), tr("&Undo Last Cleanup"), this);
    m_undoCleanupAction->setObjectName(u"actionUndoCleanup"_s);
    m_undoCleanupAction->setToolTip(tr("Put back what the last cleanup moved to the Trash"));
    m_undoCleanupAction->setShortcut(QKeySequence::Undo);
    connect(m_undoCleanupAction, &QAction::triggered, this, &MainWindow::undoLastCleanup);

    m_checkNowAction = new QAction(QIcon::fromTheme(u"edit-find"_s), tr("&Look for Reclaimable Space"), this);
    m_checkNowAction->setObjectName(u"actionCheckCachesNow"_s);
    m_checkNowAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_checkNowAction->setToolTip(tr("Measure in the background what the cleanup wizard could free in the ML caches, "
                                    "as a scheduled scan does; nothing is deleted (Ctrl+Shift+R)"));
    connect(m_checkNowAction, &QAction::triggered, this, [this] {
        if (m_scheduler->runNow())
            m_statusLabel->setText(tr("Looking for reclaimable space in the ML caches..."));
    });

    m_preferencesAction = new QAction(QIcon::fromTheme(u"preferences-system"_s), tr("&Preferences..."), this);
    m_preferencesAction->setObjectName(u"actionPreferences"_s);
    m_preferencesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_preferencesAction->setToolTip(tr("Monitoring levels, tray, start at login, scheduled scans and views (Ctrl+,)"));
    connect(m_preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);

    m_quitAction = new QAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"), this);
    m_quitAction->setObjectName(u"actionQuit"_s);
    m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q)); // QKeySequence::Quit is empty on some platforms
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_quitAction->setToolTip(tr("Close the window and stop monitoring (Ctrl+Q)"));
    connect(m_quitAction, &QAction::triggered, this, &MainWindow::quitApplication);

    m_showToolBarAction = new QAction(tr("Show Tool&bar"), this);
    m_showToolBarAction->setObjectName(u"actionShowToolBar"_s);
    m_showToolBarAction->setCheckable(true);
    m_showToolBarAction->setChecked(true);
    m_showToolBarAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    m_showToolBarAction->setToolTip(tr("Show or hide the row of buttons under the menu"));

    m_apparentSizesAction = new QAction(tr("&Apparent Sizes"), this);
    m_apparentSizesAction->setObjectName(u"actionApparentSizes"_s);
    m_apparentSizesAction->setCheckable(true);
    m_apparentSizesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_apparentSizesAction->setToolTip(
        tr("Show file lengths (du --apparent-size) instead of the space they take on disk (Ctrl+Shift+A)"));
    connect(m_apparentSizesAction, &QAction::toggled, this, [this](bool on) { m_scanPage->setApparentSizes(on); });
    m_siUnitsAction = new QAction(tr("Deci&mal Units (GB)"), this);
    m_siUnitsAction->setObjectName(u"actionSiUnits"_s);
    m_siUnitsAction->setCheckable(true);
    m_siUnitsAction->setChecked(displaySizeUnits() == SizeUnits::Si);
    m_siUnitsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U));
    m_siUnitsAction->setToolTip(tr("Show sizes in powers of 1000 (kB, MB, GB, as disk vendors and some file "
                                   "managers do) instead of 1024 (KiB, MiB, GiB, as du -h) (%1)")
                                    .arg(m_siUnitsAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_siUnitsAction, &QAction::toggled, this, [this](bool on) {
        AppSettings preferences = AppSettings::load();
        preferences.sizeUnits = on ? SizeUnits::Si : SizeUnits::Iec;
        preferences.save();
        setDisplaySizeUnits(preferences.sizeUnits);
        m_scanPage->refreshSizes();
    });

    m_diskViewAction = new QAction(QIcon::fromTheme(u"drive-harddisk"_s), tr("&Disk Usage"), this);
    m_diskViewAction->setObjectName(u"actionDiskView"_s);
    m_diskViewAction->setCheckable(true);
    m_diskViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    m_diskViewAction->setToolTip(tr("Show how full each volume is and how fast it fills (%1)")
                                     .arg(m_diskViewAction->shortcut().toString(QKeySequence::NativeText)));
    connect(m_diskViewAction, &QAction::triggered, this, [this](bool on) {
        if (on)
            showDiskPage();
        else
            m_pages->setCurrentWidget(m_pageBeforeDisk ? m_pageBeforeDisk : m_welcome);
    });
    connect(m_pages, &QStackedWidget::currentChanged, this,
        [this] { m_diskViewAction->setChecked(m_pages->currentWidget() == m_diskPage); });

    // Treemap and sunburst are tabs beside the tree; one of them is always shown.
    auto *chartViews = new QActionGroup(this);
    m_treemapViewAction = new QAction(tr("&Treemap"), chartViews);
    m_treemapViewAction->setObjectName(u"actionTreemapView"_s);
    m_sunburstViewAction = new QAction(tr("&Sunburst"), chartViews);
    m_sunburstViewAction->setObjectName(u"actionSunburstView"_s);
    m_cachesViewAction = new QAction(tr("&Caches"), chartViews);
    m_cachesViewAction->setObjectName(u"actionCachesView"_s);
    auto setUpChartView = [this](QAction *action, ChartView chart, const QString &tip) {
        action->setCheckable(true);
        action->setShortcut(ScanPage::chartViewShortcut(chart));
        action->setToolTip(tip.arg(action->shortcut().toString(QKeySequence::NativeText)));
        connect(action, &QAction::triggered, this, [this, chart] { m_scanPage->setChartView(chart); });
    };
    setUpChartView(m_treemapViewAction, ChartView::Treemap, tr("Show the folders as nested rectangles (%1)"));
    setUpChartView(m_sunburstViewAction, ChartView::Sunburst, tr("Show the folders as rings (%1)"));
    setUpChartView(
        m_cachesViewAction, ChartView::Caches, tr("List the known ML caches in this scan with their sizes (%1)"));
    m_treemapViewAction->setChecked(true);
    connect(m_scanPage, &ScanPage::chartViewChanged, this, [this](ChartView chart) {
        switch (chart) {
        case ChartView::Treemap:
            m_treemapViewAction->setChecked(true);
            break;
        case ChartView::Sunburst:
            m_sunburstViewAction->setChecked(true);
            break;
        case ChartView::Caches:
            m_cachesViewAction->setChecked(true);
            break;
        }
    });

    m_fullScreenAction = new QAction(QIcon::fromTheme(u"view-fullscreen"_s), tr("&Full Screen"), this);
    m_fullScreenAction->setObjectName(u"actionFullScreen"_s);
    m_fullScreenAction->setCheckable(true);
    m_fullScreenAction->setShortcut(QKeySequence::FullScreen);
    m_fullScreenAction->setToolTip(tr("Fill the screen with the window; the same key goes back"));
    connect(m_fullScreenAction, &QAction::toggled, this,
        [this](bool on) { setWindowState(windowState().setFlag(Qt::WindowFullScreen, on)); });

    m_aboutAction = new QAction(QIcon(u":/icons/cachelens.svg"_s), tr("&About CacheLens"), this);
    m_aboutAction->setObjectName(u"actionAbout"_s);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_aboutAction->setShortcut(QKeySequence::HelpContents);
    m_aboutAction->setToolTip(tr("The version, the command line's help, and the libraries CacheLens is built on"));
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    m_aboutQtAction = new QAction(tr("About &Qt"), this);
    m_aboutQtAction->setObjectName(u"actionAboutQt"_s);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    m_aboutQtAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F1));
    m_aboutQtAction->setToolTip(tr("The version and licence of the Qt toolkit CacheLens is built with"));
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_scanCachesAction);
    file->addAction(m_openFolderAction);
    file->addAction(m_openExportAction);
    m_recentMenu = file->addMenu(QIcon::fromTheme(u"document-open-recent"_s), tr("Open Recen&t"));
    m_recentMenu->setObjectName(u"menuRecent"_s);
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
    fillRecentMenu(); // enabled or not before it is first opened
    file->addSeparator();
    file->addAction(m_cleanUpAction);
    file->addAction(m_undoCleanupAction);
    file->addAction(m_checkNowAction);
    file->addSeparator();
    file->addAction(m_rescanAction);
    file->addAction(m_stopAction);
    file->addSeparator();
    file->addAction(m_quitAction);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    view->addAction(m_apparentSizesAction);
    view->addAction(m_siUnitsAction);
    view->addSeparator();
    view->addAction(m_treemapViewAction);
    view->addAction(m_sunburstViewAction);
    view->addAction(m_cachesViewAction);
    view->addAction(m_diskViewAction);
    view->addSeparator();
    // The charts' navigation, listed here to be found; their shortcuts act on the scan page only.
    view->addAction(m_scanPage->backAction());
    view->addAction(m_scanPage->upAction());
    view->addSeparator();
    view->addAction(m_showToolBarAction);
    view->addAction(m_fullScreenAction);

    QMenu *settings = menuBar()->addMenu(tr("&Settings"));
    settings->addAction(m_preferencesAction);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);
    help->addAction(m_aboutQtAction);
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setMovable(false);
    bar->addAction(m_scanCachesAction);
    bar->addAction(m_openFolderAction);
    bar->addAction(m_rescanAction);
    bar->addAction(m_stopAction);
    bar->addSeparator();
    bar->addAction(m_cleanUpAction);
    bar->addAction(m_diskViewAction);
    connect(m_showToolBarAction, &QAction::toggled, bar, &QToolBar::setVisible);
    for (QAction *action : bar->actions())
        action->setIconText(buttonText(action->text()));
}

void MainWindow::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder"), QDir::homePath());
    if (!folder.isEmpty())
        openRoots({ QFile::encodeName(folder) });
}

void MainWindow::openRoots(const QList<QByteArray> &roots)
{
    if (roots.isEmpty())
        return;
    m_roots = roots;
    // A single file is a scan export (ncdu -o, gdu -o, cachelens scan --export): open it.
    const bool isExport = roots.size() == 1 && Ncdu::isExportFile(roots.constFirst());
    if (isExport) {
        m_scanner->openExport(roots.constFirst(), m_rules);
    } else {
        ScanRequest request;
        request.roots = roots;
        request.rules = m_rules;
        for (const QByteArray &excluded : AppSettings::load().scanExcludes)
            request.excludes.append(exactPathPattern(excluded));
        m_scanner->start(request);
    }
    RecentScans::remember(roots);
    // Not refilled here: this may run from one of the menu's own actions, which refilling would
    // delete while it is being triggered. aboutToShow refills it.
    m_recentMenu->setEnabled(true);
    m_welcome->setRecentScans(RecentScans::load());
    m_scanClock.start();
    m_scanPage->showScanning(roots, isExport);
    m_pages->setCurrentWidget(m_scanPage);
    m_statusLabel->setText(tr("Scanning..."));
    setScanning(true);
    Q_EMIT rootsChosen(roots);
}

void MainWindow::chooseExport()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Open Scan Export"), QDir::homePath(),
        tr("Scan exports (*.json *.json.gz *.gz *.zst);;All files (*)"));
    if (!file.isEmpty())
        openRoots({ QFile::encodeName(file) });
}

void MainWindow::scanKnownCaches()
{
    const Environment environment = Environment::fromSystem(QDir::homePath());
    QList<QByteArray> roots;
    for (const KnownCache &cache : resolveKnownCaches(m_rules->cacheSpecs(), environment))
        roots.append(cache.path);
    if (roots.isEmpty()) {
        m_statusLabel->setText(tr("No known ML cache was found on this machine."));
        return;
    }
    openRoots(roots);
}

StorageMonitor *MainWindow::storageMonitor() const
{
    return m_monitor;
}

Notifier *MainWindow::notifier() const
{
    return m_notifier;
}

void MainWindow::showDiskPage()
{
    if (m_pages->currentWidget() != m_diskPage)
        m_pageBeforeDisk = m_pages->currentWidget();
    m_pages->setCurrentWidget(m_diskPage);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // Not in the constructor: a window that is never shown (tests, --help) probes nothing.
    startBackground();
}

ScanController *MainWindow::scanController() const
{
    return m_scanner;
}

CleanupController *MainWindow::cleanupController() const
{
    return m_cleanup;
}

CleanupWizard *MainWindow::openCleanupWizard(const QByteArray &path, Tier tier)
{
    // The same cache list as "Scan ML Caches": only caches present here get a row.
    const Environment environment = Environment::fromSystem(QDir::homePath());
    auto *wizard = new CleanupWizard(m_cleanup, resolveKnownCaches(m_rules->cacheSpecs(), environment), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    QList<QByteArray> roots;
    if (const std::shared_ptr<const FileTree> tree = m_scanPage->model()->tree()) {
        for (const ScanRoot &root : tree->roots())
            roots.append(root.path);
    }
    wizard->setScanRoots(roots);
    if (!path.isEmpty())
        wizard->addPathSelector(path, tier);
    connect(wizard, &CleanupWizard::cleaned, this, &MainWindow::onCleaned);
    wizard->open();
    return wizard;
}

void MainWindow::onCleaned(const QList<QByteArray> &removed, bool exact)
{
    const std::shared_ptr<const FileTree> tree = m_scanPage->model()->tree();
    if (removed.isEmpty() || !tree || m_roots.isEmpty())
        return;
    std::vector<NodeIndex> nodes;
    for (const QByteArray &path : removed) {
        if (const NodeIndex node = findPath(*tree, path); node != NoNode)
            nodes.push_back(node);
    }
    // Only when the tree knows every removed item and nothing was partly removed is the
    // derived tree what a new scan would find; otherwise scan again.
    if (!exact || nodes.size() != std::size_t(removed.size())) {
        m_statusLabel->setText(tr("Cleanup done: scanning again to show what is left"));
        openRoots(m_roots);
        return;
    }
    m_scanPage->showTree(withoutSubtrees(*tree, nodes));
    m_statusLabel->setText(tr("Cleanup done: the views show what is left"));
}

void MainWindow::fillRecentMenu()
{
    m_recentMenu->clear();
    const QList<QList<QByteArray>> scans = RecentScans::load();
    for (qsizetype i = 0; i < scans.size(); ++i) {
        const QList<QByteArray> roots = scans.at(i);
        // &1 … &8: each entry has its own accelerator key.
        QAction *action = m_recentMenu->addAction(u"&%1  %2"_s.arg(i + 1).arg(RecentScans::label(roots)));
        action->setToolTip(QFile::decodeName(roots.join('\n')));
        connect(action, &QAction::triggered, this, [this, roots] { openRoots(roots); });
    }
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear Recent"));
    clear->setObjectName(u"actionClearRecent"_s);
    clear->setEnabled(!scans.isEmpty());
    connect(clear, &QAction::triggered, this, [this] {
        RecentScans::clear();
        m_welcome->setRecentScans({});
        m_recentMenu->setEnabled(false); // refilled when it is next shown
    });
    m_recentMenu->setEnabled(!scans.isEmpty());
}

void MainWindow::excludeFromScans(const QByteArray &path)
{
    AppSettings preferences = AppSettings::load();
    if (!preferences.scanExcludes.contains(path)) {
        preferences.scanExcludes.append(path);
        preferences.save();
    }
    // Drop it from the views now, as a new scan would: no need to scan again.
    const std::shared_ptr<const FileTree> tree = m_scanPage->model()->tree();
    if (const NodeIndex node = tree ? findPath(*tree, path) : NoNode; node != NoNode)
        m_scanPage->showTree(withoutSubtrees(*tree, { node }));
    m_statusLabel->setText(tr("%1 is excluded from scans from now on.").arg(QFile::decodeName(path)));
}

void MainWindow::undoLastCleanup()
{
    m_statusLabel->setText(tr("Putting back what the last cleanup moved to the Trash..."));
    m_cleanup->undoLast();
}

void MainWindow::setScanning(bool scanning)
{
    m_busy->setVisible(scanning);
    m_stopAction->setEnabled(scanning);
    m_rescanAction->setEnabled(!scanning && !m_roots.isEmpty());
}

void MainWindow::onScanProgress(const ScanProgress &progress)
{
    m_scanPage->showProgress(progress);
    m_statusLabel->setText(
        //: %1 is a count with its noun ("1 file", "12 files"), %2 a size
        tr("Scanning: %1, %2").arg(filesPhrase(progress.files), formatSize(progress.diskBytes)));
}

void MainWindow::onScanFinished(std::shared_ptr<const FileTree> tree)
{
    setScanning(false);
    const double seconds = double(m_scanClock.elapsed()) / 1000.0;
    const QString when = tree->isPartial()
        ? tr("Stopped after %1 s: partial results").arg(formatDisplayDecimal(seconds, 1))
        //: %1 is a count with its noun ("1 entry", "12 entries")
        : tr("Scanned %1 in %2 s").arg(entriesPhrase(tree->nodeCount())).arg(formatDisplayDecimal(seconds, 1));
    m_statusLabel->setText(when);
    // Looked up again for every tree: a cache may have appeared or moved since the last scan.
    m_scanPage->setKnownCaches(resolveKnownCaches(m_rules->cacheSpecs(), Environment::fromSystem(QDir::homePath())));
    m_scanPage->showTree(std::move(tree));
}

void MainWindow::onScanFailed(const QString &reason)
{
    setScanning(false);
    m_statusLabel->setText(tr("Nothing could be scanned"));
    m_scanPage->showFailure(reason);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!droppedPaths(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QByteArray> folders = droppedPaths(event->mimeData());
    if (folders.isEmpty())
        return;
    event->acceptProposedAction();
    openRoots(folders);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(u"window/geometry"_s).toByteArray()))
        resize(1100, 720);
    restoreState(settings.value(u"window/state"_s).toByteArray());
    m_showToolBarAction->setChecked(settings.value(u"window/showToolBar"_s, true).toBool());
    m_apparentSizesAction->setChecked(settings.value(u"view/apparentSizes"_s, false).toBool());
    const QString chart = settings.value(u"view/chart"_s).toString();
    m_scanPage->setChartView(chart == u"sunburst"_s ? ChartView::Sunburst
            : chart == u"caches"_s                  ? ChartView::Caches
                                                    : ChartView::Treemap);
}

void MainWindow::saveSettings() const
{
    QSettings settings;
    settings.setValue(u"window/geometry"_s, saveGeometry());
    settings.setValue(u"window/state"_s, saveState());
    settings.setValue(u"window/showToolBar"_s, m_showToolBarAction->isChecked());
    settings.setValue(u"view/apparentSizes"_s, m_apparentSizesAction->isChecked());
    const ChartView chart = m_scanPage->chartView();
    settings.setValue(u"view/chart"_s,
        chart == ChartView::Sunburst     ? u"sunburst"_s
            : chart == ChartView::Caches ? u"caches"_s
                                         : u"treemap"_s);
}

} // namespace CacheLens
