// MainWindow: the tray icon, volume alerts and what closing the window does.

#include "ui/mainwindow.h"

#include "core/logging.h"
#include "core/settings/appsettings.h"
#include "core/storage/storagemonitor.h"
#include "ui/alertbanner.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/notify/notifier.h"
#include "ui/notify/volumetext.h"
#include "ui/tray/trayicon.h"

#include <QApplication>
#include <QCloseEvent>
#include <QSettings>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

const QString TrayHintKey = u"window/trayHintShown"_s;

// Without quit-on-last-window (runGui turns it off so that closing a dialog while the window
// sits in the tray does not end the program), the window's own close has to end it.
void quitUnlessQtWill()
{
    if (!QGuiApplication::quitOnLastWindowClosed())
        QMetaObject::invokeMethod(QCoreApplication::instance(), &QCoreApplication::quit, Qt::QueuedConnection);
}

} // namespace

void MainWindow::setUpTray()
{
    m_tray = new TrayIcon(m_monitor, this);
    m_notifier->setTrayIcon(m_tray);
    connect(m_tray, &TrayIcon::openRequested, this, &MainWindow::showAndRaise);
    connect(m_tray, &TrayIcon::toggleRequested, this, &MainWindow::toggleFromTray);
    connect(m_tray, &TrayIcon::scanCachesRequested, this, [this] {
        showAndRaise(); // a scan started from the tray is there to be looked at
        scanKnownCaches();
    });
    connect(m_tray, &TrayIcon::quitRequested, this, &MainWindow::quitApplication);
    // Paused before the monitor is started (startBackground() asks isPaused()): a paused
    // monitor takes no sample at all after a restart. Connected after, so restoring saves nothing.
    if (AppSettings::load().monitoringPaused)
        m_tray->setPaused(true);
    connect(m_tray, &TrayIcon::pausedChanged, this, [](bool paused) {
        AppSettings preferences = AppSettings::load();
        preferences.monitoringPaused = paused;
        preferences.save();
    });

    connect(m_monitor, &StorageMonitor::alerted, this, &MainWindow::onVolumeAlert);
    connect(m_notifier, &Notifier::notified, m_banner, &AlertBanner::showNotification);
    connect(m_monitor, &StorageMonitor::sampled, m_banner, &AlertBanner::followVolumes);
    connect(m_notifier, &Notifier::activated, this, &MainWindow::runNotificationAction);
    connect(m_banner, &AlertBanner::showDiskRequested, this, &MainWindow::showDiskPage);
    connect(m_banner, &AlertBanner::cleanUpRequested, this, &MainWindow::runNotificationAction);
    // Logging out closes every window: that is a quit, not a hide to the tray.
    connect(qGuiApp, &QGuiApplication::commitDataRequest, this, [this] { m_quitting = true; });
}

TrayIcon *MainWindow::trayIcon() const
{
    return m_tray;
}

AlertBanner *MainWindow::alertBanner() const
{
    return m_banner;
}

void MainWindow::startBackground()
{
    if (m_started)
        return;
    m_started = true;
    m_tray->show();
    if (!m_tray->isPaused())
        m_monitor->start();
}

void MainWindow::showAtStartup(bool minimized)
{
    startBackground(); // the monitor runs whether or not the window is ever shown
    if (!minimized) {
        show();
    } else if (m_tray->isActive()) {
        Log::ui()->info("starting in the system tray");
    } else {
        // No tray to come back from: a hidden window could never be found again.
        Log::ui()->info("no system tray: starting minimised instead");
        showMinimized();
    }
}

void MainWindow::showAndRaise()
{
    setWindowState(windowState() & ~Qt::WindowMinimized);
    show();
    raise();
    activateWindow();
}

void MainWindow::toggleFromTray()
{
    if (isVisible() && !isMinimized() && m_tray->isActive())
        hideToTray();
    else
        showAndRaise();
}

void MainWindow::quitApplication()
{
    m_quitting = true;
    close();
    quitUnlessQtWill(); // a window hidden in the tray may not get to its closeEvent
}

bool MainWindow::isQuitting() const
{
    return m_quitting;
}

bool MainWindow::closesToTray() const
{
    return !m_quitting && m_tray->isActive() && AppSettings::load().closeToTray;
}

void MainWindow::hideToTray()
{
    saveSettings();
    hide();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (closesToTray()) {
        event->ignore();
        hideToTray();
        QSettings settings;
        if (!settings.value(TrayHintKey, false).toBool()) {
            settings.setValue(TrayHintKey, true);
            Notification hint;
            hint.title = tr("CacheLens is still running");
            hint.body = tr("It keeps watching your disks from the system tray. To stop it, choose Quit in the tray "
                           "icon's menu or press Ctrl+Q in the window.");
            m_notifier->notify(hint);
        }
        return;
    }
    saveSettings();
    event->accept();
    quitUnlessQtWill();
}

void MainWindow::onVolumeAlert(const VolumeAlert &alert)
{
    m_notifier->notify(VolumeText::alertNotification(alert));
}

void MainWindow::runNotificationAction(const QString &action)
{
    static constexpr QLatin1StringView CleanupWith("cleanup:");
    const bool cleanup = action == u"cleanup"_s || action.startsWith(CleanupWith);
    if (action != u"disk"_s && !cleanup)
        return; // an action no notification of ours carries: nothing to show
    Log::ui()->info("notification action {}", action.toStdString());
    showAndRaise();
    if (!cleanup) {
        showDiskPage();
        return;
    }
    // "cleanup:temp,cache:pip" (a scheduled scan's result): exactly those rows ticked, as the
    // notification promised; plain "cleanup" (the banner) opens the wizard with its defaults.
    QList<QByteArray> selectors;
    for (const QByteArray &selector : action.mid(CleanupWith.size()).toUtf8().split(',')) {
        if (!selector.isEmpty())
            selectors.append(selector);
    }
    if (selectors.isEmpty())
        openCleanupWizard();
    else
        openCleanupWizard(selectors);
}

} // namespace CacheLens
