#include "core/cleanup/cleanupundo.h"

#include "core/cleanup/cleanupjournal.h"
#include "core/cleanup/trash.h"
#include "core/logging.h"

#include <spdlog/spdlog.h>

#include <algorithm>

namespace CacheLens
{

bool UndoResult::nothingToUndo() const
{
    return run.isEmpty() && restored.isEmpty() && failures.isEmpty();
}

UndoResult undoLastCleanup(CleanupJournal &journal)
{
    UndoResult result;
    const QList<TrashEntry> entries = journal.lastTrashedRun(&result.run);
    if (entries.isEmpty()) {
        result.run.clear();
        return result;
    }
    QList<QByteArray> restored;
    for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
        QString error;
        if (!Trash::restore(*it, &error)) {
            result.failures.append({ it->originalPath, error });
            continue;
        }
        restored.append(it->originalPath);
        JournalRecord record;
        record.run = CleanupJournal::newRunId();
        record.method = "undo";
        record.action = "restored";
        record.path = it->originalPath;
        record.trash = *it;
        QString journalError;
        if (!journal.append(record, &journalError))
            Log::cleanup()->warn("{}", journalError.toStdString());
    }
    // Report in the run's own order, as the journal lists it.
    for (const TrashEntry &entry : entries) {
        if (restored.contains(entry.originalPath))
            result.restored.append(entry.originalPath);
    }
    return result;
}

} // namespace CacheLens
