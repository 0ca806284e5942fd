#include "core/cleanup/cleanupguard.h"
#include "tests/fixture/fixturetree.h"

#include <QTest>

#include <fcntl.h>
#include <sys/stat.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

class TestCleanupGuard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesLexically_data();
    void normalizesLexically();
    void refusesProtectedAndOutsidePaths_data();
    void refusesProtectedAndOutsidePaths();
    void opensTheParentOfAnItemInsideARoot();
    void neverFollowsASymlinkBelowARoot();
    void resolvesASymlinkedRootOnce();
};

void TestCleanupGuard::normalizesLexically_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("plain") << QByteArray("/a/b") << QByteArray("/a/b");
    QTest::newRow("trailing slash") << QByteArray("/a/b/") << QByteArray("/a/b");
    QTest::newRow("dot-dot") << QByteArray("/a/b/../c") << QByteArray("/a/c");
    QTest::newRow("double slash and dot") << QByteArray("//a/./b//c") << QByteArray("/a/b/c");
    QTest::newRow("above root") << QByteArray("/../..") << QByteArray("/");
    QTest::newRow("relative") << QByteArray("a/b") << QByteArray();
}

void TestCleanupGuard::normalizesLexically()
{
    QFETCH(QByteArray, input);
    QFETCH(QByteArray, expected);
    QCOMPARE(CleanupGuard::normalized(input), expected);
}

void TestCleanupGuard::refusesProtectedAndOutsidePaths_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<bool>("refused");
    QTest::newRow("inside a root") << QByteArray("/srv/cache/pip/wheels") << false;
    QTest::newRow("the root itself") << QByteArray("/srv/cache/pip") << false;
    QTest::newRow("outside every root") << QByteArray("/srv/other/file") << true;
    QTest::newRow("sibling with a common prefix") << QByteArray("/srv/cache/pipx/x") << true;
    QTest::newRow("file system root") << QByteArray("/") << true;
    QTest::newRow("home folder itself") << QByteArray("/home/someone") << true;
    QTest::newRow("above the home folder") << QByteArray("/home") << true;
    QTest::newRow("inside the home folder") << QByteArray("/home/someone/.cache/x") << false;
    QTest::newRow("system folder") << QByteArray("/usr/lib/python3") << true;
    QTest::newRow("etc") << QByteArray("/etc/passwd") << true;
    QTest::newRow("not normalised") << QByteArray("/srv/cache/pip/../../other") << true;
}

void TestCleanupGuard::refusesProtectedAndOutsidePaths()
{
    QFETCH(QByteArray, path);
    QFETCH(bool, refused);
    // Roots that include protected places: the guard must still refuse those.
    const CleanupGuard guard({ "/srv/cache/pip", "/home/someone", "/", "/usr" }, "/home/someone");
    const CleanupGuard narrow({ "/srv/cache/pip", "/home/someone/.cache" }, "/home/someone");
    const bool protectedPath = path == "/" || path == "/home/someone" || path == "/home" || path.startsWith("/usr/")
        || path.startsWith("/etc/") || path.contains("..");
    QCOMPARE(!guard.refusal(path).isEmpty(), protectedPath);
    QCOMPARE(!narrow.refusal(path).isEmpty(), refused);
}

void TestCleanupGuard::opensTheParentOfAnItemInsideARoot()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/a/b/item.bin", 10));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    QByteArray name;
    QString error;
    const UniqueFd parent = guard.openParent(tree.path("cache/a/b/item.bin"), &name, &error);
    QVERIFY2(parent.isValid(), qPrintable(error));
    QCOMPARE(name, QByteArray("item.bin"));
    struct stat st {
    };
    QCOMPARE(::fstatat(parent.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW), 0);
    QCOMPARE(qint64(st.st_size), 10);

    // The root itself: its parent is opened, and the name is the root's last component.
    const UniqueFd above = guard.openParent(tree.path("cache"), &name, &error);
    QVERIFY2(above.isValid(), qPrintable(error));
    QCOMPARE(name, QByteArray("cache"));
}

void TestCleanupGuard::neverFollowsASymlinkBelowARoot()
{
    FixtureTree tree;
    QVERIFY(tree.file("outside/secret/keep.txt", 5));
    QVERIFY(tree.dir("cache"));
    QVERIFY(tree.symlink("cache/link", tree.path("outside")));
    const CleanupGuard guard({ tree.path("cache") }, "/nonexistent-home");
    QByteArray name;
    QString error;
    const UniqueFd parent = guard.openParent(tree.path("cache/link/secret/keep.txt"), &name, &error);
    QVERIFY(!parent.isValid());
    QVERIFY2(error.contains(u"symbolic link"_s), qPrintable(error));
    // The link itself is an entry of the root and may be acted on (as a link).
    QVERIFY(guard.openParent(tree.path("cache/link"), &name, &error).isValid());
    QCOMPARE(name, QByteArray("link"));
}

void TestCleanupGuard::resolvesASymlinkedRootOnce()
{
    FixtureTree tree;
    QVERIFY(tree.file("data/hf/hub/models--a--b/blobs/x", 3));
    QVERIFY(tree.dir("home/.cache"));
    QVERIFY(tree.symlink("home/.cache/huggingface", tree.path("data/hf")));
    const QByteArray root = tree.path("home/.cache/huggingface");
    const CleanupGuard guard({ root }, "/nonexistent-home");
    const QByteArray item = root + "/hub/models--a--b/blobs/x";
    QVERIFY(guard.refusal(item).isEmpty());
    QCOMPARE(guard.realPath(item), tree.path("data/hf/hub/models--a--b/blobs/x"));
    QByteArray name;
    QString error;
    QVERIFY2(guard.openParent(item, &name, &error).isValid(), qPrintable(error));
    // The same file through its real path is inside the same root.
    QVERIFY(guard.refusal(tree.path("data/hf/hub/models--a--b/blobs/x")).isEmpty());
}

QTEST_APPLESS_MAIN(TestCleanupGuard)
#include "tst_cleanupguard.moc"
