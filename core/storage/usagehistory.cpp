#include "core/storage/usagehistory.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

constexpr int BusyTimeoutMs = 5000;

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(UsageHistory)
};

QString nextConnectionName()
{
    static std::atomic<quint64> counter { 0 };
    return u"cachelens-history-%1"_s.arg(counter.fetch_add(1) + 1);
}

} // namespace

QString UsageHistory::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + u"/cachelens/history.sqlite"_s;
}

UsageHistory::UsageHistory(const QString &path)
    : m_path(path)
    , m_connection(nextConnectionName())
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        fail(Tr::tr("cannot create the folder of %1").arg(path), QString());
        return;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    if (!db.isValid()) {
        fail(Tr::tr("the Qt SQLite driver is missing"), QString());
        return;
    }
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
    if (!db.open()) {
        fail(Tr::tr("cannot open %1").arg(path), db.lastError().text());
        return;
    }
    QSqlQuery query(db);
    // journal_mode=WAL is stored in the file; the busy timeout covers another writer's lock.
    const QStringList setup = {
        u"PRAGMA busy_timeout = %1"_s.arg(BusyTimeoutMs),
        u"PRAGMA journal_mode = WAL"_s,
        u"PRAGMA synchronous = NORMAL"_s,
        u"CREATE TABLE IF NOT EXISTS samples (time INTEGER NOT NULL, mount BLOB NOT NULL, device BLOB NOT NULL, "
        "total INTEGER NOT NULL, used INTEGER NOT NULL, available INTEGER NOT NULL)"_s,
        u"CREATE INDEX IF NOT EXISTS samples_mount_time ON samples (mount, time)"_s,
    };
    for (const QString &statement : setup) {
        if (!query.exec(statement)) {
            fail(Tr::tr("cannot set up %1").arg(path), query.lastError().text());
            return;
        }
        if (statement.contains(u"journal_mode"_s) && query.next()
            && query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
            Log::storage()->warn(
                "{}: journal mode is {}, not WAL", path.toStdString(), query.value(0).toString().toStdString());
    }
    m_open = true;
}

UsageHistory::~UsageHistory()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool UsageHistory::fail(const QString &what, const QString &why)
{
    m_error = why.isEmpty() ? what : what + u": "_s + why;
    // Info, not warn: the caller decides how to tell the user (the CLI prints errorText() itself).
    Log::storage()->info("usage history: {}", m_error.toStdString());
    return false;
}

bool UsageHistory::isOpen() const
{
    return m_open;
}

QString UsageHistory::errorText() const
{
    return m_error;
}

QString UsageHistory::path() const
{
    return m_path;
}

bool UsageHistory::append(std::int64_t time, const QList<Volume> &volumes)
{
    QList<UsageSample> samples;
    for (const Volume &volume : volumes) {
        if (volume.measured())
            samples.append(
                { time, volume.mountPoint, volume.device, volume.totalBytes, volume.usedBytes, volume.availableBytes });
    }
    return append(samples);
}

bool UsageHistory::append(const QList<UsageSample> &samples)
{
    if (!m_open)
        return false;
    if (samples.isEmpty())
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    // BEGIN IMMEDIATE takes the write lock up front, so the busy timeout applies to it (a deferred
    // transaction that upgrades later can fail with SQLITE_BUSY at once).
    QSqlQuery query(db);
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return fail(Tr::tr("cannot write to %1").arg(m_path), query.lastError().text());
    query.prepare(u"INSERT INTO samples (time, mount, device, total, used, available) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const UsageSample &sample : samples) {
        query.addBindValue(qint64(sample.time));
        query.addBindValue(sample.mountPoint);
        // A null QByteArray binds as SQL NULL, which the column refuses: one volume without a
        // device name (QStorageInfo gives none on some systems) would lose every volume's sample.
        query.addBindValue(sample.device.isNull() ? QByteArray("") : sample.device);
        query.addBindValue(qint64(sample.totalBytes));
        query.addBindValue(qint64(sample.usedBytes));
        query.addBindValue(qint64(sample.availableBytes));
        if (!query.exec()) {
            const QString why = query.lastError().text();
            QSqlQuery(db).exec(u"ROLLBACK"_s);
            return fail(Tr::tr("cannot write to %1").arg(m_path), why);
        }
    }
    QSqlQuery commit(db);
    if (!commit.exec(u"COMMIT"_s)) {
        const QString why = commit.lastError().text();
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        return fail(Tr::tr("cannot write to %1").arg(m_path), why);
    }
    return true;
}

QList<UsageSample> UsageHistory::samples(const QByteArray &mountPoint, std::int64_t from, std::int64_t to) const
{
    QList<UsageSample> result;
    if (!m_open)
        return result;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"SELECT time, device, total, used, available FROM samples "
                  "WHERE mount = ? AND time >= ? AND time <= ? ORDER BY time"_s);
    query.addBindValue(mountPoint);
    query.addBindValue(qint64(from));
    query.addBindValue(qint64(to));
    if (!query.exec()) {
        Log::storage()->warn("usage history: {}", query.lastError().text().toStdString());
        return result;
    }
    while (query.next()) {
        result.append({ query.value(0).toLongLong(), mountPoint, query.value(1).toByteArray(),
            std::uint64_t(query.value(2).toLongLong()), std::uint64_t(query.value(3).toLongLong()),
            std::uint64_t(query.value(4).toLongLong()) });
    }
    return result;
}

int UsageHistory::prune(int days, std::int64_t now)
{
    if (!m_open)
        return -1;
    const std::int64_t cutoff = now - std::int64_t(std::max(days, MinRetentionDays)) * 86400;
    QSqlQuery query(QSqlDatabase::database(m_connection, false));
    query.prepare(u"DELETE FROM samples WHERE time < ?"_s);
    query.addBindValue(qint64(cutoff));
    if (!query.exec()) {
        fail(Tr::tr("cannot prune %1").arg(m_path), query.lastError().text());
        return -1;
    }
    return query.numRowsAffected();
}

} // namespace CacheLens
