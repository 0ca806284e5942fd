#include "core/cleanup/cleanupplan.h"

#include "core/cleanup/cleanupguard.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>
#include <fcntl.h>
#include <sys/stat.h>

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CleanupPlan)
};

bool isMountPoint(int parentFd, const QByteArray &name)
{
    struct stat parent {
    };
    struct stat entry {
    };
    return ::fstat(parentFd, &parent) == 0 && ::fstatat(parentFd, name.constData(), &entry, AT_SYMLINK_NOFOLLOW) == 0
        && S_ISDIR(entry.st_mode) && entry.st_dev != parent.st_dev;
}

} // namespace

void CleanupPlan::add(CleanupItem item)
{
    const QByteArray clean = CleanupGuard::normalized(item.path);
    item.path = clean.isEmpty() ? item.path : clean;
    m_items.append(std::move(item));
}

void CleanupPlan::prepare(const CleanupGuard &guard, const InUseProbe *probe)
{
    // Collapse: shortest paths first, so an item inside a folder that is already an item goes
    // (its bytes are counted there, and removing the folder removes it).
    std::stable_sort(m_items.begin(), m_items.end(),
        [](const CleanupItem &a, const CleanupItem &b) { return a.path.size() < b.path.size(); });
    QList<CleanupItem> kept;
    QSet<QByteArray> keptPaths;
    for (CleanupItem &item : m_items) {
        bool covered = keptPaths.contains(item.path);
        for (qsizetype slash = item.path.lastIndexOf('/'); !covered && slash > 0;
             slash = item.path.lastIndexOf('/', slash - 1))
            covered = keptPaths.contains(item.path.left(slash));
        if (covered || (keptPaths.contains("/") && item.path != "/"))
            continue;
        keptPaths.insert(item.path);
        kept.append(std::move(item));
    }
    std::stable_sort(
        kept.begin(), kept.end(), [](const CleanupItem &a, const CleanupItem &b) { return a.path < b.path; });
    // Deletion order: whole items first, then snapshots, refs and blobs (stable: by path within).
    std::stable_sort(
        kept.begin(), kept.end(), [](const CleanupItem &a, const CleanupItem &b) { return a.phase < b.phase; });
    m_items = std::move(kept);

    m_manifests.clear();
    for (CleanupItem &item : m_items) {
        auto manifest = std::make_shared<ItemManifest>();
        item.refusal = guard.refusal(item.path);
        if (item.refusal.isEmpty()) {
            QByteArray name;
            QString error;
            const UniqueFd parent = guard.openParent(item.path, &name, &error);
            if (!parent.isValid()) {
                item.refusal = error;
            } else if (isMountPoint(parent.get(), name)) {
                item.refusal = Tr::tr("a mount point: removing it would empty another file system");
            } else {
                *manifest = ItemManifest::read(parent.get(), name);
                if (!manifest->error().isEmpty())
                    item.refusal = manifest->error();
                else if (!manifest->unreadable().isEmpty())
                    m_warnings.append(Tr::tr("%1: %n entries could not be read; they will be kept", nullptr,
                        int(manifest->unreadable().size()))
                                          .arg(QString::fromLocal8Bit(item.path)));
            }
        }
        item.apparentBytes = manifest->apparentBytes();
        item.diskBytes = manifest->diskBytes();
        item.files = manifest->fileCount();
        item.newestMtime = manifest->newestMtime();
        if (item.refusal.isEmpty()) {
            item.onNetworkFileSystem = CleanupGuard::isOnNetworkFileSystem(item.path);
            if (probe)
                item.inUse = probe->usersOf(*manifest, guard.realPath(item.path));
        }
        if (!item.refusal.isEmpty() || !item.inUse.isEmpty())
            item.selected = false;
        m_manifests.push_back(std::move(manifest));
    }
}

void CleanupPlan::dropChangedSince(std::int64_t cutoff)
{
    dropChangedSince(cutoff, QByteArray());
}

void CleanupPlan::dropChangedSince(std::int64_t cutoff, const QByteArray &reason)
{
    QList<CleanupItem> items;
    std::vector<std::shared_ptr<const ItemManifest>> manifests;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        const bool applies = reason.isEmpty() || m_items.at(i).reason == reason;
        if (applies && m_items.at(i).ageFiltered && m_items.at(i).refusal.isEmpty()
            && m_items.at(i).newestMtime >= cutoff)
            continue;
        items.append(m_items.at(i));
        if (std::size_t(i) < m_manifests.size())
            manifests.push_back(m_manifests[std::size_t(i)]);
    }
    m_items = std::move(items);
    m_manifests = std::move(manifests);
}

const QList<CleanupItem> &CleanupPlan::items() const
{
    return m_items;
}

qsizetype CleanupPlan::size() const
{
    return m_items.size();
}

void CleanupPlan::setSelected(qsizetype index, bool selected)
{
    CleanupItem &item = m_items[index];
    item.selected = selected && item.refusal.isEmpty();
}

const ItemManifest &CleanupPlan::manifest(qsizetype index) const
{
    static const ItemManifest empty;
    return std::size_t(index) < m_manifests.size() ? *m_manifests[std::size_t(index)] : empty;
}

FreedBytes CleanupPlan::freed() const
{
    // An inode frees its bytes when every link it had is among the selected entries.
    struct Inode {
        std::uint32_t links = 1;
        std::uint32_t planned = 0;
        std::uint64_t apparent = 0;
        std::uint64_t disk = 0;
    };
    QHash<std::pair<std::uint64_t, std::uint64_t>, Inode> inodes;
    for (qsizetype i = 0; i < m_items.size(); ++i) {
        if (!m_items.at(i).selected || !m_items.at(i).refusal.isEmpty())
            continue;
        for (const ManifestEntry &entry : manifest(i).entries()) {
            Inode &inode = inodes[{ entry.device, entry.inode }];
            inode.links = entry.isDirectory() ? 1 : std::max<std::uint32_t>(entry.links, 1);
            inode.apparent = entry.size;
            inode.disk = entry.diskBytes;
            ++inode.planned;
        }
    }
    FreedBytes freed;
    for (const Inode &inode : std::as_const(inodes)) {
        if (inode.planned >= inode.links) {
            freed.apparent += inode.apparent;
            freed.disk += inode.disk;
        }
    }
    return freed;
}

FreedBytes CleanupPlan::selectedSize() const
{
    FreedBytes size;
    for (const CleanupItem &item : m_items) {
        if (item.selected && item.refusal.isEmpty()) {
            size.apparent += item.apparentBytes;
            size.disk += item.diskBytes;
        }
    }
    return size;
}

const QStringList &CleanupPlan::warnings() const
{
    return m_warnings;
}

void CleanupPlan::addWarning(const QString &warning)
{
    m_warnings.append(warning);
}

} // namespace CacheLens
