#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>

namespace CacheLens
{

/// One mounted file system and how full it is, counted as df counts it.
struct Volume {
    QByteArray mountPoint; ///< raw bytes: mount points need not be UTF-8
    QByteArray device; ///< the mount source: "/dev/nvme0n1p2", "server:/export", "tmpfs"
    QByteArray fsType; ///< "ext4", "overlay", "nfs4", …
    std::uint64_t totalBytes = 0; ///< f_blocks * f_frsize
    std::uint64_t usedBytes = 0; ///< (f_blocks - f_bfree) * f_frsize: what df shows as Used
    std::uint64_t availableBytes = 0; ///< f_bavail * f_frsize: what an unprivileged user can still write
    bool readOnly = false;
    QString error; ///< why the numbers are missing (timed out, permission denied…); empty when measured

    [[nodiscard]] bool measured() const
    {
        return error.isEmpty();
    }
    /// df's Use%: used / (used + available), so the root-reserved blocks count as full. 0 when unknown.
    [[nodiscard]] double usedRatio() const
    {
        const std::uint64_t usable = usedBytes + availableBytes;
        return usable == 0 ? 0.0 : double(usedBytes) / double(usable);
    }
};

} // namespace CacheLens
