#include "core/report/sizeformat.h"
#include "core/storage/storagemonitor.h"
#include "tests/fixture/volumes.h"
#include "ui/chart/diskusagechart.h"
#include "ui/colorscheme.h"
#include "ui/diskpage.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

constexpr qint64 GiB = 1024LL * 1024 * 1024;
const QDateTime Now = QDateTime::fromSecsSinceEpoch(1'800'000'000);

// One sample a minute for the given minutes, ending at Now, rising from 40 GiB by 10 MiB a minute.
QList<QPointF> minutes(int count)
{
    QList<QPointF> points;
    for (int i = count - 1; i >= 0; --i)
        points.append(QPointF(double(Now.addSecs(-60LL * i).toMSecsSinceEpoch()),
            double(40 * GiB + (count - 1 - i) * 10LL * 1024 * 1024)));
    return points;
}

qint64 spanSeconds(const std::pair<QDateTime, QDateTime> &range)
{
    return range.first.secsTo(range.second);
}

} // namespace

class TestDiskUsageChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void samplesFillTheSeriesAndMoveTheAxes();
    void thresholdLinesSitAtTheirShareOfTheCapacity();
    void rangeSwitchChangesTheTimeSpan();
    void aWeekIsDownsampled();
    void diskPageListsVolumesWithTheirState();
    void chartColoursFollowThePalette();
    void stateColoursAreReadableInBothPalettes();
};

void TestDiskUsageChart::samplesFillTheSeriesAndMoveTheAxes()
{
    DiskUsageChart chart;
    chart.setCapacity(u"/"_s, 100 * GiB);
    chart.setSeries(u"/"_s, minutes(30));
    QCOMPARE(chart.shownPointCount(u"/"_s), 30);
    QCOMPARE(chart.timeAxisRange().second, Now);

    const QDateTime later = Now.addSecs(60);
    chart.appendSample(u"/"_s, later, 90 * GiB);
    QCOMPARE(chart.shownPointCount(u"/"_s), 31);
    QCOMPARE(chart.timeAxisRange().second, later); // the axis follows the newest sample
    // The whole volume is shown from zero, so the room left to the lines can be read.
    QCOMPARE(chart.valueAxisRange().first, 0.0);
    QVERIFY(chart.valueAxisRange().second >= 100.0 * GiB);

    chart.appendSample(u"/"_s, later.addSecs(60), 150 * GiB); // past the capacity: the axis grows
    QVERIFY(chart.valueAxisRange().second >= 150.0 * GiB);
}

void TestDiskUsageChart::thresholdLinesSitAtTheirShareOfTheCapacity()
{
    DiskUsageChart chart;
    QCOMPARE(chart.warningLevel(), 0.0); // no capacity: no lines
    chart.setCapacity(u"/data"_s, 200 * GiB);
    chart.setSeries(u"/data"_s, minutes(10));
    QVERIFY(qAbs(chart.warningLevel() - 0.85 * 200 * GiB) < 1024);
    QVERIFY(qAbs(chart.criticalLevel() - 0.95 * 200 * GiB) < 1024);
    chart.setThresholds(0.5, 0.9);
    QVERIFY(qAbs(chart.warningLevel() - 100.0 * GiB) < 1024);
    QVERIFY(qAbs(chart.criticalLevel() - 0.9 * 200 * GiB) < 1024);
}

void TestDiskUsageChart::rangeSwitchChangesTheTimeSpan()
{
    DiskUsageChart chart;
    chart.setCapacity(u"/"_s, 100 * GiB);
    chart.setSeries(u"/"_s, minutes(180)); // three hours
    QCOMPARE(chart.range(), DiskUsageChart::Range::Day);
    QCOMPARE(spanSeconds(chart.timeAxisRange()), 24 * 3600);
    QCOMPARE(chart.shownPointCount(u"/"_s), 180);

    chart.setRange(DiskUsageChart::Range::Hour);
    QCOMPARE(spanSeconds(chart.timeAxisRange()), 3600);
    QCOMPARE(chart.timeAxisRange().second, Now);
    QCOMPARE(chart.shownPointCount(u"/"_s), 61); // the last hour, both ends included

    chart.setRange(DiskUsageChart::Range::Week);
    QCOMPARE(spanSeconds(chart.timeAxisRange()), 7 * 24 * 3600);
}

void TestDiskUsageChart::aWeekIsDownsampled()
{
    DiskUsageChart chart;
    chart.setCapacity(u"/"_s, 100 * GiB);
    chart.setSeries(u"/"_s, minutes(7 * 24 * 60));
    chart.setRange(DiskUsageChart::Range::Week);
    const qsizetype shown = chart.shownPointCount(u"/"_s);
    QVERIFY2(shown <= DiskUsageChart::MaxShownPoints + 1, qPrintable(QString::number(shown)));
    QVERIFY(shown > DiskUsageChart::MaxShownPoints / 2);
    QCOMPARE(chart.timeAxisRange().second, Now);

    // The last hour of the same samples is short enough to be shown as it is.
    chart.setRange(DiskUsageChart::Range::Hour);
    QCOMPARE(chart.shownPointCount(u"/"_s), 61);
}

void TestDiskUsageChart::diskPageListsVolumesWithTheirState()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto volume = [](const char *mount, qint64 usedGiB) {
        Volume v = Test::volume(mount, std::uint64_t(100 * GiB), std::uint64_t(usedGiB * GiB));
        v.device.clear(); // no device name, as QStorageInfo gives on some systems: the history must keep it anyway
        return v;
    };
    StorageMonitor monitor(
        std::make_unique<FakeStorageProbe>(QList<QList<Volume>> { { volume("/", 40), volume("/scratch", 97) } }),
        dir.filePath(u"h.sqlite"_s));
    DiskPage page(&monitor);
    QSignalSpy sampled(&monitor, &StorageMonitor::sampled);
    monitor.start();
    QVERIFY(sampled.wait(5000));
    QTreeWidget *list = page.volumeList();
    QCOMPARE(list->topLevelItemCount(), 2);
    QCOMPARE(list->topLevelItem(0)->text(0), u"/"_s);
    QCOMPARE(list->topLevelItem(0)->text(3), DiskPage::tr("OK"));
    QCOMPARE(list->topLevelItem(1)->text(3), DiskPage::tr("Critical"));
    // The numbers are the Used cell's text, drawn beside its bar.
    QCOMPARE(list->topLevelItem(1)->text(2),
        DiskPage::tr("%1 of %2 (%3%)").arg(formatSize(97 * GiB), formatSize(100 * GiB)).arg(97));
    // The fullest volume is the one charted first, its lines at 85 and 95 % of its 100 GiB.
    QCOMPARE(page.selectedMount(), QByteArray("/scratch"));
    QVERIFY(page.chart()->shownPointCount(u"/scratch"_s) >= 1);
    QVERIFY(qAbs(page.chart()->criticalLevel() - 95.0 * GiB) < 1024);
    QVERIFY(page.chart()->etaText().startsWith(u"/scratch: "_s));

    // Ctrl-click adds / to the chart: both lines, both estimates.
    QSignalSpy history(&monitor, &StorageMonitor::historyReady);
    list->topLevelItem(0)->setSelected(true);
    QVERIFY(history.wait(5000));
    QCOMPARE(page.selectedMounts(), (QList<QByteArray> { "/", "/scratch" }));
    QTRY_VERIFY(page.chart()->shownPointCount(u"/"_s) >= 1); // its history, or the next sample
    QVERIFY(page.chart()->shownPointCount(u"/scratch"_s) >= 1);
    QVERIFY2(page.chart()->etaText().contains(u"/: "_s) && page.chart()->etaText().contains(u"/scratch: "_s),
        qPrintable(page.chart()->etaText()));

    // Back to one volume: the other line goes.
    list->clearSelection();
    list->topLevelItem(1)->setSelected(true);
    QCOMPARE(page.selectedMounts(), QList<QByteArray> { "/scratch" });
    QCOMPARE(page.chart()->shownPointCount(u"/"_s), 0);

    // New levels from the Preferences move the lines.
    page.setThresholds(0.5, 0.8);
    QVERIFY(qAbs(page.chart()->criticalLevel() - 80.0 * GiB) < 1024);
}

void TestDiskUsageChart::chartColoursFollowThePalette()
{
    DiskUsageChart chart;
    chart.setCapacity(u"/"_s, 100 * GiB);
    chart.setSeries(u"/"_s, minutes(10));
    for (const QPalette &palette : { lightPalette(), darkPalette(), lightPalette() }) {
        chart.setPalette(palette); // as a colour scheme change reaches it
        const QColor background = chart.backgroundColor();
        QCOMPARE(background, palette.color(QPalette::Base)); // not Qt Charts' own white theme
        QVERIFY2(contrastRatio(chart.labelColor(), background) >= 4.5,
            qPrintable(chart.labelColor().name() + u" on "_s + background.name()));
        // A line is a graphic: 3:1 is what it needs to be seen.
        QVERIFY2(contrastRatio(chart.seriesColor(u"/"_s), background) >= 3.0,
            qPrintable(chart.seriesColor(u"/"_s).name() + u" on "_s + background.name()));
    }
}

void TestDiskUsageChart::stateColoursAreReadableInBothPalettes()
{
    for (const QPalette &palette : { lightPalette(), darkPalette() }) {
        for (const VolumeState state : { VolumeState::Ok, VolumeState::Warning, VolumeState::Critical }) {
            const QColor colour = DiskPage::stateColor(state, palette);
            for (const QPalette::ColorRole background : { QPalette::Base, QPalette::AlternateBase })
                QVERIFY2(contrastRatio(colour, palette.color(background)) >= 4.5,
                    qPrintable(colour.name() + u" on "_s + palette.color(background).name()));
        }
        QVERIFY(DiskPage::stateColor(VolumeState::Warning, palette)
            != DiskPage::stateColor(VolumeState::Critical, palette));
    }
}

QTEST_MAIN(TestDiskUsageChart)
#include "tst_diskusagechart.moc"
