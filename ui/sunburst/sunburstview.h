#pragma once

#include "core/layout/sunburstlayout.h"
#include "core/scan/filetree.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <vector>

class QPainterPath;

namespace CacheLens
{

/// A sunburst of a FileTree: the current folder in the centre, its contents in rings around
/// it, each segment's angle proportional to its size and coloured by ML category.
///
/// Angles come from core's layoutSunburst(); the rings are rendered once per layout into a
/// device-pixel-ratio-aware pixmap, so hovering only repaints the pixmap and one outline.
/// Resizes are debounced. Click selects; a click on a folder also opens it in the centre, a
/// click on the centre (or Backspace) goes up.
class SunburstView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SunburstView)

public:
    explicit SunburstView(QWidget *parent = nullptr);
    ~SunburstView() override;

    void setTree(std::shared_ptr<const FileTree> tree);
    void setApparentSizes(bool apparent);
    /// Rings around the centre (at least 1).
    void setRings(int rings);
    [[nodiscard]] int rings() const;
    /// Shows the subtree at node (a folder; a file shows its folder); NoNode shows the first root.
    void setRoot(NodeIndex node);
    [[nodiscard]] NodeIndex root() const;
    /// Outlines node (from another view); does not emit nodeSelected.
    void setSelected(NodeIndex node);
    [[nodiscard]] NodeIndex selected() const;
    /// The segments of the current layout, the centre first (tests and accessibility).
    [[nodiscard]] const std::vector<SunburstSegment> &segments() const;
    /// The segment under point (widget coordinates), or -1.
    [[nodiscard]] qsizetype segmentAt(const QPointF &point) const;
    /// A point in the middle of node's segment (the centre for the root), or a null point.
    [[nodiscard]] QPointF pointOf(NodeIndex node) const;
    /// What the centre disc says: the folder's name and its total, one per line.
    [[nodiscard]] QString centreText() const;

Q_SIGNALS:
    void nodeSelected(CacheLens::NodeIndex node);
    void rootChanged(CacheLens::NodeIndex node);
    void contextMenuRequested(CacheLens::NodeIndex node, const QPoint &globalPos);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void rebuild();
    void render();
    void goUp();
    void select(NodeIndex node);
    [[nodiscard]] QPainterPath segmentPath(const SunburstSegment &segment) const;
    [[nodiscard]] QColor segmentColor(const SunburstSegment &segment) const;
    [[nodiscard]] std::uint64_t bytesOf(NodeIndex node) const;
    [[nodiscard]] QString describe(const SunburstSegment &segment) const;

    std::shared_ptr<const FileTree> m_tree;
    NodeIndex m_root = NoNode;
    NodeIndex m_selected = NoNode;
    bool m_apparent = false;
    int m_rings = 4;
    std::vector<SunburstSegment> m_segments;
    QPointF m_centre;
    double m_centreRadius = 0;
    double m_ringWidth = 0;
    QPixmap m_cache;
    QTimer m_relayoutTimer; // single-shot: coalesces resize storms
    qsizetype m_hover = -1;
};

} // namespace CacheLens
