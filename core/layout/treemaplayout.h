#pragma once

#include "core/layout/charttop.h"
#include "core/rules/category.h"
#include "core/scan/filetree.h"

#include <QRectF>

#include <cstdint>
#include <vector>

namespace CacheLens
{

/// One rectangle of a treemap: an entry, or a group of entries too small to draw one by one.
struct TreemapTile {
    QRectF rect;
    NodeIndex node = NoNode; ///< the entry; for a group, the folder whose small entries it holds
    std::uint32_t groupCount = 0; ///< > 0: this tile stands for that many small entries
    std::uint16_t depth = 0; ///< 0 for the laid-out root
    bool isDirectory = false;
    Category category = Category::Other;
    std::uint32_t parent = NoParent; ///< index of the enclosing tile; NoParent for the first
    bool hasChildren = false; ///< some tiles lie inside this one

    static constexpr std::uint32_t NoParent = 0xFFFFFFFFu;
};

struct TreemapOptions {
    bool apparentSizes = false;
    double minTileArea = 24.0; ///< entries smaller than this (px²) are grouped, not laid out
    double folderPadding = 2.0; ///< a folder's children sit this far inside its frame
    double headerHeight = 0.0; ///< room for a folder's name above its children, when it fits
};

/// Nested squarified layout of the subtree at root within bounds. Tiles come parents first
/// (paint order). root may be AllRoots (charttop.h): a top tile holding every root. Work is bounded by the pixels, not
/// the file count: entries under minTileArea are merged into one tile per folder and never descended into.
[[nodiscard]] std::vector<TreemapTile> layoutTreemap(
    const FileTree &tree, NodeIndex root, const QRectF &bounds, const TreemapOptions &options = {});

/// The deepest tile containing point, or -1.
[[nodiscard]] qsizetype tileAt(const std::vector<TreemapTile> &tiles, const QPointF &point);

} // namespace CacheLens
