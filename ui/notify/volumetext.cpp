#include "ui/notify/volumetext.h"

#include "core/report/sizeformat.h"

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CacheLens
{

QString VolumeText::duration(std::int64_t seconds)
{
    if (seconds < 3600)
        return tr("%1 min").arg(std::max<std::int64_t>(1, seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%1 h").arg(std::llround(double(seconds) / 3600.0));
    return tr("%1 d").arg(formatCount(std::uint64_t(std::llround(double(seconds) / 86400.0)))); // years away: "1,234 d"
}

QString VolumeText::percent(double usedRatio)
{
    return tr("%1%").arg(int(std::ceil(usedRatio * 100.0 - 1e-9)));
}

QString VolumeText::summary(const VolumeStatus &status)
{
    const QString mount = QString::fromLocal8Bit(status.volume.mountPoint);
    const QString used = tr("%1 \u2014 %2 used").arg(mount, percent(status.volume.usedRatio()));
    if (status.trend && status.trend->etaFullSeconds)
        return tr("%1, full in ~%2").arg(used, duration(*status.trend->etaFullSeconds));
    return used;
}

std::optional<VolumeStatus> VolumeText::worst(const QList<VolumeStatus> &statuses)
{
    std::optional<VolumeStatus> worst;
    for (const VolumeStatus &status : statuses) {
        if (!status.volume.measured())
            continue;
        if (!worst || status.state > worst->state
            || (status.state == worst->state && status.volume.usedRatio() > worst->volume.usedRatio()))
            worst = status;
    }
    return worst;
}

Notification VolumeText::alertNotification(const VolumeAlert &alert)
{
    Notification notification;
    const bool critical = alert.to == VolumeState::Critical;
    notification.title = critical ? tr("Disk almost full") : tr("Disk filling up");
    const QString mount = QString::fromLocal8Bit(alert.mountPoint);
    notification.body = alert.etaFullSeconds
        ? tr("%1 is %2 full \u2014 full in about %3")
              .arg(mount, percent(alert.usedRatio), duration(*alert.etaFullSeconds))
        : tr("%1 is %2 full").arg(mount, percent(alert.usedRatio));
    notification.urgency = critical ? Notification::Urgency::Critical : Notification::Urgency::Normal;
    notification.action = u"disk"_s;
    notification.volume = alert.mountPoint;
    return notification;
}

Notification VolumeText::alertNotification(const VolumeStatus &status)
{
    VolumeAlert alert;
    alert.mountPoint = status.volume.mountPoint;
    alert.to = status.state;
    alert.usedRatio = status.volume.usedRatio();
    if (status.trend)
        alert.etaFullSeconds = status.trend->etaFullSeconds;
    return alertNotification(alert);
}

} // namespace CacheLens
