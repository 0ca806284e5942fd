#pragma once

#include "core/rules/category.h"
#include "core/scan/filetree.h"

#include <array>
#include <cstdint>
#include <vector>

namespace CacheLens
{

/// Bytes and files of one category across a whole tree.
struct CategoryTotal {
    Category category = Category::Other;
    std::uint64_t apparentBytes = 0;
    std::uint64_t diskBytes = 0;
    std::uint64_t files = 0;
};

/// One of the largest folders or files.
struct RankedEntry {
    NodeIndex node = NoNode;
    Category category = Category::Other; ///< for a folder: the category holding most of its bytes
};

/// What `cachelens scan` reports, computed from a finished tree.
struct ScanSummary {
    std::array<CategoryTotal, CategoryCount> categories {}; ///< indexed by Category; they add up to the roots
    std::vector<RankedEntry> topDirs; ///< largest folders below the roots, by disk bytes
    std::vector<RankedEntry> topFiles; ///< largest non-folders, by disk bytes
};

/// Each category's bytes and files across the tree; they add up to the roots' totals.
[[nodiscard]] std::array<CategoryTotal, CategoryCount> categoryTotals(const FileTree &tree);

/// Category totals and the topN largest folders and files. Runs in O(entries) plus one
/// subtree walk per ranked folder.
[[nodiscard]] ScanSummary summarize(const FileTree &tree, std::size_t topN);

/// The category holding most disk (or apparent) bytes in the subtree at node, its own entry included.
[[nodiscard]] Category dominantCategory(const FileTree &tree, NodeIndex node, bool apparent = false);

/// The tier holding most disk bytes in the subtree at node.
[[nodiscard]] Tier dominantTier(const FileTree &tree, NodeIndex node);

} // namespace CacheLens
