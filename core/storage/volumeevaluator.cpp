#include "core/storage/volumeevaluator.h"

#include "core/storage/usagehistory.h"

namespace CacheLens
{

VolumeEvaluator::VolumeEvaluator(Thresholds thresholds, const UsageHistory *history)
    : m_thresholds(thresholds)
    , m_history(history)
{
}

void VolumeEvaluator::setThresholds(const Thresholds &thresholds)
{
    m_thresholds.setThresholds(thresholds);
}

QList<VolumeStatus> VolumeEvaluator::evaluate(
    std::int64_t now, const QList<Volume> &volumes, QList<VolumeAlert> *alerts)
{
    QList<VolumeStatus> statuses;
    statuses.reserve(volumes.size());
    for (const Volume &volume : volumes) {
        VolumeStatus status { volume, m_thresholds.state(volume.mountPoint), std::nullopt };
        if (volume.measured()) {
            const std::int64_t window = m_trendOptions.windowSeconds;
            QList<UsagePoint> &points = recentPoints(volume.mountPoint, now, window);
            points.append({ now, volume.usedBytes, volume.availableBytes });
            points.removeIf([&](const UsagePoint &p) { return p.time < now - window; });
            status.trend = computeTrend(points, now, m_trendOptions);
            const std::optional<std::int64_t> eta
                = status.trend ? status.trend->etaFullSeconds : std::optional<std::int64_t>();
            const std::optional<VolumeAlert> alert = m_thresholds.update(volume.mountPoint, volume.usedRatio(), eta);
            if (alert && alerts)
                alerts->append(*alert);
            status.state = m_thresholds.state(volume.mountPoint);
        }
        statuses.append(status);
    }
    return statuses;
}

QList<UsagePoint> &VolumeEvaluator::recentPoints(const QByteArray &mountPoint, std::int64_t now, std::int64_t window)
{
    auto it = m_recent.find(mountPoint);
    if (it == m_recent.end()) {
        QList<UsagePoint> points;
        // The caller adds the sample taken at now (which may already be stored): read up to
        // the second before it so that it is not counted twice.
        if (m_history && m_history->isOpen()) {
            for (const UsageSample &sample : m_history->samples(mountPoint, now - window, now - 1))
                points.append(sample.point());
        }
        it = m_recent.insert(mountPoint, points);
    }
    return *it;
}

} // namespace CacheLens
