#pragma once

#include "core/storage/storageprobe.h"
#include "core/storage/thresholdmonitor.h"
#include "core/storage/usagehistory.h"
#include "core/storage/volumestatus.h"

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <chrono>
#include <cstdint>
#include <functional>
#include <memory>

namespace CacheLens
{

class StorageWorker;
class VolumeEvaluator;

/// Polls the volumes for the window: the probe and the usage history run on a long-lived
/// worker thread (a dead network mount may block a probe for its timeout), results come back
/// as queued signals. Lives in the GUI thread and never blocks it.
///
/// Polls never overlap: a single-shot timer is restarted when a sample arrives.
class StorageMonitor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageMonitor)

public:
    static constexpr std::chrono::seconds DefaultInterval { 60 };

    /// Takes the probe (FakeStorageProbe in tests) and the history file to append to.
    explicit StorageMonitor(std::unique_ptr<StorageProbe> probe = makeSystemStorageProbe(),
        const QString &historyPath = UsageHistory::defaultPath(), Thresholds thresholds = {},
        QObject *parent = nullptr);
    ~StorageMonitor() override; ///< quits and joins the worker thread (waits for a running probe)

    /// Time between the end of one sample and the start of the next.
    void setInterval(std::chrono::milliseconds interval);
    [[nodiscard]] std::chrono::milliseconds interval() const;
    /// Replaces the clock (seconds since the epoch) used to stamp samples; tests fast-forward.
    /// Call before start(): it is called on the worker thread.
    void setClock(std::function<std::int64_t()> clock);
    [[nodiscard]] const Thresholds &thresholds() const
    {
        return m_thresholds;
    }
    /// New limits, handed to the worker thread; they apply from the next sample on (a volume
    /// already in warning stays there, one that now crosses a lower limit alerts once).
    void setThresholds(const Thresholds &thresholds);

    /// Takes a sample now, then one every interval() until stop().
    void start();
    void stop(); ///< a sample under way is still delivered
    [[nodiscard]] bool isRunning() const;

    /// Reads the stored samples of mount from fromTime (seconds since the epoch) on the
    /// worker thread; they arrive through historyReady().
    void requestHistory(const QByteArray &mount, std::int64_t fromTime);

Q_SIGNALS:
    /// Every volume of one sample, measured or not, with its state and trend.
    void sampled(const QList<CacheLens::VolumeStatus> &statuses);
    /// A volume got worse (ok → warning → critical); once per change.
    void alerted(const CacheLens::VolumeAlert &alert);
    void historyReady(const QByteArray &mount, const QList<CacheLens::UsageSample> &samples);

private:
    void poll();
    void onSampled(const QList<CacheLens::VolumeStatus> &statuses);

    Thresholds m_thresholds;
    QThread m_thread;
    StorageWorker *m_worker = nullptr; // lives in m_thread; deleted there through deleteLater
    QTimer m_timer;
    bool m_running = false;
    bool m_polling = false; // a sample is under way: the timer restarts when it arrives
};

/// Probes and keeps the history on the storage thread. Internal to StorageMonitor.
class StorageWorker final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StorageWorker)

public:
    StorageWorker(std::unique_ptr<StorageProbe> probe, QString historyPath, Thresholds thresholds);
    ~StorageWorker() override;

    void setClock(std::function<std::int64_t()> clock);
    void setThresholds(const Thresholds &thresholds);
    void sample();
    void readHistory(const QByteArray &mount, std::int64_t fromTime);

Q_SIGNALS:
    void sampled(const QList<CacheLens::VolumeStatus> &statuses);
    void alerted(const CacheLens::VolumeAlert &alert);
    void historyReady(const QByteArray &mount, const QList<CacheLens::UsageSample> &samples);

private:
    void openHistory();

    std::unique_ptr<StorageProbe> m_probe;
    QString m_historyPath;
    Thresholds m_thresholdSettings;
    std::function<std::int64_t()> m_clock;
    // Created on the worker thread: a QSqlDatabase connection belongs to the thread that made it.
    std::unique_ptr<UsageHistory> m_history;
    std::unique_ptr<VolumeEvaluator> m_evaluator;
    std::int64_t m_lastPrune = 0;
};

} // namespace CacheLens
