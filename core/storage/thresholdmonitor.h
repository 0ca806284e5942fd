#pragma once

#include <QByteArray>
#include <QHash>

#include <cstdint>
#include <optional>

namespace CacheLens
{

enum class VolumeState { Ok, Warning, Critical };

/// "ok", "warning", "critical" (JSON, Prometheus, settings).
[[nodiscard]] const char *volumeStateId(VolumeState state);

struct Thresholds {
    double warningRatio = 0.85; ///< used ratio (df's Use%) from which a volume is in warning
    double criticalRatio = 0.95;
    /// Full in less than this (seconds) is a warning too, however empty the volume is; 0 = off.
    std::int64_t etaWarningSeconds = 24 * 3600;
    /// A state is left only this far below its threshold (a ratio: 2 percentage points), so a
    /// volume hovering around a threshold does not alert on every sample.
    double hysteresis = 0.02;
    /// An ETA warning is left only once the ETA is this share above its limit (20 %: 28.8 h for 24 h).
    double etaHysteresis = 0.2;

    friend bool operator==(const Thresholds &, const Thresholds &) = default;
};

/// The state a volume is in now, given the state it was in before: entering a state takes
/// its threshold, leaving it takes falling below the threshold minus the hysteresis.
[[nodiscard]] VolumeState nextVolumeState(
    VolumeState previous, double usedRatio, std::optional<std::int64_t> etaFullSeconds, const Thresholds &thresholds);

/// A volume that got worse.
struct VolumeAlert {
    QByteArray mountPoint;
    VolumeState from = VolumeState::Ok;
    VolumeState to = VolumeState::Ok;
    double usedRatio = 0;
    std::optional<std::int64_t> etaFullSeconds;
};

/// Keeps each volume's state across samples and reports a state change upwards once.
class ThresholdMonitor final
{
public:
    explicit ThresholdMonitor(Thresholds thresholds = {});

    /// Feeds one measurement; returns an alert only when the volume's state went up
    /// (ok → warning, ok → critical, warning → critical). A volume seen first starts from ok.
    [[nodiscard]] std::optional<VolumeAlert> update(
        const QByteArray &mountPoint, double usedRatio, std::optional<std::int64_t> etaFullSeconds);

    [[nodiscard]] VolumeState state(const QByteArray &mountPoint) const;
    /// New limits (the Preferences dialog); each volume keeps its state, so only a volume that
    /// now gets worse alerts, on its next update.
    void setThresholds(const Thresholds &thresholds);
    [[nodiscard]] const Thresholds &thresholds() const
    {
        return m_thresholds;
    }

private:
    Thresholds m_thresholds;
    QHash<QByteArray, VolumeState> m_states;
};

} // namespace CacheLens
