#pragma once

#include "core/report/scansummary.h"

#include <memory>
#include <vector>

namespace CacheLens
{

/// What the views need to name the category of any folder at once: the whole tree's category
/// totals and, for every node, the category holding most of its subtree's disk and apparent
/// bytes (what dominantCategory() answers for one folder by walking its subtree).
///
/// Computing it visits every node once, so for a million entries it belongs on a worker
/// thread; the result is immutable and shared between threads.
class CategoryDigest final
{
public:
    /// One post-order pass over the tree; memory beyond the result is proportional to its depth.
    [[nodiscard]] static std::shared_ptr<const CategoryDigest> of(const FileTree &tree);

    /// Each category's bytes and files across the tree, as summarize() reports them.
    [[nodiscard]] const std::array<CategoryTotal, CategoryCount> &totals() const noexcept;
    /// For a folder, the category holding most of its bytes (its own entry included); for
    /// anything else its own category.
    [[nodiscard]] Category dominant(NodeIndex node, bool apparent) const;
    [[nodiscard]] std::size_t nodeCount() const noexcept;

private:
    std::array<CategoryTotal, CategoryCount> m_totals {};
    std::vector<std::uint8_t> m_dominant; // per node: disk in the low nibble, apparent in the high one
};

} // namespace CacheLens
