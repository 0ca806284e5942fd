// MainWindow: preferences, scheduled scans and the notifications they raise.

#include "ui/mainwindow.h"

#include "core/logging.h"
#include "core/report/sizeformat.h"
#include "core/schedule/scheduledscanner.h"
#include "core/settings/appsettings.h"
#include "core/storage/storagemonitor.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/colorscheme.h"
#include "ui/diskpage.h"
#include "ui/notify/notifier.h"
#include "ui/scanpage.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/tray/trayicon.h"

#include <QAction>
#include <QLabel>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

constexpr QLatin1StringView CleanupAction("cleanup:");

} // namespace

ScheduledScanner *MainWindow::scheduledScanner() const
{
    return m_scheduler;
}

CleanupWizard *MainWindow::openCleanupWizard(const QList<QByteArray> &selectors)
{
    CleanupWizard *wizard = openCleanupWizard();
    wizard->checkOnly(selectors);
    return wizard;
}

PreferencesDialog *MainWindow::showPreferences()
{
    auto *dialog = new PreferencesDialog(AppSettings::load(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const auto refresh = [this, dialog] {
        dialog->setRecentRuns(m_scheduler->history());
        dialog->setScanning(m_scheduler->isScanning());
        if (!m_scheduler->isScanning())
            dialog->setNextRun(m_scheduler->nextRun());
    };
    refresh();
    connect(dialog, &PreferencesDialog::applied, this, [this, refresh](const AppSettings &settings) {
        applySettings(settings);
        refresh(); // the schedule may have moved the next run
    });
    connect(dialog, &PreferencesDialog::checkNowRequested, this, [this] { m_scheduler->runNow(); });
    connect(m_scheduler, &ScheduledScanner::started, dialog, refresh);
    connect(m_scheduler, &ScheduledScanner::finished, dialog, refresh);
    connect(m_scheduler, &ScheduledScanner::historyLoaded, dialog, refresh);
    // Else OK would undo a pause the tray's menu made while the dialog was open.
    connect(m_tray, &TrayIcon::pausedChanged, dialog, &PreferencesDialog::setMonitoringPaused);
    dialog->open();
    return dialog;
}

void MainWindow::applySettings(const AppSettings &settings)
{
    m_monitor->setThresholds(settings.thresholds);
    m_diskPage->setThresholds(settings.thresholds.warningRatio, settings.thresholds.criticalRatio);
    m_monitor->setInterval(settings.monitorInterval);
    if (settings.monitoringPaused != m_tray->isPaused())
        m_tray->setPaused(settings.monitoringPaused); // the tray's action follows, and stops or starts the monitor
    m_scheduler->setSchedule(settings.scanSchedule);
    m_scanPage->applyViewSettings(settings);
    if (settings.colorScheme != m_colorScheme) {
        m_colorScheme = settings.colorScheme;
        applyColorScheme(settings.colorScheme);
    }
    if (settings.sizeUnits != displaySizeUnits()) {
        setDisplaySizeUnits(settings.sizeUnits);
        const QSignalBlocker blocker(m_siUnitsAction); // its handler would save and refresh again
        m_siUnitsAction->setChecked(settings.sizeUnits == SizeUnits::Si);
        m_scanPage->refreshSizes();
    }
    // scanExcludes are read by every scan as it starts.
    // closeToTray, startMinimized and language are read where they act (close, start-up).
}

void MainWindow::onScheduledScanFinished(const ScheduledScanResult &result)
{
    if (result.reclaimableBytes == 0) {
        m_statusLabel->setText(result.error.isEmpty() ? tr("Looked in the ML caches: nothing to reclaim.")
                                                      : tr("Looking in the ML caches failed: %1").arg(result.error));
        return;
    }
    const QString total = formatSize(result.reclaimableBytes);
    m_statusLabel->setText(tr("Looked in the ML caches: %1 could be reclaimed.").arg(total));
    if (!result.notified)
        return; // about what the last notification said: no news (see isWorthNotifying())
    QString body;
    if (result.safeBytes >= result.reclaimableBytes)
        body = tr("All of it is safe to delete (re-creatable caches and interrupted downloads). Open the cleanup "
                  "wizard to see it.");
    else if (result.safeBytes > 0)
        body = tr("%1 of it is safe to delete (re-creatable caches); the rest is Hugging Face models to review. "
                  "Open the cleanup wizard to see it.")
                   .arg(formatSize(result.safeBytes));
    else
        body = tr("Old Hugging Face revisions and models nobody used for a while: review them in the cleanup "
                  "wizard.");
    Notification notification;
    notification.title = tr("ML caches: %1 reclaimable").arg(total);
    notification.body = body;
    notification.urgency = Notification::Urgency::Normal;
    notification.action = CleanupAction + QString::fromUtf8(result.selectorsWithSomething().join(','));
    m_notifier->notify(notification);
}

} // namespace CacheLens
