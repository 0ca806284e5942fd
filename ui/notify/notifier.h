#pragma once

#include <QObject>
#include <QString>

namespace CacheLens
{

/// One desktop notification. `action` is handed back through Notifier::activated() when the
/// user clicks it ("cleanup:SELECTOR,SELECTOR" opens the wizard with those selectors).
struct Notification {
    enum class Urgency { Normal, Critical };

    QString title;
    QString body;
    Urgency urgency = Urgency::Normal;
    QString action;
};

/// Shows notifications wherever this desktop can: the tray icon's balloon when there is a tray,
/// org.freedesktop.Notifications otherwise, and the window's own banner.
class Notifier : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    explicit Notifier(QObject *parent = nullptr);
    ~Notifier() override;

    void notify(const CacheLens::Notification &notification);

Q_SIGNALS:
    /// Every notification, as it is shown (the window's banner and tests listen).
    void notified(const CacheLens::Notification &notification);
    /// The user clicked a notification that carried an action.
    void activated(const QString &action);
};

} // namespace CacheLens
