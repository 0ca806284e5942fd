#include "core/report/prometheus.h"
#include "tests/fixture/volumes.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

VolumeStatus status(
    const QByteArray &mount, std::uint64_t used, std::uint64_t available, std::optional<std::int64_t> eta)
{
    VolumeStatus s;
    s.volume = Test::volume(mount, used + available + 100, used, 100); // 100 reserved for root
    if (eta)
        s.trend = UsageTrend { 3600.0, eta };
    return s;
}

// Every sample line as the Prometheus text format defines it: name{label="value",...} number.
const QString Label = u"[a-zA-Z_][a-zA-Z0-9_]*=\"(?:[^\"\\\\\\n]|\\\\[\\\\\"n])*\""_s;
const QRegularExpression SampleLine(
    u"^([a-zA-Z_:][a-zA-Z0-9_:]*)\\{("_s + Label + u"(?:,"_s + Label + u")*)\\} (-?[0-9.eE+-]+)$"_s);

ino_t inodeOf(const QString &path)
{
    struct stat st {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

} // namespace

class TestPrometheus final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyLineParses();
    void labelValuesAreEscaped();
    void unknownEtaIsLeftOut();
    void fileIsReplacedAtomically();
    void unwritableFolderIsReported();
};

void TestPrometheus::everyLineParses()
{
    VolumeStatus failed = status("/mnt/nfs", 0, 0, std::nullopt);
    failed.volume.error = u"did not answer"_s;
    const QByteArray text = prometheusText({ status("/", 700, 300, 7200), failed },
        { { "pip", "/home/u/.cache/pip", 5000 }, { "huggingface-hub", "/data/hf/hub", 123456789 } });
    QHash<QString, QString> values; // "name{labels}" -> value
    QSet<QString> typed;
    for (const QByteArray &raw : text.split('\n')) {
        const QString line = QString::fromUtf8(raw);
        if (line.isEmpty())
            continue;
        if (line.startsWith(u"# TYPE "_s)) {
            QVERIFY2(line.endsWith(u" gauge"_s), qPrintable(line));
            typed.insert(line.section(u' ', 2, 2));
            continue;
        }
        if (line.startsWith(u"# HELP "_s))
            continue;
        const auto match = SampleLine.match(line);
        QVERIFY2(match.hasMatch(), qPrintable(line));
        QVERIFY2(typed.contains(match.captured(1)), "# TYPE comes before the samples");
        bool ok = false;
        match.captured(3).toDouble(&ok);
        QVERIFY(ok);
        values.insert(line.section(u' ', 0, 0), match.captured(3));
    }
    const QString labels = u"{mount=\"/\",device=\"/dev/test\",fstype=\"ext4\"}"_s;
    QCOMPARE(values.value(u"cachelens_volume_total_bytes"_s + labels), u"1100"_s);
    QCOMPARE(values.value(u"cachelens_volume_used_bytes"_s + labels), u"700"_s);
    QCOMPARE(values.value(u"cachelens_volume_available_bytes"_s + labels), u"300"_s);
    QCOMPARE(values.value(u"cachelens_volume_used_ratio"_s + labels), u"0.7"_s);
    QCOMPARE(values.value(u"cachelens_volume_eta_full_seconds"_s + labels), u"7200"_s);
    QCOMPARE(values.value(u"cachelens_cache_bytes{cache=\"pip\",path=\"/home/u/.cache/pip\"}"_s), u"5000"_s);
    QCOMPARE(values.size(), 7); // the unmeasured volume has no samples
    QVERIFY(!text.contains("/mnt/nfs"));
}

void TestPrometheus::labelValuesAreEscaped()
{
    QCOMPARE(escapeLabelValue("a\"b\\c\nd"), QByteArray("a\\\"b\\\\c\\nd"));
    QCOMPARE(escapeLabelValue("caf\xe9"), QByteArray("caf\xef\xbf\xbd")); // U+FFFD: labels are UTF-8
    const QByteArray text = prometheusText({ status("/mnt/odd \"name\"\\", 1, 1, std::nullopt) }, {});
    for (const QByteArray &line : text.split('\n')) {
        if (!line.isEmpty() && !line.startsWith('#'))
            QVERIFY2(SampleLine.match(QString::fromUtf8(line)).hasMatch(), line.constData());
    }
    QVERIFY(text.contains("mount=\"/mnt/odd \\\"name\\\"\\\\\""));
}

void TestPrometheus::unknownEtaIsLeftOut()
{
    const QByteArray text = prometheusText({ status("/", 1, 1, std::nullopt) }, {});
    QVERIFY(text.contains("cachelens_volume_used_ratio{"));
    QVERIFY(!text.contains("eta_full_seconds"));
    QVERIFY(!text.contains("cachelens_cache_bytes"));
}

void TestPrometheus::fileIsReplacedAtomically()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cachelens.prom"_s);
    QCOMPARE(writeFileAtomically(path, "first 1\n"), QString());
    const ino_t firstInode = inodeOf(path);
    QFile reader(path); // a reader that opened the old file (node_exporter mid-scrape)
    QVERIFY(reader.open(QIODevice::ReadOnly));

    const QByteArray second = prometheusText({ status("/", 2, 2, 60) }, {});
    QCOMPARE(writeFileAtomically(path, second), QString());
    QVERIFY2(inodeOf(path) != firstInode, "a new file is renamed over the old one, not rewritten in place");
    QCOMPARE(reader.readAll(), QByteArray("first 1\n")); // the old reader still sees a whole file
    QFile now(path);
    QVERIFY(now.open(QIODevice::ReadOnly));
    QCOMPARE(now.readAll(), second);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"cachelens.prom"_s });
    QVERIFY2(QFile::permissions(path) & QFile::ReadOther, "node_exporter runs as another user");
}

void TestPrometheus::unwritableFolderIsReported()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(!writeFileAtomically(dir.filePath(u"missing/folder/x.prom"_s), "x 1\n").isEmpty());
}

QTEST_APPLESS_MAIN(TestPrometheus)
#include "tst_prometheus.moc"
