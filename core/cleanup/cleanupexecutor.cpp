#include "core/cleanup/cleanupexecutor.h"

#include "core/cleanup/archiver.h"
#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/cleanupjournal.h"
#include "core/cleanup/treewalk.h"
#include "core/logging.h"
#include "core/report/sizeformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <climits>
#include <cstdlib>
#include <fcntl.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CleanupExecutor)
};

QString inUseText(const QList<ProcessRef> &users)
{
    QStringList names;
    for (const ProcessRef &user : users)
        names.append(QStringLiteral("%1 (%2)").arg(user.name).arg(user.pid));
    return Tr::tr("in use by %1").arg(names.join(QStringLiteral(", ")));
}

/// Keeps the first reason something was left in place, and how many were.
struct KeptTally {
    std::uint64_t count = 0;
    QString first;

    void keep(const QByteArray &relativePath, const QString &reason)
    {
        if (count++ == 0)
            first = relativePath.isEmpty() ? reason
                                           : QString::fromLocal8Bit(relativePath) + QStringLiteral(": ") + reason;
    }
    [[nodiscard]] QString text() const
    {
        return count <= 1 ? first : Tr::tr("%1 (and %n more kept)", nullptr, int(count - 1)).arg(first);
    }
};

/// The checks every method makes on every entry just before acting on it. Returns the reason
/// to leave it in place, or an empty string.
QString entryProblem(const ItemManifest &manifest, const InUseProbe &probe, const WalkEntry &entry)
{
    if (entry.otherFileSystem)
        return Tr::tr("another file system is mounted here; not entered");
    const ManifestEntry *known = manifest.find(entry.relativePath);
    if (!known)
        return Tr::tr("new since the scan");
    if (!known->matches(entry.st))
        return Tr::tr("changed since the scan");
    if (!S_ISDIR(entry.st.st_mode)) {
        const QList<ProcessRef> users
            = probe.usersOfInode(std::uint64_t(entry.st.st_dev), std::uint64_t(entry.st.st_ino));
        if (!users.isEmpty())
            return inUseText(users);
    }
    return {};
}

/// What every visitor that acts does first: stop when cancelled, and leave in place whatever is
/// new, changed or in use since the plan.
class GuardedVisitor : public TreeVisitor
{
public:
    GuardedVisitor(const ItemManifest &manifest, const InUseProbe &probe, const std::atomic_bool *cancel)
        : m_manifest(manifest)
        , m_probe(probe)
        , m_cancel(cancel)
    {
    }

    void failed(const QByteArray &relativePath, int errorNumber) override
    {
        kept.keep(relativePath, errorText(errorNumber));
    }

    KeptTally kept;
    bool cancelled = false;

protected:
    /// Empty: act on the entry. Otherwise what the walk does instead (the entry is kept).
    std::optional<WalkAction> screen(const WalkEntry &entry)
    {
        if (m_cancel && m_cancel->load(std::memory_order_relaxed)) {
            cancelled = true;
            return WalkAction::Stop;
        }
        if (const QString problem = entryProblem(m_manifest, m_probe, entry); !problem.isEmpty()) {
            kept.keep(entry.relativePath, problem);
            return WalkAction::SkipChildren;
        }
        return std::nullopt;
    }

    const ItemManifest &m_manifest;
    const InUseProbe &m_probe;

private:
    const std::atomic_bool *m_cancel;
};

/// Deletes file by file; folders go once they are empty, so what is kept keeps its folders.
class RemovingVisitor final : public GuardedVisitor
{
public:
    RemovingVisitor(const ItemManifest &manifest, const InUseProbe &probe, const QSet<QByteArray> *only,
        const std::atomic_bool *cancel)
        : GuardedVisitor(manifest, probe, cancel)
        , m_only(only)
    {
    }

    WalkAction enter(const WalkEntry &entry) override
    {
        if (const std::optional<WalkAction> instead = screen(entry))
            return *instead;
        if (m_only && !m_only->contains(entry.relativePath)) {
            kept.keep(entry.relativePath, Tr::tr("not in the archive"));
            return WalkAction::SkipChildren;
        }
        if (S_ISDIR(entry.st.st_mode))
            return WalkAction::Continue; // removed in leave(), once empty
        const QByteArray name = entry.name.toByteArray();
        if (::unlinkat(entry.parentFd, name.constData(), 0) != 0) {
            kept.keep(entry.relativePath, errorText(errno));
            return WalkAction::SkipChildren;
        }
        account(entry.st);
        return WalkAction::Continue;
    }

    void leave(const WalkEntry &entry) override
    {
        const QByteArray name = entry.name.toByteArray();
        // The name must still be the folder that was emptied, not something renamed into its place.
        struct stat now {
        };
        if (::fstatat(entry.parentFd, name.constData(), &now, AT_SYMLINK_NOFOLLOW) != 0 || now.st_dev != entry.st.st_dev
            || now.st_ino != entry.st.st_ino) {
            kept.keep(entry.relativePath, Tr::tr("replaced while it was being removed"));
            return;
        }
        if (::unlinkat(entry.parentFd, name.constData(), AT_REMOVEDIR) == 0)
            account(entry.st);
        else if (errno != ENOTEMPTY && errno != EEXIST)
            kept.keep(entry.relativePath, errorText(errno));
    }

    std::uint64_t removedApparent = 0;
    std::uint64_t removedDisk = 0;
    std::uint64_t removedEntries = 0;

private:
    void account(const struct stat &st)
    {
        ++removedEntries;
        // A name of an inode with other links frees nothing; its last name frees it all.
        if (S_ISDIR(st.st_mode) || st.st_nlink <= 1) {
            removedApparent += std::uint64_t(st.st_size);
            removedDisk += std::uint64_t(st.st_blocks) * 512;
        }
    }

    const QSet<QByteArray> *m_only;
};

/// Walks an item without touching it: stops at the first entry that is new, changed or in use.
class CheckingVisitor final : public TreeVisitor
{
public:
    CheckingVisitor(const ItemManifest &manifest, const InUseProbe &probe)
        : m_manifest(manifest)
        , m_probe(probe)
    {
    }
    WalkAction enter(const WalkEntry &entry) override
    {
        if (const QString found = entryProblem(m_manifest, m_probe, entry); !found.isEmpty()) {
            problem.keep(entry.relativePath, found);
            return WalkAction::Stop;
        }
        ++seen;
        return WalkAction::Continue;
    }
    void failed(const QByteArray &relativePath, int errorNumber) override
    {
        problem.keep(relativePath, errorText(errorNumber));
    }

    KeptTally problem;
    std::size_t seen = 0;

private:
    const ItemManifest &m_manifest;
    const InUseProbe &m_probe;
};

/// Adds what is unchanged and not in use to the archive, and remembers what went in.
class ArchivingVisitor final : public GuardedVisitor
{
public:
    ArchivingVisitor(const ItemManifest &manifest, const InUseProbe &probe, ArchiveWriter &writer,
        const QByteArray &itemPath, const std::atomic_bool *cancel)
        : GuardedVisitor(manifest, probe, cancel)
        , m_writer(writer)
        , m_prefix(itemPath.mid(1)) // entry names are the absolute path without its '/'
    {
    }

    WalkAction enter(const WalkEntry &entry) override
    {
        if (const std::optional<WalkAction> instead = screen(entry))
            return *instead;
        const QByteArray archiveName = entry.relativePath.isEmpty() ? m_prefix : m_prefix + '/' + entry.relativePath;
        const QByteArray name = entry.name.toByteArray();
        QString error;
        bool added = false;
        if (S_ISDIR(entry.st.st_mode)) {
            added = m_writer.addDirectory(archiveName, entry.st, &error);
        } else if (S_ISLNK(entry.st.st_mode)) {
            char target[PATH_MAX];
            const ssize_t length = ::readlinkat(entry.parentFd, name.constData(), target, sizeof target);
            if (length < 0) {
                kept.keep(entry.relativePath, errorText(errno));
                return WalkAction::SkipChildren;
            }
            added = m_writer.addSymlink(archiveName, QByteArray(target, length), entry.st, &error);
        } else if (S_ISREG(entry.st.st_mode)) {
            const UniqueFd fd(::openat(entry.parentFd, name.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
            struct stat opened {
            };
            if (!fd.isValid() || ::fstat(fd.get(), &opened) != 0) {
                kept.keep(entry.relativePath, errorText(errno));
                return WalkAction::SkipChildren;
            }
            if (!m_manifest.find(entry.relativePath)->matches(opened)) {
                kept.keep(entry.relativePath, Tr::tr("changed since the scan"));
                return WalkAction::SkipChildren;
            }
            added = m_writer.addFile(archiveName, fd.get(), opened, &error);
        } else {
            kept.keep(entry.relativePath, Tr::tr("not a file, folder or link; not archived"));
            return WalkAction::SkipChildren;
        }
        if (!added) {
            fatal = error;
            return WalkAction::Stop;
        }
        archived.insert(entry.relativePath);
        return WalkAction::Continue;
    }

    QSet<QByteArray> archived;
    QString fatal;

private:
    ArchiveWriter &m_writer;
    QByteArray m_prefix;
};

QByteArray realFolder(const QByteArray &path)
{
    char buffer[PATH_MAX];
    return ::realpath(path.constData(), buffer) ? QByteArray(buffer) : QByteArray();
}

} // namespace

QByteArray cleanupMethodId(CleanupMethod method)
{
    switch (method) {
    case CleanupMethod::Trash:
        return "trash";
    case CleanupMethod::Archive:
        return "archive";
    case CleanupMethod::Delete:
        return "delete";
    }
    return "trash";
}

std::optional<CleanupMethod> cleanupMethodFromId(const QByteArray &id)
{
    for (const CleanupMethod method : { CleanupMethod::Trash, CleanupMethod::Archive, CleanupMethod::Delete }) {
        if (cleanupMethodId(method) == id)
            return method;
    }
    return std::nullopt;
}

bool CleanupResult::allDone() const
{
    return error.isEmpty() && !cancelled
        && std::all_of(outcomes.cbegin(), outcomes.cend(),
            [](const ItemOutcome &outcome) { return outcome.status == ItemOutcome::Status::Done; });
}

CleanupExecutor::CleanupExecutor(const CleanupPlan &plan, const CleanupGuard &guard)
    : m_plan(plan)
    , m_guard(guard)
{
}

void CleanupExecutor::setMethod(CleanupMethod method)
{
    m_method = method;
}

void CleanupExecutor::setArchiveDirectory(const QByteArray &folder)
{
    m_archiveDirectory = folder;
}

void CleanupExecutor::setJournal(CleanupJournal *journal)
{
    m_journal = journal;
}

void CleanupExecutor::setArchiveWrittenHook(std::function<void(const QByteArray &)> hook)
{
    m_archiveWrittenHook = std::move(hook);
}

CleanupResult CleanupExecutor::run(const std::atomic_bool *cancel, const Progress &progress)
{
    CleanupResult result;
    result.method = m_method;
    result.run = CleanupJournal::newRunId();
    QList<qsizetype> selected;
    for (qsizetype i = 0; i < m_plan.size(); ++i) {
        if (m_plan.items().at(i).selected && m_plan.items().at(i).refusal.isEmpty())
            selected.append(i);
    }
    const auto isCancelled = [cancel] { return cancel && cancel->load(std::memory_order_relaxed); };

    // The processes are read again when the last look is older than half a second: "in use"
    // must be true at the moment of acting, not when the plan was made.
    InUseProbe probe = InUseProbe::snapshot();
    QElapsedTimer probeAge;
    probeAge.start();
    const auto freshProbe = [&]() -> const InUseProbe & {
        if (probeAge.elapsed() > 500) {
            probe = InUseProbe::snapshot();
            probeAge.restart();
        }
        return probe;
    };

    const auto journal = [&](const CleanupItem &item, const ItemOutcome &outcome) {
        if (!m_journal)
            return;
        JournalRecord record;
        record.run = result.run;
        record.method = cleanupMethodId(m_method);
        record.path = item.path;
        record.apparentBytes = outcome.removedApparent;
        record.diskBytes = outcome.removedDisk;
        record.reason = outcome.reason;
        record.trash = outcome.trashed;
        record.archive = result.archivePath;
        if (outcome.status == ItemOutcome::Status::Skipped)
            record.action = "skipped";
        else
            record.action = m_method == CleanupMethod::Trash ? "trashed"
                : m_method == CleanupMethod::Archive         ? "archived"
                                                             : "deleted";
        QString error;
        if (!m_journal->append(record, &error))
            Log::cleanup()->warn("{}", error.toStdString());
    };

    QHash<qsizetype, QSet<QByteArray>> archived;
    if (m_method == CleanupMethod::Archive) {
        if (m_archiveDirectory.isEmpty()) {
            result.error = Tr::tr("no folder was given for the archive; nothing was deleted");
            return result;
        }
        const QByteArray archiveFolder = realFolder(m_archiveDirectory);
        struct statvfs space {
        };
        if (archiveFolder.isEmpty() || ::statvfs(archiveFolder.constData(), &space) != 0) {
            result.error = Tr::tr("the archive folder %1 cannot be used (%2); nothing was deleted")
                               .arg(QString::fromLocal8Bit(m_archiveDirectory), errorText(errno));
            return result;
        }
        for (const qsizetype index : std::as_const(selected)) {
            if (isPathInside(archiveFolder, m_guard.realPath(m_plan.items().at(index).path))) {
                result.error = Tr::tr("the archive folder is inside %1, which is to be deleted; nothing was deleted")
                                   .arg(QString::fromLocal8Bit(m_plan.items().at(index).path));
                return result;
            }
        }
        // Compression usually shrinks the archive, but models and datasets hardly compress:
        // ask for room for everything rather than fail half-way.
        const std::uint64_t available = std::uint64_t(space.f_bavail) * space.f_frsize;
        const std::uint64_t needed = m_plan.selectedSize().apparent;
        if (available < needed) {
            result.error
                = Tr::tr("not enough room in %1 for the archive: %2 free, up to %3 needed; nothing was deleted")
                      .arg(QString::fromLocal8Bit(archiveFolder), formatSize(available), formatSize(needed));
            return result;
        }
        ArchiveWriter writer;
        const QByteArray archivePath = archiveFolder + "/cachelens-" + result.run + ".tar.zst";
        QString error;
        if (!writer.open(archivePath, &error)) {
            result.error = Tr::tr("cannot create the archive %1: %2; nothing was deleted")
                               .arg(QString::fromLocal8Bit(archivePath), error);
            return result;
        }
        for (qsizetype n = 0; n < selected.size(); ++n) {
            const qsizetype index = selected.at(n);
            const CleanupItem &item = m_plan.items().at(index);
            if (progress)
                progress(n, selected.size() * 2, item.path);
            QByteArray name;
            const UniqueFd parent = m_guard.openParent(item.path, &name, &error);
            if (!parent.isValid())
                continue; // reported by the delete pass, which finds it the same way
            ArchivingVisitor visitor(m_plan.manifest(index), freshProbe(), writer, item.path, cancel);
            walkTree(parent.get(), name, visitor, &error);
            if (!visitor.fatal.isEmpty()) {
                result.error = Tr::tr("writing the archive failed: %1; nothing was deleted").arg(visitor.fatal);
                return result; // the writer removes the partial file
            }
            if (visitor.cancelled) {
                result.cancelled = true;
                result.error = Tr::tr("cancelled while archiving; nothing was deleted");
                return result;
            }
            archived.insert(index, visitor.archived);
        }
        if (!writer.finish(&error)) {
            result.error = Tr::tr("writing the archive failed: %1; nothing was deleted").arg(error);
            return result;
        }
        if (m_archiveWrittenHook)
            m_archiveWrittenHook(archivePath);
        if (!verifyArchive(archivePath, writer.entries(), &error)) {
            QFile::remove(QFile::decodeName(archivePath));
            result.error
                = Tr::tr("the archive could not be verified (%1); it was removed and nothing was deleted").arg(error);
            return result;
        }
        result.archivePath = archivePath;
        Log::cleanup()->info(
            "archive {} written and verified: {} entries", archivePath.toStdString(), writer.entries().size());
    }

    const qsizetype offset = m_method == CleanupMethod::Archive ? selected.size() : 0;
    const qsizetype total = selected.size() + offset;
    for (qsizetype n = 0; n < selected.size(); ++n) {
        if (isCancelled()) {
            result.cancelled = true;
            break;
        }
        const qsizetype index = selected.at(n);
        const CleanupItem &item = m_plan.items().at(index);
        if (progress)
            progress(offset + n, total, item.path);
        ItemOutcome outcome;
        outcome.item = index;

        QByteArray name;
        QString error;
        const UniqueFd parent = m_guard.openParent(item.path, &name, &error);
        const InUseProbe &users = freshProbe();
        const QList<ProcessRef> working = users.workingInside(m_guard.realPath(item.path));
        struct stat top {
        };
        if (!parent.isValid()) {
            outcome.reason = error;
        } else if (::fstatat(parent.get(), name.constData(), &top, AT_SYMLINK_NOFOLLOW) != 0) {
            outcome.reason = errno == ENOENT ? Tr::tr("no longer exists") : errorText(errno);
        } else if (!working.isEmpty()) {
            outcome.reason = inUseText(working);
        } else if (m_method == CleanupMethod::Trash) {
            CheckingVisitor check(m_plan.manifest(index), users);
            if (!walkTree(parent.get(), name, check, &error) && check.problem.count == 0)
                check.problem.keep({}, error);
            if (check.problem.count > 0) {
                outcome.reason = check.problem.text();
            } else if (auto entry = Trash::moveToTrash(parent.get(), name, item.path, &error)) {
                outcome.status = ItemOutcome::Status::Done;
                outcome.trashed = entry;
                outcome.removedApparent = item.apparentBytes;
                outcome.removedDisk = item.diskBytes;
            } else {
                outcome.reason = error;
            }
        } else {
            const QSet<QByteArray> *only = m_method == CleanupMethod::Archive ? &archived[index] : nullptr;
            RemovingVisitor remove(m_plan.manifest(index), users, only, cancel);
            if (!walkTree(parent.get(), name, remove, &error))
                remove.kept.keep({}, error);
            outcome.removedApparent = remove.removedApparent;
            outcome.removedDisk = remove.removedDisk;
            outcome.keptEntries = remove.kept.count;
            if (remove.cancelled)
                remove.kept.keep({}, Tr::tr("cancelled"));
            outcome.reason = remove.kept.text();
            outcome.status = remove.kept.count == 0 ? ItemOutcome::Status::Done
                : remove.removedEntries > 0         ? ItemOutcome::Status::Partial
                                                    : ItemOutcome::Status::Skipped;
            if (remove.cancelled)
                result.cancelled = true;
        }
        if (outcome.status == ItemOutcome::Status::Done && !item.companion.isEmpty()) {
            QByteArray companionName;
            const UniqueFd folder = m_guard.openParent(item.companion, &companionName, &error);
            if (!folder.isValid() || ::unlinkat(folder.get(), companionName.constData(), 0) != 0)
                Log::cleanup()->warn("could not remove {}: {}", item.companion.toStdString(),
                    folder.isValid() ? errorText(errno).toStdString() : error.toStdString());
        }
        Log::cleanup()->info("{} {}: {}", cleanupMethodId(m_method).constData(), item.path.toStdString(),
            outcome.status == ItemOutcome::Status::Done ? "done" : outcome.reason.toStdString());
        journal(item, outcome);
        result.outcomes.append(outcome);
        if (result.cancelled)
            break;
    }
    if (progress)
        progress(total, total, {});
    return result;
}

} // namespace CacheLens
