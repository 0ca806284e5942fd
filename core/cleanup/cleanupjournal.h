#pragma once

#include "core/cleanup/trash.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

namespace CacheLens
{

/// One line of the journal: something a cleanup did (or chose not to do) to one path.
struct JournalRecord {
    QString time; ///< ISO 8601 UTC
    QByteArray run; ///< all records of one cleanup share it
    QByteArray method; ///< "trash", "archive", "delete", "undo"
    QByteArray action; ///< "trashed", "deleted", "archived", "skipped", "restored", "emptied"
    QByteArray path;
    std::uint64_t apparentBytes = 0;
    std::uint64_t diskBytes = 0;
    QString reason; ///< skipped: why
    std::optional<TrashEntry> trash; ///< trashed/restored/emptied: where it went
    QByteArray archive; ///< archived: the archive file
};

/// Every cleanup action, appended as JSON Lines to $XDG_DATA_HOME/cachelens/journal.jsonl,
/// so a user can see what went where, and "Undo last cleanup" can restore what went to the Trash.
class CleanupJournal final
{
public:
    explicit CleanupJournal(QString path = defaultPath());
    [[nodiscard]] static QString defaultPath();
    [[nodiscard]] QString path() const;

    /// A new run id ("20261123T235901Z-4242"): time and process, unique enough for one machine.
    [[nodiscard]] static QByteArray newRunId();
    /// Appends one record (one line, flushed at once so a crash loses nothing written before).
    bool append(const JournalRecord &record, QString *error = nullptr);
    /// Every record, oldest first; lines that cannot be read become warnings.
    [[nodiscard]] QList<JournalRecord> read(QStringList *warnings = nullptr) const;

    /// The newest run that moved something to the Trash, with what of it is still there to
    /// restore (not restored or emptied since, and still in the Trash). Empty if none.
    [[nodiscard]] QList<TrashEntry> lastTrashedRun(QByteArray *run = nullptr) const;
    /// Everything CacheLens moved to the Trash that is still there.
    [[nodiscard]] QList<TrashEntry> trashedByCacheLens() const;

private:
    QString m_path;
};

} // namespace CacheLens
