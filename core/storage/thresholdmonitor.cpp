#include "core/storage/thresholdmonitor.h"

namespace CacheLens
{

const char *volumeStateId(VolumeState state)
{
    switch (state) {
    case VolumeState::Ok:
        break;
    case VolumeState::Warning:
        return "warning";
    case VolumeState::Critical:
        return "critical";
    }
    return "ok";
}

VolumeState nextVolumeState(
    VolumeState previous, double usedRatio, std::optional<std::int64_t> etaFullSeconds, const Thresholds &thresholds)
{
    const double slack = thresholds.hysteresis;
    if (usedRatio >= thresholds.criticalRatio
        || (previous == VolumeState::Critical && usedRatio >= thresholds.criticalRatio - slack))
        return VolumeState::Critical;

    const bool wasWarning = previous != VolumeState::Ok;
    if (usedRatio >= thresholds.warningRatio || (wasWarning && usedRatio >= thresholds.warningRatio - slack))
        return VolumeState::Warning;
    if (thresholds.etaWarningSeconds > 0 && etaFullSeconds) {
        const double limit = double(thresholds.etaWarningSeconds) * (wasWarning ? 1.0 + thresholds.etaHysteresis : 1.0);
        if (double(*etaFullSeconds) < limit)
            return VolumeState::Warning;
    }
    return VolumeState::Ok;
}

ThresholdMonitor::ThresholdMonitor(Thresholds thresholds)
    : m_thresholds(thresholds)
{
}

void ThresholdMonitor::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
}

std::optional<VolumeAlert> ThresholdMonitor::update(
    const QByteArray &mountPoint, double usedRatio, std::optional<std::int64_t> etaFullSeconds)
{
    const VolumeState previous = m_states.value(mountPoint, VolumeState::Ok);
    const VolumeState next = nextVolumeState(previous, usedRatio, etaFullSeconds, m_thresholds);
    m_states.insert(mountPoint, next);
    if (int(next) <= int(previous))
        return std::nullopt;
    return VolumeAlert { mountPoint, previous, next, usedRatio, etaFullSeconds };
}

VolumeState ThresholdMonitor::state(const QByteArray &mountPoint) const
{
    return m_states.value(mountPoint, VolumeState::Ok);
}

} // namespace CacheLens
