#include "ui/diskpage.h"

#include "core/report/sizeformat.h"
#include "core/storage/storagemonitor.h"
#include "ui/chart/diskusagechart.h"
#include "ui/colorscheme.h"

#include <QApplication>
#include <QBoxLayout>
#include <QDateTime>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTreeWidget>

#include <algorithm>

#include <cmath>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

enum Column { MountColumn, TypeColumn, UsedColumn, StateColumn, GrowthColumn, EtaColumn, ColumnCount };
constexpr int MountRole = Qt::UserRole;
constexpr int RatioRole = Qt::UserRole + 1; // used share 0..1; unset when the volume did not answer
constexpr int StateRole = Qt::UserRole + 2; // VolumeState

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() * (1 - share) + to.redF() * share),
        float(from.greenF() * (1 - share) + to.greenF() * share),
        float(from.blueF() * (1 - share) + to.blueF() * share));
}

/// The Used column: a short bar coloured by state, and the numbers beside it rather than on
/// it, where no colour of the bar can make them hard to read.
class VolumeBarDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem item(option);
        initStyleOption(&item, index);
        const QString text = item.text;
        item.text.clear();
        const QStyle *style = item.widget ? item.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &item, painter, item.widget); // background, selection

        const QRect area = item.rect.adjusted(4, 0, -4, 0);
        int textLeft = area.left();
        const QVariant ratio = index.data(RatioRole);
        if (ratio.isValid()) {
            const int height = std::clamp(item.fontMetrics.height() - 4, 8, area.height() - 4);
            const QRect bar(
                area.left(), area.center().y() - height / 2 + 1, std::clamp(area.width() * 2 / 5, 40, 120), height);
            const QColor base = item.palette.color(QPalette::Base);
            const QColor ink = item.palette.color(QPalette::Text);
            painter->save();
            painter->fillRect(bar, mix(base, ink, 0.12));
            const auto filled = int(std::lround(double(bar.width()) * std::clamp(ratio.toDouble(), 0.0, 1.0)));
            painter->fillRect(QRect(bar.topLeft(), QSize(filled, bar.height())),
                DiskPage::stateColor(VolumeState(index.data(StateRole).toInt()), item.palette));
            painter->setPen(mix(base, ink, 0.45));
            painter->drawRect(bar.adjusted(0, 0, -1, -1));
            painter->restore();
            textLeft = bar.right() + 8;
        }
        const QRect textRect(textLeft, area.top(), area.right() - textLeft, area.height());
        const bool selected = item.state & QStyle::State_Selected;
        painter->save();
        painter->setPen(item.palette.color(item.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled,
            selected ? QPalette::HighlightedText : QPalette::Text));
        painter->drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
            item.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        painter->restore();
    }
};

QString stateName(VolumeState state)
{
    switch (state) {
    case VolumeState::Ok:
        return DiskPage::tr("OK");
    case VolumeState::Warning:
        return DiskPage::tr("Warning");
    case VolumeState::Critical:
        return DiskPage::tr("Critical");
    }
    return {};
}

QString formatHours(std::int64_t seconds)
{
    if (seconds < 3600)
        return DiskPage::tr("~%1 min").arg(std::max<std::int64_t>(1, seconds / 60));
    if (seconds < 2 * 86400)
        return DiskPage::tr("~%1 h").arg(formatDisplayDecimal(double(seconds) / 3600.0, 1));
    return DiskPage::tr("~%1 d").arg(formatDisplayDecimal(double(seconds) / 86400.0, 1));
}

QString formatRate(double bytesPerHour)
{
    return DiskPage::tr("%1%2/h").arg(
        bytesPerHour < 0 ? u"-"_s : u"+"_s, formatSize(std::uint64_t(std::llround(std::abs(bytesPerHour)))));
}

} // namespace

DiskPage::DiskPage(StorageMonitor *monitor, QWidget *parent)
    : QWidget(parent)
    , m_monitor(monitor)
{
    setObjectName(u"diskPage"_s);
    m_summary = new QLabel(tr("Measuring the volumes..."), this);
    m_summary->setObjectName(u"diskSummary"_s);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"volumeList"_s);
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({ tr("Mount"), tr("Type"), tr("Used"), tr("State"), tr("Growth"), tr("Full in") });
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->header()->setStretchLastSection(true);
    m_list->setColumnWidth(MountColumn, 220);
    m_list->setColumnWidth(UsedColumn, 300);
    m_list->setItemDelegateForColumn(UsedColumn, new VolumeBarDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection); // compare volumes in one chart
    m_list->setToolTip(tr("Select several volumes (Ctrl or Shift) to compare them in the chart"));
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, [this] {
        QList<QByteArray> mounts;
        for (int row = 0; row < m_list->topLevelItemCount(); ++row) {
            if (m_list->topLevelItem(row)->isSelected())
                mounts.append(m_list->topLevelItem(row)->data(MountColumn, MountRole).toByteArray());
        }
        if (!mounts.isEmpty()) // a click between rows keeps what is charted
            showVolumes(mounts);
    });

    m_chart = new DiskUsageChart(this);
    m_chart->setThresholds(m_monitor->thresholds().warningRatio, m_monitor->thresholds().criticalRatio);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_chart);
    splitter->setStretchFactor(0, 1); // a handful of volumes; the chart gets the room
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({ 160, 480 });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(splitter, 1);

    connect(m_monitor, &StorageMonitor::sampled, this, &DiskPage::onSampled);
    connect(m_monitor, &StorageMonitor::historyReady, this, &DiskPage::onHistoryReady);
}

DiskUsageChart *DiskPage::chart() const
{
    return m_chart;
}

QTreeWidget *DiskPage::volumeList() const
{
    return m_list;
}

QByteArray DiskPage::selectedMount() const
{
    return m_selected.value(0);
}

QList<QByteArray> DiskPage::selectedMounts() const
{
    return m_selected;
}

void DiskPage::setThresholds(double warningRatio, double criticalRatio)
{
    m_chart->setThresholds(warningRatio, criticalRatio);
}

QColor DiskPage::stateColor(VolumeState state, const QPalette &palette)
{
    // Darker than the usual traffic-light colours on light backgrounds and lighter on dark ones:
    // they are also the colour of the state's name.
    const bool dark = isDark(palette);
    switch (state) {
    case VolumeState::Ok:
        return dark ? QColor(0x66, 0xbb, 0x6a) : QColor(0x2e, 0x7d, 0x32);
    case VolumeState::Warning:
        return dark ? QColor(0xff, 0xa0, 0x40) : QColor(0xb4, 0x53, 0x09);
    case VolumeState::Critical:
        return dark ? QColor(0xff, 0x6b, 0x6b) : QColor(0xc6, 0x28, 0x28);
    }
    return palette.color(QPalette::Text);
}

void DiskPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() != QEvent::PaletteChange)
        return;
    // The state names were coloured for the old palette.
    for (int row = 0; row < m_list->topLevelItemCount() && row < m_statuses.size(); ++row)
        updateRow(m_list->topLevelItem(row), m_statuses.at(row));
}

QString DiskPage::etaText(const VolumeStatus &status)
{
    if (!status.trend)
        return tr("not enough history yet for a trend");
    if (status.trend->etaFullSeconds)
        return tr("full in %1 at %2")
            .arg(formatHours(*status.trend->etaFullSeconds), formatRate(status.trend->bytesPerHour));
    return tr("not growing");
}

void DiskPage::onSampled(const QList<VolumeStatus> &statuses)
{
    m_statuses = statuses;
    int worse = 0;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        const VolumeStatus &status = statuses.at(i);
        QTreeWidgetItem *item = i < m_list->topLevelItemCount() ? m_list->topLevelItem(int(i)) : nullptr;
        if (!item)
            item = new QTreeWidgetItem(m_list);
        updateRow(item, status);
        worse += status.volume.measured() && status.state != VolumeState::Ok ? 1 : 0;
    }
    while (m_list->topLevelItemCount() > statuses.size())
        delete m_list->takeTopLevelItem(m_list->topLevelItemCount() - 1);
    const QString when = QLocale().toString(QTime::currentTime(), QLocale::ShortFormat);
    m_summary->setText(
        (statuses.size() == 1 ? tr("1 volume, measured at %1").arg(when)
                              : tr("%Ln volumes, measured at %1", nullptr, int(statuses.size())).arg(when))
        + (worse == 0        ? QString()
                : worse == 1 ? u" \u2014 "_s + tr("1 needs attention")
                             : u" \u2014 "_s + tr("%Ln need attention", nullptr, worse)));

    if (m_selected.isEmpty() && m_list->topLevelItemCount() > 0) {
        // Start on the fullest measured volume: that is the one to watch.
        int fullest = 0;
        double ratio = -1;
        for (qsizetype i = 0; i < statuses.size(); ++i) {
            if (statuses.at(i).volume.measured() && statuses.at(i).volume.usedRatio() > ratio) {
                ratio = statuses.at(i).volume.usedRatio();
                fullest = int(i);
            }
        }
        m_list->setCurrentItem(m_list->topLevelItem(fullest)); // → showVolumes()
    }
    const QDateTime now = QDateTime::currentDateTime();
    for (const VolumeStatus &status : statuses) {
        if (!m_selected.contains(status.volume.mountPoint) || !status.volume.measured())
            continue;
        const QString id = QString::fromLocal8Bit(status.volume.mountPoint);
        m_chart->setCapacity(id, qint64(status.volume.usedBytes + status.volume.availableBytes));
        m_chart->appendSample(id, now, qint64(status.volume.usedBytes));
    }
    updateEta();
}

void DiskPage::updateEta()
{
    QStringList lines;
    for (const VolumeStatus &status : std::as_const(m_statuses)) {
        if (m_selected.contains(status.volume.mountPoint) && status.volume.measured())
            lines.append(QString::fromLocal8Bit(status.volume.mountPoint) + u": "_s + etaText(status));
    }
    m_chart->setEta(lines.join(u";  "_s));
}

void DiskPage::updateRow(QTreeWidgetItem *item, const VolumeStatus &status)
{
    const Volume &volume = status.volume;
    item->setData(MountColumn, MountRole, volume.mountPoint);
    item->setText(MountColumn, QString::fromLocal8Bit(volume.mountPoint));
    item->setToolTip(MountColumn, QString::fromLocal8Bit(volume.device));
    item->setText(TypeColumn, QString::fromLocal8Bit(volume.fsType));

    if (!volume.measured()) {
        item->setData(UsedColumn, RatioRole, QVariant());
        item->setText(UsedColumn, volume.error);
        item->setText(StateColumn, tr("Unknown"));
        item->setForeground(StateColumn, QBrush());
        item->setText(GrowthColumn, {});
        item->setText(EtaColumn, {});
        return;
    }
    const double ratio = volume.usedRatio();
    item->setData(UsedColumn, RatioRole, ratio);
    item->setData(UsedColumn, StateRole, int(status.state));
    item->setText(UsedColumn,
        tr("%1 of %2 (%3%)")
            .arg(formatSize(volume.usedBytes), formatSize(volume.usedBytes + volume.availableBytes))
            .arg(int(std::ceil(ratio * 100.0 - 1e-9))));
    item->setText(StateColumn, stateName(status.state));
    item->setForeground(StateColumn, stateColor(status.state, palette())); // the list may not have the new one yet
    QFont bold = item->font(StateColumn);
    bold.setBold(status.state != VolumeState::Ok);
    item->setFont(StateColumn, bold);
    item->setText(GrowthColumn, status.trend ? formatRate(status.trend->bytesPerHour) : u"\u2013"_s);
    item->setText(EtaColumn,
        status.trend && status.trend->etaFullSeconds ? formatHours(*status.trend->etaFullSeconds)
                                                     : (status.trend ? tr("not growing") : u"\u2013"_s));
}

void DiskPage::showVolumes(const QList<QByteArray> &mounts)
{
    if (mounts == m_selected)
        return;
    m_selected = mounts;
    m_chart->clear();
    for (const VolumeStatus &status : std::as_const(m_statuses)) {
        if (mounts.contains(status.volume.mountPoint) && status.volume.measured())
            m_chart->setCapacity(QString::fromLocal8Bit(status.volume.mountPoint),
                qint64(status.volume.usedBytes + status.volume.availableBytes));
    }
    updateEta();
    const qint64 week = DiskUsageChart::rangeSpan(DiskUsageChart::Range::Week) / 1000;
    for (const QByteArray &mount : mounts)
        m_monitor->requestHistory(mount, QDateTime::currentSecsSinceEpoch() - week);
}

void DiskPage::onHistoryReady(const QByteArray &mount, const QList<UsageSample> &samples)
{
    if (!m_selected.contains(mount))
        return;
    QList<QPointF> points;
    points.reserve(samples.size());
    for (const UsageSample &sample : samples)
        points.append(QPointF(double(sample.time) * 1000.0, double(sample.usedBytes)));
    m_chart->setSeries(QString::fromLocal8Bit(mount), points);
}

} // namespace CacheLens
