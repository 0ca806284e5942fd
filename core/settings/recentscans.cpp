#include "core/settings/recentscans.h"

#include <QFile>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

const QString Key = u"recent/scans"_s;

} // namespace

QList<QList<QByteArray>> RecentScans::load()
{
    QList<QList<QByteArray>> scans;
    QSettings settings;
    const int count = settings.beginReadArray(Key);
    for (int i = 0; i < count && scans.size() < MaxEntries; ++i) {
        settings.setArrayIndex(i);
        // Stored as QByteArrayList: raw bytes survive, a non-UTF-8 name included.
        const QByteArrayList roots = settings.value(u"roots"_s).value<QByteArrayList>();
        if (!roots.isEmpty())
            scans.append(roots);
    }
    settings.endArray();
    return scans;
}

void RecentScans::remember(const QList<QByteArray> &roots)
{
    if (roots.isEmpty())
        return;
    QList<QList<QByteArray>> scans = load();
    scans.removeAll(roots);
    scans.prepend(roots);
    while (scans.size() > MaxEntries)
        scans.removeLast();
    QSettings settings;
    settings.remove(Key);
    settings.beginWriteArray(Key, int(scans.size()));
    for (int i = 0; i < scans.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"roots"_s, QVariant::fromValue(QByteArrayList(scans.at(i))));
    }
    settings.endArray();
}

void RecentScans::clear()
{
    QSettings().remove(Key);
}

QString RecentScans::label(const QList<QByteArray> &roots)
{
    if (roots.isEmpty())
        return {};
    const QString first = QFile::decodeName(roots.constFirst());
    if (roots.size() == 1)
        return first;
    return tr("%1 and %n more", nullptr, int(roots.size() - 1)).arg(first);
}

} // namespace CacheLens
