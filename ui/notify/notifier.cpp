#include "ui/notify/notifier.h"

#include "core/appinfo.h"
#include "core/logging.h"
#include "ui/tray/trayicon.h"

#include <QDBusAbstractInterface>
#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QSystemTrayIcon>
#include <QVariantMap>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{

/// org.freedesktop.Notifications (Desktop Notifications Specification 1.2). A hand-written
/// proxy rather than QDBusInterface: it needs no introspection round trip, and its signals are
/// real Qt signals, so they connect by pointer to member. QDBusAbstractInterface subscribes to
/// the D-Bus signal of the same name when a Qt signal gets its first connection, which is why
/// the signals are spelled as the specification spells them.
class NotificationsInterface final : public QDBusAbstractInterface
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotificationsInterface)

public:
    NotificationsInterface(const QDBusConnection &bus, QObject *parent)
        : QDBusAbstractInterface(u"org.freedesktop.Notifications"_s, u"/org/freedesktop/Notifications"_s,
            "org.freedesktop.Notifications", bus, parent)
    {
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);
};

Notifier::Notifier(QObject *parent)
    : QObject(parent)
{
}

Notifier::~Notifier() = default;

void Notifier::setTrayIcon(TrayIcon *tray)
{
    if (m_tray)
        disconnect(m_tray->systemTrayIcon(), nullptr, this, nullptr);
    m_tray = tray;
    if (!tray)
        return;
    connect(tray->systemTrayIcon(), &QSystemTrayIcon::messageClicked, this, [this] {
        if (!m_trayAction.isEmpty())
            Q_EMIT activated(m_trayAction);
    });
}

void Notifier::setBus(const QDBusConnection &bus)
{
    m_bus = std::make_unique<QDBusConnection>(bus);
    delete m_notifications;
    m_notifications = nullptr;
    m_actions.clear();
}

bool Notifier::busConnected() const
{
    return m_bus ? m_bus->isConnected() : QDBusConnection::sessionBus().isConnected();
}

Notifier::Backend Notifier::backend() const
{
    if (m_tray && m_tray->isActive())
        return Backend::Tray;
    if (busConnected())
        return Backend::DBus;
    return Backend::None;
}

void Notifier::notify(const Notification &notification)
{
    Log::ui()->info("notification: {}: {}", notification.title.toStdString(), notification.body.toStdString());
    switch (backend()) {
    case Backend::Tray:
        notifyByTray(notification);
        break;
    case Backend::DBus:
        notifyByDBus(notification);
        break;
    case Backend::None:
        if (!m_saidNoBus) {
            Log::ui()->warn("no system tray and no D-Bus session bus: notifications only show in the window");
            m_saidNoBus = true;
        }
        break;
    }
    Q_EMIT notified(notification);
}

void Notifier::notifyByTray(const Notification &notification)
{
    m_trayAction = notification.action;
    const auto icon = notification.urgency == Notification::Urgency::Critical ? QSystemTrayIcon::Critical
                                                                              : QSystemTrayIcon::Information;
    m_tray->systemTrayIcon()->showMessage(notification.title, notification.body, icon);
}

NotificationsInterface *Notifier::notifications()
{
    if (!m_notifications) {
        m_notifications = new NotificationsInterface(m_bus ? *m_bus : QDBusConnection::sessionBus(), this);
        connect(m_notifications, &NotificationsInterface::ActionInvoked, this, [this](uint id, const QString &key) {
            // "default" is a click on the notification itself, the only action we offer.
            const QString action = m_actions.value(id);
            if (key == u"default"_s && !action.isEmpty())
                Q_EMIT activated(action);
        });
        connect(m_notifications, &NotificationsInterface::NotificationClosed, this,
            [this](uint id, uint) { m_actions.remove(id); });
    }
    return m_notifications;
}

void Notifier::notifyByDBus(const Notification &notification)
{
    QStringList actions;
    if (!notification.action.isEmpty())
        actions << u"default"_s << tr("Open");
    QVariantMap hints;
    hints.insert(u"desktop-entry"_s, AppInfo::appId());
    // The specification's urgency is a byte: 0 low, 1 normal, 2 critical (stays until dismissed).
    hints.insert(
        u"urgency"_s, QVariant::fromValue(uchar(notification.urgency == Notification::Urgency::Critical ? 2 : 1)));
    const QList<QVariant> arguments { tr("CacheLens"), uint(0), AppInfo::appId(), notification.title, notification.body,
        actions, hints, int(-1) };
    const QDBusPendingCall call = notifications()->asyncCallWithArgumentList(u"Notify"_s, arguments);
    auto *watcher = new QDBusPendingCallWatcher(call, this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
        [this, action = notification.action](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            const QDBusPendingReply<uint> reply = *finished;
            if (reply.isError()) {
                Log::ui()->warn("org.freedesktop.Notifications: {}", reply.error().message().toStdString());
                return;
            }
            if (!action.isEmpty())
                m_actions.insert(reply.value(), action);
        });
}

} // namespace CacheLens

#include "notifier.moc"
