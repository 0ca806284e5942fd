#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>

#include <cstdint>
#include <optional>

namespace CacheLens
{

/// Free space on one volume, as statvfs() reports it to an unprivileged user.
struct VolumeSpace {
    std::uint64_t device = 0; ///< st_dev of the path asked about
    std::uint64_t available = 0; ///< f_bavail * f_frsize: what a non-root user can still write
    std::uint64_t total = 0; ///< f_blocks * f_frsize
};

/// The volume holding path, or its nearest existing ancestor (an item already removed still
/// tells which volume it was on). nullopt when nothing along the path can be read.
/// Blocks on a hung network mount: call it off the GUI thread.
[[nodiscard]] std::optional<VolumeSpace> volumeSpace(const QByteArray &path);

/// Free space of every volume holding one of some paths, each volume once: taken before and
/// after a cleanup, the difference is what the cleanup freed as the file system sees it.
struct FreeSpaceSnapshot {
    QHash<std::uint64_t, std::uint64_t> availableByDevice;

    [[nodiscard]] static FreeSpaceSnapshot measure(const QList<QByteArray> &paths);
    /// Bytes that became free since before, summed over the volumes both saw (negative when
    /// something else filled the disk meanwhile). nullopt when no volume was seen by both.
    [[nodiscard]] std::optional<std::int64_t> freedSince(const FreeSpaceSnapshot &before) const;
};

} // namespace CacheLens
