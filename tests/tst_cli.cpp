#include "app/cli/cli.h"
#include "app/cli/textwidth.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace CacheLens::Cli;
using namespace Qt::StringLiterals;

namespace
{

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// The environment of a headless machine: no display of any kind, logs kept in the test's home.
QProcessEnvironment headlessEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { u"DISPLAY"_s, u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s, u"CACHELENS_LOG"_s })
        env.remove(name);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/data"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/config"_s);
    return env;
}

Run runBinary(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CACHELENS_BINARY), args);
    Run run;
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

} // namespace

class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void classifies_data();
    void classifies();
    void environmentLogLevel();
    void versionPrintsProjectVersion();
    void helpListsCommandsAndExitCodes();
    void usageErrorsExitTwo_data();
    void usageErrorsExitTwo();
    void commandsRunWithoutDisplay();
    void windowWithoutDisplaySaysSo();
    void windowOpensOffscreen();
    void germanScanKeepsTheDecimalPoint();
    void chineseTablesAlignByDisplayWidth();

private:
    QString makeTree(const QTemporaryDir &dir);

    QTemporaryDir m_home;
};

// A small tree with files of a few categories: a model, code, a text file and a sub-folder.
QString TestCli::makeTree(const QTemporaryDir &dir)
{
    const QString root = dir.filePath(u"tree"_s);
    if (!QDir().mkpath(root + u"/sub"_s))
        return {};
    const std::pair<const char *, qsizetype> files[]
        = { { "model.safetensors", 150000 }, { "train.py", 5000 }, { "notes.txt", 3000 }, { "sub/data.bin", 70000 } };
    for (const auto &[name, size] : files) {
        QFile file(root + u'/' + QString::fromLatin1(name));
        if (!file.open(QIODevice::WriteOnly) || file.write(QByteArray(size, 'x')) != size)
            return {};
    }
    return root;
}

// The command line prints sizes with a decimal point whatever the language: scripts read them.
void TestCli::germanScanKeepsTheDecimalPoint()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = makeTree(dir);
    QVERIFY(!root.isEmpty());
    QProcessEnvironment env = headlessEnvironment(m_home.path());
    env.insert(u"CACHELENS_LANG"_s, u"de"_s);

    const Run run = runBinary({ u"scan"_s, root }, env);
    QCOMPARE(run.exitCode, 0);
    const QString out = QString::fromUtf8(run.out);
    QVERIFY2(out.contains(u"Dateien"_s), qPrintable(out)); // German it is
    static const QRegularExpression pointSize(u"\\b\\d+\\.\\d+ KiB\\b"_s);
    static const QRegularExpression commaSize(u"\\d,\\d+ [kKMGTPE]?i?B\\b"_s);
    QVERIFY2(out.contains(pointSize), qPrintable(out));
    QVERIFY2(!out.contains(commaSize), qPrintable(out));

    const Run json = runBinary({ u"scan"_s, u"--json"_s, root }, env);
    QCOMPARE(json.exitCode, 0);
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json.out, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QVERIFY(document.isObject());
}

// Chinese category names take two terminal columns a character: the sizes after them still end
// in one column, as they do after ASCII names.
void TestCli::chineseTablesAlignByDisplayWidth()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString root = makeTree(dir);
    QVERIFY(!root.isEmpty());
    QProcessEnvironment env = headlessEnvironment(m_home.path());

    QList<qsizetype> percentColumns;
    for (const QString &language : { u"zh_CN"_s, u"en"_s }) {
        env.insert(u"CACHELENS_LANG"_s, language);
        const Run run = runBinary({ u"scan"_s, root }, env);
        QCOMPARE(run.exitCode, 0);
        const QStringList lines = QString::fromUtf8(run.out).split(u'\n');
        int rows = 0;
        for (const QString &line : lines) {
            // A category row: "  <name padded to 15><size in 10><share in 7>%  <files>"
            const qsizetype percent = line.indexOf(u"%  "_s);
            if (!line.startsWith(u"  "_s) || percent < 0)
                continue;
            percentColumns.append(displayWidth(QStringView(line).left(percent)));
            ++rows;
        }
        QVERIFY2(rows >= 2, qPrintable(QString::fromUtf8(run.out)));
    }
    for (const qsizetype column : std::as_const(percentColumns))
        QCOMPARE(column, qsizetype(2 + 15 + 10 + 7));
}

void TestCli::initTestCase()
{
    QVERIFY(m_home.isValid());
}

void TestCli::classifies_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("command");

    using L = QList<QByteArray>;
    const int gui = int(Launch::Kind::Gui);
    const int command = int(Launch::Kind::Command);
    const int exit = int(Launch::Kind::Exit);
    QTest::newRow("no arguments") << L {} << gui << 0 << QByteArray();
    QTest::newRow("existing path") << L { "/" } << gui << 0 << QByteArray();
    QTest::newRow("missing absolute path opens window") << L { "/no/such/dir" } << gui << 0 << QByteArray();
    QTest::newRow("typo of a command") << L { "scna" } << exit << int(ExitUsage) << QByteArray();
    QTest::newRow("scan") << L { "scan", "--json", "/x" } << command << 0 << QByteArray("scan");
    QTest::newRow("global option before command")
        << L { "--log-level", "debug", "caches" } << command << 0 << QByteArray("caches");
    QTest::newRow("command option not global") << L { "monitor", "--once" } << command << 0 << QByteArray("monitor");
    QTest::newRow("help") << L { "--help" } << exit << int(ExitOk) << QByteArray();
    QTest::newRow("version short") << L { "-v" } << exit << int(ExitOk) << QByteArray();
    QTest::newRow("unknown option") << L { "--frobnicate" } << exit << int(ExitUsage) << QByteArray();
    QTest::newRow("bad log level") << L { "--log-level", "loud" } << exit << int(ExitUsage) << QByteArray();
    QTest::newRow("missing log level") << L { "--log-level" } << exit << int(ExitUsage) << QByteArray();
}

void TestCli::classifies()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(int, kind);
    QFETCH(int, exitCode);
    QFETCH(QByteArray, command);

    const Launch launch = classify(args, {});
    QCOMPARE(int(launch.kind), kind);
    QCOMPARE(launch.exitCode, exitCode);
    QCOMPARE(launch.command, command);
    if (launch.exitCode == ExitUsage)
        QVERIFY(launch.error.contains(u"--help"_s));
}

void TestCli::environmentLogLevel()
{
    Launch launch = classify({}, "debug");
    QVERIFY(launch.logLevelGiven);
    QCOMPARE(launch.logLevel, CacheLens::Log::Level::Debug);

    launch = classify({ "--log-level=error" }, "debug"); // the option wins over the variable
    QCOMPARE(launch.logLevel, CacheLens::Log::Level::Error);

    launch = classify({}, "shouty"); // a bad variable warns, never fails
    QCOMPARE(launch.kind, Launch::Kind::Gui);
    QVERIFY(!launch.logLevelGiven);
    QVERIFY(launch.warning.contains(u"shouty"_s));
}

void TestCli::versionPrintsProjectVersion()
{
    const Run run = runBinary({ u"--version"_s }, headlessEnvironment(m_home.path()));
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.out, QByteArray("cachelens " CACHELENS_VERSION "\n"));
    QVERIFY(run.err.isEmpty());
}

void TestCli::helpListsCommandsAndExitCodes()
{
    const Run run = runBinary({ u"--help"_s }, headlessEnvironment(m_home.path()));
    QCOMPARE(run.exitCode, 0);
    for (const QByteArray &name : commandNames())
        QVERIFY2(run.out.contains(QByteArray("\n  " + name + ' ')), name.constData());
    QVERIFY(run.out.contains("Exit codes"));
    QVERIFY(run.out.contains("--log-level"));
}

void TestCli::usageErrorsExitTwo_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");

    QTest::newRow("unknown option") << QStringList { u"--frobnicate"_s } << QByteArray("unknown option '--frobnicate'");
    QTest::newRow("unknown command") << QStringList { u"scna"_s } << QByteArray("'scna' is neither a command");
    QTest::newRow("bad log level") << QStringList { u"--log-level"_s, u"loud"_s } << QByteArray("invalid log level");
}

void TestCli::usageErrorsExitTwo()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);

    const Run run = runBinary(args, headlessEnvironment(m_home.path()));
    QCOMPARE(run.exitCode, int(ExitUsage));
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.out.isEmpty());
}

void TestCli::commandsRunWithoutDisplay()
{
    // Every sub-command is dispatched without a QApplication: with no display at all it must
    // still answer --help instead of aborting in the platform plugin.
    for (const QByteArray &name : commandNames()) {
        const Run run = runBinary({ QString::fromLatin1(name), u"--help"_s }, headlessEnvironment(m_home.path()));
        QVERIFY2(run.exitCode == 0, name.constData());
        QVERIFY2(run.out.contains(QByteArray("cachelens " + name)), run.out.constData());
    }
}

void TestCli::windowWithoutDisplaySaysSo()
{
    const Run run = runBinary({}, headlessEnvironment(m_home.path()));
    QCOMPARE(run.exitCode, int(ExitFailed));
    QVERIFY2(run.err.contains("no display"), run.err.constData());
    QVERIFY(run.err.contains("cachelens scan"));
}

void TestCli::windowOpensOffscreen()
{
    QProcessEnvironment env = headlessEnvironment(m_home.path());
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CACHELENS_BINARY), { u"--log-level"_s, u"info"_s });
    QVERIFY(process.waitForStarted(10000));
    // A window that survives two seconds has built its menus, page and status bar.
    QVERIFY2(!process.waitForFinished(2000), process.readAllStandardError().constData());
    process.terminate();
    QVERIFY(process.waitForFinished(10000));

    QFile log(m_home.path() + u"/data/cachelens/logs/cachelens.log"_s);
    QVERIFY2(log.open(QIODevice::ReadOnly), qPrintable(log.fileName()));
    const QByteArray text = log.readAll();
    QVERIFY(text.contains("CacheLens " CACHELENS_VERSION " starting"));
    QVERIFY(text.contains("platform offscreen"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
