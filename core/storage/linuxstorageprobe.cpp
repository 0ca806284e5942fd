#include "core/storage/linuxstorageprobe.h"

#include "core/logging.h"
#include "core/storage/mountinfo.h"

#include <QCoreApplication>
#include <QFile>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <sys/statvfs.h>
#include <thread>
#include <unistd.h>

namespace CacheLens
{
namespace
{

QByteArray readWholeFile(const QString &path, int *error)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        *error = errno;
        return {};
    }
    QByteArray text;
    char buffer[16384];
    for (;;) {
        const ssize_t n = ::read(fd, buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            *error = n < 0 ? errno : 0;
            break;
        }
        text.append(buffer, n);
    }
    ::close(fd);
    return text;
}

} // namespace

// What one statvfs thread hands back. Shared between the caller and the (detached) thread, so
// a thread that outlives its sample still writes into memory it owns.
struct LinuxStorageProbe::Call {
    std::mutex mutex;
    std::condition_variable doneChanged;
    bool done = false;
    int result = -1;
    int error = 0;
    struct statvfs stats {
    };
};

LinuxStorageProbe::LinuxStorageProbe()
    : LinuxStorageProbe(Options {})
{
}

LinuxStorageProbe::LinuxStorageProbe(Options options)
    : m_options(std::move(options))
{
    if (!m_options.stat)
        m_options.stat = [](const char *path, struct statvfs *result) { return ::statvfs(path, result); };
}

LinuxStorageProbe::~LinuxStorageProbe() = default;

QList<Volume> LinuxStorageProbe::sample()
{
    int readError = 0;
    const QByteArray text = readWholeFile(m_options.mountInfoPath, &readError);
    if (readError != 0) {
        Log::storage()->warn("cannot read {}: {}", m_options.mountInfoPath.toStdString(), std::strerror(readError));
        return {};
    }
    const QList<MountEntry> entries = selectVolumes(parseMountInfo(text));

    // Start every call first, then wait for all of them against one deadline.
    QList<std::shared_ptr<Call>> calls;
    calls.reserve(entries.size());
    for (const MountEntry &entry : entries) {
        if (const auto stuck = m_stuck.value(entry.mountPoint)) {
            std::lock_guard lock(stuck->mutex);
            if (!stuck->done) {
                calls.append(nullptr); // still blocked since an earlier sample
                continue;
            }
            m_stuck.remove(entry.mountPoint);
        }
        auto call = std::make_shared<Call>();
        try {
            std::thread([call, path = entry.mountPoint, stat = m_options.stat] {
                struct statvfs stats {
                };
                const int result = stat(path.constData(), &stats);
                const int error = result == 0 ? 0 : errno;
                std::lock_guard lock(call->mutex);
                call->result = result;
                call->error = error;
                call->stats = stats;
                call->done = true;
                call->doneChanged.notify_all();
            }).detach();
        } catch (const std::system_error &error) {
            std::lock_guard lock(call->mutex);
            call->error = error.code().value();
            call->done = true;
        }
        calls.append(call);
    }

    const auto deadline = std::chrono::steady_clock::now() + m_options.timeout;
    const double timeoutSeconds = double(m_options.timeout.count()) / 1000.0;
    QList<Volume> volumes;
    volumes.reserve(entries.size());
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const MountEntry &entry = entries.at(i);
        Volume volume;
        volume.mountPoint = entry.mountPoint;
        volume.device = entry.source;
        volume.fsType = entry.fsType;
        volume.readOnly = entry.readOnly;
        const std::shared_ptr<Call> &call = calls.at(i);
        if (!call) {
            volume.error = QCoreApplication::translate("StorageProbe", "still not answering (since an earlier sample)");
            volumes.append(volume);
            continue;
        }
        std::unique_lock lock(call->mutex);
        if (!call->doneChanged.wait_until(lock, deadline, [&] { return call->done; })) {
            volume.error
                = QCoreApplication::translate("StorageProbe", "did not answer within %1 s").arg(timeoutSeconds);
            m_stuck.insert(entry.mountPoint, call);
            Log::storage()->warn("{} ({}) did not answer statvfs within {} s", entry.mountPoint.constData(),
                entry.fsType.constData(), timeoutSeconds);
        } else if (call->result != 0) {
            volume.error = QString::fromLocal8Bit(std::strerror(call->error));
        } else {
            const struct statvfs &st = call->stats;
            const std::uint64_t unit = st.f_frsize ? st.f_frsize : st.f_bsize;
            volume.totalBytes = std::uint64_t(st.f_blocks) * unit;
            volume.usedBytes = std::uint64_t(st.f_blocks - std::min(st.f_blocks, st.f_bfree)) * unit;
            volume.availableBytes = std::uint64_t(st.f_bavail) * unit;
            volume.readOnly = volume.readOnly || (st.f_flag & ST_RDONLY);
        }
        volumes.append(volume);
    }
    return volumes;
}

} // namespace CacheLens
