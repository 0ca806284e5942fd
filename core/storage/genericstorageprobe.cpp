#include "core/storage/genericstorageprobe.h"

#include "core/storage/mountinfo.h"

#include <QCoreApplication>
#include <QFile>
#include <QStorageInfo>

namespace CacheLens
{

QList<Volume> GenericStorageProbe::sample()
{
    QList<Volume> volumes;
    const QList<QStorageInfo> infos = QStorageInfo::mountedVolumes();
    for (const QStorageInfo &info : infos) {
        MountEntry entry;
        entry.mountPoint = QFile::encodeName(info.rootPath());
        entry.fsType = info.fileSystemType();
        entry.source = info.device();
        if (!isStorageMount(entry))
            continue;
        Volume volume;
        volume.mountPoint = entry.mountPoint;
        volume.device = entry.source;
        volume.fsType = entry.fsType;
        volume.readOnly = info.isReadOnly();
        if (!info.isValid() || !info.isReady() || info.bytesTotal() < 0) {
            volume.error = QCoreApplication::translate("StorageProbe", "not ready");
        } else {
            // bytesFree() counts the blocks reserved for root too (f_bfree): used is what df shows.
            volume.totalBytes = std::uint64_t(info.bytesTotal());
            volume.usedBytes = std::uint64_t(info.bytesTotal() - info.bytesFree());
            volume.availableBytes = std::uint64_t(info.bytesAvailable());
        }
        volumes.append(volume);
    }
    return volumes;
}

} // namespace CacheLens
