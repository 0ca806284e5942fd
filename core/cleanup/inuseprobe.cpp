#include "core/cleanup/inuseprobe.h"

#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/itemmanifest.h"

#include <QDir>
#include <QFile>
#include <QSet>

#include <algorithm>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

QByteArray readLink(const QByteArray &path)
{
    char buffer[4096];
    const ssize_t n = ::readlink(path.constData(), buffer, sizeof buffer);
    return n > 0 ? QByteArray(buffer, n) : QByteArray();
}

} // namespace

bool InUseProbe::isSupported()
{
#if defined(__linux__)
    return true;
#else
    return false;
#endif
}

void InUseProbe::addUser(const InodeKey &key, qint64 pid)
{
    QList<qint64> &pids = m_users[key];
    if (!pids.contains(pid))
        pids.append(pid);
}

InUseProbe InUseProbe::snapshot(const QByteArray &procRoot)
{
    InUseProbe probe;
    if (!isSupported())
        return probe;
    const qint64 self = ::getpid();
    QSet<InodeKey> heldSeen;
    const QDir proc(QFile::decodeName(procRoot));
    for (const QString &entry : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid || pid == self)
            continue;
        const QByteArray base = procRoot + '/' + QFile::encodeName(entry);
        QFile comm(QFile::decodeName(base + "/comm"));
        if (comm.open(QIODevice::ReadOnly))
            probe.m_names.insert(pid, QString::fromLocal8Bit(comm.readAll().trimmed()));

        const QByteArray cwd = readLink(base + "/cwd");
        if (!cwd.isEmpty())
            probe.m_workingFolders.append({ cwd, pid });

        const QDir fds(QFile::decodeName(base + "/fd"));
        const QStringList descriptors = fds.entryList(QDir::Files | QDir::System | QDir::NoDotAndDotDot);
        if (descriptors.isEmpty() && !fds.isReadable()) {
            ++probe.m_unreadable;
            continue;
        }
        for (const QString &descriptor : descriptors) {
            const QByteArray link = base + "/fd/" + QFile::encodeName(descriptor);
            struct stat st {
            };
            if (::stat(link.constData(), &st) != 0 || !(S_ISREG(st.st_mode) || S_ISDIR(st.st_mode)))
                continue; // sockets, pipes, anonymous inodes
            const InodeKey key { std::uint64_t(st.st_dev), std::uint64_t(st.st_ino) };
            probe.addUser(key, pid);
            if (st.st_nlink == 0 && S_ISREG(st.st_mode) && st.st_blocks > 0 && !heldSeen.contains(key)) {
                heldSeen.insert(key);
                QByteArray target = readLink(link);
                if (target.endsWith(" (deleted)"))
                    target.chop(10);
                probe.m_heldOpen.append({ { pid, probe.m_names.value(pid) }, target, std::uint64_t(st.st_size),
                    std::uint64_t(st.st_blocks) * 512 });
            }
        }

        // "address perms offset dev inode path": dev is "major:minor" in hex.
        QFile maps(QFile::decodeName(base + "/maps"));
        if (!maps.open(QIODevice::ReadOnly))
            continue;
        QSet<InodeKey> mapped;
        for (const QByteArray &line : maps.readAll().split('\n')) {
            const QList<QByteArray> fields = line.simplified().split(' ');
            if (fields.size() < 6 || fields.at(4) == "0")
                continue;
            const QList<QByteArray> device = fields.at(3).split(':');
            if (device.size() != 2)
                continue;
            const dev_t dev = makedev(device.at(0).toUInt(nullptr, 16), device.at(1).toUInt(nullptr, 16));
            mapped.insert({ std::uint64_t(dev), fields.at(4).toULongLong() });
        }
        for (const InodeKey &key : std::as_const(mapped))
            probe.addUser(key, pid);
    }
    std::sort(probe.m_heldOpen.begin(), probe.m_heldOpen.end(),
        [](const HeldOpenFile &a, const HeldOpenFile &b) { return a.diskBytes > b.diskBytes; });
    return probe;
}

QList<ProcessRef> InUseProbe::usersOfInode(std::uint64_t device, std::uint64_t inode) const
{
    QList<ProcessRef> users;
    for (const qint64 pid : m_users.value({ device, inode }))
        users.append({ pid, m_names.value(pid) });
    return users;
}

QList<ProcessRef> InUseProbe::workingInside(const QByteArray &realPath) const
{
    QList<ProcessRef> users;
    for (const auto &[folder, pid] : m_workingFolders) {
        if (isPathInside(folder, realPath))
            users.append({ pid, m_names.value(pid) });
    }
    return users;
}

QList<ProcessRef> InUseProbe::usersOf(const ItemManifest &manifest, const QByteArray &realPath) const
{
    QList<ProcessRef> users = workingInside(realPath);
    for (const ManifestEntry &entry : manifest.entries()) {
        for (const ProcessRef &user : usersOfInode(entry.device, entry.inode)) {
            if (!users.contains(user))
                users.append(user);
        }
    }
    return users;
}

const QList<HeldOpenFile> &InUseProbe::heldOpenDeleted() const
{
    return m_heldOpen;
}

int InUseProbe::unreadableProcesses() const
{
    return m_unreadable;
}

} // namespace CacheLens
