#include "ui/legend/categorylegend.h"

#include "tests/fixture/sampletree.h"
#include "tests/fixture/treelookup.h"

#include <QTest>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// /r: w.safetensors (model, 700 000 bytes on disk), run.log (log, 300 000), a sparse dataset
// file whose length (5 000 000) is far more than it takes on disk (100 000).
std::shared_ptr<const FileTree> sample()
{
    FileTreeBuilder builder;
    const NodeIndex root = Test::addScanRoot(builder, "/r");
    builder.addChild(root, "w.safetensors", Test::entryInfo(NodeType::File, 700'000, Category::Model));
    builder.addChild(root, "run.log", Test::entryInfo(NodeType::File, 300'000, Category::Log));
    EntryInfo sparse = Test::entryInfo(NodeType::File, 100'000, Category::Dataset);
    sparse.apparentBytes = 5'000'000;
    builder.addChild(root, "train.arrow", sparse);
    return builder.finish(false);
}

} // namespace

class TestCategoryLegend final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsCategoriesLargestFirst();
    void followsApparentSizes();
};

void TestCategoryLegend::listsCategoriesLargestFirst()
{
    CategoryLegend legend;
    legend.setTotals(categoryTotals(*sample()));
    const auto entries = legend.entries();
    QCOMPARE(entries.size(), 3); // Other has no bytes (the folder itself is 0): left out
    QCOMPARE(entries.at(0).first, Category::Model);
    QCOMPARE(entries.at(0).second, std::uint64_t(700'000));
    QCOMPARE(entries.at(1).first, Category::Log);
    QCOMPARE(entries.at(2).first, Category::Dataset);
    QVERIFY2(legend.text().contains(u"(63.6&nbsp;%)"_s), qPrintable(legend.text())); // 700 of 1 100 kB
    QVERIFY(legend.text().indexOf(categoryDisplayName(Category::Model))
        < legend.text().indexOf(categoryDisplayName(Category::Log)));
}

void TestCategoryLegend::followsApparentSizes()
{
    CategoryLegend legend;
    legend.setTotals(categoryTotals(*sample()));
    legend.setApparentSizes(true);
    const auto entries = legend.entries();
    QCOMPARE(entries.at(0).first, Category::Dataset); // 5 MB long, 100 kB on disk
    QCOMPARE(entries.at(0).second, std::uint64_t(5'000'000));
    legend.clear();
    QVERIFY(legend.entries().isEmpty());
    QVERIFY(legend.text().isEmpty());
}

QTEST_MAIN(TestCategoryLegend)
#include "tst_categorylegend.moc"
