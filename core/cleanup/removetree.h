#pragma once

#include <QByteArrayView>
#include <QString>

namespace CacheLens
{

/// Deletes `name` inside the directory open as parentFd, for good: a file or symlink is unlinked
/// (a symlink as the link, its target untouched), a folder is emptied and removed.
///
/// Never follows a symlink and never leaves the file system the folder is on. The walk is
/// iterative with a constant number of descriptors (down with openat(O_NOFOLLOW), back up with
/// openat("..") checked against the device and inode recorded on the way down), so trees deeper
/// than PATH_MAX or than the descriptor limit go too, and a folder moved away during the walk
/// stops it instead of sending it somewhere else.
///
/// Stops at the first entry it cannot remove and returns false with *error naming it; what was
/// already removed stays removed. A name that does not exist is an error too (ENOENT).
[[nodiscard]] bool removeTreeAt(int parentFd, QByteArrayView name, QString *error);

} // namespace CacheLens
