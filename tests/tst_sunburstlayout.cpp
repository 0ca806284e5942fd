#include "core/layout/sunburstlayout.h"

#include "tests/fixture/treelookup.h"

#include <QTest>

#include <map>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// A tree below "/r" from lines like "a/b/c.bin 600" (a file and the folders above it) or
// "empty/ 0" (a folder); sizes are the files' own bytes, categories come from a ":model" suffix.
std::shared_ptr<FileTree> treeOf(const QStringList &spec)
{
    FileTreeBuilder builder;
    const NodeIndex root = builder.addRootNode("/r", Test::entryInfo(NodeType::Directory, 0));
    std::map<QByteArray, NodeIndex> folders { { QByteArray(), root } };
    auto folder = [&](const QByteArray &path) {
        NodeIndex at = root;
        QByteArray sofar;
        for (const QByteArray &part : path.split('/')) {
            if (part.isEmpty())
                continue;
            sofar += '/' + part;
            const auto found = folders.find(sofar);
            at = found != folders.end()
                ? found->second
                : folders.emplace(sofar, builder.addChild(at, part, Test::entryInfo(NodeType::Directory, 0)))
                      .first->second;
        }
        return at;
    };
    for (const QString &line : spec) {
        const QStringList fields = line.split(u' ');
        QByteArray path = fields.at(0).toUtf8();
        Category category = Category::Other;
        if (const qsizetype colon = path.indexOf(':'); colon >= 0) {
            category = categoryFromId(path.mid(colon + 1)).value_or(Category::Other);
            path.truncate(colon);
        }
        const std::uint64_t bytes = fields.at(1).toULongLong();
        if (path.endsWith('/')) {
            folder(path);
            continue;
        }
        const qsizetype slash = path.lastIndexOf('/');
        builder.addChild(folder(slash < 0 ? QByteArray() : path.left(slash)), path.mid(slash + 1),
            Test::entryInfo(NodeType::File, bytes, category));
    }
    return builder.finish(false);
}

const SunburstSegment *segmentOf(
    const std::vector<SunburstSegment> &segments, const FileTree &tree, const QByteArray &name)
{
    for (const SunburstSegment &segment : segments) {
        if (segment.groupCount == 0 && tree.name(segment.node) == name)
            return &segment;
    }
    return nullptr;
}

// The segments one ring out whose entries (or group) belong to the folder of parent.
std::vector<const SunburstSegment *> childrenOf(
    const std::vector<SunburstSegment> &segments, const FileTree &tree, const SunburstSegment &parent)
{
    std::vector<const SunburstSegment *> children;
    for (const SunburstSegment &segment : segments) {
        if (segment.depth != parent.depth + 1)
            continue;
        const NodeIndex folder = segment.groupCount > 0 ? segment.node : tree.node(segment.node).parent;
        if (folder == parent.node)
            children.push_back(&segment);
    }
    return children;
}

} // namespace

class TestSunburstLayout final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void childrenFillTheirParentExactly_data();
    void childrenFillTheirParentExactly();
    void spansFollowSizesLargestFirst();
    void thinChildrenAreGrouped_data();
    void thinChildrenAreGrouped();
    void zeroSizesGetNoSegment();
    void unclassifiedFoldersTakeTheirContentsColour();
    void findsTheSegmentUnderAPoint();
};

void TestSunburstLayout::childrenFillTheirParentExactly_data()
{
    QTest::addColumn<QStringList>("spec");
    QTest::addColumn<int>("rings");
    QTest::addColumn<int>("minSpan");

    // 5 760 / 7 and 5 760 / 11 are not whole numbers: rounding each span on its own would drift.
    QTest::newRow("seven-equal") << QStringList { u"a 1"_s, u"b 1"_s, u"c 1"_s, u"d 1"_s, u"e 1"_s, u"f 1"_s, u"g 1"_s }
                                 << 4 << 1;
    QTest::newRow("eleven-primes") << QStringList { u"a 997"_s, u"b 991"_s, u"c 983"_s, u"d 13"_s, u"e 11"_s, u"f 7"_s,
        u"g 5"_s, u"h 3"_s, u"i 2"_s, u"j 2"_s, u"k 1"_s }
                                   << 4 << 1;
    QTest::newRow("nested") << QStringList { u"x/a 300"_s, u"x/b 301"_s, u"x/y/c 77"_s, u"x/y/d 78"_s, u"z/e 1000"_s,
        u"f 33"_s } << 4 << 1;
    QTest::newRow("exabytes") << QStringList { u"a 3000000000000000000"_s, u"b 2999999999999999999"_s, u"c/d 1"_s,
        u"c/e 7"_s } << 4 << 1;
    QTest::newRow("deeper-than-rings") << QStringList { u"a/b/c/d/e/f/g 10"_s, u"a/b/c/d/e/f/h 20"_s, u"a/i 5"_s } << 3
                                       << 1;
    QTest::newRow("many-thin") << [] {
        QStringList spec { u"big/a 100000"_s };
        for (int i = 0; i < 500; ++i)
            spec.append(u"t%1 3"_s.arg(i));
        return spec;
    }() << 4 << 32;
    QTest::newRow("with-zeros") << QStringList { u"a 0"_s, u"b 10"_s, u"c/ 0"_s, u"d/e 0"_s, u"d/f 9"_s } << 4 << 1;
}

void TestSunburstLayout::childrenFillTheirParentExactly()
{
    QFETCH(QStringList, spec);
    QFETCH(int, rings);
    QFETCH(int, minSpan);
    const auto tree = treeOf(spec);
    SunburstOptions options;
    options.rings = rings;
    options.minSpan = minSpan;
    const auto segments = layoutSunburst(*tree, 0, options);

    QVERIFY(segments.size() > 1);
    QCOMPARE(segments.front().depth, std::uint16_t(0));
    QCOMPARE(segments.front().spanAngle, FullCircle16);
    QCOMPARE(segments.front().startAngle, options.startAngle);
    for (const SunburstSegment &segment : segments) {
        QVERIFY2(segment.depth <= rings, "a segment beyond the last ring");
        QVERIFY2(segment.spanAngle > 0, "a segment with no angle");
        const auto children = childrenOf(segments, *tree, segment);
        if (children.empty() || segment.groupCount > 0)
            continue;
        // Contiguous from the parent's start, and together exactly as wide as the parent.
        int at = segment.startAngle;
        for (const SunburstSegment *child : children) {
            QCOMPARE(child->startAngle, at);
            at += child->spanAngle;
        }
        QCOMPARE(at - segment.startAngle, segment.spanAngle);
    }
}

void TestSunburstLayout::spansFollowSizesLargestFirst()
{
    const auto tree = treeOf({ u"small 1000"_s, u"large 3000"_s });
    const auto segments = layoutSunburst(*tree, 0);
    QCOMPARE(segments.size(), std::size_t(3));
    const SunburstSegment *large = segmentOf(segments, *tree, "large");
    const SunburstSegment *small = segmentOf(segments, *tree, "small");
    QCOMPARE(large->spanAngle, 4320); // three quarters of 5 760
    QCOMPARE(small->spanAngle, 1440);
    QCOMPARE(large->startAngle, 90 * 16); // the largest starts at 12 o'clock
    QCOMPARE(small->startAngle, 90 * 16 + 4320);
    QCOMPARE(large->bytes, std::uint64_t(3000));
    QCOMPARE(large->depth, std::uint16_t(1));
}

void TestSunburstLayout::thinChildrenAreGrouped_data()
{
    QTest::addColumn<int>("thinCount");
    QTest::addColumn<int>("expectedGroup"); // 0: no group segment
    QTest::addColumn<int>("expectedSegments");

    // big is 10 000 bytes; each thin file of 10 bytes gets about 5.7/16 ° against a minSpan of 16.
    QTest::newRow("none") << 0 << 0 << 2;
    QTest::newRow("one-stays-itself") << 1 << 0 << 3;
    QTest::newRow("two") << 2 << 2 << 3;
    QTest::newRow("hundred") << 100 << 100 << 3;
}

void TestSunburstLayout::thinChildrenAreGrouped()
{
    QFETCH(int, thinCount);
    QFETCH(int, expectedGroup);
    QFETCH(int, expectedSegments);
    QStringList spec { u"big 10000"_s };
    for (int i = 0; i < thinCount; ++i)
        spec.append(u"t%1 10"_s.arg(i));
    const auto tree = treeOf(spec);
    const auto segments = layoutSunburst(*tree, 0);

    QCOMPARE(segments.size(), std::size_t(expectedSegments));
    const auto group
        = std::find_if(segments.cbegin(), segments.cend(), [](const SunburstSegment &s) { return s.groupCount > 0; });
    if (expectedGroup == 0) {
        QVERIFY(group == segments.cend());
        return;
    }
    QVERIFY(group != segments.cend());
    QCOMPARE(group->groupCount, std::uint32_t(expectedGroup));
    QCOMPARE(group->bytes, std::uint64_t(10 * expectedGroup));
    QCOMPARE(group->node, NodeIndex(0)); // the folder whose entries it holds
    QCOMPARE(group->startAngle + group->spanAngle, 90 * 16 + FullCircle16); // it closes the circle
}

void TestSunburstLayout::zeroSizesGetNoSegment()
{
    const auto empty = treeOf({ u"a 0"_s, u"b/ 0"_s });
    const auto centreOnly = layoutSunburst(*empty, 0);
    QCOMPARE(centreOnly.size(), std::size_t(1));
    QCOMPARE(centreOnly.front().spanAngle, 0);
    QCOMPARE(centreOnly.front().bytes, std::uint64_t(0));

    const auto mixed = treeOf({ u"a 0"_s, u"b 5"_s });
    const auto segments = layoutSunburst(*mixed, 0);
    QVERIFY(!segmentOf(segments, *mixed, "a"));
    QCOMPARE(segmentOf(segments, *mixed, "b")->spanAngle, FullCircle16);

    QVERIFY(layoutSunburst(*mixed, NoNode).empty());
}

void TestSunburstLayout::unclassifiedFoldersTakeTheirContentsColour()
{
    const auto tree
        = treeOf({ u"hub/w.safetensors:model 900"_s, u"hub/notes.txt 100"_s, u"logs/run.log:log 10"_s, u"misc/a 5"_s });
    const auto segments = layoutSunburst(*tree, 0);
    QCOMPARE(segmentOf(segments, *tree, "hub")->category, Category::Model); // 900 model bytes against 100
    QCOMPARE(segmentOf(segments, *tree, "logs")->category, Category::Log);
    QCOMPARE(segmentOf(segments, *tree, "misc")->category, Category::Other);
    QCOMPARE(segmentOf(segments, *tree, "notes.txt")->category, Category::Other);
}

void TestSunburstLayout::findsTheSegmentUnderAPoint()
{
    // large covers 12 o'clock counter-clockwise round to 3 o'clock; small the last quarter.
    const auto tree = treeOf({ u"small 1000"_s, u"large/x 3000"_s });
    const auto segments = layoutSunburst(*tree, 0);
    const QPointF centre(200, 200);
    auto nameAt = [&](const QPointF &point) -> QByteArray {
        const qsizetype hit = segmentAt(segments, centre, 50, 40, point);
        return hit < 0 ? QByteArray("-") : tree->name(segments[std::size_t(hit)].node).toByteArray();
    };
    QCOMPARE(nameAt(centre + QPointF(3, -4)), QByteArray("/r")); // inside the centre disc
    QCOMPARE(nameAt(centre + QPointF(-70, 0)), QByteArray("large")); // 9 o'clock, first ring
    QCOMPARE(nameAt(centre + QPointF(50, -50)), QByteArray("small")); // half past one, first ring
    QCOMPARE(nameAt(centre + QPointF(0, 110)), QByteArray("x")); // 6 o'clock, second ring
    QCOMPARE(nameAt(centre + QPointF(110, -20)), QByteArray("-")); // second ring above small: nothing
    QCOMPARE(nameAt(centre + QPointF(0, 175)), QByteArray("-")); // beyond the rings
}

QTEST_APPLESS_MAIN(TestSunburstLayout)
#include "tst_sunburstlayout.moc"
