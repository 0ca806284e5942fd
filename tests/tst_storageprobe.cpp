#include "core/storage/linuxstorageprobe.h"
#include "core/storage/mountinfo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <sys/statvfs.h>
#include <thread>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// A container-ish machine: overlay root, the tmpfs mounts users fill, kernel file systems,
// bind mounts of one disk, an over-mounted /dev/shm, a mount point with a space.
const QByteArray Fixture = R"(21 26 0:20 / /proc rw,relatime - proc proc rw
22 26 0:21 / /sys rw,relatime - sysfs sysfs rw
40 22 0:37 / /sys/fs/cgroup rw,nosuid,nodev - cgroup2 cgroup2 rw
23 26 0:6 / /dev rw,relatime - devtmpfs devtmpfs rw,size=100k
25 23 0:23 / /dev/pts rw,relatime - devpts devpts rw,mode=600
26 1 0:50 / / rw,relatime - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w
24 23 0:22 / /dev/shm rw,nosuid,nodev - tmpfs shm rw,size=65536k
27 26 0:51 / /tmp rw,nosuid shared:2 - tmpfs tmpfs rw
28 26 0:52 / /run/user/1000 rw,nosuid,nodev,relatime shared:5 - tmpfs tmpfs rw,size=1000k,mode=700,uid=1000
29 26 0:53 / /run rw,nosuid - tmpfs tmpfs rw,mode=755
41 28 0:61 / /run/user/1000/doc rw - fuse.portal portal rw
30 26 0:54 / /var/lib/docker/overlay2/abc/merged rw - overlay overlay rw,lowerdir=/x
31 26 259:2 / /data rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
32 26 259:2 / /srv/data rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw
33 26 259:2 /projects /home/u/projects rw,relatime - ext4 /dev/nvme0n1p2 rw
34 26 259:3 / /mnt/my\040disk ro,relatime - xfs /dev/sdb1 ro
35 26 7:0 / /snap/core/1 ro,nodev - squashfs /dev/loop0 ro
36 26 0:60 / /mnt/nfs rw,relatime - nfs4 server:/export rw,vers=4.2
37 21 0:25 / /proc/sys/fs/binfmt_misc rw - binfmt_misc binfmt_misc rw
38 26 259:9 / /mnt/backup/disk rw - ext4 /dev/sdc1 rw
39 26 259:9 / /backup rw - ext4 /dev/sdc1 rw
42 24 0:26 / /dev/shm rw,relatime - tmpfs tmpfs rw,size=2048k
malformed line without separator
)";

QList<QByteArray> mountPoints(const QList<MountEntry> &entries)
{
    QList<QByteArray> points;
    for (const MountEntry &entry : entries)
        points.append(entry.mountPoint);
    return points;
}

// Both statvfs numbers of path, for bracketing what the probe saw.
struct Df {
    std::uint64_t total = 0;
    std::uint64_t used = 0;
    std::uint64_t available = 0;
};
Df df(const char *path)
{
    struct statvfs st {
    };
    if (::statvfs(path, &st) != 0)
        return {};
    return { std::uint64_t(st.f_blocks) * st.f_frsize, std::uint64_t(st.f_blocks - st.f_bfree) * st.f_frsize,
        std::uint64_t(st.f_bavail) * st.f_frsize };
}

} // namespace

class TestStorageProbe final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesFields();
    void unescapes_data();
    void unescapes();
    void selectsStorageVolumes();
    void probeAgreesWithStatvfs();
    void hungMountDoesNotBlockOthers();
    void fakeProbeRepeatsLastSample();
};

void TestStorageProbe::parsesFields()
{
    const QList<MountEntry> entries = parseMountInfo(Fixture);
    QCOMPARE(entries.size(), 22); // the malformed line is skipped
    const MountEntry &disk = entries.at(15);
    QCOMPARE(disk.id, 34);
    QCOMPARE(disk.parentId, 26);
    QCOMPARE(disk.device, QByteArray("259:3"));
    QCOMPARE(disk.root, QByteArray("/"));
    QCOMPARE(disk.mountPoint, QByteArray("/mnt/my disk"));
    QCOMPARE(disk.fsType, QByteArray("xfs"));
    QCOMPARE(disk.source, QByteArray("/dev/sdb1"));
    QVERIFY(disk.readOnly);
    const MountEntry &user = entries.at(8); // optional fields before "-"
    QCOMPARE(user.mountPoint, QByteArray("/run/user/1000"));
    QCOMPARE(user.fsType, QByteArray("tmpfs"));
    QVERIFY(!user.readOnly);
    QCOMPARE(entries.at(14).root, QByteArray("/projects"));
}

void TestStorageProbe::unescapes_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("space") << QByteArray("/mnt/a\\040b") << QByteArray("/mnt/a b");
    QTest::newRow("tab newline backslash") << QByteArray("\\011\\012\\134") << QByteArray("\t\n\\");
    QTest::newRow("latin-1 byte") << QByteArray("/m/caf\\351") << QByteArray("/m/caf\xe9");
    QTest::newRow("short escape kept") << QByteArray("/x\\04") << QByteArray("/x\\04");
    QTest::newRow("plain") << QByteArray("/data") << QByteArray("/data");
}

void TestStorageProbe::unescapes()
{
    QFETCH(QByteArray, field);
    QFETCH(QByteArray, expected);
    QCOMPARE(unescapeMountField(field), expected);
}

void TestStorageProbe::selectsStorageVolumes()
{
    const QList<MountEntry> volumes = selectVolumes(parseMountInfo(Fixture));
    const QList<QByteArray> expected
        = { "/", "/tmp", "/run/user/1000", "/data", "/mnt/my disk", "/mnt/nfs", "/backup", "/dev/shm" };
    QCOMPARE(mountPoints(volumes), expected);
    // The visible /dev/shm is the one mounted last, over the first.
    QCOMPARE(volumes.constLast().device, QByteArray("0:26"));
    // A bind mount of a subfolder is the same file system: listed once, where all of it shows.
    QCOMPARE(volumes.at(3).root, QByteArray("/"));
    QCOMPARE(volumes.at(0).fsType, QByteArray("overlay"));
}

void TestStorageProbe::probeAgreesWithStatvfs()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    LinuxStorageProbe probe;
    const Df before = df("/");
    const QList<Volume> volumes = probe.sample();
    const Df after = df("/");
    const auto it
        = std::find_if(volumes.cbegin(), volumes.cend(), [](const Volume &volume) { return volume.mountPoint == "/"; });
    QVERIFY2(it != volumes.cend(), "the root file system is a volume");
    QVERIFY2(it->measured(), qPrintable(it->error));
    QCOMPARE(it->totalBytes, before.total);
    // Other processes write meanwhile: the probe's numbers lie between the two df readings.
    QVERIFY(it->usedBytes >= std::min(before.used, after.used) && it->usedBytes <= std::max(before.used, after.used));
    QVERIFY(it->availableBytes >= std::min(before.available, after.available)
        && it->availableBytes <= std::max(before.available, after.available));
    for (const Volume &volume : volumes) {
        QVERIFY2(volume.fsType != "proc" && volume.fsType != "sysfs" && !volume.fsType.startsWith("cgroup"),
            volume.mountPoint.constData());
    }
}

void TestStorageProbe::hungMountDoesNotBlockOthers()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString mountInfo = dir.filePath(u"mountinfo"_s);
    QFile file(mountInfo);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(Fixture);
    file.close();

    auto release = std::make_shared<std::atomic_bool>(false);
    auto nfsCalls = std::make_shared<std::atomic_int>(0);
    auto nfsReturned = std::make_shared<std::atomic_int>(0);
    LinuxStorageProbe::Options options;
    options.mountInfoPath = mountInfo;
    options.timeout = std::chrono::milliseconds(300);
    options.stat = [release, nfsCalls, nfsReturned](const char *path, struct statvfs *st) {
        if (QByteArray(path) == "/mnt/nfs") {
            ++*nfsCalls;
            while (!release->load())
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            ++*nfsReturned;
        }
        *st = {};
        st->f_frsize = 4096;
        st->f_blocks = 1000;
        st->f_bfree = 300;
        st->f_bavail = 200;
        return 0;
    };
    LinuxStorageProbe probe(options);

    QElapsedTimer timer;
    timer.start();
    QList<Volume> volumes = probe.sample();
    QVERIFY2(timer.elapsed() < 2000, "one deadline for all volumes, not one per volume");
    QCOMPARE(volumes.size(), 8);
    for (const Volume &volume : std::as_const(volumes)) {
        if (volume.mountPoint == "/mnt/nfs") {
            QVERIFY(!volume.measured());
            QVERIFY(volume.error.contains(u"did not answer"_s));
            QCOMPARE(volume.totalBytes, std::uint64_t(0));
        } else {
            QVERIFY2(volume.measured(), volume.mountPoint.constData());
            QCOMPARE(volume.totalBytes, std::uint64_t(4096000));
            QCOMPARE(volume.usedBytes, std::uint64_t(700 * 4096));
            QCOMPARE(volume.availableBytes, std::uint64_t(200 * 4096));
            QCOMPARE(volume.usedRatio(), 700.0 / 900.0);
        }
    }

    // The stuck call is not repeated while it still hangs.
    volumes = probe.sample();
    QCOMPARE(nfsCalls->load(), 1);
    QVERIFY(volumes.at(5).error.contains(u"still not answering"_s));

    // Once the server is back the volume is measured again.
    release->store(true);
    QTRY_COMPARE(nfsReturned->load(), 1);
    volumes = probe.sample();
    QCOMPARE(volumes.at(5).mountPoint, QByteArray("/mnt/nfs"));
    QVERIFY(volumes.at(5).measured());
    QTRY_COMPARE(nfsReturned->load(), 2);
}

void TestStorageProbe::fakeProbeRepeatsLastSample()
{
    Volume a;
    a.mountPoint = "/a";
    a.usedBytes = 1;
    Volume b = a;
    b.usedBytes = 2;
    FakeStorageProbe probe({ { a }, { b } });
    QCOMPARE(probe.sample().at(0).usedBytes, std::uint64_t(1));
    QCOMPARE(probe.sample().at(0).usedBytes, std::uint64_t(2));
    QCOMPARE(probe.sample().at(0).usedBytes, std::uint64_t(2));
    QCOMPARE(probe.calls(), 3);
}

QTEST_GUILESS_MAIN(TestStorageProbe)
#include "tst_storageprobe.moc"
