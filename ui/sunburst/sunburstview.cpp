#include "ui/sunburst/sunburstview.h"

#include "core/report/sizeformat.h"

#include <QDateTime>
#include <QFile>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>

#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

constexpr double MinArcPixels = 3.0; // thinner segments (on the first ring) are grouped
constexpr double Margin = 6.0;

double radians(double sixteenths)
{
    return sixteenths / 16.0 * std::numbers::pi / 180.0;
}

// a blended towards b by t (0..1).
QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
        float(a.greenF() + (b.greenF() - a.greenF()) * t), float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

// Where a straight label fits in a ring segment: along the ring (on the tangent at the middle
// angle) or across it (on the radius), and how wide it may be so that no corner leaves the segment.
struct LabelRoom {
    double radius = 0; ///< of the label's centre
    double width = 0;
    bool along = true;
};

LabelRoom labelRoom(double inner, double ringWidth, double span, double height, double wanted)
{
    const double outer = inner + ringWidth - 1;
    const double halfSpanTan = span < std::numbers::pi ? std::tan(span / 2) : 1e9;
    auto alongAt = [&](double radius) {
        const double top = radius + height / 2; // the outer corners are the farthest from the centre
        const double bottom = radius - height / 2; // the inner corners span the widest angle
        if (top >= outer || bottom <= inner)
            return 0.0;
        return std::min(2 * std::sqrt(outer * outer - top * top), 2 * bottom * halfSpanTan * 0.9);
    };
    const double middle = inner + ringWidth / 2;
    LabelRoom best { middle, alongAt(middle), true };
    if (best.width < wanted) { // hugging the inner edge leaves longer chords
        const double hugging = inner + height / 2 + 2;
        if (const double width = alongAt(hugging); width > best.width)
            best = { hugging, width, true };
    }
    const double across = ringWidth - 8;
    if (best.width < wanted && across > best.width && 2 * (inner + 4) * halfSpanTan >= height + 1)
        best = { middle, across, false };
    return best;
}

struct SunburstFrame final : TreeChartView::Frame {
    std::vector<SunburstSegment> segments;
    QPointF centre;
    double centreRadius = 0;
    double ringWidth = 0;
    [[nodiscard]] qsizetype itemCount() const override
    {
        return qsizetype(segments.size());
    }

    [[nodiscard]] QPainterPath pathOf(const SunburstSegment &segment) const
    {
        QPainterPath path;
        if (segment.depth == 0) {
            path.addEllipse(centre, centreRadius, centreRadius);
            return path;
        }
        const double inner = centreRadius + ringWidth * (segment.depth - 1);
        const double outer = inner + ringWidth;
        const QRectF outerRect(centre.x() - outer, centre.y() - outer, 2 * outer, 2 * outer);
        const QRectF innerRect(centre.x() - inner, centre.y() - inner, 2 * inner, 2 * inner);
        const double start = segment.startAngle / 16.0;
        const double span = segment.spanAngle / 16.0;
        path.arcMoveTo(outerRect, start);
        path.arcTo(outerRect, start, span);
        path.arcTo(innerRect, start + span, -span);
        path.closeSubpath();
        return path;
    }
};

const std::vector<SunburstSegment> NoSegments;

QColor segmentColor(const SunburstSegment &segment, const QPalette &palette)
{
    const QColor background = palette.color(QPalette::Base);
    if (segment.groupCount > 0)
        return mix(palette.color(QPalette::Mid), background, 0.3);
    // Outer rings fade towards the background, so depth reads at a glance in light and dark palettes.
    const QColor base(QRgb(categoryColor(segment.category)));
    return mix(base, background, std::min(0.5, 0.13 * (segment.depth - 1)));
}

// The folder's name (the last part of a root's path) and its total, one per line.
QString centreLabel(const TreeChartView::FrameInput &input)
{
    QString name = input.nameOf(input.root);
    if (input.root != AllRoots) {
        // A root's name is its whole path: the centre has room for the last part only (the
        // tooltip shows the path).
        if (name.size() > 1 && name.endsWith(u'/'))
            name.chop(1);
        if (const qsizetype slash = name.lastIndexOf(u'/'); slash >= 0 && slash + 1 < name.size())
            name = name.mid(slash + 1);
    }
    return name + u'\n' + formatSize(input.bytesOf(input.root));
}

void paintSegments(QPainter &painter, const SunburstFrame &frame, const TreeChartView::FrameInput &input)
{
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setFont(input.font);
    const QFontMetrics metrics(input.font);
    const QPen separator(input.palette.color(QPalette::Base), 1.0);

    for (const SunburstSegment &segment : frame.segments) {
        if (segment.depth == 0)
            continue;
        const QColor fill = segmentColor(segment, input.palette);
        painter.setPen(separator);
        painter.setBrush(fill);
        painter.drawPath(frame.pathOf(segment));

        // A label along the ring, or across it when that leaves the name more room.
        const QString name = segment.groupCount > 0
            ? SunburstView::tr("(%Ln small items)", nullptr, int(segment.groupCount))
            : input.nameOf(segment.node);
        const LabelRoom place = labelRoom(frame.centreRadius + frame.ringWidth * (segment.depth - 1), frame.ringWidth,
            radians(segment.spanAngle), metrics.height(), metrics.horizontalAdvance(name) + 4);
        const double room = place.width;
        const double radius = place.radius;
        if (room < 28)
            continue;
        const QString label = metrics.elidedText(name, Qt::ElideMiddle, int(room));
        if (label.size() < 4 && label != name)
            continue;
        double middle = std::fmod((segment.startAngle + segment.spanAngle / 2.0) / 16.0, 360.0);
        if (middle < 0)
            middle += 360.0;
        const double theta = radians(middle * 16.0);
        // Qt rotates clockwise on screen; angles run counter-clockwise. Keep text upright.
        double rotation = 0;
        if (place.along)
            rotation = middle > 180.0 ? 270.0 - middle : 90.0 - middle;
        else
            rotation = middle > 90.0 && middle < 270.0 ? 180.0 - middle : -middle;
        painter.save();
        painter.translate(frame.centre + QPointF(radius * std::cos(theta), -radius * std::sin(theta)));
        painter.rotate(rotation);
        painter.setPen(qGray(fill.rgb()) < 140 ? Qt::white : Qt::black); // perceived brightness
        const QRectF box(-room / 2, -metrics.height() / 2.0, room, metrics.height());
        painter.drawText(box, Qt::AlignCenter | Qt::TextSingleLine, label);
        painter.restore();
    }

    // The centre: which folder this is and how much it holds.
    painter.setPen(QPen(input.palette.color(QPalette::Mid), 1.0));
    painter.setBrush(input.palette.color(QPalette::AlternateBase));
    painter.drawPath(frame.pathOf(frame.segments.front()));
    const double textWidth = frame.centreRadius * 1.7;
    const QStringList lines = centreLabel(input).split(u'\n');
    QFont bold = input.font;
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    const double lineHeight = metrics.height();
    double y = frame.centre.y() - lineHeight * lines.size() / 2.0;
    painter.setPen(input.palette.color(QPalette::Text));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        painter.setFont(i == 0 ? bold : input.font);
        const QFontMetrics &m = i == 0 ? boldMetrics : metrics;
        const QRectF box(frame.centre.x() - textWidth / 2, y, textWidth, lineHeight);
        painter.drawText(
            box, Qt::AlignCenter | Qt::TextSingleLine, m.elidedText(lines.at(i), Qt::ElideMiddle, int(textWidth)));
        y += lineHeight;
    }
}

std::unique_ptr<TreeChartView::Frame> layOut(const TreeChartView::FrameInput &input, int rings)
{
    auto frame = std::make_unique<SunburstFrame>();
    frame->image = input.blankImage();
    const double outer = std::min(input.size.width(), input.size.height()) / 2.0 - Margin;
    if (input.root == NoNode || outer <= 20)
        return frame;
    frame->centre = QRectF(QPointF(0, 0), QSizeF(input.size)).center();
    frame->ringWidth = outer / (rings + 1);
    frame->centreRadius = frame->ringWidth;
    SunburstOptions options;
    options.apparentSizes = input.apparentSizes;
    options.rings = rings;
    // The first ring is the shortest: a segment MinArcPixels wide there is wider outside.
    const double firstRingCircumference = 2 * std::numbers::pi * (frame->centreRadius + frame->ringWidth);
    options.minSpan = std::max(1, int(std::ceil(FullCircle16 * MinArcPixels / firstRingCircumference)));
    frame->segments = layoutSunburst(*input.tree, input.root, options);
    if (frame->segments.empty())
        return frame;
    if (input.superseded())
        return nullptr;
    QPainter painter(&frame->image);
    paintSegments(painter, *frame, input);
    return frame;
}

} // namespace

SunburstView::SunburstView(QWidget *parent)
    : TreeChartView(parent)
{
    setObjectName(u"sunburstView"_s);
}

SunburstView::~SunburstView() = default;

void SunburstView::setRings(int rings)
{
    rings = std::max(1, rings);
    if (rings == m_rings)
        return;
    m_rings = rings;
    rebuild();
}

int SunburstView::rings() const
{
    return m_rings;
}

const std::vector<SunburstSegment> &SunburstView::segments() const
{
    const auto *shown = static_cast<const SunburstFrame *>(frame());
    return shown ? shown->segments : NoSegments;
}

TreeChartView::FrameJob SunburstView::frameJob() const
{
    return [rings = m_rings](const FrameInput &input) { return layOut(input, rings); };
}

qsizetype SunburstView::itemAt(const QPointF &point) const
{
    const auto *shown = static_cast<const SunburstFrame *>(frame());
    return CacheLens::segmentAt(shown->segments, shown->centre, shown->centreRadius, shown->ringWidth, point);
}

NodeIndex SunburstView::itemNode(qsizetype item) const
{
    return segments()[std::size_t(item)].node;
}

QString SunburstView::centreText() const
{
    if (!tree() || root() == NoNode)
        return QString();
    FrameInput input;
    input.tree = std::shared_ptr<const FileTree>(std::shared_ptr<const FileTree>(), tree()); // borrowed
    input.root = root();
    input.apparentSizes = apparentSizes();
    return centreLabel(input);
}

void SunburstView::paintOverlay(QPainter &painter) const
{
    const auto &shown = *static_cast<const SunburstFrame *>(frame());
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setBrush(Qt::NoBrush);
    if (selected() != NoNode && selected() != root()) {
        for (const SunburstSegment &segment : shown.segments) {
            if (segment.groupCount == 0 && segment.node == selected()) {
                painter.setPen(QPen(palette().color(QPalette::Highlight), 3));
                painter.drawPath(shown.pathOf(segment));
                break;
            }
        }
    }
    if (const qsizetype hover = hoveredItem(); hover >= 0) {
        const QPainterPath path = shown.pathOf(shown.segments[std::size_t(hover)]);
        painter.fillPath(path, QColor(255, 255, 255, 60));
        painter.setPen(QPen(palette().color(QPalette::Text), 1.5));
        painter.drawPath(path);
    }
}

qsizetype SunburstView::segmentAt(const QPointF &point) const
{
    return hitTest(point);
}

QPointF SunburstView::pointOf(NodeIndex node) const
{
    const auto *shown = static_cast<const SunburstFrame *>(frame());
    if (!shown)
        return {};
    for (const SunburstSegment &segment : shown->segments) {
        if (segment.groupCount > 0 || segment.node != node)
            continue;
        if (segment.depth == 0)
            return shown->centre;
        const double radius = shown->centreRadius + shown->ringWidth * (segment.depth - 0.5);
        const double theta = radians(segment.startAngle + segment.spanAngle / 2.0);
        return shown->centre + QPointF(radius * std::cos(theta), -radius * std::sin(theta));
    }
    return {};
}

void SunburstView::goUpMarkingWhereFrom()
{
    const NodeIndex from = root();
    if (goUp())
        select(from);
}

void SunburstView::mousePressEvent(QMouseEvent *event)
{
    const qsizetype hit = hitTest(event->position());
    if (hit < 0 || event->button() != Qt::LeftButton)
        return;
    const SunburstSegment segment = segments()[std::size_t(hit)]; // copied: setRoot() starts a new layout
    if (segment.depth == 0) {
        goUpMarkingWhereFrom();
    } else if (segment.groupCount > 0) {
        setRoot(segment.node); // the folder of the small items: they get the whole circle
    } else if (segment.isDirectory) {
        setRoot(segment.node);
        select(segment.node);
    } else {
        select(segment.node);
    }
}

void SunburstView::keyPressEvent(QKeyEvent *event)
{
    if (isBackKey(event)) {
        goUpMarkingWhereFrom();
        return;
    }
    TreeChartView::keyPressEvent(event);
}

QString SunburstView::describeItem(qsizetype item) const
{
    const SunburstSegment &segment = segments()[std::size_t(item)];
    const FrameInput &input = frame()->input;
    const QString path = input.pathOf(segment.node);
    const double share = shareOfRoot(segment.bytes);
    if (segment.groupCount > 0)
        return tr("%Ln small items in %1\n%2 (%3 % of this folder)", nullptr, int(segment.groupCount))
            .arg(path, formatSize(segment.bytes))
            .arg(formatDisplayDecimal(share, 1));
    if (segment.node == AllRoots)
        return tr("%1\n%2 in all").arg(path, formatSize(segment.bytes));
    const FileNode &node = tree()->node(segment.node);
    QString text = tr("%1\n%2 (%3 % of this folder)\n%4 - %5\nModified %6")
                       .arg(path, formatSize(segment.bytes))
                       .arg(formatDisplayDecimal(share, 1))
                       .arg(categoryDisplayName(node.category()), tierDisplayName(node.tier()),
                           QLocale().toString(QDateTime::fromSecsSinceEpoch(qint64(node.mtime)), QLocale::ShortFormat));
    if (segment.depth == 0 && chartParent(*tree(), segment.node) != NoNode)
        text += u'\n' + tr("Click to go up");
    return text;
}

} // namespace CacheLens
