#include "core/report/jsonpath.h"
#include "tests/fixture/clirun.h"
#include "tests/fixture/fixturetree.h"
#include "tests/fixture/oracle.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTextStream>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

CliRun runScan(const QList<QByteArray> &args)
{
    return runCli("scan", args);
}

} // namespace

class TestScanCommand final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void jsonRootEqualsDu();
    void categoryTotalsAddUpToRoot();
    void humanOutputShowsTotalsAndRankings();
    void printedNonUtf8PathCanBeFedBack();
    void csvHasOneRowPerFolder();
    void exitCodes_data();
    void exitCodes();
};

void TestScanCommand::jsonRootEqualsDu()
{
    FixtureTree tree;
    QVERIFY(tree.file("models/blobs/a", 300000));
    QVERIFY(tree.symlink("models/snapshots/main/a", "../../blobs/a"));
    QVERIFY(tree.hardLink("env/a", "models/blobs/a"));
    QVERIFY(tree.sparseFile("disk.img", 50 << 20, 4096));
    const CliRun result = runScan({ "--json", tree.root() });
    QCOMPARE(result.code, 0);
    const QJsonObject doc = parseJsonObject(result.out);
    QCOMPARE(doc.value(u"version"_s).toInt(), 1);
    const QJsonObject root = doc.value(u"roots"_s).toArray().at(0).toObject();
    QCOMPARE(root.value(u"apparent_bytes"_s).toInteger(), Oracle::du({ tree.root() }, true));
    QCOMPARE(root.value(u"disk_bytes"_s).toInteger(), Oracle::du({ tree.root() }, false));
    QCOMPARE(root.value(u"files"_s).toInt(), 4);
    QCOMPARE(root.value(u"dirs"_s).toInt(), 6);
    QCOMPARE(root.value(u"errors"_s).toInt(), 0);
    QVERIFY(result.err.isEmpty());
}

void TestScanCommand::categoryTotalsAddUpToRoot()
{
    FixtureTree tree;
    for (int i = 0; i < 20; ++i)
        QVERIFY(tree.file("d" + QByteArray::number(i % 3) + "/f" + QByteArray::number(i), 777 * i));
    const QJsonObject doc = parseJsonObject(runScan({ "--json", tree.root() }).out);
    qint64 disk = 0;
    qint64 apparent = 0;
    for (const QJsonValue &value : doc.value(u"categories"_s).toArray()) {
        disk += value.toObject().value(u"disk_bytes"_s).toInteger();
        apparent += value.toObject().value(u"apparent_bytes"_s).toInteger();
    }
    const QJsonObject root = doc.value(u"roots"_s).toArray().at(0).toObject();
    QCOMPARE(disk, root.value(u"disk_bytes"_s).toInteger());
    QCOMPARE(apparent, root.value(u"apparent_bytes"_s).toInteger());
    const QJsonArray topDirs = doc.value(u"top_dirs"_s).toArray();
    QCOMPARE(topDirs.size(), 3);
    QVERIFY(topDirs.at(0).toObject().value(u"disk_bytes"_s).toInteger()
        >= topDirs.at(1).toObject().value(u"disk_bytes"_s).toInteger());
}

void TestScanCommand::humanOutputShowsTotalsAndRankings()
{
    FixtureTree tree;
    QVERIFY(tree.file("big/weights.bin", 3 << 20));
    const CliRun result = runScan({ "--top", "1", tree.root() });
    QCOMPARE(result.code, 0);
    const QString text = QString::fromUtf8(result.out);
    QVERIFY2(text.contains(u"By category:"_s), qPrintable(text));
    QVERIFY(text.contains(u"Largest folders:"_s));
    QVERIFY(text.contains(QFile::decodeName(tree.path("big/weights.bin"))));
    QVERIFY(text.contains(u"3.00 MiB"_s));
    const CliRun si = runScan({ "--si", "--top", "1", tree.root() });
    QVERIFY(QString::fromUtf8(si.out).contains(u"3.15 MB"_s));
}

void TestScanCommand::printedNonUtf8PathCanBeFedBack()
{
    FixtureTree tree;
    const QByteArray name = FixtureTree::nonUtf8Name("ckpt");
    QVERIFY(tree.file(name + "/model.pt", 9000));
    const QJsonObject doc = parseJsonObject(runScan({ "--json", tree.root() }).out);
    const QJsonObject dir = doc.value(u"top_dirs"_s).toArray().at(0).toObject();
    QVERIFY(dir.contains(u"path_b64"_s));
    const QByteArray exact = takePath(dir);
    QCOMPARE(exact, tree.path(name));

    const CliRun again = runScan({ "--json", exact }); // the printed path, fed back
    QCOMPARE(again.code, 0);
    const QJsonObject root = parseJsonObject(again.out).value(u"roots"_s).toArray().at(0).toObject();
    QCOMPARE(root.value(u"files"_s).toInt(), 1);
    QCOMPARE(takePath(root), exact);
}

void TestScanCommand::csvHasOneRowPerFolder()
{
    FixtureTree tree;
    QVERIFY(tree.file("a/b/c/d/e.bin", 10));
    QVERIFY(tree.file("x,y/f", 10)); // a comma in a name must be quoted
    const CliRun result = runScan({ "--csv", "--depth", "2", tree.root() });
    QCOMPARE(result.code, 0);
    const QList<QByteArray> lines = result.out.trimmed().split('\n');
    QCOMPARE(lines.constFirst(), QByteArray("path,depth,apparent_bytes,disk_bytes,files,category"));
    QCOMPARE(lines.size(), 1 + 1 + 2 + 1); // header, root, a and "x,y", a/b
    QVERIFY(result.out.contains(QByteArray("\"" + tree.path("x,y") + "\",1,")));
    QVERIFY(!result.out.contains(tree.path("a/b/c")));
}

void TestScanCommand::exitCodes_data()
{
    QTest::addColumn<QList<QByteArray>>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("message");

    using L = QList<QByteArray>;
    QTest::newRow("no path") << L { "--json" } << int(Cli::ExitUsage) << QByteArray("no PATH given");
    QTest::newRow("bad top") << L { "--top", "many", "/tmp" } << int(Cli::ExitUsage) << QByteArray("--top");
    QTest::newRow("json and csv") << L { "--json", "--csv", "/tmp" } << int(Cli::ExitUsage) << QByteArray("one of");
    QTest::newRow("unknown option") << L { "--fast", "/tmp" } << int(Cli::ExitUsage) << QByteArray("unknown option");
    QTest::newRow("only a missing root") << L { "/no/such/place" } << int(Cli::ExitFailed)
                                         << QByteArray("no such file or folder");
    QTest::newRow("missing and good root")
        << L { "/no/such/place", "GOOD" } << int(Cli::ExitPartial) << QByteArray("/no/such/place");
    QTest::newRow("help") << L { "--help" } << int(Cli::ExitOk) << QByteArray();
}

void TestScanCommand::exitCodes()
{
    QFETCH(QList<QByteArray>, args);
    QFETCH(int, code);
    QFETCH(QByteArray, message);
    FixtureTree good;
    QVERIFY(good.file("f", 1));
    for (QByteArray &arg : args) {
        if (arg == "GOOD")
            arg = good.root();
    }
    const CliRun result = runScan(args);
    QCOMPARE(result.code, code);
    QVERIFY2(result.err.contains(message), result.err.constData());
    if (code == Cli::ExitOk)
        QVERIFY(result.out.contains("Usage: cachelens scan"));
}

QTEST_GUILESS_MAIN(TestScanCommand)
#include "tst_scancommand.moc"
