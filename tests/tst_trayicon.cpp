#include "core/settings/appsettings.h"
#include "core/storage/storagemonitor.h"
#include "tests/fixture/privatesettings.h"
#include "tests/fixture/volumes.h"
#include "ui/alertbanner.h"
#include "ui/diskpage.h"
#include "ui/mainwindow.h"
#include "ui/notify/notifier.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QMenu>
#include <QSettings>
#include <QSignalSpy>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

constexpr std::uint64_t GiB = 1024ULL * 1024 * 1024;

// / stays at 40 %; /data fills by 30 GiB every ten minutes (180 GiB/h) into warning, then critical.
QList<QList<Volume>> risingScript()
{
    QList<QList<Volume>> script;
    for (const std::uint64_t used : { 500, 830, 860, 890, 920, 960 })
        script.append({ Test::volume("/", 1000 * GiB, 400 * GiB), Test::volume("/data", 1000 * GiB, used * GiB) });
    return script;
}

std::function<std::int64_t()> steppingClock()
{
    auto now = std::make_shared<std::atomic<std::int64_t>>(1'800'000'000);
    return [now] { return now->fetch_add(600) + 600; };
}

QColor centreOfDot(const QPixmap &pixmap)
{
    const int size = pixmap.width();
    const int centre = size - size / 4 - 1; // the dot is half the icon wide, in the lower right corner
    return pixmap.toImage().pixelColor(centre, centre);
}

} // namespace

class TestTrayIcon final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void iconAndToolTipFollowTheWorstVolume();
    void stateDotReadsAt22Pixels();
    void pauseStopsAndRestartsTheMonitor();
    void pauseIsRememberedAcrossRestarts();
    void menuActionsSayWhatTheyDo();
    void windowHidesToTheTrayOnlyWhereOneExists();
    void closeToTrayCanBeTurnedOff();
    void startMinimizedNeedsATrayToHideIn();
    void trayMenuDrivesTheWindow();
    void quitEndsTheEventLoopEvenWithCloseToTray();

private:
    QTemporaryDir m_config;
};

void TestTrayIcon::initTestCase()
{
    QVERIFY(m_config.isValid());
    // A settings file of this test's own (the "keeps running" hint is remembered there).
    Test::usePrivateSettings(m_config.path());
    QCoreApplication::setOrganizationName(u"cachelens-test"_s);
    QCoreApplication::setApplicationName(u"tst_trayicon"_s);
}

void TestTrayIcon::init()
{
    QSettings().clear();
}

void TestTrayIcon::cleanup()
{
    TrayIcon::overrideSystemTrayAvailable(std::nullopt);
}

void TestTrayIcon::iconAndToolTipFollowTheWorstVolume()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StorageMonitor monitor(std::make_unique<FakeStorageProbe>(risingScript()), dir.filePath(u"h.sqlite"_s));
    monitor.setClock(steppingClock());
    monitor.setInterval(std::chrono::milliseconds(20));
    TrayIcon tray(&monitor);
    QCOMPARE(tray.state(), VolumeState::Ok);
    QVERIFY2(tray.toolTip().contains(TrayIcon::tr("Measuring the volumes...")), qPrintable(tray.toolTip()));

    QSignalSpy changed(&tray, &TrayIcon::stateChanged);
    QSignalSpy sampled(&monitor, &StorageMonitor::sampled);
    monitor.start();
    QVERIFY(sampled.wait(5000));
    // 50 % and 40 %: all fine, and the tooltip names the fullest.
    QCOMPARE(tray.state(), VolumeState::Ok);
    QVERIFY2(tray.toolTip().contains(u"/data \u2014 50% used"_s), qPrintable(tray.toolTip()));

    QTRY_COMPARE_WITH_TIMEOUT(tray.state(), VolumeState::Critical, 10000);
    monitor.stop();
    QVERIFY(changed.size() >= 2);
    QCOMPARE(changed.at(0).at(0).value<VolumeState>(), VolumeState::Warning);
    QCOMPARE(changed.constLast().at(0).value<VolumeState>(), VolumeState::Critical);
    // 960 of 1000 GiB and growing: the ETA is said too.
    QVERIFY2(tray.toolTip().contains(u"/data \u2014 96% used, full in ~"_s), qPrintable(tray.toolTip()));
    QVERIFY(!tray.toolTip().contains(u"/ \u2014"_s)); // the volume that is fine is not the one named
    QCOMPARE(tray.icon().pixmap(22, 22).toImage(), TrayIcon::statePixmap(VolumeState::Critical, 22).toImage());
}

void TestTrayIcon::stateDotReadsAt22Pixels()
{
    const QPixmap ok = TrayIcon::statePixmap(VolumeState::Ok, 22);
    const QPixmap warning = TrayIcon::statePixmap(VolumeState::Warning, 22);
    const QPixmap critical = TrayIcon::statePixmap(VolumeState::Critical, 22);
    QCOMPARE(ok.size(), QSize(22, 22));
    QVERIFY(ok.toImage() != warning.toImage());
    QVERIFY(warning.toImage() != critical.toImage());
    const QColor amber = centreOfDot(warning);
    const QColor red = centreOfDot(critical);
    QVERIFY2(amber.red() > 200 && amber.green() > 140 && amber.blue() < 80, qPrintable(amber.name()));
    QVERIFY2(red.red() > 200 && red.green() < 90 && red.blue() < 90, qPrintable(red.name()));
    // The same spot without a state is the icon's own (white-ish lens over dark tiles), not a dot colour.
    QVERIFY(centreOfDot(ok) != amber && centreOfDot(ok) != red);
}

void TestTrayIcon::pauseStopsAndRestartsTheMonitor()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StorageMonitor monitor(std::make_unique<FakeStorageProbe>(risingScript()), dir.filePath(u"h.sqlite"_s));
    TrayIcon tray(&monitor);
    monitor.start();
    QVERIFY(monitor.isRunning());
    QAction *pause = tray.pauseAction();
    QVERIFY(pause->isCheckable());

    pause->trigger();
    QVERIFY(pause->isChecked());
    QVERIFY(tray.isPaused());
    QVERIFY(!monitor.isRunning());
    QVERIFY2(tray.toolTip().contains(TrayIcon::tr("Monitoring paused")), qPrintable(tray.toolTip()));

    pause->trigger();
    QVERIFY(!tray.isPaused());
    QVERIFY(monitor.isRunning());
    QVERIFY(!tray.toolTip().contains(TrayIcon::tr("Monitoring paused")));

    tray.setPaused(true); // the same from code, and the action follows
    QVERIFY(pause->isChecked());
    QVERIFY(!monitor.isRunning());
}

void TestTrayIcon::pauseIsRememberedAcrossRestarts()
{
    TrayIcon::overrideSystemTrayAvailable(true);
    {
        MainWindow window;
        window.showAtStartup(true);
        QVERIFY(window.storageMonitor()->isRunning());
        window.trayIcon()->pauseAction()->trigger();
        QVERIFY(!window.storageMonitor()->isRunning());
    }
    QVERIFY(AppSettings::load().monitoringPaused);
    {
        // The next start: paused before the first sample, not only the tick in the menu.
        MainWindow window;
        window.showAtStartup(false);
        QVERIFY(window.isVisible());
        QVERIFY(window.trayIcon()->pauseAction()->isChecked());
        QVERIFY(window.trayIcon()->isPaused());
        QVERIFY(!window.storageMonitor()->isRunning());
        QVERIFY2(window.trayIcon()->toolTip().contains(TrayIcon::tr("Monitoring paused")),
            qPrintable(window.trayIcon()->toolTip()));

        window.trayIcon()->pauseAction()->trigger(); // unticked: monitoring again, and remembered
        QVERIFY(window.storageMonitor()->isRunning());
    }
    QVERIFY(!AppSettings::load().monitoringPaused);
    MainWindow window;
    window.showAtStartup(true);
    QVERIFY(window.storageMonitor()->isRunning());
    QVERIFY(!window.trayIcon()->pauseAction()->isChecked());

    // An open Preferences dialog follows the tray's action, so its OK does not undo it.
    PreferencesDialog *dialog = window.showPreferences();
    window.trayIcon()->pauseAction()->trigger();
    QVERIFY(dialog->settings().monitoringPaused);
    window.trayIcon()->pauseAction()->trigger();
    QVERIFY(!dialog->settings().monitoringPaused);
    dialog->reject();

    // The same from the Preferences (Monitoring tab).
    AppSettings preferences = AppSettings::load();
    preferences.monitoringPaused = true;
    window.applySettings(preferences);
    QVERIFY(window.trayIcon()->pauseAction()->isChecked());
    QVERIFY(!window.storageMonitor()->isRunning());
    preferences.monitoringPaused = false;
    window.applySettings(preferences);
    QVERIFY(!window.trayIcon()->isPaused());
    QVERIFY(window.storageMonitor()->isRunning());
}

void TestTrayIcon::menuActionsSayWhatTheyDo()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StorageMonitor monitor(std::make_unique<FakeStorageProbe>(risingScript()), dir.filePath(u"h.sqlite"_s));
    TrayIcon tray(&monitor);
    QCOMPARE(tray.systemTrayIcon()->contextMenu(), tray.menu());
    QList<QAction *> shown;
    for (QAction *action : tray.menu()->actions()) {
        if (!action->isSeparator())
            shown.append(action);
    }
    QCOMPARE(shown,
        (QList<QAction *> { tray.openAction(), tray.scanCachesAction(), tray.pauseAction(), tray.quitAction() }));
    for (QAction *action : std::as_const(shown))
        QVERIFY2(!action->toolTip().isEmpty() && action->toolTip() != action->text(), qPrintable(action->text()));
    QCOMPARE(tray.menu()->defaultAction(), tray.openAction());

    QSignalSpy open(&tray, &TrayIcon::openRequested);
    QSignalSpy scan(&tray, &TrayIcon::scanCachesRequested);
    QSignalSpy quit(&tray, &TrayIcon::quitRequested);
    QSignalSpy toggle(&tray, &TrayIcon::toggleRequested);
    tray.openAction()->trigger();
    tray.scanCachesAction()->trigger();
    tray.quitAction()->trigger();
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Trigger); // a click on the icon
    Q_EMIT tray.systemTrayIcon()->activated(QSystemTrayIcon::Context); // the menu: no toggle
    QCOMPARE(open.size(), 1);
    QCOMPARE(scan.size(), 1);
    QCOMPARE(quit.size(), 1);
    QCOMPARE(toggle.size(), 1);
}

void TestTrayIcon::windowHidesToTheTrayOnlyWhereOneExists()
{
    TrayIcon::overrideSystemTrayAvailable(true);
    MainWindow window;
    QSignalSpy notified(window.notifier(), &Notifier::notified);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.trayIcon()->isActive());

    QVERIFY(!window.close()); // the close is turned into a hide
    QVERIFY(!window.isVisible());
    QVERIFY(window.storageMonitor()->isRunning()); // monitoring goes on in the tray
    QCOMPARE(notified.size(), 1);
    const auto hint = notified.constFirst().constFirst().value<Notification>();
    QCOMPARE(hint.title, MainWindow::tr("CacheLens is still running"));
    QVERIFY(hint.action.isEmpty());
    QVERIFY(window.alertBanner()->isHidden()); // nothing to act on: not repeated in the window

    Q_EMIT window.trayIcon()->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(window.isVisible()); // a click brings it back
    QVERIFY(!window.close());
    QCOMPARE(notified.size(), 1); // said once, not on every close

    // Without a tray the window closes for real, whatever the preference says.
    TrayIcon::overrideSystemTrayAvailable(false);
    window.show();
    QVERIFY(!window.trayIcon()->isActive());
    QVERIFY(window.close());
    QVERIFY(!window.isVisible());
    QCOMPARE(notified.size(), 1);
    Q_EMIT window.trayIcon()->systemTrayIcon()->activated(QSystemTrayIcon::Trigger);
    QVERIFY(window.isVisible()); // and a click on a stale icon only ever shows it
}

void TestTrayIcon::closeToTrayCanBeTurnedOff()
{
    TrayIcon::overrideSystemTrayAvailable(true);
    QSettings().setValue(u"desktop/closeToTray"_s, false);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.close());
}

void TestTrayIcon::startMinimizedNeedsATrayToHideIn()
{
    {
        TrayIcon::overrideSystemTrayAvailable(true);
        MainWindow window;
        window.showAtStartup(true);
        QVERIFY(!window.isVisible()); // only the tray icon
        QVERIFY(window.storageMonitor()->isRunning()); // though the window was never shown
        window.showAndRaise();
        QVERIFY(window.isVisible());
    }
    {
        TrayIcon::overrideSystemTrayAvailable(false);
        MainWindow window;
        window.showAtStartup(true);
        QVERIFY(window.isVisible()); // there is nowhere to hide: minimised instead
        QVERIFY(window.isMinimized());
        QVERIFY(window.storageMonitor()->isRunning());
    }
    {
        MainWindow window;
        window.showAtStartup(false);
        QVERIFY(window.isVisible());
        QVERIFY(!window.isMinimized());
    }
}

void TestTrayIcon::trayMenuDrivesTheWindow()
{
    TrayIcon::overrideSystemTrayAvailable(true);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u".cache/pip/http-v2"_s));
    const QByteArray oldHome = qgetenv("HOME");
    const QByteArray oldCache = qgetenv("XDG_CACHE_HOME");
    qputenv("HOME", QFile::encodeName(home.path()));
    qunsetenv("XDG_CACHE_HOME");

    MainWindow window;
    window.showAtStartup(true);
    QVERIFY(!window.isVisible());
    TrayIcon *tray = window.trayIcon();

    tray->openAction()->trigger();
    QVERIFY(window.isVisible());
    window.hide();

    QSignalSpy chosen(&window, &MainWindow::rootsChosen);
    tray->scanCachesAction()->trigger();
    qputenv("HOME", oldHome);
    qputenv("XDG_CACHE_HOME", oldCache);
    QCOMPARE(chosen.size(), 1);
    QVERIFY(chosen.constFirst().constFirst().value<QList<QByteArray>>().contains(
        QFile::encodeName(home.path() + u"/.cache/pip"_s)));
    QVERIFY(window.isVisible()); // the scan is there to be looked at

    tray->quitAction()->trigger();
    QVERIFY(window.isQuitting());
    QVERIFY(!window.isVisible()); // closed, not hidden: the tray would have said so
}

void TestTrayIcon::quitEndsTheEventLoopEvenWithCloseToTray()
{
    TrayIcon::overrideSystemTrayAvailable(true);
    QApplication::setQuitOnLastWindowClosed(false); // as runGui sets it
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(!window.close()); // close only hides ...
    QTimer::singleShot(0, &window, [&window] { window.trayIcon()->quitAction()->trigger(); });
    QTimer guard;
    guard.setSingleShot(true);
    connect(&guard, &QTimer::timeout, this, [] { QCoreApplication::exit(1); });
    guard.start(20000);
    QCOMPARE(QApplication::exec(), 0); // ... but Quit ends the program
    guard.stop();
    QApplication::setQuitOnLastWindowClosed(true);
}

QTEST_MAIN(TestTrayIcon)
#include "tst_trayicon.moc"
