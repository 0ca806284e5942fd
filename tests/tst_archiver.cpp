#include "core/cleanup/archiver.h"
#include "tests/fixture/files.h"
#include "tests/fixture/fixturetree.h"

#include <QCryptographicHash>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTest>

#include <algorithm>
#include <cerrno>
#include <clocale>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

QByteArray randomBytes(qsizetype size)
{
    QByteArray data(size, Qt::Uninitialized);
    QRandomGenerator generator(42);
    for (char &c : data)
        c = static_cast<char>(generator.bounded(256));
    return data;
}

/// Adds abs (and everything below it, in name order) the way the cleanup executor does:
/// lstat, never following a link, files read through an O_NOFOLLOW descriptor.
bool addPath(ArchiveWriter &writer, const QByteArray &abs, QString *error)
{
    struct stat st {
    };
    if (::lstat(abs.constData(), &st) != 0) {
        *error = u"lstat failed"_s;
        return false;
    }
    const QByteArray name = abs.mid(1);
    if (S_ISLNK(st.st_mode)) {
        char target[4096];
        const ssize_t n = ::readlink(abs.constData(), target, sizeof target);
        return n > 0 && writer.addSymlink(name, QByteArray(target, n), st, error);
    }
    if (S_ISREG(st.st_mode)) {
        const int fd = ::open(abs.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
        const bool ok = fd >= 0 && writer.addFile(name, fd, st, error);
        if (fd >= 0)
            ::close(fd);
        return ok;
    }
    if (!writer.addDirectory(name, st, error))
        return false;
    QList<QByteArray> children;
    if (DIR *dir = ::opendir(abs.constData())) {
        while (const dirent *entry = ::readdir(dir)) {
            const QByteArray child(entry->d_name);
            if (child != "." && child != "..")
                children.append(child);
        }
        ::closedir(dir);
    }
    std::sort(children.begin(), children.end());
    for (const QByteArray &child : children)
        if (!addPath(writer, abs + '/' + child, error))
            return false;
    return true;
}

/// A small tree with everything an archive must carry exactly.
bool buildTree(FixtureTree &tree)
{
    return tree.file("t/a.bin", 1000) && tree.file("t/empty.bin", 0) && tree.dir("t/sub/empty-dir")
        && writeFile(tree.path("t/sub/random.bin"), randomBytes(600 * 1024)) // several read chunks
        && tree.symlink("t/link", "a.bin")
        && tree.symlink("t/sub/" + FixtureTree::nonUtf8Name("link"), "../" + FixtureTree::nonUtf8Name("file"))
        && tree.file("t/" + FixtureTree::nonUtf8Name("file"), 33) && tree.sparseFile("t/sparse.bin", 16 << 20, 100);
}

QByteArray archivePathIn(const FixtureTree &tree)
{
    return tree.path("out.tar.zst");
}

/// Writes tree's t/ to an archive and returns the entries it wrote.
QList<ArchivedEntry> writeTreeArchive(const FixtureTree &tree, QString *error)
{
    ArchiveWriter writer;
    if (!writer.open(archivePathIn(tree), error) || !addPath(writer, tree.path("t"), error) || !writer.finish(error))
        return {};
    return writer.entries();
}

const ArchivedEntry *find(const QList<ArchivedEntry> &entries, const QByteArray &name)
{
    for (const ArchivedEntry &entry : entries)
        if (entry.name == name)
            return &entry;
    return nullptr;
}

} // namespace

class TestArchiver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndVerifiesTree_data();
    void writesAndVerifiesTree();
    void gnuTarReadsTheSameEntries();
    void corruptedArchiveFailsVerification_data();
    void corruptedArchiveFailsVerification();
    void mismatchedExpectationFails_data();
    void mismatchedExpectationFails();
    void existingDestinationIsRefused();
    void writeErrorRemovesPartialFile_data();
    void writeErrorRemovesPartialFile();
    void unfinishedWriterRemovesFile();
    void fileChangedWhileReadFails();
    void readsWholeFileWhateverTheOffset();
    void reportsProgressAndCancels();
    void unsafeNamesAreRefused_data();
    void unsafeNamesAreRefused();
};

void TestArchiver::writesAndVerifiesTree_data()
{
    // Raw names must not depend on the locale libarchive would otherwise convert through.
    QTest::addColumn<QByteArray>("locale");
    QTest::newRow("C") << "C"_ba;
    QTest::newRow("C.UTF-8") << "C.UTF-8"_ba;
}

void TestArchiver::writesAndVerifiesTree()
{
    QFETCH(QByteArray, locale);
    const std::string saved = std::setlocale(LC_ALL, nullptr);
    if (!std::setlocale(LC_ALL, locale.constData()))
        QSKIP("locale not available");
    const auto restore = qScopeGuard([&] { std::setlocale(LC_ALL, saved.c_str()); });

    FixtureTree tree;
    QVERIFY2(buildTree(tree), qPrintable(tree.lastError()));
    QString error;
    const QList<ArchivedEntry> entries = writeTreeArchive(tree, &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    QCOMPARE(entries.size(), 10);
    QVERIFY2(verifyArchive(archivePathIn(tree), entries, &error), qPrintable(error));

    const QByteArray base = tree.path("t").mid(1);
    const ArchivedEntry *empty = find(entries, base + "/empty.bin");
    QVERIFY(empty);
    QCOMPARE(empty->type, 'f');
    QCOMPARE(empty->size, 0u);
    QCOMPARE(empty->digest, "d41d8cd98f00b204e9800998ecf8427e"_ba);
    const ArchivedEntry *sparse = find(entries, base + "/sparse.bin");
    QVERIFY(sparse);
    QCOMPARE(sparse->size, 16u << 20);
    const ArchivedEntry *odd = find(entries, base + '/' + FixtureTree::nonUtf8Name("file"));
    QVERIFY(odd);
    QCOMPARE(odd->size, 33u);
    const ArchivedEntry *link = find(entries, base + "/sub/" + FixtureTree::nonUtf8Name("link"));
    QVERIFY(link);
    QCOMPARE(link->type, 'l');
    QCOMPARE(link->target, QByteArray("../" + FixtureTree::nonUtf8Name("file")));
    QCOMPARE(find(entries, base + "/sub/empty-dir")->type, 'd');
    // The 16 MiB of zeros compress away; the random megabyte does not.
    struct stat st {
    };
    QCOMPARE(::stat(archivePathIn(tree).constData(), &st), 0);
    QVERIFY(st.st_size < 1 << 20);
    QCOMPARE(st.st_mode & 0777, 0600u);

    // md5sum, an outside oracle, agrees with the digest taken while writing.
    if (!QStandardPaths::findExecutable(u"md5sum"_s).isEmpty()) {
        QProcess md5sum;
        md5sum.start(u"md5sum"_s, { QFile::decodeName(tree.path("t/sub/random.bin")) });
        QVERIFY(md5sum.waitForFinished(10000));
        QCOMPARE(md5sum.readAllStandardOutput().left(32), find(entries, base + "/sub/random.bin")->digest);
    }
}

void TestArchiver::gnuTarReadsTheSameEntries()
{
    if (QStandardPaths::findExecutable(u"tar"_s).isEmpty() || QStandardPaths::findExecutable(u"zstd"_s).isEmpty())
        QSKIP("GNU tar with zstd is not installed");
    FixtureTree tree;
    QVERIFY2(buildTree(tree), qPrintable(tree.lastError()));
    QString error;
    const QList<ArchivedEntry> entries = writeTreeArchive(tree, &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));

    QProcess tar;
    tar.start(
        u"tar"_s, { u"--zstd"_s, u"--quoting-style=literal"_s, u"-tf"_s, QFile::decodeName(archivePathIn(tree)) });
    QVERIFY(tar.waitForFinished(30000));
    QCOMPARE(tar.exitCode(), 0);
    QSet<QByteArray> listed;
    for (QByteArray line : tar.readAllStandardOutput().split('\n')) {
        if (line.endsWith('/'))
            line.chop(1);
        if (!line.isEmpty())
            listed.insert(line);
    }
    QSet<QByteArray> written;
    for (const ArchivedEntry &entry : entries)
        written.insert(entry.name);
    QCOMPARE(listed, written);

    // And extracts them byte-exact: names, data, link targets.
    FixtureTree out;
    QProcess extract;
    extract.start(u"tar"_s,
        { u"--zstd"_s, u"-xf"_s, QFile::decodeName(archivePathIn(tree)), u"-C"_s, QFile::decodeName(out.root()) });
    QVERIFY(extract.waitForFinished(30000));
    QCOMPARE(extract.exitCode(), 0);
    const QByteArray base = tree.path("t").mid(1);
    QCOMPARE(readAll(out.path(base + '/' + FixtureTree::nonUtf8Name("file"))),
        readAll(tree.path("t/" + FixtureTree::nonUtf8Name("file"))));
    QCOMPARE(readAll(out.path(base + "/sub/random.bin")), readAll(tree.path("t/sub/random.bin")));
    char target[64] = {};
    const QByteArray linkPath = out.path(base + "/sub/" + FixtureTree::nonUtf8Name("link"));
    QVERIFY(::readlink(linkPath.constData(), target, sizeof target - 1) > 0);
    QCOMPARE(QByteArray(target), QByteArray("../" + FixtureTree::nonUtf8Name("file")));
}

void TestArchiver::corruptedArchiveFailsVerification_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("flip-middle") << u"flip-middle"_s;
    QTest::newRow("flip-early") << u"flip-early"_s;
    QTest::newRow("truncate-half") << u"truncate-half"_s;
    QTest::newRow("truncate-tail") << u"truncate-tail"_s;
    QTest::newRow("empty") << u"empty"_s;
    QTest::newRow("not-an-archive") << u"not-an-archive"_s;
}

void TestArchiver::corruptedArchiveFailsVerification()
{
    QFETCH(QString, damage);
    FixtureTree tree;
    QVERIFY2(buildTree(tree), qPrintable(tree.lastError()));
    QString error;
    const QList<ArchivedEntry> entries = writeTreeArchive(tree, &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    const QByteArray path = archivePathIn(tree);
    QByteArray data = readAll(path);
    QVERIFY(data.size() > 4096);
    if (damage == u"flip-middle"_s) {
        for (qsizetype i = data.size() / 2; i < data.size() / 2 + 16; ++i)
            data[i] = static_cast<char>(~data[i]);
    } else if (damage == u"flip-early"_s) {
        data[200] = static_cast<char>(data[200] ^ 0x55);
    } else if (damage == u"truncate-half"_s) {
        data.truncate(data.size() / 2);
    } else if (damage == u"truncate-tail"_s) {
        data.chop(10);
    } else if (damage == u"empty"_s) {
        data.clear();
    } else {
        data = QByteArray(8192, 'x');
    }
    QVERIFY(writeFile(path, data));
    error.clear();
    QVERIFY(!verifyArchive(path, entries, &error));
    QVERIFY(!error.isEmpty());
    qInfo().noquote() << damage << "->" << error;
}

void TestArchiver::mismatchedExpectationFails_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("size") << u"size"_s;
    QTest::newRow("digest") << u"digest"_s;
    QTest::newRow("type") << u"type"_s;
    QTest::newRow("target") << u"target"_s;
    QTest::newRow("missing-from-archive") << u"missing-from-archive"_s;
    QTest::newRow("extra-in-archive") << u"extra-in-archive"_s;
}

void TestArchiver::mismatchedExpectationFails()
{
    QFETCH(QString, change);
    FixtureTree tree;
    QVERIFY2(buildTree(tree), qPrintable(tree.lastError()));
    QString error;
    QList<ArchivedEntry> entries = writeTreeArchive(tree, &error);
    QVERIFY2(!entries.isEmpty(), qPrintable(error));
    const QByteArray base = tree.path("t").mid(1);
    QByteArray named = base + "/a.bin";
    const auto at = [&](const QByteArray &name) {
        return std::find_if(entries.begin(), entries.end(), [&](const ArchivedEntry &e) { return e.name == name; });
    };
    if (change == u"size"_s) {
        at(named)->size += 1;
    } else if (change == u"digest"_s) {
        at(named)->digest = "00000000000000000000000000000000";
    } else if (change == u"type"_s) {
        named = base + "/sub/empty-dir";
        at(named)->type = 'f';
    } else if (change == u"target"_s) {
        named = base + "/link";
        at(named)->target = "elsewhere";
    } else if (change == u"missing-from-archive"_s) {
        named = base + "/never-written.bin";
        entries.append(ArchivedEntry { named, 'f', 1, "0cc175b9c0f1b6a831c399e269772661", {} });
    } else {
        entries.erase(at(named));
    }
    QVERIFY(!verifyArchive(archivePathIn(tree), entries, &error));
    QVERIFY2(error.contains(QString::fromUtf8(named)), qPrintable(error));
}

void TestArchiver::existingDestinationIsRefused()
{
    FixtureTree tree;
    QVERIFY(writeFile(tree.path("out.tar.zst"), "an earlier archive"));
    ArchiveWriter writer;
    QString error;
    QVERIFY(!writer.open(tree.path("out.tar.zst"), &error));
    QVERIFY2(error.contains(u"exists"_s), qPrintable(error));
    QCOMPARE(readAll(tree.path("out.tar.zst")), "an earlier archive"_ba);
    // A symlink there is not followed either.
    QVERIFY(tree.symlink("link.tar.zst", "nowhere.tar.zst"));
    QVERIFY(!writer.open(tree.path("link.tar.zst"), &error));
    QVERIFY(!exists(tree.path("nowhere.tar.zst")));
}

void TestArchiver::writeErrorRemovesPartialFile_data()
{
    QTest::addColumn<qint64>("roomBytes");
    QTest::newRow("full-from-start") << qint64(0);
    QTest::newRow("full-after-64k") << qint64(64 * 1024);
}

void TestArchiver::writeErrorRemovesPartialFile()
{
    QFETCH(qint64, roomBytes);
    FixtureTree tree;
    QVERIFY(writeFile(tree.path("big.bin"), randomBytes(4 << 20)));
    const int full = ::open("/dev/full", O_WRONLY | O_CLOEXEC);
    if (full < 0)
        QSKIP("/dev/full is not available");
    const auto closeFull = qScopeGuard([full] { ::close(full); });

    ArchiveWriter writer;
    QString error;
    QVERIFY2(writer.open(archivePathIn(tree), &error), qPrintable(error));
    // The first roomBytes go to the real file, then the device is full: the kernel's own ENOSPC.
    qint64 room = roomBytes;
    writer.setWriteFunctionForTesting([&room, full](int fd, const void *data, size_t size) -> ssize_t {
        if (room <= 0)
            return ::write(full, data, size);
        const auto n = static_cast<size_t>(std::min<qint64>(room, static_cast<qint64>(size)));
        room -= static_cast<qint64>(n);
        return ::write(fd, data, n);
    });
    const bool added = addPath(writer, tree.path("big.bin"), &error);
    QString finishError;
    QVERIFY(!writer.finish(&finishError));
    const QString reported = added ? finishError : error;
    QVERIFY2(reported.contains(QString::fromLocal8Bit(std::strerror(ENOSPC))), qPrintable(reported));
    QVERIFY(!exists(archivePathIn(tree)));
    QVERIFY(exists(tree.path("big.bin"))); // the source is never touched
    // A writer that failed refuses further work.
    QVERIFY(!writer.addDirectory("x", {}, &error));
}

void TestArchiver::unfinishedWriterRemovesFile()
{
    FixtureTree tree;
    QVERIFY(tree.file("a.bin", 100));
    QString error;
    {
        ArchiveWriter writer;
        QVERIFY2(writer.open(archivePathIn(tree), &error), qPrintable(error));
        QCOMPARE(writer.path(), archivePathIn(tree));
        QVERIFY2(addPath(writer, tree.path("a.bin"), &error), qPrintable(error));
        QVERIFY(exists(archivePathIn(tree)));
    }
    QVERIFY(!exists(archivePathIn(tree)));
    QVERIFY(exists(tree.path("a.bin")));
}

void TestArchiver::fileChangedWhileReadFails()
{
    FixtureTree tree;
    QVERIFY(tree.file("a.bin", 100));
    struct stat st {
    };
    QCOMPARE(::lstat(tree.path("a.bin").constData(), &st), 0);
    QVERIFY(writeFile(tree.path("a.bin"), "more", O_APPEND)); // grows after it was looked at

    ArchiveWriter writer;
    QString error;
    QVERIFY2(writer.open(archivePathIn(tree), &error), qPrintable(error));
    const int fd = ::open(tree.path("a.bin").constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QVERIFY(!writer.addFile("a.bin", fd, st, &error));
    ::close(fd);
    QVERIFY2(error.contains(u"changed"_s), qPrintable(error));
    QVERIFY(!writer.finish(&error));
    QVERIFY(!exists(archivePathIn(tree)));
}

void TestArchiver::readsWholeFileWhateverTheOffset()
{
    FixtureTree tree;
    const QByteArray data = randomBytes(1000);
    QVERIFY(writeFile(tree.path("a.bin"), data));
    ArchiveWriter writer;
    QString error;
    QVERIFY2(writer.open(archivePathIn(tree), &error), qPrintable(error));
    const int fd = ::open(tree.path("a.bin").constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    QVERIFY(fd >= 0);
    QCOMPARE(::lseek(fd, 500, SEEK_SET), 500); // the caller peeked at the file first
    struct stat st {
    };
    QCOMPARE(::fstat(fd, &st), 0);
    const bool added = writer.addFile("a.bin", fd, st, &error);
    ::close(fd);
    QVERIFY2(added, qPrintable(error));
    QVERIFY2(writer.finish(&error), qPrintable(error));
    QCOMPARE(writer.entries().size(), 1);
    QCOMPARE(writer.entries().first().size, 1000u);
    QCOMPARE(writer.entries().first().digest, QCryptographicHash::hash(data, QCryptographicHash::Md5).toHex());
    QVERIFY2(verifyArchive(archivePathIn(tree), writer.entries(), &error), qPrintable(error));
}

void TestArchiver::reportsProgressAndCancels()
{
    FixtureTree tree;
    QVERIFY2(buildTree(tree), qPrintable(tree.lastError()));
    const std::uint64_t dataBytes = 1000 + 0 + 600 * 1024 + 33 + (16 << 20);
    QString error;
    QList<std::uint64_t> seen;
    QList<ArchivedEntry> entries;
    {
        ArchiveWriter writer;
        writer.setProgress([&seen](std::uint64_t done) {
            seen.append(done);
            return true;
        });
        QVERIFY2(writer.open(archivePathIn(tree), &error), qPrintable(error));
        QVERIFY2(addPath(writer, tree.path("t"), &error), qPrintable(error));
        QVERIFY2(writer.finish(&error), qPrintable(error));
        entries = writer.entries();
    }
    QVERIFY(seen.size() > 3);
    QVERIFY(std::is_sorted(seen.begin(), seen.end()));
    QCOMPARE(seen.last(), dataBytes);

    // Verification reports the same bytes, and stops when asked.
    std::uint64_t checked = 0;
    QVERIFY2(verifyArchive(archivePathIn(tree), entries, &error,
                 [&checked](std::uint64_t done) {
                     checked = done;
                     return true;
                 }),
        qPrintable(error));
    QCOMPARE(checked, dataBytes);
    QVERIFY(!verifyArchive(archivePathIn(tree), entries, &error, [](std::uint64_t done) { return done < 4096; }));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));

    // Cancelling the writer removes its partial archive.
    const QByteArray second = tree.path("second.tar.zst");
    ArchiveWriter writer;
    writer.setProgress([](std::uint64_t done) { return done < 1 << 20; });
    QVERIFY2(writer.open(second, &error), qPrintable(error));
    QVERIFY(!addPath(writer, tree.path("t"), &error));
    QVERIFY2(error.contains(u"cancelled"_s), qPrintable(error));
    QVERIFY(!writer.finish(&error));
    QVERIFY(!exists(second));
}

void TestArchiver::unsafeNamesAreRefused_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("absolute") << "/etc/passwd"_ba;
    QTest::newRow("dotdot") << "a/../../b"_ba;
    QTest::newRow("dot") << "a/./b"_ba;
    QTest::newRow("double-slash") << "a//b"_ba;
    QTest::newRow("duplicate") << "first/"_ba; // "first" was added already
}

void TestArchiver::unsafeNamesAreRefused()
{
    QFETCH(QByteArray, name);
    FixtureTree tree;
    ArchiveWriter writer;
    QString error;
    QVERIFY2(writer.open(archivePathIn(tree), &error), qPrintable(error));
    struct stat st {
    };
    st.st_mode = S_IFDIR | 0755;
    QVERIFY2(writer.addDirectory("first", st, &error), qPrintable(error));
    QVERIFY(!writer.addDirectory(name, st, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!writer.finish(&error));
    QVERIFY(!exists(archivePathIn(tree)));
}

QTEST_GUILESS_MAIN(TestArchiver)
#include "tst_archiver.moc"
