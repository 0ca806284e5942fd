#include "core/layout/sunburstlayout.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace CacheLens
{

std::vector<SunburstSegment> layoutSunburst(const FileTree &tree, NodeIndex root, const SunburstOptions &options)
{
    std::vector<SunburstSegment> segments;
    if (root == NoNode || (root != AllRoots && root >= tree.nodeCount()))
        return segments;
    auto bytesOf = [&](NodeIndex node) -> std::uint64_t { return chartBytes(tree, node, options.apparentSizes); };
    const int minSpan = std::max(1, options.minSpan);
    const std::uint64_t rootBytes = bytesOf(root);
    segments.push_back({ root, 0, rootBytes, 0, options.startAngle, rootBytes > 0 ? FullCircle16 : 0,
        isChartFolder(tree, root), root == AllRoots ? Category::Other : tree.node(root).category() });
    std::vector<std::size_t> parentOf { 0 }; // parallel to segments: the enclosing segment

    // Breadth first, so parents always come before their children.
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const SunburstSegment parent = segments[i]; // copied: push_back below reallocates
        // A segment thinner than minSpan cannot hold a child of minSpan: not worth descending.
        if (parent.groupCount > 0 || !parent.isDirectory || parent.depth >= options.rings || parent.spanAngle < minSpan)
            continue;

        std::vector<NodeIndex> children;
        std::uint64_t total = 0;
        for (const NodeIndex child : chartChildren(tree, parent.node, options.apparentSizes)) {
            const std::uint64_t bytes = bytesOf(child);
            if (bytes == 0)
                continue;
            children.push_back(child);
            total += bytes;
        }
        if (total == 0)
            continue;

        // Largest first, so the first child under minSpan starts the small ones.
        const long double spanPerByte = static_cast<long double>(parent.spanAngle) / static_cast<long double>(total);
        std::size_t shown = 0;
        while (shown < children.size()
            && static_cast<long double>(bytesOf(children[shown])) * spanPerByte >= static_cast<long double>(minSpan))
            ++shown;
        // One small entry is drawn as itself (it takes the same angle as a group would).
        if (children.size() - shown == 1)
            shown = children.size();

        // Cumulative rounding: each boundary is rounded once, so spans add up without drift.
        std::uint64_t cumulative = 0;
        int previous = 0;
        auto boundary = [&](std::uint64_t upTo) {
            if (upTo >= total)
                return parent.spanAngle;
            return static_cast<int>(std::llround(static_cast<long double>(upTo) * spanPerByte));
        };
        const auto depth = static_cast<std::uint16_t>(parent.depth + 1);
        for (std::size_t k = 0; k < shown; ++k) {
            const NodeIndex child = children[k];
            const FileNode &n = tree.node(child);
            cumulative += bytesOf(child);
            const int end = boundary(cumulative);
            if (end == previous)
                continue; // one small entry among huge ones can round to nothing
            segments.push_back({ child, 0, bytesOf(child), depth, parent.startAngle + previous, end - previous,
                n.isDirectory(), n.category() });
            parentOf.push_back(i);
            previous = end;
        }
        if (shown < children.size() && previous < parent.spanAngle) {
            const std::uint64_t smallBytes = total - cumulative;
            segments.push_back({ parent.node, static_cast<std::uint32_t>(children.size() - shown), smallBytes, depth,
                parent.startAngle + previous, parent.spanAngle - previous, false, Category::Other });
            parentOf.push_back(i);
        }
    }

    // An unclassified folder takes the colour of what fills it, judged from the laid-out
    // children only (children come after parents, so walking backwards finishes them first).
    std::vector<std::array<std::uint64_t, CategoryCount>> weights(segments.size());
    for (std::size_t i = segments.size(); i-- > 0;) {
        SunburstSegment &segment = segments[i];
        if (segment.isDirectory && segment.category == Category::Other) {
            const auto &w = weights[i];
            const auto heaviest = std::max_element(w.cbegin(), w.cend());
            if (*heaviest > 0)
                segment.category = static_cast<Category>(heaviest - w.cbegin());
        }
        if (i > 0 && segment.groupCount == 0)
            weights[parentOf[i]][static_cast<std::size_t>(segment.category)] += segment.bytes;
    }
    return segments;
}

qsizetype segmentAt(const std::vector<SunburstSegment> &segments, const QPointF &centre, double centreRadius,
    double ringWidth, const QPointF &point)
{
    if (segments.empty() || ringWidth <= 0)
        return -1;
    const double dx = point.x() - centre.x();
    const double dy = centre.y() - point.y(); // screen y grows downwards, angles grow counter-clockwise
    const double radius = std::hypot(dx, dy);
    if (radius < centreRadius)
        return 0;
    const double ring = std::floor((radius - centreRadius) / ringWidth) + 1;
    if (ring > 65535)
        return -1;
    const auto depth = static_cast<std::uint16_t>(ring);
    double angle = std::atan2(dy, dx) * 180.0 / std::numbers::pi * 16.0;
    if (angle < 0)
        angle += FullCircle16;
    for (std::size_t i = 0; i < segments.size(); ++i) {
        const SunburstSegment &segment = segments[i];
        if (segment.depth != depth)
            continue;
        double relative = std::fmod(angle - segment.startAngle, double(FullCircle16));
        if (relative < 0)
            relative += FullCircle16;
        if (relative < segment.spanAngle)
            return qsizetype(i);
    }
    return -1;
}

} // namespace CacheLens
