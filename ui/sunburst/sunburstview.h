#pragma once

#include "core/layout/sunburstlayout.h"
#include "ui/treechart/treechartview.h"

#include <vector>

namespace CacheLens
{

/// A sunburst of a FileTree: the current folder in the centre, its contents in rings around
/// it, each segment's angle proportional to its size and coloured by ML category.
///
/// Angles come from core's layoutSunburst(); TreeChartView caches the rendered rings and
/// debounces resizes. Click selects; a click on a folder also opens it in the centre, a click
/// on the centre (or Backspace) goes up.
class SunburstView final : public TreeChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SunburstView)

public:
    explicit SunburstView(QWidget *parent = nullptr);
    ~SunburstView() override;

    /// Rings around the centre (at least 1).
    void setRings(int rings);
    [[nodiscard]] int rings() const;
    /// The segments of the layout on screen, the centre first (tests and accessibility).
    [[nodiscard]] const std::vector<SunburstSegment> &segments() const;
    /// The segment under point (widget coordinates) in a current layout, or -1.
    [[nodiscard]] qsizetype segmentAt(const QPointF &point) const;
    /// A point in the middle of node's segment (the centre for the root) in the coordinates of
    /// the layout on screen, or a null point.
    [[nodiscard]] QPointF pointOf(NodeIndex node) const;
    /// What the centre disc says: the folder's name and its total, one per line ("3 folders"
    /// and the total of every root when the scan has several).
    [[nodiscard]] QString centreText() const;

protected:
    [[nodiscard]] FrameJob frameJob() const override;
    [[nodiscard]] qsizetype itemAt(const QPointF &point) const override;
    [[nodiscard]] NodeIndex itemNode(qsizetype item) const override;
    void paintOverlay(QPainter &painter) const override;
    [[nodiscard]] QString describeItem(qsizetype item) const override;

    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    /// Goes up and marks the folder just left, so the eye finds its way back.
    void goUpMarkingWhereFrom();

    int m_rings = 4;
};

} // namespace CacheLens
