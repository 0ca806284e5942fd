#include "app/cli/statusline.h"
#include "app/cli/textwidth.h"
#include "core/cleanup/planning.h"
#include "core/report/jsonpath.h"
#include "tests/fixture/clirun.h"
#include "tests/fixture/displaylocale.h"
#include "tests/fixture/files.h"
#include "tests/fixture/fixturetree.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextStream>

#include <sys/stat.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

CliRun runClean(const QList<QByteArray> &args)
{
    return runCli("clean", args);
}

} // namespace

class TestCleanCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void usageErrors_data();
    void usageErrors();
    void previewTouchesNothingAndDescribesThePlan();
    void yesDeletesAndListsWhatWasDone();
    void somethingInUseMakesItPartial();
    void trashThenUndoThenEmpty();
    void noFolderAmongThePathsIsExitThree();
    void nonUtf8PathsAreByteExactInJson();
    void pipedStderrGetsNoProgress();
    void aTerminalSeesTheSearchThenAClearedLine();
    void progressLines_data();
    void progressLines();
    void longLinesLoseTheirMiddle();

private:
    QTemporaryDir m_data;
};

void TestCleanCommand::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
}

void TestCleanCommand::usageErrors_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::newRow("no selector") << QList<QByteArray> { "/tmp" };
    QTest::newRow("unknown selector") << QList<QByteArray> { "--select", "everything" };
    QTest::newRow("archive without a folder") << QList<QByteArray> { "--select", "temp", "--method", "archive" };
    QTest::newRow("unknown method") << QList<QByteArray> { "--select", "temp", "--method", "shred" };
    QTest::newRow("trash into the trash") << QList<QByteArray> { "--select", "trash", "--method", "trash" };
    QTest::newRow("days not a number") << QList<QByteArray> { "--select", "logs", "--older-than", "soon" };
    QTest::newRow("undo with a selector") << QList<QByteArray> { "--undo", "--select", "temp" };
}

void TestCleanCommand::usageErrors()
{
    QFETCH(QList<QByteArray>, args);
    const CliRun result = runClean(args);
    QCOMPARE(result.code, 2);
    QVERIFY(result.err.contains("cachelens clean: "));
    QVERIFY(result.out.isEmpty());
}

void TestCleanCommand::previewTouchesNothingAndDescribesThePlan()
{
    FixtureTree tree;
    QVERIFY(tree.file("work/hub/models--a--b/blobs/x.incomplete", 5000));
    QVERIFY(tree.file("work/scratch/part.tmp", 3000));
    QVERIFY(tree.file("work/keep.bin", 100));
    const CliRun result = runClean({ "--select", "temp", "--json", tree.path("work") });
    QCOMPARE(result.code, 0);
    const QJsonObject json = parseJsonObject(result.out);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    QCOMPARE(json.value(u"method"_s).toString(), u"trash"_s);
    QCOMPARE(json.value(u"dry_run"_s).toBool(), true);
    const QJsonArray items = json.value(u"items"_s).toArray();
    QCOMPARE(items.size(), 2);
    double freedDisk = 0;
    for (const QJsonValue &value : items) {
        const QJsonObject item = value.toObject();
        QCOMPARE(item.value(u"reason"_s).toString(), u"temp"_s);
        QCOMPARE(item.value(u"tier"_s).toString(), u"safe"_s);
        QVERIFY(item.value(u"in_use"_s).isArray());
        QVERIFY(exists(takePath(item))); // a preview removes nothing
        freedDisk += item.value(u"disk_bytes"_s).toDouble();
    }
    QCOMPARE(json.value(u"frees_disk_bytes"_s).toDouble(), freedDisk);
    QVERIFY(json.value(u"frees_note"_s).toString().contains(u"Trash"_s));
    QVERIFY(json.value(u"done"_s).toArray().isEmpty());
    QVERIFY(json.value(u"held_open"_s).isArray());

    // The text form says it is a preview and how to carry it out.
    const CliRun text = runClean({ "--select", "temp", tree.path("work") });
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains("--yes"));
    QVERIFY(text.out.contains("part.tmp"));
}

void TestCleanCommand::yesDeletesAndListsWhatWasDone()
{
    FixtureTree tree;
    QVERIFY(tree.file("work/scratch/part.tmp", 3000));
    QVERIFY(tree.file("work/keep.bin", 100));
    const CliRun result = runClean({ "--select", "temp", "--method", "delete", "--yes", "--json", tree.path("work") });
    QCOMPARE(result.code, 0);
    const QJsonObject json = parseJsonObject(result.out);
    QCOMPARE(json.value(u"dry_run"_s).toBool(), false);
    const QJsonArray done = json.value(u"done"_s).toArray();
    QCOMPARE(done.size(), 1);
    QCOMPARE(takePath(done.first().toObject()), tree.path("work/scratch/part.tmp"));
    QCOMPARE(done.first().toObject().value(u"apparent_bytes"_s).toInt(), 3000);
    QVERIFY(!exists(tree.path("work/scratch/part.tmp")));
    QVERIFY(exists(tree.path("work/keep.bin")));
}

void TestCleanCommand::somethingInUseMakesItPartial()
{
    FixtureTree tree;
    QVERIFY(tree.file("work/a.tmp", 100));
    QVERIFY(tree.file("work/b.tmp", 100));
    QProcess holder;
    QVERIFY(startHoldingOpen(holder, tree.path("work/a.tmp")));
    const CliRun result = runClean({ "--select", "temp", "--method", "delete", "--yes", "--json", tree.path("work") });
    const qint64 holderPid = holder.processId();
    holder.kill();
    holder.waitForFinished();
    QCOMPARE(result.code, 1);
    const QJsonObject json = parseJsonObject(result.out);
    const QJsonArray skipped = json.value(u"skipped"_s).toArray();
    QCOMPARE(skipped.size(), 1);
    QCOMPARE(takePath(skipped.first().toObject()), tree.path("work/a.tmp"));
    // Named by pid: the child may still be "sh" or already "sleep" (it execs after saying ready).
    QVERIFY(skipped.first().toObject().value(u"reason"_s).toString().contains(u"(%1)"_s.arg(holderPid)));
    QVERIFY(exists(tree.path("work/a.tmp")));
    QVERIFY(!exists(tree.path("work/b.tmp")));
}

void TestCleanCommand::trashThenUndoThenEmpty()
{
    FixtureTree tree;
    QVERIFY(tree.file("work/old.tmp", 2000));
    QCOMPARE(runClean({ "--select", "temp", "--yes", tree.path("work") }).code, 0);
    QVERIFY(!exists(tree.path("work/old.tmp")));
    const CliRun undo = runClean({ "--undo" });
    QCOMPARE(undo.code, 0);
    QVERIFY(exists(tree.path("work/old.tmp")));
    QCOMPARE(runClean({ "--undo" }).code, 3); // nothing left to undo

    QCOMPARE(runClean({ "--select", "temp", "--yes", tree.path("work") }).code, 0);
    const QByteArray trashFiles = QFile::encodeName(m_data.path()) + "/Trash/files/old.tmp";
    QVERIFY(exists(trashFiles));
    const CliRun empty = runClean({ "--select", "trash", "--yes", "--json" });
    QCOMPARE(empty.code, 0);
    QVERIFY(!exists(trashFiles));
    QVERIFY(!exists(QFile::encodeName(m_data.path()) + "/Trash/info/old.tmp.trashinfo"));
    QCOMPARE(parseJsonObject(empty.out).value(u"method"_s).toString(), u"delete"_s);
}

void TestCleanCommand::noFolderAmongThePathsIsExitThree()
{
    const CliRun result = runClean({ "--select", "temp", "/nonexistent/cachelens-test" });
    QCOMPARE(result.code, 3);
    QVERIFY(result.err.contains("not a folder"));
}

void TestCleanCommand::nonUtf8PathsAreByteExactInJson()
{
    FixtureTree tree;
    const QByteArray name = FixtureTree::nonUtf8Name("x.tmp");
    QVERIFY(tree.file("work/" + name, 10));
    const CliRun result = runClean({ "--select", "temp", "--json", tree.path("work") });
    QCOMPARE(result.code, 0);
    const QJsonArray items = parseJsonObject(result.out).value(u"items"_s).toArray();
    QCOMPARE(items.size(), 1);
    QVERIFY(items.first().toObject().contains(u"path_b64"_s));
    QCOMPARE(takePath(items.first().toObject()), tree.path("work/" + name));
}

void TestCleanCommand::pipedStderrGetsNoProgress()
{
    FixtureTree tree;
    QVERIFY(tree.file("work/scratch/part.tmp", 3000));
    QProcess process;
    process.start(QStringLiteral(CACHELENS_BINARY),
        { u"clean"_s, u"--select"_s, u"temp"_s, QFile::decodeName(tree.path("work")) });
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardOutput().contains("part.tmp"));
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(!err.contains('\r') && !err.contains("\033["), err.constData());
}

void TestCleanCommand::aTerminalSeesTheSearchThenAClearedLine()
{
    // script(1) from util-linux runs the command on a pseudo-terminal and copies what it
    // wrote (stdout and stderr together) to its own stdout.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    if (script.isEmpty())
        QSKIP("script(1) is not installed: the formatting is tested by progressLines()");
    FixtureTree tree;
    QVERIFY(tree.file("work/scratch/part.tmp", 3000));
    const auto quoted = [](QString text) -> QString { return u"'"_s + text.replace(u"'"_s, u"'\\''"_s) + u"'"_s; };
    const QString command = quoted(QStringLiteral(CACHELENS_BINARY)) + u" clean --select temp "_s
        + quoted(QFile::decodeName(tree.path("work")));
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CACHELENS_LANG"_s, u"en"_s); // the words looked for below
    process.setProcessEnvironment(environment);
    process.start(script, { u"-qec"_s, command, u"/dev/null"_s });
    process.closeWriteChannel();
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QByteArray seen = process.readAllStandardOutput();
    // Each step overwrites the line; the last erase comes before the plan is printed.
    const qsizetype looking = seen.indexOf("\r\033[KLooking for temp...");
    const qsizetype plan = seen.indexOf("part.tmp");
    QVERIFY2(looking >= 0, seen.constData());
    QVERIFY2(plan > looking, seen.constData());
    const qsizetype lastErase = seen.lastIndexOf("\r\033[K", plan);
    QVERIFY(lastErase > looking);
    const QByteArray afterErase = seen.mid(lastErase + 4, plan - lastErase - 4);
    QVERIFY2(!afterErase.contains("..."), afterErase.constData()); // no status text left before the plan
}

void TestCleanCommand::progressLines_data()
{
    QTest::addColumn<int>("step");
    QTest::addColumn<QByteArray>("selector");
    QTest::addColumn<quint64>("entries");
    QTest::addColumn<QByteArray>("folder");
    QTest::addColumn<QString>("line");
    const int searching = int(PlanProgress::Step::Searching);
    QTest::newRow("before walking") << searching << QByteArray("cache:pip") << quint64(0) << QByteArray()
                                    << u"Looking for cache:pip..."_s;
    QTest::newRow("walking /tmp") << searching << QByteArray("temp") << quint64(127674) << QByteArray("/tmp")
                                  << u"Searching /tmp: 127,674 entries..."_s;
    QTest::newRow("one entry") << searching << QByteArray("temp") << quint64(1) << QByteArray("/var/tmp")
                               << u"Searching /var/tmp: 1 entry..."_s;
    QTest::newRow("in use") << int(PlanProgress::Step::CheckingInUse) << QByteArray() << quint64(9) << QByteArray()
                            << u"Checking which files running programs have open..."_s;
    QTest::newRow("measuring") << int(PlanProgress::Step::Measuring) << QByteArray() << quint64(9) << QByteArray()
                               << u"Measuring what was found..."_s;
}

void TestCleanCommand::progressLines()
{
    QFETCH(int, step);
    QFETCH(QByteArray, selector);
    QFETCH(quint64, entries);
    QFETCH(QByteArray, folder);
    QFETCH(QString, line);
    const ScopedDisplayLocale english(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(Cli::planProgressLine({ PlanProgress::Step(step), selector, entries, folder }), line);
}

void TestCleanCommand::longLinesLoseTheirMiddle()
{
    const QString line = u"Searching /home/someone/.cache/huggingface/hub: 127,674 entries..."_s;
    QCOMPARE(Cli::fitToColumns(line, 200), line);
    const QString fitted = Cli::fitToColumns(line, 40);
    QCOMPARE(Cli::displayWidth(fitted), 40);
    QVERIFY(fitted.startsWith(u"Searching /home/"_s));
    QVERIFY(fitted.endsWith(u"674 entries..."_s));
    QVERIFY(fitted.contains(u"..."_s));
    // Wide characters count two columns, and are never cut in half.
    const QString wide = Cli::fitToColumns(u"正在搜索 /tmp/模型目录很长很长很长: 12 entries"_s, 20);
    QVERIFY(Cli::displayWidth(wide) <= 20);
    QVERIFY(Cli::fitToColumns(u"abc"_s, 2).size() <= 2);
}

QTEST_GUILESS_MAIN(TestCleanCommand)
#include "tst_cleancommand.moc"
