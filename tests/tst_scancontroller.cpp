#include "core/scan/fsops.h"
#include "core/scan/ncduformat.h"
#include "core/scan/scancontroller.h"
#include "tests/fixture/fixturetree.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

/// Real system calls, slowed down so that a scan is still running when the test acts.
class SlowFs final : public FsOps
{
public:
    int statAt(int dirFd, const char *name, struct stat &st) override
    {
        ++calls;
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
        return FsOps::statAt(dirFd, name, st);
    }
    std::atomic<int> calls { 0 };
};

ScanRequest requestFor(const QByteArray &root)
{
    ScanRequest request;
    request.roots = { root };
    return request;
}

std::shared_ptr<const FileTree> treeOf(const QSignalSpy &spy, int index = 0)
{
    return spy.at(index).at(0).value<std::shared_ptr<const FileTree>>();
}

} // namespace

class TestScanController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deliversTree();
    void reportsProgressWhileScanning();
    void cancelDeliversPartialTree();
    void newScanSupersedesOld();
    void failsWhenNoRootCanBeScanned();
    void destroyingWhileScanningIsSafe();
    void cancellingAnImportStopsIt();

private:
    std::unique_ptr<FixtureTree> m_big; // slow to scan with SlowFs: about 600 entries
};

void TestScanController::initTestCase()
{
    m_big = std::make_unique<FixtureTree>();
    for (int i = 0; i < 600; ++i)
        QVERIFY(m_big->file("d" + QByteArray::number(i % 20) + "/f" + QByteArray::number(i), 10));
}

void TestScanController::deliversTree()
{
    FixtureTree tree;
    QVERIFY(tree.file("a.bin", 4096));
    QVERIFY(tree.file("sub/b.bin", 1024));

    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(requestFor(tree.root()));
    QVERIFY(controller.isRunning());
    QVERIFY(finished.wait(10000));
    QVERIFY(!controller.isRunning());
    const auto result = treeOf(finished);
    QCOMPARE(result->roots().constFirst().files, 2u);
    QCOMPARE(result->node(result->roots().constFirst().node).apparentBytes, 4096u + 1024u + 4096u * 2);
    QVERIFY(!result->isPartial());
}

void TestScanController::reportsProgressWhileScanning()
{
    ScanController controller;
    controller.setFileSystem(std::make_shared<SlowFs>());
    QSignalSpy progress(&controller, &ScanController::progress);
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(requestFor(m_big->root()));
    QVERIFY(finished.wait(60000));
    QVERIFY2(progress.count() >= 2, "a scan of over a second must report progress");
    std::uint64_t lastFiles = 0;
    for (const QList<QVariant> &args : std::as_const(progress)) {
        const auto snapshot = args.at(0).value<ScanProgress>();
        QVERIFY(snapshot.files >= lastFiles);
        lastFiles = snapshot.files;
        QVERIFY(snapshot.currentPath.startsWith(m_big->root()));
    }
    const auto last = progress.constLast().at(0).value<ScanProgress>();
    QVERIFY(!last.topLevel.isEmpty());
    QVERIFY(last.topLevel.constFirst().path.startsWith(QByteArray(m_big->root() + "/d")));
    QVERIFY(lastFiles <= treeOf(finished)->roots().constFirst().files);
}

void TestScanController::cancelDeliversPartialTree()
{
    ScanController controller;
    controller.setFileSystem(std::make_shared<SlowFs>());
    QSignalSpy progress(&controller, &ScanController::progress);
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(requestFor(m_big->root()));
    QVERIFY(progress.wait(10000)); // it is really running
    controller.cancel();
    QVERIFY(finished.wait(10000));
    const auto result = treeOf(finished);
    QVERIFY(result->isPartial());
    QVERIFY(result->roots().constFirst().files < 600u);
}

void TestScanController::newScanSupersedesOld()
{
    FixtureTree small;
    QVERIFY(small.file("only.bin", 1));
    ScanController controller;
    controller.setFileSystem(std::make_shared<SlowFs>());
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(requestFor(m_big->root()));
    controller.start(requestFor(small.root()));
    QVERIFY(finished.wait(20000));
    QTest::qWait(300); // give a wrongly delivered first result the chance to show up
    QCOMPARE(finished.count(), 1);
    QCOMPARE(treeOf(finished)->roots().constFirst().path, small.root());
}

void TestScanController::failsWhenNoRootCanBeScanned()
{
    FixtureTree tree;
    ScanController controller;
    QSignalSpy failed(&controller, &ScanController::failed);
    QSignalSpy finished(&controller, &ScanController::finished);
    controller.start(requestFor(tree.path("missing")));
    QVERIFY(failed.wait(10000));
    QVERIFY(failed.constFirst().at(0).toString().contains(u"no such file or folder"_s));
    QCOMPARE(finished.count(), 0);
}

void TestScanController::destroyingWhileScanningIsSafe()
{
    auto controller = std::make_unique<ScanController>();
    auto fs = std::make_shared<SlowFs>();
    controller->setFileSystem(fs);
    QSignalSpy progress(controller.get(), &ScanController::progress);
    controller->start(requestFor(m_big->root()));
    QVERIFY(progress.wait(10000));
    controller.reset(); // must stop the walkers and join the thread (ASan checks the rest)
    const int callsAtDestruction = fs->calls.load();
    QVERIFY(callsAtDestruction > 0);
    QVERIFY(callsAtDestruction < 600); // it really was stopped mid-way
    QTest::qWait(100);
    QCOMPARE(fs->calls.load(), callsAtDestruction); // no walker outlived the controller
}

void TestScanController::cancellingAnImportStopsIt()
{
    // An export of 200 000 files: reading it takes far longer than the cancel that follows.
    FileTreeBuilder builder;
    EntryInfo folder;
    folder.type = NodeType::Directory;
    ScanRoot root;
    root.path = "/big";
    root.node = builder.addRootNode("/big", folder);
    builder.addRoot(root);
    EntryInfo file;
    file.apparentBytes = file.diskBytes = 4096;
    for (int d = 0; d < 200; ++d) {
        const NodeIndex dir = builder.addChild(root.node, QByteArray("d" + QByteArray::number(d)), folder);
        for (int f = 0; f < 1000; ++f)
            builder.addChild(dir, QByteArray("file-" + QByteArray::number(f)), file);
    }
    const auto tree = builder.finish(false);
    QTemporaryDir dir;
    const QByteArray path = QFile::encodeName(dir.filePath(u"big.json"_s));
    QCOMPARE(Ncdu::exportTree(*tree, 0, path), QString());

    ScanController controller;
    QSignalSpy finished(&controller, &ScanController::finished);
    QSignalSpy failed(&controller, &ScanController::failed);
    controller.openExport(path, {});
    controller.cancel();
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() + failed.size() > 0, 10000);
    if (!finished.isEmpty()) { // stopped after the top folder was read: what was read, flagged
        QVERIFY(treeOf(finished)->isPartial());
        QVERIFY(treeOf(finished)->nodeCount() < tree->nodeCount());
    } else { // stopped before it
        QVERIFY2(failed.constFirst().at(0).toString().contains(u"stopped"_s),
            qPrintable(failed.constFirst().at(0).toString()));
    }
}

QTEST_GUILESS_MAIN(TestScanController)
#include "tst_scancontroller.moc"
