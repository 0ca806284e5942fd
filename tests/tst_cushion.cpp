#include "core/layout/cushion.h"

#include <QTest>

#include <cmath>
#include <vector>

using namespace CacheLens;

namespace
{

// The brightest sample of the surface over rect, on a grid of step 0.5.
QPointF brightest(const CushionSurface &surface, const QRectF &rect, const CushionOptions &options = {})
{
    QPointF best;
    double light = -1;
    for (double y = rect.top(); y <= rect.bottom(); y += 0.5) {
        for (double x = rect.left(); x <= rect.right(); x += 0.5) {
            if (const double here = cushionLight(surface, x, y, options); here > light) {
                light = here;
                best = { x, y };
            }
        }
    }
    return best;
}

} // namespace

class TestCushion final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ridgeIsLevelAtTheEdgesAndHighestInTheMiddle();
    void brightestPointIsInsideTheTileTowardsTheLight();
    void squareTileIsSymmetricAboutItsDiagonal();
    void overheadLightIsSymmetricAboutTheCentre();
    void childrenInheritTheirParentsRidges();
    void shadingStaysInsideItsRectangle();
    void flatFillIsUniform();
};

void TestCushion::ridgeIsLevelAtTheEdgesAndHighestInTheMiddle()
{
    const QRectF rect(10, 20, 40, 10);
    const CushionSurface surface = addRidges({}, rect, 0.5);
    auto z
        = [&](double x, double y) { return surface.xx * x * x + surface.x * x + surface.yy * y * y + surface.y * y; };
    auto dzdx = [&](double x) { return 2 * surface.xx * x + surface.x; };
    auto dzdy = [&](double y) { return 2 * surface.yy * y + surface.y; };
    QVERIFY(std::abs(z(10, 25) - z(50, 25)) < 1e-9);
    QVERIFY(std::abs(z(30, 20) - z(30, 30)) < 1e-9);
    QVERIFY(z(30, 25) > z(29, 25) && z(30, 25) > z(31, 25) && z(30, 25) > z(30, 24) && z(30, 25) > z(30, 26));
    // The slopes at the edges are ±4·height, whatever the size.
    QVERIFY(std::abs(dzdx(10) - 2.0) < 1e-9 && std::abs(dzdx(50) + 2.0) < 1e-9);
    QVERIFY(std::abs(dzdy(20) - 2.0) < 1e-9 && std::abs(dzdy(30) + 2.0) < 1e-9);
}

void TestCushion::brightestPointIsInsideTheTileTowardsTheLight()
{
    const QRectF rect(0, 0, 100, 60);
    const CushionSurface surface = addRidges({}, rect, 0.5);
    const QPointF peak = brightest(surface, rect);
    QVERIFY2(rect.adjusted(5, 5, -5, -5).contains(peak), "the highlight sits inside, not on an edge");
    // The light comes from the upper left (as in SequoiaView).
    QVERIFY(peak.x() < rect.center().x());
    QVERIFY(peak.y() < rect.center().y());
    // The edges facing away from the light are the darkest.
    QVERIFY(cushionLight(surface, 99.5, 59.5) < cushionLight(surface, 0.5, 0.5));
    QVERIFY(cushionLight(surface, 99.5, 59.5) < cushionLight(surface, peak.x(), peak.y()) - 0.3);
}

void TestCushion::squareTileIsSymmetricAboutItsDiagonal()
{
    const QRectF rect(0, 0, 64, 64);
    const CushionSurface surface = addRidges(addRidges({}, QRectF(0, 0, 200, 200), 0.5), rect, 0.375);
    for (double a = 0.5; a < 64; a += 7) {
        for (double b = 0.5; b < 64; b += 5)
            QVERIFY(std::abs(cushionLight(surface, a, b) - cushionLight(surface, b, a)) < 1e-12);
    }
}

void TestCushion::overheadLightIsSymmetricAboutTheCentre()
{
    CushionOptions overhead;
    overhead.lightX = 0;
    overhead.lightY = 0;
    const QRectF rect(10, 10, 80, 30);
    const CushionSurface surface = addRidges({}, rect, 0.5);
    for (double dx = 0; dx < 40; dx += 3.5) {
        for (double dy = 0; dy < 15; dy += 2.5) {
            const double light = cushionLight(surface, 50 + dx, 25 + dy, overhead);
            QVERIFY(std::abs(light - cushionLight(surface, 50 - dx, 25 + dy, overhead)) < 1e-12);
            QVERIFY(std::abs(light - cushionLight(surface, 50 + dx, 25 - dy, overhead)) < 1e-12);
        }
    }
    const QPointF peak = brightest(surface, rect, overhead);
    QCOMPARE(peak, QPointF(50, 25));
}

void TestCushion::childrenInheritTheirParentsRidges()
{
    // A folder split into two files: each file's surface is the folder's plus its own ridges,
    // lower by the scale factor.
    std::vector<TreemapTile> tiles(3);
    tiles[0].rect = QRectF(0, 0, 100, 50);
    tiles[1].rect = QRectF(0, 0, 60, 50);
    tiles[1].depth = 1;
    tiles[1].parent = 0;
    tiles[2].rect = QRectF(60, 0, 40, 50);
    tiles[2].depth = 1;
    tiles[2].parent = 0;
    CushionOptions options;
    const std::vector<CushionSurface> surfaces = cushionSurfaces(tiles, options);
    QCOMPARE(surfaces.size(), std::size_t(3));
    QCOMPARE(surfaces[0], addRidges({}, tiles[0].rect, options.height));
    QCOMPARE(surfaces[1], addRidges(surfaces[0], tiles[1].rect, options.height * options.scale));
    QCOMPARE(surfaces[2], addRidges(surfaces[0], tiles[2].rect, options.height * options.scale));
    // The two files meet in a crease: the left one's right edge faces away from the light,
    // the right one's left edge towards it.
    QVERIFY(cushionLight(surfaces[1], 59.5, 25) < cushionLight(surfaces[2], 60.5, 25));

    // An only child filling its folder adds no second bump on the same rectangle.
    std::vector<TreemapTile> chain(2);
    chain[0].rect = QRectF(0, 0, 100, 50);
    chain[1].rect = QRectF(2, 2, 96, 46);
    chain[1].depth = 1;
    chain[1].parent = 0;
    const std::vector<CushionSurface> chained = cushionSurfaces(chain, options);
    QCOMPARE(chained[1], chained[0]);
}

void TestCushion::shadingStaysInsideItsRectangle()
{
    constexpr int Width = 20;
    constexpr int Height = 10;
    std::vector<std::uint32_t> pixels(Width * Height, 0u);
    const QRect rect(5, 2, 30, 5); // runs off the right edge: clipped
    shadeCushion(pixels.data(), Width, Height, Width, rect, addRidges({}, QRectF(rect), 0.5), 0x3080c0, 1.0);
    for (int y = 0; y < Height; ++y) {
        for (int x = 0; x < Width; ++x) {
            const bool inside = x >= 5 && y >= 2 && y <= 6;
            QCOMPARE(pixels[std::size_t(y * Width + x)] != 0u, inside);
        }
    }
    // Opaque, and the shades differ across the cushion.
    QCOMPARE(pixels[std::size_t(4 * Width + 10)] >> 24, 0xffu);
    QVERIFY(pixels[std::size_t(2 * Width + 5)] != pixels[std::size_t(4 * Width + 12)]);
}

void TestCushion::flatFillIsUniform()
{
    constexpr int Width = 16;
    std::vector<std::uint32_t> pixels(Width * Width, 0u);
    fillFlat(pixels.data(), Width, Width, Width, QRect(2, 3, 10, 8), 0x3080c0);
    for (int y = 3; y <= 10; ++y) {
        for (int x = 2; x <= 11; ++x)
            QCOMPARE(pixels[std::size_t(y * Width + x)], 0xff3080c0u);
    }
    QCOMPARE(pixels[std::size_t(2 * Width + 2)], 0u);
    QCOMPARE(pixels[std::size_t(3 * Width + 12)], 0u);
}

QTEST_APPLESS_MAIN(TestCushion)
#include "tst_cushion.moc"
