#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

namespace CacheLens
{

/// The folders the user scanned lately, newest first: one entry per scan, which may have had
/// several roots ("Scan ML Caches" has one per cache). Raw path bytes, as the scan had them.
class RecentScans final
{
    Q_DECLARE_TR_FUNCTIONS(RecentScans)

public:
    static constexpr qsizetype MaxEntries = 8;

    [[nodiscard]] static QList<QList<QByteArray>> load();
    /// Puts roots first, dropping an older entry with the same roots and the oldest beyond MaxEntries.
    static void remember(const QList<QByteArray> &roots);
    static void clear();

    /// How an entry reads in a menu: the path, or "first path and N more".
    [[nodiscard]] static QString label(const QList<QByteArray> &roots);
};

} // namespace CacheLens
