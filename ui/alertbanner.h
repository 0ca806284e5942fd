#pragma once

#include "core/storage/volumestatus.h"
#include "ui/notify/notifier.h"

#include <QFrame>
#include <QList>
#include <QString>

class QLabel;
class QPushButton;
class QToolButton;

namespace CacheLens
{

/// A strip above the pages that repeats an alert inside the window, where it is seen even
/// when the desktop shows no notifications: the message, "Show Disk" and "Clean Up...", and a
/// close button. Amber for a warning, red for a critical alert, tinted from the palette so it
/// stays readable in a dark theme.
class AlertBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AlertBanner)

public:
    explicit AlertBanner(QWidget *parent = nullptr);

    /// Shows the notification (a critical one is not replaced by a later normal one while
    /// shown). Only notifications with an action belong here; others are ignored.
    void showNotification(const CacheLens::Notification &notification);
    /// Follows a sample of the monitor (StorageMonitor::sampled) while a disk alert is shown:
    /// once its volume is back below the level the banner speaks of (the monitor's states, with
    /// their hysteresis), the banner shows the worst volume still in warning or critical, or
    /// hides when there is none. A banner the user closed stays closed.
    void followVolumes(const QList<CacheLens::VolumeStatus> &statuses);
    /// The notification shown (meaningful while visible).
    [[nodiscard]] const Notification &notification() const;
    [[nodiscard]] QLabel *messageLabel() const;
    [[nodiscard]] QPushButton *showDiskButton() const;
    [[nodiscard]] QPushButton *cleanUpButton() const;
    [[nodiscard]] QToolButton *closeButton() const;

    /// The background for an urgency: the state's colour mixed into the window colour.
    [[nodiscard]] static QColor background(Notification::Urgency urgency, const QPalette &palette);
    [[nodiscard]] static QColor accent(Notification::Urgency urgency);

Q_SIGNALS:
    void showDiskRequested();
    /// action: the notification's own "cleanup:..." action, or "cleanup" for a disk alert.
    void cleanUpRequested(const QString &action);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void display(const Notification &notification);

    QLabel *m_icon = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_showDisk = nullptr;
    QPushButton *m_cleanUp = nullptr;
    QToolButton *m_close = nullptr;
    Notification m_notification;
};

} // namespace CacheLens
