#include "core/layout/charttop.h"

#include <algorithm>

namespace CacheLens
{

std::vector<NodeIndex> rootNodes(const FileTree &tree)
{
    std::vector<NodeIndex> nodes;
    for (const ScanRoot &root : tree.roots()) {
        if (root.node != NoNode && root.node < tree.nodeCount())
            nodes.push_back(root.node);
    }
    return nodes;
}

NodeIndex chartTop(const FileTree &tree)
{
    const std::vector<NodeIndex> nodes = rootNodes(tree);
    if (nodes.empty())
        return NoNode;
    return nodes.size() == 1 ? nodes.front() : AllRoots;
}

std::uint64_t chartBytes(const FileTree &tree, NodeIndex node, bool apparent)
{
    if (node == AllRoots) {
        std::uint64_t total = 0;
        for (const NodeIndex root : rootNodes(tree))
            total += chartBytes(tree, root, apparent);
        return total;
    }
    if (node == NoNode)
        return 0;
    const FileNode &n = tree.node(node);
    return apparent ? n.apparentBytes : n.diskBytes;
}

std::vector<NodeIndex> chartChildren(const FileTree &tree, NodeIndex node, bool apparent)
{
    if (node != AllRoots)
        return node == NoNode ? std::vector<NodeIndex> {} : tree.childrenBySize(node, apparent);
    std::vector<NodeIndex> roots = rootNodes(tree);
    // Largest first like childrenBySize; equal sizes keep the scan's order.
    std::stable_sort(roots.begin(), roots.end(),
        [&](NodeIndex a, NodeIndex b) { return chartBytes(tree, a, apparent) > chartBytes(tree, b, apparent); });
    return roots;
}

NodeIndex chartParent(const FileTree &tree, NodeIndex node)
{
    if (node == AllRoots || node == NoNode)
        return NoNode;
    const NodeIndex parent = tree.node(node).parent;
    if (parent != NoNode)
        return parent;
    return chartTop(tree) == AllRoots ? AllRoots : NoNode;
}

bool isChartFolder(const FileTree &tree, NodeIndex node)
{
    return node == AllRoots || (node != NoNode && tree.node(node).isDirectory());
}

std::vector<NodeIndex> chartPath(const FileTree &tree, NodeIndex node)
{
    std::vector<NodeIndex> path;
    for (NodeIndex at = node; at != NoNode; at = chartParent(tree, at))
        path.push_back(at);
    std::reverse(path.begin(), path.end());
    return path;
}

} // namespace CacheLens
