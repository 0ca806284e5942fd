#include "core/cleanup/trash.h"
#include "core/cleanup/treewalk.h"
#include "tests/fixture/files.h"
#include "tests/fixture/fixturetree.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
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

QByteArray parentOf(const QByteArray &path)
{
    return path.left(path.lastIndexOf('/'));
}

QByteArray nameOf(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

/// Trashes tree.path(relative) the way the executor will: through its parent's descriptor.
std::optional<TrashEntry> trash(const FixtureTree &tree, const QByteArray &relative, QString *error)
{
    const QByteArray path = tree.path(relative);
    const UniqueFd parent(openFolder(parentOf(path)));
    return Trash::moveToTrash(parent.get(), nameOf(path), path, error);
}

} // namespace

class TestTrash final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void homeTrashFollowsXdgDataHome();
    void trashAndRestoreFile();
    void trashAndRestoreFolderTree();
    void symlinkIsMovedAsLink();
    void nonUtf8NameRoundTrips();
    void collidingNamesBothRestore();
    void trashInfoContent();
    void percentEncoding_data();
    void percentEncoding();
    void percentEncodingRoundTripsEveryByte();
    void malformedEscapesAreRejected_data();
    void malformedEscapesAreRejected();
    void restoreRefusedWhenOccupied();
    void restoreRefusedWhenParentGone();
    void eraseRemovesItemAndInfo();
    void eraseDeepTree();
    void eraseRefusesEntryNotInTrashLayout();
    void eraseRefusesStaleEntry();
    void refusesPathNotEndingInName();
    void readInfoRejectsMalformed_data();
    void readInfoRejectsMalformed();
    void readInfoResolvesRelativePaths();
    void volumeTrashChoice();
    void volumeTrashRoundTrip_data();
    void volumeTrashRoundTrip();
    void renameFailureRemovesInfo();
    void topDirectoryIsHighestSameDeviceAncestor();

private:
    QTemporaryDir m_home;
    QByteArray m_trash;
};

void TestTrash::cleanupTestCase()
{
    // QTemporaryDir cannot remove the non-UTF-8 names a failed run may leave in the trash.
    QVERIFY(removeTree(QFile::encodeName(m_home.path())));
}

void TestTrash::initTestCase()
{
    QVERIFY(m_home.isValid());
    // Everything below goes to a trash inside this temporary folder, never the user's.
    qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.path()) + "/data");
    m_trash = QFile::encodeName(m_home.path()) + "/data/Trash";
}

void TestTrash::homeTrashFollowsXdgDataHome()
{
    QCOMPARE(Trash::homeTrashPath(), m_trash);
    const QByteArray savedData = qgetenv("XDG_DATA_HOME");
    const QByteArray savedHome = qgetenv("HOME");
    qputenv("XDG_DATA_HOME", "relative/is/ignored");
    qputenv("HOME", "/home/someone");
    const QByteArray fallback = Trash::homeTrashPath();
    qputenv("XDG_DATA_HOME", savedData);
    qputenv("HOME", savedHome);
    QCOMPARE(fallback, "/home/someone/.local/share/Trash"_ba);
}

void TestTrash::trashAndRestoreFile()
{
    FixtureTree tree;
    QVERIFY(tree.file("a.bin", 1000));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, "a.bin", &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->originalPath, tree.path("a.bin"));
    QCOMPARE(entry->filesPath, m_trash + "/files/a.bin");
    QCOMPARE(entry->infoPath, m_trash + "/info/a.bin.trashinfo");
    QCOMPARE(entry->trashPath(), m_trash);
    QVERIFY(!exists(tree.path("a.bin")));
    QCOMPARE(sizeOf(entry->filesPath), 1000);
    QVERIFY(exists(entry->infoPath));
    // The home trash is created private, as the specification asks.
    struct stat st {
    };
    QCOMPARE(::stat(m_trash.constData(), &st), 0);
    QCOMPARE(st.st_mode & 0777, 0700u);

    QVERIFY2(Trash::restore(*entry, &error), qPrintable(error));
    QCOMPARE(sizeOf(tree.path("a.bin")), 1000);
    QVERIFY(!exists(entry->filesPath));
    QVERIFY(!exists(entry->infoPath));
}

void TestTrash::trashAndRestoreFolderTree()
{
    FixtureTree tree;
    QVERIFY(tree.file("t/a.bin", 10));
    QVERIFY(tree.file("t/sub/b.bin", 20));
    QVERIFY(tree.symlink("t/sub/link", "../a.bin"));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, "t", &error);
    QVERIFY2(entry, qPrintable(error));
    QVERIFY(!exists(tree.path("t")));
    QVERIFY(exists(entry->filesPath + "/sub/b.bin"));
    QVERIFY2(Trash::restore(*entry, &error), qPrintable(error));
    QCOMPARE(sizeOf(tree.path("t/sub/b.bin")), 20);
    char target[64] = {};
    QCOMPARE(::readlink(tree.path("t/sub/link").constData(), target, sizeof target - 1), 8);
    QCOMPARE(QByteArray(target), "../a.bin"_ba);
}

void TestTrash::symlinkIsMovedAsLink()
{
    FixtureTree tree;
    QVERIFY(tree.file("target/data.bin", 77));
    QVERIFY(tree.symlink("link", tree.path("target")));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, "link", &error);
    QVERIFY2(entry, qPrintable(error));
    struct stat st {
    };
    QCOMPARE(::lstat(entry->filesPath.constData(), &st), 0);
    QVERIFY(S_ISLNK(st.st_mode));
    QVERIFY(exists(tree.path("target/data.bin")));
    QVERIFY2(Trash::erase(*entry, &error), qPrintable(error));
    QVERIFY(!exists(entry->filesPath));
    QCOMPARE(sizeOf(tree.path("target/data.bin")), 77);
}

void TestTrash::nonUtf8NameRoundTrips()
{
    FixtureTree tree;
    const QByteArray dir = FixtureTree::nonUtf8Name("dir");
    const QByteArray name = FixtureTree::nonUtf8Name("file \x01%");
    QVERIFY(tree.file(dir + '/' + name, 5));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, dir + '/' + name, &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(nameOf(entry->filesPath), name);
    const QByteArray info = readAll(entry->infoPath);
    QVERIFY2(info.contains("/caf%E9-dir/caf%E9-file%20%01%25\n"), info.constData());

    const std::optional<TrashEntry> read = Trash::readInfo(entry->infoPath, m_trash);
    QVERIFY(read);
    QCOMPARE(read->originalPath, tree.path(dir + '/' + name));
    QCOMPARE(read->filesPath, entry->filesPath);
    QVERIFY2(Trash::restore(*read, &error), qPrintable(error));
    QCOMPARE(sizeOf(tree.path(dir + '/' + name)), 5);
    QVERIFY(exists(tree.path(dir + '/' + name)));
}

void TestTrash::collidingNamesBothRestore()
{
    FixtureTree tree;
    QVERIFY(tree.file("one/same.txt", 1));
    QVERIFY(tree.file("two/same.txt", 2));
    QVERIFY(tree.file("three/same.txt", 3));
    QString error;
    const std::optional<TrashEntry> first = trash(tree, "one/same.txt", &error);
    QVERIFY2(first, qPrintable(error));
    const std::optional<TrashEntry> second = trash(tree, "two/same.txt", &error);
    QVERIFY2(second, qPrintable(error));
    // An item without a record already sits where "same.txt.3" would go: it must not be replaced.
    QVERIFY(writeFile(m_trash + "/files/same.txt.3", "stray"));
    const std::optional<TrashEntry> third = trash(tree, "three/same.txt", &error);
    QVERIFY2(third, qPrintable(error));
    QCOMPARE(nameOf(first->filesPath), "same.txt"_ba);
    QCOMPARE(nameOf(second->filesPath), "same.txt.2"_ba);
    QCOMPARE(nameOf(third->filesPath), "same.txt.4"_ba);
    QCOMPARE(nameOf(second->infoPath), "same.txt.2.trashinfo"_ba);
    QVERIFY(!exists(m_trash + "/info/same.txt.3.trashinfo"));
    QCOMPARE(readAll(m_trash + "/files/same.txt.3"), "stray"_ba);

    QVERIFY2(Trash::restore(*second, &error), qPrintable(error));
    QVERIFY2(Trash::restore(*first, &error), qPrintable(error));
    QVERIFY2(Trash::restore(*third, &error), qPrintable(error));
    QCOMPARE(sizeOf(tree.path("one/same.txt")), 1);
    QCOMPARE(sizeOf(tree.path("two/same.txt")), 2);
    QCOMPARE(sizeOf(tree.path("three/same.txt")), 3);
    QVERIFY(::unlink(QByteArray(m_trash + "/files/same.txt.3").constData()) == 0);
}

void TestTrash::trashInfoContent()
{
    FixtureTree tree;
    QVERIFY(tree.file("with space/100%.bin", 1));
    QString error;
    const QDateTime before = QDateTime::currentDateTime().addSecs(-1);
    const std::optional<TrashEntry> entry = trash(tree, "with space/100%.bin", &error);
    QVERIFY2(entry, qPrintable(error));
    const QDateTime after = QDateTime::currentDateTime().addSecs(1);

    const QString info = QString::fromLatin1(readAll(entry->infoPath));
    static const QRegularExpression Format(
        u"^\\[Trash Info\\]\nPath=([^\n]+)\nDeletionDate=(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d)\n$"_s);
    const QRegularExpressionMatch match = Format.match(info);
    QVERIFY2(match.hasMatch(), qPrintable(info));
    QCOMPARE(match.captured(1).toLatin1(), percentEncodePath(tree.path("with space/100%.bin")));
    QVERIFY(match.captured(1).endsWith(u"/with%20space/100%25.bin"_s));
    QVERIFY(match.captured(1).startsWith(u'/')); // absolute in the home trash
    const QDateTime stored = QDateTime::fromString(match.captured(2), Qt::ISODate);
    QVERIFY(stored >= before && stored <= after);
    QCOMPARE(stored.timeSpec(), Qt::LocalTime);
    QCOMPARE(entry->deletionDate, stored);
    QVERIFY(Trash::erase(*entry, &error));
}

void TestTrash::percentEncoding_data()
{
    QTest::addColumn<QByteArray>("raw");
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("plain") << "/home/u/a-b_c.d~e"_ba
                           << "/home/u/a-b_c.d~e"_ba;
    QTest::newRow("marks") << "/!*'()"_ba
                           << "/!*'()"_ba;
    QTest::newRow("space") << "/a b"_ba
                           << "/a%20b"_ba;
    QTest::newRow("percent") << "/100%"_ba
                             << "/100%25"_ba;
    QTest::newRow("reserved") << "/a?b#c;d:e@f&g=h+i$j,k"_ba
                              << "/a%3Fb%23c%3Bd%3Ae%40f%26g%3Dh%2Bi%24j%2Ck"_ba;
    QTest::newRow("utf8") << "/caf\xc3\xa9"_ba
                          << "/caf%C3%A9"_ba;
    QTest::newRow("latin1") << "/caf\xe9"_ba
                            << "/caf%E9"_ba;
    QTest::newRow("newline") << "/a\nb"_ba
                             << "/a%0Ab"_ba;
}

void TestTrash::percentEncoding()
{
    QFETCH(QByteArray, raw);
    QFETCH(QByteArray, encoded);
    QCOMPARE(percentEncodePath(raw), encoded);
    QCOMPARE(percentDecodePath(encoded).value_or("<invalid>"), raw);
    QCOMPARE(percentDecodePath(encoded.toLower()).value_or("<invalid>"), raw.toLower());
}

void TestTrash::percentEncodingRoundTripsEveryByte()
{
    QByteArray all;
    for (int byte = 1; byte < 256; ++byte)
        all += static_cast<char>(byte);
    const QByteArray encoded = percentEncodePath(all);
    for (const char c : encoded)
        QVERIFY(c > 0x20 && c < 0x7f); // fits one line of a key file
    QCOMPARE(percentDecodePath(encoded).value_or(QByteArray()), all);
}

void TestTrash::malformedEscapesAreRejected_data()
{
    QTest::addColumn<QByteArray>("encoded");
    QTest::newRow("short") << "/a%2"_ba;
    QTest::newRow("end") << "/a%"_ba;
    QTest::newRow("not-hex") << "/a%G1"_ba;
    QTest::newRow("nul") << "/a%00b"_ba;
}

void TestTrash::malformedEscapesAreRejected()
{
    QFETCH(QByteArray, encoded);
    QVERIFY(!percentDecodePath(encoded));
}

void TestTrash::restoreRefusedWhenOccupied()
{
    FixtureTree tree;
    QVERIFY(tree.file("a.bin", 10));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, "a.bin", &error);
    QVERIFY2(entry, qPrintable(error));
    QVERIFY(tree.file("a.bin", 3)); // something new took the name
    QVERIFY(!Trash::restore(*entry, &error));
    QVERIFY2(error.contains(QFile::decodeName(tree.path("a.bin"))), qPrintable(error));
    QCOMPARE(sizeOf(tree.path("a.bin")), 3);
    QVERIFY(exists(entry->filesPath));
    QVERIFY(exists(entry->infoPath));
    QVERIFY(Trash::erase(*entry, &error));
}

void TestTrash::restoreRefusedWhenParentGone()
{
    FixtureTree tree;
    QVERIFY(tree.file("gone/a.bin", 10));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, "gone/a.bin", &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(::rmdir(tree.path("gone").constData()), 0);
    QVERIFY(!Trash::restore(*entry, &error));
    QVERIFY2(error.contains(QFile::decodeName(tree.path("gone"))), qPrintable(error));
    QVERIFY(!exists(tree.path("gone")));
    QVERIFY(exists(entry->filesPath));
    QVERIFY(exists(entry->infoPath));
    QVERIFY(Trash::erase(*entry, &error));
}

void TestTrash::eraseRemovesItemAndInfo()
{
    FixtureTree tree;
    QVERIFY(tree.file("t/a.bin", 10));
    QVERIFY(tree.file("t/sub/b.bin", 10));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, "t", &error);
    QVERIFY2(entry, qPrintable(error));
    QVERIFY2(Trash::erase(*entry, &error), qPrintable(error));
    QVERIFY(!exists(entry->filesPath));
    QVERIFY(!exists(entry->infoPath));
    // Erasing again finds nothing to do but must not touch anything else.
    QVERIFY(!Trash::erase(*entry, &error));
    QVERIFY(exists(m_trash + "/files"));
}

void TestTrash::eraseDeepTree()
{
    FixtureTree tree;
    QVERIFY2(tree.deepNesting("deep", 300, "level", 100), qPrintable(tree.lastError()));
    QString error;
    const std::optional<TrashEntry> entry = trash(tree, "deep", &error);
    QVERIFY2(entry, qPrintable(error));
    QVERIFY2(Trash::erase(*entry, &error), qPrintable(error));
    QVERIFY(!exists(entry->filesPath));
    QVERIFY(!exists(entry->infoPath));
}

void TestTrash::eraseRefusesEntryNotInTrashLayout()
{
    FixtureTree tree;
    QVERIFY(tree.file("victim/keep.bin", 10));
    QVERIFY(tree.file("t.bin", 1));
    QString error;
    std::optional<TrashEntry> entry = trash(tree, "t.bin", &error);
    QVERIFY2(entry, qPrintable(error));
    TrashEntry forged = *entry;
    forged.filesPath = tree.path("victim"); // a damaged journal line
    QVERIFY(!Trash::erase(forged, &error));
    QVERIFY(!Trash::restore(forged, &error));
    QVERIFY(exists(tree.path("victim/keep.bin")));
    QVERIFY(exists(entry->filesPath));
    QVERIFY(Trash::erase(*entry, &error));
}

void TestTrash::eraseRefusesStaleEntry()
{
    FixtureTree tree;
    QVERIFY(tree.file("one/x.bin", 1));
    QVERIFY(tree.file("two/x.bin", 2));
    QString error;
    const std::optional<TrashEntry> old = trash(tree, "one/x.bin", &error);
    QVERIFY2(old, qPrintable(error));
    QVERIFY(Trash::erase(*old, &error));
    // Another item now holds the same trash name; the old journal entry must not reach it.
    const std::optional<TrashEntry> now = trash(tree, "two/x.bin", &error);
    QVERIFY2(now, qPrintable(error));
    QCOMPARE(now->filesPath, old->filesPath);
    QVERIFY(!Trash::erase(*old, &error));
    QVERIFY2(error.contains(QFile::decodeName(tree.path("two/x.bin"))), qPrintable(error));
    QVERIFY(!Trash::restore(*old, &error));
    QVERIFY(exists(now->filesPath));
    QVERIFY(!exists(tree.path("one/x.bin")));
    QVERIFY(Trash::restore(*now, &error));
}

void TestTrash::refusesPathNotEndingInName()
{
    FixtureTree tree;
    QVERIFY(tree.file("a.bin", 1));
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY(!Trash::moveToTrash(parent.get(), "a.bin", tree.path("b.bin"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Trash::moveToTrash(parent.get(), "a.bin", "a.bin", &error));
    QVERIFY(!Trash::moveToTrash(parent.get(), "..", tree.root() + "/..", &error));
    QVERIFY(!Trash::moveToTrash(parent.get(), "missing", tree.path("missing"), &error));
    QVERIFY(exists(tree.path("a.bin")));
}

void TestTrash::readInfoRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no-group") << "Path=/a\nDeletionDate=2024-01-02T03:04:05\n"_ba;
    QTest::newRow("other-group-first") << "[Other]\n[Trash Info]\nPath=/a\nDeletionDate=2024-01-02T03:04:05\n"_ba;
    QTest::newRow("no-path") << "[Trash Info]\nDeletionDate=2024-01-02T03:04:05\n"_ba;
    QTest::newRow("no-date") << "[Trash Info]\nPath=/a\n"_ba;
    QTest::newRow("bad-date") << "[Trash Info]\nPath=/a\nDeletionDate=yesterday\n"_ba;
    QTest::newRow("bad-escape") << "[Trash Info]\nPath=/a%zz\nDeletionDate=2024-01-02T03:04:05\n"_ba;
    QTest::newRow("dotdot") << "[Trash Info]\nPath=/a/../b\nDeletionDate=2024-01-02T03:04:05\n"_ba;
    QTest::newRow("relative-dotdot") << "[Trash Info]\nPath=../b\nDeletionDate=2024-01-02T03:04:05\n"_ba;
    QTest::newRow("root") << "[Trash Info]\nPath=/\nDeletionDate=2024-01-02T03:04:05\n"_ba;
}

void TestTrash::readInfoRejectsMalformed()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QByteArray trashPath = QFile::encodeName(dir.path()) + "/Trash";
    QVERIFY(QDir().mkpath(QFile::decodeName(trashPath + "/info")));
    QVERIFY(writeFile(trashPath + "/info/x.trashinfo", content));
    QVERIFY(!Trash::readInfo(trashPath + "/info/x.trashinfo", trashPath));
}

void TestTrash::readInfoResolvesRelativePaths()
{
    FixtureTree dir; // QTemporaryDir cannot remove the non-UTF-8 names written here
    const QByteArray top = dir.root();
    const QByteArray content = "[Trash Info]\r\nPath=sub/caf%E9\r\nDeletionDate=2024-01-02T03:04:05\r\n";
    for (const QByteArray &trashPath : { QByteArray(top + "/.Trash-1000"), QByteArray(top + "/.Trash/1000") }) {
        QVERIFY(QDir().mkpath(QFile::decodeName(trashPath + "/info")));
        QVERIFY(writeFile(trashPath + "/info/caf\xe9.trashinfo", content));
        const std::optional<TrashEntry> entry = Trash::readInfo(trashPath + "/info/caf\xe9.trashinfo", trashPath);
        QVERIFY(entry);
        QCOMPARE(entry->originalPath, top + "/sub/caf\xe9");
        QCOMPARE(entry->filesPath, trashPath + "/files/caf\xe9");
        QCOMPARE(entry->deletionDate, QDateTime(QDate(2024, 1, 2), QTime(3, 4, 5)));
        // The info file must sit in the trash it is read for.
        QVERIFY(!Trash::readInfo(trashPath + "/info/caf\xe9.trashinfo", top + "/elsewhere"));
    }
}

void TestTrash::volumeTrashChoice()
{
    const uid_t uid = ::geteuid();
    const QByteArray uidText = QByteArray::number(uid);
    const auto isPrivateDir = [](const QByteArray &path) {
        struct stat st {
        };
        return ::lstat(path.constData(), &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & 0777) == 0700;
    };
    QString error;
    {
        // No .Trash: the per-user .Trash-$uid, created private with files/ and info/.
        QTemporaryDir top;
        const QByteArray topdir = QFile::encodeName(top.path());
        const QByteArray chosen = Trash::volumeTrashPath(topdir, uid, &error);
        QCOMPARE(chosen, topdir + "/.Trash-" + uidText);
        QVERIFY(isPrivateDir(chosen));
        QVERIFY(isPrivateDir(chosen + "/files"));
        QVERIFY(isPrivateDir(chosen + "/info"));
        // Choosing again reuses it.
        QCOMPARE(Trash::volumeTrashPath(topdir, uid, &error), chosen);
    }
    {
        // An administrator's .Trash with the sticky bit: $topdir/.Trash/$uid.
        QTemporaryDir top;
        const QByteArray topdir = QFile::encodeName(top.path());
        QCOMPARE(::mkdir(QByteArray(topdir + "/.Trash").constData(), 0777), 0);
        QCOMPARE(::chmod(QByteArray(topdir + "/.Trash").constData(), 01777), 0);
        const QByteArray chosen = Trash::volumeTrashPath(topdir, uid, &error);
        QCOMPARE(chosen, topdir + "/.Trash/" + uidText);
        QVERIFY(isPrivateDir(chosen));
        QVERIFY(isPrivateDir(chosen + "/info"));
    }
    {
        // Without the sticky bit it is not trusted.
        QTemporaryDir top;
        const QByteArray topdir = QFile::encodeName(top.path());
        QCOMPARE(::mkdir(QByteArray(topdir + "/.Trash").constData(), 0777), 0);
        QCOMPARE(::chmod(QByteArray(topdir + "/.Trash").constData(), 0777), 0);
        QCOMPARE(Trash::volumeTrashPath(topdir, uid, &error), topdir + "/.Trash-" + uidText);
        QVERIFY(!exists(topdir + "/.Trash/" + uidText));
    }
    {
        // A symlink named .Trash, even to a sticky folder, is not trusted either.
        QTemporaryDir top;
        const QByteArray topdir = QFile::encodeName(top.path());
        QCOMPARE(::mkdir(QByteArray(topdir + "/elsewhere").constData(), 0777), 0);
        QCOMPARE(::chmod(QByteArray(topdir + "/elsewhere").constData(), 01777), 0);
        QCOMPARE(::symlink("elsewhere", QByteArray(topdir + "/.Trash").constData()), 0);
        QCOMPARE(Trash::volumeTrashPath(topdir, uid, &error), topdir + "/.Trash-" + uidText);
        QVERIFY(!exists(topdir + "/elsewhere/" + uidText));
    }
    {
        // A file named .Trash: ignored.
        QTemporaryDir top;
        const QByteArray topdir = QFile::encodeName(top.path());
        QVERIFY(writeFile(topdir + "/.Trash", "not a folder"));
        QCOMPARE(Trash::volumeTrashPath(topdir, uid, &error), topdir + "/.Trash-" + uidText);
    }
    {
        // A planted .Trash-$uid symlink is refused rather than followed.
        QTemporaryDir top;
        const QByteArray topdir = QFile::encodeName(top.path());
        QCOMPARE(::mkdir(QByteArray(topdir + "/elsewhere").constData(), 0700), 0);
        QCOMPARE(::symlink("elsewhere", QByteArray(topdir + "/.Trash-" + uidText).constData()), 0);
        error.clear();
        QVERIFY(Trash::volumeTrashPath(topdir, uid, &error).isEmpty());
        QVERIFY(!error.isEmpty());
        QVERIFY(!exists(topdir + "/elsewhere/files"));
    }
    {
        // Someone else's .Trash-$uid (pre-created to catch our files) is refused.
        QTemporaryDir top;
        const QByteArray topdir = QFile::encodeName(top.path());
        const uid_t other = uid + 1;
        QCOMPARE(::mkdir(QByteArray(topdir + "/.Trash-" + QByteArray::number(other)).constData(), 0700), 0);
        QVERIFY(Trash::volumeTrashPath(topdir, other, &error).isEmpty());
    }
}

void TestTrash::volumeTrashRoundTrip_data()
{
    QTest::addColumn<bool>("sharedTrash");
    QTest::newRow(".Trash-$uid") << false;
    QTest::newRow(".Trash/$uid") << true;
}

void TestTrash::volumeTrashRoundTrip()
{
    // A fixture folder plays the volume's $topdir: no second mount needed.
    QFETCH(bool, sharedTrash);
    FixtureTree tree;
    const QByteArray name = FixtureTree::nonUtf8Name("x y");
    QVERIFY(tree.file("sub/" + name, 9));
    if (sharedTrash) {
        QVERIFY(tree.dir(".Trash"));
        QCOMPARE(::chmod(tree.path(".Trash").constData(), 01777), 0);
    }
    QString error;
    const QByteArray trashPath = Trash::volumeTrashPath(tree.root(), ::geteuid(), &error);
    QVERIFY2(!trashPath.isEmpty(), qPrintable(error));
    QCOMPARE(trashPath.contains("/.Trash/"), sharedTrash);

    const UniqueFd parent(openFolder(tree.path("sub")));
    const std::optional<TrashEntry> entry
        = Trash::moveToTrashDirectory(parent.get(), name, tree.path("sub/" + name), trashPath, tree.root(), &error);
    QVERIFY2(entry, qPrintable(error));
    QCOMPARE(entry->filesPath, trashPath + "/files/" + name);
    QVERIFY(!exists(tree.path("sub/" + name)));
    // Relative to $topdir, so the volume can be mounted elsewhere later.
    QVERIFY2(readAll(entry->infoPath).contains("\nPath=sub/caf%E9-x%20y\n"), readAll(entry->infoPath).constData());

    const std::optional<TrashEntry> read = Trash::readInfo(entry->infoPath, trashPath);
    QVERIFY(read);
    QCOMPARE(read->originalPath, tree.path("sub/" + name));
    QVERIFY2(Trash::restore(*read, &error), qPrintable(error));
    QCOMPARE(sizeOf(tree.path("sub/" + name)), 9);

    // Erase works there too, and a path outside $topdir is refused.
    const std::optional<TrashEntry> again
        = Trash::moveToTrashDirectory(parent.get(), name, tree.path("sub/" + name), trashPath, tree.root(), &error);
    QVERIFY2(again, qPrintable(error));
    QVERIFY2(Trash::erase(*again, &error), qPrintable(error));
    QVERIFY(!exists(again->filesPath));
    QVERIFY(tree.file("sub/other", 1));
    QVERIFY(!Trash::moveToTrashDirectory(
        parent.get(), "other", tree.path("sub/other"), trashPath, tree.path("elsewhere"), &error));
    QVERIFY(exists(tree.path("sub/other")));
}

void TestTrash::renameFailureRemovesInfo()
{
    // The home trash inside the item itself: rename() refuses to move a folder into itself,
    // after the .trashinfo was written. That record must not stay behind.
    FixtureTree tree;
    QVERIFY(tree.file("victim/keep.bin", 4));
    const QByteArray saved = qgetenv("XDG_DATA_HOME");
    qputenv("XDG_DATA_HOME", tree.path("victim/data"));
    const auto restoreEnv = qScopeGuard([&] { qputenv("XDG_DATA_HOME", saved); });
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY(!Trash::moveToTrash(parent.get(), "victim", tree.path("victim"), &error));
    QVERIFY2(error.contains(u"inside"_s), qPrintable(error));
    QVERIFY(exists(tree.path("victim/keep.bin")));
    QVERIFY(exists(tree.path("victim/data/Trash/info")));
    QVERIFY(QDir(QFile::decodeName(tree.path("victim/data/Trash/info"))).isEmpty());
}

void TestTrash::topDirectoryIsHighestSameDeviceAncestor()
{
    FixtureTree tree;
    QVERIFY(tree.dir("a/b"));
    const UniqueFd dir(openFolder(tree.path("a/b")));
    QString error;
    const QByteArray top = Trash::topDirectory(dir.get(), tree.path("a/b"), &error);
    QVERIFY2(!top.isEmpty(), qPrintable(error));
    QVERIFY(tree.path("a/b").startsWith(top == "/" ? top : top + '/'));
    struct stat dirSt {
    };
    struct stat topSt {
    };
    QCOMPARE(::fstat(dir.get(), &dirSt), 0);
    QCOMPARE(::stat(top.constData(), &topSt), 0);
    QCOMPARE(topSt.st_dev, dirSt.st_dev);
    if (top != "/") {
        struct stat upSt {
        };
        QCOMPARE(::stat(parentOf(top).isEmpty() ? "/" : parentOf(top).constData(), &upSt), 0);
        QVERIFY(upSt.st_dev != dirSt.st_dev);
    }
    // A path that does not lead to the descriptor's folder is refused.
    QVERIFY(Trash::topDirectory(dir.get(), tree.path("a"), &error).isEmpty());
    QVERIFY(!error.isEmpty());
}

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
