#pragma once

#include "core/cleanup/planning.h"
#include "core/rules/knowncaches.h"
#include "core/schedule/scanhistory.h"
#include "core/schedule/scanschedule.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

namespace CacheLens
{

class RuleSet;
class ScheduledScanWorker;

/// The selectors a scheduled scan asks about, each with the options the cleanup wizard's row
/// has by default: "temp" and every active cache of tier safe ("cache:pip", …), then the
/// Hugging Face revisions nobody points to and the repositories unused for
/// DefaultHfUnusedDays when a hub cache exists. Whole caches of tier review (the hub itself,
/// torch hub, …) are not proposed: they are what the user works with, not waste.
/// scope: when not empty, only caches inside it, and every finder looks only there.
[[nodiscard]] QList<CleanupRequest> scheduledScanRequests(
    const QList<KnownCache> &caches, const QList<QByteArray> &scope = {});

/// Looks now and then for what could be reclaimed in the ML caches of this machine, on its own
/// worker thread (never the GUI thread): what `cachelens clean --dry-run` and the wizard's
/// estimates count, for scheduledScanRequests(). Every run is appended to a ScanHistory and
/// reported through finished(); a scheduled run is marked notified only when it is news
/// (isWorthNotifying() against noticeBaseline() of the history), a manual one whenever it
/// found something. Lives in the GUI thread and never blocks it.
///
/// The timer is single-shot and re-armed after each run, at most CheckEvery ahead: monotonic
/// timers stop while the machine sleeps, so a run due during a suspend happens soon after it.
class ScheduledScanner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledScanner)

public:
    /// A run due at start-up waits this long: logging in is busy enough.
    static constexpr std::chrono::milliseconds DefaultStartDelay = std::chrono::minutes(2);
    static constexpr std::chrono::milliseconds CheckEvery = std::chrono::minutes(5);

    explicit ScheduledScanner(const QString &historyPath = ScanHistory::defaultPath(), QObject *parent = nullptr);
    ~ScheduledScanner() override; ///< stops a run between selectors, then joins the worker thread

    void setRules(std::shared_ptr<const RuleSet> rules); ///< null: the default rule set
    void setSchedule(const ScanSchedule &schedule); ///< re-arms the timer when started
    [[nodiscard]] ScanSchedule schedule() const;

    // Seams for tests.
    /// The local time "now" (nextRun() and each result's time); the timer still runs in real time.
    void setClock(std::function<QDateTime()> clock);
    /// How long a run due at start() waits (DefaultStartDelay; 0 in tests).
    void setStartDelay(std::chrono::milliseconds delay);
    /// Look only under these folders (a fake HOME in tests); empty: every known ML cache.
    void setScope(const QList<QByteArray> &scope);

    /// Reads the history on the worker thread, then arms the timer from its last run.
    void start();
    void stop();
    /// Runs one scan now, whatever the schedule, as the user asked for it: its result is marked
    /// manual and notified when it finds anything. False when one is already under way.
    bool runNow();
    [[nodiscard]] bool isScanning() const;

    /// When the next scheduled run is due (invalid when off, stopped or not started yet).
    [[nodiscard]] QDateTime nextRun() const;
    [[nodiscard]] QDateTime lastRun() const;
    /// The history as read at start() plus every run since, oldest first (at most ScanHistory::Cap).
    [[nodiscard]] QList<ScheduledScanResult> history() const;
    [[nodiscard]] QString historyPath() const;

Q_SIGNALS:
    void started();
    void finished(const CacheLens::ScheduledScanResult &result);
    /// The history was read at start() (history() has it now).
    void historyLoaded();

private:
    bool run(bool manual);
    void arm(bool atStart);
    void onTimeout();
    void onHistoryRead(const QList<CacheLens::ScheduledScanResult> &entries);
    void onFinished(const CacheLens::ScheduledScanResult &result);
    [[nodiscard]] QDateTime now() const;

    QThread m_thread;
    ScheduledScanWorker *m_worker = nullptr; // lives in m_thread; deleted there through deleteLater
    QString m_historyPath;
    std::shared_ptr<const RuleSet> m_rules;
    ScanSchedule m_schedule;
    std::function<QDateTime()> m_clock;
    std::chrono::milliseconds m_startDelay = DefaultStartDelay;
    QList<QByteArray> m_scope;
    QTimer m_timer;
    QDateTime m_nextRun;
    QList<ScheduledScanResult> m_history;
    std::shared_ptr<std::atomic_bool> m_cancel = std::make_shared<std::atomic_bool>(false);
    bool m_started = false;
    bool m_loaded = false; // the history has been read: lastRun() is known
    bool m_scanning = false;
};

/// Does the scanner's slow work on its thread. Internal to ScheduledScanner.
class ScheduledScanWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScheduledScanWorker)

public:
    explicit ScheduledScanWorker(QString historyPath);
    void readHistory();
    /// One run; manual: the user asked for it. Decides ScheduledScanResult::notified against the
    /// history before appending the result to it.
    void scan(const QDateTime &time, bool manual, std::shared_ptr<const CacheLens::RuleSet> rules,
        const QList<QByteArray> &scope, std::shared_ptr<const std::atomic_bool> cancel);

Q_SIGNALS:
    void historyRead(const QList<CacheLens::ScheduledScanResult> &entries);
    void finished(const CacheLens::ScheduledScanResult &result);

private:
    ScanHistory m_history;
};

} // namespace CacheLens
