#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

class QDBusConnection;

namespace CacheLens
{

class NotificationsInterface;
class TrayIcon;

/// One desktop notification. `action` is handed back through Notifier::activated() when the
/// user clicks it ("cleanup:SELECTOR,SELECTOR" opens the wizard with those selectors, "disk"
/// the Disk view).
struct Notification {
    enum class Urgency { Normal, Critical };

    QString title;
    QString body;
    Urgency urgency = Urgency::Normal;
    QString action;
    /// The mount point a disk alert speaks of (empty otherwise): the banner hides once it recovers.
    QByteArray volume;
};

/// Shows notifications wherever this desktop can: the tray icon's balloon when there is a tray,
/// org.freedesktop.Notifications otherwise, and the window's own banner.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    /// Where notify() sends a notification now.
    enum class Backend {
        Tray, ///< QSystemTrayIcon::showMessage on the visible tray icon
        DBus, ///< org.freedesktop.Notifications on the session bus
        None, ///< no tray and no session bus: only notified() (the window's banner) and the log
    };

    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    /// The tray icon whose balloon to use while it is shown in a real tray (not owned).
    void setTrayIcon(TrayIcon *tray);
    /// The bus for org.freedesktop.Notifications; the session bus unless set (tests pass a
    /// private one). Takes effect before the first D-Bus notification.
    void setBus(const QDBusConnection &bus);
    [[nodiscard]] Backend backend() const;

    void notify(const CacheLens::Notification &notification);

Q_SIGNALS:
    /// Every notification, as it is shown (the window's banner and tests listen).
    void notified(const CacheLens::Notification &notification);
    /// The user clicked a notification that carried an action.
    void activated(const QString &action);

private:
    [[nodiscard]] bool busConnected() const;
    void notifyByTray(const Notification &notification);
    void notifyByDBus(const Notification &notification);
    NotificationsInterface *notifications();

    QPointer<TrayIcon> m_tray;
    QString m_trayAction; // the action of the last balloon: the tray reports only "a message was clicked"
    std::unique_ptr<QDBusConnection> m_bus;
    NotificationsInterface *m_notifications = nullptr; // created on first use, child of this
    QHash<uint, QString> m_actions; // notification id → action, until the server closes it
    mutable bool m_saidNoBus = false;
};

} // namespace CacheLens

Q_DECLARE_METATYPE(CacheLens::Notification)
