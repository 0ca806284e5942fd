#pragma once

#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <utility>

QT_BEGIN_NAMESPACE
class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;
QT_END_NAMESPACE

namespace CacheLens
{

/// Used space over time, with warning and critical lines and the "full in" estimate.
///
/// The only class that includes Qt Charts (STYLE 5): it takes plain samples, x in milliseconds
/// since the epoch and y in bytes, so swapping Qt Charts for Qt Graphs or QPainter stays here.
/// Each volume has one line series owned by the chart, fed from a bounded buffer with one
/// replace() per update; the threshold lines and the axes move in the same update (STYLE 35).
class DiskUsageChart final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiskUsageChart)

public:
    enum class Range { Hour, Day, Week };

    /// Samples kept per volume: a week at one sample a minute, with room to spare.
    static constexpr qsizetype MaxBufferedSamples = 12000;
    /// Points a series shows at most; longer ranges are downsampled to this.
    static constexpr qsizetype MaxShownPoints = 720;

    explicit DiskUsageChart(QWidget *parent = nullptr);
    ~DiskUsageChart() override;

    /// Replaces the samples of a volume (x: ms since the epoch, y: used bytes), oldest first.
    void setSeries(const QString &volumeId, const QList<QPointF> &samples);
    /// Adds one sample and updates the chart.
    void appendSample(const QString &volumeId, const QDateTime &time, qint64 usedBytes);
    /// The size the thresholds are shares of (used + available, as df's Use% counts it).
    /// The threshold lines follow the largest capacity shown.
    void setCapacity(const QString &volumeId, qint64 totalBytes);
    /// Shares of the capacity where the warning and critical lines sit (0.85 and 0.95).
    void setThresholds(double warningRatio, double criticalRatio);
    void setRange(Range range);
    [[nodiscard]] Range range() const;
    void setEta(const QString &text);
    /// Removes every volume.
    void clear();

    // What is shown, for tests and screenshots (values in bytes and ms since the epoch).
    [[nodiscard]] qsizetype shownPointCount(const QString &volumeId) const;
    [[nodiscard]] std::pair<QDateTime, QDateTime> timeAxisRange() const;
    [[nodiscard]] std::pair<double, double> valueAxisRange() const; ///< in bytes
    [[nodiscard]] double warningLevel() const; ///< bytes; 0 without a capacity
    [[nodiscard]] double criticalLevel() const;
    [[nodiscard]] QString etaText() const;
    [[nodiscard]] QColor backgroundColor() const; ///< the chart's, taken from the palette
    [[nodiscard]] QColor labelColor() const; ///< axis labels and legend
    [[nodiscard]] QColor seriesColor(const QString &volumeId) const;

    /// Milliseconds the range spans.
    [[nodiscard]] static qint64 rangeSpan(Range range);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Volume {
        QLineSeries *series = nullptr; // owned by m_chart
        int colourIndex = 0; // into the light or dark set of volume colours
        QList<QPointF> samples; // bytes over ms, oldest first, at most MaxBufferedSamples
        qint64 capacity = 0;
    };

    Volume &volume(const QString &volumeId);
    void refresh();
    /// Qt Charts has themes of its own that ignore the widget palette: colour everything from it.
    void applyPalette();

    QChart *m_chart = nullptr; // owned by m_view
    QChartView *m_view = nullptr;
    QDateTimeAxis *m_timeAxis = nullptr; // owned by m_chart
    QValueAxis *m_valueAxis = nullptr;
    QLineSeries *m_warningLine = nullptr;
    QLineSeries *m_criticalLine = nullptr;
    QComboBox *m_rangeBox = nullptr;
    QLabel *m_eta = nullptr;
    QHash<QString, Volume> m_volumes;
    Range m_range = Range::Day;
    double m_warningRatio = 0.85;
    double m_criticalRatio = 0.95;
};

} // namespace CacheLens
