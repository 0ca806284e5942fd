#include "core/report/jsonpath.h"
#include "tests/fixture/clirun.h"
#include "tests/fixture/files.h"
#include "tests/fixture/fixturetree.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
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

QTEST_GUILESS_MAIN(TestCleanCommand)
#include "tst_cleancommand.moc"
