#pragma once

#include "core/layout/charttop.h"
#include "core/rules/category.h"
#include "core/scan/filetree.h"

#include <QPointF>

#include <cstdint>
#include <vector>

namespace CacheLens
{

/// Angles use QPainter's convention: 1/16 of a degree, counter-clockwise from 3 o'clock.
inline constexpr int FullCircle16 = 360 * 16;

/// One segment of a sunburst: an entry, or a group of entries too thin to draw one by one.
struct SunburstSegment {
    NodeIndex node = NoNode; ///< the entry; for a group, the folder whose small entries it holds
    std::uint32_t groupCount = 0; ///< > 0: this segment stands for that many small entries
    std::uint64_t bytes = 0; ///< the entry's size, or the group's total
    std::uint16_t depth = 0; ///< 0 for the centre (the laid-out root), 1 for the innermost ring
    int startAngle = 0; ///< 1/16°; may exceed FullCircle16 (it starts at SunburstOptions::startAngle)
    int spanAngle = 0; ///< 1/16°, > 0 except for a zero-size centre
    bool isDirectory = false;
    /// The colour's category: the entry's own, except for an unclassified (Other) folder, which
    /// takes the category holding most bytes among its laid-out children.
    Category category = Category::Other;
};

struct SunburstOptions {
    bool apparentSizes = false;
    int rings = 4; ///< rings around the centre; deeper entries are not laid out
    int minSpan = 16; ///< 1/16°: entries thinner than this are grouped, not laid out
    int startAngle = 90 * 16; ///< where the first (largest) child starts: 12 o'clock
};

/// Sunburst angles for the subtree at root (a node or AllRoots). Segments come parents first; the centre comes first
/// with the full circle. In every folder the children's spans add up to the folder's span
/// exactly (cumulative rounding, no drift) and follow each other without gaps, largest first;
/// the folder's own bytes are not drawn. Zero-size entries get no segment; a zero-size root
/// gives only the centre, with span 0. Work is bounded by the angles, not the file count:
/// children under minSpan are merged into one group per folder and never descended into.
[[nodiscard]] std::vector<SunburstSegment> layoutSunburst(
    const FileTree &tree, NodeIndex root, const SunburstOptions &options = {});

/// The segment under point for a sunburst centred at centre whose centre disc has radius
/// centreRadius and whose rings are ringWidth wide (y grows downwards, as on screen), or -1.
[[nodiscard]] qsizetype segmentAt(const std::vector<SunburstSegment> &segments, const QPointF &centre,
    double centreRadius, double ringWidth, const QPointF &point);

} // namespace CacheLens
