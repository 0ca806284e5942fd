#include "core/storage/usagehistory.h"
#include "tests/fixture/volumes.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

constexpr std::int64_t Day = 86400;
constexpr std::int64_t Now = 1'800'000'000;

Volume volume(const QByteArray &mount, std::uint64_t used)
{
    return Test::volume(mount, 1ull << 40, used);
}

} // namespace

class TestUsageHistory final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void survivesReopening();
    void rangeIsPerMountAndOrdered();
    void twoWritersAtOnce();
    void pruneKeepsAWeek();
    void unopenableFileIsReported();
    void defaultPathFollowsXdg();
};

void TestUsageHistory::survivesReopening()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"sub/history.sqlite"_s); // the folder is created
    Volume failed = volume("/mnt/nfs", 0);
    failed.error = u"did not answer"_s;
    {
        UsageHistory history(path);
        QVERIFY2(history.isOpen(), qPrintable(history.errorText()));
        QVERIFY(history.append(Now - 60, { volume("/", 1000), failed }));
        QVERIFY(history.append(Now, { volume("/", 2000) }));
    }
    UsageHistory reopened(path);
    QVERIFY(reopened.isOpen());
    const QList<UsageSample> samples = reopened.samples("/", 0, Now);
    QCOMPARE(samples.size(), 2);
    QCOMPARE(samples.at(0).time, Now - 60);
    QCOMPARE(samples.at(0).usedBytes, std::uint64_t(1000));
    QCOMPARE(samples.at(1).usedBytes, std::uint64_t(2000));
    QCOMPARE(samples.at(1).availableBytes, (1ull << 40) - 2000);
    QCOMPARE(samples.at(1).totalBytes, 1ull << 40);
    QCOMPARE(samples.at(1).device, QByteArray("/dev/test"));
    QVERIFY2(reopened.samples("/mnt/nfs", 0, Now).isEmpty(), "a volume without numbers is not stored");
}

void TestUsageHistory::rangeIsPerMountAndOrdered()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UsageHistory history(dir.filePath(u"h.sqlite"_s));
    const QByteArray odd("/mnt/caf\xe9 disk"); // raw bytes, not UTF-8
    QVERIFY(history.append({ { Now - 30, "/", "d", 10, 3, 7 }, { Now - 10, odd, "d", 10, 5, 5 },
        { Now - 20, "/", "d", 10, 4, 6 }, { Now - 40, "/", "d", 10, 2, 8 } }));
    const QList<UsageSample> root = history.samples("/", Now - 35, Now - 15);
    QCOMPARE(root.size(), 2);
    QCOMPARE(root.at(0).time, Now - 30);
    QCOMPARE(root.at(1).time, Now - 20);
    const QList<UsageSample> other = history.samples(odd, 0, Now);
    QCOMPARE(other.size(), 1);
    QCOMPARE(other.at(0).mountPoint, odd);
    QCOMPARE(other.at(0).usedBytes, std::uint64_t(5));
}

void TestUsageHistory::twoWritersAtOnce()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"shared.sqlite"_s);
    constexpr int Rounds = 150;
    std::atomic_int failures { 0 };
    auto writer = [&](const QByteArray &mount) {
        UsageHistory history(path); // own connection, in this thread
        if (!history.isOpen()) {
            ++failures;
            return;
        }
        for (int i = 0; i < Rounds; ++i) {
            if (!history.append(Now + i, { volume(mount, std::uint64_t(i)) }))
                ++failures;
        }
    };
    std::thread gui(writer, QByteArray("/"));
    std::thread monitor(writer, QByteArray("/data"));
    gui.join();
    monitor.join();
    QCOMPARE(failures.load(), 0);

    UsageHistory history(path);
    QCOMPARE(history.samples("/", 0, Now + Rounds).size(), Rounds);
    QCOMPARE(history.samples("/data", 0, Now + Rounds).size(), Rounds);
    QVERIFY2(QFile::exists(path + u"-wal"_s), "WAL mode keeps a -wal file while a connection is open");
}

void TestUsageHistory::pruneKeepsAWeek()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    UsageHistory history(dir.filePath(u"h.sqlite"_s));
    QList<UsageSample> samples;
    for (const int age : { 40, 31, 29, 8, 6, 0 })
        samples.append({ Now - age * Day, "/", "d", 1, 1, 0 });
    QVERIFY(history.append(samples));
    QCOMPARE(history.prune(30, Now), 2); // 40 and 31 days old
    QCOMPARE(history.samples("/", 0, Now).size(), 4);
    QCOMPARE(history.prune(1, Now), 2); // asked for 1 day: a week is kept anyway
    const QList<UsageSample> left = history.samples("/", 0, Now);
    QCOMPARE(left.size(), 2);
    QCOMPARE(left.at(0).time, Now - 6 * Day);
}

void TestUsageHistory::unopenableFileIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile blocker(dir.filePath(u"file"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    UsageHistory history(dir.filePath(u"file/history.sqlite"_s)); // its folder is a file
    QVERIFY(!history.isOpen());
    QVERIFY(!history.errorText().isEmpty());
    QVERIFY(!history.append(Now, { volume("/", 1) }));
    QVERIFY(history.samples("/", 0, Now).isEmpty());
}

void TestUsageHistory::defaultPathFollowsXdg()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", QFile::encodeName(dir.path()));
    const QString path = UsageHistory::defaultPath();
    qputenv("XDG_DATA_HOME", saved);
    QCOMPARE(path, dir.path() + u"/cachelens/history.sqlite"_s);
}

QTEST_GUILESS_MAIN(TestUsageHistory)
#include "tst_usagehistory.moc"
