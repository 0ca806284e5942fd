#pragma once

#include "core/schedule/scanhistory.h"
#include "core/settings/appsettings.h"

#include <QDateTime>
#include <QDialog>
#include <QList>

class QCheckBox;
class QComboBox;
class QListWidget;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace CacheLens
{

/// Settings → Preferences (Ctrl+,): one tab per concern, OK/Cancel/Apply. Shows an AppSettings
/// value and hands a new one back through applied() after saving it; start at login is the XDG
/// autostart entry itself, written on apply. Bad input (critical below warning) is refused with
/// a message in the dialog, and nothing is saved.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    enum Page : int { GeneralPage = 0, MonitoringPage, DesktopPage, SchedulePage, ViewsPage };

    explicit PreferencesDialog(const AppSettings &settings, QWidget *parent = nullptr);
    ~PreferencesDialog() override;

    /// The scheduled runs for the table on the Scheduled Scans tab, oldest first (shown newest first).
    void setRecentRuns(const QList<ScheduledScanResult> &runs);
    /// When the next scheduled run is due; invalid: none.
    void setNextRun(const QDateTime &next);
    /// A scan is under way: "Check Now" waits for it.
    void setScanning(bool scanning);
    /// Ticks or unticks Pause monitoring: the tray's action changed it while the dialog is open.
    void setMonitoringPaused(bool paused);
    void showPage(Page page);

    /// What the fields say now.
    [[nodiscard]] AppSettings settings() const;
    [[nodiscard]] bool startAtLogin() const;
    /// Why the fields cannot be applied, or empty.
    [[nodiscard]] QString validationError() const;
    /// Validates, writes the autostart entry if that changed, saves and emits applied(); false
    /// (nothing saved) with the reason shown in the dialog.
    bool apply();

    void accept() override;

Q_SIGNALS:
    void applied(const CacheLens::AppSettings &settings);
    /// "Check Now" on the Scheduled Scans tab.
    void checkNowRequested();

private:
    QWidget *createGeneralPage();
    QWidget *createMonitoringPage();
    QWidget *createDesktopPage();
    QWidget *createSchedulePage();
    QWidget *createViewsPage();
    void load(const AppSettings &settings);
    void updateScheduleFields();
    void showMessage(const QString &message);

    AppSettings m_original; // fields the dialog does not show are kept as they were
    bool m_autostartWas = false;
    QTabWidget *m_tabs = nullptr;
    QLabel *m_message = nullptr;
    QComboBox *m_language = nullptr;
    QComboBox *m_colorScheme = nullptr;
    QSpinBox *m_interval = nullptr;
    QSpinBox *m_warning = nullptr;
    QSpinBox *m_critical = nullptr;
    QSpinBox *m_etaHours = nullptr;
    QCheckBox *m_paused = nullptr;
    QCheckBox *m_closeToTray = nullptr;
    QCheckBox *m_startMinimized = nullptr;
    QCheckBox *m_startAtLogin = nullptr;
    QRadioButton *m_scheduleOff = nullptr;
    QRadioButton *m_scheduleEvery = nullptr;
    QRadioButton *m_scheduleDaily = nullptr;
    QSpinBox *m_scheduleHours = nullptr;
    QTimeEdit *m_scheduleTime = nullptr;
    QLabel *m_nextRun = nullptr;
    QPushButton *m_checkNow = nullptr;
    QTableWidget *m_history = nullptr;
    QComboBox *m_shading = nullptr;
    QSpinBox *m_rings = nullptr;
    QComboBox *m_units = nullptr;
    QListWidget *m_excludes = nullptr;
};

} // namespace CacheLens
