#pragma once

#include "core/storage/usagetrend.h"
#include "core/storage/volume.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace CacheLens
{

/// One stored sample of one volume.
struct UsageSample {
    std::int64_t time = 0; ///< seconds since the epoch
    QByteArray mountPoint;
    QByteArray device;
    std::uint64_t totalBytes = 0;
    std::uint64_t usedBytes = 0;
    std::uint64_t availableBytes = 0;

    [[nodiscard]] UsagePoint point() const
    {
        return { time, usedBytes, availableBytes };
    }
};

/// Volume samples kept across restarts in an SQLite database (Qt SQL).
///
/// The database runs in WAL mode with a busy timeout, so the window and `cachelens monitor`
/// (or two monitors) append to the same file at once. Each instance has its own connection
/// and must be used from the thread that created it (QSqlDatabase is per thread).
class UsageHistory final
{
public:
    /// Samples older than this are never pruned, so the chart can always show a week.
    static constexpr int MinRetentionDays = 7;
    static constexpr int DefaultRetentionDays = 30;

    /// $XDG_DATA_HOME/cachelens/history.sqlite.
    [[nodiscard]] static QString defaultPath();

    /// Opens (and creates, with its folder) the database; see isOpen() and errorText().
    explicit UsageHistory(const QString &path = defaultPath());
    ~UsageHistory();
    UsageHistory(const UsageHistory &) = delete;
    UsageHistory &operator=(const UsageHistory &) = delete;

    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] QString errorText() const; ///< why opening or the last write failed (logged at info only)
    [[nodiscard]] QString path() const;

    /// Stores the measured volumes of one sample taken at time, in one transaction.
    bool append(std::int64_t time, const QList<Volume> &volumes);
    bool append(const QList<UsageSample> &samples);

    /// The samples of one mount point with from <= time <= to, oldest first.
    [[nodiscard]] QList<UsageSample> samples(const QByteArray &mountPoint, std::int64_t from, std::int64_t to) const;

    /// Deletes samples older than days (at least MinRetentionDays) before now; returns how many, or -1.
    int prune(int days, std::int64_t now);

private:
    bool fail(const QString &what, const QString &why);

    QString m_path;
    QString m_connection;
    QString m_error;
    bool m_open = false;
};

} // namespace CacheLens
