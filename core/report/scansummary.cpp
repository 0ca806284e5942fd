#include "core/report/scansummary.h"

#include <algorithm>

namespace CacheLens
{
namespace
{

struct SignedTotals {
    std::array<std::int64_t, CategoryCount> apparent {};
    std::array<std::int64_t, CategoryCount> disk {};
};

std::size_t slot(Category category)
{
    return static_cast<std::size_t>(category);
}

/// The topN largest of the entries offered, by disk bytes (ties: the lower index), kept in a
/// bounded heap: a scan of a million files needs no million-entry list to rank ten of them.
class Largest
{
public:
    Largest(const FileTree &tree, std::size_t topN)
        : m_tree(tree)
        , m_topN(topN)
    {
    }

    void offer(NodeIndex node)
    {
        if (m_topN == 0)
            return;
        if (m_heap.size() < m_topN) {
            m_heap.push_back(node);
            std::push_heap(m_heap.begin(), m_heap.end(), m_before);
        } else if (m_before(node, m_heap.front())) {
            std::pop_heap(m_heap.begin(), m_heap.end(), m_before);
            m_heap.back() = node;
            std::push_heap(m_heap.begin(), m_heap.end(), m_before);
        }
    }

    [[nodiscard]] std::vector<RankedEntry> ranked()
    {
        std::sort(m_heap.begin(), m_heap.end(), m_before);
        std::vector<RankedEntry> result;
        result.reserve(m_heap.size());
        for (const NodeIndex node : m_heap)
            result.push_back({ node, m_tree.node(node).category() });
        return result;
    }

private:
    const FileTree &m_tree;
    std::size_t m_topN;
    std::vector<NodeIndex> m_heap; // a heap whose front ranks last of those kept
    struct RanksBefore {
        const FileTree *tree;
        bool operator()(NodeIndex a, NodeIndex b) const
        {
            const auto sizeA = tree->node(a).diskBytes;
            const auto sizeB = tree->node(b).diskBytes;
            return sizeA != sizeB ? sizeA > sizeB : a < b;
        }
    };
    RanksBefore m_before { &m_tree };
};

// A node's own bytes are its total minus its children's totals; summing that per key over the
// subtree is the same as adding each node's total to its key and taking it away from its parent's.
template<typename Key> std::size_t heaviest(const FileTree &tree, NodeIndex node, bool apparent, Key key)
{
    std::array<std::int64_t, CategoryCount> totals {};
    std::vector<NodeIndex> stack { node };
    while (!stack.empty()) {
        const NodeIndex at = stack.back();
        stack.pop_back();
        const FileNode &n = tree.node(at);
        const auto bytes = std::int64_t(apparent ? n.apparentBytes : n.diskBytes);
        totals[key(n)] += bytes;
        if (at != node)
            totals[key(tree.node(n.parent))] -= bytes;
        for (NodeIndex child = tree.firstChild(at); child != NoNode; child = tree.node(child).nextSibling)
            stack.push_back(child);
    }
    return std::size_t(std::distance(totals.cbegin(), std::max_element(totals.cbegin(), totals.cend())));
}

} // namespace

Category dominantCategory(const FileTree &tree, NodeIndex node, bool apparent)
{
    return static_cast<Category>(heaviest(tree, node, apparent, [](const FileNode &n) { return slot(n.category()); }));
}

Tier dominantTier(const FileTree &tree, NodeIndex node)
{
    return static_cast<Tier>(heaviest(tree, node, false, [](const FileNode &n) { return std::size_t(n.tier()); }));
}

std::array<CategoryTotal, CategoryCount> categoryTotals(const FileTree &tree)
{
    std::array<CategoryTotal, CategoryCount> categories {};
    SignedTotals totals;
    for (NodeIndex i = 0; i < tree.nodeCount(); ++i) {
        const FileNode &n = tree.node(i);
        totals.apparent[slot(n.category())] += std::int64_t(n.apparentBytes);
        totals.disk[slot(n.category())] += std::int64_t(n.diskBytes);
        if (n.parent != NoNode) {
            const Category parentCategory = tree.node(n.parent).category();
            totals.apparent[slot(parentCategory)] -= std::int64_t(n.apparentBytes);
            totals.disk[slot(parentCategory)] -= std::int64_t(n.diskBytes);
        }
        if (!n.isDirectory() && !n.hasFlag(FlagExcluded))
            ++categories[slot(n.category())].files;
    }
    for (std::size_t c = 0; c < CategoryCount; ++c) {
        categories[c].category = static_cast<Category>(c);
        categories[c].apparentBytes = std::uint64_t(std::max<std::int64_t>(totals.apparent[c], 0));
        categories[c].diskBytes = std::uint64_t(std::max<std::int64_t>(totals.disk[c], 0));
    }
    return categories;
}

ScanSummary summarize(const FileTree &tree, std::size_t topN)
{
    ScanSummary summary;
    summary.categories = categoryTotals(tree);
    Largest dirs(tree, topN);
    Largest files(tree, topN);
    for (NodeIndex i = 0; i < tree.nodeCount(); ++i) {
        const FileNode &n = tree.node(i);
        if (n.isDirectory()) {
            if (n.parent != NoNode)
                dirs.offer(i);
        } else if (!n.hasFlag(FlagExcluded)) {
            files.offer(i);
        }
    }
    summary.topDirs = dirs.ranked();
    for (RankedEntry &entry : summary.topDirs)
        entry.category = dominantCategory(tree, entry.node);
    summary.topFiles = files.ranked();
    return summary;
}

} // namespace CacheLens
