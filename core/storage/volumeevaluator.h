#pragma once

#include "core/storage/thresholdmonitor.h"
#include "core/storage/usagetrend.h"
#include "core/storage/volume.h"
#include "core/storage/volumestatus.h"

#include <QByteArray>
#include <QHash>
#include <QList>

#include <cstdint>

namespace CacheLens
{

class UsageHistory;

/// Turns one probe sample into VolumeStatus values: trend from the recent history, state from
/// the thresholds with hysteresis. Shared by `cachelens monitor` and StorageMonitor so both
/// report the same numbers for the same history.
///
/// Not thread-safe; use it from the thread that owns the history.
class VolumeEvaluator final
{
public:
    /// history may be null (monitoring without a history file); it must outlive the evaluator.
    explicit VolumeEvaluator(Thresholds thresholds = {}, const UsageHistory *history = nullptr);

    /// Evaluates the volumes measured at now. The first time a volume is seen its recent
    /// samples before now are read from the history; later ones are kept in memory. Each state
    /// change for the worse is appended to alerts when given.
    [[nodiscard]] QList<VolumeStatus> evaluate(
        std::int64_t now, const QList<Volume> &volumes, QList<VolumeAlert> *alerts = nullptr);

    [[nodiscard]] const Thresholds &thresholds() const
    {
        return m_thresholds.thresholds();
    }
    /// New limits from the next evaluate() on; states and trends are kept.
    void setThresholds(const Thresholds &thresholds);

private:
    QList<UsagePoint> &recentPoints(const QByteArray &mountPoint, std::int64_t now, std::int64_t window);

    ThresholdMonitor m_thresholds;
    const UsageHistory *m_history;
    TrendOptions m_trendOptions;
    QHash<QByteArray, QList<UsagePoint>> m_recent;
};

} // namespace CacheLens
