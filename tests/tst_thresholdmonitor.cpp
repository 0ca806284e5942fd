#include "core/storage/storageprobe.h"
#include "core/storage/thresholdmonitor.h"
#include "tests/fixture/volumes.h"

#include <QTest>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// A volume of 1000 bytes (used + available) that is percent full, and 100 more reserved for root:
// not part of df's Use%.
Volume volumeAt(const QByteArray &mount, int percent)
{
    return Test::volume(mount, 1100, std::uint64_t(percent) * 10, 100);
}

// Feeds each probe sample to the monitor; returns "mount:from>to" for every alert.
QStringList run(ThresholdMonitor &monitor, StorageProbe &probe, int samples)
{
    QStringList alerts;
    for (int i = 0; i < samples; ++i) {
        for (const Volume &volume : probe.sample()) {
            if (const auto alert = monitor.update(volume.mountPoint, volume.usedRatio(), std::nullopt))
                alerts.append(QString::fromLatin1(
                    QByteArray(alert->mountPoint + ':' + volumeStateId(alert->from) + '>' + volumeStateId(alert->to))));
        }
    }
    return alerts;
}

} // namespace

class TestThresholdMonitor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void states_data();
    void states();
    void alertsOnlyOnTheWayUp();
    void hoveringAtThresholdAlertsOnce();
    void etaRule();
    void configurableThresholds();
};

void TestThresholdMonitor::states_data()
{
    QTest::addColumn<int>("previous");
    QTest::addColumn<double>("ratio");
    QTest::addColumn<int>("expected");
    const int ok = int(VolumeState::Ok);
    const int warning = int(VolumeState::Warning);
    const int critical = int(VolumeState::Critical);
    QTest::newRow("ok below 85") << ok << 0.849 << ok;
    QTest::newRow("ok at 85") << ok << 0.85 << warning;
    QTest::newRow("ok straight to critical") << ok << 0.97 << critical;
    QTest::newRow("warning stays at 83.5") << warning << 0.835 << warning;
    QTest::newRow("warning leaves below 83") << warning << 0.829 << ok;
    QTest::newRow("critical stays at 93.5") << critical << 0.935 << critical;
    QTest::newRow("critical drops to warning below 93") << critical << 0.92 << warning;
    QTest::newRow("critical drops to ok") << critical << 0.5 << ok;
}

void TestThresholdMonitor::states()
{
    QFETCH(int, previous);
    QFETCH(double, ratio);
    QFETCH(int, expected);
    QCOMPARE(int(nextVolumeState(VolumeState(previous), ratio, std::nullopt, Thresholds {})), expected);
}

void TestThresholdMonitor::alertsOnlyOnTheWayUp()
{
    FakeStorageProbe probe({
        { volumeAt("/", 50), volumeAt("/data", 96) }, // /data is critical from its first sample
        { volumeAt("/", 86), volumeAt("/data", 96) },
        { volumeAt("/", 96), volumeAt("/data", 80) },
        { volumeAt("/", 80), volumeAt("/data", 80) },
        { volumeAt("/", 88), volumeAt("/data", 80) },
    });
    ThresholdMonitor monitor;
    const QStringList alerts = run(monitor, probe, 5);
    QCOMPARE(
        alerts, QStringList({ u"/data:ok>critical"_s, u"/:ok>warning"_s, u"/:warning>critical"_s, u"/:ok>warning"_s }));
    QCOMPARE(monitor.state("/"), VolumeState::Warning);
    QCOMPARE(monitor.state("/data"), VolumeState::Ok);
    QCOMPARE(monitor.state("/never-seen"), VolumeState::Ok);
}

void TestThresholdMonitor::hoveringAtThresholdAlertsOnce()
{
    // A training job writes and deletes checkpoints: 84-86 % for a while, then 95-94 %.
    QList<QList<Volume>> samples;
    for (const int percent : { 84, 85, 84, 86, 84, 85, 84, 95, 94, 95, 94, 93, 95 })
        samples.append({ volumeAt("/scratch", percent) });
    FakeStorageProbe probe(samples);
    ThresholdMonitor monitor;
    QCOMPARE(run(monitor, probe, int(samples.size())),
        QStringList({ u"/scratch:ok>warning"_s, u"/scratch:warning>critical"_s }));
}

void TestThresholdMonitor::etaRule()
{
    ThresholdMonitor monitor; // ETA under 24 h is a warning
    QVERIFY(!monitor.update("/", 0.30, 30 * 3600));
    const auto alert = monitor.update("/", 0.31, 20 * 3600);
    QVERIFY(alert);
    QCOMPARE(alert->to, VolumeState::Warning);
    QCOMPARE(alert->etaFullSeconds, std::optional<std::int64_t>(20 * 3600));
    QVERIFY(!monitor.update("/", 0.31, 26 * 3600)); // within the 20 % ETA hysteresis: still warning
    QCOMPARE(monitor.state("/"), VolumeState::Warning);
    QVERIFY(!monitor.update("/", 0.31, 29 * 3600));
    QCOMPARE(monitor.state("/"), VolumeState::Ok);
    QVERIFY(!monitor.update("/", 0.31, std::nullopt)); // no trend: only the ratio counts
    Thresholds noEta;
    noEta.etaWarningSeconds = 0;
    QCOMPARE(nextVolumeState(VolumeState::Ok, 0.3, 60, noEta), VolumeState::Ok);
}

void TestThresholdMonitor::configurableThresholds()
{
    Thresholds thresholds;
    thresholds.warningRatio = 0.5;
    thresholds.criticalRatio = 0.7;
    thresholds.hysteresis = 0.1;
    ThresholdMonitor monitor(thresholds);
    QCOMPARE(monitor.update("/", 0.55, std::nullopt)->to, VolumeState::Warning);
    QVERIFY(!monitor.update("/", 0.41, std::nullopt));
    QCOMPARE(monitor.state("/"), VolumeState::Warning);
    QVERIFY(!monitor.update("/", 0.39, std::nullopt));
    QCOMPARE(monitor.state("/"), VolumeState::Ok);
    QCOMPARE(monitor.update("/", 0.7, std::nullopt)->to, VolumeState::Critical);
}

QTEST_APPLESS_MAIN(TestThresholdMonitor)
#include "tst_thresholdmonitor.moc"
