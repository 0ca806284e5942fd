#include "core/settings/recentscans.h"
#include "tests/fixture/privatesettings.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace CacheLens;

class TestRecentScans : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_config.isValid());
        Test::usePrivateSettings(m_config.path());
        QCoreApplication::setOrganizationName(u"cachelens-test"_s);
        QCoreApplication::setApplicationName(u"tst_recentscans"_s);
    }

    void init()
    {
        RecentScans::clear();
    }

    void newestFirstAndEachScanOnce()
    {
        RecentScans::remember({ "/a" });
        RecentScans::remember({ "/b", "/c" });
        RecentScans::remember({ "/a" }); // again: moves to the front, not a second entry
        const QList<QList<QByteArray>> expected { { "/a" }, { "/b", "/c" } };
        QCOMPARE(RecentScans::load(), expected);
    }

    void keepsOnlyTheLatest()
    {
        for (int i = 0; i < RecentScans::MaxEntries + 3; ++i)
            RecentScans::remember({ "/scan" + QByteArray::number(i) });
        const QList<QList<QByteArray>> scans = RecentScans::load();
        QCOMPARE(scans.size(), RecentScans::MaxEntries);
        QCOMPARE(scans.constFirst(), QList<QByteArray> { "/scan" + QByteArray::number(RecentScans::MaxEntries + 2) });
        QCOMPARE(scans.constLast(), QList<QByteArray> { "/scan3" });
    }

    void rawBytesSurvive()
    {
        const QByteArray latin1 = "/data/caf\xe9"; // not UTF-8
        RecentScans::remember({ latin1 });
        QCOMPARE(RecentScans::load().constFirst().constFirst(), latin1);
    }

    void emptyScansAreNotRemembered()
    {
        RecentScans::remember({});
        QVERIFY(RecentScans::load().isEmpty());
    }

    void labelNamesTheFirstFolderAndCountsTheRest()
    {
        QCOMPARE(RecentScans::label({ "/data" }), u"/data"_s);
        const QString label = RecentScans::label({ "/a", "/b", "/c" });
        QVERIFY2(label.startsWith(u"/a"_s) && label.contains(u'2'), qPrintable(label));
    }

private:
    QTemporaryDir m_config;
};

QTEST_GUILESS_MAIN(TestRecentScans)
#include "tst_recentscans.moc"
