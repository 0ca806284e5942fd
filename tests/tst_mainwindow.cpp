#include "core/scan/ncduformat.h"
#include "core/scan/prunedtree.h"
#include "core/scan/scancontroller.h"
#include "core/scan/scanner.h"
#include "core/schedule/scheduledscanner.h"
#include "core/settings/appsettings.h"
#include "core/settings/recentscans.h"
#include "core/storage/storagemonitor.h"
#include "tests/fixture/privatesettings.h"
#include "tests/fixture/treelookup.h"
#include "ui/aboutdialog.h"
#include "ui/cleanup/choosepage.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/colorscheme.h"
#include "ui/diskpage.h"
#include "ui/mainwindow.h"
#include "ui/model/filetreemodel.h"
#include "ui/notify/notifier.h"
#include "ui/scanpage.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/sunburst/sunburstview.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

#include <algorithm>
#include <functional>

using namespace CacheLens;
using namespace Qt::StringLiterals;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void hasMenusWithShortcuts();
    void showsWelcomePageAndStatus();
    void diskViewWorksBeforeAnyScan();
    void droppedFolderIsOpened();
    void scanMlCachesScansKnownCaches();
    void cleanUpOpensTheWizardWithTheCachesFoundHere();
    void aCleanupDropsWhatItRemovedWithoutRescanning();
    void opensScanExports();
    void missingFolderShowsFailure();
    void dropOfNonLocalUrlIsIgnored();
    void aboutNamesVersionAndLibraries();
    void chartTabIsSwitchedAndRemembered();
    void scansAreOfferedAgainAsRecent();
    void anExcludedFolderLeavesTheViewsAndLaterScans();
    void aScheduledScanNotifiesAndItsActionTicksItsSelectors();
    void otherNotificationActionsAreLeftAlone();
    void applySettingsReachesMonitorSchedulerAndViews();
    void preferencesOpensFromTheSettingsMenu();

private:
    QTemporaryDir m_config;
};

void TestMainWindow::initTestCase()
{
    // Settings of this test's own (recent scans, excludes): other tests share the build's
    // XDG_CONFIG_HOME, and a run must not see what the previous one saved.
    QVERIFY(m_config.isValid());
    Test::usePrivateSettings(m_config.path());
}

void TestMainWindow::hasMenusWithShortcuts()
{
    MainWindow window;
    QStringList menus;
    for (QAction *action : window.menuBar()->actions())
        menus.append(action->text());
    QCOMPARE(menus, (QStringList { tr("&File"), tr("&View"), tr("&Settings"), tr("&Help") }));

    for (const QString &name : { u"actionOpenFolder"_s, u"actionQuit"_s, u"actionFullScreen"_s, u"actionPreferences"_s,
             u"actionCheckCachesNow"_s }) {
        auto *action = window.findChild<QAction *>(name);
        QVERIFY2(action, qPrintable(name));
        QVERIFY2(!action->shortcut().isEmpty(), qPrintable(name));
    }
    QCOMPARE(window.findChild<QAction *>(u"actionOpenFolder"_s)->shortcut(), QKeySequence(QKeySequence::Open));
    QCOMPARE(window.findChild<QAction *>(u"actionPreferences"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));

    // No key sequence does two things: Qt would do neither, only warn about an ambiguity.
    QHash<QKeySequence, QString> owners;
    std::function<void(QMenu *)> collect = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                collect(action->menu());
                continue;
            }
            for (const QKeySequence &key : action->shortcuts()) {
                const QString owner = owners.value(key);
                QVERIFY2(owner.isEmpty() || owner == action->text(),
                    qPrintable(key.toString() + u": "_s + owner + u" and "_s + action->text()));
                owners.insert(key, action->text());
            }
        }
    };
    for (QAction *top : window.menuBar()->actions())
        collect(top->menu());
    QVERIFY(owners.contains(QKeySequence(QKeySequence::Back))); // the charts' Back is in the View menu

    // Every fixed command has a key of its own and a tooltip that says more than its name
    // (QAction's default tooltip is its text). Open Recent's entries are the user's folders.
    QStringList missing;
    std::function<void(QMenu *)> check = [&](QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->isSeparator() || action->objectName().isEmpty())
                continue;
            if (action->menu()) {
                if (action->objectName() != u"menuOpenRecent"_s)
                    check(action->menu());
                continue;
            }
            const QString name = QString(action->text()).remove(u'&');
            if (action->shortcut().isEmpty())
                missing.append(action->objectName() + u": no shortcut"_s);
            if (action->toolTip().remove(u'&') == name)
                missing.append(action->objectName() + u": no tooltip"_s);
        }
    };
    for (QAction *top : window.menuBar()->actions())
        check(top->menu());
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(u", "_s)));
}

void TestMainWindow::showsWelcomePageAndStatus()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *open = window.findChild<QPushButton *>(u"welcomeOpenFolder"_s);
    QVERIFY(open);
    QVERIFY(open->isVisible());
    auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
    QVERIFY(status);
    QVERIFY(!status->text().isEmpty());
}

void TestMainWindow::diskViewWorksBeforeAnyScan()
{
    MainWindow window;
    auto *action = window.findChild<QAction *>(u"actionDiskView"_s);
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_3));
    QVERIFY(window.findChild<QToolBar *>(u"mainToolBar"_s)->actions().contains(action));
    auto *disk = window.findChild<DiskPage *>(u"diskPage"_s);
    QVERIFY(disk);
    QSignalSpy sampled(window.storageMonitor(), &StorageMonitor::sampled);
    window.show(); // showing the window starts the monitor
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.storageMonitor()->isRunning());

    action->trigger();
    QVERIFY(disk->isVisible());
    QVERIFY(action->isChecked());
    // The first sample may already have arrived while the window was being exposed; the next
    // one is a whole interval away.
    QVERIFY(sampled.count() > 0 || sampled.wait(10000));
    QVERIFY(disk->volumeList()->topLevelItemCount() > 0); // this machine has at least one volume

    action->trigger(); // back to where the window was: the welcome page
    QVERIFY(!disk->isVisible());
    QVERIFY(window.findChild<QPushButton *>(u"welcomeOpenFolder"_s)->isVisible());
}

void TestMainWindow::droppedFolderIsOpened()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(u"weights.bin"_s));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(5000, 'w'));
    file.close();
    MainWindow window;
    QSignalSpy chosen(&window, &MainWindow::rootsChosen);
    QSignalSpy finished(window.scanController(), &ScanController::finished);

    QMimeData mime;
    mime.setUrls({ QUrl::fromLocalFile(dir.path()) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);

    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<QList<QByteArray>>(), QList<QByteArray> { QFile::encodeName(dir.path()) });

    // The drop started a real scan, and its tree reaches the folder view.
    QVERIFY(finished.wait(10000));
    auto *view = window.findChild<QTreeView *>(u"fileTree"_s);
    QVERIFY(view);
    QTRY_VERIFY(view->isVisibleTo(&window));
    const QModelIndex root = view->model()->index(0, 0);
    QCOMPARE(view->model()->rowCount(root), 1);
    QCOMPARE(view->model()->index(0, 0, root).data().toString(), u"weights.bin"_s);
    QVERIFY(window.findChild<QAction *>(u"actionRescan"_s)->isEnabled());
    QVERIFY(!window.findChild<QAction *>(u"actionStop"_s)->isEnabled());
}

void TestMainWindow::cleanUpOpensTheWizardWithTheCachesFoundHere()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u".cache/pip/http-v2"_s));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CACHE_HOME");
    MainWindow window;
    auto *cleanUp = window.findChild<QAction *>(u"actionCleanUp"_s);
    QVERIFY(cleanUp);
    QCOMPARE(cleanUp->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QVERIFY(window.findChild<QAction *>(u"actionUndoCleanup"_s));
    QVERIFY(window.findChild<QPushButton *>(u"welcomeCleanUp"_s));
    cleanUp->trigger();
    qputenv("HOME", oldHome);
    qputenv("XDG_CACHE_HOME", oldCache);

    auto *wizard = window.findChild<CleanupWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(wizard->choosePage()->selectorCheck("cache:pip")); // pip's cache exists in this home
    QVERIFY(!wizard->choosePage()->selectorCheck("cache:conda")); // conda's does not
}

void TestMainWindow::scanMlCachesScansKnownCaches()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u".cache/pip/http-v2"_s));
    QVERIFY(QDir(home.path()).mkpath(u".cache/huggingface/hub"_s));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CACHE_HOME");
    MainWindow window;
    QSignalSpy chosen(&window, &MainWindow::rootsChosen);
    window.findChild<QAction *>(u"actionScanCaches"_s)->trigger();
    qputenv("HOME", oldHome);
    qputenv("XDG_CACHE_HOME", oldCache);

    QCOMPARE(chosen.count(), 1);
    const auto roots = chosen.at(0).at(0).value<QList<QByteArray>>();
    QVERIFY(roots.contains(QFile::encodeName(home.path() + u"/.cache/pip"_s)));
    QVERIFY(roots.contains(QFile::encodeName(home.path() + u"/.cache/huggingface/hub"_s)));
    QVERIFY(window.findChild<QPushButton *>(u"welcomeScanCaches"_s));
    QCOMPARE(window.findChild<QAction *>(u"actionScanCaches"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_M));
}

void TestMainWindow::aCleanupDropsWhatItRemovedWithoutRescanning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"work/old"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"work/new"_s));
    for (const QString &name : { u"work/old/a.bin"_s, u"work/new/b.bin"_s }) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(30000, 'x'));
    }
    MainWindow window;
    QSignalSpy finished(window.scanController(), &ScanController::finished);
    QSignalSpy started(window.scanController(), &ScanController::started);
    const QByteArray root = QFile::encodeName(dir.filePath(u"work"_s));
    window.openRoots({ root });
    QVERIFY(finished.wait(10000));
    auto *model = window.findChild<QTreeView *>(u"fileTree"_s)->model();
    QVERIFY(model);
    const auto scanned = finished.at(0).at(0).value<std::shared_ptr<const FileTree>>();
    const std::uint64_t before = scanned->node(scanned->roots().first().node).apparentBytes;

    // What the wizard reports once every item is wholly gone: the views drop those subtrees.
    CleanupWizard *wizard = window.openCleanupWizard();
    QVERIFY(QDir(dir.filePath(u"work/old"_s)).removeRecursively());
    Q_EMIT wizard->cleaned({ root + "/old" }, true);
    QCOMPARE(started.count(), 1); // no new scan
    const auto *scanPage = window.findChild<ScanPage *>();
    QVERIFY(scanPage);
    const std::shared_ptr<const FileTree> shown = scanPage->model()->tree();
    QVERIFY(shown != scanned);
    QCOMPARE(Test::findNode(*shown, "old"), NoNode);
    QVERIFY(Test::findNode(*shown, "new/b.bin") != NoNode);
    QVERIFY(shown->node(shown->roots().first().node).apparentBytes <= before - 30000);

    // A partly removed item: only a new scan knows what is left.
    Q_EMIT wizard->cleaned({ root + "/new" }, false);
    QCOMPARE(started.count(), 2);
    QVERIFY(finished.wait(10000));
    wizard->close();
}

void TestMainWindow::opensScanExports()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(u"server/.cache/pip"_s));
    QFile blob(dir.filePath(u"server/.cache/pip/wheel.whl"_s));
    QVERIFY(blob.open(QIODevice::WriteOnly));
    blob.write(QByteArray(20000, 'w'));
    blob.close();
    ScanRequest request;
    request.roots = { QFile::encodeName(dir.filePath(u"server"_s)) };
    ScanToken token;
    const auto scanned = Scanner(request).run(token);
    const QByteArray exportFile = QFile::encodeName(dir.filePath(u"server.json.gz"_s));
    QCOMPARE(Ncdu::exportTree(*scanned, 0, exportFile, { true }), QString());

    MainWindow window;
    QSignalSpy finished(window.scanController(), &ScanController::finished);
    window.openRoots({ exportFile });
    QVERIFY(finished.wait(10000));
    const auto tree = finished.at(0).at(0).value<std::shared_ptr<const FileTree>>();
    QCOMPARE(tree->roots().constFirst().path, request.roots.constFirst());
    QCOMPARE(tree->node(tree->roots().constFirst().node).diskBytes,
        scanned->node(scanned->roots().constFirst().node).diskBytes);
    // Classified on the way in, like a scan: the pip cache is a package cache.
    const NodeIndex wheel = Test::findNode(*tree, ".cache/pip/wheel.whl");
    QVERIFY(wheel != NoNode);
    QCOMPARE(tree->node(wheel).category(), Category::PackageCache);

    QFile broken(dir.filePath(u"broken.json"_s));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("[1,2,{},[{\"name\":");
    broken.close();
    QSignalSpy failed(window.scanController(), &ScanController::failed);
    window.openRoots({ QFile::encodeName(broken.fileName()) });
    QVERIFY(failed.wait(10000));
    QVERIFY2(failed.at(0).at(0).toString().contains(u"not a valid ncdu export"_s),
        qPrintable(failed.at(0).at(0).toString()));
}

void TestMainWindow::missingFolderShowsFailure()
{
    QTemporaryDir dir;
    MainWindow window;
    QSignalSpy failed(window.scanController(), &ScanController::failed);
    window.openRoots({ QFile::encodeName(dir.filePath(u"gone"_s)) });
    QVERIFY(failed.wait(10000));
    auto *status = window.findChild<QLabel *>(u"statusLabel"_s);
    QCOMPARE(status->text(), tr("Nothing could be scanned"));
}

void TestMainWindow::dropOfNonLocalUrlIsIgnored()
{
    MainWindow window;
    QSignalSpy chosen(&window, &MainWindow::rootsChosen);
    QMimeData mime;
    mime.setUrls({ QUrl(u"https://example.org/model.bin"_s) });
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    enter.setAccepted(false);
    QApplication::sendEvent(&window, &enter);
    QVERIFY(!enter.isAccepted());
    QDropEvent drop(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&window, &drop);
    QCOMPARE(chosen.count(), 0);
}

void TestMainWindow::aboutNamesVersionAndLibraries()
{
    AboutDialog dialog;
    auto *heading = dialog.findChild<QLabel *>(u"aboutHeading"_s);
    QVERIFY(heading);
    QVERIFY(heading->text().contains(QStringLiteral(CACHELENS_VERSION)));
    auto *licences = dialog.findChild<QTextBrowser *>(u"aboutLicences"_s);
    QVERIFY(licences);
    const QString text = licences->toPlainText();
    for (const QString &library : { u"Qt"_s, u"spdlog"_s, u"libarchive"_s, u"RapidJSON"_s })
        QVERIFY2(text.contains(library), qPrintable(library));
    QVERIFY(text.contains(u"LGPL-3.0"_s));
}

void TestMainWindow::chartTabIsSwitchedAndRemembered()
{
    {
        MainWindow window;
        auto *page = window.findChild<ScanPage *>();
        auto *sunburst = window.findChild<QAction *>(u"actionSunburstView"_s);
        QVERIFY(page && sunburst);
        QCOMPARE(sunburst->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_2));
        QCOMPARE(window.findChild<QAction *>(u"actionTreemapView"_s)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_1));
        sunburst->trigger();
        QCOMPARE(page->chartView(), ChartView::Sunburst);
        window.close(); // saves the settings
    }
    MainWindow window;
    QCOMPARE(window.findChild<ScanPage *>()->chartView(), ChartView::Sunburst);
    QVERIFY(window.findChild<QAction *>(u"actionSunburstView"_s)->isChecked());
    window.findChild<ScanPage *>()->setChartView(ChartView::Treemap); // a click on the tab
    QVERIFY(window.findChild<QAction *>(u"actionTreemapView"_s)->isChecked());
    window.close(); // leaves the default for the other tests
}

void TestMainWindow::scansAreOfferedAgainAsRecent()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray root = QFile::encodeName(dir.path());
    MainWindow window;
    QSignalSpy finished(window.scanController(), &ScanController::finished);
    window.openRoots({ root });
    QVERIFY(finished.wait(10000));

    auto *recent = window.findChild<QMenu *>(u"menuRecent"_s);
    QVERIFY(recent);
    QVERIFY(recent->isEnabled());
    Q_EMIT recent->aboutToShow();
    QAction *first = recent->actions().constFirst();
    QVERIFY2(first->text().contains(dir.path()), qPrintable(first->text()));
    // Choosing it scans again; the action that did so survives its own trigger (ASan watches).
    QSignalSpy chosenAgain(&window, &MainWindow::rootsChosen);
    first->trigger();
    QCOMPARE(chosenAgain.count(), 1);
    QVERIFY(finished.wait(10000));
    Q_EMIT recent->aboutToShow();
    // Still one entry for the folder (other tests' scans may follow it), newest first.
    const QList<QAction *> entries = recent->actions();
    QVERIFY(entries.constFirst()->text().contains(dir.path()));
    QCOMPARE(std::count_if(entries.cbegin(), entries.cend(),
                 [&](const QAction *action) { return action->text().contains(dir.path()); }),
        1);
    recent->findChild<QAction *>(u"actionClearRecent"_s)->trigger();
    QVERIFY(!recent->isEnabled());
    RecentScans::remember({ root }); // for the new window below, as if scanned again

    // A new window (a new start) offers it on the welcome page too; a click scans it again.
    MainWindow again;
    QPushButton *link = nullptr;
    for (QPushButton *button : again.findChildren<QPushButton *>(u"welcomeRecentScan"_s)) {
        if (button->text() == dir.path())
            link = button;
    }
    QVERIFY(link);
    QSignalSpy chosen(&again, &MainWindow::rootsChosen);
    link->click();
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).value<QList<QByteArray>>(), QList<QByteArray> { root });
}

void TestMainWindow::anExcludedFolderLeavesTheViewsAndLaterScans()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // '[' in the name: the exclusion must be of this exact path, not a glob.
    QVERIFY(QDir(dir.path()).mkpath(u"scratch[1]"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"scratch1"_s));
    QVERIFY(QDir(dir.path()).mkpath(u"keep"_s));
    for (const QString &name : { u"scratch[1]/big.bin"_s, u"scratch1/other.bin"_s, u"keep/small.bin"_s }) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(20000, 'x'));
    }
    const QByteArray root = QFile::encodeName(dir.path());
    const QByteArray scratch = root + "/scratch[1]";
    MainWindow window;
    QSignalSpy finished(window.scanController(), &ScanController::finished);
    window.openRoots({ root });
    QVERIFY(finished.wait(10000));
    auto *scanPage = window.findChild<ScanPage *>();
    QVERIFY(scanPage);
    QVERIFY(findPath(*scanPage->model()->tree(), scratch) != NoNode);

    std::unique_ptr<QMenu> menu = scanPage->createContextMenu(findPath(*scanPage->model()->tree(), scratch));
    QAction *exclude = menu->findChild<QAction *>(u"menuExclude"_s);
    QVERIFY(exclude);
    QVERIFY(exclude->isEnabled());
    exclude->trigger();
    // Gone from the views at once, without a scan, and remembered.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(findPath(*scanPage->model()->tree(), scratch), NoNode);
    QVERIFY(findPath(*scanPage->model()->tree(), root + "/scratch1") != NoNode);
    QVERIFY(AppSettings::load().scanExcludes.contains(scratch));

    // The next scan skips it; its glob-looking name matched only itself.
    window.openRoots({ root });
    QVERIFY(finished.wait(10000));
    const std::shared_ptr<const FileTree> tree = scanPage->model()->tree();
    const NodeIndex skipped = findPath(*tree, scratch);
    QVERIFY(skipped == NoNode || tree->node(skipped).hasFlag(FlagExcluded));
    QVERIFY(skipped == NoNode || tree->node(skipped).diskBytes == 0);
    QVERIFY(findPath(*tree, root + "/scratch1") != NoNode);
    QVERIFY(!tree->node(findPath(*tree, root + "/scratch1")).hasFlag(FlagExcluded));

    // A scanned root itself cannot be excluded.
    std::unique_ptr<QMenu> rootMenu = scanPage->createContextMenu(tree->roots().constFirst().node);
    QVERIFY(!rootMenu->findChild<QAction *>(u"menuExclude"_s)->isEnabled());
}

void TestMainWindow::aScheduledScanNotifiesAndItsActionTicksItsSelectors()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u".cache/huggingface/hub"_s)); // a hub cache with nothing to propose
    QVERIFY(QDir(home.path()).mkpath(u".cache/pip/http-v2/a"_s));
    QFile wheel(home.filePath(u".cache/pip/http-v2/a/wheel"_s));
    QVERIFY(wheel.open(QIODevice::WriteOnly));
    wheel.write(QByteArray(40000, 'x'));
    wheel.close();
    // Until the end: the wizard's estimates look for the caches of this HOME too.
    struct RestoreHome {
        QByteArray home = qgetenv("HOME");
        QByteArray cache = qgetenv("XDG_CACHE_HOME");
        ~RestoreHome()
        {
            qputenv("HOME", home);
            qputenv("XDG_CACHE_HOME", cache);
        }
    } restoreHome;
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CACHE_HOME");
    MainWindow window;
    window.scheduledScanner()->setScope({ QFile::encodeName(home.path()) }); // not this machine's /tmp
    QList<Notification> shown;
    connect(window.notifier(), &Notifier::notified, &window,
        [&shown](const Notification &notification) { shown.append(notification); });
    QSignalSpy finished(window.scheduledScanner(), &ScheduledScanner::finished);
    window.findChild<QAction *>(u"actionCheckCachesNow"_s)->trigger();
    QVERIFY(finished.wait(60000));

    QCOMPARE(shown.size(), 1);
    const Notification notification = shown.constFirst();
    QVERIFY2(notification.title.contains(u"reclaimable"_s), qPrintable(notification.title));
    QCOMPARE(notification.action, u"cleanup:cache:pip"_s); // only pip's cache had something
    QVERIFY(!window.findChild<CleanupWizard *>());

    Q_EMIT window.notifier()->activated(notification.action);
    auto *wizard = window.findChild<CleanupWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QVERIFY(window.isVisible());
    QVERIFY(wizard->choosePage()->selectorCheck("cache:pip")->isChecked());
    QVERIFY(!wizard->choosePage()->selectorCheck("temp")->isChecked()); // ticked by default, not asked for
    QVERIFY(!wizard->choosePage()->selectorCheck("hf-detached")->isChecked());
    if (const QByteArray shots = qgetenv("CACHELENS_TEST_SHOTS"); !shots.isEmpty()) {
        QTRY_VERIFY_WITH_TIMEOUT(!wizard->choosePage()->estimateText("cache:pip").endsWith(u"..."_s), 30000);
        wizard->grab().save(QFile::decodeName(shots) + u"/wizard-from-notification.png"_s);
    }
    wizard->close();
}

void TestMainWindow::otherNotificationActionsAreLeftAlone()
{
    MainWindow window;
    Q_EMIT window.notifier()->activated(u"disk:/data"_s);
    QVERIFY(!window.findChild<CleanupWizard *>());
    QVERIFY(!window.isVisible()); // not an action of ours: nothing is shown
}

void TestMainWindow::applySettingsReachesMonitorSchedulerAndViews()
{
    MainWindow window;
    AppSettings settings;
    settings.monitorInterval = std::chrono::seconds(17);
    settings.thresholds.warningRatio = 0.6;
    settings.thresholds.criticalRatio = 0.8;
    settings.scanSchedule = ScanSchedule::daily(QTime(6, 15));
    settings.sunburstRings = 7;
    window.applySettings(settings);
    QCOMPARE(window.storageMonitor()->interval(), std::chrono::milliseconds(17000));
    QCOMPARE(window.storageMonitor()->thresholds(), settings.thresholds);
    QCOMPARE(window.scheduledScanner()->schedule(), settings.scanSchedule);
    QCOMPARE(window.findChild<SunburstView *>()->rings(), 7);

    // A new colour scheme applies at once, and Follow system gives the original look back.
    const QPalette original = QApplication::palette();
    settings.colorScheme = AppSettings::ColorScheme::Dark;
    window.applySettings(settings);
    QCOMPARE(QApplication::palette(), darkPalette());
    settings.colorScheme = AppSettings::ColorScheme::System;
    window.applySettings(settings);
    QCOMPARE(QApplication::palette(), original);
}

void TestMainWindow::preferencesOpensFromTheSettingsMenu()
{
    MainWindow window;
    window.findChild<QAction *>(u"actionPreferences"_s)->trigger();
    auto *dialog = window.findChild<PreferencesDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    dialog->reject();
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
