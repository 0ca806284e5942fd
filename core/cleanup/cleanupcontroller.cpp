#include "core/cleanup/cleanupcontroller.h"

#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/cleanupjournal.h"
#include "core/cleanup/freespace.h"
#include "core/logging.h"
#include "core/rules/environment.h"
#include "core/rules/knowncaches.h"
#include "core/rules/ruleset.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

CleanupJournal journalAt(const QString &path)
{
    return path.isEmpty() ? CleanupJournal() : CleanupJournal(path);
}

// At most ten progress signals a second reach the GUI thread, plus the last one.
constexpr qint64 ProgressIntervalMs = 100;

} // namespace

CleanupController::CleanupController(QObject *parent)
    : QObject(parent)
    , m_worker(new CleanupWorker) // no parent: it moves to the cleanup thread
{
    qRegisterMetaType<CacheLens::PlanOutcome>();
    qRegisterMetaType<CacheLens::PlanProgress>();
    qRegisterMetaType<CacheLens::FreedBytes>();
    qRegisterMetaType<CacheLens::RunOutcome>();
    qRegisterMetaType<CacheLens::UndoResult>();
    qRegisterMetaType<std::optional<std::uint64_t>>();
    m_thread.setObjectName(u"CacheLens cleanup"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &CleanupWorker::planReady, this, [this](quint64 id, const PlanOutcome &outcome) {
        --m_busy;
        if (id != m_currentPlan)
            return; // superseded while it was prepared
        m_lastRoots = outcome.roots;
        Q_EMIT planReady(outcome);
    });
    connect(m_worker, &CleanupWorker::planProgress, this, [this](quint64 id, const PlanProgress &progress) {
        if (id == m_currentPlan)
            Q_EMIT planProgress(progress);
    });
    connect(m_worker, &CleanupWorker::estimateReady, this,
        [this](quint64 id, qsizetype index, const FreedBytes &freed, qsizetype items) {
            if (id == m_estimate->load())
                Q_EMIT estimateReady(index, freed, items);
        });
    connect(m_worker, &CleanupWorker::progress, this, &CleanupController::progress);
    connect(m_worker, &CleanupWorker::finished, this, [this](const RunOutcome &outcome) {
        --m_busy;
        m_cancel.reset();
        Q_EMIT finished(outcome);
    });
    connect(m_worker, &CleanupWorker::undoFinished, this, [this](const UndoResult &result) {
        --m_busy;
        Q_EMIT undoFinished(result);
    });
    connect(m_worker, &CleanupWorker::freeSpaceReady, this, &CleanupController::freeSpaceReady);
    m_thread.start();
}

CleanupController::~CleanupController()
{
    cancel();
    if (m_planToken)
        m_planToken->supersede();
    if (m_estimateToken)
        m_estimateToken->supersede();
    m_thread.quit();
    m_thread.wait(); // a run notices the cancel flag within one entry
}

void CleanupController::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
}

void CleanupController::setJournalPath(const QString &path)
{
    m_journalPath = path;
}

QString CleanupController::journalPath() const
{
    return m_journalPath.isEmpty() ? CleanupJournal::defaultPath() : m_journalPath;
}

quint64 CleanupController::nextRequest()
{
    ++m_busy;
    return ++m_currentPlan;
}

void CleanupController::estimate(const QList<CleanupRequest> &requests)
{
    const quint64 id = ++*m_estimate;
    if (m_estimateToken)
        m_estimateToken->supersede();
    m_estimateToken = std::make_shared<ScanToken>();
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, id, latest = std::shared_ptr<const std::atomic<quint64>>(m_estimate), requests,
            rules = m_rules, path = m_journalPath, token = std::shared_ptr<const ScanToken>(m_estimateToken)] {
            worker->estimate(id, latest, requests, rules, path, token);
        });
}

void CleanupController::plan(const QList<CleanupRequest> &requests)
{
    // The plan is what the user waits for: estimates still queued or searching stop (on a big
    // /tmp the "temp" estimate alone walks it for seconds, and the plan would wait behind it).
    ++*m_estimate;
    if (m_estimateToken)
        m_estimateToken->supersede();
    if (m_planToken)
        m_planToken->supersede();
    m_planToken = std::make_shared<ScanToken>();
    const quint64 id = nextRequest();
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, id, requests, rules = m_rules, path = m_journalPath,
            token = std::shared_ptr<const ScanToken>(m_planToken)] {
            worker->plan(id, requests, rules, path, token); // runs in the cleanup thread
        });
}

void CleanupController::cancelPlan()
{
    if (m_planToken)
        m_planToken->cancel();
}

void CleanupController::plan(const QList<Selector> &selectors, const FinderOptions &options)
{
    QList<CleanupRequest> requests;
    for (const Selector &selector : selectors)
        requests.append({ selector, options });
    plan(requests);
}

void CleanupController::run(
    const std::shared_ptr<const CleanupPlan> &plan, CleanupMethod method, const QByteArray &archiveDir)
{
    ++m_busy;
    m_cancel = std::make_shared<std::atomic_bool>(false);
    // The copy shares the immutable manifests; the GUI may go on toggling its own plan.
    auto frozen = std::make_shared<const CleanupPlan>(*plan);
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, frozen, roots = m_lastRoots, method, archiveDir, path = m_journalPath, cancel = m_cancel] {
            worker->run(frozen, roots, method, archiveDir, path, cancel);
        });
}

void CleanupController::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void CleanupController::undoLast()
{
    ++m_busy;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path = m_journalPath] { worker->undo(path); });
}

void CleanupController::queryFreeSpace(const QByteArray &path)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, path] { worker->freeSpace(path); });
}

bool CleanupController::isBusy() const
{
    return m_busy > 0;
}

void CleanupWorker::plan(quint64 id, const QList<CleanupRequest> &requests, std::shared_ptr<const RuleSet> rules,
    const QString &journalPath, std::shared_ptr<const ScanToken> token)
{
    PlanControl control;
    control.token = std::move(token);
    control.progress = [this, id](const PlanProgress &progress) { Q_EMIT planProgress(id, progress); };
    Q_EMIT planReady(id, preparePlan(requests, std::move(rules), journalPath, true, control));
}

void CleanupWorker::estimate(quint64 id, std::shared_ptr<const std::atomic<quint64>> latest,
    const QList<CleanupRequest> &requests, std::shared_ptr<const RuleSet> rules, const QString &journalPath,
    std::shared_ptr<const ScanToken> token)
{
    PlanControl control;
    control.token = std::move(token);
    for (qsizetype index = 0; index < requests.size(); ++index) {
        if (latest->load() != id)
            return; // superseded
        const PlanOutcome outcome = preparePlan({ requests.at(index) }, rules, journalPath, false, control);
        if (outcome.stopped)
            return; // superseded while it searched: its numbers would be too low
        qsizetype items = 0;
        for (const CleanupItem &item : outcome.plan->items())
            items += item.selected ? 1 : 0;
        Q_EMIT estimateReady(id, index, outcome.plan->freed(), items);
    }
}

void CleanupWorker::run(std::shared_ptr<const CleanupPlan> plan, const QList<QByteArray> &roots, CleanupMethod method,
    const QByteArray &archiveDir, const QString &journalPath, std::shared_ptr<std::atomic_bool> cancel)
{
    QList<QByteArray> volumes;
    for (const CleanupItem &item : plan->items()) {
        if (item.selected)
            volumes.append(item.path);
    }
    RunOutcome outcome;
    outcome.predicted = plan->freed();
    CleanupJournal journal = journalAt(journalPath);
    outcome.journalPath = journal.path();
    const CleanupGuard guard(roots, QFile::encodeName(QDir::homePath()));
    CleanupExecutor executor(*plan, guard);
    executor.setMethod(method);
    executor.setArchiveDirectory(archiveDir);
    executor.setJournal(&journal);
    const FreeSpaceSnapshot before = FreeSpaceSnapshot::measure(volumes);
    QElapsedTimer sinceLast;
    sinceLast.start();
    bool first = true;
    outcome.result = executor.run(cancel.get(), [&](qsizetype done, qsizetype total, const QByteArray &current) {
        if (!first && done < total && sinceLast.elapsed() < ProgressIntervalMs)
            return;
        first = false;
        sinceLast.restart();
        Q_EMIT progress(done, total, current);
    });
    outcome.measuredFreed = FreeSpaceSnapshot::measure(volumes).freedSince(before);
    Q_EMIT finished(outcome);
}

void CleanupWorker::undo(const QString &journalPath)
{
    CleanupJournal journal = journalAt(journalPath);
    Q_EMIT undoFinished(undoLastCleanup(journal));
}

void CleanupWorker::freeSpace(const QByteArray &path)
{
    const std::optional<VolumeSpace> space = volumeSpace(path);
    Q_EMIT freeSpaceReady(path, space ? std::optional<std::uint64_t>(space->available) : std::nullopt);
}

} // namespace CacheLens
