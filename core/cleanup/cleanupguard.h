#pragma once

#include "core/cleanup/treewalk.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace CacheLens
{

/// Decides where a cleanup may act, and opens what it acts on without following symlinks.
///
/// A cleanup may only touch paths inside its roots (the scanned folders and the known caches),
/// never a protected path (`/`, `/home`, the home folder itself, system folders), and never
/// anything reached through a symlink below a root. A root that is itself a symlink
/// (`~/.cache/huggingface -> /data/hf`) is resolved once, as the user's configured location
/// (DESIGN.md); below it nothing is followed.
/// True when path is folder or lies below it: lexical, for absolute normalised paths
/// ("/data/x" is inside "/data" and "/", not inside "/dat").
[[nodiscard]] bool isPathInside(const QByteArray &path, const QByteArray &folder);

class CleanupGuard final
{
public:
    /// roots: absolute paths, raw bytes. home: the user's home folder (protected itself).
    explicit CleanupGuard(const QList<QByteArray> &roots, const QByteArray &home);

    /// Why path must not be touched (translated sentence), or an empty string.
    [[nodiscard]] QString refusal(const QByteArray &path) const;
    /// The path with its root resolved (the root's symlink followed once), or empty if outside.
    [[nodiscard]] QByteArray realPath(const QByteArray &path) const;
    /// Opens the folder holding path by walking down from its root with O_NOFOLLOW, and gives the
    /// path's last component in *name. Fails (with *error) when a component below the root is a
    /// symlink or missing, or the path is refused.
    [[nodiscard]] UniqueFd openParent(const QByteArray &path, QByteArray *name, QString *error) const;
    /// True when path lies on a network file system (NFS, SMB/CIFS, sshfs and other FUSE, Ceph,
    /// 9p, AFS): other machines may use the files, and the in-use probe only sees this one.
    [[nodiscard]] static bool isOnNetworkFileSystem(const QByteArray &path);

    [[nodiscard]] QList<QByteArray> roots() const;

    /// "/a/b/../c//" -> "/a/c": lexical, no file-system access. Empty for a relative path.
    [[nodiscard]] static QByteArray normalized(const QByteArray &path);

private:
    struct Root {
        QByteArray given; // normalised as given
        QByteArray real; // realpath() of it, or given when it could not be resolved
    };
    /// The root holding path, and the rest of the path below it ("" or "/x/y").
    [[nodiscard]] const Root *rootOf(const QByteArray &path, QByteArray *rest) const;

    QList<Root> m_roots;
    QByteArray m_home; // real path
};

} // namespace CacheLens
