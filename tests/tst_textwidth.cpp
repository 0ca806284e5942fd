#include "app/cli/textwidth.h"

#include <QTest>

using namespace CacheLens::Cli;
using namespace Qt::StringLiterals;

class TestTextWidth final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsTerminalColumns_data();
    void countsTerminalColumns();
    void padsByColumns();
};

void TestTextWidth::countsTerminalColumns_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("width");

    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("ascii") << u"Model"_s << 5;
    QTest::newRow("latin with umlaut") << u"Größe"_s << 5;
    QTest::newRow("decomposed umlaut") << u"Gro\u0308\u00dfe"_s << 5; // o + combining diaeresis
    QTest::newRow("ideographs") << u"模型"_s << 4;
    QTest::newRow("mixed") << u"ML 缓存"_s << 7;
    QTest::newRow("hangul") << u"\uD55C\uAE00"_s << 4;
    QTest::newRow("fullwidth percent") << u"\uFF05"_s << 2;
    QTest::newRow("ideographic half fill space is narrow") << u"\u303F"_s << 1;
    QTest::newRow("beyond the BMP") << u"\U00020000"_s << 2; // one character, two UTF-16 units
    QTest::newRow("word joiner") << u"a\u2060b"_s << 2;
}

void TestTextWidth::countsTerminalColumns()
{
    QFETCH(QString, text);
    QFETCH(int, width);
    QCOMPARE(displayWidth(text), qsizetype(width));
}

void TestTextWidth::padsByColumns()
{
    // A Chinese cell and an ASCII cell padded to the same width end in the same column.
    QCOMPARE(padEnd(u"模型"_s, 8), u"模型    "_s);
    QCOMPARE(padEnd(u"Model"_s, 8), u"Model   "_s);
    QCOMPARE(displayWidth(padEnd(u"模型"_s, 8)), displayWidth(padEnd(u"Model"_s, 8)));
    QCOMPARE(padStart(u"大小"_s, 6), u"  大小"_s);
    QCOMPARE(padStart(u"Size"_s, 6), u"  Size"_s);
    // Too wide for the column: left whole, as QString::leftJustified() does without truncation.
    QCOMPARE(padEnd(u"预计写满"_s, 4), u"预计写满"_s);
    QCOMPARE(padStart(u"预计写满"_s, 4), u"预计写满"_s);
}

QTEST_APPLESS_MAIN(TestTextWidth)
#include "tst_textwidth.moc"
