#include "core/storage/usagetrend.h"

#include <cmath>

namespace CacheLens
{

std::optional<UsageTrend> computeTrend(const QList<UsagePoint> &points, std::int64_t now, const TrendOptions &options)
{
    QList<UsagePoint> window;
    for (const UsagePoint &point : points) {
        if (point.time <= now && point.time >= now - options.windowSeconds)
            window.append(point);
    }
    if (window.size() < options.minSamples || window.isEmpty())
        return std::nullopt;
    const UsagePoint *first = &window.constFirst();
    const UsagePoint *latest = &window.constFirst();
    for (const UsagePoint &point : std::as_const(window)) {
        if (point.time < first->time)
            first = &point;
        if (point.time >= latest->time)
            latest = &point;
    }
    if (latest->time - first->time < options.minSpanSeconds)
        return std::nullopt;

    // Centred sums: bytes reach 1e14 and times 1e9, so raw sums of products would lose digits.
    const double n = double(window.size());
    double meanTime = 0;
    double meanUsed = 0;
    for (const UsagePoint &point : std::as_const(window)) {
        meanTime += double(point.time - first->time) / n;
        meanUsed += double(point.usedBytes) / n;
    }
    double covariance = 0;
    double variance = 0;
    for (const UsagePoint &point : std::as_const(window)) {
        const double dt = double(point.time - first->time) - meanTime;
        covariance += dt * (double(point.usedBytes) - meanUsed);
        variance += dt * dt;
    }
    if (variance <= 0)
        return std::nullopt;
    const double bytesPerSecond = covariance / variance;

    UsageTrend trend;
    trend.bytesPerHour = bytesPerSecond * 3600.0;
    if (bytesPerSecond > 0)
        trend.etaFullSeconds = std::llround(double(latest->availableBytes) / bytesPerSecond);
    return trend;
}

} // namespace CacheLens
