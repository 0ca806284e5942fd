#include "core/storage/storagemonitor.h"

#include "core/logging.h"
#include "core/storage/volumeevaluator.h"

#include <QDateTime>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{

StorageMonitor::StorageMonitor(
    std::unique_ptr<StorageProbe> probe, const QString &historyPath, Thresholds thresholds, QObject *parent)
    : QObject(parent)
    , m_thresholds(thresholds)
    , m_worker(new StorageWorker(std::move(probe), historyPath, thresholds)) // no parent: it moves
{
    qRegisterMetaType<QList<CacheLens::VolumeStatus>>();
    qRegisterMetaType<QList<CacheLens::UsageSample>>();
    qRegisterMetaType<CacheLens::VolumeAlert>();
    m_thread.setObjectName(u"CacheLens storage"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &StorageWorker::sampled, this, &StorageMonitor::onSampled);
    connect(m_worker, &StorageWorker::alerted, this, &StorageMonitor::alerted);
    connect(m_worker, &StorageWorker::historyReady, this, &StorageMonitor::historyReady);
    m_timer.setSingleShot(true);
    m_timer.setInterval(DefaultInterval);
    connect(&m_timer, &QTimer::timeout, this, &StorageMonitor::poll);
    m_thread.start(QThread::LowPriority);
}

StorageMonitor::~StorageMonitor()
{
    m_timer.stop();
    m_thread.quit();
    m_thread.wait(); // a probe gives up on a hung mount after its per-volume timeout
}

void StorageMonitor::setInterval(std::chrono::milliseconds interval)
{
    m_timer.setInterval(interval);
}

std::chrono::milliseconds StorageMonitor::interval() const
{
    return m_timer.intervalAsDuration();
}

void StorageMonitor::setClock(std::function<std::int64_t()> clock)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, clock = std::move(clock)]() mutable { worker->setClock(std::move(clock)); });
}

void StorageMonitor::setThresholds(const Thresholds &thresholds)
{
    m_thresholds = thresholds;
    // Queued like every request: the evaluator is only ever touched on the worker thread.
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, thresholds] { worker->setThresholds(thresholds); });
}

void StorageMonitor::start()
{
    if (m_running)
        return;
    m_running = true;
    if (!m_polling)
        poll();
}

void StorageMonitor::stop()
{
    m_running = false;
    m_timer.stop();
}

bool StorageMonitor::isRunning() const
{
    return m_running;
}

void StorageMonitor::requestHistory(const QByteArray &mount, std::int64_t fromTime)
{
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, mount, fromTime] { worker->readHistory(mount, fromTime); });
}

void StorageMonitor::poll()
{
    m_polling = true;
    QMetaObject::invokeMethod(m_worker, [worker = m_worker] { worker->sample(); });
}

void StorageMonitor::onSampled(const QList<VolumeStatus> &statuses)
{
    m_polling = false;
    if (m_running)
        m_timer.start();
    Q_EMIT sampled(statuses);
}

// --- worker ------------------------------------------------------------------------------------

StorageWorker::StorageWorker(std::unique_ptr<StorageProbe> probe, QString historyPath, Thresholds thresholds)
    : m_probe(std::move(probe))
    , m_historyPath(std::move(historyPath))
    , m_thresholdSettings(thresholds)
    , m_clock([] { return QDateTime::currentSecsSinceEpoch(); })
{
}

StorageWorker::~StorageWorker() = default;

void StorageWorker::setClock(std::function<std::int64_t()> clock)
{
    m_clock = std::move(clock);
}

void StorageWorker::setThresholds(const Thresholds &thresholds)
{
    m_thresholdSettings = thresholds;
    if (m_evaluator)
        m_evaluator->setThresholds(thresholds);
}

void StorageWorker::openHistory()
{
    if (m_evaluator)
        return;
    m_history = std::make_unique<UsageHistory>(m_historyPath);
    if (!m_history->isOpen())
        Log::storage()->info(
            "usage history unavailable, monitoring without it: {}", m_history->errorText().toStdString());
    m_evaluator = std::make_unique<VolumeEvaluator>(m_thresholdSettings, m_history.get());
}

void StorageWorker::sample()
{
    openHistory();
    const std::int64_t now = m_clock();
    if (m_history->isOpen() && now - m_lastPrune >= 86400) {
        m_history->prune(UsageHistory::DefaultRetentionDays, now);
        m_lastPrune = now;
    }
    const QList<Volume> volumes = m_probe->sample();
    if (m_history->isOpen() && !m_history->append(now, volumes))
        Log::storage()->info("cannot add to the usage history: {}", m_history->errorText().toStdString());
    QList<VolumeAlert> alerts;
    const QList<VolumeStatus> statuses = m_evaluator->evaluate(now, volumes, &alerts);
    for (const VolumeAlert &alert : std::as_const(alerts))
        Q_EMIT alerted(alert);
    Q_EMIT sampled(statuses);
}

void StorageWorker::readHistory(const QByteArray &mount, std::int64_t fromTime)
{
    openHistory();
    QList<UsageSample> samples;
    if (m_history->isOpen())
        samples = m_history->samples(mount, fromTime, m_clock());
    Q_EMIT historyReady(mount, samples);
}

} // namespace CacheLens
