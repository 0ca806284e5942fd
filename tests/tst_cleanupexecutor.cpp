#include "core/cleanup/candidatefinder.h"
#include "core/cleanup/cleanupexecutor.h"
#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/cleanupjournal.h"
#include "core/hf/hfcacheindex.h"
#include "core/rules/ruleset.h"
#include "tests/fixture/files.h"
#include "tests/fixture/fixturetree.h"
#include "tests/fixture/oracle.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

/// A plan of "path:" items inside root, prepared as the CLI and the wizard prepare theirs.
CleanupPlan planOf(const CleanupGuard &guard, const QList<QByteArray> &paths)
{
    CleanupPlan plan;
    for (const QByteArray &path : paths)
        plan.add(CleanupItem::make(path, "path", {}, {}));
    const InUseProbe probe = InUseProbe::snapshot();
    plan.prepare(guard, &probe);
    return plan;
}

bool overwrite(const QByteArray &path, const QByteArray &content)
{
    const int fd = ::open(path.constData(), O_WRONLY | O_TRUNC | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool written = ::write(fd, content.constData(), size_t(content.size())) == content.size();
    ::close(fd);
    return written;
}

bool writeRef(FixtureTree &tree, const QByteArray &relative, const QByteArray &commit)
{
    return tree.file(relative, 0) && overwrite(tree.path(relative), commit);
}

} // namespace

class TestCleanupExecutor final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deletesAFolderAndFreesWhatThePlanSaid();
    void aHardLinkOutsideThePlanFreesNothing();
    void keepsWhatIsNewOrChangedSinceThePlan();
    void neverFollowsASymlinkOutOfTheRoot();
    void neverEntersAFileSystemMountedInside();
    void refusesAnItemReachedThroughASymlink();
    void skipsAFileHeldOpenByAProcess();
    void removesNonUtf8NamesByteExact();
    void removesATreeDeeperThanPathMax();
    void hfRevisionRemovalKeepsSurvivorsWhole();
    void trashAndUndoRoundTrip();
    void archivesVerifiesThenDeletes();
    void anArchiveFailingVerificationDeletesNothing();
    void noRoomForTheArchiveDeletesNothing();

private:
    QTemporaryDir m_data;
};

void TestCleanupExecutor::initTestCase()
{
    QVERIFY(m_data.isValid());
    // The Trash and the journal go to a temp dir, never to the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path()));
}

void TestCleanupExecutor::deletesAFolderAndFreesWhatThePlanSaid()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/pkgs/a.whl", 10'000));
    QVERIFY(tree.file("cache/pkgs/sub/b.whl", 70'000));
    QVERIFY(tree.hardLink("cache/pkgs/sub/b-link.whl", "cache/pkgs/sub/b.whl")); // both names go: freed once
    QVERIFY(tree.sparseFile("cache/pkgs/sparse.bin", 1 << 20, 4096));
    QVERIFY(tree.file("cache/keep.txt", 5));
    const QByteArray item = tree.path("cache/pkgs");
    const qint64 duDisk = Oracle::du({ item }, false);
    const qint64 duApparent = Oracle::du({ item }, true);

    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { item });
    QCOMPARE(plan.size(), 1);
    QCOMPARE(qint64(plan.items().first().diskBytes), duDisk);
    QCOMPARE(qint64(plan.items().first().apparentBytes), duApparent);
    QCOMPARE(qint64(plan.freed().disk), duDisk);

    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    const CleanupResult result = executor.run();
    QVERIFY2(result.allDone(), qPrintable(result.outcomes.value(0).reason + result.error));
    QVERIFY(!exists(item));
    QVERIFY(exists(tree.path("cache/keep.txt")));
    QCOMPARE(qint64(result.outcomes.first().removedDisk), duDisk);
}

void TestCleanupExecutor::aHardLinkOutsideThePlanFreesNothing()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/pkgs/torch.so", 200'000)); // conda's package cache...
    QVERIFY(tree.hardLink("cache/envs/main/torch.so", "cache/pkgs/torch.so")); // ...linked into an env
    QVERIFY(tree.file("cache/pkgs/only-here.txt", 3000));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/pkgs") });
    // The item's size counts torch.so; what it frees does not: the environment still links it.
    struct stat torch {
    };
    QCOMPARE(::stat(tree.path("cache/pkgs/torch.so").constData(), &torch), 0);
    QCOMPARE(plan.items().first().diskBytes - plan.freed().disk, std::uint64_t(torch.st_blocks) * 512);

    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    QVERIFY(executor.run().allDone());
    QCOMPARE(sizeOf(tree.path("cache/envs/main/torch.so")), 200'000);
}

void TestCleanupExecutor::keepsWhatIsNewOrChangedSinceThePlan()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/run/a/old.bin", 100));
    QVERIFY(tree.file("cache/run/a/changes.bin", 100));
    QVERIFY(tree.file("cache/run/b/old.bin", 100));
    QVERIFY(tree.dir("cache/run/c"));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/run") });

    // After the plan: one file rewritten with another size, one file added.
    QVERIFY(overwrite(tree.path("cache/run/a/changes.bin"), QByteArray(4321, 'x')));
    QVERIFY(tree.file("cache/run/c/new.bin", 10));

    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    const CleanupResult result = executor.run();
    QCOMPARE(result.outcomes.size(), 1);
    QCOMPARE(result.outcomes.first().status, ItemOutcome::Status::Partial);
    QCOMPARE(result.outcomes.first().keptEntries, 2u);
    // The first entry kept is named, with how many more were.
    QVERIFY2(result.outcomes.first().reason.contains(u"since the scan (and 1 more kept)"_s),
        qPrintable(result.outcomes.first().reason));
    // What changed or appeared is kept with its folders; the rest is gone.
    QCOMPARE(sizeOf(tree.path("cache/run/a/changes.bin")), 4321);
    QVERIFY(exists(tree.path("cache/run/c/new.bin")));
    QVERIFY(!exists(tree.path("cache/run/a/old.bin")));
    QVERIFY(!exists(tree.path("cache/run/b")));
}

void TestCleanupExecutor::neverFollowsASymlinkOutOfTheRoot()
{
    FixtureTree tree;
    QVERIFY(tree.file("outside/precious/data.bin", 5000));
    QVERIFY(tree.file("cache/tmp/x.tmp", 10));
    QVERIFY(tree.symlink("cache/tmp/escape", tree.path("outside/precious")));
    QVERIFY(tree.symlink("cache/tmp/file-link", tree.path("outside/precious/data.bin")));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/tmp") });
    QCOMPARE(plan.items().first().files, 3u); // the two links count as themselves

    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    QVERIFY(executor.run().allDone());
    QVERIFY(!exists(tree.path("cache/tmp")));
    QCOMPARE(sizeOf(tree.path("outside/precious/data.bin")), 5000);
}

void TestCleanupExecutor::neverEntersAFileSystemMountedInside()
{
    // Mounting needs root; CI runs as root, so this is proven there on every run.
    if (::geteuid() != 0)
        QSKIP("mounting a tmpfs needs root");
    FixtureTree tree;
    QVERIFY(tree.file("cache/pkgs/a.whl", 100));
    QVERIFY(tree.dir("cache/pkgs/mnt"));
    const QByteArray mountPoint = tree.path("cache/pkgs/mnt");
    QProcess mount;
    mount.start(u"mount"_s, { u"-t"_s, u"tmpfs"_s, u"-o"_s, u"size=1m"_s, u"none"_s, QFile::decodeName(mountPoint) });
    QVERIFY(mount.waitForFinished(10000));
    if (mount.exitCode() != 0)
        QSKIP("this sandbox does not allow mounting");
    const auto unmount = qScopeGuard([&] { QProcess::execute(u"umount"_s, { QFile::decodeName(mountPoint) }); });
    QVERIFY(writeFile(mountPoint + "/other-fs.bin", QByteArray(1000, 'x')));

    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/pkgs") });
    QCOMPARE(plan.items().first().files, 1u); // a.whl; nothing below the mount point
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    const CleanupResult result = executor.run();
    QCOMPARE(result.outcomes.first().status, ItemOutcome::Status::Partial);
    QVERIFY2(
        result.outcomes.first().reason.contains(u"another file system"_s), qPrintable(result.outcomes.first().reason));
    QVERIFY(!exists(tree.path("cache/pkgs/a.whl")));
    QCOMPARE(sizeOf(mountPoint + "/other-fs.bin"), 1000);

    // The mount point itself is never an item.
    const CleanupPlan direct = planOf(guard, { mountPoint });
    QVERIFY(direct.items().first().refusal.contains(u"mount point"_s));
}

void TestCleanupExecutor::refusesAnItemReachedThroughASymlink()
{
    FixtureTree tree;
    QVERIFY(tree.file("outside/data.bin", 5000));
    QVERIFY(tree.dir("cache"));
    QVERIFY(tree.symlink("cache/link", tree.path("outside")));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    CleanupPlan plan = planOf(guard, { tree.path("cache/link/data.bin"), tree.path("/etc/passwd") });
    QCOMPARE(plan.size(), 2);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        QVERIFY(!plan.items().at(i).refusal.isEmpty());
        plan.setSelected(i, true); // a refused item cannot be selected again
        QVERIFY(!plan.items().at(i).selected);
    }
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    QVERIFY(executor.run().outcomes.isEmpty());
    QCOMPARE(sizeOf(tree.path("outside/data.bin")), 5000);
}

void TestCleanupExecutor::skipsAFileHeldOpenByAProcess()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/models/weights.bin", 8000));
    QVERIFY(tree.file("cache/models/other.bin", 8000));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/models") });
    QVERIFY(plan.items().first().selected);

    // Opened after the plan was made: only the check right before acting can see it.
    QProcess holder;
    QVERIFY(startHoldingOpen(holder, tree.path("cache/models/weights.bin")));
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    const CleanupResult result = executor.run();
    const qint64 holderPid = holder.processId();
    holder.kill();
    holder.waitForFinished();
    QCOMPARE(result.outcomes.first().status, ItemOutcome::Status::Partial);
    // Named by pid: the child may still be "sh" or already "sleep" (it execs after saying ready).
    QVERIFY2(result.outcomes.first().reason.contains(u"in use by "_s)
            && result.outcomes.first().reason.contains(u"(%1)"_s.arg(holderPid)),
        qPrintable(result.outcomes.first().reason));
    QVERIFY(exists(tree.path("cache/models/weights.bin")));
    QVERIFY(!exists(tree.path("cache/models/other.bin")));

    // A plan made while the file is open flags and deselects the item.
    QProcess again;
    QVERIFY(startHoldingOpen(again, tree.path("cache/models/weights.bin")));
    const CleanupPlan flagged = planOf(guard, { tree.path("cache/models") });
    const qint64 againPid = again.processId();
    again.kill();
    again.waitForFinished();
    QVERIFY(!flagged.items().first().selected);
    QCOMPARE(flagged.items().first().inUse.size(), 1);
    QCOMPARE(flagged.items().first().inUse.first().pid, againPid);
    QVERIFY(!flagged.items().first().inUse.first().name.isEmpty());
}

void TestCleanupExecutor::removesNonUtf8NamesByteExact()
{
    FixtureTree tree;
    const QByteArray folder = FixtureTree::nonUtf8Name("dir");
    const QByteArray file = FixtureTree::nonUtf8Name("file");
    QVERIFY(tree.file("cache/" + folder + "/" + file, 123));
    QVERIFY(tree.file("cache/" + FixtureTree::nonUtf8Name("sibling"), 1));
    const QByteArray item = tree.path("cache/" + folder);
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { item });
    QCOMPARE(plan.items().first().path, item);

    QTemporaryDir journalDir;
    CleanupJournal journal(journalDir.filePath(u"journal.jsonl"_s));
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    executor.setJournal(&journal);
    QVERIFY(executor.run().allDone());
    QVERIFY(!exists(item));
    QVERIFY(exists(tree.path("cache/" + FixtureTree::nonUtf8Name("sibling"))));
    const QList<JournalRecord> records = journal.read();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().path, item); // byte-exact through path_b64
    QCOMPARE(records.first().action, QByteArray("deleted"));
}

void TestCleanupExecutor::removesATreeDeeperThanPathMax()
{
    FixtureTree tree;
    QVERIFY2(tree.deepNesting("cache/deep", 400, QByteArray(30, 'n'), 777), qPrintable(tree.lastError()));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/deep") });
    QCOMPARE(plan.items().first().files, 1u);
    QCOMPARE(plan.items().first().apparentBytes, std::uint64_t(Oracle::du({ tree.path("cache/deep") }, true)));
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    const CleanupResult result = executor.run();
    QVERIFY2(result.allDone(), qPrintable(result.outcomes.value(0).reason));
    QVERIFY(!exists(tree.path("cache/deep")));
}

void TestCleanupExecutor::hfRevisionRemovalKeepsSurvivorsWhole()
{
    FixtureTree t;
    const QByteArray bert = "hub/models--org--bert/";
    QVERIFY(t.file(bert + "blobs/shared", 100'000));
    QVERIFY(t.file(bert + "blobs/old-config", 30'000));
    QVERIFY(t.file(bert + "blobs/new-config", 20'000));
    QVERIFY(t.symlink(bert + "snapshots/c1/model.bin", "../../blobs/shared"));
    QVERIFY(t.symlink(bert + "snapshots/c1/config.json", "../../blobs/old-config"));
    QVERIFY(t.symlink(bert + "snapshots/c2/model.bin", "../../blobs/shared"));
    QVERIFY(t.symlink(bert + "snapshots/c2/config.json", "../../blobs/new-config"));
    QVERIFY(writeRef(t, bert + "refs/main", "c2"));
    const QByteArray hub = t.path("hub");

    FinderOptions options;
    options.paths = { t.root() };
    QStringList warnings;
    CandidateFinder finder(RuleSet::loadDefault(&warnings), {}, options);
    CleanupPlan plan;
    QString error;
    QVERIFY(finder.find(*Selector::parse("hf-detached", &error), plan, &error));
    const CleanupGuard guard(finder.roots(), "/nonexistent-home");
    const InUseProbe probe = InUseProbe::snapshot();
    plan.prepare(guard, &probe);
    QCOMPARE(plan.size(), 2); // the detached snapshot, then the blob only it links
    QCOMPARE(plan.items().at(0).phase, CleanupPhase::Snapshot);
    QCOMPARE(plan.items().at(1).path, t.path(bert + "blobs/old-config"));

    const qint64 before = Oracle::du({ hub }, true);
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Delete);
    QVERIFY(executor.run().allDone());
    const qint64 after = Oracle::du({ hub }, true);
    QCOMPARE(before - after, qint64(plan.freed().apparent));

    // The surviving revision still resolves, and the hub cache reads back without damage.
    QDirIterator links(
        QFile::decodeName(t.path(bert + "snapshots")), QDir::Files | QDir::System, QDirIterator::Subdirectories);
    int resolved = 0;
    while (links.hasNext()) {
        QVERIFY2(QFileInfo(links.next()).exists(), qPrintable(links.filePath()));
        ++resolved;
    }
    QCOMPARE(resolved, 2);
    const HfCacheIndex index = HfCacheIndex::read(hub);
    QVERIFY2(index.warnings().isEmpty(), qPrintable(index.warnings().join(u'\n')));
    QCOMPARE(index.repos().first().revisions.size(), 1);
    QCOMPARE(index.repos().first().revisions.first().commit, QByteArray("c2"));
}

void TestCleanupExecutor::trashAndUndoRoundTrip()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/wheels/a.whl", 4096));
    QVERIFY(tree.file("cache/wheels/b/c.whl", 100));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/wheels") });
    CleanupJournal journal;
    QVERIFY(journal.path().startsWith(m_data.path()));
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Trash);
    executor.setJournal(&journal);
    const CleanupResult result = executor.run();
    QVERIFY2(result.allDone(), qPrintable(result.outcomes.value(0).reason));
    QVERIFY(!exists(tree.path("cache/wheels")));
    const std::optional<TrashEntry> trashed = result.outcomes.first().trashed;
    QVERIFY(trashed);
    QVERIFY(trashed->filesPath.startsWith(QByteArray(QFile::encodeName(m_data.path()) + "/Trash/files/")));
    QCOMPARE(sizeOf(trashed->filesPath + "/a.whl"), 4096);

    QByteArray run;
    const QList<TrashEntry> undo = journal.lastTrashedRun(&run);
    QCOMPARE(run, result.run);
    QCOMPARE(undo.size(), 1);
    QString error;
    QVERIFY2(Trash::restore(undo.first(), &error), qPrintable(error));
    QCOMPARE(sizeOf(tree.path("cache/wheels/a.whl")), 4096);
    QCOMPARE(sizeOf(tree.path("cache/wheels/b/c.whl")), 100);
}

void TestCleanupExecutor::archivesVerifiesThenDeletes()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/ckpt/checkpoint-100/model.safetensors", 300'000));
    QVERIFY(tree.file("cache/ckpt/checkpoint-100/" + FixtureTree::nonUtf8Name("notes"), 10));
    QVERIFY(tree.symlink("cache/ckpt/latest", "checkpoint-100"));
    QVERIFY(tree.dir("archives"));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/ckpt") });
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Archive);
    executor.setArchiveDirectory(tree.path("archives"));
    const CleanupResult result = executor.run();
    QVERIFY2(result.allDone(), qPrintable(result.error + result.outcomes.value(0).reason));
    QVERIFY(!exists(tree.path("cache/ckpt")));
    QVERIFY(result.archivePath.startsWith(tree.path("archives/")));

    // An independent reader (GNU tar) sees every entry.
    QProcess tar;
    tar.start(u"tar"_s, { u"--zstd"_s, u"-tvf"_s, QFile::decodeName(result.archivePath) });
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
    const QByteArray listing = tar.readAllStandardOutput();
    QVERIFY(listing.contains("checkpoint-100/model.safetensors"));
    QVERIFY(listing.contains("300000"));
    QVERIFY(listing.contains("latest -> checkpoint-100"));
}

void TestCleanupExecutor::anArchiveFailingVerificationDeletesNothing()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/ckpt/a.bin", 200'000));
    QVERIFY(tree.dir("archives"));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/ckpt") });
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Archive);
    executor.setArchiveDirectory(tree.path("archives"));
    executor.setArchiveWrittenHook([](const QByteArray &path) { ::truncate(path.constData(), sizeOf(path) / 2); });
    const CleanupResult result = executor.run();
    QVERIFY(!result.error.isEmpty());
    QVERIFY2(result.error.contains(u"nothing was deleted"_s), qPrintable(result.error));
    QVERIFY(result.outcomes.isEmpty());
    QCOMPARE(sizeOf(tree.path("cache/ckpt/a.bin")), 200'000);
}

void TestCleanupExecutor::noRoomForTheArchiveDeletesNothing()
{
    FixtureTree tree;
    // Far larger than any test disk, but sparse: it costs nothing to make.
    const qint64 huge = qint64(1) << 44; // 16 TiB
    if (!tree.sparseFile("cache/huge.img", huge - 4096, 4096))
        QSKIP("this file system cannot hold a 16 TiB sparse file");
    QVERIFY(tree.dir("archives"));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    const CleanupPlan plan = planOf(guard, { tree.path("cache/huge.img") });
    CleanupExecutor executor(plan, guard);
    executor.setMethod(CleanupMethod::Archive);
    executor.setArchiveDirectory(tree.path("archives"));
    const CleanupResult result = executor.run();
    QVERIFY2(result.error.contains(u"not enough room"_s), qPrintable(result.error));
    QVERIFY(exists(tree.path("cache/huge.img")));
    QVERIFY(QDir(QFile::decodeName(tree.path("archives"))).isEmpty());
}

QTEST_GUILESS_MAIN(TestCleanupExecutor)
#include "tst_cleanupexecutor.moc"
