#include "core/report/categorydigest.h"

#include <algorithm>

namespace CacheLens
{
namespace
{

static_assert(CategoryCount <= 16, "two categories are packed into one byte");

using Signed = std::array<std::int64_t, CategoryCount>;

std::size_t slot(Category category)
{
    return static_cast<std::size_t>(category);
}

std::uint8_t heaviest(const Signed &totals)
{
    // The first of equal totals wins, as in dominantCategory().
    return std::uint8_t(std::distance(totals.cbegin(), std::max_element(totals.cbegin(), totals.cend())));
}

/// A folder whose children are still being visited, with the bytes seen so far in its subtree.
struct Frame {
    NodeIndex node = NoNode;
    NodeIndex next = NoNode; // the next child to visit
    Signed disk {};
    Signed apparent {};
};

} // namespace

// Each node adds its total to its own category and takes it away from its parent's, so a
// folder's own bytes (its total minus its children's) land on its category: the same sums as
// dominantCategory(), gathered for every folder in one walk instead of one walk per folder.
std::shared_ptr<const CategoryDigest> CategoryDigest::of(const FileTree &tree)
{
    auto digest = std::make_shared<CategoryDigest>();
    digest->m_totals = categoryTotals(tree);
    digest->m_dominant.resize(tree.nodeCount());
    const auto open = [&tree](NodeIndex index) {
        const FileNode &n = tree.node(index);
        Frame frame;
        frame.node = index;
        frame.next = tree.firstChild(index);
        frame.disk[slot(n.category())] += std::int64_t(n.diskBytes);
        frame.apparent[slot(n.category())] += std::int64_t(n.apparentBytes);
        return frame;
    };
    std::vector<Frame> stack;
    for (NodeIndex root = 0; root < tree.nodeCount(); ++root) {
        if (tree.node(root).parent != NoNode)
            continue;
        stack.push_back(open(root));
        while (!stack.empty()) {
            Frame &top = stack.back();
            if (top.next != NoNode) {
                const NodeIndex child = top.next;
                const FileNode &n = tree.node(child);
                top.next = n.nextSibling;
                if (n.isDirectory()) {
                    stack.push_back(open(child)); // invalidates top
                    continue;
                }
                const std::size_t own = slot(n.category());
                const std::size_t parent = slot(tree.node(top.node).category());
                top.disk[own] += std::int64_t(n.diskBytes);
                top.disk[parent] -= std::int64_t(n.diskBytes);
                top.apparent[own] += std::int64_t(n.apparentBytes);
                top.apparent[parent] -= std::int64_t(n.apparentBytes);
                digest->m_dominant[child] = std::uint8_t(own | own << 4);
                continue;
            }
            const Frame done = top;
            stack.pop_back();
            digest->m_dominant[done.node] = std::uint8_t(heaviest(done.disk) | heaviest(done.apparent) << 4);
            if (stack.empty())
                break;
            Frame &parent = stack.back();
            const FileNode &n = tree.node(done.node);
            const std::size_t parentSlot = slot(tree.node(parent.node).category());
            for (std::size_t c = 0; c < CategoryCount; ++c) {
                parent.disk[c] += done.disk[c];
                parent.apparent[c] += done.apparent[c];
            }
            parent.disk[parentSlot] -= std::int64_t(n.diskBytes);
            parent.apparent[parentSlot] -= std::int64_t(n.apparentBytes);
        }
    }
    return digest;
}

const std::array<CategoryTotal, CategoryCount> &CategoryDigest::totals() const noexcept
{
    return m_totals;
}

Category CategoryDigest::dominant(NodeIndex node, bool apparent) const
{
    const std::uint8_t packed = m_dominant.at(node);
    return static_cast<Category>(apparent ? packed >> 4 : packed & 0x0f);
}

std::size_t CategoryDigest::nodeCount() const noexcept
{
    return m_dominant.size();
}

} // namespace CacheLens
