#include "core/storage/storagemonitor.h"
#include "ui/alertbanner.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/colorscheme.h"
#include "ui/diskpage.h"
#include "ui/mainwindow.h"
#include "ui/notify/notifier.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
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
    void notificationActionsOpenTheirPlace();

private:
    QTemporaryDir m_config;
};

void TestAlertBanner::initTestCase()
{
    QVERIFY(m_config.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_config.path());
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
