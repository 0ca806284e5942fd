#include "ui/categoryicon.h"

#include <QColor>
#include <QFile>
#include <QImage>
#include <QPixmap>
#include <QTest>

using namespace CacheLens;

class TestCategoryIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCategoryHasItsOwnIcon()
    {
        QSet<QString> paths;
        for (const Category category : AllCategories) {
            const QString path = categoryIconPath(category);
            QVERIFY2(QFile::exists(path), qPrintable(path));
            paths.insert(path);
            QVERIFY(!categoryIcon(category).isNull());
        }
        QCOMPARE(paths.size(), qsizetype(CategoryCount));
    }

    // The tile behind the glyph is the category's colour, so icons and treemap agree.
    void iconTileHasTheCategoryColour()
    {
        for (const Category category : AllCategories) {
            const QImage image = categoryIcon(category).pixmap(48, 48).toImage();
            QVERIFY(!image.isNull());
            // Just inside the rounded corner: tile, never glyph.
            const QColor corner = image.pixelColor(6, 6);
            const QColor expected = QColor(QRgb(categoryColor(category)));
            QVERIFY2(qAbs(corner.red() - expected.red()) <= 2 && qAbs(corner.green() - expected.green()) <= 2
                    && qAbs(corner.blue() - expected.blue()) <= 2,
                qPrintable(QString::fromLatin1(categoryId(category)) + u' ' + corner.name()));
            // and something contrasting is drawn in the middle
            bool glyph = false;
            for (int x = 8; x < 40 && !glyph; ++x)
                glyph = qAbs(image.pixelColor(x, 24).lightness() - expected.lightness()) > 60;
            QVERIFY2(glyph, categoryId(category).constData());
        }
    }
};

QTEST_MAIN(TestCategoryIcon)
#include "tst_categoryicon.moc"
