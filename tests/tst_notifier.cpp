#include "core/storage/storagemonitor.h"
#include "ui/notify/notifier.h"
#include "ui/notify/volumetext.h"
#include "ui/tray/trayicon.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTemporaryDir>
#include <QTest>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

const QString Path = u"/org/freedesktop/Notifications"_s;
const QString Interface = u"org.freedesktop.Notifications"_s;

// A bus of this test's own: only what the test registers is on it, nothing is activated.
// (Not a raw string literal: moc stops reading the file at one.)
const char *BusConfig = "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                        " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                        "<busconfig>\n"
                        "  <type>session</type>\n"
                        "  <listen>unix:dir=%1</listen>\n"
                        "  <auth>EXTERNAL</auth>\n"
                        "  <policy context=\"default\">\n"
                        "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
                        "    <allow eavesdrop=\"true\"/>\n"
                        "    <allow own=\"*\"/>\n"
                        "  </policy>\n"
                        "</busconfig>\n";

} // namespace

/// The notification daemon, as far as Notifier uses it: records each Notify call.
class FakeNotificationServer final : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call {
        QString appName;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
    };
    QList<Call> calls;

public Q_SLOTS:
    uint Notify(const QString &appName, uint, const QString &appIcon, const QString &summary, const QString &body,
        const QStringList &actions, const QVariantMap &hints, int)
    {
        calls.append({ appName, appIcon, summary, body, actions, hints });
        return uint(100 + calls.size());
    }
    QStringList GetCapabilities()
    {
        return { u"actions"_s, u"body"_s };
    }
};

class TestNotifier final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void withoutTrayOrBusOnlyTheWindowHearsOfIt();
    void aVisibleTrayShowsTheBalloon();
    void alertsReadAsTheBriefSays();
    void dbusNotifyCarriesUrgencyAndAction();

private:
    // Starts a private dbus-daemon; empty when there is none to start.
    QString startBus();

    QTemporaryDir m_busDir;
    QProcess m_daemon;
};

void TestNotifier::cleanup()
{
    TrayIcon::overrideSystemTrayAvailable(std::nullopt);
}

QString TestNotifier::startBus()
{
    const QString daemon = QStandardPaths::findExecutable(u"dbus-daemon"_s);
    if (daemon.isEmpty() || !m_busDir.isValid())
        return {};
    QFile config(m_busDir.filePath(u"bus.conf"_s));
    if (!config.open(QIODevice::WriteOnly))
        return {};
    config.write(QString::fromLatin1(BusConfig).arg(m_busDir.path()).toUtf8());
    config.close();
    m_daemon.start(daemon, { u"--config-file="_s + config.fileName(), u"--nofork"_s, u"--print-address"_s });
    if (!m_daemon.waitForStarted(10000))
        return {};
    while (!m_daemon.canReadLine() && m_daemon.waitForReadyRead(10000)) { }
    return QString::fromUtf8(m_daemon.readLine().trimmed());
}

void TestNotifier::withoutTrayOrBusOnlyTheWindowHearsOfIt()
{
    Notifier notifier;
    notifier.setBus(QDBusConnection::connectToBus(u"unix:path=/nonexistent/cachelens-test-bus"_s, u"none"_s));
    QCOMPARE(notifier.backend(), Notifier::Backend::None);
    QSignalSpy notified(&notifier, &Notifier::notified);
    Notification notification;
    notification.title = u"Disk almost full"_s;
    notification.action = u"disk"_s;
    notifier.notify(notification);
    notifier.notify(notification); // logged once, never a failure
    QCOMPARE(notified.size(), 2);
    QCOMPARE(notified.constFirst().constFirst().value<Notification>().action, u"disk"_s);
}

void TestNotifier::aVisibleTrayShowsTheBalloon()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    StorageMonitor monitor(std::make_unique<FakeStorageProbe>(QList<QList<Volume>> {}), dir.filePath(u"h.sqlite"_s));
    TrayIcon tray(&monitor);
    Notifier notifier;
    notifier.setBus(QDBusConnection::connectToBus(u"unix:path=/nonexistent/cachelens-test-bus"_s, u"none2"_s));
    notifier.setTrayIcon(&tray);

    TrayIcon::overrideSystemTrayAvailable(true);
    QCOMPARE(notifier.backend(), Notifier::Backend::None); // an icon not shown is no place for a balloon
    tray.show();
    QCOMPARE(notifier.backend(), Notifier::Backend::Tray);
    TrayIcon::overrideSystemTrayAvailable(false); // GNOME: shown, but nowhere to be seen
    QCOMPARE(notifier.backend(), Notifier::Backend::None);
    TrayIcon::overrideSystemTrayAvailable(true);

    QSignalSpy notified(&notifier, &Notifier::notified);
    QSignalSpy activated(&notifier, &Notifier::activated);
    Notification first;
    first.title = u"first"_s;
    first.action = u"cleanup:temp"_s;
    notifier.notify(first);
    Notification second;
    second.title = u"second"_s;
    second.action = u"disk"_s;
    notifier.notify(second);
    QCOMPARE(notified.size(), 2);
    Q_EMIT tray.systemTrayIcon()->messageClicked(); // the tray only says "the message"
    QCOMPARE(activated.size(), 1);
    QCOMPARE(activated.constFirst().constFirst().toString(), u"disk"_s); // the last one shown

    Notification plain;
    plain.title = u"no action"_s;
    notifier.notify(plain);
    Q_EMIT tray.systemTrayIcon()->messageClicked();
    QCOMPARE(activated.size(), 1); // nothing to do for it
}

void TestNotifier::alertsReadAsTheBriefSays()
{
    VolumeAlert alert;
    alert.mountPoint = "/data";
    alert.from = VolumeState::Warning;
    alert.to = VolumeState::Critical;
    alert.usedRatio = 0.955;
    alert.etaFullSeconds = 3 * 3600 + 300;
    const Notification critical = VolumeText::alertNotification(alert);
    QCOMPARE(critical.body, u"/data is 96% full \u2014 full in about 3 h"_s);
    QCOMPARE(critical.urgency, Notification::Urgency::Critical);
    QCOMPARE(critical.action, u"disk"_s);

    alert.to = VolumeState::Warning;
    alert.usedRatio = 0.86;
    alert.etaFullSeconds.reset();
    const Notification warning = VolumeText::alertNotification(alert);
    QCOMPARE(warning.body, u"/data is 86% full"_s);
    QCOMPARE(warning.urgency, Notification::Urgency::Normal);
}

void TestNotifier::dbusNotifyCarriesUrgencyAndAction()
{
    const QString address = startBus();
    if (address.isEmpty())
        QSKIP("no dbus-daemon to start a private bus with (Debian package dbus-daemon; scripts/dev.sh test "
              "installs it): the org.freedesktop.Notifications path is not checked");
    QDBusConnection server = QDBusConnection::connectToBus(address, u"fake-notification-server"_s);
    QVERIFY2(server.isConnected(), qPrintable(server.lastError().message()));
    FakeNotificationServer fake;
    QVERIFY(server.registerObject(Path, &fake, QDBusConnection::ExportAllSlots));
    QVERIFY(server.registerService(Interface));

    Notifier notifier;
    notifier.setBus(QDBusConnection::connectToBus(address, u"notifier-client"_s));
    QCOMPARE(notifier.backend(), Notifier::Backend::DBus); // no tray offscreen: the bus it is
    QSignalSpy notified(&notifier, &Notifier::notified);
    QSignalSpy activated(&notifier, &Notifier::activated);

    Notification critical;
    critical.title = u"Disk almost full"_s;
    critical.body = u"/data is 96% full \u2014 full in about 3 h"_s;
    critical.urgency = Notification::Urgency::Critical;
    critical.action = u"disk"_s;
    notifier.notify(critical);
    Notification hint;
    hint.title = u"CacheLens is still running"_s;
    notifier.notify(hint);
    QCOMPARE(notified.size(), 2); // the window hears of both at once, whatever the bus does
    QTRY_COMPARE_WITH_TIMEOUT(fake.calls.size(), 2, 10000);

    const FakeNotificationServer::Call &first = fake.calls.at(0);
    QCOMPARE(first.summary, critical.title);
    QCOMPARE(first.body, critical.body);
    QCOMPARE(first.appIcon, QStringLiteral(CACHELENS_APP_ID));
    QCOMPARE(first.hints.value(u"urgency"_s).toInt(), 2);
    QCOMPARE(first.hints.value(u"desktop-entry"_s).toString(), QStringLiteral(CACHELENS_APP_ID));
    QCOMPARE(first.actions.size(), 2);
    QCOMPARE(first.actions.at(0), u"default"_s);
    const FakeNotificationServer::Call &second = fake.calls.at(1);
    QCOMPARE(second.hints.value(u"urgency"_s).toInt(), 1);
    QVERIFY(second.actions.isEmpty()); // nothing to click for

    // The user clicks the first one (id 101). The signal is sent until the notifier, which
    // learns the id from Notify's reply, hands the action back.
    const auto click = [&server](uint id) {
        QDBusMessage signal = QDBusMessage::createSignal(Path, Interface, u"ActionInvoked"_s);
        signal << id << u"default"_s;
        return server.send(signal);
    };
    QTRY_VERIFY_WITH_TIMEOUT(click(101) && !activated.isEmpty(), 10000);
    QCOMPARE(activated.constFirst().constFirst().toString(), u"disk"_s);
    m_daemon.terminate();
    m_daemon.waitForFinished(10000);
}

QTEST_MAIN(TestNotifier)
#include "tst_notifier.moc"
