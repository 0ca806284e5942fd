#include "core/scan/fsops.h"
#include "core/scan/scanner.h"
#include "tests/fixture/fixturetree.h"
#include "tests/fixture/oracle.h"
#include "tests/fixture/treelookup.h"

#include <QTest>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <mutex>
#include <set>
#include <unistd.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

std::shared_ptr<FileTree> scan(const QList<QByteArray> &roots, const std::shared_ptr<FsOps> &fs = {},
    const QList<QByteArray> &excludes = {}, int threads = 0)
{
    ScanRequest request;
    request.roots = roots;
    request.excludes = excludes;
    request.threads = threads;
    ScanToken token;
    return Scanner(request, fs).run(token);
}

/// Counts descriptors the scanner holds open and can refuse or delay chosen entries.
class ProbeFs final : public FsOps
{
public:
    int openDirectory(int dirFd, const char *name, bool follow) override
    {
        if (m_denyDirectory == name)
            return -EACCES;
        const int fd = FsOps::openDirectory(dirFd, name, follow);
        if (fd >= 0) {
            const int now = ++m_open;
            int seen = m_maxOpen.load();
            while (now > seen && !m_maxOpen.compare_exchange_weak(seen, now)) { }
        }
        return fd;
    }
    int statAt(int dirFd, const char *name, struct stat &st) override
    {
        if (m_vanish == name)
            ::unlinkat(dirFd, name, 0); // the file disappears between listing and stat
        if (m_token && ++m_stats == m_cancelAfter)
            m_token->cancel();
        return FsOps::statAt(dirFd, name, st);
    }
    void close(int fd) override
    {
        --m_open;
        FsOps::close(fd);
    }

    std::string m_denyDirectory;
    std::string m_vanish;
    ScanToken *m_token = nullptr;
    int m_cancelAfter = 0;
    std::atomic<int> m_stats { 0 };
    std::atomic<int> m_open { 0 };
    std::atomic<int> m_maxOpen { 0 };
};

} // namespace

class TestScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void sizesEqualDu_data();
    void sizesEqualDu();
    void countsFilesAndFolders();
    void hardLinksCountOnce();
    void symlinksAreNotFollowed();
    void nonUtf8NamesStayByteExact();
    void deepTreeNeedsFewDescriptors();
    void unreadableFolderAsUnprivilegedUser();
    void injectedPermissionErrorIsRecorded();
    void fileVanishingDuringScanIsRecorded();
    void excludesMatchDu();
    void overlappingRootsCountOnce();
    void badRootsAreReportedAndOthersScanned();
    void symlinkRootIsResolvedOnce();
    void cancelGivesPartialTree();
    void singleThreadEqualsParallel();
};

void TestScanner::sizesEqualDu_data()
{
    QTest::addColumn<int>("kind");
    QTest::newRow("plain files") << 0;
    QTest::newRow("hard links") << 1;
    QTest::newRow("hf-style symlinks into blobs") << 2;
    QTest::newRow("sparse files") << 3;
    QTest::newRow("non-utf8 names") << 4;
    QTest::newRow("deep nesting past PATH_MAX") << 5;
    QTest::newRow("empty folder") << 6;
}

void TestScanner::sizesEqualDu()
{
    QFETCH(int, kind);
    FixtureTree tree;
    QVERIFY(tree.isValid());
    switch (kind) {
    case 0:
        for (int i = 0; i < 40; ++i)
            QVERIFY(tree.file("d" + QByteArray::number(i % 7) + "/f" + QByteArray::number(i), 1000 * i + 3));
        break;
    case 1:
        QVERIFY(tree.file("pkgs/torch/lib.so", 300000));
        QVERIFY(tree.hardLink("envs/a/lib.so", "pkgs/torch/lib.so"));
        QVERIFY(tree.hardLink("envs/b/lib.so", "pkgs/torch/lib.so"));
        QVERIFY(tree.file("envs/b/own.py", 5000));
        break;
    case 2: {
        const QByteArray repo = "hub/models--org--bert";
        QVERIFY(tree.file(repo + "/blobs/aaa111", 400000));
        QVERIFY(tree.file(repo + "/blobs/bbb222", 12000));
        QVERIFY(tree.file(repo + "/refs/main", 40));
        QVERIFY(tree.symlink(repo + "/snapshots/c1/model.safetensors", "../../blobs/aaa111"));
        QVERIFY(tree.symlink(repo + "/snapshots/c1/config.json", "../../blobs/bbb222"));
        QVERIFY(tree.symlink(repo + "/snapshots/c2/model.safetensors", "../../blobs/aaa111"));
        QVERIFY(tree.symlink("hub/dangling", "/no/such/blob"));
        break;
    }
    case 3:
        QVERIFY(tree.sparseFile("images/disk.img", 256 * 1024 * 1024, 8192));
        QVERIFY(tree.file("images/real.bin", 70000));
        break;
    case 4:
        QVERIFY(tree.file(FixtureTree::nonUtf8Name("dir") + "/" + FixtureTree::nonUtf8Name("f"), 4321));
        break;
    case 5:
        QVERIFY2(tree.deepNesting("deep", 400, QByteArray(30, 'n'), 5555), qPrintable(tree.lastError()));
        break;
    case 6:
        QVERIFY(tree.dir("nothing"));
        break;
    }

    // Linux's getdents64 walk and the portable readdir one other systems use must both agree with du.
    std::size_t nodes = 0;
    for (const auto &fs : { FsOps::system(), FsOps::portable() }) {
        const auto result = scan({ tree.root() }, fs);
        QCOMPARE(result->roots().size(), 1);
        const ScanRoot &root = result->roots().constFirst();
        QVERIFY2(root.error.isEmpty(), qPrintable(root.error));
        QVERIFY(result->errors().isEmpty());
        const FileNode &node = result->node(root.node);
        QCOMPARE(qint64(node.apparentBytes), Oracle::du({ tree.root() }, true));
        QCOMPARE(qint64(node.diskBytes), Oracle::du({ tree.root() }, false));
        QCOMPARE(qint64(result->folderCount(root.node)) + 1, Oracle::entries(tree.root(), true));
        QCOMPARE(qint64(result->fileCount(root.node)), Oracle::entries(tree.root(), false));
        QCOMPARE(root.dirs, std::uint64_t(result->folderCount(root.node)) + 1);
        QVERIFY(nodes == 0 || result->nodeCount() == nodes);
        nodes = result->nodeCount();
    }
}

void TestScanner::countsFilesAndFolders()
{
    FixtureTree tree;
    QVERIFY(tree.file("a/1", 1));
    QVERIFY(tree.file("a/b/2", 2));
    QVERIFY(tree.symlink("a/b/link", "2"));
    QVERIFY(tree.dir("c"));
    const auto result = scan({ tree.root() });
    const ScanRoot &root = result->roots().constFirst();
    QCOMPARE(root.files, 3u); // two files and a symlink
    QCOMPARE(root.dirs, 4u); // the root, a, a/b, c
    QCOMPARE(result->fileCount(root.node), 3u);
    QCOMPARE(result->fileCount(findNode(*result, "a/b")), 2u);
    QCOMPARE(result->folderCount(root.node), 3u); // a, a/b, c
    QCOMPARE(result->folderCount(findNode(*result, "a")), 1u);
    QCOMPARE(result->folderCount(findNode(*result, "a/b")), 0u);
    QCOMPARE(result->folderCount(findNode(*result, "a/1")), 0u);
    QCOMPARE(result->nodeCount(), std::size_t(7));
    QCOMPARE(result->path(findNode(*result, "a/b/2")), tree.path("a/b/2"));
}

void TestScanner::hardLinksCountOnce()
{
    FixtureTree tree;
    QVERIFY(tree.file("one", 1 << 20));
    QVERIFY(tree.hardLink("two", "one"));
    const auto result = scan({ tree.root() });
    const FileNode &one = result->node(findNode(*result, "one"));
    const FileNode &two = result->node(findNode(*result, "two"));
    // The name whose path sorts first carries the bytes, however the walkers met them.
    QVERIFY(!one.hasFlag(FlagHardLinkDuplicate));
    QVERIFY(two.hasFlag(FlagHardLinkDuplicate));
    QCOMPARE(one.apparentBytes, std::uint64_t(1 << 20));
    QCOMPARE(two.apparentBytes, 0u);
    QCOMPARE(result->hardLinks().size(), std::size_t(2));
}

void TestScanner::symlinksAreNotFollowed()
{
    FixtureTree outside;
    QVERIFY(outside.file("huge.bin", 3 << 20));
    FixtureTree tree;
    QVERIFY(tree.symlink("to-outside", outside.root()));
    QVERIFY(tree.symlink("to-file", outside.path("huge.bin")));
    const auto result = scan({ tree.root() });
    const NodeIndex link = findNode(*result, "to-outside");
    QVERIFY(link != NoNode);
    QCOMPARE(result->node(link).type(), NodeType::Symlink);
    QCOMPARE(result->firstChild(link), NoNode);
    QVERIFY(result->node(result->roots().constFirst().node).apparentBytes < 1 << 20);
}

void TestScanner::nonUtf8NamesStayByteExact()
{
    FixtureTree tree;
    const QByteArray name = FixtureTree::nonUtf8Name("weights.bin");
    QVERIFY(tree.file("m/" + name, 10));
    const auto result = scan({ tree.root() });
    const NodeIndex node = findNode(*result, "m/" + name);
    QVERIFY(node != NoNode);
    QCOMPARE(result->name(node).toByteArray(), name);
    QCOMPARE(result->path(node), tree.path("m/" + name));
}

void TestScanner::deepTreeNeedsFewDescriptors()
{
    FixtureTree tree;
    const int depth = 5000; // 5 000 levels of 12-byte names: 65 000 bytes of path
    QVERIFY2(tree.deepNesting("deep", depth, "level-xxxxxx", 4096), qPrintable(tree.lastError()));
    auto fs = std::make_shared<ProbeFs>();
    const auto result = scan({ tree.root() }, fs);
    QVERIFY(result->errors().isEmpty());
    QCOMPARE(result->roots().constFirst().dirs, std::uint64_t(depth + 2));
    QCOMPARE(result->roots().constFirst().files, 1u);
    // One descriptor per walker plus the one being opened: not one per level.
    QVERIFY2(fs->m_maxOpen.load() <= 8, qPrintable(QString::number(fs->m_maxOpen.load())));
    QCOMPARE(fs->m_open.load(), 0); // every descriptor closed again
    QCOMPARE(qint64(result->node(result->roots().constFirst().node).diskBytes), Oracle::du({ tree.root() }, false));
}

void TestScanner::unreadableFolderAsUnprivilegedUser()
{
    // CI runs as root, which reads mode-000 folders: run the real binary as "nobody" instead
    // and compare with du run as the same user.
    FixtureTree tree;
    QVERIFY(tree.file("open/visible.bin", 20000));
    QVERIFY(tree.file("locked/hidden.bin", 900000));
    QVERIFY(tree.unreadableDir("locked"));
    FixtureTree bin;
    const QString program
        = Unprivileged::stageExecutable(QStringLiteral(CACHELENS_BINARY), QFile::decodeName(bin.root()));
    QVERIFY(!program.isEmpty());

    QProcess process;
    Unprivileged::setCommand(process, program, { u"scan"_s, u"--json"_s, QFile::decodeName(tree.root()) });
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"HOME"_s, QFile::decodeName(bin.root()));
    env.insert(u"XDG_DATA_HOME"_s, QFile::decodeName(bin.root()) + u"/data"_s);
    process.setProcessEnvironment(env);
    process.start();
    QVERIFY(process.waitForFinished(60000));
    const QByteArray out = process.readAllStandardOutput();
    QCOMPARE(process.exitCode(), 1); // done in part
    QVERIFY2(out.contains(QByteArray("\"path\": \"" + tree.path("locked") + "\"")), out.constData());
    QVERIFY(out.contains("Permission denied"));
    const qint64 duDisk = Oracle::du({ tree.root() }, false, {}, true);
    QVERIFY(duDisk > 0);
    QVERIFY2(out.contains(QByteArray("\"disk_bytes\": " + QByteArray::number(duDisk) + ",")), out.constData());
}

void TestScanner::injectedPermissionErrorIsRecorded()
{
    FixtureTree tree;
    QVERIFY(tree.file("secret/a.bin", 5000));
    QVERIFY(tree.file("fine/b.bin", 7000));
    auto fs = std::make_shared<ProbeFs>();
    fs->m_denyDirectory = "secret";
    const auto result = scan({ tree.root() }, fs);
    QCOMPARE(result->errors().size(), 1);
    const ScanError &error = result->errors().constFirst();
    QCOMPARE(result->errorPath(error), tree.path("secret"));
    QCOMPARE(error.errorNumber, EACCES);
    QVERIFY(result->node(error.node).hasFlag(FlagError));
    QCOMPARE(result->roots().constFirst().errors, 1u);
    QVERIFY(findNode(*result, "fine/b.bin") != NoNode); // the scan went on
    QVERIFY(!result->isPartial());
}

void TestScanner::fileVanishingDuringScanIsRecorded()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/gone.tmp", 100));
    QVERIFY(tree.file("cache/stays.bin", 100));
    auto fs = std::make_shared<ProbeFs>();
    fs->m_vanish = "gone.tmp";
    const auto result = scan({ tree.root() }, fs);
    QCOMPARE(result->errors().size(), 1);
    QCOMPARE(result->errors().constFirst().errorNumber, ENOENT);
    QCOMPARE(result->errorPath(result->errors().constFirst()), tree.path("cache/gone.tmp"));
    QVERIFY(findNode(*result, "cache/stays.bin") != NoNode);
    // What is left on disk is exactly what was counted.
    QCOMPARE(qint64(result->node(result->roots().constFirst().node).apparentBytes), Oracle::du({ tree.root() }, true));
}

void TestScanner::excludesMatchDu()
{
    FixtureTree tree;
    QVERIFY(tree.file("run/a.tmp", 50000));
    QVERIFY(tree.file("run/keep.bin", 3000));
    QVERIFY(tree.file("node_modules/x/y.js", 80000));
    const auto result = scan({ tree.root() }, {}, { "*.tmp", "node_modules" });
    const FileNode &root = result->node(result->roots().constFirst().node);
    QCOMPARE(qint64(root.apparentBytes),
        Oracle::du({ tree.root() }, true, { u"--exclude=*.tmp"_s, u"--exclude=node_modules"_s }));
    QVERIFY(result->node(findNode(*result, "run/a.tmp")).hasFlag(FlagExcluded));
    QCOMPARE(findNode(*result, "node_modules/x"), NoNode); // not entered
    QCOMPARE(result->roots().constFirst().files, 1u);
}

void TestScanner::overlappingRootsCountOnce()
{
    FixtureTree tree;
    QVERIFY(tree.file("outer/inner/a.bin", 100000));
    QVERIFY(tree.file("outer/b.bin", 2000));
    const QList<QByteArray> roots { tree.path("outer"), tree.path("outer/inner") };
    const auto result = scan(roots);
    QCOMPARE(result->roots().size(), 2);
    QVERIFY(result->roots().at(1).alreadyCounted);
    std::uint64_t sum = 0;
    for (const ScanRoot &root : result->roots())
        sum += result->node(root.node).apparentBytes;
    QCOMPARE(qint64(sum), Oracle::du(roots, true));
}

void TestScanner::badRootsAreReportedAndOthersScanned()
{
    FixtureTree tree;
    QVERIFY(tree.file("file.bin", 10));
    QVERIFY(tree.file("good/x", 10));
    const auto result = scan({ tree.path("missing"), tree.path("file.bin"), tree.path("good") });
    QCOMPARE(result->roots().size(), 3);
    QCOMPARE(result->roots().at(0).node, NoNode);
    QCOMPARE(result->roots().at(0).error, u"no such file or folder"_s);
    QCOMPARE(result->roots().at(1).error, u"not a folder"_s);
    QVERIFY(result->roots().at(2).error.isEmpty());
    QCOMPARE(result->roots().at(2).files, 1u);
    QCOMPARE(result->errors().size(), 2);
}

void TestScanner::symlinkRootIsResolvedOnce()
{
    FixtureTree tree;
    QVERIFY(tree.file("data/hf/blobs/abc", 60000));
    QVERIFY(tree.symlink("data/hf/escape", tree.root())); // below the root nothing is followed
    QVERIFY(tree.symlink("home-cache", tree.path("data/hf")));
    const auto result = scan({ tree.path("home-cache") });
    const ScanRoot &root = result->roots().constFirst();
    QVERIFY2(root.error.isEmpty(), qPrintable(root.error));
    QCOMPARE(qint64(result->node(root.node).apparentBytes), Oracle::du({ tree.path("data/hf") }, true));
    QCOMPARE(result->node(findNode(*result, "escape")).type(), NodeType::Symlink);
}

void TestScanner::cancelGivesPartialTree()
{
    FixtureTree tree;
    for (int i = 0; i < 2000; ++i)
        QVERIFY(tree.file("d" + QByteArray::number(i % 50) + "/f" + QByteArray::number(i), 0));
    auto fs = std::make_shared<ProbeFs>();
    ScanToken token;
    fs->m_token = &token;
    fs->m_cancelAfter = 300;
    ScanRequest request;
    request.roots = { tree.root() };
    const auto result = Scanner(request, fs).run(token);
    QVERIFY(result->isPartial());
    QVERIFY(result->nodeCount() > 1);
    QVERIFY2(result->nodeCount() < 2051, "a cancelled scan must stop early");
    QCOMPARE(fs->m_open.load(), 0); // queued folders released their descriptors
}

void TestScanner::singleThreadEqualsParallel()
{
    FixtureTree tree;
    for (int i = 0; i < 300; ++i)
        QVERIFY(tree.file(
            "a" + QByteArray::number(i % 13) + "/b" + QByteArray::number(i % 5) + "/f" + QByteArray::number(i),
            i * 37));
    const auto one = scan({ tree.root() }, {}, {}, 1);
    const auto four = scan({ tree.root() }, {}, {}, 4);
    QCOMPARE(one->nodeCount(), four->nodeCount());
    QCOMPARE(
        one->node(one->roots().constFirst().node).diskBytes, four->node(four->roots().constFirst().node).diskBytes);
    QCOMPARE(one->roots().constFirst().files, four->roots().constFirst().files);
}

QTEST_GUILESS_MAIN(TestScanner)
#include "tst_scanner.moc"
