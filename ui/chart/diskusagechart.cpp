#include "ui/chart/diskusagechart.h"

#include "ui/colorscheme.h"

#include <QBoxLayout>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QPen>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

constexpr double GiB = 1024.0 * 1024.0 * 1024.0;

// Keeps at most maxPoints of the points (sorted by x) by splitting the time span into equal
// buckets and keeping each bucket's highest point: for a disk the peaks matter, not the average.
QList<QPointF> downsample(const QList<QPointF> &points, qsizetype maxPoints)
{
    if (points.size() <= maxPoints || maxPoints < 2)
        return points;
    const double first = points.constFirst().x();
    const double width = (points.constLast().x() - first) / double(maxPoints);
    QList<QPointF> kept;
    kept.reserve(maxPoints + 1);
    qsizetype bucket = -1;
    for (const QPointF &point : points) {
        const auto index = std::min<qsizetype>(maxPoints - 1, qsizetype((point.x() - first) / width));
        if (index != bucket) {
            kept.append(point);
            bucket = index;
        } else if (point.y() > kept.constLast().y()) {
            kept.last().setY(point.y());
        }
        kept.last().setX(point.x());
    }
    return kept;
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() * (1 - share) + to.redF() * share),
        float(from.greenF() * (1 - share) + to.greenF() * share),
        float(from.blueF() * (1 - share) + to.blueF() * share));
}

// One colour per volume, none of them the threshold lines' orange and red; the dark set is
// lighter so that each line stands out from a dark background (≥ 3:1, as WCAG asks of graphics).
constexpr std::array<QRgb, 5> LightVolumeColours = { 0x1565c0, 0x009e73, 0xcc79a7, 0x56b4e9, 0x555555 };
constexpr std::array<QRgb, 5> DarkVolumeColours = { 0x64b5f6, 0x35c99b, 0xe59cc8, 0xb9a6ff, 0xc8c8c8 };

QPen thresholdPen(const QColor &colour)
{
    QPen pen(colour);
    pen.setStyle(Qt::DashLine);
    pen.setWidthF(1.5);
    return pen;
}

} // namespace

DiskUsageChart::DiskUsageChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
{
    // Always-on data: animations would redraw the whole chart on every sample.
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(4, 4, 4, 4));

    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setTitleText(tr("Time"));
    m_valueAxis = new QValueAxis;
    m_valueAxis->setTitleText(tr("Used (GiB)"));
    m_valueAxis->setLabelFormat(u"%.0f"_s);
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);

    auto addThresholdLine = [this](const QString &name) {
        auto *line = new QLineSeries;
        line->setName(name);
        m_chart->addSeries(line);
        line->attachAxis(m_timeAxis);
        line->attachAxis(m_valueAxis);
        return line;
    };
    m_warningLine = addThresholdLine(tr("Warning"));
    m_criticalLine = addThresholdLine(tr("Critical"));

    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setObjectName(u"diskUsageChartView"_s);

    m_rangeBox = new QComboBox(this);
    m_rangeBox->setObjectName(u"chartRange"_s);
    m_rangeBox->addItem(tr("Last hour"), int(Range::Hour));
    m_rangeBox->addItem(tr("Last 24 hours"), int(Range::Day));
    m_rangeBox->addItem(tr("Last 7 days"), int(Range::Week));
    m_rangeBox->setCurrentIndex(int(m_range));
    m_rangeBox->setToolTip(tr("How far back the chart looks"));
    connect(m_rangeBox, &QComboBox::currentIndexChanged, this,
        [this](int index) { setRange(static_cast<Range>(m_rangeBox->itemData(index).toInt())); });

    m_eta = new QLabel(this);
    m_eta->setObjectName(u"chartEta"_s);
    m_eta->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *top = new QHBoxLayout;
    top->addWidget(m_eta, 1);
    top->addWidget(new QLabel(tr("Show:"), this));
    top->addWidget(m_rangeBox);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    applyPalette();
    refresh();
}

DiskUsageChart::~DiskUsageChart() = default;

qint64 DiskUsageChart::rangeSpan(Range range)
{
    switch (range) {
    case Range::Hour:
        return 3600LL * 1000;
    case Range::Day:
        return 24LL * 3600 * 1000;
    case Range::Week:
        return 7LL * 24 * 3600 * 1000;
    }
    return 24LL * 3600 * 1000;
}

DiskUsageChart::Volume &DiskUsageChart::volume(const QString &volumeId)
{
    auto it = m_volumes.find(volumeId);
    if (it == m_volumes.end()) {
        Volume added;
        added.series = new QLineSeries;
        added.series->setName(volumeId);
        added.colourIndex = int(m_volumes.size() % qsizetype(LightVolumeColours.size()));
        QPen pen(QColor((isDark(palette()) ? DarkVolumeColours : LightVolumeColours)[std::size_t(added.colourIndex)]));
        pen.setWidthF(2.0);
        added.series->setPen(pen);
        m_chart->addSeries(added.series); // the chart owns it
        added.series->attachAxis(m_timeAxis);
        added.series->attachAxis(m_valueAxis);
        it = m_volumes.insert(volumeId, added);
    }
    return *it;
}

void DiskUsageChart::setSeries(const QString &volumeId, const QList<QPointF> &samples)
{
    Volume &target = volume(volumeId);
    target.samples = samples.size() > MaxBufferedSamples ? samples.mid(samples.size() - MaxBufferedSamples) : samples;
    refresh();
}

void DiskUsageChart::appendSample(const QString &volumeId, const QDateTime &time, qint64 usedBytes)
{
    Volume &target = volume(volumeId);
    const QPointF point(double(time.toMSecsSinceEpoch()), double(usedBytes));
    if (!target.samples.isEmpty() && target.samples.constLast().x() >= point.x())
        return; // a sample from the history that arrived after the live one
    target.samples.append(point);
    const double oldest = point.x() - double(rangeSpan(Range::Week));
    const auto stale = std::find_if(
        target.samples.cbegin(), target.samples.cend(), [oldest](const QPointF &p) { return p.x() >= oldest; });
    qsizetype drop = stale - target.samples.cbegin();
    drop = std::max(drop, target.samples.size() - MaxBufferedSamples);
    if (drop > 0)
        target.samples.remove(0, drop);
    refresh();
}

void DiskUsageChart::setCapacity(const QString &volumeId, qint64 totalBytes)
{
    Volume &target = volume(volumeId);
    if (target.capacity == totalBytes)
        return;
    target.capacity = totalBytes;
    refresh();
}

void DiskUsageChart::setThresholds(double warningRatio, double criticalRatio)
{
    m_warningRatio = warningRatio;
    m_criticalRatio = criticalRatio;
    refresh();
}

void DiskUsageChart::setRange(Range range)
{
    if (m_range == range)
        return;
    m_range = range;
    m_rangeBox->setCurrentIndex(int(range));
    refresh();
}

DiskUsageChart::Range DiskUsageChart::range() const
{
    return m_range;
}

void DiskUsageChart::setEta(const QString &text)
{
    m_eta->setText(text);
}

QString DiskUsageChart::etaText() const
{
    return m_eta->text();
}

void DiskUsageChart::clear()
{
    for (const Volume &shown : std::as_const(m_volumes)) {
        m_chart->removeSeries(shown.series);
        delete shown.series; // removeSeries() hands ownership back
    }
    m_volumes.clear();
    refresh();
}

void DiskUsageChart::refresh()
{
    // The window ends at the newest sample, so a chart fed from the history alone still shows it.
    double end = 0;
    qint64 capacity = 0;
    for (const Volume &shown : std::as_const(m_volumes)) {
        if (!shown.samples.isEmpty())
            end = std::max(end, shown.samples.constLast().x());
        capacity = std::max(capacity, shown.capacity);
    }
    if (end == 0)
        end = double(QDateTime::currentMSecsSinceEpoch());
    const double start = end - double(rangeSpan(m_range));

    double highest = 0;
    for (const Volume &shown : std::as_const(m_volumes)) {
        const auto first = std::lower_bound(
            shown.samples.cbegin(), shown.samples.cend(), start, [](const QPointF &p, double x) { return p.x() < x; });
        QList<QPointF> visible;
        visible.reserve(shown.samples.cend() - first);
        for (auto it = first; it != shown.samples.cend(); ++it) {
            visible.append(QPointF(it->x(), it->y() / GiB));
            highest = std::max(highest, it->y() / GiB);
        }
        shown.series->replace(downsample(visible, MaxShownPoints)); // one replace per series and tick
    }

    const double warning = double(capacity) * m_warningRatio / GiB;
    const double critical = double(capacity) * m_criticalRatio / GiB;
    m_warningLine->setVisible(capacity > 0);
    m_criticalLine->setVisible(capacity > 0);
    m_warningLine->replace({ QPointF(start, warning), QPointF(end, warning) });
    m_criticalLine->replace({ QPointF(start, critical), QPointF(end, critical) });

    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(qint64(start)), QDateTime::fromMSecsSinceEpoch(qint64(end)));
    m_timeAxis->setFormat(m_range == Range::Week ? u"ddd HH:mm"_s : u"HH:mm"_s);
    // The whole volume from zero, so the distance to the lines reads as the room left.
    const double top = std::max(double(capacity) / GiB, highest) * 1.05;
    m_valueAxis->setRange(0, top > 0 ? top : 1.0);
}

void DiskUsageChart::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void DiskUsageChart::applyPalette()
{
    const QPalette colours = palette();
    const bool dark = isDark(colours);
    const QColor background = colours.color(QPalette::Base);
    const QColor text = colours.color(QPalette::Text);
    m_chart->setBackgroundBrush(background);
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->setBackgroundRoundness(0);
    m_chart->setPlotAreaBackgroundVisible(false);
    m_chart->setTitleBrush(text);
    m_chart->legend()->setLabelColor(text);
    m_view->setBackgroundBrush(background);
    for (QAbstractAxis *axis :
        { static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis) }) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(mix(text, background, 0.5));
        axis->setGridLineColor(mix(text, background, 0.82));
        axis->setMinorGridLineColor(mix(text, background, 0.9));
        axis->setShadesVisible(false);
    }
    m_warningLine->setPen(thresholdPen(dark ? QColor(0xff, 0xa0, 0x40) : QColor(0xef, 0x6c, 0x00)));
    m_criticalLine->setPen(thresholdPen(dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28)));
    for (const Volume &shown : std::as_const(m_volumes)) {
        QPen pen = shown.series->pen();
        pen.setColor(QColor((dark ? DarkVolumeColours : LightVolumeColours)[std::size_t(shown.colourIndex)]));
        shown.series->setPen(pen);
    }
}

QColor DiskUsageChart::backgroundColor() const
{
    return m_chart->backgroundBrush().color();
}

QColor DiskUsageChart::labelColor() const
{
    return m_valueAxis->labelsColor();
}

QColor DiskUsageChart::seriesColor(const QString &volumeId) const
{
    const auto it = m_volumes.constFind(volumeId);
    return it == m_volumes.cend() ? QColor() : it->series->pen().color();
}

qsizetype DiskUsageChart::shownPointCount(const QString &volumeId) const
{
    const auto it = m_volumes.constFind(volumeId);
    return it == m_volumes.cend() ? 0 : it->series->count();
}

std::pair<QDateTime, QDateTime> DiskUsageChart::timeAxisRange() const
{
    return { m_timeAxis->min(), m_timeAxis->max() };
}

std::pair<double, double> DiskUsageChart::valueAxisRange() const
{
    return { m_valueAxis->min() * GiB, m_valueAxis->max() * GiB };
}

double DiskUsageChart::warningLevel() const
{
    return m_warningLine->isVisible() ? m_warningLine->at(0).y() * GiB : 0.0;
}

double DiskUsageChart::criticalLevel() const
{
    return m_criticalLine->isVisible() ? m_criticalLine->at(0).y() * GiB : 0.0;
}

} // namespace CacheLens
