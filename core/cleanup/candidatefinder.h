#pragma once

#include "core/cleanup/cleanupplan.h"
#include "core/rules/knowncaches.h"
#include "core/scan/scanrequest.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>

namespace CacheLens
{

class CleanupJournal;
class FileTree;
class RuleSet;

/// What a user asks a cleanup to look for: "hf-detached", "cache:pip", "path:/data/old", …
struct Selector {
    QByteArray kind; ///< the stable code, also each candidate's reason
    QByteArray argument; ///< after the ':' (cache id, repo, path), or empty

    /// Parses one --select value; nullopt with *error (a sentence naming the valid forms).
    [[nodiscard]] static std::optional<Selector> parse(const QByteArray &text, QString *error);
    /// One line per selector form, for --help.
    [[nodiscard]] static QStringList help();
    /// The selector as --select takes it: "temp", "cache:pip".
    [[nodiscard]] QByteArray text() const;
};

/// Where and how finders look.
struct FinderOptions {
    QList<QByteArray> paths; ///< look only here; empty: every known cache (and temp folders for "temp")
    /// "temp" without paths: the shared temp folders to search (only the user's own files in
    /// them are proposed). Unset: sharedTempFolders(), the system's.
    std::optional<QList<QByteArray>> tempFolders;
    std::optional<int> olderThanDays; ///< items whose newest change is older than this many days
    int keepLast = 2; ///< checkpoints: the newest N of each run stay
    std::int64_t now = 0; ///< seconds since the epoch; 0: the current time
};

/// How far a finder's search has got: what the scan behind it has looked at so far.
struct FinderProgress {
    std::uint64_t entries = 0; ///< files and folders looked at by this finder so far
    QByteArray folder; ///< the root being searched now (a temp folder, a cache, a PATH)
};

/// Turns selectors into cleanup candidates, each with its reason code, a sentence on what it
/// is, and its category and tier. Knows the tools' layouts: the Hugging Face hub cache (through
/// HfCacheIndex, in the hub library's own deletion order), known caches, incomplete downloads
/// and temp files (through the rule set's classification), Trainer and Lightning checkpoints,
/// training logs, and what CacheLens moved to the Trash.
class CandidateFinder final
{
public:
    CandidateFinder(std::shared_ptr<const RuleSet> rules, QList<KnownCache> caches, FinderOptions options,
        const CleanupJournal *journal = nullptr);
    ~CandidateFinder();
    CandidateFinder(const CandidateFinder &) = delete;
    CandidateFinder &operator=(const CandidateFinder &) = delete;

    /// Adds the selector's candidates to plan; false with *error when it cannot apply at all
    /// (an unknown cache id, a repository that is not there).
    bool find(const Selector &selector, CleanupPlan &plan, QString *error);

    /// Where the candidates may be: the PATHs, the known caches, the temp folders and Trash
    /// folders that were searched. The CleanupGuard refuses anything else.
    [[nodiscard]] QList<QByteArray> roots() const;
    [[nodiscard]] const QStringList &warnings() const;

    /// Searches stop soon after token is stopped (the scanner checks it per entry, the finder
    /// per node); find() then adds nothing more and stopped() is true. Null: never stopped.
    void setStopToken(std::shared_ptr<const ScanToken> token);
    /// Called from find()'s thread at most ten times a second while a search walks folders.
    void setProgress(std::function<void(const FinderProgress &)> progress);
    /// True when a search was stopped by the token: what find() added is not the whole answer.
    [[nodiscard]] bool stopped() const;
    /// Files and folders the searches have looked at so far.
    [[nodiscard]] std::uint64_t entriesLookedAt() const;

private:
    void findHubRevisions(const Selector &selector, CleanupPlan &plan, QString *error);
    void findCache(const Selector &selector, CleanupPlan &plan, QString *error);
    void findTemp(CleanupPlan &plan);
    void findCheckpoints(CleanupPlan &plan);
    void findLogs(CleanupPlan &plan);
    void findPath(const Selector &selector, CleanupPlan &plan);
    void findTrash(CleanupPlan &plan);

    [[nodiscard]] QList<QByteArray> hubCaches() const;
    [[nodiscard]] bool isInScope(const QByteArray &path) const;
    [[nodiscard]] bool isOldEnough(std::int64_t newestMtime) const;
    /// Scans roots (progress and stop token wired in); null when the token stopped it.
    [[nodiscard]] std::shared_ptr<const FileTree> scan(const QList<QByteArray> &roots);
    [[nodiscard]] bool isStopping() const;
    void addRoot(const QByteArray &root);

    std::shared_ptr<const RuleSet> m_rules;
    QList<KnownCache> m_caches;
    FinderOptions m_options;
    const CleanupJournal *m_journal;
    QList<QByteArray> m_roots;
    QStringList m_warnings;
    std::shared_ptr<const ScanToken> m_token;
    std::function<void(const FinderProgress &)> m_progress;
    std::uint64_t m_entries = 0;
    bool m_stopped = false;
};

} // namespace CacheLens
