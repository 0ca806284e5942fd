#pragma once

#include "core/storage/storageprobe.h"

#include <QByteArray>
#include <QHash>
#include <QString>

#include <chrono>
#include <functional>
#include <memory>

struct statvfs;

namespace CacheLens
{

/// Volumes from /proc/self/mountinfo (pseudo file systems dropped, bind mounts collapsed, see
/// selectVolumes()), each measured with statvfs.
///
/// Every statvfs runs on its own short-lived detached thread and all of them share one
/// deadline: a mount whose server is gone reports an error after the timeout while the others
/// report their numbers. A call still stuck from an earlier sample is not repeated (its
/// thread is still blocked in the kernel), the volume just reports the error again.
class LinuxStorageProbe final : public StorageProbe
{
public:
    /// statvfs(2) by default; tests put a slow or failing one here.
    using StatFunction = std::function<int(const char *path, struct statvfs *result)>;
    struct Options {
        QString mountInfoPath = QStringLiteral("/proc/self/mountinfo");
        std::chrono::milliseconds timeout { 2000 };
        StatFunction stat;
    };

    LinuxStorageProbe();
    explicit LinuxStorageProbe(Options options);
    ~LinuxStorageProbe() override;

    [[nodiscard]] QList<Volume> sample() override;

private:
    struct Call;
    Options m_options;
    QHash<QByteArray, std::shared_ptr<Call>> m_stuck; // mount point -> call that did not return in time
};

} // namespace CacheLens
