#include "core/schedule/scheduledscanner.h"
#include "tests/fixture/fixturetree.h"
#include "tests/fixture/oracle.h"

#include <QDateTime>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

constexpr qint64 Day = 86400;

std::uint64_t du(const FixtureTree &tree, const QList<QByteArray> &relatives)
{
    QList<QByteArray> paths;
    for (const QByteArray &relative : relatives)
        paths.append(tree.path(relative));
    return std::uint64_t(Oracle::du(paths, false));
}

const SelectorBytes *find(const ScheduledScanResult &result, const QByteArray &selector)
{
    for (const SelectorBytes &bytes : result.selectors) {
        if (bytes.selector == selector)
            return &bytes;
    }
    return nullptr;
}

ScheduledScanResult sampleResult(const QDateTime &time, std::uint64_t bytes)
{
    ScheduledScanResult result;
    result.time = time;
    result.durationMs = 1234;
    result.reclaimableBytes = bytes;
    result.safeBytes = bytes / 2;
    result.selectors = { { "temp", bytes / 2, 3 }, { "hf-detached", bytes / 2, 2 }, { "cache:pip", 0, 0 } };
    return result;
}

KnownCache cache(const QByteArray &id, const QByteArray &path, Tier tier, bool active = true)
{
    KnownCache known;
    known.id = id;
    known.tool = QString::fromLatin1(id);
    known.path = path;
    known.active = active;
    known.classification = { Category::Other, tier };
    return known;
}

const QByteArray Bert = ".cache/huggingface/hub/models--org--bert/";
const QByteArray Stale = ".cache/huggingface/hub/models--org--stale/";

} // namespace

class TestScheduledScanner final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void requestsAreTheWizardDefaultsOfSafeAndReview();
    void aShortIntervalFiresAndCountsWhatAnOracleCounts();
    void aMissedRunRunsOnceAtStart();
    void aRunThatIsNotDueWaits();
    void runNowWhileScanningIsRefused();
    void aCorruptHistoryLineIsSkipped();
    void theHistoryIsCapped();

private:
    FixtureTree m_home;
    QTemporaryDir m_data;
};

void TestScheduledScanner::initTestCase()
{
    QVERIFY(m_home.isValid());
    QVERIFY(m_data.isValid());
    // A machine of its own: HOME, its caches, and no variable that moves a cache elsewhere.
    qputenv("HOME", m_home.root());
    qputenv("XDG_CACHE_HOME", m_home.path(".cache"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_data.path())); // the cleanup journal
    for (const char *name : { "CONDA_PKGS_DIRS", "CUDA_CACHE_PATH", "HF_DATASETS_CACHE", "HF_HOME", "HF_HUB_CACHE",
             "HF_XET_CACHE", "HUGGINGFACE_HUB_CACHE", "KERAS_HOME", "MODELSCOPE_CACHE", "OLLAMA_MODELS",
             "PIP_CACHE_DIR", "PYTORCH_PRETRAINED_BERT_CACHE", "PYTORCH_TRANSFORMERS_CACHE", "TFDS_DATA_DIR",
             "TFHUB_CACHE_DIR", "TORCHINDUCTOR_CACHE_DIR", "TORCH_HOME", "TRANSFORMERS_CACHE", "TRITON_CACHE_DIR",
             "TRITON_HOME", "UV_CACHE_DIR", "VLLM_CACHE_ROOT", "WANDB_CACHE_DIR" })
        qunsetenv(name);

    // pip's cache: safe, all of it.
    QVERIFY(m_home.file(".cache/pip/http-v2/a/b/c/0123abcd", 300000));
    QVERIFY(m_home.file(".cache/pip/selfcheck/state.json", 900));
    // A hub repo with a detached revision: its snapshot and the blob only it uses are proposed,
    // "shared" stays. An interrupted download in it is temp.
    QVERIFY(m_home.file(Bert + "blobs/shared", 10000));
    QVERIFY(m_home.file(Bert + "blobs/only-old", 40000));
    QVERIFY(m_home.file(Bert + "blobs/next.incomplete", 7000));
    QVERIFY(m_home.symlink(Bert + "snapshots/new/config.json", "../../blobs/shared"));
    QVERIFY(m_home.symlink(Bert + "snapshots/old/config.json", "../../blobs/shared"));
    QVERIFY(m_home.symlink(Bert + "snapshots/old/model.bin", "../../blobs/only-old"));
    QVERIFY(m_home.textFile(Bert + "refs/main", "new"));
    // A repo nobody opened for 200 days (hf-unused), with an interrupted download that temp
    // finds too: the total must count it once.
    const qint64 old = QDateTime::currentSecsSinceEpoch() - 200 * Day;
    QVERIFY(m_home.file(Stale + "blobs/weights", 60000));
    QVERIFY(m_home.file(Stale + "blobs/more.incomplete", 5000));
    QVERIFY(m_home.symlink(Stale + "snapshots/c0/weights.bin", "../../blobs/weights"));
    QVERIFY(m_home.textFile(Stale + "refs/main", "c0"));
    QVERIFY(m_home.setTimes(Stale + "blobs/weights", old, old));
    QVERIFY(m_home.setTimes(Stale + "blobs/more.incomplete", old, old));
    // A temp file outside every cache: found because the scan is scoped to this home.
    QVERIFY(m_home.file("work/run.tmp", 3000));
    QVERIFY(m_home.file("work/notes.txt", 100));
}

void TestScheduledScanner::requestsAreTheWizardDefaultsOfSafeAndReview()
{
    const QList<KnownCache> caches { cache("huggingface-hub", "/h/.cache/huggingface/hub", Tier::Review),
        cache("pip", "/h/.cache/pip", Tier::Safe), cache("torch-hub", "/h/.cache/torch/hub", Tier::Review),
        cache("uv", "/h/.cache/uv", Tier::Safe, false), cache("pip", "/data/pip", Tier::Safe),
        cache("triton", "/elsewhere/triton", Tier::Safe) };
    QList<QByteArray> selectors;
    for (const CleanupRequest &request : scheduledScanRequests(caches))
        selectors.append(request.selector.argument.isEmpty() ? request.selector.kind
                                                             : request.selector.kind + ':' + request.selector.argument);
    // Not the hub or torch hub as a whole (review: the user's models), not a cache a variable
    // moved away (inactive), and pip once though it is in two places.
    QCOMPARE(selectors, QList<QByteArray>({ "temp", "hf-detached", "hf-unused", "cache:pip", "cache:triton" }));
    const QList<CleanupRequest> requests = scheduledScanRequests(caches);
    QCOMPARE(requests.at(2).options.olderThanDays, std::optional<int>(DefaultHfUnusedDays));
    QVERIFY(requests.at(0).options.paths.isEmpty()); // the finders' own places: caches and temp folders

    const QList<CleanupRequest> scoped = scheduledScanRequests(caches, { "/h" });
    QCOMPARE(scoped.size(), 4); // triton is outside the scope
    QCOMPARE(scoped.at(3).options.paths, QList<QByteArray> { "/h" });

    // Without a hub cache there is nothing for the hub's selectors to look at.
    QCOMPARE(scheduledScanRequests({ cache("pip", "/h/.cache/pip", Tier::Safe) }).size(), 2);
}

void TestScheduledScanner::aShortIntervalFiresAndCountsWhatAnOracleCounts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyPath = dir.filePath(u"scans.jsonl"_s);
    ScheduledScanner scanner(historyPath);
    scanner.setScope({ m_home.root() });
    scanner.setStartDelay(std::chrono::milliseconds(0));
    scanner.setSchedule(ScanSchedule::every(std::chrono::seconds(1)));
    QSignalSpy finished(&scanner, &ScheduledScanner::finished);
    scanner.start();
    // Never ran: due at once; then again a second after it ended.
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 60000);
    scanner.stop();
    const auto result = finished.at(0).at(0).value<ScheduledScanResult>();
    const auto second = finished.at(1).at(0).value<ScheduledScanResult>();
    QVERIFY2(result.error.isEmpty(), qPrintable(result.error));
    QVERIFY(second.time >= result.time.addSecs(1));
    // The first run that finds something notifies; the same caches found again are no news.
    QVERIFY(!result.manual);
    QVERIFY(result.notified);
    QCOMPARE(second.reclaimableBytes, result.reclaimableBytes);
    QVERIFY(!second.notified);

    const QList<QByteArray> temp { Bert + "blobs/next.incomplete", Stale + "blobs/more.incomplete", "work/run.tmp" };
    const QList<QByteArray> detached { Bert + "snapshots/old", Bert + "blobs/only-old" };
    const QList<QByteArray> unused { Stale.chopped(1) };
    const QList<QByteArray> pip { ".cache/pip/http-v2", ".cache/pip/selfcheck" };
    QVERIFY(find(result, "temp"));
    QCOMPARE(find(result, "temp")->diskBytes, du(m_home, temp));
    QCOMPARE(find(result, "temp")->items, 3);
    QCOMPARE(find(result, "hf-detached")->diskBytes, du(m_home, detached));
    QCOMPARE(find(result, "hf-unused")->diskBytes, du(m_home, unused));
    QCOMPARE(find(result, "cache:pip")->diskBytes, du(m_home, pip));
    QCOMPARE(result.selectorsWithSomething(), QList<QByteArray>({ "temp", "hf-detached", "hf-unused", "cache:pip" }));
    // Together each byte once: the stale repo's interrupted download is temp and hf-unused.
    QCOMPARE(result.reclaimableBytes, du(m_home, temp + detached + unused + pip));
    QCOMPARE(result.safeBytes, du(m_home, temp + pip));
    std::uint64_t sum = 0;
    for (const SelectorBytes &bytes : result.selectors)
        sum += bytes.diskBytes;
    QVERIFY(sum > result.reclaimableBytes);

    // A dry run: nothing was touched.
    QVERIFY(QFile::exists(QFile::decodeName(m_home.path(Bert + "blobs/only-old"))));
    QVERIFY(QFile::exists(QFile::decodeName(m_home.path("work/run.tmp"))));

    // Every run is in the history, and reads back as it was reported.
    QStringList warnings;
    const QList<ScheduledScanResult> history = ScanHistory(historyPath).read(&warnings);
    QVERIFY(warnings.isEmpty());
    QVERIFY(history.size() >= 2);
    QCOMPARE(history.at(0), result);
    QCOMPARE(history.at(1), second);
    QVERIFY(scanner.history().size() >= 2);
    QCOMPARE(scanner.history().at(0), result);
}

void TestScheduledScanner::aMissedRunRunsOnceAtStart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyPath = dir.filePath(u"scans.jsonl"_s);
    const QDateTime now(QDate(2026, 6, 10), QTime(15, 0));
    // The last run was yesterday, before the 12:00 slot of today that the machine slept through.
    QVERIFY(ScanHistory(historyPath).append(sampleResult(now.addDays(-1), 1000)));
    ScheduledScanner scanner(historyPath);
    scanner.setClock([now] { return now; });
    scanner.setScope({ m_home.root() });
    scanner.setStartDelay(std::chrono::milliseconds(0));
    scanner.setSchedule(ScanSchedule::daily(QTime(12, 0)));
    QSignalSpy finished(&scanner, &ScheduledScanner::finished);
    scanner.start();
    QVERIFY(finished.wait(60000));
    scanner.stop();
    QCOMPARE(finished.constFirst().at(0).value<ScheduledScanResult>().time, now.toUTC());
    QCOMPARE(scanner.lastRun(), now.toUTC());
    QCOMPARE(ScanHistory(historyPath).read().size(), 2);
}

void TestScheduledScanner::aRunThatIsNotDueWaits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyPath = dir.filePath(u"scans.jsonl"_s);
    const QDateTime now(QDate(2026, 6, 10), QTime(15, 0));
    const QDateTime last = now.addSecs(-3600);
    QVERIFY(ScanHistory(historyPath).append(sampleResult(last, 1000)));
    ScheduledScanner scanner(historyPath);
    scanner.setClock([now] { return now; });
    scanner.setStartDelay(std::chrono::milliseconds(0));
    scanner.setSchedule(ScanSchedule::every(std::chrono::hours(6)));
    QSignalSpy loaded(&scanner, &ScheduledScanner::historyLoaded);
    QVERIFY(!scanner.nextRun().isValid()); // not started
    scanner.start();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(scanner.lastRun(), last.toUTC());
    QCOMPARE(scanner.nextRun(), last.addSecs(6 * 3600));
    QVERIFY(!scanner.isScanning());

    // Turning the schedule off disarms it; a start delay applies only at start.
    scanner.setSchedule(ScanSchedule::off());
    QVERIFY(!scanner.nextRun().isValid());
    scanner.setSchedule(ScanSchedule::daily(QTime(16, 30)));
    QCOMPARE(scanner.nextRun(), QDateTime(now.date(), QTime(16, 30)));
}

void TestScheduledScanner::runNowWhileScanningIsRefused()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ScheduledScanner scanner(dir.filePath(u"scans.jsonl"_s));
    scanner.setScope({ m_home.root() });
    QSignalSpy started(&scanner, &ScheduledScanner::started);
    QSignalSpy finished(&scanner, &ScheduledScanner::finished);
    QVERIFY(scanner.runNow()); // not started, schedule off: runs all the same
    QVERIFY(scanner.isScanning());
    QVERIFY(!scanner.runNow());
    QCOMPARE(started.size(), 1);
    QVERIFY(finished.wait(60000));
    QVERIFY(!scanner.isScanning());
    const auto first = finished.constFirst().at(0).value<ScheduledScanResult>();
    QVERIFY(first.reclaimableBytes > 0);
    QVERIFY(first.manual);
    QVERIFY(first.notified);

    // Asked for again with nothing changed: a run the user asked for always reports.
    QVERIFY(scanner.runNow());
    QTRY_VERIFY_WITH_TIMEOUT(finished.size() >= 2, 60000);
    const auto again = finished.at(1).at(0).value<ScheduledScanResult>();
    QCOMPARE(again.reclaimableBytes, first.reclaimableBytes);
    QVERIFY(again.manual);
    QVERIFY(again.notified);
}

void TestScheduledScanner::aCorruptHistoryLineIsSkipped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString historyPath = dir.filePath(u"scans.jsonl"_s);
    const ScheduledScanResult first = sampleResult(QDateTime(QDate(2026, 6, 1), QTime(8, 0), Qt::UTC), 5000);
    const ScheduledScanResult second = sampleResult(QDateTime(QDate(2026, 6, 2), QTime(8, 0), Qt::UTC), 7000);
    QFile file(historyPath);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(ScanHistory::toJsonLine(first) + '\n');
    file.write("{\"version\":1,\"time\":\"2026-06-01T09:0"); // torn by a crash
    file.write("\n\xff\xfe not json at all\n\n");
    file.write("{\"version\":1,\"time\":\"yesterday\"}\n");
    file.write(ScanHistory::toJsonLine(second) + '\n');
    file.close();

    QStringList warnings;
    const QList<ScheduledScanResult> read = ScanHistory(historyPath).read(&warnings);
    QCOMPARE(read, QList<ScheduledScanResult>({ first, second }));
    QCOMPARE(warnings.size(), 3);

    // The scanner starts from what could be read, and its next write leaves only good lines.
    ScheduledScanner scanner(historyPath);
    scanner.setScope({ m_home.root() });
    QSignalSpy loaded(&scanner, &ScheduledScanner::historyLoaded);
    scanner.start();
    QVERIFY(loaded.wait(10000));
    QCOMPARE(scanner.history().size(), 2);
    QCOMPARE(scanner.lastRun(), second.time);
    QSignalSpy finished(&scanner, &ScheduledScanner::finished);
    QVERIFY(scanner.runNow());
    QVERIFY(finished.wait(60000));
    warnings.clear();
    QCOMPARE(ScanHistory(historyPath).read(&warnings).size(), 3);
    QVERIFY(warnings.isEmpty());
}

void TestScheduledScanner::theHistoryIsCapped()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ScanHistory history(dir.filePath(u"sub/scans.jsonl"_s)); // its folder is created
    const QDateTime start(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC);
    for (int i = 0; i < ScanHistory::Cap + 5; ++i) {
        QString error;
        QVERIFY2(history.append(sampleResult(start.addSecs(i * 3600), std::uint64_t(i)), &error), qPrintable(error));
    }
    const QList<ScheduledScanResult> read = history.read();
    QCOMPARE(read.size(), ScanHistory::Cap);
    QCOMPARE(read.constFirst().time, start.addSecs(5 * 3600)); // the oldest went
    QCOMPARE(read.constLast().reclaimableBytes, std::uint64_t(ScanHistory::Cap + 4));

    // A history that cannot be written says why and leaves no file behind.
    QString error;
    QVERIFY(!ScanHistory(u"/proc/cachelens-cannot-be-here/scans.jsonl"_s).append(sampleResult(start, 1), &error));
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestScheduledScanner)
#include "tst_scheduledscanner.moc"
