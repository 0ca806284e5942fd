#include "core/cleanup/removetree.h"
#include "core/cleanup/treewalk.h"
#include "tests/fixture/files.h"
#include "tests/fixture/fixturetree.h"

#include <QDir>
#include <QTest>

#include <climits>
#include <fcntl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace CacheLens;
using namespace CacheLens::Test;

namespace
{

/// A directory descriptor opened the way callers of removeTreeAt() open theirs.
int openDescriptors()
{
    return static_cast<int>(QDir(QStringLiteral("/proc/self/fd")).entryList(QDir::Files | QDir::System).size());
}

} // namespace

class TestRemoveTree final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void removesFile();
    void removesTreeWithEverythingInside();
    void symlinkToOutsideFolderIsRemovedAsLink();
    void removesNonUtf8Names();
    void removesTreeDeeperThanPathMax();
    void usesConstantDescriptors();
    void missingNameFails();
    void refusesNamesThatAreNotNames_data();
    void refusesNamesThatAreNotNames();
};

void TestRemoveTree::removesFile()
{
    FixtureTree tree;
    QVERIFY2(tree.file("a.bin", 100), qPrintable(tree.lastError()));
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY2(removeTreeAt(parent.get(), "a.bin", &error), qPrintable(error));
    QVERIFY(!exists(tree.path("a.bin")));
}

void TestRemoveTree::removesTreeWithEverythingInside()
{
    FixtureTree tree;
    QVERIFY(tree.file("t/a.bin", 10));
    QVERIFY(tree.file("t/sub/b.bin", 0));
    QVERIFY(tree.dir("t/sub/empty"));
    QVERIFY(tree.file("t/sub/deeper/c.bin", 4096));
    QVERIFY(tree.sparseFile("t/sparse.bin", 1 << 20, 10));
    QVERIFY(tree.symlink("t/sub/dangling", "/nonexistent/target"));
    QVERIFY(tree.hardLink("t/sub/deeper/a-again.bin", "t/a.bin"));
    QVERIFY(tree.dir("t/s2/s3/s4"));
    QVERIFY(tree.file("keep.bin", 5));
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY2(removeTreeAt(parent.get(), "t", &error), qPrintable(error));
    QVERIFY(!exists(tree.path("t")));
    QVERIFY(exists(tree.path("keep.bin"))); // its sibling stays
}

void TestRemoveTree::symlinkToOutsideFolderIsRemovedAsLink()
{
    FixtureTree tree;
    QVERIFY(tree.file("outside/precious.bin", 123));
    QVERIFY(tree.symlink("t/link-to-outside", tree.path("outside")));
    QVERIFY(tree.symlink("t/sub/relative-link", "../../outside"));
    QVERIFY(tree.symlink("top-link", "outside"));
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY2(removeTreeAt(parent.get(), "t", &error), qPrintable(error));
    QVERIFY(!exists(tree.path("t")));
    // A link given directly is removed as the link too.
    QVERIFY2(removeTreeAt(parent.get(), "top-link", &error), qPrintable(error));
    QVERIFY(!exists(tree.path("top-link")));
    struct stat st {
    };
    QCOMPARE(::lstat(tree.path("outside/precious.bin").constData(), &st), 0);
    QCOMPARE(st.st_size, 123);
}

void TestRemoveTree::removesNonUtf8Names()
{
    FixtureTree tree;
    const QByteArray name = FixtureTree::nonUtf8Name("dir");
    QVERIFY(tree.file(name + '/' + FixtureTree::nonUtf8Name("file"), 7));
    QVERIFY(tree.file(FixtureTree::nonUtf8Name("other"), 1));
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY2(removeTreeAt(parent.get(), name, &error), qPrintable(error));
    QVERIFY(!exists(tree.path(name)));
    QVERIFY(exists(tree.path(FixtureTree::nonUtf8Name("other"))));
}

void TestRemoveTree::removesTreeDeeperThanPathMax()
{
    FixtureTree tree;
    const QByteArray component(40, 'd');
    const int depth = 2 * PATH_MAX / (component.size() + 1);
    QVERIFY2(tree.deepNesting("deep", depth, component, 10), qPrintable(tree.lastError()));
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY2(removeTreeAt(parent.get(), "deep", &error), qPrintable(error));
    QVERIFY(!exists(tree.path("deep")));
}

void TestRemoveTree::usesConstantDescriptors()
{
    FixtureTree tree;
    QVERIFY2(tree.deepNesting("deep", 600, "n", 1), qPrintable(tree.lastError()));
    const UniqueFd parent(openFolder(tree.root()));
    const int before = openDescriptors();
    // A descriptor limit far below the depth: a walk that kept one per level would fail.
    rlimit saved {};
    QCOMPARE(::getrlimit(RLIMIT_NOFILE, &saved), 0);
    rlimit tight = saved;
    tight.rlim_cur = static_cast<rlim_t>(before + 8);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &tight), 0);
    QString error;
    const bool removed = removeTreeAt(parent.get(), "deep", &error);
    QCOMPARE(::setrlimit(RLIMIT_NOFILE, &saved), 0);
    QVERIFY2(removed, qPrintable(error));
    QCOMPARE(openDescriptors(), before);
}

void TestRemoveTree::missingNameFails()
{
    FixtureTree tree;
    const UniqueFd parent(openFolder(tree.root()));
    QString error;
    QVERIFY(!removeTreeAt(parent.get(), "not-there", &error));
    QVERIFY2(error.contains(QStringLiteral("not-there")), qPrintable(error));
}

void TestRemoveTree::refusesNamesThatAreNotNames_data()
{
    QTest::addColumn<QByteArray>("name");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("dot") << QByteArray(".");
    QTest::newRow("dotdot") << QByteArray("..");
    QTest::newRow("path") << QByteArray("t/a.bin");
}

void TestRemoveTree::refusesNamesThatAreNotNames()
{
    QFETCH(QByteArray, name);
    FixtureTree tree;
    QVERIFY(tree.file("t/a.bin", 1));
    const UniqueFd parent(openFolder(tree.path("t")));
    QString error;
    QVERIFY(!removeTreeAt(parent.get(), name, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(exists(tree.path("t/a.bin")));
}

QTEST_GUILESS_MAIN(TestRemoveTree)
#include "tst_removetree.moc"
