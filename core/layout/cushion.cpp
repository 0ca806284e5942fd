#include "core/layout/cushion.h"

#include <algorithm>
#include <cmath>

namespace CacheLens
{
namespace
{

// The part of rect inside a width × height buffer.
QRect clipped(const QRect &rect, int width, int height)
{
    return rect.intersected(QRect(0, 0, width, height));
}

} // namespace

CushionSurface addRidges(CushionSurface surface, const QRectF &rect, double height)
{
    // z = s2·t² + s1·t over [t1, t2] is 0 at both ends and `height` in the middle when
    // s2 = -4h / (t2 - t1) and s1 = 4h (t1 + t2) / (t2 - t1) (van Wijk's AddRidge).
    auto ridge = [height](double t1, double t2, double &s2, double &s1) {
        const double length = t2 - t1;
        if (length <= 0)
            return;
        s1 += 4 * height * (t2 + t1) / length;
        s2 -= 4 * height / length;
    };
    ridge(rect.left(), rect.right(), surface.xx, surface.x);
    ridge(rect.top(), rect.bottom(), surface.yy, surface.y);
    return surface;
}

std::vector<CushionSurface> cushionSurfaces(const std::vector<TreemapTile> &tiles, const CushionOptions &options)
{
    std::vector<CushionSurface> surfaces(tiles.size());
    std::vector<int> ridges(tiles.size(), 0); // ridge levels below each tile's surface
    for (std::size_t i = 0; i < tiles.size(); ++i) {
        const TreemapTile &tile = tiles[i];
        // Parents come before their children, so the parent's surface is ready.
        const bool hasParent = tile.parent < i;
        const CushionSurface base = hasParent ? surfaces[tile.parent] : CushionSurface {};
        const int below = hasParent ? ridges[tile.parent] : 0;
        // A folder's only child covers (nearly) the same rectangle: another ridge there would
        // only steepen the same bump, so it shares its parent's surface.
        const QRectF &parentRect = hasParent ? tiles[tile.parent].rect : QRectF();
        if (hasParent && tile.rect.width() * tile.rect.height() >= 0.8 * parentRect.width() * parentRect.height()) {
            surfaces[i] = base;
            ridges[i] = below;
            continue;
        }
        surfaces[i]
            = addRidges(base, tile.rect, std::max(options.height * std::pow(options.scale, below), options.minHeight));
        ridges[i] = below + 1;
    }
    return surfaces;
}

double cushionLight(const CushionSurface &surface, double x, double y, const CushionOptions &options)
{
    const double lightLength = std::sqrt(
        options.lightX * options.lightX + options.lightY * options.lightY + options.lightZ * options.lightZ);
    // The normal of z(x, y) is (-dz/dx, -dz/dy, 1).
    const double nx = -(2 * surface.xx * x + surface.x);
    const double ny = -(2 * surface.yy * y + surface.y);
    const double cosine = (nx * options.lightX + ny * options.lightY + options.lightZ)
        / (std::sqrt(nx * nx + ny * ny + 1) * lightLength);
    return options.ambient + options.diffuse * std::max(0.0, cosine);
}

void shadeCushion(std::uint32_t *pixels, int width, int height, qsizetype stride, const QRect &rect,
    const CushionSurface &surface, std::uint32_t rgb, double ratio, const CushionOptions &options)
{
    const QRect area = clipped(rect, width, height);
    if (area.isEmpty() || ratio <= 0)
        return;
    const double lightLength = std::sqrt(
        options.lightX * options.lightX + options.lightY * options.lightY + options.lightZ * options.lightZ);
    const double lx = options.lightX / lightLength;
    const double ly = options.lightY / lightLength;
    const double lz = options.lightZ / lightLength;
    const double red = double((rgb >> 16) & 0xff);
    const double green = double((rgb >> 8) & 0xff);
    const double blue = double(rgb & 0xff);
    // The x terms are the same on every line: compute them once.
    std::vector<double> nxs(std::size_t(area.width()));
    for (int px = area.left(); px <= area.right(); ++px) {
        const double x = (px + 0.5) / ratio;
        nxs[std::size_t(px - area.left())] = -(2 * surface.xx * x + surface.x);
    }
    for (int py = area.top(); py <= area.bottom(); ++py) {
        const double y = (py + 0.5) / ratio;
        const double ny = -(2 * surface.yy * y + surface.y);
        const double nyTerm = ny * ly + lz;
        const double nySquared = ny * ny + 1;
        std::uint32_t *line = pixels + py * stride;
        for (int px = area.left(); px <= area.right(); ++px) {
            const double nx = nxs[std::size_t(px - area.left())];
            const double cosine = (nx * lx + nyTerm) / std::sqrt(nx * nx + nySquared);
            const double light = options.ambient + options.diffuse * std::max(0.0, cosine);
            auto channel = [light](double value) { return std::uint32_t(std::clamp(value * light + 0.5, 0.0, 255.0)); };
            line[px] = 0xff000000u | (channel(red) << 16) | (channel(green) << 8) | channel(blue);
        }
    }
}

void fillFlat(std::uint32_t *pixels, int width, int height, qsizetype stride, const QRect &rect, std::uint32_t rgb)
{
    const QRect area = clipped(rect, width, height);
    const std::uint32_t value = 0xff000000u | (rgb & 0xffffffu);
    for (int py = area.top(); py <= area.bottom(); ++py)
        std::fill_n(pixels + py * stride + area.left(), area.width(), value);
}

} // namespace CacheLens
