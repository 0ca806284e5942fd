#include "core/cleanup/cleanupjournal.h"

#include "core/appinfo.h"
#include "core/report/jsonpath.h"
#include "core/report/jsonwriter.h"
#include "core/report/sizeformat.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CleanupJournal)
};

bool exists(const QByteArray &path)
{
    struct stat st {
    };
    return ::lstat(path.constData(), &st) == 0;
}

} // namespace

CleanupJournal::CleanupJournal(QString path)
    : m_path(std::move(path))
{
}

QString CleanupJournal::defaultPath()
{
    return AppInfo::dataDirectory() + u"/journal.jsonl"_s;
}

QString CleanupJournal::path() const
{
    return m_path;
}

QByteArray CleanupJournal::newRunId()
{
    return QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1() + '-'
        + QByteArray::number(qint64(::getpid()));
}

bool CleanupJournal::append(const JournalRecord &record, QString *error)
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        if (error)
            *error = Tr::tr("cannot write the journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    JsonWriter json(JsonWriter::Style::Compact);
    json.startObject();
    json.field("version", 1);
    json.field("time", record.time.isEmpty() ? formatIsoTime(QDateTime::currentSecsSinceEpoch()) : record.time);
    json.field("run", QString::fromLatin1(record.run));
    json.field("method", QString::fromLatin1(record.method));
    json.field("action", QString::fromLatin1(record.action));
    json.path(record.path);
    json.field("apparent_bytes", record.apparentBytes);
    json.field("disk_bytes", record.diskBytes);
    if (!record.reason.isEmpty())
        json.field("reason", record.reason);
    if (record.trash) {
        json.field("trash_files_b64", QString::fromLatin1(record.trash->filesPath.toBase64()));
        json.field("trash_info_b64", QString::fromLatin1(record.trash->infoPath.toBase64()));
        json.field("deletion_date", record.trash->deletionDate.toString(Qt::ISODate));
    }
    if (!record.archive.isEmpty())
        json.field("archive", QString::fromUtf8(record.archive));
    json.endObject();
    const QByteArray line = json.take();
    if (file.write(line) != line.size() || !file.flush()) {
        if (error)
            *error = Tr::tr("cannot write the journal %1: %2").arg(m_path, file.errorString());
        return false;
    }
    return true;
}

QList<JournalRecord> CleanupJournal::read(QStringList *warnings) const
{
    QList<JournalRecord> records;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return records;
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
        const QJsonObject object = document.object();
        if (parseError.error != QJsonParseError::NoError || object.value(u"version"_s).toInt() != 1) {
            if (warnings)
                warnings->append(Tr::tr("%1:%2: not a journal record; skipped").arg(m_path).arg(lineNumber));
            continue;
        }
        JournalRecord record;
        record.time = object.value(u"time"_s).toString();
        record.run = object.value(u"run"_s).toString().toLatin1();
        record.method = object.value(u"method"_s).toString().toLatin1();
        record.action = object.value(u"action"_s).toString().toLatin1();
        record.path = takePath(object);
        record.apparentBytes = std::uint64_t(object.value(u"apparent_bytes"_s).toDouble());
        record.diskBytes = std::uint64_t(object.value(u"disk_bytes"_s).toDouble());
        record.reason = object.value(u"reason"_s).toString();
        record.archive = object.value(u"archive"_s).toString().toUtf8();
        if (object.contains(u"trash_files_b64"_s)) {
            TrashEntry entry;
            entry.originalPath = record.path;
            entry.filesPath = QByteArray::fromBase64(object.value(u"trash_files_b64"_s).toString().toLatin1());
            entry.infoPath = QByteArray::fromBase64(object.value(u"trash_info_b64"_s).toString().toLatin1());
            entry.deletionDate = QDateTime::fromString(object.value(u"deletion_date"_s).toString(), Qt::ISODate);
            record.trash = entry;
        }
        records.append(record);
    }
    return records;
}

QList<TrashEntry> CleanupJournal::trashedByCacheLens() const
{
    QList<TrashEntry> entries;
    QSet<QByteArray> gone; // trash files paths restored or emptied since
    const QList<JournalRecord> records = read();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (!it->trash)
            continue;
        if (it->action != "trashed") {
            gone.insert(it->trash->filesPath);
            continue;
        }
        if (!gone.contains(it->trash->filesPath) && exists(it->trash->filesPath) && exists(it->trash->infoPath))
            entries.append(*it->trash);
    }
    return entries;
}

QList<TrashEntry> CleanupJournal::lastTrashedRun(QByteArray *run) const
{
    const QList<TrashEntry> present = trashedByCacheLens();
    QSet<QByteArray> presentFiles;
    for (const TrashEntry &entry : present)
        presentFiles.insert(entry.filesPath);
    const QList<JournalRecord> records = read();
    for (auto it = records.crbegin(); it != records.crend(); ++it) {
        if (it->action != "trashed" || !presentFiles.contains(it->trash->filesPath))
            continue;
        QList<TrashEntry> entries;
        for (const JournalRecord &record : records) {
            if (record.run == it->run && record.action == "trashed" && presentFiles.contains(record.trash->filesPath))
                entries.append(*record.trash);
        }
        if (run)
            *run = it->run;
        return entries;
    }
    return {};
}

} // namespace CacheLens
