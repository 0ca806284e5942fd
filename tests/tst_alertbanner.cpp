#include "core/storage/storagemonitor.h"
#include "tests/fixture/privatesettings.h"
#include "tests/fixture/volumes.h"
#include "ui/alertbanner.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/colorscheme.h"
#include "ui/diskpage.h"
#include "ui/mainwindow.h"
#include "ui/notify/notifier.h"

#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

Notification alert(Notification::Urgency urgency, const QString &body)
{
    Notification notification;
    notification.title = urgency == Notification::Urgency::Critical ? u"Disk almost full"_s : u"Disk filling up"_s;
    notification.body = body;
    notification.urgency = urgency;
    notification.action = u"disk"_s;
    return notification;
}

// What the monitor's worker does with one sample: each volume through the threshold monitor
// (with its hysteresis), alerted() for each that got worse, then sampled() with every state.
void sample(StorageMonitor *monitor, ThresholdMonitor &thresholds, const QList<std::pair<QByteArray, double>> &used)
{
    QList<VolumeStatus> statuses;
    QList<VolumeAlert> alerts;
    for (const auto &[mount, ratio] : used) {
        if (const std::optional<VolumeAlert> alert = thresholds.update(mount, ratio, std::nullopt))
            alerts.append(*alert);
        VolumeStatus status;
        status.volume = Test::volume(mount, 1000, std::uint64_t(ratio * 1000));
        status.state = thresholds.state(mount);
        statuses.append(status);
    }
    for (const VolumeAlert &alert : std::as_const(alerts))
        Q_EMIT monitor->alerted(alert);
    Q_EMIT monitor->sampled(statuses);
}

} // namespace

class TestAlertBanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void showsTheMessageWithItsButtons();
    void aCriticalAlertIsNotHiddenByAWarning();
    void readableInLightAndDarkPalettes();
    void anAlertReachesTheWindowsBanner();
    void theBannerHidesWhenItsVolumeRecovers();
    void notificationActionsOpenTheirPlace();

private:
    QTemporaryDir m_config;
};

void TestAlertBanner::initTestCase()
{
    QVERIFY(m_config.isValid());
    Test::usePrivateSettings(m_config.path());
    QCoreApplication::setOrganizationName(u"cachelens-test"_s);
    QCoreApplication::setApplicationName(u"tst_alertbanner"_s);
}

void TestAlertBanner::showsTheMessageWithItsButtons()
{
    QWidget parent;
    AlertBanner banner(&parent);
    parent.show();
    QVERIFY(banner.isHidden()); // nothing to say yet

    Notification info;
    info.title = u"CacheLens is still running"_s; // no action: nothing to do here
    banner.showNotification(info);
    QVERIFY(banner.isHidden());

    banner.showNotification(alert(Notification::Urgency::Normal, u"/data is 86% full <b>"_s));
    QVERIFY(banner.isVisible());
    QVERIFY(banner.messageLabel()->text().contains(u"/data is 86% full &lt;b&gt;"_s)); // a mount name is text
    QVERIFY(banner.showDiskButton()->isVisible());
    QVERIFY(banner.cleanUpButton()->isVisible());
    QVERIFY(!banner.closeButton()->toolTip().isEmpty());

    QSignalSpy disk(&banner, &AlertBanner::showDiskRequested);
    QSignalSpy cleanUp(&banner, &AlertBanner::cleanUpRequested);
    banner.showDiskButton()->click();
    banner.cleanUpButton()->click();
    QCOMPARE(disk.size(), 1);
    QCOMPARE(cleanUp.constFirst().constFirst().toString(), u"cleanup"_s);

    banner.closeButton()->click();
    QVERIFY(banner.isHidden());

    // A scheduled scan's notification: its own cleanup action, no disk button.
    Notification found;
    found.title = u"12 GiB can go"_s;
    found.action = u"cleanup:temp,cache:pip"_s;
    banner.showNotification(found);
    QVERIFY(banner.isVisible());
    QVERIFY(!banner.showDiskButton()->isVisible());
    banner.cleanUpButton()->click();
    QCOMPARE(cleanUp.constLast().constFirst().toString(), u"cleanup:temp,cache:pip"_s);
}

void TestAlertBanner::aCriticalAlertIsNotHiddenByAWarning()
{
    QWidget parent;
    AlertBanner banner(&parent);
    parent.show();
    banner.showNotification(alert(Notification::Urgency::Critical, u"/data is 97% full"_s));
    banner.showNotification(alert(Notification::Urgency::Normal, u"/home is 86% full"_s));
    QVERIFY(banner.messageLabel()->text().contains(u"/data"_s));
    QCOMPARE(banner.notification().urgency, Notification::Urgency::Critical);

    banner.closeButton()->click(); // once dismissed, the next alert shows whatever it is
    banner.showNotification(alert(Notification::Urgency::Normal, u"/home is 86% full"_s));
    QVERIFY(banner.isVisible());
    QVERIFY(banner.messageLabel()->text().contains(u"/home"_s));
}

void TestAlertBanner::readableInLightAndDarkPalettes()
{
    for (const bool dark : { false, true }) {
        QWidget parent;
        if (dark)
            parent.setPalette(darkPalette());
        AlertBanner banner(&parent);
        for (const auto urgency : { Notification::Urgency::Normal, Notification::Urgency::Critical }) {
            const QColor background = AlertBanner::background(urgency, parent.palette());
            const QColor text = parent.palette().color(QPalette::WindowText);
            QVERIFY2(contrastRatio(background, text) >= 4.5,
                qPrintable(u"%1 on %2 (%3)"_s.arg(text.name(), background.name(), dark ? u"dark"_s : u"light"_s)));
            // Tinted, not the plain window: the state shows at a glance.
            QVERIFY(background != parent.palette().color(QPalette::Window));
        }
        // Warning and critical differ.
        QVERIFY(AlertBanner::background(Notification::Urgency::Normal, parent.palette())
            != AlertBanner::background(Notification::Urgency::Critical, parent.palette()));
    }
}

void TestAlertBanner::anAlertReachesTheWindowsBanner()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.alertBanner()->isHidden());
    QSignalSpy notified(window.notifier(), &Notifier::notified);

    VolumeAlert volumeAlert;
    volumeAlert.mountPoint = "/data";
    volumeAlert.from = VolumeState::Ok;
    volumeAlert.to = VolumeState::Critical;
    volumeAlert.usedRatio = 0.96;
    volumeAlert.etaFullSeconds = 3 * 3600;
    Q_EMIT window.storageMonitor()->alerted(volumeAlert); // as the monitor's worker reports it

    QCOMPARE(notified.size(), 1);
    const auto notification = notified.constFirst().constFirst().value<Notification>();
    QCOMPARE(notification.urgency, Notification::Urgency::Critical);
    QCOMPARE(notification.action, u"disk"_s);
    AlertBanner *banner = window.alertBanner();
    QVERIFY(banner->isVisible());
    QVERIFY2(banner->messageLabel()->text().contains(u"/data is 96% full \u2014 full in about 3 h"_s),
        qPrintable(banner->messageLabel()->text()));
    // Above the pages, full width.
    QVERIFY(banner->geometry().top() < window.findChild<DiskPage *>()->parentWidget()->geometry().top());

    banner->showDiskButton()->click();
    QTRY_VERIFY(window.findChild<DiskPage *>()->isVisible());
}

void TestAlertBanner::theBannerHidesWhenItsVolumeRecovers()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    AlertBanner *banner = window.alertBanner();
    StorageMonitor *monitor = window.storageMonitor();
    ThresholdMonitor thresholds(monitor->thresholds()); // warning 85 %, critical 95 %, 2 points of hysteresis

    sample(monitor, thresholds, { { "/data", 0.96 }, { "/home", 0.50 } });
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->notification().volume, QByteArray("/data"));
    QCOMPARE(banner->notification().urgency, Notification::Urgency::Critical);

    // /home fills up meanwhile: its warning waits behind the critical /data.
    sample(monitor, thresholds, { { "/data", 0.96 }, { "/home", 0.87 } });
    QCOMPARE(banner->notification().volume, QByteArray("/data"));
    // Just under the critical level, within the hysteresis: /data is still critical.
    sample(monitor, thresholds, { { "/data", 0.94 }, { "/home", 0.87 } });
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->notification().volume, QByteArray("/data"));

    // /data cleaned up: the banner now speaks of /home, which is still in warning.
    sample(monitor, thresholds, { { "/data", 0.60 }, { "/home", 0.87 } });
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->notification().volume, QByteArray("/home"));
    QCOMPARE(banner->notification().urgency, Notification::Urgency::Normal);
    QVERIFY2(
        banner->messageLabel()->text().contains(u"/home is 87% full"_s), qPrintable(banner->messageLabel()->text()));
    QVERIFY(!banner->messageLabel()->text().contains(u"/data"_s));
    if (const QByteArray shots = qgetenv("CACHELENS_TEST_SHOTS"); !shots.isEmpty())
        window.grab().save(QFile::decodeName(shots) + u"/banner-after-recovery.png"_s);

    sample(monitor, thresholds, { { "/data", 0.60 }, { "/home", 0.84 } }); // within the hysteresis
    QVERIFY(banner->isVisible());
    sample(monitor, thresholds, { { "/data", 0.60 }, { "/home", 0.70 } });
    QVERIFY(banner->isHidden());

    // A banner the user closed stays closed: /data's recovery does not bring up /home's warning.
    sample(monitor, thresholds, { { "/data", 0.96 }, { "/home", 0.87 } });
    QCOMPARE(banner->notification().volume, QByteArray("/data"));
    banner->closeButton()->click();
    sample(monitor, thresholds, { { "/data", 0.60 }, { "/home", 0.87 } });
    QVERIFY(banner->isHidden());

    // A scheduled scan's result is not about a volume: samples leave it alone.
    Notification found;
    found.title = u"ML caches: 12 GiB reclaimable"_s;
    found.action = u"cleanup:temp"_s;
    window.notifier()->notify(found);
    QVERIFY(banner->isVisible());
    sample(monitor, thresholds, { { "/data", 0.50 }, { "/home", 0.50 } });
    QVERIFY(banner->isVisible());
    QCOMPARE(banner->notification().action, u"cleanup:temp"_s);
}

void TestAlertBanner::notificationActionsOpenTheirPlace()
{
    MainWindow window;
    window.runNotificationAction(u"disk"_s);
    QVERIFY(window.isVisible());
    QVERIFY(window.findChild<DiskPage *>()->isVisible());

    window.runNotificationAction(u"cleanup"_s);
    auto *wizard = window.findChild<CleanupWizard *>();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    wizard->close();
}

QTEST_MAIN(TestAlertBanner)
#include "tst_alertbanner.moc"
