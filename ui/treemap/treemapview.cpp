#include "ui/treemap/treemapview.h"

#include "core/report/sizeformat.h"

#include <QFile>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

QColor tileColor(const TreemapTile &tile, const QPalette &palette)
{
    if (tile.groupCount > 0)
        return palette.color(QPalette::Mid);
    if (tile.isDirectory)
        return palette.color(QPalette::Window).darker(110 + 8 * std::min<int>(tile.depth, 6));
    return QColor(QRgb(categoryColor(tile.category)));
}

} // namespace

TreemapView::TreemapView(QWidget *parent)
    : TreeChartView(parent)
{
    setObjectName(u"treemapView"_s);
}

TreemapView::~TreemapView() = default;

const std::vector<TreemapTile> &TreemapView::tiles() const
{
    return m_tiles;
}

void TreemapView::layOutItems()
{
    m_tiles.clear();
    if (tree() && root() != NoNode && width() > 0 && height() > 0) {
        TreemapOptions options;
        options.apparentSizes = apparentSizes();
        options.headerHeight = fontMetrics().height() + 2;
        m_tiles = layoutTreemap(*tree(), root(), QRectF(rect()), options);
    }
}

qsizetype TreemapView::itemCount() const
{
    return qsizetype(m_tiles.size());
}

qsizetype TreemapView::itemAt(const QPointF &point) const
{
    return tileAt(m_tiles, point);
}

NodeIndex TreemapView::itemNode(qsizetype item) const
{
    return m_tiles[std::size_t(item)].node;
}

void TreemapView::paintItems(QPainter &painter) const
{
    const QColor frame = palette().color(QPalette::Dark);
    const QFontMetrics metrics = fontMetrics();
    for (const TreemapTile &tile : m_tiles) {
        const QColor fill = tileColor(tile, palette());
        // A soft vertical gradient gives each tile the raised look of a cushion treemap cheaply.
        QLinearGradient cushion(tile.rect.topLeft(), tile.rect.bottomRight());
        cushion.setColorAt(0, fill.lighter(tile.isDirectory ? 100 : 125));
        cushion.setColorAt(1, fill.darker(tile.isDirectory ? 100 : 125));
        painter.fillRect(tile.rect, cushion);
        painter.setPen(frame);
        painter.drawRect(tile.rect.adjusted(0, 0, -0.5, -0.5));
        const bool roomForLabel = tile.rect.width() > 48 && tile.rect.height() > metrics.height() + 2;
        if (!roomForLabel)
            continue;
        const QString label = tile.groupCount > 0 ? tr("%n small items", nullptr, int(tile.groupCount))
                                                  : QFile::decodeName(tree()->name(tile.node).toByteArray());
        // Category colours are the same in light and dark palettes, so their labels pick black
        // or white by the fill; folder frames follow the palette.
        if (tile.isDirectory)
            painter.setPen(palette().color(QPalette::Text));
        else
            painter.setPen(qGray(fill.rgb()) < 140 ? Qt::white : Qt::black); // perceived brightness
        const QRectF textRect = tile.rect.adjusted(4, 1, -4, 0);
        painter.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextSingleLine,
            metrics.elidedText(label, Qt::ElideMiddle, int(textRect.width())));
    }
}

void TreemapView::paintOverlay(QPainter &painter) const
{
    auto outline = [&](NodeIndex node, const QColor &color, int width) {
        for (const TreemapTile &tile : m_tiles) {
            if (tile.groupCount == 0 && tile.node == node) {
                painter.setPen(QPen(color, width));
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(tile.rect.adjusted(1, 1, -1, -1));
                return;
            }
        }
    };
    if (selected() != NoNode)
        outline(selected(), palette().color(QPalette::Highlight), 3);
    if (const qsizetype hover = hoveredItem(); hover >= 0) {
        painter.setPen(QPen(palette().color(QPalette::HighlightedText), 2));
        painter.drawRect(m_tiles[std::size_t(hover)].rect.adjusted(1, 1, -1, -1));
    }
}

void TreemapView::mousePressEvent(QMouseEvent *event)
{
    const qsizetype hit = itemAt(event->position());
    if (hit < 0 || event->button() != Qt::LeftButton)
        return;
    select(m_tiles[std::size_t(hit)].node);
}

void TreemapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    const qsizetype hit = itemAt(event->position());
    if (hit < 0)
        return;
    const TreemapTile &tile = m_tiles[std::size_t(hit)];
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
    const TreemapTile &tile = m_tiles[std::size_t(item)];
    if (tile.groupCount > 0)
        return tr("%n small items in %1", nullptr, int(tile.groupCount))
            .arg(QFile::decodeName(tree()->path(tile.node)));
    const FileNode &node = tree()->node(tile.node);
    const std::uint64_t bytes = bytesOf(tile.node);
    return tr("%1\n%2 (%3 % of this view)\n%4 - %5")
        .arg(QFile::decodeName(tree()->path(tile.node)), formatSize(bytes))
        .arg(shareOfRoot(bytes), 0, 'f', 1)
        .arg(categoryDisplayName(node.category()), tierDisplayName(node.tier()));
}

} // namespace CacheLens
