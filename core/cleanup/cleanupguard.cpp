#include "core/cleanup/cleanupguard.h"

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/vfs.h>
#endif

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CleanupGuard)
};

QByteArray resolved(const QByteArray &path)
{
    char buffer[PATH_MAX];
    if (::realpath(path.constData(), buffer))
        return QByteArray(buffer);
    return path;
}

} // namespace

bool isPathInside(const QByteArray &path, const QByteArray &folder)
{
    if (folder == "/")
        return path.startsWith('/');
    return path == folder || (path.startsWith(folder) && path.size() > folder.size() && path.at(folder.size()) == '/');
}

CleanupGuard::CleanupGuard(const QList<QByteArray> &roots, const QByteArray &home)
    : m_home(resolved(normalized(home)))
{
    for (const QByteArray &root : roots) {
        const QByteArray given = normalized(root);
        if (given.isEmpty())
            continue;
        m_roots.append({ given, resolved(given) });
    }
}

QByteArray CleanupGuard::normalized(const QByteArray &path)
{
    if (!path.startsWith('/'))
        return {};
    QList<QByteArray> parts;
    for (const QByteArray &part : path.split('/')) {
        if (part.isEmpty() || part == ".")
            continue;
        if (part == "..") {
            if (!parts.isEmpty())
                parts.removeLast();
            continue;
        }
        parts.append(part);
    }
    return '/' + parts.join('/');
}

const CleanupGuard::Root *CleanupGuard::rootOf(const QByteArray &path, QByteArray *rest) const
{
    const Root *best = nullptr;
    qsizetype bestLength = -1;
    for (const Root &root : m_roots) {
        for (const QByteArray &form : { root.given, root.real }) {
            if (isPathInside(path, form) && form.size() > bestLength) {
                best = &root;
                bestLength = form.size();
                if (rest)
                    *rest = form == "/" ? path : path.mid(form.size());
            }
        }
    }
    return best;
}

QByteArray CleanupGuard::realPath(const QByteArray &path) const
{
    const QByteArray clean = normalized(path);
    QByteArray rest;
    const Root *root = rootOf(clean, &rest);
    if (!root)
        return {};
    return root->real == "/" ? rest : root->real + rest;
}

QString CleanupGuard::refusal(const QByteArray &path) const
{
    if (normalized(path) != path)
        return Tr::tr("not an absolute, normalised path");
    const QByteArray real = realPath(path);
    if (real.isEmpty())
        return Tr::tr("outside the scanned folders and known caches");
    static const QList<QByteArray> protectedExactly
        = { "/", "/home", "/root", "/var", "/opt", "/srv", "/mnt", "/media", "/tmp", "/run", "/var/tmp" };
    static const QList<QByteArray> systemFolders = { "/bin", "/boot", "/dev", "/etc", "/lib", "/lib32", "/lib64",
        "/libx32", "/proc", "/sbin", "/sys", "/usr", "/snap" };
    if (protectedExactly.contains(real) || real == m_home || isPathInside(m_home, real))
        return Tr::tr("a protected folder (the file system root, home folders and system folders are never removed)");
    for (const QByteArray &folder : systemFolders) {
        if (isPathInside(real, folder))
            return Tr::tr("inside a system folder");
    }
    return {};
}

UniqueFd CleanupGuard::openParent(const QByteArray &path, QByteArray *name, QString *error) const
{
    const auto fail = [error](const QString &text) {
        if (error)
            *error = text;
        return UniqueFd();
    };
    if (const QString refused = refusal(path); !refused.isEmpty())
        return fail(refused);
    QByteArray rest;
    const Root *root = rootOf(path, &rest);
    QByteArray start = root->real;
    QList<QByteArray> components = rest.split('/');
    components.removeAll(QByteArray());
    if (components.isEmpty()) {
        // The item is the root itself: its parent is above every root and was resolved by realpath().
        const qsizetype slash = start.lastIndexOf('/');
        components = { start.mid(slash + 1) };
        start = slash == 0 ? QByteArray("/") : start.left(slash);
    }
    UniqueFd fd(::open(start.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!fd.isValid())
        return fail(errorText(errno));
    for (qsizetype i = 0; i + 1 < components.size(); ++i) {
        const int next = openDirectoryNoFollow(fd.get(), components.at(i).constData());
        if (next < 0) {
            const int failure = errno;
            return fail(failure == ELOOP || failure == ENOTDIR
                    ? Tr::tr("reached through a symbolic link below the scanned folder; not followed")
                    : errorText(failure));
        }
        fd.reset(next);
    }
    if (name)
        *name = components.last();
    return fd;
}

bool CleanupGuard::isOnNetworkFileSystem(const QByteArray &path)
{
#if defined(__linux__)
    struct statfs info {
    };
    if (::statfs(path.constData(), &info) != 0)
        return false;
    switch (static_cast<unsigned long>(info.f_type)) {
    case 0x6969: // NFS
    case 0x517B: // SMB
    case 0xFF534D42: // CIFS
    case 0xFE534D42: // SMB2
    case 0x65735546: // FUSE (sshfs, rclone, …)
    case 0x00C36400: // Ceph
    case 0x01021997: // 9p
    case 0x5346414F: // AFS
    case 0x47504653: // GPFS
    case 0x0BD00BD0: // Lustre
        return true;
    default:
        return false;
    }
#else
    Q_UNUSED(path);
    return false;
#endif
}

QList<QByteArray> CleanupGuard::roots() const
{
    QList<QByteArray> result;
    for (const Root &root : m_roots)
        result.append(root.given);
    return result;
}

} // namespace CacheLens
