#pragma once

#include <QDateTime>
#include <QString>
#include <QTime>

#include <chrono>

namespace CacheLens
{

/// When the scheduled look for reclaimable space in the ML caches runs: never, every N hours,
/// or once a day at a local time. A value (stored through AppSettings); nextRun() is pure.
struct ScanSchedule {
    enum class Kind { Off, Every, Daily };

    Kind kind = Kind::Off;
    /// Between two runs for Kind::Every. The Preferences dialog and the settings file use whole
    /// hours (MinHours..MaxHours); tests may use seconds.
    std::chrono::seconds interval = std::chrono::hours(24);
    QTime dailyAt = QTime(12, 0); ///< local time for Kind::Daily: midday, when most machines are on

    static constexpr int MinHours = 1;
    static constexpr int MaxHours = 24 * 7;

    [[nodiscard]] static ScanSchedule off();
    [[nodiscard]] static ScanSchedule every(std::chrono::seconds interval);
    [[nodiscard]] static ScanSchedule daily(QTime at);

    /// When the next run is due, in local time; invalid when off. Due at once (now) when it has
    /// never run (lastRun invalid) and when runs were missed while the machine was off or the
    /// program not running: one catch-up run, not one per missed slot. A lastRun in the future
    /// (the clock was set back) counts as now, so the schedule does not stall.
    [[nodiscard]] QDateTime nextRun(const QDateTime &lastRun, const QDateTime &now) const;

    /// "off", "every 6 h", "daily at 12:00" (for logs; the dialog has its own words).
    [[nodiscard]] QString describe() const;

    friend bool operator==(const ScanSchedule &, const ScanSchedule &) = default;
};

} // namespace CacheLens
