#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <utility>

namespace CacheLens
{

class CleanupJournal;

/// What "Undo last cleanup" did.
struct UndoResult {
    QByteArray run; ///< the journal run that was undone; empty when there was nothing to undo
    QList<QByteArray> restored; ///< original paths put back, in the order the run trashed them
    QList<std::pair<QByteArray, QString>> failures; ///< original path and why it stayed in the Trash

    [[nodiscard]] bool nothingToUndo() const;
};

/// Puts back what the newest cleanup moved to the Trash that is still there (newest entry
/// first, so a folder returns before anything that was inside it), and journals each restore.
/// The CLI's `clean --undo` and the wizard's "Undo" both go through here.
[[nodiscard]] UndoResult undoLastCleanup(CleanupJournal &journal);

} // namespace CacheLens
