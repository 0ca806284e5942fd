#include "core/cleanup/freespace.h"

#include <sys/stat.h>
#include <sys/statvfs.h>

namespace CacheLens
{

std::optional<VolumeSpace> volumeSpace(const QByteArray &path)
{
    QByteArray probe = path;
    while (!probe.isEmpty()) {
        struct stat st {
        };
        struct statvfs vfs {
        };
        if (::stat(probe.constData(), &st) == 0 && ::statvfs(probe.constData(), &vfs) == 0) {
            VolumeSpace space;
            space.device = std::uint64_t(st.st_dev);
            space.available = std::uint64_t(vfs.f_bavail) * std::uint64_t(vfs.f_frsize);
            space.total = std::uint64_t(vfs.f_blocks) * std::uint64_t(vfs.f_frsize);
            return space;
        }
        if (probe == "/")
            break;
        const qsizetype slash = probe.lastIndexOf('/');
        probe = slash <= 0 ? QByteArray("/") : probe.left(slash);
    }
    return std::nullopt;
}

FreeSpaceSnapshot FreeSpaceSnapshot::measure(const QList<QByteArray> &paths)
{
    FreeSpaceSnapshot snapshot;
    for (const QByteArray &path : paths) {
        if (const std::optional<VolumeSpace> space = volumeSpace(path))
            snapshot.availableByDevice.insert(space->device, space->available);
    }
    return snapshot;
}

std::optional<std::int64_t> FreeSpaceSnapshot::freedSince(const FreeSpaceSnapshot &before) const
{
    std::optional<std::int64_t> freed;
    for (auto it = availableByDevice.cbegin(); it != availableByDevice.cend(); ++it) {
        const auto old = before.availableByDevice.constFind(it.key());
        if (old == before.availableByDevice.cend())
            continue;
        freed = freed.value_or(0) + (std::int64_t(it.value()) - std::int64_t(old.value()));
    }
    return freed;
}

} // namespace CacheLens
