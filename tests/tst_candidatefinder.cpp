#include "core/cleanup/candidatefinder.h"
#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/tempfolders.h"
#include "core/rules/ruleset.h"
#include "tests/fixture/fixturetree.h"

#include <QDateTime>
#include <QFile>
#include <QTest>

#include <unistd.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

constexpr qint64 Day = 86400;

std::shared_ptr<const RuleSet> rules()
{
    QStringList warnings;
    return RuleSet::loadDefault(&warnings);
}

/// Runs one selector through the finder and prepares the plan as the CLI does.
struct Found {
    CleanupPlan plan;
    QStringList warnings;
    QString error;
    bool ok = false;

    [[nodiscard]] QList<QByteArray> paths() const
    {
        QList<QByteArray> result;
        for (const CleanupItem &item : plan.items())
            result.append(item.path);
        return result;
    }
};

Found find(const QByteArray &selector, FinderOptions options, const QList<KnownCache> &caches = {})
{
    Found found;
    CandidateFinder finder(rules(), caches, options);
    const std::optional<Selector> parsed = Selector::parse(selector, &found.error);
    if (!parsed)
        return found;
    found.ok = finder.find(*parsed, found.plan, &found.error);
    found.warnings = finder.warnings();
    const CleanupGuard guard(finder.roots(), "/nonexistent-home");
    found.plan.prepare(guard, nullptr);
    if (options.olderThanDays)
        found.plan.dropChangedSince(options.now - *options.olderThanDays * Day);
    return found;
}

KnownCache cacheAt(const QByteArray &id, const QByteArray &path, Classification classification)
{
    KnownCache cache;
    cache.id = id;
    cache.tool = QString::fromLatin1(id);
    cache.path = path;
    cache.source = u"default"_s;
    cache.classification = classification;
    return cache;
}

} // namespace

class TestCandidateFinder final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesSelectors_data();
    void parsesSelectors();
    void hfDetachedProposesSnapshotsAndTheirOwnBlobs();
    void hfRepoWithACommitTakesItsRefsAndBlobs();
    void hfRepoWithoutACommitTakesTheWholeRepository();
    void hfUnusedGoesByLastAccess();
    void cacheEmptiesTheKnownCacheButKeepsItsFolder();
    void unknownCacheIsAnError();
    void tempFindsInterruptedDownloadsAndTempFiles();
    void tempInSharedTempFoldersTakesOnlyOwnFiles();
    void tempFoldersOptionIsAllThatTempSearches();
    void sharedTempFoldersComeFromTheEnvironment();
    void stoppedSearchAddsNothingAndSaysSo();
    void checkpointsKeepTheNewestAndTheBest();
    void logsByAgeOnePerRun();
    void pathIsAllowedOnlyInsideAPathOrCache();
};

void TestCandidateFinder::parsesSelectors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("hf-detached") << QByteArray("hf-detached") << true;
    QTest::newRow("cache with id") << QByteArray("cache:pip") << true;
    QTest::newRow("cache without id") << QByteArray("cache") << false;
    QTest::newRow("hf-repo") << QByteArray("hf-repo:model/org/name") << true;
    QTest::newRow("hf-repo with commit") << QByteArray("hf-repo:dataset/org/name@abcdef12") << true;
    QTest::newRow("hf-repo bad type") << QByteArray("hf-repo:weights/org/name") << false;
    QTest::newRow("temp with a value") << QByteArray("temp:x") << false;
    QTest::newRow("unknown") << QByteArray("everything") << false;
    QTest::newRow("path") << QByteArray("path:/data/x") << true;
}

void TestCandidateFinder::parsesSelectors()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, valid);
    QString error;
    const std::optional<Selector> selector = Selector::parse(text, &error);
    QCOMPARE(selector.has_value(), valid);
    QCOMPARE(error.isEmpty(), valid);
}

void TestCandidateFinder::hfDetachedProposesSnapshotsAndTheirOwnBlobs()
{
    FixtureTree t;
    const QByteArray repo = "hub/models--org--bert/";
    QVERIFY(t.file(repo + "blobs/shared", 1000));
    QVERIFY(t.file(repo + "blobs/only-c1", 200));
    QVERIFY(t.file(repo + "blobs/only-c3", 300));
    QVERIFY(t.file(repo + "blobs/c1-and-c3", 400)); // only detached revisions link it: goes too
    QVERIFY(t.symlink(repo + "snapshots/c1/a", "../../blobs/shared"));
    QVERIFY(t.symlink(repo + "snapshots/c1/b", "../../blobs/only-c1"));
    QVERIFY(t.symlink(repo + "snapshots/c1/c", "../../blobs/c1-and-c3"));
    QVERIFY(t.symlink(repo + "snapshots/c3/b", "../../blobs/only-c3"));
    QVERIFY(t.symlink(repo + "snapshots/c3/c", "../../blobs/c1-and-c3"));
    QVERIFY(t.symlink(repo + "snapshots/c2/a", "../../blobs/shared"));
    QVERIFY(t.textFile(repo + "refs/main", "c2"));

    FinderOptions options;
    options.paths = { t.root() };
    const Found found = find("hf-detached", options);
    QVERIFY2(found.ok, qPrintable(found.error));
    const QList<QByteArray> expected = { t.path(repo + "snapshots/c1"), t.path(repo + "snapshots/c3"),
        t.path(repo + "blobs/c1-and-c3"), t.path(repo + "blobs/only-c1"), t.path(repo + "blobs/only-c3") };
    QCOMPARE(found.paths(), expected); // snapshots first, then blobs; "shared" stays
    QCOMPARE(found.plan.freed().apparent,
        900u + found.plan.items().at(0).apparentBytes + found.plan.items().at(1).apparentBytes);
    for (const CleanupItem &item : found.plan.items()) {
        QCOMPARE(item.reason, QByteArray("hf-detached"));
        QCOMPARE(item.classification.tier, Tier::Review);
    }
}

void TestCandidateFinder::hfRepoWithACommitTakesItsRefsAndBlobs()
{
    FixtureTree t;
    const QByteArray repo = "hub/datasets--org--imdb/";
    QVERIFY(t.file(repo + "blobs/old", 10));
    QVERIFY(t.file(repo + "blobs/new", 20));
    QVERIFY(t.symlink(repo + "snapshots/aaaa1111/train", "../../blobs/old"));
    QVERIFY(t.symlink(repo + "snapshots/bbbb2222/train", "../../blobs/new"));
    QVERIFY(t.textFile(repo + "refs/v1", "aaaa1111"));
    QVERIFY(t.textFile(repo + "refs/main", "bbbb2222"));
    FinderOptions options;
    options.paths = { t.path("hub") };
    const Found found = find("hf-repo:dataset/org/imdb@aaaa", options);
    QVERIFY2(found.ok, qPrintable(found.error));
    QCOMPARE(found.paths(),
        QList<QByteArray>(
            { t.path(repo + "snapshots/aaaa1111"), t.path(repo + "refs/v1"), t.path(repo + "blobs/old") }));
    QCOMPARE(found.plan.items().at(1).phase, CleanupPhase::Ref);
    QCOMPARE(found.plan.items().first().classification.category, Category::Dataset);

    const Found missing = find("hf-repo:dataset/org/imdb@cccc", options);
    QVERIFY(!missing.ok);
    QVERIFY(missing.error.contains(u"no revision"_s));
}

void TestCandidateFinder::hfRepoWithoutACommitTakesTheWholeRepository()
{
    FixtureTree t;
    QVERIFY(t.file("hub/models--a--b/blobs/x", 10));
    QVERIFY(t.symlink("hub/models--a--b/snapshots/c/x", "../../blobs/x"));
    QVERIFY(t.textFile("hub/models--a--b/refs/main", "c"));
    FinderOptions options;
    options.paths = { t.path("hub") };
    QCOMPARE(find("hf-repo:model/a/b", options).paths(), QList<QByteArray>({ t.path("hub/models--a--b") }));
    const Found absent = find("hf-repo:model/a/zzz", options);
    QVERIFY(!absent.ok);
}

void TestCandidateFinder::hfUnusedGoesByLastAccess()
{
    FixtureTree t;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    for (const QByteArray name : { "old", "fresh" }) {
        const QByteArray repo = "hub/models--org--" + name + "/";
        QVERIFY(t.file(repo + "blobs/w", 10));
        QVERIFY(t.symlink(repo + "snapshots/c/w", "../../blobs/w"));
        QVERIFY(t.textFile(repo + "refs/main", "c"));
        const qint64 used = name == "old" ? now - 90 * Day : now - 2 * Day;
        QVERIFY(t.setTimes(repo + "blobs/w", used, used));
    }
    FinderOptions options;
    options.paths = { t.path("hub") };
    QVERIFY(!find("hf-unused", options).ok); // needs --older-than
    options.olderThanDays = 30;
    options.now = now;
    QCOMPARE(find("hf-unused", options).paths(), QList<QByteArray>({ t.path("hub/models--org--old") }));
}

void TestCandidateFinder::cacheEmptiesTheKnownCacheButKeepsItsFolder()
{
    FixtureTree t;
    QVERIFY(t.file("pip/http-v2/a/b", 100));
    QVERIFY(t.file("pip/wheels/x.whl", 100));
    QVERIFY(t.file("pip/selfcheck.json", 1));
    const QList<KnownCache> caches = { cacheAt("pip", t.path("pip"), { Category::PackageCache, Tier::Safe }) };
    const Found found = find("cache:pip", {}, caches);
    QVERIFY2(found.ok, qPrintable(found.error));
    QCOMPARE(found.paths(),
        QList<QByteArray>({ t.path("pip/http-v2"), t.path("pip/selfcheck.json"), t.path("pip/wheels") }));
    for (const CleanupItem &item : found.plan.items()) {
        QVERIFY(item.refusal.isEmpty());
        QCOMPARE(item.classification.tier, Tier::Safe);
    }

    // A PATH limits where it looks: a cache outside every PATH is not touched.
    FixtureTree elsewhere;
    FinderOptions options;
    options.paths = { elsewhere.root() };
    QVERIFY(find("cache:pip", options, caches).plan.items().isEmpty());
}

void TestCandidateFinder::unknownCacheIsAnError()
{
    const Found found = find("cache:no-such-tool", {});
    QVERIFY(!found.ok);
    QVERIFY2(found.error.contains(u"pip"_s), qPrintable(found.error)); // lists the known ids
}

void TestCandidateFinder::tempFindsInterruptedDownloadsAndTempFiles()
{
    FixtureTree t;
    QVERIFY(t.file("work/hub/models--a--b/blobs/abc.incomplete", 500));
    QVERIFY(t.file("work/hub/models--a--b/blobs/abc", 500));
    QVERIFY(t.file("work/torch/hub/checkpoints/resnet.pth.1a2b.partial", 300));
    QVERIFY(t.file("work/data/shard.tmp", 7));
    QVERIFY(t.file("work/data/shard.parquet", 7));
    FinderOptions options;
    options.paths = { t.path("work") };
    const Found found = find("temp", options);
    const QList<QByteArray> paths = found.paths();
    QVERIFY(paths.contains(t.path("work/hub/models--a--b/blobs/abc.incomplete")));
    QVERIFY(paths.contains(t.path("work/data/shard.tmp")));
    QVERIFY(paths.contains(t.path("work/torch/hub/checkpoints/resnet.pth.1a2b.partial")));
    QVERIFY(!paths.contains(t.path("work/hub/models--a--b/blobs/abc")));
    QVERIFY(!paths.contains(t.path("work/data/shard.parquet")));
    for (const CleanupItem &item : found.plan.items())
        QCOMPARE(item.classification.tier, Tier::Safe);
}

void TestCandidateFinder::tempInSharedTempFoldersTakesOnlyOwnFiles()
{
    FixtureTree t;
    QVERIFY(t.file("tmp/mine.tmp", 10));
    QVERIFY(t.file("tmp/theirs.tmp", 10));
    QVERIFY(t.file("tmp/torchinductor_me/fx/a.py", 10));
    QVERIFY(t.file("tmp/torchinductor_bob/fx/b.py", 10));
    // Stale inductor caches: nothing in them touched for a month (files and folders alike).
    const qint64 monthAgo = QDateTime::currentSecsSinceEpoch() - 30 * Day;
    for (const char *path : { "tmp/torchinductor_me/fx/a.py", "tmp/torchinductor_me/fx", "tmp/torchinductor_me",
             "tmp/torchinductor_bob/fx/b.py", "tmp/torchinductor_bob/fx", "tmp/torchinductor_bob" })
        QVERIFY(t.setTimes(path, monthAgo, monthAgo));
    const bool root = ::geteuid() == 0;
    if (root) { // another user's files, as on a shared GPU box
        for (const char *path :
            { "tmp/theirs.tmp", "tmp/torchinductor_bob", "tmp/torchinductor_bob/fx", "tmp/torchinductor_bob/fx/b.py" })
            QCOMPARE(::lchown(t.path(path).constData(), 65534, 65534), 0);
    }
    FinderOptions options;
    options.tempFolders = QList<QByteArray> { t.path("tmp") }; // a shared temp folder, looked at without a PATH
    const Found found = find("temp", options);
    const QList<QByteArray> paths = found.paths();
    QVERIFY(paths.contains(t.path("tmp/mine.tmp")));
    QVERIFY(paths.contains(t.path("tmp/torchinductor_me")));
    if (!root)
        QSKIP("only root can give files to another user; own files were checked");
    QVERIFY2(!paths.contains(t.path("tmp/theirs.tmp")), "another user's temp file was proposed");
    QVERIFY2(!paths.contains(t.path("tmp/torchinductor_bob")), "another user's inductor cache was proposed");
}

void TestCandidateFinder::tempFoldersOptionIsAllThatTempSearches()
{
    FixtureTree t;
    QVERIFY(t.file("private/run.tmp", 10));
    QVERIFY(t.file("private/keep.txt", 10));
    QVERIFY(t.file("elsewhere/other.tmp", 10));
    // The system's temp folder points elsewhere: the option, not $TMPDIR, decides.
    const QByteArray oldTmp = qgetenv("TMPDIR");
    qputenv("TMPDIR", t.path("elsewhere"));
    FinderOptions options;
    options.tempFolders = QList<QByteArray> { t.path("private") };
    CandidateFinder finder(rules(), {}, options);
    CleanupPlan plan;
    QVERIFY(finder.find(*Selector::parse("temp", nullptr), plan, nullptr));
    qputenv("TMPDIR", oldTmp);
    QCOMPARE(finder.roots(), QList<QByteArray> { t.path("private") });
    QCOMPARE(plan.size(), 1);
    QCOMPARE(plan.items().constFirst().path, t.path("private/run.tmp"));
    QCOMPARE(finder.entriesLookedAt(), std::uint64_t(3)); // private and its two files: nothing else walked

    // A folder that is not there is left out, not an error.
    options.tempFolders = QList<QByteArray> { t.path("missing") };
    const Found none = find("temp", options);
    QVERIFY(none.ok);
    QVERIFY(none.plan.items().isEmpty());
}

void TestCandidateFinder::sharedTempFoldersComeFromTheEnvironment()
{
    const QByteArray oldDirs = qgetenv("CACHELENS_TEMP_DIRS"); // ctest sets it for every test
    const QByteArray oldTmp = qgetenv("TMPDIR");
    FixtureTree t;
    QVERIFY(t.dir("scratch/tmp"));
    qunsetenv("CACHELENS_TEMP_DIRS");
    qputenv("TMPDIR", t.path("scratch/tmp"));
    QCOMPARE(sharedTempFolders(), QList<QByteArray>({ t.path("scratch/tmp"), "/var/tmp" }));
    qputenv("TMPDIR", "/var/tmp/");
    QCOMPARE(sharedTempFolders(), QList<QByteArray> { "/var/tmp" }); // once
    // The variable replaces both; relative and empty parts are ignored, an empty value too.
    qputenv("CACHELENS_TEMP_DIRS", "/a/tmp/::relative:/b:/a/tmp");
    QCOMPARE(sharedTempFolders(), QList<QByteArray>({ "/a/tmp", "/b" }));
    qputenv("CACHELENS_TEMP_DIRS", "");
    QCOMPARE(sharedTempFolders(), QList<QByteArray> { "/var/tmp" });
    qputenv("TMPDIR", oldTmp);
    if (oldDirs.isNull())
        qunsetenv("CACHELENS_TEMP_DIRS");
    else
        qputenv("CACHELENS_TEMP_DIRS", oldDirs);
}

void TestCandidateFinder::stoppedSearchAddsNothingAndSaysSo()
{
    FixtureTree t;
    QVERIFY(t.file("work/data/shard.tmp", 7));
    QVERIFY(t.file("work/data/shard.parquet", 7));
    FinderOptions options;
    options.paths = { t.path("work") };
    const std::optional<Selector> temp = Selector::parse("temp", nullptr);
    QVERIFY(temp);
    for (const bool cancel : { false, true }) {
        auto token = std::make_shared<ScanToken>();
        if (cancel)
            token->cancel();
        CandidateFinder finder(rules(), {}, options);
        finder.setStopToken(token);
        CleanupPlan plan;
        QVERIFY(finder.find(*temp, plan, nullptr));
        if (!cancel) { // the same search, not stopped, finds the file: the stop is what empties it
            QVERIFY(!finder.stopped());
            QCOMPARE(plan.size(), 1);
            QVERIFY(finder.entriesLookedAt() >= 4); // work, data and the two files
            continue;
        }
        QVERIFY2(finder.stopped(), "a stopped search must say that it did not finish");
        QCOMPARE(plan.size(), 0);
    }
}

void TestCandidateFinder::checkpointsKeepTheNewestAndTheBest()
{
    FixtureTree t;
    for (const int step : { 500, 1000, 1500, 2000, 2500 })
        QVERIFY(t.file("runs/llm/checkpoint-" + QByteArray::number(step) + "/model.safetensors", 100));
    // The Trainer names its best checkpoint in every checkpoint's trainer_state.json.
    QVERIFY(t.textFile("runs/llm/checkpoint-2500/trainer_state.json",
        R"({"best_model_checkpoint": "/somewhere/else/runs/llm/checkpoint-1000", "global_step": 2500})"));
    QVERIFY(t.file("runs/lightning/ckpts/epoch=0-step=100.ckpt", 10));
    QVERIFY(t.file("runs/lightning/ckpts/epoch=1-step=200.ckpt", 10));
    QVERIFY(t.file("runs/lightning/ckpts/epoch=2-step=300.ckpt", 10));
    QVERIFY(t.file("runs/lightning/ckpts/last.ckpt", 10));
    QVERIFY(t.file("runs/lightning/ckpts/best-val.ckpt", 10));

    FinderOptions options;
    options.paths = { t.path("runs") };
    options.keepLast = 2;
    const Found found = find("checkpoints", options);
    QCOMPARE(found.paths(),
        QList<QByteArray>({ t.path("runs/lightning/ckpts/epoch=0-step=100.ckpt"), t.path("runs/llm/checkpoint-1500"),
            t.path("runs/llm/checkpoint-500") }));
    QCOMPARE(found.plan.items().first().classification.category, Category::Checkpoint);

    // Without a PATH it looks nowhere and says so.
    const Found nowhere = find("checkpoints", {});
    QVERIFY(nowhere.plan.items().isEmpty());
    QVERIFY(!nowhere.warnings.isEmpty());
}

void TestCandidateFinder::logsByAgeOnePerRun()
{
    FixtureTree t;
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(t.file("proj/wandb/run-old/files/output.log", 100));
    QVERIFY(t.file("proj/wandb/run-new/files/output.log", 100));
    QVERIFY(t.file("proj/tb/events.out.tfevents.1700000000.host.1.0", 50));
    QVERIFY(t.file("proj/lightning_logs/version_0/checkpoints/epoch=0-step=10.ckpt", 10));
    for (const QByteArray old : { "proj/wandb/run-old/files/output.log", "proj/wandb/run-old/files",
             "proj/wandb/run-old", "proj/tb/events.out.tfevents.1700000000.host.1.0",
             "proj/lightning_logs/version_0/checkpoints/epoch=0-step=10.ckpt" })
        QVERIFY(t.setTimes(old, now - 60 * Day, now - 60 * Day));
    FinderOptions options;
    options.paths = { t.path("proj") };
    options.olderThanDays = 30;
    options.now = now;
    const Found found = find("logs", options);
    QCOMPARE(found.paths(),
        QList<QByteArray>({ t.path("proj/tb/events.out.tfevents.1700000000.host.1.0"), t.path("proj/wandb/run-old") }));
    // A log folder holding checkpoints is left to the checkpoints selector.
    QVERIFY(found.warnings.join(u' ').contains(u"checkpoints"_s));
}

void TestCandidateFinder::pathIsAllowedOnlyInsideAPathOrCache()
{
    FixtureTree t;
    QVERIFY(t.file("data/old/x.bin", 10));
    QVERIFY(t.file("other/y.bin", 10));
    FinderOptions options;
    options.paths = { t.path("data") };
    const Found inside = find("path:" + t.path("data/old"), options);
    QCOMPARE(inside.plan.size(), 1);
    QVERIFY(inside.plan.items().first().refusal.isEmpty());
    const Found outside = find("path:" + t.path("other/y.bin"), options);
    QCOMPARE(outside.plan.size(), 1);
    QVERIFY(!outside.plan.items().first().refusal.isEmpty());
    QVERIFY(!outside.plan.items().first().selected);
}

QTEST_GUILESS_MAIN(TestCandidateFinder)
#include "tst_candidatefinder.moc"
