#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>
#include <sys/types.h>

namespace CacheLens
{

/// One entry in a Trash: where it came from and where it is now.
struct TrashEntry {
    QByteArray originalPath; ///< absolute, raw bytes
    QByteArray filesPath; ///< absolute path of the trashed item in <trash>/files/
    QByteArray infoPath; ///< absolute path of <trash>/info/<name>.trashinfo
    QDateTime deletionDate; ///< local time, as the .trashinfo stores it

    /// The trash directory holding the entry (the folder with files/ and info/).
    [[nodiscard]] QByteArray trashPath() const;
};

/// The freedesktop.org Trash specification 1.0, implemented here rather than through
/// QFile::moveToTrash: that call cannot name non-UTF-8 files, cannot restore, and may copy
/// across volumes. Everything here renames within one volume and works on raw bytes.
class Trash final
{
public:
    /// The home trash: $XDG_DATA_HOME/Trash (default ~/.local/share/Trash). Only computes the
    /// path; moveToTrash() creates it (mode 0700) on demand.
    [[nodiscard]] static QByteArray homeTrashPath();

    /// Moves `name` (inside the directory open as parentFd, which the caller opened without
    /// following symlinks) to the trash, with renameat() so it never leaves its volume:
    /// the home trash when it is on the same device as parentFd, else the volume's
    /// $topdir/.Trash/$uid (only if .Trash exists, is a directory, is not a symlink and has the
    /// sticky bit) or $topdir/.Trash-$uid (created 0700). absolutePath is the item's absolute
    /// path for the .trashinfo. Writes <info>/<unique>.trashinfo with O_EXCL FIRST (unique name:
    /// "name", "name.2", "name.3", … as needed), then renames; on rename failure removes the info
    /// file. Path= is percent-encoded per RFC 2396 (every byte outside unreserved/'/' encoded,
    /// so non-UTF-8 names round-trip byte-exact); relative to $topdir for volume trashes,
    /// absolute for the home trash. DeletionDate=YYYY-MM-DDThh:mm:ss local time.
    /// Never follows a symlink: a symlink item is moved as the link.
    /// Returns the entry, or std::nullopt with *error set to a clear sentence (errno text).
    [[nodiscard]] static std::optional<TrashEntry> moveToTrash(
        int parentFd, QByteArrayView name, const QByteArray &absolutePath, QString *error);

    /// Puts an entry back where it came from (renameat), refusing when something now exists at
    /// the original path or its parent folder is gone (clear error); removes the .trashinfo on success.
    /// Also refuses when the entry's .trashinfo no longer names entry.originalPath (a stale journal).
    [[nodiscard]] static bool restore(const TrashEntry &entry, QString *error);

    /// Deletes an entry for good (the item, recursively, never following symlinks, with a constant
    /// number of file descriptors so deep trees work; then its .trashinfo). Returns false and *error
    /// if anything was left. Refuses, deleting nothing, when the entry's paths are not a
    /// <trash>/files/<name> + <trash>/info/<name>.trashinfo pair or the .trashinfo no longer names
    /// entry.originalPath: a damaged journal must never point erase() at anything else.
    [[nodiscard]] static bool erase(const TrashEntry &entry, QString *error);

    /// Reads a .trashinfo back into an entry (for journals and listings); nullopt if malformed.
    [[nodiscard]] static std::optional<TrashEntry> readInfo(const QByteArray &infoPath, const QByteArray &trashPath);

    // Building blocks, public for tests and for listing trashes.

    /// What moveToTrash() does once it has chosen the trash: the same checks, .trashinfo and
    /// rename, into trashPath (which must exist with files/ and info/, on parentFd's volume).
    /// topdir empty: Path= is absolute (the home trash); else it is relative to topdir, which
    /// absolutePath must be below (a volume trash).
    [[nodiscard]] static std::optional<TrashEntry> moveToTrashDirectory(int parentFd, QByteArrayView name,
        const QByteArray &absolutePath, const QByteArray &trashPath, const QByteArray &topdir, QString *error);

    /// The trash directory to use on the volume whose top directory is topdir, for user uid:
    /// $topdir/.Trash/$uid when $topdir/.Trash is a real directory (not a symlink) with the sticky
    /// bit ($uid is created 0700 if missing, and must be a directory owned by uid), else
    /// $topdir/.Trash-$uid (created 0700 if missing; must be a directory owned by uid, not a
    /// symlink). Creates files/ and info/ inside. Empty with *error when neither can be used.
    [[nodiscard]] static QByteArray volumeTrashPath(const QByteArray &topdir, uid_t uid, QString *error);

    /// The top directory of the mount holding the folder open as dirFd, whose absolute path is
    /// dirPath (checked against dirFd): the highest ancestor of dirPath on the same device.
    [[nodiscard]] static QByteArray topDirectory(int dirFd, const QByteArray &dirPath, QString *error);
};

/// Percent-encodes a path for a .trashinfo: every byte outside RFC 2396's unreserved set
/// (alphanumerics and -_.!~*'()) and '/' becomes %XX, so any byte sequence survives.
[[nodiscard]] QByteArray percentEncodePath(QByteArrayView path);

/// The inverse of percentEncodePath(); accepts any %XX (either case). nullopt on a malformed
/// escape or an encoded NUL.
[[nodiscard]] std::optional<QByteArray> percentDecodePath(QByteArrayView encoded);

} // namespace CacheLens
