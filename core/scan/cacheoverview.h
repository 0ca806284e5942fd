#pragma once

#include "core/rules/knowncaches.h"
#include "core/scan/filetree.h"

#include <QList>

namespace CacheLens
{

/// A known cache as a scan saw it.
struct CacheInTree {
    KnownCache cache;
    NodeIndex node = NoNode; ///< the cache's folder in the tree
};

/// The known caches that lie inside the scanned tree, largest first (on disk, or by apparent
/// size), each folder once. Caches outside every root, or not scanned (an unreadable folder,
/// another file system), are left out: the Caches panel shows what the tree can navigate to.
[[nodiscard]] QList<CacheInTree> cachesInTree(
    const FileTree &tree, const QList<KnownCache> &caches, bool apparentSizes = false);

} // namespace CacheLens
