#include "core/layout/treemaplayout.h"

#include "core/layout/squarify.h"

#include <QList>

#include <numeric>

namespace CacheLens
{

std::vector<TreemapTile> layoutTreemap(
    const FileTree &tree, NodeIndex root, const QRectF &bounds, const TreemapOptions &options)
{
    std::vector<TreemapTile> tiles;
    if (root == NoNode || (root != AllRoots && root >= tree.nodeCount()) || bounds.isEmpty())
        return tiles;
    auto bytesOf = [&](NodeIndex node) { return qint64(chartBytes(tree, node, options.apparentSizes)); };
    if (root == AllRoots)
        tiles.push_back({ bounds, root, 0, 0, true, Category::Other, TreemapTile::NoParent, false });
    else
        tiles.push_back({ bounds, root, 0, 0, tree.node(root).isDirectory(), tree.node(root).category(),
            TreemapTile::NoParent, false });

    std::vector<std::size_t> pending { 0 }; // tiles whose children still need a layout
    while (!pending.empty()) {
        const std::size_t parentIndex = pending.back();
        const TreemapTile parent = tiles[parentIndex]; // copied: push_back below reallocates
        pending.pop_back();
        QRectF inner = parent.rect.adjusted(
            options.folderPadding, options.folderPadding, -options.folderPadding, -options.folderPadding);
        if (options.headerHeight > 0 && inner.height() > 4 * options.headerHeight)
            inner.setTop(inner.top() + options.headerHeight);
        if (inner.width() < 2 || inner.height() < 2)
            continue;

        const qint64 total = bytesOf(parent.node);
        if (total <= 0)
            continue;
        const double pixelsPerByte = inner.width() * inner.height() / double(total);
        QList<qint64> sizes;
        std::vector<NodeIndex> shown;
        qint64 smallBytes = 0;
        std::uint32_t smallCount = 0;
        for (const NodeIndex child : chartChildren(tree, parent.node, options.apparentSizes)) {
            const qint64 bytes = bytesOf(child);
            if (bytes <= 0)
                continue;
            if (double(bytes) * pixelsPerByte < options.minTileArea) {
                smallBytes += bytes;
                ++smallCount;
                continue;
            }
            sizes.append(bytes);
            shown.push_back(child);
        }
        // The folder's own entry and its zero-sized or tiny children share one remainder tile,
        // so areas stay proportional to sizes.
        const qint64 remainder = total - std::accumulate(sizes.cbegin(), sizes.cend(), qint64(0)) - smallBytes;
        if (smallCount > 0)
            sizes.append(smallBytes);
        if (remainder > 0)
            sizes.append(remainder);
        const QList<QRectF> rects = squarify(sizes, inner);
        const auto parentNumber = std::uint32_t(parentIndex);
        for (std::size_t i = 0; i < shown.size(); ++i) {
            const FileNode &n = tree.node(shown[i]);
            tiles.push_back({ rects.at(qsizetype(i)), shown[i], 0, std::uint16_t(parent.depth + 1), n.isDirectory(),
                n.category(), parentNumber, false });
            if (tree.firstChild(shown[i]) != NoNode)
                pending.push_back(tiles.size() - 1);
        }
        if (smallCount > 0)
            tiles.push_back({ rects.at(qsizetype(shown.size())), parent.node, smallCount,
                std::uint16_t(parent.depth + 1), false, Category::Other, parentNumber, false });
        if (!shown.empty() || smallCount > 0)
            tiles[parentIndex].hasChildren = true;
    }
    return tiles;
}

qsizetype tileAt(const std::vector<TreemapTile> &tiles, const QPointF &point)
{
    // Children come after their parents, so the last hit is the deepest.
    for (std::size_t i = tiles.size(); i-- > 0;) {
        if (tiles[i].rect.contains(point))
            return qsizetype(i);
    }
    return -1;
}

} // namespace CacheLens
