#include "core/schedule/scanschedule.h"

#include <QTest>

#include <cstdlib>
#include <ctime>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// Local times on a day without a DST change, whatever the machine's zone.
QDateTime at(int day, int hour, int minute = 0, int second = 0)
{
    return QDateTime(QDate(2026, 6, day), QTime(hour, minute, second));
}

} // namespace

Q_DECLARE_METATYPE(CacheLens::ScanSchedule)

class TestScanSchedule final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nextRun_data();
    void nextRun();
    void offNeverRuns();
    void dailyInASpringForwardGapRunsAfterTheGap();
    void factoriesNormalise();
};

void TestScanSchedule::nextRun_data()
{
    QTest::addColumn<ScanSchedule>("schedule");
    QTest::addColumn<QDateTime>("lastRun");
    QTest::addColumn<QDateTime>("now");
    QTest::addColumn<QDateTime>("expected");

    const ScanSchedule every6 = ScanSchedule::every(std::chrono::hours(6));
    const ScanSchedule daily = ScanSchedule::daily(QTime(9, 30));

    QTest::newRow("every: never ran is due now") << every6 << QDateTime() << at(10, 8) << at(10, 8);
    QTest::newRow("every: N hours after the last run") << every6 << at(10, 8) << at(10, 9) << at(10, 14);
    QTest::newRow("every: exactly due") << every6 << at(10, 8) << at(10, 14) << at(10, 14);
    QTest::newRow("every: one missed run is due now, once") << every6 << at(10, 8) << at(10, 15) << at(10, 15);
    QTest::newRow("every: days off, still one run now") << every6 << at(1, 8) << at(10, 12) << at(10, 12);
    QTest::newRow("every: a last run in the future counts as now") << every6 << at(12, 8) << at(10, 8) << at(10, 14);
    QTest::newRow("every: seconds (tests)")
        << ScanSchedule::every(std::chrono::seconds(2)) << at(10, 8) << at(10, 8, 0, 1) << at(10, 8, 0, 2);

    QTest::newRow("daily: never ran is due now") << daily << QDateTime() << at(10, 7) << at(10, 7);
    QTest::newRow("daily: ran at yesterday's slot: today's") << daily << at(9, 9, 30) << at(10, 7) << at(10, 9, 30);
    QTest::newRow("daily: ran at today's slot: tomorrow") << daily << at(10, 9, 30) << at(10, 9, 31) << at(11, 9, 30);
    QTest::newRow("daily: ran after today's slot: tomorrow") << daily << at(10, 11) << at(10, 12) << at(11, 9, 30);
    QTest::newRow("daily: today's slot missed: now") << daily << at(9, 9, 30) << at(10, 12) << at(10, 12);
    QTest::newRow("daily: slot missed before the time of day: now") << daily << at(8, 9, 30) << at(10, 7) << at(10, 7);
    QTest::newRow("daily: a week off: one run now") << daily << at(1, 9, 30) << at(10, 20) << at(10, 20);
    QTest::newRow("daily: caught up this morning, today's slot still comes")
        << daily << at(10, 7) << at(10, 8) << at(10, 9, 30);
    QTest::newRow("daily: exactly at the slot is due") << daily << at(9, 9, 30) << at(10, 9, 30) << at(10, 9, 30);
    QTest::newRow("daily: a last run in the future counts as now")
        << daily << at(20, 9, 30) << at(10, 8) << at(10, 9, 30);
    QTest::newRow("daily: UTC last run compares as the same instant")
        << daily << at(10, 9, 30).toUTC() << at(10, 10) << at(11, 9, 30);
}

void TestScanSchedule::nextRun()
{
    QFETCH(ScanSchedule, schedule);
    QFETCH(QDateTime, lastRun);
    QFETCH(QDateTime, now);
    QFETCH(QDateTime, expected);
    const QDateTime next = schedule.nextRun(lastRun, now);
    QCOMPARE(next, expected);
    QVERIFY(next >= now); // never in the past: a timer armed with it fires at once at most
}

void TestScanSchedule::offNeverRuns()
{
    const ScanSchedule off;
    QCOMPARE(off.kind, ScanSchedule::Kind::Off);
    QVERIFY(!off.nextRun(QDateTime(), at(10, 8)).isValid());
    QVERIFY(!off.nextRun(at(1, 8), at(10, 8)).isValid());
}

void TestScanSchedule::dailyInASpringForwardGapRunsAfterTheGap()
{
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    // 2026-03-29: 02:00 becomes 03:00 in Berlin, so 02:30 does not exist that day.
    const ScanSchedule schedule = ScanSchedule::daily(QTime(2, 30));
    const QDateTime lastRun(QDate(2026, 3, 28), QTime(2, 30));
    const QDateTime now(QDate(2026, 3, 29), QTime(1, 0));
    const QDateTime next = schedule.nextRun(lastRun, now);
    const bool later = next > now;
    const QDate date = next.date();
    const QTime time = next.time();
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
    QVERIFY(later);
    QCOMPARE(date, QDate(2026, 3, 29)); // that day, not skipped to the next
    QCOMPARE(time, QTime(3, 0)); // when the gap ends
}

void TestScanSchedule::factoriesNormalise()
{
    QCOMPARE(ScanSchedule::every(std::chrono::seconds(0)).interval, std::chrono::seconds(1));
    QCOMPARE(ScanSchedule::daily(QTime(7, 45, 33)).dailyAt, QTime(7, 45)); // minutes, as the dialog shows
    QCOMPARE(ScanSchedule::daily(QTime()).dailyAt, QTime(12, 0));
    QCOMPARE(ScanSchedule::daily(QTime(7, 45)).describe(), u"daily at 07:45"_s);
    QCOMPARE(ScanSchedule::every(std::chrono::hours(6)).describe(), u"every 6 h"_s);
}

QTEST_APPLESS_MAIN(TestScanSchedule)
#include "tst_scanschedule.moc"
