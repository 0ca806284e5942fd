#pragma once

#include <QByteArray>
#include <QList>

namespace CacheLens
{

/// One line of /proc/self/mountinfo (proc(5)), with the octal escapes (\040 …) undone.
struct MountEntry {
    int id = 0;
    int parentId = 0;
    QByteArray device; ///< "major:minor": the file system; bind mounts share it
    QByteArray root; ///< the folder of that file system mounted here ("/" unless a bind mount of a subfolder)
    QByteArray mountPoint;
    QByteArray fsType; ///< with its subtype: "fuse.sshfs"
    QByteArray source; ///< "/dev/sda1", "tmpfs", "server:/export"
    bool readOnly = false;
};

/// Parses the text of a mountinfo file; malformed lines are skipped.
[[nodiscard]] QList<MountEntry> parseMountInfo(const QByteArray &text);

/// Undoes the kernel's octal escapes in mount fields: "\040" is a space, "\134" a backslash.
[[nodiscard]] QByteArray unescapeMountField(const QByteArray &field);

/// False for kernel pseudo file systems (proc, sysfs, cgroup2, …), read-only images (squashfs
/// snaps) and tmpfs/overlay mounts that are not storage a user fills: tmpfs counts only at
/// /tmp, /dev/shm (DataLoader workers fill it) and /run/user/<uid>, overlay only as the root of
/// a container.
[[nodiscard]] bool isStorageMount(const MountEntry &entry);

/// The volumes worth showing, in mountinfo order: storage mounts only, a mount point mounted
/// over keeps only its visible (last) mount, and a file system mounted at several places
/// (bind mounts) is listed once, at the place showing most of it (the shortest root), then at
/// the shortest mount point.
[[nodiscard]] QList<MountEntry> selectVolumes(const QList<MountEntry> &entries);

} // namespace CacheLens
