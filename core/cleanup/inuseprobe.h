#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <cstdint>
#include <utility>

namespace CacheLens
{

class ItemManifest;

/// A process using something.
struct ProcessRef {
    qint64 pid = 0;
    QString name; ///< /proc/PID/comm
    bool operator==(const ProcessRef &) const = default;
};

/// A file that was deleted but is still held open: its space comes back only when the process
/// closes it (or exits).
struct HeldOpenFile {
    ProcessRef process;
    QByteArray path; ///< where it was, as /proc shows it (without " (deleted)")
    std::uint64_t apparentBytes = 0;
    std::uint64_t diskBytes = 0;
};

/// Which processes hold files open, map them or work inside folders, read once from /proc
/// (Linux). A cleanup skips what is in use: deleting a model a server has mapped frees
/// nothing and may break it. Elsewhere isSupported() is false and nothing is known.
class InUseProbe final
{
public:
    [[nodiscard]] static bool isSupported();
    /// Reads every process's open descriptors, mappings and working folder, except this process's.
    /// procRoot is for tests ("/proc" otherwise).
    [[nodiscard]] static InUseProbe snapshot(const QByteArray &procRoot = "/proc");

    /// Processes that have any entry of the item open or mapped, or work inside it (realPath: the
    /// item's path with symlinks resolved).
    [[nodiscard]] QList<ProcessRef> usersOf(const ItemManifest &manifest, const QByteArray &realPath) const;
    /// Processes that have this inode open or mapped.
    [[nodiscard]] QList<ProcessRef> usersOfInode(std::uint64_t device, std::uint64_t inode) const;
    /// Processes whose working folder is path or below it.
    [[nodiscard]] QList<ProcessRef> workingInside(const QByteArray &realPath) const;
    /// Deleted files still held open, largest first, each inode once.
    [[nodiscard]] const QList<HeldOpenFile> &heldOpenDeleted() const;
    /// Processes this probe could not read (another user's, when not root).
    [[nodiscard]] int unreadableProcesses() const;

private:
    using InodeKey = std::pair<std::uint64_t, std::uint64_t>;
    void addUser(const InodeKey &key, qint64 pid);

    QHash<InodeKey, QList<qint64>> m_users;
    QList<std::pair<QByteArray, qint64>> m_workingFolders;
    QHash<qint64, QString> m_names;
    QList<HeldOpenFile> m_heldOpen;
    int m_unreadable = 0;
};

} // namespace CacheLens
