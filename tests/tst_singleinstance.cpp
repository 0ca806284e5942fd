#include "core/desktop/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <cstring>

#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// What a second launch does, on a thread of its own: start() and handOver() block, and the
// primary in this (GUI) thread must keep its event loop turning to answer.
struct SecondLaunch {
    SingleInstance::Role role = SingleInstance::Role::Standalone;
    bool handedOver = false;
    QString error;
};

SecondLaunch launchSecond(const QString &socketPath, const InstanceMessage &message)
{
    SecondLaunch result;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(socketPath);
        result.role = second.start();
        if (result.role == SingleInstance::Role::Secondary)
            result.handedOver = second.handOver(message);
        result.error = second.errorString();
    }));
    thread->start();
    // QTRY_ turns the event loop, so the primary answers meanwhile.
    [&] { QTRY_VERIFY_WITH_TIMEOUT(thread->isFinished(), 20000); }();
    thread->wait();
    return result;
}

// A socket file nobody listens on, as a crashed CacheLens leaves behind.
bool makeStaleSocket(const QString &path)
{
    const QByteArray name = QFile::encodeName(path);
    sockaddr_un address {};
    address.sun_family = AF_UNIX;
    if (std::size_t(name.size()) >= sizeof(address.sun_path))
        return false;
    std::memcpy(address.sun_path, name.constData(), std::size_t(name.size()));
    const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
    if (fd < 0)
        return false;
    const bool bound = ::bind(fd, reinterpret_cast<const sockaddr *>(&address), sizeof(address)) == 0;
    ::close(fd); // closed without unlink(): the file stays, nobody answers on it
    return bound;
}

QProcessEnvironment binaryEnvironment(const QTemporaryDir &home, const QString &socketPath)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"CACHELENS_INSTANCE_NAME"_s, socketPath);
    env.insert(u"CACHELENS_LOG"_s, u"info"_s);
    return env;
}

} // namespace

class TestSingleInstance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void messageRoundTrips();
    void foreignMessagesAreRefused_data();
    void foreignMessagesAreRefused();
    void firstIsPrimarySecondIsSecondary();
    void pathsAreHandedOverByteExact();
    void staleSocketIsReplaced();
    void environmentNamesTheSocket();
    void relativePathsBecomeAbsolute();
    void secondBinaryHandsItsPathsToThePrimary();
    void secondWindowHandsOverToTheFirst();
};

void TestSingleInstance::messageRoundTrips()
{
    InstanceMessage message;
    message.paths = { "/home/ana/models", QByteArray("/data/\xff\xfe-latin1\nnewline") };
    message.activate = false;
    const QByteArray wire = message.encode();
    QVERIFY(wire.endsWith('\n'));
    QCOMPARE(wire.count('\n'), 1); // one line, whatever the paths hold
    QVERIFY(wire.contains("\"version\":1"));
    const std::optional<InstanceMessage> back = InstanceMessage::decode(wire);
    QVERIFY(back);
    QCOMPARE(back->paths, message.paths);
    QCOMPARE(back->activate, false);
}

void TestSingleInstance::foreignMessagesAreRefused_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("not json") << QByteArray("hello\n");
    QTest::newRow("newer version") << QByteArray(R"({"version":2,"activate":true,"paths_b64":[]})");
    QTest::newRow("no paths") << QByteArray(R"({"version":1,"activate":true})");
    QTest::newRow("relative path") << QByteArray(R"({"version":1,"paths_b64":["cmVsYXRpdmU="]})"); // "relative"
    QTest::newRow("bad base64") << QByteArray(R"({"version":1,"paths_b64":["L2Rh!!"]})");
    QTest::newRow("path not a string") << QByteArray(R"({"version":1,"paths_b64":[42]})");
}

void TestSingleInstance::foreignMessagesAreRefused()
{
    QFETCH(QByteArray, line);
    QVERIFY(!InstanceMessage::decode(line));
}

void TestSingleInstance::firstIsPrimarySecondIsSecondary()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"instance"_s);
    SingleInstance first(path);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QVERIFY(QFile::exists(path));
    const SecondLaunch second = launchSecond(path, {});
    QCOMPARE(second.role, SingleInstance::Role::Secondary);
}

void TestSingleInstance::pathsAreHandedOverByteExact()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"instance"_s);
    SingleInstance first(path);
    QCOMPARE(first.start(), SingleInstance::Role::Primary);
    QSignalSpy received(&first, &SingleInstance::messageReceived);

    InstanceMessage message;
    message.paths = { "/srv/models", QByteArray("/data/\xff\xfe-not-utf8"), "/tmp/na\xc3\xafve dir", "/a\nb" };
    const SecondLaunch second = launchSecond(path, message);
    QCOMPARE(second.role, SingleInstance::Role::Secondary);
    QVERIFY2(second.handedOver, qPrintable(second.error));
    QTRY_COMPARE(received.size(), 1);
    const auto got = received.constFirst().constFirst().value<InstanceMessage>();
    QCOMPARE(got.paths, message.paths);
    QVERIFY(got.activate);
}

void TestSingleInstance::staleSocketIsReplaced()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"instance"_s);
    QVERIFY(makeStaleSocket(path));
    QVERIFY(QFile::exists(path));

    SingleInstance first(path);
    QCOMPARE(first.start(), SingleInstance::Role::Primary); // nobody answered: the file was replaced
    QSignalSpy received(&first, &SingleInstance::messageReceived);
    InstanceMessage message;
    message.paths = { "/after/the/crash" };
    const SecondLaunch second = launchSecond(path, message);
    QVERIFY2(second.handedOver, qPrintable(second.error));
    QTRY_COMPARE(received.size(), 1);
    QCOMPARE(received.constFirst().constFirst().value<InstanceMessage>().paths, message.paths);
}

void TestSingleInstance::environmentNamesTheSocket()
{
    const QByteArray saved = qgetenv("CACHELENS_INSTANCE_NAME");
    qputenv("CACHELENS_INSTANCE_NAME", "/run/test/somewhere.sock");
    QCOMPARE(SingleInstance::defaultSocketPath(), u"/run/test/somewhere.sock"_s);
    qputenv("CACHELENS_INSTANCE_NAME", "private-name");
    QVERIFY(SingleInstance::defaultSocketPath().endsWith(u"/private-name"_s)
        || SingleInstance::defaultSocketPath().contains(u"/private-name-"_s));
    qunsetenv("CACHELENS_INSTANCE_NAME");
    QVERIFY(SingleInstance::defaultSocketPath().contains(u"cachelens-instance"_s));
    qputenv("CACHELENS_INSTANCE_NAME", saved);
}

void TestSingleInstance::relativePathsBecomeAbsolute()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString saved = QDir::currentPath();
    QVERIFY(QDir::setCurrent(dir.path()));
    const QByteArray cwd = QFile::encodeName(QDir::currentPath());
    QCOMPARE(absolutePathBytes("models"), cwd + "/models");
    QCOMPARE(absolutePathBytes("./models"), cwd + "/models");
    QCOMPARE(absolutePathBytes("."), cwd);
    QCOMPARE(absolutePathBytes(QByteArray("\xff-raw", 5)), cwd + QByteArray("/\xff-raw", 6));
    QCOMPARE(absolutePathBytes("/already/absolute"), QByteArray("/already/absolute"));
    QVERIFY(QDir::setCurrent(saved));
}

void TestSingleInstance::secondBinaryHandsItsPathsToThePrimary()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(u"instance"_s);
    SingleInstance primary(path);
    QCOMPARE(primary.start(), SingleInstance::Role::Primary);
    QSignalSpy received(&primary, &SingleInstance::messageReceived);

    // The launch runs in its own working folder with a relative, non-UTF-8 path: QProcess
    // arguments are QStrings, so the shell makes the raw bytes.
    QVERIFY(QDir(home.path()).mkpath(u"work/models"_s));
    const QString work = home.filePath(u"work"_s);
    QProcess launch;
    QProcessEnvironment env = binaryEnvironment(home, path);
    env.insert(u"CACHELENS_BIN"_s, QStringLiteral(CACHELENS_BINARY));
    launch.setProcessEnvironment(env);
    launch.setWorkingDirectory(work);
    QSignalSpy finished(&launch, &QProcess::finished);
    launch.start(u"/bin/sh"_s, { u"-c"_s, u"exec \"$CACHELENS_BIN\" models \"$(printf 'caf\\351')\""_s });
    QVERIFY(finished.wait(30000)); // the event loop turns: the primary answers
    const QByteArray err = launch.readAllStandardError();
    QCOMPARE(launch.exitStatus(), QProcess::NormalExit);
    QVERIFY2(launch.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("already running"), err.constData());

    QTRY_COMPARE(received.size(), 1);
    const auto message = received.constFirst().constFirst().value<InstanceMessage>();
    const QByteArray base = QFile::encodeName(QDir(work).canonicalPath());
    QCOMPARE(message.paths, (QList<QByteArray> { base + "/models", base + QByteArray("/caf\xe9", 5) }));
    QVERIFY(message.activate);
}

void TestSingleInstance::secondWindowHandsOverToTheFirst()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString path = home.filePath(u"instance"_s);
    QVERIFY(QDir(home.path()).mkpath(u"scanme"_s));

    QProcess first;
    first.setProcessEnvironment(binaryEnvironment(home, path));
    first.start(QStringLiteral(CACHELENS_BINARY), {});
    QVERIFY(first.waitForStarted(10000));
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 20000); // it listens

    QProcess second;
    second.setProcessEnvironment(binaryEnvironment(home, path));
    second.setWorkingDirectory(home.path());
    second.start(QStringLiteral(CACHELENS_BINARY), { u"scanme"_s });
    QVERIFY(second.waitForFinished(30000));
    const QByteArray err = second.readAllStandardError();
    QVERIFY2(second.exitCode() == 0, err.constData());
    QVERIFY2(err.contains("already running"), err.constData());
    QVERIFY2(first.state() == QProcess::Running, first.readAllStandardError().constData());

    // The first window took the folder: its log says so.
    const auto firstLogSays = [&](const QByteArray &text) {
        QFile log(home.filePath(u"data/cachelens/logs/cachelens.log"_s));
        return log.open(QIODevice::ReadOnly) && log.readAll().contains(text);
    };
    QTRY_VERIFY_WITH_TIMEOUT(firstLogSays("handed over 1 path"), 10000);
    first.terminate();
    QVERIFY(first.waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
