#pragma once

#include "core/layout/treemaplayout.h"
#include "ui/treechart/treechartview.h"

#include <vector>

namespace CacheLens
{

/// A squarified treemap of a FileTree, coloured by ML category.
///
/// Geometry comes from core's layoutTreemap(); TreeChartView caches the rendered tiles and
/// debounces resizes. Click selects, double-click opens a folder, Backspace goes up.
class TreemapView final : public TreeChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreemapView)

public:
    explicit TreemapView(QWidget *parent = nullptr);
    ~TreemapView() override;

    /// The tiles of the current layout (tests and accessibility).
    [[nodiscard]] const std::vector<TreemapTile> &tiles() const;

protected:
    void layOutItems() override;
    [[nodiscard]] qsizetype itemCount() const override;
    [[nodiscard]] qsizetype itemAt(const QPointF &point) const override;
    [[nodiscard]] NodeIndex itemNode(qsizetype item) const override;
    void paintItems(QPainter &painter) const override;
    void paintOverlay(QPainter &painter) const override;
    [[nodiscard]] QString describeItem(qsizetype item) const override;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    std::vector<TreemapTile> m_tiles;
};

} // namespace CacheLens
