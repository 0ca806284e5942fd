#include "core/storage/usagehistory.h"
#include "tests/fixture/clirun.h"
#include "tests/fixture/fixturetree.h"
#include "tests/fixture/oracle.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/statvfs.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

CliRun runMonitor(const QList<QByteArray> &args)
{
    return runCli("monitor", args);
}

QJsonObject parseLine(const QByteArray &line)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

QJsonObject volumeAt(const QJsonObject &sample, const QString &mount)
{
    for (const QJsonValue &value : sample.value(u"volumes"_s).toArray()) {
        if (value.toObject().value(u"mount"_s).toString() == mount)
            return value.toObject();
    }
    return {};
}

QByteArray historyArg(const QTemporaryDir &dir)
{
    return QFile::encodeName(dir.filePath(u"history.sqlite"_s));
}

} // namespace

class TestMonitorCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onceJsonMatchesNumbers();
    void historyGivesEtaAndAlert();
    void tableShowsEveryVolume();
    void usageErrors_data();
    void usageErrors();
    void unopenableHistoryIsAWarning();
    void prometheusFileWithCaches();
    void sigtermFinishesTheSample();
};

void TestMonitorCommand::onceJsonMatchesNumbers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun result = runMonitor({ "--once", "--json", "--history", historyArg(dir) });
    QCOMPARE(result.code, 0);
    QVERIFY2(result.err.isEmpty(), result.err.constData());
    QVERIFY(result.out.endsWith('\n'));
    QCOMPARE(result.out.count('\n'), 1); // JSON Lines: one compact document per sample
    const QJsonObject sample = parseLine(result.out);
    QCOMPARE(sample.value(u"version"_s).toInt(), 1);
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"_s)
                .match(sample.value(u"time"_s).toString())
                .hasMatch());
    const QJsonArray volumes = sample.value(u"volumes"_s).toArray();
    QVERIFY(!volumes.isEmpty());
    for (const QJsonValue &value : volumes) {
        const QJsonObject volume = value.toObject();
        const double used = double(volume.value(u"used_bytes"_s).toInteger());
        const double available = double(volume.value(u"available_bytes"_s).toInteger());
        QVERIFY(volume.value(u"total_bytes"_s).toInteger() >= volume.value(u"used_bytes"_s).toInteger());
        QCOMPARE(volume.value(u"used_ratio"_s).toDouble(), used + available > 0 ? used / (used + available) : 0.0);
        QVERIFY(volume.value(u"eta_full_seconds"_s).isNull()); // an empty history has no trend
        QVERIFY(QStringList({ u"ok"_s, u"warning"_s, u"critical"_s }).contains(volume.value(u"state"_s).toString()));
        QVERIFY(volume.contains(u"device"_s) && volume.contains(u"fs_type"_s));
    }
    const QJsonObject root = volumeAt(sample, u"/"_s);
    QVERIFY(!root.isEmpty());
    struct statvfs st {
    };
    QCOMPARE(::statvfs("/", &st), 0);
    QCOMPARE(root.value(u"total_bytes"_s).toInteger(), qint64(st.f_blocks * st.f_frsize));

    UsageHistory history(dir.filePath(u"history.sqlite"_s));
    QCOMPARE(history.samples("/", 0, QDateTime::currentSecsSinceEpoch()).size(), 1); // the sample was stored
}

void TestMonitorCommand::historyGivesEtaAndAlert()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    struct statvfs st {
    };
    QCOMPARE(::statvfs("/", &st), 0);
    const qint64 used = qint64((st.f_blocks - st.f_bfree) * st.f_frsize);
    const qint64 available = qint64(st.f_bavail * st.f_frsize);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    {
        // The last 15 minutes: 3 GB more every 5 minutes, i.e. 10 MB/s.
        UsageHistory history(dir.filePath(u"history.sqlite"_s));
        QList<UsageSample> samples;
        for (int i = 3; i >= 1; --i)
            samples.append({ now - i * 300, "/", "dev", 0, std::uint64_t(used - i * 3'000'000'000LL),
                std::uint64_t(available + i * 3'000'000'000LL) });
        QVERIFY(history.append(samples));
    }
    const CliRun result = runMonitor({ "--once", "--json", "--history", historyArg(dir) });
    QCOMPARE(result.code, 0);
    const QJsonObject root = volumeAt(parseLine(result.out), u"/"_s);
    QVERIFY(!root.value(u"eta_full_seconds"_s).isNull());
    const double eta = root.value(u"eta_full_seconds"_s).toDouble();
    const double expected = double(available) / 1e7;
    QVERIFY2(qAbs(eta - expected) < 0.05 * expected + 60, qPrintable(u"eta %1, expected ~%2"_s.arg(eta).arg(expected)));
    QVERIFY(qAbs(root.value(u"growth_bytes_per_hour"_s).toDouble() - 3.6e10) < 0.05 * 3.6e10);
    // Full within 24 h: at least a warning, and said once on stderr.
    QVERIFY(root.value(u"state"_s).toString() != u"ok"_s);
    QVERIFY2(result.err.contains("cachelens monitor: / "), result.err.constData());
}

void TestMonitorCommand::tableShowsEveryVolume()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const CliRun json = runMonitor({ "--once", "--json", "--history", historyArg(dir) });
    const CliRun table = runMonitor({ "--once", "--si", "--history", historyArg(dir) });
    QCOMPARE(table.code, 0);
    const QList<QByteArray> lines = table.out.trimmed().split('\n');
    QVERIFY(lines.at(1).startsWith("Mount"));
    const QJsonArray volumes = parseLine(json.out).value(u"volumes"_s).toArray();
    QCOMPARE(lines.size(), 2 + volumes.size()); // time, header, one row per volume
    QVERIFY(QRegularExpression(u"^/ +\\S+ +[0-9.]+ [kMGTP]?B "_s).match(QString::fromUtf8(lines.at(2))).hasMatch());
}

void TestMonitorCommand::usageErrors_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("message");
    using L = QList<QByteArray>;
    QTest::newRow("interval 0") << L { "--interval", "0" } << int(Cli::ExitUsage) << QByteArray("--interval");
    QTest::newRow("interval word") << L { "--interval", "often" } << int(Cli::ExitUsage) << QByteArray("often");
    QTest::newRow("warning above critical")
        << L { "--warning", "96", "--critical", "95" } << int(Cli::ExitUsage) << QByteArray("below --critical");
    QTest::newRow("a path") << L { "/tmp" } << int(Cli::ExitUsage) << QByteArray("takes no PATH");
    QTest::newRow("unknown option") << L { "--fast" } << int(Cli::ExitUsage) << QByteArray("unknown option");
    QTest::newRow("help") << L { "--help" } << int(Cli::ExitOk) << QByteArray();
}

void TestMonitorCommand::usageErrors()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(int, code);
    QFETCH(QByteArray, message);
    const CliRun result = runMonitor(args);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(message), result.err.constData());
    if (code == Cli::ExitOk)
        QVERIFY(result.out.contains("Usage: cachelens monitor"));
    else
        QVERIFY(result.out.isEmpty());
}

void TestMonitorCommand::unopenableHistoryIsAWarning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    const CliRun result
        = runMonitor({ "--once", "--json", "--history", QFile::encodeName(dir.filePath(u"file/h.sqlite"_s)) });
    QCOMPARE(result.code, 0); // monitoring goes on without a history
    QVERIFY2(result.err.contains("warning: the usage history cannot be kept"), result.err.constData());
    QVERIFY(!volumeAt(parseLine(result.out), u"/"_s).isEmpty());
}

void TestMonitorCommand::prometheusFileWithCaches()
{
    FixtureTree home;
    QVERIFY(home.file(".cache/pip/http-v2/a", 50000));
    QVERIFY(home.file(".cache/pip/http-v2/b", 7000));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString prom = dir.filePath(u"cachelens.prom"_s);

    QProcess process;
    QProcessEnvironment env; // a clean login: the caches are those below this HOME
    env.insert(u"HOME"_s, QFile::decodeName(home.root()));
    env.insert(u"PATH"_s, qEnvironmentVariable("PATH"));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CACHELENS_BINARY),
        { u"monitor"_s, u"--once"_s, u"--prometheus"_s, prom, u"--history"_s, dir.filePath(u"h.sqlite"_s) });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QFile file(prom);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    const QByteArray pipLine = "cachelens_cache_bytes{cache=\"pip\",path=\"" + home.path(".cache/pip") + "\"} "
        + QByteArray::number(Oracle::du({ home.path(".cache/pip") }, false)) + '\n';
    QVERIFY2(text.contains(pipLine), text.constData());
    QVERIFY(text.contains("# TYPE cachelens_volume_used_ratio gauge\n"));
    QVERIFY(text.contains("cachelens_volume_total_bytes{mount=\"/\","));
    QVERIFY2(!text.contains("cachelens_volume_eta_full_seconds{"), "no trend yet: the ETA is left out");
}

void TestMonitorCommand::sigtermFinishesTheSample()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcess process;
    process.start(QStringLiteral(CACHELENS_BINARY),
        { u"monitor"_s, u"--json"_s, u"--interval"_s, u"1"_s, u"--history"_s, dir.filePath(u"h.sqlite"_s) });
    QVERIFY(process.waitForStarted());
    QByteArray out;
    while (out.count('\n') < 2 && process.waitForReadyRead(10000))
        out += process.readAllStandardOutput();
    QCOMPARE(out.count('\n'), 2); // it keeps sampling
    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(10000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    out += process.readAllStandardOutput();
    QVERIFY(out.endsWith('\n'));
    for (const QByteArray &line : out.trimmed().split('\n'))
        QCOMPARE(parseLine(line).value(u"version"_s).toInt(), 1);
    UsageHistory history(dir.filePath(u"h.sqlite"_s));
    QCOMPARE(history.samples("/", 0, QDateTime::currentSecsSinceEpoch()).size(), out.count('\n'));
}

QTEST_GUILESS_MAIN(TestMonitorCommand)
#include "tst_monitorcommand.moc"
