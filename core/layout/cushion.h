#pragma once

#include "core/layout/treemaplayout.h"

#include <QRect>
#include <QRectF>

#include <cstdint>
#include <vector>

namespace CacheLens
{

/// A cushion treemap's surface over one tile (van Wijk and van de Wetering, "Cushion Treemaps",
/// 1999; the look of SequoiaView, KDirStat and QDirStat): z(x, y) = xx·x² + x·x + yy·y² + y·y.
/// Every tile adds a parabolic ridge over its own rectangle to its parent's surface, so nested
/// tiles become bumps on bumps and the shading alone shows the hierarchy.
struct CushionSurface {
    double xx = 0;
    double x = 0;
    double yy = 0;
    double y = 0;

    friend bool operator==(const CushionSurface &, const CushionSurface &) = default;
};

struct CushionOptions {
    double height = 0.5; ///< the ridge height of the top tile
    double scale = 0.8; ///< each level's ridges are this much lower than its parent's
    /// A tile's own ridges are never lower than this, so files deep in the tree still look like
    /// cushions and not like tiles tilted by their folders.
    double minHeight = 0.25;
    double ambient = 0.4; ///< light everywhere, whatever the slope
    double diffuse = 0.85; ///< light added where the surface faces the light squarely (1 = the colour itself)
    /// Direction towards the light, in screen coordinates (x right, y down, z towards the
    /// viewer): up and to the left, as in SequoiaView. Need not be normalised.
    double lightX = -1;
    double lightY = -1;
    double lightZ = 10;
};

/// surface plus ridges over rect: a parabola in x that is equally high at rect's left and right
/// edges, highest in the middle and sloping by ±4·height at the edges, and the same in y.
/// Only the slopes matter for the light, so the same height gives tiles of any size the same
/// shading.
[[nodiscard]] CushionSurface addRidges(CushionSurface surface, const QRectF &rect, double height);

/// One surface per tile (same order), each its parent's (TreemapTile::parent) plus ridges over
/// its own rectangle, max(options.height · options.scale^n, options.minHeight) high, n being the
/// ridges already below it. A tile covering 80 % or more of its parent (an only child) adds no
/// ridge: a chain of single folders would otherwise pile bumps on one rectangle.
[[nodiscard]] std::vector<CushionSurface> cushionSurfaces(
    const std::vector<TreemapTile> &tiles, const CushionOptions &options = {});

/// How lit the surface is at (x, y): options.ambient where it faces away from the light,
/// ambient + diffuse where it faces the light squarely. A colour is multiplied by it.
[[nodiscard]] double cushionLight(
    const CushionSurface &surface, double x, double y, const CushionOptions &options = {});

/// Writes the shaded colour rgb (0xRRGGBB) into the device pixels of rect (clipped to the
/// buffer), one opaque 0xAARRGGBB word per pixel; stride is in pixels. A device pixel (px, py)
/// is lit as the surface point ((px + 0.5) / ratio, (py + 0.5) / ratio): the surface is in
/// logical coordinates, the buffer in device pixels.
void shadeCushion(std::uint32_t *pixels, int width, int height, qsizetype stride, const QRect &rect,
    const CushionSurface &surface, std::uint32_t rgb, double ratio, const CushionOptions &options = {});

/// Fills the device pixels of rect (clipped to the buffer) with one opaque colour: the flat look.
void fillFlat(std::uint32_t *pixels, int width, int height, qsizetype stride, const QRect &rect, std::uint32_t rgb);

} // namespace CacheLens
