#include "core/scan/prunedtree.h"

#include <QCoreApplication>

#include <algorithm>

namespace CacheLens
{

NodeIndex findBelow(const FileTree &tree, NodeIndex from, const QByteArray &relative)
{
    NodeIndex at = from;
    for (const QByteArray &part : relative.split('/')) {
        if (part.isEmpty() || at == NoNode)
            continue;
        NodeIndex match = NoNode;
        for (NodeIndex child = tree.firstChild(at); child != NoNode; child = tree.node(child).nextSibling) {
            if (tree.name(child) == part) {
                match = child;
                break;
            }
        }
        at = match;
    }
    return at;
}

NodeIndex findPath(const FileTree &tree, const QByteArray &path)
{
    for (const ScanRoot &root : tree.roots()) {
        if (root.node == NoNode)
            continue;
        const QByteArray &prefix = root.path;
        if (path == prefix)
            return root.node;
        const bool below = path.startsWith(prefix) && (prefix.endsWith('/') || path.at(prefix.size()) == '/');
        if (!below)
            continue;
        if (const NodeIndex found = findBelow(tree, root.node, path.mid(prefix.size())); found != NoNode)
            return found;
    }
    return NoNode;
}

std::shared_ptr<FileTree> withoutSubtrees(const FileTree &tree, const std::vector<NodeIndex> &removed)
{
    std::vector<bool> gone(tree.nodeCount(), false);
    for (const NodeIndex node : removed) {
        if (node < gone.size())
            gone[node] = true;
    }
    std::vector<NodeIndex> remap(tree.nodeCount(), NoNode);
    FileTreeBuilder builder;

    // A node's own size: a folder's total minus what its children held (removed ones too,
    // since the old total counted them); a file's size as scanned.
    const auto infoOf = [&tree](NodeIndex index) {
        const FileNode &node = tree.node(index);
        EntryInfo info;
        info.type = node.type();
        info.flags = std::uint8_t(node.typeAndFlags & ~0x3 & ~FlagHardLinkDuplicate);
        info.apparentBytes = node.apparentBytes;
        info.diskBytes = node.diskBytes;
        info.mtime = node.mtime;
        info.atime = node.atime();
        info.classification = Classification::unpack(node.classification);
        if (node.isDirectory()) {
            for (NodeIndex child = tree.firstChild(index); child != NoNode; child = tree.node(child).nextSibling) {
                info.apparentBytes -= tree.node(child).apparentBytes;
                info.diskBytes -= tree.node(child).diskBytes;
            }
        }
        return info;
    };

    std::vector<qsizetype> rootOf(tree.nodeCount(), -1); // old node -> position of its root record
    for (const ScanRoot &oldRoot : tree.roots()) {
        const qsizetype position = builder.addRoot(oldRoot);
        if (oldRoot.node == NoNode)
            continue;
        ScanRoot &root = builder.root(position);
        if (gone[oldRoot.node]) {
            root.node = NoNode;
            root.files = root.dirs = root.errors = 0;
            root.error = QCoreApplication::translate("FileTree", "removed by a cleanup");
            continue;
        }
        root.files = root.dirs = root.errors = 0;
        // Preorder: a parent is always added before its children, as the builder needs.
        std::vector<NodeIndex> stack { oldRoot.node };
        while (!stack.empty()) {
            const NodeIndex index = stack.back();
            stack.pop_back();
            const FileNode &node = tree.node(index);
            remap[index] = index == oldRoot.node
                ? builder.addRootNode(tree.name(index), infoOf(index))
                : builder.addChild(remap[node.parent], tree.name(index), infoOf(index));
            rootOf[index] = position;
            // Counted as the scanner counts: folders it entered, entries not excluded.
            if (node.isDirectory())
                root.dirs += node.isEnteredDirectory() ? 1 : 0;
            else
                root.files += node.hasFlag(FlagExcluded) ? 0 : 1;
            std::vector<NodeIndex> children;
            for (NodeIndex child = tree.firstChild(index); child != NoNode; child = tree.node(child).nextSibling) {
                if (!gone[child])
                    children.push_back(child);
            }
            // Reversed onto the stack, so children keep their order.
            stack.insert(stack.end(), children.rbegin(), children.rend());
        }
        root.node = remap[oldRoot.node];
    }
    for (const ScanError &error : tree.errors()) {
        if (error.node == NoNode) {
            builder.addError(error); // a root that failed: still failed
        } else if (remap[error.node] != NoNode) {
            ScanError copy = error;
            copy.node = remap[error.node];
            builder.addError(copy);
            ++builder.root(rootOf[error.node]).errors;
        }
    }
    for (const HardLink &link : tree.hardLinks()) {
        if (remap[link.node] == NoNode)
            continue;
        HardLink copy = link;
        copy.node = remap[link.node];
        builder.addHardLink(copy);
    }
    return builder.finish(tree.isPartial());
}

} // namespace CacheLens
