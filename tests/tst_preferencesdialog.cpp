#include "core/desktop/autostart.h"
#include "core/report/sizeformat.h"
#include "core/settings/appsettings.h"
#include "tests/fixture/displaylocale.h"
#include "tests/fixture/privatesettings.h"
#include "tests/fixture/shotlanguage.h"
#include "ui/settings/preferencesdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

template<typename T> T *field(const QWidget &dialog, const QString &name)
{
    auto *widget = dialog.findChild<T *>(name);
    if (!widget)
        qFatal("no field %s", qPrintable(name));
    return widget;
}

AppSettings unusualSettings()
{
    AppSettings settings;
    settings.language = u"de"_s;
    settings.colorScheme = AppSettings::ColorScheme::Dark;
    settings.monitorInterval = std::chrono::seconds(300);
    settings.thresholds.warningRatio = 0.7;
    settings.thresholds.criticalRatio = 0.9;
    settings.thresholds.etaWarningSeconds = 6 * 3600;
    settings.monitoringPaused = true;
    settings.closeToTray = false;
    settings.startMinimized = true;
    settings.scanSchedule = ScanSchedule::daily(QTime(7, 45));
    settings.scanSchedule.interval = std::chrono::hours(8);
    settings.treemapShading = AppSettings::Shading::Flat;
    settings.sunburstRings = 6;
    return settings;
}

} // namespace

class TestPreferencesDialog final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void fieldsLoadFromTheSettings();
    void editsAndOkSaveThem();
    void criticalBelowWarningIsRefusedWithAMessage();
    void startAtLoginWritesTheAutostartEntry();
    void recentRunsAreListedNewestFirst();
    void runDurationUsesTheDisplayDecimalPoint();
    void everyTabHasTooltipsAndFitsOnScreen();
    void unitsAndExcludedFoldersAreEditable();

private:
    QTemporaryDir m_config;
};

void TestPreferencesDialog::initTestCase()
{
    QVERIFY(m_config.isValid());
    // Settings and autostart of this test's own: other tests share the build's XDG_CONFIG_HOME.
    Test::usePrivateSettings(m_config.path());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QCoreApplication::setOrganizationName(u"cachelens-test"_s);
    QCoreApplication::setApplicationName(u"tst_preferencesdialog"_s);
    // CACHELENS_LANG=de: the tabs are checked to fit, and pictured, in German.
    QVERIFY2(Test::installShotLanguage(), "no .qm file in the build for CACHELENS_LANG");
}

void TestPreferencesDialog::init()
{
    QSettings().clear();
    QVERIFY(Autostart::setEnabled(false));
}

void TestPreferencesDialog::fieldsLoadFromTheSettings()
{
    const PreferencesDialog dialog(unusualSettings());
    QCOMPARE(field<QComboBox>(dialog, u"language"_s)->currentData().toString(), u"de"_s);
    QCOMPARE(field<QComboBox>(dialog, u"colorScheme"_s)->currentData().toInt(), int(AppSettings::ColorScheme::Dark));
    QCOMPARE(field<QSpinBox>(dialog, u"monitorInterval"_s)->value(), 300);
    QCOMPARE(field<QSpinBox>(dialog, u"warningPercent"_s)->value(), 70);
    QCOMPARE(field<QSpinBox>(dialog, u"criticalPercent"_s)->value(), 90);
    QCOMPARE(field<QSpinBox>(dialog, u"etaHours"_s)->value(), 6);
    QVERIFY(field<QCheckBox>(dialog, u"monitoringPaused"_s)->isChecked());
    QVERIFY(!field<QCheckBox>(dialog, u"closeToTray"_s)->isChecked());
    QVERIFY(field<QCheckBox>(dialog, u"startMinimized"_s)->isChecked());
    QVERIFY(!field<QCheckBox>(dialog, u"startAtLogin"_s)->isChecked());
    QVERIFY(field<QRadioButton>(dialog, u"scheduleDaily"_s)->isChecked());
    QCOMPARE(field<QTimeEdit>(dialog, u"scheduleTime"_s)->time(), QTime(7, 45));
    QCOMPARE(field<QSpinBox>(dialog, u"scheduleHours"_s)->value(), 8); // kept for when "every" is chosen
    QVERIFY(!field<QSpinBox>(dialog, u"scheduleHours"_s)->isEnabled());
    QCOMPARE(field<QComboBox>(dialog, u"treemapShading"_s)->currentIndex(), 1);
    QCOMPARE(field<QSpinBox>(dialog, u"sunburstRings"_s)->value(), 6);
    QCOMPARE(dialog.settings(), unusualSettings()); // untouched fields give back the same value

    // A ratio the spin box cannot show exactly survives an OK without edits.
    AppSettings odd;
    odd.thresholds.warningRatio = 0.875;
    QCOMPARE(PreferencesDialog(odd).settings().thresholds.warningRatio, 0.875);
    // A language set by hand in the file is kept.
    odd.language = u"fr"_s;
    QCOMPARE(PreferencesDialog(odd).settings().language, u"fr"_s);
}

void TestPreferencesDialog::editsAndOkSaveThem()
{
    PreferencesDialog dialog(AppSettings::load());
    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    field<QComboBox>(dialog, u"language"_s)->setCurrentIndex(2); // 简体中文
    field<QComboBox>(dialog, u"colorScheme"_s)->setCurrentIndex(1); // Light
    field<QSpinBox>(dialog, u"monitorInterval"_s)->setValue(120);
    field<QSpinBox>(dialog, u"warningPercent"_s)->setValue(75);
    field<QSpinBox>(dialog, u"criticalPercent"_s)->setValue(93);
    field<QSpinBox>(dialog, u"etaHours"_s)->setValue(0);
    field<QCheckBox>(dialog, u"closeToTray"_s)->setChecked(false);
    field<QCheckBox>(dialog, u"monitoringPaused"_s)->setChecked(true);
    field<QRadioButton>(dialog, u"scheduleEvery"_s)->setChecked(true);
    QVERIFY(field<QSpinBox>(dialog, u"scheduleHours"_s)->isEnabled());
    field<QSpinBox>(dialog, u"scheduleHours"_s)->setValue(6);
    field<QComboBox>(dialog, u"treemapShading"_s)->setCurrentIndex(1);
    field<QSpinBox>(dialog, u"sunburstRings"_s)->setValue(9);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.language, u"zh_CN"_s);
    QCOMPARE(saved.colorScheme, AppSettings::ColorScheme::Light);
    QCOMPARE(saved.monitorInterval, std::chrono::seconds(120));
    QCOMPARE(saved.thresholds.warningRatio, 0.75);
    QCOMPARE(saved.thresholds.criticalRatio, 0.93);
    QCOMPARE(saved.thresholds.etaWarningSeconds, 0);
    QCOMPARE(saved.closeToTray, false);
    QVERIFY(saved.monitoringPaused);
    QCOMPARE(saved.scanSchedule.kind, ScanSchedule::Kind::Every);
    QCOMPARE(saved.scanSchedule.interval, std::chrono::seconds(6 * 3600));
    QCOMPARE(saved.treemapShading, AppSettings::Shading::Flat);
    QCOMPARE(saved.sunburstRings, 9);
    QCOMPARE(applied.size(), 1);
    QCOMPARE(applied.constFirst().at(0).value<AppSettings>(), saved);
}

void TestPreferencesDialog::criticalBelowWarningIsRefusedWithAMessage()
{
    PreferencesDialog dialog(AppSettings::load());
    QSignalSpy applied(&dialog, &PreferencesDialog::applied);
    dialog.showPage(PreferencesDialog::ViewsPage);
    field<QSpinBox>(dialog, u"warningPercent"_s)->setValue(90);
    field<QSpinBox>(dialog, u"criticalPercent"_s)->setValue(80);
    field<QSpinBox>(dialog, u"sunburstRings"_s)->setValue(9);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();

    QVERIFY(dialog.result() != int(QDialog::Accepted));
    auto *message = field<QLabel>(dialog, u"validationMessage"_s);
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(u"80"_s) && message->text().contains(u"90"_s), qPrintable(message->text()));
    QCOMPARE(dialog.findChild<QTabWidget *>()->currentIndex(), int(PreferencesDialog::MonitoringPage));
    QVERIFY(applied.isEmpty());
    if (const QByteArray shots = qgetenv("CACHELENS_TEST_SHOTS"); !shots.isEmpty()) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(QFile::decodeName(shots) + u"/preferences-refused.png"_s);
    }
    QCOMPARE(AppSettings::load(), AppSettings {}); // nothing saved, not even the valid fields
    QVERIFY(!QSettings().contains(u"view/sunburstRings"_s));

    // Equal levels are fine; the message goes.
    field<QSpinBox>(dialog, u"criticalPercent"_s)->setValue(90);
    QVERIFY(dialog.apply());
    QVERIFY(message->isHidden());
    QCOMPARE(AppSettings::load().thresholds.criticalRatio, 0.9);
}

void TestPreferencesDialog::startAtLoginWritesTheAutostartEntry()
{
    {
        PreferencesDialog dialog(AppSettings::load());
        field<QCheckBox>(dialog, u"startAtLogin"_s)->setChecked(true);
        dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Apply)->click();
        QVERIFY(Autostart::isEnabled());
        QVERIFY(QFile::exists(Autostart::entryPath()));
    }
    PreferencesDialog dialog(AppSettings::load());
    QVERIFY(field<QCheckBox>(dialog, u"startAtLogin"_s)->isChecked()); // read back from the entry
    field<QCheckBox>(dialog, u"startAtLogin"_s)->setChecked(false);
    QVERIFY(dialog.apply());
    QVERIFY(!QFile::exists(Autostart::entryPath()));
}

void TestPreferencesDialog::recentRunsAreListedNewestFirst()
{
    PreferencesDialog dialog(AppSettings::load());
    ScheduledScanResult older;
    older.time = QDateTime(QDate(2026, 6, 1), QTime(12, 0));
    older.reclaimableBytes = 3 * 1024 * 1024;
    older.safeBytes = 1024 * 1024;
    older.selectors = { { "temp", 1024 * 1024, 2 }, { "hf-detached", 2 * 1024 * 1024, 3 } };
    ScheduledScanResult newer;
    newer.time = QDateTime(QDate(2026, 6, 2), QTime(12, 0));
    newer.error = u"unknown cache 'x'"_s;
    dialog.setRecentRuns({ older, newer });
    dialog.setNextRun(QDateTime(QDate(2026, 6, 3), QTime(12, 0)));

    auto *table = field<QTableWidget>(dialog, u"scheduleHistory"_s);
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QLocale().toString(newer.time, QLocale::ShortFormat));
    QVERIFY(table->item(0, 3)->text().contains(u"unknown cache"_s));
    QCOMPARE(table->item(1, 1)->text(), formatSize(older.reclaimableBytes));
    QCOMPARE(table->item(1, 2)->text(), formatSize(older.safeBytes));
    QVERIFY(table->item(1, 3)->text().contains(u"temp, hf-detached"_s));
    QVERIFY(table->item(1, 1)->toolTip().contains(
        PreferencesDialog::tr("%1: %2").arg(u"hf-detached"_s, formatSize(2 * 1024 * 1024)))); // any CACHELENS_LANG
    QVERIFY(!field<QLabel>(dialog, u"nextRun"_s)->text().isEmpty());

    QSignalSpy checkNow(&dialog, &PreferencesDialog::checkNowRequested);
    field<QPushButton>(dialog, u"checkNow"_s)->click();
    QCOMPARE(checkNow.size(), 1);
    dialog.setScanning(true);
    QVERIFY(!field<QPushButton>(dialog, u"checkNow"_s)->isEnabled());
}

// "took 1,5 s" in a German window, as its sizes are written ("1,5 GiB"), not the C "1.5".
void TestPreferencesDialog::runDurationUsesTheDisplayDecimalPoint()
{
    const Test::ScopedDisplayLocale german(QLocale(QLocale::German, QLocale::Germany));
    PreferencesDialog dialog(AppSettings::load());
    ScheduledScanResult run;
    run.time = QDateTime(QDate(2026, 6, 1), QTime(12, 0));
    run.durationMs = 1500;
    dialog.setRecentRuns({ run });
    const QString details = field<QTableWidget>(dialog, u"scheduleHistory"_s)->item(0, 0)->toolTip();
    QVERIFY2(details.contains(PreferencesDialog::tr("took %1 s").arg(u"1,5"_s)), qPrintable(details));
}

void TestPreferencesDialog::everyTabHasTooltipsAndFitsOnScreen()
{
    PreferencesDialog dialog(unusualSettings());
    ScheduledScanResult run;
    run.time = QDateTime(QDate(2026, 6, 2), QTime(12, 0));
    run.reclaimableBytes = 12ULL * 1024 * 1024 * 1024;
    run.safeBytes = 3ULL * 1024 * 1024 * 1024;
    run.selectors = { { "temp", 1ULL << 30, 4 }, { "hf-detached", 9ULL << 30, 6 }, { "cache:pip", 2ULL << 30, 12 } };
    dialog.setRecentRuns({ run });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *tabs = dialog.findChild<QTabWidget *>();
    QCOMPARE(tabs->count(), 5);
    const QByteArray shots = qgetenv("CACHELENS_TEST_SHOTS"); // a folder: look at each tab as a user would
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        for (QWidget *input : tabs->currentWidget()->findChildren<QWidget *>()) {
            const bool isInput = qobject_cast<QSpinBox *>(input) || qobject_cast<QComboBox *>(input)
                || qobject_cast<QCheckBox *>(input) || qobject_cast<QTimeEdit *>(input);
            if (isInput && input->isVisible() && !input->objectName().isEmpty())
                QVERIFY2(!input->toolTip().isEmpty(), qPrintable(input->objectName()));
        }
        QVERIFY(tabs->currentWidget()->minimumSizeHint().width() <= dialog.width());
        if (!shots.isEmpty())
            dialog.grab().save(QFile::decodeName(shots) + u"/preferences-%1.png"_s.arg(i));
    }
}

void TestPreferencesDialog::unitsAndExcludedFoldersAreEditable()
{
    AppSettings settings = AppSettings::load();
    const QByteArray latin1 = "/data/caf\xe9"; // not UTF-8: must come back byte for byte
    settings.scanExcludes = { "/data/scratch", latin1, "/tmp/x" };
    settings.save();
    PreferencesDialog dialog(AppSettings::load());
    auto *list = field<QListWidget>(dialog, u"scanExcludes"_s);
    QCOMPARE(list->count(), 3);
    auto *remove = field<QPushButton>(dialog, u"removeExclude"_s);
    QVERIFY(!remove->isEnabled()); // nothing selected yet
    list->item(0)->setSelected(true);
    list->item(2)->setSelected(true);
    QVERIFY(remove->isEnabled());
    remove->click();
    QCOMPARE(list->count(), 1);
    field<QComboBox>(dialog, u"sizeUnits"_s)->setCurrentIndex(1);
    dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    const AppSettings saved = AppSettings::load();
    QCOMPARE(saved.scanExcludes, QList<QByteArray> { latin1 });
    QCOMPARE(saved.sizeUnits, SizeUnits::Si);
}

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
