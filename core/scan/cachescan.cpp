#include "core/scan/cachescan.h"

#include <algorithm>

namespace CacheLens
{

ScanRequest knownCachesScanRequest(const QList<KnownCache> &caches, std::shared_ptr<const RuleSet> rules)
{
    QList<KnownCache> ordered = caches;
    std::stable_sort(ordered.begin(), ordered.end(),
        [](const KnownCache &a, const KnownCache &b) { return a.path.count('/') > b.path.count('/'); });
    ScanRequest request;
    for (const KnownCache &cache : std::as_const(ordered))
        request.roots.append(cache.path);
    request.rules = std::move(rules);
    return request;
}

const ScanRoot *findScanRoot(const FileTree &tree, const QByteArray &path)
{
    for (const ScanRoot &root : tree.roots()) {
        if (root.path == path)
            return &root;
    }
    return nullptr;
}

} // namespace CacheLens
