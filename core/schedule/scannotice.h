#pragma once

#include "core/schedule/scanhistory.h"

#include <QList>

#include <cstdint>

namespace CacheLens
{

/// Growth that makes a scheduled scan worth a new notification: at least this much more…
inline constexpr std::uint64_t NoticeMinGrowthBytes = std::uint64_t(1) << 30; // 1 GiB
/// …and at least this share more than the run that last notified (10 %), whichever is larger.
inline constexpr double NoticeMinGrowthShare = 0.10;

/// Whether a scheduled scan's result is news to a user who saw `previous` (the run that last
/// notified, or a default result when nothing has been notified since the caches were last
/// found empty): it found something and either previous found nothing, a selector found
/// something that did not before, or the reclaimable bytes grew by the larger of
/// NoticeMinGrowthBytes and NoticeMinGrowthShare. A run the user asked for is always reported;
/// the caller decides that, not this rule.
[[nodiscard]] bool isWorthNotifying(const ScheduledScanResult &previous, const ScheduledScanResult &current);

/// What the next scheduled scan is compared with: the newest run in history (oldest first)
/// that notified, unless a later run found the caches empty (then whatever appears again is
/// news, and a default result is returned). A run that failed with nothing found says nothing
/// about the caches and is passed over.
[[nodiscard]] ScheduledScanResult noticeBaseline(const QList<ScheduledScanResult> &history);

} // namespace CacheLens
