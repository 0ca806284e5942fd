#pragma once

#include "core/rules/category.h"
#include "core/scan/filetree.h"
#include "core/scan/scanrequest.h"
#include "core/settings/appsettings.h"
#include "core/storage/thresholdmonitor.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QMenu;
class QProgressBar;
class QStackedWidget;

namespace CacheLens
{

class AlertBanner;
class CleanupController;
class CleanupWizard;
class DiskPage;
class Notifier;
class PreferencesDialog;
class RuleSet;
class ScanController;
class ScanPage;
class ScheduledScanner;
struct ScheduledScanResult;
class StorageMonitor;
class TrayIcon;
class WelcomePage;

/// The application window: menus, toolbar, status bar and the page stack.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Scans these folders (raw path bytes, as given on the command line or dropped); a single
    /// file is opened as a scan export instead.
    void openRoots(const QList<QByteArray> &roots);
    /// Scans every known ML cache that exists here (the same list as `cachelens caches`).
    void scanKnownCaches();
    [[nodiscard]] ScanController *scanController() const;
    [[nodiscard]] CleanupController *cleanupController() const;
    /// Polls the volumes for the Disk view, the tray and the alerts; started by the first
    /// show() or showAtStartup(), whichever comes first.
    [[nodiscard]] StorageMonitor *storageMonitor() const;
    /// Desktop notifications (alerts, scheduled-scan results) go through this one object.
    [[nodiscard]] Notifier *notifier() const;
    [[nodiscard]] TrayIcon *trayIcon() const;
    /// The strip above the pages that repeats the last alert.
    [[nodiscard]] AlertBanner *alertBanner() const;

    /// How the application starts: the window shown; or, minimized, only the tray icon where a
    /// tray exists (the window minimised where none does). Monitoring starts either way.
    void showAtStartup(bool minimized);
    /// Shows the window wherever it was (tray, minimised, behind others) and raises it.
    void showAndRaise();
    /// Quits for real: closes the window even when closing would only hide it in the tray.
    void quitApplication();
    /// True once quitApplication() ran (the close it does is not a hide to the tray).
    [[nodiscard]] bool isQuitting() const;
    /// Does what a clicked notification asks: "disk" shows the Disk view, "cleanup" or
    /// "cleanup:SELECTOR,..." opens the cleanup wizard (with those selectors ticked), anything
    /// else shows the window.
    void runNotificationAction(const QString &action);
    /// Shows the Disk view (volumes and usage chart); works before any scan.
    void showDiskPage();
    /// Opens the cleanup wizard; with a path, "path:PATH" is its one ticked selector (a view's
    /// "Add to cleanup..."), tier being what the scan classified it as.
    CleanupWizard *openCleanupWizard(const QByteArray &path = {}, Tier tier = Tier::Keep);
    /// Opens the cleanup wizard with exactly these selectors ticked ("temp", "cache:pip"): a
    /// scheduled scan's notification, and the screenshot hook.
    CleanupWizard *openCleanupWizard(const QList<QByteArray> &selectors);

    /// Looks for reclaimable space in the ML caches on the schedule of the preferences.
    [[nodiscard]] ScheduledScanner *scheduledScanner() const;
    /// Settings → Preferences (Ctrl+,); the dialog deletes itself when closed.
    PreferencesDialog *showPreferences();
    /// Puts preferences into effect now: monitor thresholds and interval, the scan schedule, views.
    void applySettings(const CacheLens::AppSettings &settings);

Q_SIGNALS:
    /// Emitted whenever the user picks folders to look at (dialog, drop, command line).
    void rootsChosen(const QList<QByteArray> &roots);

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    // mainwindow_tray.cpp: the tray, alerts and what closing the window does
    void setUpTray();
    void startBackground();
    void toggleFromTray();
    void onVolumeAlert(const VolumeAlert &alert);
    [[nodiscard]] bool closesToTray() const;
    void hideToTray();
    void createMenus();
    void createToolBar();
    void chooseFolder();
    void chooseExport();
    void showAbout();
    void restoreSettings();
    void loadRules();
    void saveSettings() const;
    void onScanProgress(const ScanProgress &progress);
    void onScanFinished(std::shared_ptr<const FileTree> tree);
    void onScanFailed(const QString &reason);
    void setScanning(bool scanning);
    void onCleaned(const QList<QByteArray> &removed, bool exact);
    void undoLastCleanup();
    void excludeFromScans(const QByteArray &path);
    void fillRecentMenu();
    void onScheduledScanFinished(const CacheLens::ScheduledScanResult &result);

    QStackedWidget *m_pages = nullptr;
    AlertBanner *m_banner = nullptr;
    TrayIcon *m_tray = nullptr;
    bool m_started = false; // startBackground() ran: the tray is shown and monitoring on
    bool m_quitting = false;
    WelcomePage *m_welcome = nullptr;
    ScanPage *m_scanPage = nullptr;
    DiskPage *m_diskPage = nullptr;
    QWidget *m_pageBeforeDisk = nullptr; // where leaving the Disk view goes back to
    StorageMonitor *m_monitor = nullptr;
    Notifier *m_notifier = nullptr;
    ScanController *m_scanner = nullptr;
    CleanupController *m_cleanup = nullptr;
    ScheduledScanner *m_scheduler = nullptr;
    QList<QByteArray> m_roots; // what the last scan was asked for
    // The preference as last applied: CACHELENS_COLOR_SCHEME overrides it until it is changed.
    AppSettings::ColorScheme m_colorScheme = AppSettings::ColorScheme::System;
    std::shared_ptr<const RuleSet> m_rules;
    QElapsedTimer m_scanClock;
    QLabel *m_statusLabel = nullptr;
    QProgressBar *m_busy = nullptr;
    QAction *m_rescanAction = nullptr;
    QAction *m_scanCachesAction = nullptr;
    QAction *m_openExportAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_stopAction = nullptr;
    QAction *m_cleanUpAction = nullptr;
    QAction *m_undoCleanupAction = nullptr;
    QAction *m_checkNowAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_fullScreenAction = nullptr;
    QAction *m_showToolBarAction = nullptr;
    QAction *m_apparentSizesAction = nullptr;
    QAction *m_siUnitsAction = nullptr;
    QAction *m_treemapViewAction = nullptr;
    QAction *m_sunburstViewAction = nullptr;
    QAction *m_cachesViewAction = nullptr;
    QAction *m_diskViewAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
};

} // namespace CacheLens
