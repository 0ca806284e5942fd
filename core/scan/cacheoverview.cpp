#include "core/scan/cacheoverview.h"

#include "core/scan/prunedtree.h"

#include <QSet>

#include <algorithm>

namespace CacheLens
{

QList<CacheInTree> cachesInTree(const FileTree &tree, const QList<KnownCache> &caches, bool apparentSizes)
{
    QList<CacheInTree> found;
    QSet<NodeIndex> seen;
    for (const KnownCache &cache : caches) {
        const NodeIndex node = findPath(tree, cache.path);
        if (node == NoNode || seen.contains(node))
            continue;
        const FileNode &entry = tree.node(node);
        if (!entry.isEnteredDirectory() || entry.hasFlag(FlagError))
            continue;
        seen.insert(node);
        found.append({ cache, node });
    }
    const auto bytes = [&](const CacheInTree &entry) {
        const FileNode &node = tree.node(entry.node);
        return apparentSizes ? node.apparentBytes : node.diskBytes;
    };
    std::stable_sort(
        found.begin(), found.end(), [&](const CacheInTree &a, const CacheInTree &b) { return bytes(a) > bytes(b); });
    return found;
}

} // namespace CacheLens
