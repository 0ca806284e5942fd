#include "core/storage/usagetrend.h"

#include <QTest>

using namespace CacheLens;

namespace
{

constexpr std::int64_t Now = 1'800'000'000;
constexpr std::uint64_t GiB = 1ull << 30;

} // namespace

class TestUsageTrend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void exactLine();
    void leastSquaresThroughNoise();
    void shrinkingHasNoEta();
    void noTrend_data();
    void noTrend();
    void onlyTheWindowCounts();
};

void TestUsageTrend::exactLine()
{
    // 1 GiB more every 10 minutes = 6 GiB/h; 30 GiB left at the latest sample: full in 5 h.
    QList<UsagePoint> points;
    for (int i = 0; i < 4; ++i)
        points.append({ Now - 1800 + i * 600, 100 * GiB + i * GiB, 33 * GiB - i * GiB });
    const auto trend = computeTrend(points, Now);
    QVERIFY(trend);
    QCOMPARE(trend->bytesPerHour, 6.0 * GiB);
    QCOMPARE(trend->etaFullSeconds, std::optional<std::int64_t>(5 * 3600));
}

void TestUsageTrend::leastSquaresThroughNoise()
{
    // t = 0, 600, 1200; used = 0, 1200, 1800 (+ a base). Slope = sum(dt*du)/sum(dt^2):
    // mean t = 600, mean u = 1000 -> (-600*-1000 + 0 + 600*800) / (2*600^2) = 1080000/720000 = 1.5 B/s.
    const std::uint64_t base = 5 * GiB;
    const QList<UsagePoint> points
        = { { Now - 1200, base, 9000 }, { Now - 600, base + 1200, 8000 }, { Now, base + 1800, 7200 } };
    const auto trend = computeTrend(points, Now);
    QVERIFY(trend);
    QCOMPARE(trend->bytesPerHour, 1.5 * 3600);
    QCOMPARE(trend->etaFullSeconds, std::optional<std::int64_t>(4800)); // 7200 B / 1.5 B/s
}

void TestUsageTrend::shrinkingHasNoEta()
{
    const QList<UsagePoint> points = { { Now - 1200, 3000, 100 }, { Now - 600, 2000, 1100 }, { Now, 1000, 2100 } };
    const auto trend = computeTrend(points, Now);
    QVERIFY(trend);
    QCOMPARE(trend->bytesPerHour, -6000.0);
    QVERIFY(!trend->etaFullSeconds);

    const QList<UsagePoint> flat = { { Now - 1200, 7, 1 }, { Now - 600, 7, 1 }, { Now, 7, 1 } };
    const auto still = computeTrend(flat, Now);
    QVERIFY(still);
    QCOMPARE(still->bytesPerHour, 0.0);
    QVERIFY(!still->etaFullSeconds);
}

void TestUsageTrend::noTrend_data()
{
    QTest::addColumn<QList<UsagePoint>>("points");
    QTest::newRow("empty") << QList<UsagePoint> {};
    QTest::newRow("two samples") << QList<UsagePoint> { { Now - 3000, 1, 1 }, { Now, 5, 1 } };
    QTest::newRow("span under 10 min") << QList<UsagePoint> { { Now - 599, 1, 1 }, { Now - 300, 2, 1 }, { Now, 3, 1 } };
    QTest::newRow("older than 6 h") << QList<UsagePoint> { { Now - 30000, 1, 1 }, { Now - 25000, 2, 1 },
        { Now - 22000, 3, 1 } };
    QTest::newRow("one instant") << QList<UsagePoint> { { Now, 1, 1 }, { Now, 2, 1 }, { Now, 3, 1 } };
}

void TestUsageTrend::noTrend()
{
    QFETCH(QList<UsagePoint>, points);
    QVERIFY(!computeTrend(points, Now));
}

void TestUsageTrend::onlyTheWindowCounts()
{
    // A burst 7 h ago must not bend the slope of the last 6 h (+100 B per 10 min = 600 B/h).
    QList<UsagePoint> points = { { Now - 7 * 3600, 0, 1000000 } };
    for (int i = 0; i < 7; ++i)
        points.append({ Now - 3600 + i * 600, std::uint64_t(900000 + i * 100), std::uint64_t(3600 - i * 100) });
    const auto trend = computeTrend(points, Now);
    QVERIFY(trend);
    QCOMPARE(trend->bytesPerHour, 600.0);
    QCOMPARE(trend->etaFullSeconds, std::optional<std::int64_t>(18000)); // 3000 B at 1/6 B/s
    TrendOptions shortWindow;
    shortWindow.windowSeconds = 1200; // 3 samples over 20 min
    QCOMPARE(computeTrend(points, Now, shortWindow)->bytesPerHour, 600.0);
    shortWindow.minSamples = 4;
    QVERIFY(!computeTrend(points, Now, shortWindow));
}

QTEST_APPLESS_MAIN(TestUsageTrend)
#include "tst_usagetrend.moc"
