#include "core/report/sizeformat.h"

#include <QLocale>
#include <QTest>

using namespace CacheLens;
using namespace Qt::StringLiterals;

class TestSizeFormat final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formatsSizes_data();
    void formatsSizes();
    void formatsCounts();
    void formatsIsoTime();
    void displayUnitsFollowThePreference();
    void displayLocaleSetsTheSeparators();
};

void TestSizeFormat::displayLocaleSetsTheSeparators()
{
    const quint64 bytes = 54653458842ull; // 50.9 GiB
    QCOMPARE(formatSize(bytes), u"50.9 GiB"_s); // never set: what the command line prints
    QCOMPARE(formatCount(1234567), u"1,234,567"_s);

    setDisplayLocale(QLocale(QLocale::German, QLocale::Germany)); // a German window
    QCOMPARE(formatSize(bytes), u"50,9 GiB"_s);
    QCOMPARE(formatSize(1536), u"1,50 KiB"_s);
    QCOMPARE(formatSize(1023), u"1023 B"_s);
    QCOMPARE(formatDisplayDecimal(12.34, 1), u"12,3"_s);
    QCOMPARE(formatCount(1234567), u"1.234.567"_s); // not to be read as 1,234567
    QCOMPARE(formatSize(bytes, SizeUnits::Iec), u"50.9 GiB"_s); // the commands' explicit call keeps "."

    setDisplayLocale(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(formatSize(bytes), u"50.9 GiB"_s);
    QCOMPARE(formatCount(1234567), u"1,234,567"_s);

    setDisplayLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(formatSize(bytes), u"50.9 GiB"_s);
    QCOMPARE(formatDisplayDecimal(12.34, 1), u"12.3"_s);

    setDisplayLocale(QLocale::c());
    QCOMPARE(formatSize(bytes), u"50.9 GiB"_s);
    QCOMPARE(formatCount(1234567), u"1,234,567"_s);
}

void TestSizeFormat::displayUnitsFollowThePreference()
{
    QCOMPARE(displaySizeUnits(), SizeUnits::Iec); // what scripts and the CLI always see
    QCOMPARE(formatSize(1536), u"1.50 KiB"_s);
    setDisplaySizeUnits(SizeUnits::Si);
    QCOMPARE(formatSize(1536), u"1.54 kB"_s);
    QCOMPARE(formatSize(1536, SizeUnits::Iec), u"1.50 KiB"_s); // an explicit choice wins
    setDisplaySizeUnits(SizeUnits::Iec);
    QCOMPARE(formatSize(1536), u"1.50 KiB"_s);
}

void TestSizeFormat::formatsSizes_data()
{
    QTest::addColumn<quint64>("bytes");
    QTest::addColumn<bool>("si");
    QTest::addColumn<QString>("text");

    QTest::newRow("zero") << quint64(0) << false << u"0 B"_s;
    QTest::newRow("below a KiB") << quint64(1023) << false << u"1023 B"_s;
    QTest::newRow("one KiB") << quint64(1024) << false << u"1.00 KiB"_s;
    QTest::newRow("1.5 MiB") << quint64(1572864) << false << u"1.50 MiB"_s;
    QTest::newRow("12.3 GiB") << quint64(13207024435ull) << false << u"12.3 GiB"_s;
    QTest::newRow("rounds up a unit") << quint64(1048575) << false << u"1.00 MiB"_s;
    QTest::newRow("hundreds") << quint64(500ull << 30) << false << u"500 GiB"_s;
    QTest::newRow("si kB") << quint64(1500) << true << u"1.50 kB"_s;
    QTest::newRow("si below") << quint64(999) << true << u"999 B"_s;
    QTest::newRow("si GB") << quint64(12'300'000'000ull) << true << u"12.3 GB"_s;
    QTest::newRow("max") << quint64(~0ull) << false << u"16.0 EiB"_s;
}

void TestSizeFormat::formatsSizes()
{
    QFETCH(quint64, bytes);
    QFETCH(bool, si);
    QFETCH(QString, text);
    QCOMPARE(formatSize(bytes, si ? SizeUnits::Si : SizeUnits::Iec), text);
}

void TestSizeFormat::formatsCounts()
{
    QCOMPARE(formatCount(0), u"0"_s);
    QCOMPARE(formatCount(999), u"999"_s);
    QCOMPARE(formatCount(1000), u"1,000"_s);
    QCOMPARE(formatCount(1234567), u"1,234,567"_s);
}

void TestSizeFormat::formatsIsoTime()
{
    QCOMPARE(formatIsoTime(0), u"1970-01-01T00:00:00Z"_s);
    QCOMPARE(formatIsoTime(1795325578), u"2026-11-22T05:32:58Z"_s);
}

QTEST_APPLESS_MAIN(TestSizeFormat)
#include "tst_sizeformat.moc"
