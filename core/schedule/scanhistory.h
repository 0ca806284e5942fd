#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace CacheLens
{

/// What one selector alone would free (the wizard's estimate for its row).
struct SelectorBytes {
    QByteArray selector; ///< "temp", "hf-detached", "cache:pip", …
    std::uint64_t diskBytes = 0; ///< freed on disk, per inode
    qsizetype items = 0;

    friend bool operator==(const SelectorBytes &, const SelectorBytes &) = default;
};

/// One scheduled (or "check now") look for reclaimable space in the ML caches.
struct ScheduledScanResult {
    QDateTime time; ///< when it started (UTC in the history file)
    std::int64_t durationMs = 0;
    std::uint64_t reclaimableBytes = 0; ///< every selector together, each byte once
    std::uint64_t safeBytes = 0; ///< the selectors of tier safe together (re-creatable caches)
    QList<SelectorBytes> selectors; ///< each selector asked, with what it alone would free
    QString error; ///< empty when the scan could run
    bool manual = false; ///< the user asked for it ("Look for Reclaimable Space"), not the schedule
    /// It raised a desktop notification (see isWorthNotifying()). Entries written before this
    /// field existed read as true when they found something: those versions notified every time.
    bool notified = false;

    /// The selectors that found something, in order: what a notification's action ticks.
    [[nodiscard]] QList<QByteArray> selectorsWithSomething() const;

    friend bool operator==(const ScheduledScanResult &, const ScheduledScanResult &) = default;
};

/// The results of past scheduled scans, one JSON object per line (JSON Lines) in the app data
/// dir, newest last, at most Cap lines. Every write replaces the file atomically (QSaveFile), so
/// a reader never sees half a line; a line that cannot be read is skipped with a log line.
class ScanHistory final
{
public:
    static constexpr qsizetype Cap = 200;

    /// $XDG_DATA_HOME/cachelens/scheduled-scans.jsonl, next to the usage history.
    [[nodiscard]] static QString defaultPath();

    explicit ScanHistory(QString path = defaultPath());

    [[nodiscard]] QString path() const;
    /// Every readable entry, oldest first; a missing file is an empty history. Each skipped line
    /// adds a sentence to *warnings when given.
    [[nodiscard]] QList<ScheduledScanResult> read(QStringList *warnings = nullptr) const;
    /// Adds result, dropping the oldest entries beyond Cap; false with *error when it could not
    /// be written (the old file then stays as it was).
    bool append(const ScheduledScanResult &result, QString *error = nullptr) const;

    /// One history line (no newline) and back; a line that cannot be read gives a result with an
    /// invalid time and the reason in *error.
    [[nodiscard]] static QByteArray toJsonLine(const ScheduledScanResult &result);
    [[nodiscard]] static ScheduledScanResult fromJsonLine(const QByteArray &line, QString *error);

private:
    QString m_path;
};

} // namespace CacheLens

Q_DECLARE_METATYPE(CacheLens::ScheduledScanResult)
