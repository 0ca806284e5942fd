#include "core/schedule/scannotice.h"

#include <algorithm>

namespace CacheLens
{

bool isWorthNotifying(const ScheduledScanResult &previous, const ScheduledScanResult &current)
{
    if (current.reclaimableBytes == 0)
        return false;
    if (previous.reclaimableBytes == 0)
        return true; // the first run that finds something
    // Caches grow by a few hundred MiB in a normal working day (a pip install, a model
    // revision); repeating "12 GiB reclaimable" every day for that teaches users to ignore the
    // notification. 1 GiB is the least worth a look on any disk; 10 % keeps a 200 GiB hub cache
    // from notifying for every checkpoint; below 10 GiB the 1 GiB floor decides.
    const auto share = std::uint64_t(double(previous.reclaimableBytes) * NoticeMinGrowthShare);
    const std::uint64_t growth = std::max(NoticeMinGrowthBytes, share);
    if (current.reclaimableBytes >= previous.reclaimableBytes + growth)
        return true;
    // Something new to clean (a cache that was empty, detached revisions after an update) is
    // news whatever its size: the notification's action ticks exactly these selectors.
    const QList<QByteArray> before = previous.selectorsWithSomething();
    const QList<QByteArray> now = current.selectorsWithSomething();
    return std::any_of(
        now.cbegin(), now.cend(), [&](const QByteArray &selector) { return !before.contains(selector); });
}

ScheduledScanResult noticeBaseline(const QList<ScheduledScanResult> &history)
{
    for (auto entry = history.crbegin(); entry != history.crend(); ++entry) {
        if (entry->notified)
            return *entry;
        if (entry->reclaimableBytes == 0 && entry->error.isEmpty())
            break; // found empty since: what comes back is news again
    }
    return {};
}

} // namespace CacheLens
