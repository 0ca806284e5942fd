#include "core/settings/appsettings.h"
#include "tests/fixture/privatesettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CacheLens;

class TestAppSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        // A settings file of this test's own: other tests running at the same time share the
        // build's XDG_CONFIG_HOME.
        Test::usePrivateSettings(m_config.path());
        QCoreApplication::setOrganizationName(u"cachelens-test"_s);
        QCoreApplication::setApplicationName(u"tst_appsettings"_s);
    }

    void init()
    {
        QSettings().clear();
    }

    void defaultsWhenNothingIsStored()
    {
        const AppSettings settings = AppSettings::load();
        QCOMPARE(settings, AppSettings {});
        QCOMPARE(settings.thresholds.warningRatio, 0.85);
        QCOMPARE(settings.treemapShading, AppSettings::Shading::Cushion);
        QVERIFY(settings.language.isEmpty());
        QCOMPARE(settings.colorScheme, AppSettings::ColorScheme::System); // the desktop's look unless asked
        QCOMPARE(settings.scanSchedule.kind, ScanSchedule::Kind::Off); // scheduled scans read a lot: opt in
        QVERIFY(!settings.monitoringPaused); // monitoring is the point: on unless paused
    }

    void saveThenLoadGivesTheSameValue()
    {
        AppSettings settings;
        settings.monitorInterval = std::chrono::seconds(300);
        settings.thresholds.warningRatio = 0.7;
        settings.thresholds.criticalRatio = 0.9;
        settings.thresholds.etaWarningSeconds = 6 * 3600;
        settings.monitoringPaused = true;
        settings.closeToTray = false;
        settings.startMinimized = true;
        settings.treemapShading = AppSettings::Shading::Flat;
        settings.sunburstRings = 7;
        settings.sizeUnits = SizeUnits::Si;
        settings.language = u"zh_CN"_s;
        settings.colorScheme = AppSettings::ColorScheme::Dark;
        settings.scanExcludes = { "/data/scratch", "/home/u/caf\xe9-latin1" }; // raw bytes, not UTF-8
        settings.scanSchedule = ScanSchedule::daily(QTime(7, 30));
        settings.save();
        QCOMPARE(AppSettings::load(), settings);
        settings.scanSchedule = ScanSchedule::every(std::chrono::hours(6));
        settings.save();
        QCOMPARE(AppSettings::load(), settings);
    }

    void scheduleKeepsTheFieldsOfTheKindNotChosen()
    {
        QSettings raw;
        raw.setValue(u"schedule/kind"_s, u"off"_s);
        raw.setValue(u"schedule/intervalHours"_s, 8);
        raw.setValue(u"schedule/dailyAt"_s, u"21:15"_s);
        raw.sync();
        const ScanSchedule schedule = AppSettings::load().scanSchedule;
        QCOMPARE(schedule.kind, ScanSchedule::Kind::Off);
        QCOMPARE(schedule.interval, std::chrono::seconds(8 * 3600));
        QCOMPARE(schedule.dailyAt, QTime(21, 15));
    }

    void invalidScheduleValuesFallBackOrAreClamped()
    {
        QSettings raw;
        raw.setValue(u"schedule/kind"_s, u"hourly-ish"_s);
        raw.setValue(u"schedule/intervalHours"_s, 100000);
        raw.setValue(u"schedule/dailyAt"_s, u"25:99"_s);
        raw.sync();
        const ScanSchedule schedule = AppSettings::load().scanSchedule;
        QCOMPARE(schedule.kind, ScanSchedule::Kind::Off);
        QCOMPARE(schedule.interval, std::chrono::seconds(ScanSchedule::MaxHours * 3600));
        QCOMPARE(schedule.dailyAt, ScanSchedule {}.dailyAt);
    }

    void ratiosAreStoredAsPercentages()
    {
        AppSettings settings;
        settings.thresholds.warningRatio = 0.8;
        settings.save();
        QCOMPARE(QSettings().value(u"monitor/warningPercent"_s).toDouble(), 80.0);
    }

    void invalidValuesFallBackOrAreClamped()
    {
        QSettings raw;
        raw.setValue(u"monitor/intervalSeconds"_s, -5);
        raw.setValue(u"monitor/warningPercent"_s, u"lots"_s);
        raw.setValue(u"monitor/criticalPercent"_s, 150);
        raw.setValue(u"view/sunburstRings"_s, 99);
        raw.setValue(u"view/treemapShading"_s, u"sparkly"_s);
        raw.setValue(u"ui/colorScheme"_s, u"sepia"_s);
        raw.sync();
        const AppSettings settings = AppSettings::load();
        QCOMPARE(settings.monitorInterval, std::chrono::seconds(1));
        QCOMPARE(settings.thresholds.warningRatio, 0.85);
        QCOMPARE(settings.thresholds.criticalRatio, 0.95);
        QCOMPARE(settings.sunburstRings, AppSettings::MaxRings);
        QCOMPARE(settings.treemapShading, AppSettings::Shading::Cushion);
        QCOMPARE(settings.colorScheme, AppSettings::ColorScheme::System);
    }

    void colorSchemeIdsAreCaseInsensitive()
    {
        QCOMPARE(AppSettings::colorSchemeFromId(u"DARK"_s), AppSettings::ColorScheme::Dark);
        QCOMPARE(AppSettings::colorSchemeFromId(u"light"_s), AppSettings::ColorScheme::Light);
        QCOMPARE(AppSettings::colorSchemeFromId(u"system"_s), AppSettings::ColorScheme::System);
        QVERIFY(!AppSettings::colorSchemeFromId(u"dim"_s));
        QVERIFY(!AppSettings::colorSchemeFromId(QString()));
    }

    void criticalIsNeverBelowWarning()
    {
        QSettings raw;
        raw.setValue(u"monitor/warningPercent"_s, 90);
        raw.setValue(u"monitor/criticalPercent"_s, 60);
        raw.sync();
        const AppSettings settings = AppSettings::load();
        QCOMPARE(settings.thresholds.warningRatio, 0.9);
        QCOMPARE(settings.thresholds.criticalRatio, 0.9);
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
