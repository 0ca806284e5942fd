#include "core/schedule/scannotice.h"

#include <QTest>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

constexpr std::uint64_t GiB = std::uint64_t(1) << 30;

ScheduledScanResult found(std::uint64_t bytes, const QList<QByteArray> &selectors = { "temp", "cache:pip" })
{
    ScheduledScanResult result;
    result.time = QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC);
    result.reclaimableBytes = bytes;
    for (const QByteArray &selector : selectors)
        result.selectors.append({ selector, bytes == 0 ? 0 : bytes / std::uint64_t(selectors.size()), bytes ? 2 : 0 });
    result.selectors.append({ "cache:uv", 0, 0 }); // asked, found nothing
    return result;
}

ScheduledScanResult notified(ScheduledScanResult result)
{
    result.notified = true;
    return result;
}

} // namespace

class TestScanNotice final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rule_data();
    void rule();
    void theBaselineIsTheLastNotifiedRunSinceTheCachesWereEmpty();
    void oldHistoryLinesReadAsNotifiedWhenTheyFoundSomething();
};

void TestScanNotice::rule_data()
{
    QTest::addColumn<ScheduledScanResult>("previous");
    QTest::addColumn<ScheduledScanResult>("current");
    QTest::addColumn<bool>("worth");

    const ScheduledScanResult none;
    QTest::newRow("first that finds something") << none << found(200 * 1024) << true;
    QTest::newRow("nothing found") << none << found(0) << false;
    QTest::newRow("nothing found after something") << found(20 * GiB) << found(0) << false;
    QTest::newRow("same size twice") << found(20 * GiB) << found(20 * GiB) << false;
    QTest::newRow("smaller") << found(20 * GiB) << found(15 * GiB) << false;
    QTest::newRow("+20 %") << found(20 * GiB) << found(24 * GiB) << true;
    // 10 % of 20 GiB is 2 GiB: 1.5 GiB more is below it.
    QTest::newRow("+7.5 %, above 1 GiB") << found(20 * GiB) << found(20 * GiB + 3 * GiB / 2) << false;
    QTest::newRow("+10 % exactly") << found(20 * GiB) << found(22 * GiB) << true;
    // On a small total 1 GiB decides: doubling 300 MiB is not worth a notification…
    QTest::newRow("small, doubled") << found(300 << 20) << found(600 << 20) << false;
    // …but a GiB more is.
    QTest::newRow("small, +1 GiB") << found(300 << 20) << found(GiB + (300 << 20)) << true;
    QTest::newRow("new selector, same size")
        << found(20 * GiB) << found(20 * GiB, { "temp", "cache:pip", "hf-detached" }) << true;
    QTest::newRow("one selector fewer") << found(20 * GiB) << found(20 * GiB, { "temp" }) << false;
}

void TestScanNotice::rule()
{
    QFETCH(ScheduledScanResult, previous);
    QFETCH(ScheduledScanResult, current);
    QFETCH(bool, worth);
    QCOMPARE(isWorthNotifying(previous, current), worth);
}

void TestScanNotice::theBaselineIsTheLastNotifiedRunSinceTheCachesWereEmpty()
{
    QCOMPARE(noticeBaseline({}).reclaimableBytes, std::uint64_t(0));
    // Quieter runs after a notified one do not move the baseline: slow growth adds up.
    const QList<ScheduledScanResult> creeping { notified(found(20 * GiB)), found(21 * GiB), found(21 * GiB) };
    QCOMPARE(noticeBaseline(creeping).reclaimableBytes, 20 * GiB);
    QVERIFY(isWorthNotifying(noticeBaseline(creeping), found(22 * GiB)));

    // Cleaned up in between: the same 20 GiB coming back is news again.
    const QList<ScheduledScanResult> cleaned { notified(found(20 * GiB)), found(0) };
    QCOMPARE(noticeBaseline(cleaned).reclaimableBytes, std::uint64_t(0));
    QVERIFY(isWorthNotifying(noticeBaseline(cleaned), found(20 * GiB)));

    // A run that failed and found nothing says nothing about the caches.
    ScheduledScanResult failed = found(0);
    failed.error = u"cannot read /home"_s;
    QCOMPARE(noticeBaseline({ notified(found(20 * GiB)), failed }).reclaimableBytes, 20 * GiB);
}

void TestScanNotice::oldHistoryLinesReadAsNotifiedWhenTheyFoundSomething()
{
    // Lines of versions without "notified", which notified every run that found something.
    QString error;
    const ScheduledScanResult old = ScanHistory::fromJsonLine(
        R"({"version":1,"time":"2026-06-01T08:00:00Z","duration_ms":5,"reclaimable_disk_bytes":5000,)"
        R"("safe_disk_bytes":5000,"selectors":[{"selector":"temp","disk_bytes":5000,"items":2}]})",
        &error);
    QVERIFY2(old.time.isValid(), qPrintable(error));
    QVERIFY(old.notified);
    QVERIFY(!old.manual);
    const ScheduledScanResult empty = ScanHistory::fromJsonLine(
        R"({"version":1,"time":"2026-06-02T08:00:00Z","reclaimable_disk_bytes":0,"selectors":[]})", &error);
    QVERIFY(empty.time.isValid());
    QVERIFY(!empty.notified);

    // New lines keep both flags.
    ScheduledScanResult current = found(3 * GiB);
    current.manual = true;
    current.notified = false;
    const ScheduledScanResult back = ScanHistory::fromJsonLine(ScanHistory::toJsonLine(current), &error);
    QCOMPARE(back, current);
}

QTEST_GUILESS_MAIN(TestScanNotice)
#include "tst_scannotice.moc"
