#pragma once

#include "core/cleanup/candidatefinder.h"
#include "core/cleanup/cleanupexecutor.h"
#include "core/cleanup/cleanupplan.h"
#include "core/cleanup/cleanupundo.h"
#include "core/cleanup/inuseprobe.h"
#include "core/cleanup/planning.h"

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QStringList>
#include <QThread>

#include <atomic>
#include <cstdint>
#include <memory>
#include <optional>

namespace CacheLens
{

class CleanupWorker;
class RuleSet;

/// What a run did, with the space the file system reports as freed.
struct RunOutcome {
    CleanupResult result;
    FreedBytes predicted; ///< CleanupPlan::freed() of what was selected
    std::optional<std::int64_t> measuredFreed; ///< free-space change of the items' volumes
    QString journalPath;
};

/// The cleanup API the GUI sees (Qt Core only). Lives in the GUI thread and never blocks it:
/// finding, preparing, running and undoing happen on the controller's own long-lived thread
/// (not the scanner's, whose event loop is busy during a scan) and come back as queued signals.
/// The same core calls as `cachelens clean`: CandidateFinder, CleanupGuard, InUseProbe,
/// CleanupPlan::prepare, CleanupExecutor, CleanupJournal, undoLastCleanup.
class CleanupController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupController)

public:
    explicit CleanupController(QObject *parent = nullptr);
    ~CleanupController() override; ///< cancels a run, then quits and joins the worker thread

    /// Rules for classification and the known caches; the default rule set when never set.
    void setRules(std::shared_ptr<const RuleSet> rules);
    /// Where the journal is written; empty: CleanupJournal::defaultPath().
    void setJournalPath(const QString &path);
    [[nodiscard]] QString journalPath() const;

    /// Finds and prepares a plan (guard, in-use probe, --older-than); emits planProgress while
    /// it searches and then planReady. A newer plan() supersedes one still being prepared, and
    /// stops any estimate() still searching, so the plan does not queue behind it.
    void plan(const QList<CleanupRequest> &requests);
    /// Stops the plan being prepared within an entry of its search: planReady then comes with
    /// PlanOutcome::stopped set (unless it had already finished).
    void cancelPlan();
    /// The same options for every selector, as `cachelens clean` does.
    void plan(const QList<Selector> &selectors, const FinderOptions &options);
    /// What each request alone would free, for the wizard's first page: one estimateReady per
    /// request, in order, as each is known (a quick look: no in-use probe). A newer estimate()
    /// or a plan() stops it before its next request.
    void estimate(const QList<CleanupRequest> &requests);
    /// Carries out a plan from planReady: a copy of it at this moment is what runs, so later
    /// toggles cannot race the worker. Emits progress (at most ten a second) and finished.
    void run(const std::shared_ptr<const CleanupPlan> &plan, CleanupMethod method, const QByteArray &archiveDir = {});
    /// Stops a run between entries; what was done stays done (and journaled).
    void cancel();
    /// Restores what the last cleanup moved to the Trash; emits undoFinished.
    void undoLast();
    /// Free space at path's volume, computed on the worker; emits freeSpaceReady.
    void queryFreeSpace(const QByteArray &path);

    [[nodiscard]] bool isBusy() const;

Q_SIGNALS:
    void planReady(const CacheLens::PlanOutcome &outcome);
    /// The latest plan() is searching or measuring; at most ten a second.
    void planProgress(const CacheLens::PlanProgress &progress);
    /// requests[index] of the latest estimate() frees this much, in items entries.
    void estimateReady(qsizetype index, const CacheLens::FreedBytes &freed, qsizetype items);
    void progress(qsizetype done, qsizetype total, const QByteArray &path);
    void finished(const CacheLens::RunOutcome &outcome);
    void undoFinished(const CacheLens::UndoResult &result);
    /// available is empty when the volume could not be read.
    void freeSpaceReady(const QByteArray &path, std::optional<std::uint64_t> available);

private:
    quint64 nextRequest();

    QThread m_thread;
    CleanupWorker *m_worker = nullptr; // lives in m_thread; deleted there through deleteLater
    std::shared_ptr<const RuleSet> m_rules;
    QString m_journalPath;
    QList<QByteArray> m_lastRoots; // the guard's roots of the last plan handed over
    std::shared_ptr<std::atomic_bool> m_cancel;
    quint64 m_currentPlan = 0; // plan results of older ids are dropped
    std::shared_ptr<ScanToken> m_planToken; // stops the plan being prepared
    std::shared_ptr<ScanToken> m_estimateToken; // stops the estimate searching now
    // The latest estimate; the worker reads it between requests to stop a superseded one.
    std::shared_ptr<std::atomic<quint64>> m_estimate = std::make_shared<std::atomic<quint64>>(0);
    int m_busy = 0; // requests sent and not answered yet
};

/// Does the controller's slow work on its thread. Internal to CleanupController.
class CleanupWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupWorker)

public:
    CleanupWorker() = default;
    void plan(quint64 id, const QList<CacheLens::CleanupRequest> &requests,
        std::shared_ptr<const CacheLens::RuleSet> rules, const QString &journalPath,
        std::shared_ptr<const CacheLens::ScanToken> token);
    void run(std::shared_ptr<const CacheLens::CleanupPlan> plan, const QList<QByteArray> &roots,
        CacheLens::CleanupMethod method, const QByteArray &archiveDir, const QString &journalPath,
        std::shared_ptr<std::atomic_bool> cancel);
    void undo(const QString &journalPath);
    void freeSpace(const QByteArray &path);
    void estimate(quint64 id, std::shared_ptr<const std::atomic<quint64>> latest,
        const QList<CacheLens::CleanupRequest> &requests, std::shared_ptr<const CacheLens::RuleSet> rules,
        const QString &journalPath, std::shared_ptr<const CacheLens::ScanToken> token);

Q_SIGNALS:
    void planReady(quint64 id, const CacheLens::PlanOutcome &outcome);
    void planProgress(quint64 id, const CacheLens::PlanProgress &progress);
    void estimateReady(quint64 id, qsizetype index, const CacheLens::FreedBytes &freed, qsizetype items);
    void progress(qsizetype done, qsizetype total, const QByteArray &path);
    void finished(const CacheLens::RunOutcome &outcome);
    void undoFinished(const CacheLens::UndoResult &result);
    void freeSpaceReady(const QByteArray &path, std::optional<std::uint64_t> available);
};

} // namespace CacheLens

Q_DECLARE_METATYPE(CacheLens::PlanOutcome)
Q_DECLARE_METATYPE(CacheLens::PlanProgress)
Q_DECLARE_METATYPE(CacheLens::FreedBytes)
Q_DECLARE_METATYPE(CacheLens::RunOutcome)
Q_DECLARE_METATYPE(CacheLens::UndoResult)
Q_DECLARE_METATYPE(std::optional<std::uint64_t>)
