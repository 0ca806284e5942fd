#pragma once

#include "core/cleanup/cleanupplan.h"
#include "core/cleanup/trash.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <atomic>
#include <functional>
#include <optional>

namespace CacheLens
{

class CleanupGuard;
class CleanupJournal;

/// How a cleanup gets rid of things.
enum class CleanupMethod {
    Trash, ///< the freedesktop Trash: restorable, frees nothing until the Trash is emptied
    Archive, ///< tar + zstd to a folder, read back and checked, then deleted
    Delete, ///< gone for good
};

[[nodiscard]] QByteArray cleanupMethodId(CleanupMethod method);
[[nodiscard]] std::optional<CleanupMethod> cleanupMethodFromId(const QByteArray &id);

/// What happened to one item.
struct ItemOutcome {
    enum class Status { Done, Partial, Skipped };
    qsizetype item = -1; ///< index in the plan
    Status status = Status::Skipped;
    QString reason; ///< Partial/Skipped: why (the first reason, with a count when there were more)
    std::uint64_t removedApparent = 0; ///< bytes of the entries removed (or trashed)
    std::uint64_t removedDisk = 0;
    std::uint64_t keptEntries = 0; ///< entries left in place (new, changed, in use, unreadable)
    std::optional<TrashEntry> trashed;
};

struct CleanupResult {
    CleanupMethod method = CleanupMethod::Trash;
    QByteArray run; ///< journal run id
    QList<ItemOutcome> outcomes; ///< one per selected item that was reached
    QByteArray archivePath; ///< Archive: the verified archive
    QString error; ///< the run stopped before removing anything (no room, archive not verified, …)
    bool cancelled = false;

    [[nodiscard]] bool allDone() const;
};

/// Carries out a prepared CleanupPlan, item by item, re-checking everything just before acting.
///
/// Right before each item: it is reopened through the guard (no symlink below a root is ever
/// followed), and every entry is compared with the plan's manifest. An entry that is new, or
/// whose inode, size or modification time changed since the plan, is kept, with the folders
/// holding it; so is anything a process has open or mapped, or works inside. Trash moves an
/// item only if nothing in it changed. Archive writes everything first, reads the archive back
/// and deletes only what the archive verifiably holds; a failure before that deletes nothing.
/// Synchronous: the GUI runs it on a worker thread; cancel is checked between entries.
class CleanupExecutor final
{
public:
    using Progress = std::function<void(qsizetype done, qsizetype total, const QByteArray &current)>;

    CleanupExecutor(const CleanupPlan &plan, const CleanupGuard &guard);

    void setMethod(CleanupMethod method);
    void setArchiveDirectory(const QByteArray &folder);
    void setJournal(CleanupJournal *journal); ///< null: nothing is journaled
    /// Runs between writing the archive and reading it back. Tests damage the archive here to
    /// prove that a failed verification deletes nothing.
    void setArchiveWrittenHook(std::function<void(const QByteArray &archivePath)> hook);

    [[nodiscard]] CleanupResult run(const std::atomic_bool *cancel = nullptr, const Progress &progress = {});

private:
    const CleanupPlan &m_plan;
    const CleanupGuard &m_guard;
    CleanupMethod m_method = CleanupMethod::Trash;
    QByteArray m_archiveDirectory;
    CleanupJournal *m_journal = nullptr;
    std::function<void(const QByteArray &)> m_archiveWrittenHook;
};

} // namespace CacheLens
