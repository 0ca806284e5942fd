#include "core/scan/cacheoverview.h"
#include "core/scan/scanner.h"
#include "tests/fixture/files.h"
#include "tests/fixture/oracle.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace CacheLens;
using namespace CacheLens::Test;

namespace
{

KnownCache cacheAt(const QByteArray &id, const QByteArray &path)
{
    KnownCache cache;
    cache.id = id;
    cache.tool = QString::fromLatin1(id);
    cache.path = path;
    return cache;
}

} // namespace

class TestCacheOverview final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_home = QFile::encodeName(m_dir.path()) + "/home";
        for (const char *folder :
            { "/.cache/pip/http", "/.cache/huggingface/hub/models--org--m/blobs", "/.cache/torch/hub" })
            QVERIFY(QDir().mkpath(QFile::decodeName(m_home + folder)));
        QVERIFY(writeFile(m_home + "/.cache/pip/http/a", QByteArray(10'000, 'a')));
        QVERIFY(writeFile(m_home + "/.cache/pip/http/b", QByteArray(10'000, 'b')));
        QVERIFY(writeFile(m_home + "/.cache/huggingface/hub/models--org--m/blobs/c", QByteArray(300'000, 'c')));
        QVERIFY(writeFile(m_home + "/.cache/torch/hub/d", QByteArray(50'000, 'd')));
        ScanRequest request;
        request.roots = { m_home };
        m_tree = Scanner(request).run(ScanToken());
        QVERIFY(m_tree);
    }

    void listsTheCachesInsideTheScanLargestFirst()
    {
        const QList<CacheInTree> found = cachesInTree(*m_tree,
            { cacheAt("pip", m_home + "/.cache/pip"), cacheAt("torch-hub", m_home + "/.cache/torch/hub"),
                cacheAt("huggingface-hub", m_home + "/.cache/huggingface/hub") });
        QCOMPARE(found.size(), 3);
        QCOMPARE(found.at(0).cache.id, QByteArray("huggingface-hub"));
        QCOMPARE(found.at(1).cache.id, QByteArray("torch-hub"));
        QCOMPARE(found.at(2).cache.id, QByteArray("pip"));
        for (const CacheInTree &entry : found) {
            QCOMPARE(m_tree->path(entry.node), entry.cache.path);
            // du as the independent oracle for what the panel will show.
            QCOMPARE(qint64(m_tree->node(entry.node).diskBytes), Oracle::du({ entry.cache.path }, false));
        }
        QCOMPARE(m_tree->fileCount(found.at(2).node), 2u);
    }

    void leavesOutCachesThatWereNotScanned()
    {
        const QByteArray elsewhere = QFile::encodeName(m_dir.path()) + "/elsewhere";
        QVERIFY(QDir().mkpath(QFile::decodeName(elsewhere)));
        const QList<CacheInTree> found = cachesInTree(*m_tree,
            { cacheAt("uv", elsewhere), cacheAt("conda", m_home + "/.conda/pkgs"),
                cacheAt("pip", m_home + "/.cache/pip") });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().cache.id, QByteArray("pip"));
    }

    void aFolderNamedTwiceIsListedOnce()
    {
        // HF_HOME and XDG_CACHE_HOME can lead two specs to one folder.
        const QList<CacheInTree> found = cachesInTree(
            *m_tree, { cacheAt("pip", m_home + "/.cache/pip"), cacheAt("pip-legacy", m_home + "/.cache/pip") });
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.constFirst().cache.id, QByteArray("pip"));
    }

    void aFileIsNotACache()
    {
        const QList<CacheInTree> found = cachesInTree(*m_tree, { cacheAt("odd", m_home + "/.cache/torch/hub/d") });
        QVERIFY(found.isEmpty());
    }

    void apparentSizesCanOrderDifferently()
    {
        // A sparse file: big by length, nothing on disk.
        QFile sparse(QFile::decodeName(m_home + "/.cache/pip/http/sparse"));
        QVERIFY(sparse.open(QIODevice::WriteOnly));
        QVERIFY(sparse.resize(qint64(1) << 30));
        sparse.close();
        ScanRequest request;
        request.roots = { m_home };
        const auto tree = Scanner(request).run(ScanToken());
        const QList<KnownCache> caches
            = { cacheAt("pip", m_home + "/.cache/pip"), cacheAt("hf", m_home + "/.cache/huggingface/hub") };
        QCOMPARE(cachesInTree(*tree, caches, false).constFirst().cache.id, QByteArray("hf"));
        QCOMPARE(cachesInTree(*tree, caches, true).constFirst().cache.id, QByteArray("pip"));
    }

private:
    QTemporaryDir m_dir;
    QByteArray m_home;
    std::shared_ptr<FileTree> m_tree;
};

QTEST_GUILESS_MAIN(TestCacheOverview)
#include "tst_cacheoverview.moc"
