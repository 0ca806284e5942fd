#include "core/schedule/scanschedule.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// The slot of one day in local time. Qt 6.4 makes a time inside a spring-forward gap invalid:
// such a slot runs when the gap ends (02:30 on the night the clocks skip 02:00–03:00 runs at 03:00),
// as cron and systemd timers do.
QDateTime slotOn(QDate date, QTime at)
{
    const QDateTime slot(date, at);
    if (slot.isValid())
        return slot;
    for (int minutes = 1; minutes <= 24 * 60; ++minutes) {
        const QDateTime later(date, at.addSecs(minutes * 60));
        if (later.isValid())
            return later;
    }
    return QDateTime(date.addDays(1), QTime(0, 0));
}

} // namespace

ScanSchedule ScanSchedule::off()
{
    return {};
}

ScanSchedule ScanSchedule::every(std::chrono::seconds interval)
{
    ScanSchedule schedule;
    schedule.kind = Kind::Every;
    schedule.interval = std::max(interval, std::chrono::seconds(1));
    return schedule;
}

ScanSchedule ScanSchedule::daily(QTime at)
{
    ScanSchedule schedule;
    schedule.kind = Kind::Daily;
    schedule.dailyAt = at.isValid() ? QTime(at.hour(), at.minute()) : QTime(12, 0);
    return schedule;
}

QDateTime ScanSchedule::nextRun(const QDateTime &lastRun, const QDateTime &now) const
{
    if (kind == Kind::Off)
        return {};
    const QDateTime local = now.toLocalTime();
    if (!lastRun.isValid())
        return local;
    const QDateTime last = std::min(lastRun.toLocalTime(), local);
    if (kind == Kind::Every)
        return std::max(last.addSecs(interval.count()), local);

    // Daily: the latest slot that has come is due unless a run happened at or after it.
    const QDateTime today = slotOn(local.date(), dailyAt);
    const QDateTime latestSlot = today <= local ? today : slotOn(local.date().addDays(-1), dailyAt);
    if (last < latestSlot)
        return local;
    return today > local ? today : slotOn(local.date().addDays(1), dailyAt);
}

QString ScanSchedule::describe() const
{
    switch (kind) {
    case Kind::Off:
        return u"off"_s;
    case Kind::Every:
        return interval.count() % 3600 == 0 ? u"every %1 h"_s.arg(interval.count() / 3600)
                                            : u"every %1 s"_s.arg(interval.count());
    case Kind::Daily:
        return u"daily at %1"_s.arg(dailyAt.toString(u"HH:mm"_s));
    }
    return {};
}

} // namespace CacheLens
