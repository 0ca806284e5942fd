#include "core/report/prometheus.h"

#include <QCoreApplication>
#include <QSaveFile>

namespace CacheLens
{
namespace
{

struct Metric {
    const char *name;
    const char *help;
};

void header(QByteArray &out, const Metric &metric)
{
    out += "# HELP ";
    out += metric.name;
    out += ' ';
    out += metric.help;
    out += "\n# TYPE ";
    out += metric.name;
    out += " gauge\n";
}

QByteArray volumeLabels(const Volume &volume)
{
    return "{mount=\"" + escapeLabelValue(volume.mountPoint) + "\",device=\"" + escapeLabelValue(volume.device)
        + "\",fstype=\"" + escapeLabelValue(volume.fsType) + "\"}";
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'g', 10);
}

} // namespace

QByteArray escapeLabelValue(const QByteArray &value)
{
    const QByteArray utf8 = QString::fromUtf8(value).toUtf8();
    QByteArray out;
    out.reserve(utf8.size());
    for (const char c : utf8) {
        if (c == '\\')
            out += "\\\\";
        else if (c == '"')
            out += "\\\"";
        else if (c == '\n')
            out += "\\n";
        else
            out += c;
    }
    return out;
}

QByteArray prometheusText(const QList<VolumeStatus> &volumes, const QList<CacheBytes> &caches)
{
    using Value = QByteArray (*)(const VolumeStatus &);
    struct VolumeMetric {
        Metric metric;
        Value value; // empty: no sample for this volume
    };
    const VolumeMetric volumeMetrics[] = {
        { { "cachelens_volume_total_bytes", "Size of the file system in bytes, as df counts it." },
            [](const VolumeStatus &s) { return QByteArray::number(s.volume.totalBytes); } },
        { { "cachelens_volume_used_bytes", "Used bytes, as df counts them: (blocks - free blocks) * fragment size." },
            [](const VolumeStatus &s) { return QByteArray::number(s.volume.usedBytes); } },
        { { "cachelens_volume_available_bytes", "Bytes an unprivileged user can still write." },
            [](const VolumeStatus &s) { return QByteArray::number(s.volume.availableBytes); } },
        { { "cachelens_volume_used_ratio", "used / (used + available), df's Use% as a ratio." },
            [](const VolumeStatus &s) { return number(s.volume.usedRatio()); } },
        { { "cachelens_volume_eta_full_seconds",
              "Seconds until the volume is full at its recent growth rate; absent when it is not growing." },
            [](const VolumeStatus &s) {
                return s.trend && s.trend->etaFullSeconds ? QByteArray::number(*s.trend->etaFullSeconds) : QByteArray();
            } },
    };

    QByteArray out;
    for (const VolumeMetric &metric : volumeMetrics) {
        QByteArray lines;
        for (const VolumeStatus &status : volumes) {
            if (!status.volume.measured())
                continue;
            const QByteArray value = metric.value(status);
            if (!value.isEmpty())
                lines += metric.metric.name + volumeLabels(status.volume) + ' ' + value + '\n';
        }
        if (lines.isEmpty())
            continue;
        header(out, metric.metric);
        out += lines;
    }
    if (!caches.isEmpty()) {
        header(out, { "cachelens_cache_bytes", "Bytes on disk of a known ML cache (pip, huggingface-hub, ...)." });
        for (const CacheBytes &cache : caches) {
            out += "cachelens_cache_bytes{cache=\"" + escapeLabelValue(cache.id) + "\",path=\""
                + escapeLabelValue(cache.path) + "\"} " + QByteArray::number(cache.bytes) + '\n';
        }
    }
    return out;
}

QString writeFileAtomically(const QString &path, const QByteArray &text)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return file.errorString();
    if (file.write(text) != text.size()) {
        const QString why = file.errorString();
        file.cancelWriting();
        return why;
    }
    if (!file.commit())
        return file.errorString();
    return {};
}

} // namespace CacheLens
