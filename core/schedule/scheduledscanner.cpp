#include "core/schedule/scheduledscanner.h"

#include "core/cleanup/cleanupguard.h"
#include "core/logging.h"
#include "core/rules/environment.h"
#include "core/rules/ruleset.h"
#include "core/schedule/scannotice.h"

#include <QDir>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

Selector selector(const QByteArray &kind, const QByteArray &argument = {})
{
    return Selector { kind, argument };
}

bool isSafe(const CleanupRequest &request, const QList<KnownCache> &caches)
{
    if (request.selector.kind == "temp")
        return true;
    if (request.selector.kind != "cache")
        return false; // the hub's revisions and repositories are review
    return std::any_of(caches.cbegin(), caches.cend(), [&](const KnownCache &cache) {
        return cache.id == request.selector.argument && cache.classification.tier == Tier::Safe;
    });
}

struct Estimate {
    FreedBytes freed;
    qsizetype items = 0;
};

// The same call and options as CleanupWorker::estimate(): no in-use probe, so nothing here
// reads /proc of every process each time.
Estimate estimateOf(
    const QList<CleanupRequest> &requests, const std::shared_ptr<const RuleSet> &rules, QStringList *failures)
{
    const PlanOutcome outcome = preparePlan(requests, rules, {}, false);
    Estimate estimate;
    estimate.freed = outcome.plan->freed();
    for (const CleanupItem &item : outcome.plan->items())
        estimate.items += item.selected ? 1 : 0;
    for (const QString &warning : outcome.warnings)
        Log::cleanup()->debug("scheduled scan: {}", warning.toStdString());
    *failures += outcome.failures;
    return estimate;
}

} // namespace

QList<CleanupRequest> scheduledScanRequests(const QList<KnownCache> &caches, const QList<QByteArray> &scope)
{
    FinderOptions options;
    options.paths = scope;
    const auto inScope = [&scope](const QByteArray &path) {
        return scope.isEmpty() || std::any_of(scope.cbegin(), scope.cend(), [&](const QByteArray &folder) {
            return isPathInside(path, folder);
        });
    };
    QList<CleanupRequest> requests { { selector("temp"), options } };
    QList<CleanupRequest> cacheRequests;
    bool haveHub = false;
    for (const KnownCache &cache : caches) {
        if (!cache.active || !inScope(cache.path))
            continue;
        haveHub = haveHub || cache.id == "huggingface-hub" || cache.id == "transformers-cache";
        const bool seen = std::any_of(cacheRequests.cbegin(), cacheRequests.cend(),
            [&](const CleanupRequest &request) { return request.selector.argument == cache.id; });
        if (cache.classification.tier == Tier::Safe && !seen)
            cacheRequests.append({ selector("cache", cache.id), options });
    }
    if (haveHub) { // the wizard's order: temp, the hub's selectors, then the caches
        requests.append({ selector("hf-detached"), options });
        FinderOptions unused = options;
        unused.olderThanDays = DefaultHfUnusedDays;
        requests.append({ selector("hf-unused"), unused });
    }
    return requests + cacheRequests;
}

// --- scanner (GUI thread) ------------------------------------------------------------------------

ScheduledScanner::ScheduledScanner(const QString &historyPath, QObject *parent)
    : QObject(parent)
    , m_worker(new ScheduledScanWorker(historyPath)) // no parent: it moves to the worker thread
    , m_historyPath(historyPath)
    , m_clock([] { return QDateTime::currentDateTime(); })
{
    qRegisterMetaType<CacheLens::ScheduledScanResult>();
    qRegisterMetaType<QList<CacheLens::ScheduledScanResult>>();
    m_thread.setObjectName(u"CacheLens scheduled scan"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScheduledScanWorker::historyRead, this, &ScheduledScanner::onHistoryRead);
    connect(m_worker, &ScheduledScanWorker::finished, this, &ScheduledScanner::onFinished);
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer); // a coarse timer may fire early and only re-arm
    connect(&m_timer, &QTimer::timeout, this, &ScheduledScanner::onTimeout);
    m_thread.start(QThread::LowPriority);
}

ScheduledScanner::~ScheduledScanner()
{
    m_timer.stop();
    m_cancel->store(true);
    m_thread.quit();
    m_thread.wait(); // a scan stops before its next selector
}

void ScheduledScanner::setRules(std::shared_ptr<const RuleSet> rules)
{
    m_rules = std::move(rules);
}

void ScheduledScanner::setSchedule(const ScanSchedule &schedule)
{
    const bool changed = !(schedule == m_schedule);
    m_schedule = schedule;
    if (changed) {
        Log::cleanup()->info("scheduled scans: {}", schedule.describe().toStdString());
        arm(false);
    }
}

ScanSchedule ScheduledScanner::schedule() const
{
    return m_schedule;
}

void ScheduledScanner::setClock(std::function<QDateTime()> clock)
{
    m_clock = std::move(clock);
}

void ScheduledScanner::setStartDelay(std::chrono::milliseconds delay)
{
    m_startDelay = delay;
}

void ScheduledScanner::setScope(const QList<QByteArray> &scope)
{
    m_scope = scope;
}

void ScheduledScanner::start()
{
    if (m_started)
        return;
    m_started = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->readHistory(); });
}

void ScheduledScanner::stop()
{
    m_started = false;
    m_timer.stop();
    m_nextRun = {};
}

bool ScheduledScanner::runNow()
{
    return run(true);
}

bool ScheduledScanner::run(bool manual)
{
    if (m_scanning)
        return false;
    m_scanning = true;
    m_timer.stop();
    m_nextRun = {};
    QMetaObject::invokeMethod(m_worker,
        [worker = m_worker, time = now(), manual, rules = m_rules, scope = m_scope,
            cancel = std::shared_ptr<const std::atomic_bool>(m_cancel)] {
            worker->scan(time, manual, rules, scope, cancel);
        });
    Q_EMIT started();
    return true;
}

bool ScheduledScanner::isScanning() const
{
    return m_scanning;
}

QDateTime ScheduledScanner::nextRun() const
{
    return m_nextRun;
}

QDateTime ScheduledScanner::lastRun() const
{
    return m_history.isEmpty() ? QDateTime() : m_history.constLast().time;
}

QList<ScheduledScanResult> ScheduledScanner::history() const
{
    return m_history;
}

QString ScheduledScanner::historyPath() const
{
    return m_historyPath;
}

QDateTime ScheduledScanner::now() const
{
    return m_clock();
}

void ScheduledScanner::arm(bool atStart)
{
    m_timer.stop();
    m_nextRun = {};
    if (!m_started || !m_loaded || m_scanning)
        return; // onHistoryRead() and onFinished() arm again
    const QDateTime current = now();
    m_nextRun = m_schedule.nextRun(lastRun(), current);
    if (!m_nextRun.isValid())
        return;
    if (atStart && m_nextRun <= current)
        m_nextRun = current.addMSecs(m_startDelay.count());
    const qint64 delay = std::clamp<qint64>(current.msecsTo(m_nextRun), 0, CheckEvery.count());
    m_timer.start(std::chrono::milliseconds(delay));
}

void ScheduledScanner::onTimeout()
{
    if (!m_nextRun.isValid())
        return;
    if (now() >= m_nextRun)
        run(false);
    else
        arm(false); // woke up to look again (after CheckEvery, or a clock change)
}

void ScheduledScanner::onHistoryRead(const QList<ScheduledScanResult> &entries)
{
    m_history = entries;
    m_loaded = true;
    Q_EMIT historyLoaded();
    arm(true);
}

void ScheduledScanner::onFinished(const ScheduledScanResult &result)
{
    m_scanning = false;
    m_history.append(result);
    if (m_history.size() > ScanHistory::Cap)
        m_history.remove(0, m_history.size() - ScanHistory::Cap);
    Q_EMIT finished(result);
    arm(false);
}

// --- worker ------------------------------------------------------------------------------------

ScheduledScanWorker::ScheduledScanWorker(QString historyPath)
    : m_history(std::move(historyPath))
{
}

void ScheduledScanWorker::readHistory()
{
    Q_EMIT historyRead(m_history.read());
}

void ScheduledScanWorker::scan(const QDateTime &time, bool manual, std::shared_ptr<const RuleSet> rules,
    const QList<QByteArray> &scope, std::shared_ptr<const std::atomic_bool> cancel)
{
    QElapsedTimer clock;
    clock.start();
    ScheduledScanResult result;
    result.time = QDateTime::fromSecsSinceEpoch(time.toSecsSinceEpoch(), Qt::UTC); // the history keeps seconds
    QStringList problems;
    if (!rules)
        rules = RuleSet::loadDefault(&problems);
    const QList<KnownCache> caches = resolveKnownCaches(rules->cacheSpecs(), Environment::fromSystem(QDir::homePath()));
    const QList<CleanupRequest> requests = scheduledScanRequests(caches, scope);

    // Each selector alone, as the wizard's rows show it; then the ones that found something
    // together, so bytes two selectors share (a temp file in a cache) count once.
    QList<CleanupRequest> found;
    QList<CleanupRequest> foundSafe;
    QStringList failures;
    for (const CleanupRequest &request : requests) {
        if (cancel->load())
            return; // the program is quitting: nobody waits for this result
        const Estimate estimate = estimateOf({ request }, rules, &failures);
        result.selectors.append({ request.selector.text(), estimate.freed.disk, estimate.items });
        if (estimate.items == 0 || estimate.freed.disk == 0)
            continue;
        found.append(request);
        if (isSafe(request, caches))
            foundSafe.append(request);
    }
    const auto together = [&](const QList<CleanupRequest> &subset) -> std::uint64_t {
        if (subset.isEmpty())
            return 0;
        if (subset.size() == 1) {
            const QByteArray text = subset.constFirst().selector.text();
            for (const SelectorBytes &bytes : std::as_const(result.selectors)) {
                if (bytes.selector == text)
                    return bytes.diskBytes;
            }
        }
        return estimateOf(subset, rules, &failures).freed.disk;
    };
    if (cancel->load())
        return;
    result.reclaimableBytes = together(found);
    result.safeBytes = foundSafe.size() == found.size() ? result.reclaimableBytes : together(foundSafe);
    failures.removeDuplicates();
    result.error = (problems + failures).join(u"; "_s);
    result.durationMs = clock.elapsed();
    result.manual = manual;
    // Read from the file, not the scanner's copy: that may not be loaded yet, and the file is
    // what the next start compares with.
    result.notified = manual ? result.reclaimableBytes > 0 : isWorthNotifying(noticeBaseline(m_history.read()), result);
    Log::cleanup()->info("scheduled scan: {} bytes reclaimable ({} safe) from {} selectors in {} ms{}",
        result.reclaimableBytes, result.safeBytes, requests.size(), result.durationMs,
        result.notified ? ", notified" : "");
    QString error;
    if (!m_history.append(result, &error))
        Log::cleanup()->warn(
            "cannot add to the scheduled-scan history {}: {}", m_history.path().toStdString(), error.toStdString());
    Q_EMIT finished(result);
}

} // namespace CacheLens
