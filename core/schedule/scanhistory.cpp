#include "core/schedule/scanhistory.h"

#include "core/appinfo.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// Sizes are integers in bytes (DESIGN.md); QJsonValue keeps a qint64 exact.
std::uint64_t bytesOf(const QJsonValue &value)
{
    const qint64 bytes = value.toInteger(-1);
    return bytes < 0 ? 0 : std::uint64_t(bytes);
}

} // namespace

QList<QByteArray> ScheduledScanResult::selectorsWithSomething() const
{
    QList<QByteArray> found;
    for (const SelectorBytes &selector : selectors) {
        if (selector.items > 0 && selector.diskBytes > 0)
            found.append(selector.selector);
    }
    return found;
}

QString ScanHistory::defaultPath()
{
    return AppInfo::dataDirectory() + u"/scheduled-scans.jsonl"_s;
}

ScanHistory::ScanHistory(QString path)
    : m_path(std::move(path))
{
}

QString ScanHistory::path() const
{
    return m_path;
}

QByteArray ScanHistory::toJsonLine(const ScheduledScanResult &result)
{
    QJsonArray selectors;
    for (const SelectorBytes &selector : result.selectors) {
        selectors.append(QJsonObject {
            { u"selector"_s, QString::fromUtf8(selector.selector) },
            { u"disk_bytes"_s, qint64(selector.diskBytes) },
            { u"items"_s, qint64(selector.items) },
        });
    }
    QJsonObject object {
        { u"version"_s, 1 },
        { u"time"_s, result.time.toUTC().toString(Qt::ISODate) },
        { u"duration_ms"_s, qint64(result.durationMs) },
        { u"reclaimable_disk_bytes"_s, qint64(result.reclaimableBytes) },
        { u"safe_disk_bytes"_s, qint64(result.safeBytes) },
        { u"selectors"_s, selectors },
        { u"notified"_s, result.notified },
    };
    if (result.manual)
        object.insert(u"manual"_s, true);
    if (!result.error.isEmpty())
        object.insert(u"error"_s, result.error);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

ScheduledScanResult ScanHistory::fromJsonLine(const QByteArray &line, QString *errorOut)
{
    QString ignored;
    QString *error = errorOut ? errorOut : &ignored;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(line, &parseError);
    ScheduledScanResult result;
    if (!document.isObject()) {
        *error = parseError.error == QJsonParseError::NoError ? u"not a JSON object"_s : parseError.errorString();
        return result;
    }
    const QJsonObject object = document.object();
    if (object.value(u"version"_s).toInt() != 1) {
        *error = u"unknown version"_s;
        return result;
    }
    const QDateTime time = QDateTime::fromString(object.value(u"time"_s).toString(), Qt::ISODate);
    if (!time.isValid()) {
        *error = u"no valid time"_s;
        return result;
    }
    result.durationMs = object.value(u"duration_ms"_s).toInteger();
    result.reclaimableBytes = bytesOf(object.value(u"reclaimable_disk_bytes"_s));
    result.safeBytes = bytesOf(object.value(u"safe_disk_bytes"_s));
    for (const QJsonValue &value : object.value(u"selectors"_s).toArray()) {
        const QJsonObject selector = value.toObject();
        result.selectors.append({ selector.value(u"selector"_s).toString().toUtf8(),
            bytesOf(selector.value(u"disk_bytes"_s)), qsizetype(selector.value(u"items"_s).toInteger()) });
    }
    result.error = object.value(u"error"_s).toString();
    result.manual = object.value(u"manual"_s).toBool(false);
    result.notified = object.value(u"notified"_s).toBool(result.reclaimableBytes > 0);
    result.time = time.toUTC();
    return result;
}

QList<ScheduledScanResult> ScanHistory::read(QStringList *warnings) const
{
    QList<ScheduledScanResult> results;
    QFile file(m_path);
    if (!file.exists())
        return results;
    if (!file.open(QIODevice::ReadOnly)) {
        Log::cleanup()->warn(
            "cannot read the scheduled-scan history {}: {}", m_path.toStdString(), file.errorString().toStdString());
        if (warnings)
            warnings->append(file.errorString());
        return results;
    }
    int lineNumber = 0;
    while (!file.atEnd()) {
        const QByteArray line = file.readLine().trimmed();
        ++lineNumber;
        if (line.isEmpty())
            continue;
        QString error;
        ScheduledScanResult result = fromJsonLine(line, &error);
        if (!result.time.isValid()) {
            // A torn or hand-edited line costs that entry, never the history.
            Log::cleanup()->warn("skipping line {} of {}: {}", lineNumber, m_path.toStdString(), error.toStdString());
            if (warnings)
                warnings->append(u"line %1: %2"_s.arg(lineNumber).arg(error));
            continue;
        }
        results.append(std::move(result));
    }
    return results;
}

bool ScanHistory::append(const ScheduledScanResult &result, QString *error) const
{
    QList<ScheduledScanResult> entries = read();
    entries.append(result);
    if (entries.size() > Cap)
        entries.remove(0, entries.size() - Cap);
    const QString folder = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = u"cannot create %1"_s.arg(folder);
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    for (const ScheduledScanResult &entry : std::as_const(entries))
        file.write(toJsonLine(entry) + '\n');
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace CacheLens
