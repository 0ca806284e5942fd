#pragma once

#include "core/storage/thresholdmonitor.h"
#include "core/storage/volumestatus.h"

#include <QIcon>
#include <QList>
#include <QObject>
#include <QPixmap>
#include <QString>

#include <memory>
#include <optional>

class QAction;
class QMenu;
class QSystemTrayIcon;

namespace CacheLens
{

class StorageMonitor;

/// The icon in the system tray: its colour is the worst volume state the monitor saw, its
/// tooltip names that volume, its menu opens the window, scans the ML caches, pauses the
/// monitoring or quits. Owns the QSystemTrayIcon and its menu.
///
/// The window may hide to the tray only while isActive(): stock GNOME has no tray, and a window
/// hidden there could not be brought back.
class TrayIcon final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    /// monitor is not owned and must outlive the icon; its samples colour the icon and Pause
    /// stops and starts it.
    explicit TrayIcon(StorageMonitor *monitor, QObject *parent = nullptr);
    ~TrayIcon() override;

    /// Puts the icon in the tray (where one exists; Qt shows it when a tray appears later).
    void show();
    /// Shown, and this desktop has a tray to show it in.
    [[nodiscard]] bool isActive() const;
    /// QSystemTrayIcon::isSystemTrayAvailable(), unless a test said otherwise.
    [[nodiscard]] static bool isSystemTrayAvailable();
    /// Tests only: pretend there is (true) or is no (false) tray; nullopt asks Qt again.
    static void overrideSystemTrayAvailable(std::optional<bool> available);

    /// The worst state of the last sample (Ok before the first one).
    [[nodiscard]] VolumeState state() const;
    [[nodiscard]] QString toolTip() const;
    [[nodiscard]] QIcon icon() const;
    [[nodiscard]] QSystemTrayIcon *systemTrayIcon() const;
    [[nodiscard]] QMenu *menu() const;
    [[nodiscard]] QAction *openAction() const;
    [[nodiscard]] QAction *scanCachesAction() const;
    [[nodiscard]] QAction *pauseAction() const;
    [[nodiscard]] QAction *quitAction() const;

    /// Stops (true) or restarts the monitor; the Pause action shows it.
    void setPaused(bool paused);
    [[nodiscard]] bool isPaused() const;

    /// The application icon with a dot in the state's colour (none for Ok), at size pixels.
    [[nodiscard]] static QPixmap statePixmap(VolumeState state, int size);
    [[nodiscard]] static QIcon stateIcon(VolumeState state);

Q_SIGNALS:
    void openRequested();
    /// A click on the icon: show the window when it is hidden, hide it when it is shown.
    void toggleRequested();
    void scanCachesRequested();
    /// Quit for real, even when closing the window only hides it.
    void quitRequested();
    void stateChanged(CacheLens::VolumeState state);
    /// Pause Monitoring was ticked or unticked (the window remembers it for the next start).
    void pausedChanged(bool paused);

private:
    void createMenu();
    void onSampled(const QList<VolumeStatus> &statuses);
    void updateToolTip();

    StorageMonitor *m_monitor;
    QSystemTrayIcon *m_tray = nullptr;
    std::unique_ptr<QMenu> m_menu; // a menu needs a parent widget, and the tray has none
    QAction *m_open = nullptr;
    QAction *m_scanCaches = nullptr;
    QAction *m_pause = nullptr;
    QAction *m_quit = nullptr;
    VolumeState m_state = VolumeState::Ok;
    std::optional<VolumeStatus> m_worst; // the volume the tooltip speaks of
    bool m_sampled = false;
};

} // namespace CacheLens
