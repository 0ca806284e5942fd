#pragma once

#include <QList>

#include <cstdint>
#include <optional>

namespace CacheLens
{

/// One measurement of a volume, as the trend needs it.
struct UsagePoint {
    std::int64_t time = 0; ///< seconds since the epoch
    std::uint64_t usedBytes = 0;
    std::uint64_t availableBytes = 0;
};

/// How fast a volume fills, from a least-squares line through its recent samples.
struct UsageTrend {
    double bytesPerHour = 0; ///< negative when the volume empties
    std::optional<std::int64_t> etaFullSeconds; ///< from the latest sample; none unless growing
};

struct TrendOptions {
    std::int64_t windowSeconds = 6 * 3600; ///< only samples this recent count
    int minSamples = 3;
    std::int64_t minSpanSeconds = 600; ///< first to last sample in the window
};

/// The trend of the points (any order) whose time lies in [now - window, now], or none when
/// there are fewer than minSamples of them or they span less than minSpanSeconds. The ETA is
/// the latest sample's available bytes divided by the slope.
[[nodiscard]] std::optional<UsageTrend> computeTrend(
    const QList<UsagePoint> &points, std::int64_t now, const TrendOptions &options = {});

} // namespace CacheLens
