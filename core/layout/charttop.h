#pragma once

#include "core/scan/filetree.h"

#include <cstdint>
#include <vector>

namespace CacheLens
{

/// The synthetic folder a chart shows when a scan has several roots ("Scan ML caches"): its
/// children are the roots. It is no node of the tree; the functions below know it, and charts
/// and layouts go through them wherever the shown folder may be it.
inline constexpr NodeIndex AllRoots = 0xFFFFFFFEu;

/// The nodes of the roots that could be scanned, in the scan's order.
[[nodiscard]] std::vector<NodeIndex> rootNodes(const FileTree &tree);
/// What a chart shows first: the only root, AllRoots for several, NoNode for none.
[[nodiscard]] NodeIndex chartTop(const FileTree &tree);
/// A node's size as a chart counts it; AllRoots holds every root.
[[nodiscard]] std::uint64_t chartBytes(const FileTree &tree, NodeIndex node, bool apparent);
/// Children largest first (FileTree::childrenBySize); AllRoots' children are the roots.
[[nodiscard]] std::vector<NodeIndex> chartChildren(const FileTree &tree, NodeIndex node, bool apparent);
/// The folder above node in a chart: a root's is AllRoots when the scan has several roots;
/// NoNode at the top.
[[nodiscard]] NodeIndex chartParent(const FileTree &tree, NodeIndex node);
/// True for folders and AllRoots.
[[nodiscard]] bool isChartFolder(const FileTree &tree, NodeIndex node);
/// The folders from the chart's top down to node, both included (empty for NoNode).
[[nodiscard]] std::vector<NodeIndex> chartPath(const FileTree &tree, NodeIndex node);

} // namespace CacheLens
