#pragma once

#include "core/storage/thresholdmonitor.h"
#include "core/storage/usagehistory.h"
#include "core/storage/volumestatus.h"

#include <QByteArray>
#include <QColor>
#include <QList>
#include <QWidget>

class QLabel;
class QPalette;
class QTreeWidget;
class QTreeWidgetItem;

namespace CacheLens
{

class DiskUsageChart;
class StorageMonitor;

/// The "Disk" view: every volume with how full it is, its state and where it is heading, and
/// the usage chart of the selected ones (Ctrl/Shift-click to compare several). Fed by a
/// StorageMonitor; works before any scan.
class DiskPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskPage)

public:
    /// monitor is not owned and must outlive the page.
    explicit DiskPage(StorageMonitor *monitor, QWidget *parent = nullptr);

    [[nodiscard]] DiskUsageChart *chart() const;
    [[nodiscard]] QTreeWidget *volumeList() const;
    /// The first mount point whose chart is shown (empty before the first sample).
    [[nodiscard]] QByteArray selectedMount() const;
    /// Every mount point charted, in the list's order.
    [[nodiscard]] QList<QByteArray> selectedMounts() const;
    /// Where the chart's warning and critical lines sit (the monitor's thresholds changed).
    void setThresholds(double warningRatio, double criticalRatio);

    /// "full in ~5.2 h at 3.1 GiB/h", "not growing" or, without a trend yet, a hint.
    [[nodiscard]] static QString etaText(const VolumeStatus &status);
    /// The colour of a state's name and usage bar: green, amber or red, as text at least 4.5:1
    /// against the palette's base in light and dark palettes alike.
    [[nodiscard]] static QColor stateColor(VolumeState state, const QPalette &palette);

protected:
    void changeEvent(QEvent *event) override;

private:
    void onSampled(const QList<VolumeStatus> &statuses);
    void onHistoryReady(const QByteArray &mount, const QList<UsageSample> &samples);
    void showVolumes(const QList<QByteArray> &mounts);
    void updateEta();
    void updateRow(QTreeWidgetItem *item, const VolumeStatus &status);

    StorageMonitor *m_monitor;
    QLabel *m_summary = nullptr;
    QTreeWidget *m_list = nullptr;
    DiskUsageChart *m_chart = nullptr;
    QList<VolumeStatus> m_statuses; // the latest sample
    QList<QByteArray> m_selected;
};

} // namespace CacheLens
