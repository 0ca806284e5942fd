#pragma once

#include "core/scan/filetree.h"

#include <QByteArray>

#include <memory>
#include <vector>

namespace CacheLens
{

/// The node a full path names (raw bytes, spelled as FileTree::path() spells it: a root as it
/// was given, then names), or NoNode.
[[nodiscard]] NodeIndex findPath(const FileTree &tree, const QByteArray &path);

/// The node below `from` that a relative path ("a/b/c") names, or NoNode.
[[nodiscard]] NodeIndex findBelow(const FileTree &tree, NodeIndex from, const QByteArray &relative);

/// A copy of tree without the subtrees rooted at `removed`, as if they had never been scanned:
/// folder totals and file counts, hard links, errors and root records follow. This is how the
/// window shows what a cleanup left without scanning again (DESIGN.md, data flow 4): no
/// file-system access, one pass over the nodes. A removed root stays as a root that failed.
/// Hard links keep the link count seen by the scan: a name whose twin was removed still
/// carries the bytes if it sorts first, as a new scan would decide.
[[nodiscard]] std::shared_ptr<FileTree> withoutSubtrees(const FileTree &tree, const std::vector<NodeIndex> &removed);

} // namespace CacheLens
