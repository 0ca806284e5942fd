#pragma once

#include "core/layout/treemaplayout.h"
#include "core/settings/appsettings.h"
#include "ui/treechart/treechartview.h"

#include <vector>

namespace CacheLens
{

/// A squarified treemap of a FileTree, coloured by ML category, with cushion shading (the
/// classic SequoiaView/KDirStat look) or flat tiles.
///
/// Geometry comes from core's layoutTreemap(), shading from core's cushion functions; both run
/// on TreeChartView's layout thread into a cached image. Folder frames and names are drawn
/// where there is room. Click selects, double-click opens a folder, Backspace goes up.
class TreemapView final : public TreeChartView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreemapView)

public:
    explicit TreemapView(QWidget *parent = nullptr);
    ~TreemapView() override;

    void setShading(AppSettings::Shading shading);
    [[nodiscard]] AppSettings::Shading shading() const;

    /// The tiles of the layout on screen, in its own coordinates (tests and accessibility).
    [[nodiscard]] const std::vector<TreemapTile> &tiles() const;
    /// The rendered picture on screen, without hover or selection (tests and benchmarks).
    [[nodiscard]] QImage renderedImage() const;

protected:
    [[nodiscard]] FrameJob frameJob() const override;
    [[nodiscard]] qsizetype itemAt(const QPointF &point) const override;
    [[nodiscard]] NodeIndex itemNode(qsizetype item) const override;
    void paintOverlay(QPainter &painter) const override;
    [[nodiscard]] QString describeItem(qsizetype item) const override;

    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    AppSettings::Shading m_shading = AppSettings::Shading::Cushion;
};

} // namespace CacheLens
