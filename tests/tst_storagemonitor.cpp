#include "core/storage/storagemonitor.h"
#include "core/storage/usagehistory.h"
#include "tests/fixture/volumes.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <memory>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

constexpr std::uint64_t GiB = 1024ULL * 1024 * 1024;
constexpr std::int64_t Start = 1'800'000'000;
constexpr std::int64_t Step = 600; // ten minutes between the scripted samples

Volume dataVolume(std::uint64_t usedGiB)
{
    return Test::volume("/data", 1000 * GiB, usedGiB * GiB);
}

// /data fills by 30 GiB every ten minutes: 180 GiB/h.
QList<QList<Volume>> risingScript()
{
    QList<QList<Volume>> script;
    for (const std::uint64_t used : { 800, 830, 860, 890, 920, 960 })
        script.append({ dataVolume(used) });
    return script;
}

// Each sample is stamped ten minutes after the previous one, however fast the test polls.
std::function<std::int64_t()> steppingClock()
{
    auto now = std::make_shared<std::atomic<std::int64_t>>(Start - Step);
    return [now] { return now->fetch_add(Step) + Step; };
}

} // namespace

class TestStorageMonitor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void statesAndEtaFollowTheScript();
    void samplesLandInTheHistoryAndAreReadBack();
    void aSecondMonitorContinuesTheTrendFromTheHistory();
    void stopEndsThePolling();
    void newThresholdsApplyFromALaterSample();
};

void TestStorageMonitor::statesAndEtaFollowTheScript()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StorageMonitor monitor(std::make_unique<FakeStorageProbe>(risingScript()), dir.filePath(u"h.sqlite"_s));
    monitor.setClock(steppingClock());
    monitor.setInterval(std::chrono::milliseconds(50));
    QSignalSpy sampled(&monitor, &StorageMonitor::sampled);
    QSignalSpy alerted(&monitor, &StorageMonitor::alerted);
    monitor.start();
    QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 6, 10000); // polling may step past an exact count
    monitor.stop();

    QList<VolumeState> states;
    for (const QList<QVariant> &arguments : std::as_const(sampled)) {
        const auto statuses = arguments.at(0).value<QList<VolumeStatus>>();
        QCOMPARE(statuses.size(), 1);
        states.append(statuses.constFirst().state);
    }
    const QList<VolumeState> expected { VolumeState::Ok, VolumeState::Ok, VolumeState::Warning, VolumeState::Warning,
        VolumeState::Warning, VolumeState::Critical };
    QCOMPARE(states.mid(0, expected.size()), expected); // later samples repeat the last one

    // Two samples are not a trend; the third (20 minutes of history) is.
    QVERIFY(!sampled.at(1).at(0).value<QList<VolumeStatus>>().constFirst().trend);
    const VolumeStatus third = sampled.at(2).at(0).value<QList<VolumeStatus>>().constFirst();
    QVERIFY(third.trend);
    QVERIFY(qAbs(third.trend->bytesPerHour - 180.0 * GiB) < 1.0 * GiB);
    QVERIFY(third.trend->etaFullSeconds);
    // 140 GiB left at 180 GiB/h: 2800 s.
    QVERIFY2(qAbs(*third.trend->etaFullSeconds - 2800) <= 5, qPrintable(QString::number(*third.trend->etaFullSeconds)));

    // ok → warning and warning → critical, each reported once.
    QCOMPARE(alerted.size(), 2);
    QCOMPARE(alerted.at(0).at(0).value<VolumeAlert>().to, VolumeState::Warning);
    QCOMPARE(alerted.at(1).at(0).value<VolumeAlert>().to, VolumeState::Critical);
}

void TestStorageMonitor::samplesLandInTheHistoryAndAreReadBack()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"h.sqlite"_s);
    {
        StorageMonitor monitor(std::make_unique<FakeStorageProbe>(risingScript()), path);
        monitor.setClock(steppingClock());
        monitor.setInterval(std::chrono::milliseconds(50));
        QSignalSpy sampled(&monitor, &StorageMonitor::sampled);
        monitor.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 3, 10000); // polling may step past an exact count
        monitor.stop();

        QSignalSpy history(&monitor, &StorageMonitor::historyReady);
        monitor.requestHistory("/data", Start);
        QVERIFY(history.wait(5000));
        // The worker answers in order: a sample still under way at stop() arrived before the
        // history, so the count is exact now, however slow the machine.
        const qsizetype taken = sampled.size();
        QCOMPARE(history.constFirst().at(0).toByteArray(), QByteArray("/data"));
        const auto samples = history.constFirst().at(1).value<QList<UsageSample>>();
        QCOMPARE(samples.size(), taken);
        QCOMPARE(samples.constFirst().time, Start);
        QCOMPARE(samples.constFirst().usedBytes, 800 * GiB);
        QCOMPARE(samples.at(2).usedBytes, 860 * GiB);
    }
    const UsageHistory reopened(path);
    QVERIFY(reopened.isOpen());
    QVERIFY(reopened.samples("/data", 0, Start + 100 * Step).size() >= 3);
}

void TestStorageMonitor::aSecondMonitorContinuesTheTrendFromTheHistory()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"h.sqlite"_s);
    auto clock = steppingClock();
    {
        StorageMonitor first(std::make_unique<FakeStorageProbe>(risingScript().mid(0, 2)), path);
        first.setClock(clock);
        first.setInterval(std::chrono::milliseconds(20));
        QSignalSpy sampled(&first, &StorageMonitor::sampled);
        first.start();
        QTRY_VERIFY_WITH_TIMEOUT(sampled.size() >= 2, 10000); // polling may step past an exact count
        first.stop();
    } // joins the worker: no sample is under way any more
    StorageMonitor second(std::make_unique<FakeStorageProbe>(QList<QList<Volume>> { { dataVolume(950) } }), path);
    second.setClock([] { return Start + 5 * Step; }); // well after the first monitor's samples
    QSignalSpy sampled(&second, &StorageMonitor::sampled);
    second.start();
    QVERIFY(sampled.wait(5000));
    const VolumeStatus status = sampled.constFirst().at(0).value<QList<VolumeStatus>>().constFirst();
    QVERIFY2(status.trend, "the first sample of a new monitor already has the stored samples behind it");
    QVERIFY(status.trend->bytesPerHour > 0);
}

void TestStorageMonitor::stopEndsThePolling()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StorageMonitor monitor(std::make_unique<FakeStorageProbe>(risingScript()), dir.filePath(u"h.sqlite"_s));
    monitor.setInterval(std::chrono::milliseconds(30));
    QSignalSpy sampled(&monitor, &StorageMonitor::sampled);
    monitor.start();
    QVERIFY(monitor.isRunning());
    QVERIFY(sampled.wait(5000));
    monitor.stop();
    QVERIFY(!monitor.isRunning());
    // A poll under way at stop() may still deliver, once; waiting long for it keeps a slow
    // machine from mistaking it for polling that did not stop.
    sampled.wait(2000);
    const qsizetype after = sampled.size();
    QVERIFY(!sampled.wait(300));
    QCOMPARE(sampled.size(), after);
}

void TestStorageMonitor::newThresholdsApplyFromALaterSample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    // 80 % used, not growing: ok at the default 85 %, a warning at 75 %.
    StorageMonitor monitor(
        std::make_unique<FakeStorageProbe>(QList<QList<Volume>> { { dataVolume(800) } }), dir.filePath(u"h.sqlite"_s));
    monitor.setClock(steppingClock());
    monitor.setInterval(std::chrono::milliseconds(30));
    QSignalSpy sampled(&monitor, &StorageMonitor::sampled);
    QSignalSpy alerted(&monitor, &StorageMonitor::alerted);
    monitor.start();
    QVERIFY(sampled.wait(5000));
    QCOMPARE(sampled.constFirst().at(0).value<QList<VolumeStatus>>().constFirst().state, VolumeState::Ok);

    Thresholds lower = monitor.thresholds();
    lower.warningRatio = 0.75;
    monitor.setThresholds(lower);
    QCOMPARE(monitor.thresholds().warningRatio, 0.75);
    QTRY_VERIFY_WITH_TIMEOUT(!alerted.isEmpty(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(
        sampled.constLast().at(0).value<QList<VolumeStatus>>().constFirst().state, VolumeState::Warning, 5000);
    monitor.stop();
    QCOMPARE(alerted.constFirst().at(0).value<VolumeAlert>().to, VolumeState::Warning);
}

QTEST_GUILESS_MAIN(TestStorageMonitor)
#include "tst_storagemonitor.moc"
