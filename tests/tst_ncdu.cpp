#include "core/scan/ncduformat.h"
#include "core/scan/scanner.h"
#include "tests/fixture/fixturetree.h"
#include "tests/fixture/oracle.h"

#include <QFile>
#include <QProcess>
#include <QTest>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

std::shared_ptr<FileTree> scan(const QByteArray &root)
{
    ScanRequest request;
    request.roots = { root };
    ScanToken token;
    return Scanner(request).run(token);
}

struct Flat {
    QByteArray path;
    NodeType type;
    std::uint64_t apparent;
    std::uint64_t disk;
    std::uint8_t flags;
    bool operator<(const Flat &other) const
    {
        return path < other.path;
    }
    bool operator==(const Flat &) const = default;
};

// Every node with its totals, sorted by path: two trees are equal when these lists are.
std::vector<Flat> flatten(const FileTree &tree)
{
    std::vector<Flat> nodes;
    for (NodeIndex i = 0; i < tree.nodeCount(); ++i) {
        const FileNode &node = tree.node(i);
        nodes.push_back(
            { tree.path(i), node.type(), node.apparentBytes, node.diskBytes, std::uint8_t(node.typeAndFlags & ~0x3) });
    }
    std::sort(nodes.begin(), nodes.end());
    return nodes;
}

bool run(const QString &program, const QStringList &args, QByteArray *out = nullptr)
{
    QProcess process;
    process.start(program, args);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return false;
    if (out)
        *out = process.readAllStandardOutput();
    return true;
}

} // namespace

class TestNcdu final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripGivesEqualTree();
    void roundTripThroughGzip();
    void stoppedTokenEndsTheImport();
    void importsWhatNcduWrote();
    void ncduReadsOurExport();
    void deepTreeStreamsBothWays();
    void malformedFilesGiveClearErrors_data();
    void malformedFilesGiveClearErrors();

private:
    void buildMixedTree(FixtureTree &tree);
    QTemporaryDir m_out;
};

void TestNcdu::initTestCase()
{
    QVERIFY(m_out.isValid());
}

void TestNcdu::buildMixedTree(FixtureTree &tree)
{
    QVERIFY(tree.file("hub/models--a/blobs/b1", 200000));
    QVERIFY(tree.symlink("hub/models--a/snapshots/c1/w.bin", "../../blobs/b1"));
    QVERIFY(tree.file("pkgs/lib.so", 30000));
    QVERIFY(tree.hardLink("envs/x/lib.so", "pkgs/lib.so"));
    QVERIFY(tree.sparseFile("img/disk.raw", 64 << 20, 4096));
    QVERIFY(tree.file(FixtureTree::nonUtf8Name("run") + "/quote\"back\\slash\nnewline", 77));
    QVERIFY(tree.dir("empty"));
}

void TestNcdu::roundTripGivesEqualTree()
{
    FixtureTree tree;
    buildMixedTree(tree);
    const auto scanned = scan(tree.root());
    const QByteArray file = QFile::encodeName(m_out.filePath(u"plain.json"_s));
    QCOMPARE(Ncdu::exportTree(*scanned, 0, file), QString());

    const Ncdu::ImportResult imported = Ncdu::importTree(file);
    QVERIFY2(imported.tree, qPrintable(imported.error));
    auto expected = flatten(*scanned);
    for (Flat &node : expected) { // ncdu has one "not regular" kind for symlinks and the rest
        if (node.type == NodeType::Symlink)
            node.type = NodeType::Other;
    }
    QCOMPARE(flatten(*imported.tree), expected);
    const ScanRoot &before = scanned->roots().constFirst();
    const ScanRoot &after = imported.tree->roots().constFirst();
    QCOMPARE(after.path, before.path);
    QCOMPARE(after.files, before.files);
    QCOMPARE(after.dirs, before.dirs);
    QCOMPARE(imported.tree->hardLinks().size(), scanned->hardLinks().size());
}

void TestNcdu::stoppedTokenEndsTheImport()
{
    FixtureTree tree;
    buildMixedTree(tree);
    const QByteArray file = QFile::encodeName(m_out.filePath(u"stopped.json"_s));
    QCOMPARE(Ncdu::exportTree(*scan(tree.root()), 0, file), QString());
    ScanToken running;
    QVERIFY(Ncdu::importTree(file, {}, &running).tree);
    ScanToken stopped;
    stopped.cancel();
    const Ncdu::ImportResult result = Ncdu::importTree(file, {}, &stopped);
    QVERIFY(!result.tree);
    QVERIFY2(result.error.contains(u"stopped"_s), qPrintable(result.error));
}

void TestNcdu::roundTripThroughGzip()
{
    FixtureTree tree;
    buildMixedTree(tree);
    const auto scanned = scan(tree.root());
    const QByteArray file = QFile::encodeName(m_out.filePath(u"packed.json.gz"_s));
    QCOMPARE(Ncdu::exportTree(*scanned, 0, file, { true }), QString());

    QFile packed(QFile::decodeName(file));
    QVERIFY(packed.open(QIODevice::ReadOnly));
    QCOMPARE(packed.read(2), QByteArray("\x1f\x8b")); // really gzip
    QByteArray unpacked;
    QVERIFY(run(u"gzip"_s, { u"-dc"_s, QFile::decodeName(file) }, &unpacked));
    QVERIFY(unpacked.startsWith("[1,2,{\"progname\":\"cachelens\""));

    const Ncdu::ImportResult imported = Ncdu::importTree(file);
    QVERIFY2(imported.tree, qPrintable(imported.error));
    QCOMPARE(imported.tree->node(imported.tree->roots().constFirst().node).diskBytes,
        scanned->node(scanned->roots().constFirst().node).diskBytes);
}

void TestNcdu::importsWhatNcduWrote()
{
    FixtureTree tree;
    buildMixedTree(tree);
    const QString file = m_out.filePath(u"from-ncdu.json"_s);
    QVERIFY(run(u"ncdu"_s, { u"-x"_s, u"-o"_s, file, QFile::decodeName(tree.root()) }));

    const Ncdu::ImportResult imported = Ncdu::importTree(QFile::encodeName(file));
    QVERIFY2(imported.tree, qPrintable(imported.error));
    const FileNode &root = imported.tree->node(imported.tree->roots().constFirst().node);
    QCOMPARE(qint64(root.apparentBytes), Oracle::du({ tree.root() }, true));
    QCOMPARE(qint64(root.diskBytes), Oracle::du({ tree.root() }, false));
    // The non-UTF-8 folder name survived byte for byte.
    bool found = false;
    for (NodeIndex i = 0; i < imported.tree->nodeCount(); ++i)
        found = found || imported.tree->name(i) == FixtureTree::nonUtf8Name("run");
    QVERIFY(found);
}

void TestNcdu::ncduReadsOurExport()
{
    // ncdu re-exports what it imported: if it understood our file, its output imports to the same totals.
    FixtureTree tree;
    buildMixedTree(tree);
    const auto scanned = scan(tree.root());
    const QString ours = m_out.filePath(u"ours.json"_s);
    const QString theirs = m_out.filePath(u"theirs.json"_s);
    QCOMPARE(Ncdu::exportTree(*scanned, 0, QFile::encodeName(ours)), QString());
    QVERIFY(run(u"ncdu"_s, { u"-f"_s, ours, u"-o"_s, theirs }));
    const Ncdu::ImportResult back = Ncdu::importTree(QFile::encodeName(theirs));
    QVERIFY2(back.tree, qPrintable(back.error));
    QCOMPARE(back.tree->node(back.tree->roots().constFirst().node).apparentBytes,
        scanned->node(scanned->roots().constFirst().node).apparentBytes);
    QCOMPARE(back.tree->nodeCount(), scanned->nodeCount());

    QByteArray gduOut; // gdu opens it too
    QVERIFY(run(u"gdu"_s, { u"-n"_s, u"-p"_s, u"-f"_s, ours }, &gduOut));
    QVERIFY(gduOut.contains("hub"));
}

void TestNcdu::deepTreeStreamsBothWays()
{
    FixtureTree tree;
    QVERIFY(tree.deepNesting("d", 5000, "n", 10));
    const auto scanned = scan(tree.root());
    const QByteArray file = QFile::encodeName(m_out.filePath(u"deep.json"_s));
    QCOMPARE(Ncdu::exportTree(*scanned, 0, file), QString());
    const Ncdu::ImportResult imported = Ncdu::importTree(file);
    QVERIFY2(imported.tree, qPrintable(imported.error));
    QCOMPARE(imported.tree->nodeCount(), scanned->nodeCount());
    QCOMPARE(imported.tree->roots().constFirst().dirs, std::uint64_t(5002));
}

void TestNcdu::malformedFilesGiveClearErrors_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("not json") << QByteArray("hello") << u"not a valid ncdu export (at byte 0)"_s;
    QTest::newRow("truncated") << QByteArray("[1,2,{},[{\"name\":\"/x\"},{\"name\":\"a\",\"asize\":") << u"at byte"_s;
    QTest::newRow("wrong major") << QByteArray("[2,0,{},[{\"name\":\"/x\"}]]") << u"unsupported format version 2"_s;
    QTest::newRow("nameless") << QByteArray("[1,2,{},[{\"asize\":1}]]") << u"without a name"_s;
    QTest::newRow("no directory") << QByteArray("[1,2,{}]") << u"no directory"_s;
    QTest::newRow("dir without info") << QByteArray("[1,2,{},[]]") << u"empty directory entry"_s;
}

void TestNcdu::malformedFilesGiveClearErrors()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, message);
    QFile file(m_out.filePath(u"bad.json"_s));
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(content);
    file.close();
    const Ncdu::ImportResult imported = Ncdu::importTree(QFile::encodeName(file.fileName()));
    QVERIFY(!imported.tree);
    QVERIFY2(imported.error.contains(message), qPrintable(imported.error));
}

QTEST_GUILESS_MAIN(TestNcdu)
#include "tst_ncdu.moc"
