#include "ui/treemap/treemapview.h"

#include "core/layout/cushion.h"
#include "core/report/sizeformat.h"

#include <QDateTime>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

struct TreemapFrame final : TreeChartView::Frame {
    std::vector<TreemapTile> tiles;
    [[nodiscard]] qsizetype itemCount() const override
    {
        return qsizetype(tiles.size());
    }
};

const std::vector<TreemapTile> NoTiles;

// A tile's own colour: folders that hold tiles show their frame colour around them, everything
// else (files, small groups, folders too small to open) its category.
QRgb tileColor(const TreemapTile &tile, const QPalette &palette)
{
    if (tile.groupCount > 0)
        return palette.color(QPalette::Mid).rgb();
    if (tile.hasChildren)
        return palette.color(QPalette::Window).darker(110 + 8 * std::min<int>(tile.depth, 6)).rgb();
    return QRgb(categoryColor(tile.category));
}

// The device pixels a tile covers (neighbours share no pixel).
QRect devicePixels(const QRectF &rect, qreal ratio)
{
    const int left = int(std::lround(rect.left() * ratio));
    const int top = int(std::lround(rect.top() * ratio));
    const int right = int(std::lround(rect.right() * ratio));
    const int bottom = int(std::lround(rect.bottom() * ratio));
    return { QPoint(left, top), QPoint(right - 1, bottom - 1) };
}

std::unique_ptr<TreeChartView::Frame> layOut(const TreeChartView::FrameInput &input, AppSettings::Shading shading)
{
    auto frame = std::make_unique<TreemapFrame>();
    frame->image = input.blankImage();
    if (input.root == NoNode || input.size.isEmpty())
        return frame;
    const QFontMetrics metrics(input.font);
    TreemapOptions options;
    options.apparentSizes = input.apparentSizes;
    options.headerHeight = metrics.height() + 2;
    frame->tiles = layoutTreemap(*input.tree, input.root, QRectF(QPointF(0, 0), QSizeF(input.size)), options);
    if (frame->tiles.empty())
        return frame;
    if (input.superseded())
        return nullptr;

    // Pixels first: every tile in paint order (parents first), cushions computed per pixel.
    QImage &image = frame->image;
    auto *pixels = reinterpret_cast<std::uint32_t *>(image.bits());
    const qsizetype stride = image.bytesPerLine() / 4;
    const bool cushion = shading == AppSettings::Shading::Cushion;
    const std::vector<CushionSurface> surfaces
        = cushion ? cushionSurfaces(frame->tiles) : std::vector<CushionSurface>();
    for (std::size_t i = 0; i < frame->tiles.size(); ++i) {
        const TreemapTile &tile = frame->tiles[i];
        const QRect area = devicePixels(tile.rect, input.ratio);
        const QRgb color = tileColor(tile, input.palette);
        if (cushion && !tile.hasChildren)
            shadeCushion(pixels, image.width(), image.height(), stride, area, surfaces[i], color, input.ratio);
        else
            fillFlat(pixels, image.width(), image.height(), stride, area, color);
    }
    if (input.superseded())
        return nullptr;

    // Then frames and names where there is room.
    QPainter painter(&image);
    painter.setFont(input.font);
    const QColor frameColor = input.palette.color(QPalette::Dark);
    for (const TreemapTile &tile : frame->tiles) {
        // Cushions separate the files by their shading; flat tiles need a line.
        if (tile.hasChildren || !cushion) {
            painter.setPen(frameColor);
            painter.drawRect(tile.rect.adjusted(0, 0, -0.5, -0.5));
        }
        // A folder's name goes where layoutTreemap() kept a header free; a file's fits if it fits.
        const bool roomForLabel = tile.rect.width() > 48
            && (tile.hasChildren ? tile.rect.height() - 2 * options.folderPadding > 4 * options.headerHeight
                                 : tile.rect.height() > metrics.height() + 2);
        if (!roomForLabel)
            continue;
        const QString label = tile.groupCount > 0 ? TreemapView::tr("%Ln small items", nullptr, int(tile.groupCount))
                                                  : input.nameOf(tile.node);
        // Category colours are the same in light and dark palettes, so their labels pick black
        // or white by the fill; folder frames follow the palette.
        if (tile.hasChildren)
            painter.setPen(input.palette.color(QPalette::Text));
        else
            painter.setPen(qGray(tileColor(tile, input.palette)) < 140 ? Qt::white : Qt::black);
        const QRectF textRect = tile.rect.adjusted(4, 1, -4, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
            metrics.elidedText(label, Qt::ElideMiddle, int(textRect.width())));
    }
    return frame;
}

} // namespace

TreemapView::TreemapView(QWidget *parent)
    : TreeChartView(parent)
{
    setObjectName(u"treemapView"_s);
}

TreemapView::~TreemapView() = default;

void TreemapView::setShading(AppSettings::Shading shading)
{
    if (shading == m_shading)
        return;
    m_shading = shading;
    rebuild();
}

AppSettings::Shading TreemapView::shading() const
{
    return m_shading;
}

const std::vector<TreemapTile> &TreemapView::tiles() const
{
    const auto *shown = static_cast<const TreemapFrame *>(frame());
    return shown ? shown->tiles : NoTiles;
}

QImage TreemapView::renderedImage() const
{
    return frame() ? frame()->image : QImage();
}

TreeChartView::FrameJob TreemapView::frameJob() const
{
    return [shading = m_shading](const FrameInput &input) { return layOut(input, shading); };
}

qsizetype TreemapView::itemAt(const QPointF &point) const
{
    return tileAt(tiles(), point);
}

NodeIndex TreemapView::itemNode(qsizetype item) const
{
    return tiles()[std::size_t(item)].node;
}

void TreemapView::paintOverlay(QPainter &painter) const
{
    painter.setBrush(Qt::NoBrush);
    if (selected() != NoNode) {
        for (const TreemapTile &tile : tiles()) {
            if (tile.groupCount == 0 && tile.node == selected()) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
                painter.drawRect(tile.rect.adjusted(1, 1, -1, -1));
                break;
            }
        }
    }
    if (const qsizetype hover = hoveredItem(); hover >= 0) {
        painter.setPen(QPen(palette().color(QPalette::HighlightedText), 2));
        painter.drawRect(tiles()[std::size_t(hover)].rect.adjusted(1, 1, -1, -1));
    }
}

void TreemapView::mousePressEvent(QMouseEvent *event)
{
    const qsizetype hit = hitTest(event->position());
    if (hit < 0 || event->button() != Qt::LeftButton)
        return;
    select(tiles()[std::size_t(hit)].node);
}

void TreemapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qsizetype hit = hitTest(event->position());
    if (hit < 0)
        return;
    const TreemapTile tile = tiles()[std::size_t(hit)]; // copied: setRoot() starts a new layout
    setRoot(tile.isDirectory ? tile.node : tree()->node(tile.node).parent);
}

void TreemapView::keyPressEvent(QKeyEvent *event)
{
    if (isBackKey(event) && goUp())
        return;
    TreeChartView::keyPressEvent(event);
}

QString TreemapView::describeItem(qsizetype item) const
{
    const TreemapTile &tile = tiles()[std::size_t(item)];
    const FrameInput &input = frame()->input;
    if (tile.groupCount > 0)
        return tr("%Ln small items in %1", nullptr, int(tile.groupCount)).arg(input.pathOf(tile.node));
    const std::uint64_t bytes = bytesOf(tile.node);
    if (tile.node == AllRoots)
        return tr("%1\n%2 in all").arg(input.pathOf(tile.node), formatSize(bytes));
    const FileNode &node = tree()->node(tile.node);
    return tr("%1\n%2 (%3 % of this view)\n%4 - %5\nModified %6")
        .arg(input.pathOf(tile.node), formatSize(bytes))
        .arg(formatDisplayDecimal(shareOfRoot(bytes), 1))
        .arg(categoryDisplayName(node.category()), tierDisplayName(node.tier()),
            QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(node.mtime)), QLocale::ShortFormat));
}

} // namespace CacheLens
