#pragma once

#include "core/rules/knowncaches.h"
#include "core/scan/filetree.h"
#include "core/scan/scanrequest.h"

#include <QList>

#include <memory>

namespace CacheLens
{

class RuleSet;

/// One scan request for all known caches. Deeper folders come first: a cache inside another
/// one keeps its own bytes (the scanner counts overlapping roots once, for the first root), so
/// every byte belongs to one cache.
[[nodiscard]] ScanRequest knownCachesScanRequest(const QList<KnownCache> &caches, std::shared_ptr<const RuleSet> rules);

/// The scanned root for path in tree, or nullptr.
[[nodiscard]] const ScanRoot *findScanRoot(const FileTree &tree, const QByteArray &path);

} // namespace CacheLens
