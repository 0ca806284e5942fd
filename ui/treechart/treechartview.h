#pragma once

#include "core/scan/filetree.h"

#include <QPixmap>
#include <QTimer>
#include <QWidget>

#include <memory>

class QKeyEvent;
class QPainter;

namespace CacheLens
{

/// What the treemap and the sunburst share: a FileTree shown from a root folder, a selection,
/// the apparent-size switch, and painting (STYLE.md 34).
///
/// A subclass lays out items (tiles, segments) for root() in the widget's size and renders
/// them once per layout into a device-pixel-ratio-aware pixmap; paintEvent() copies the pixmap
/// and lets the subclass draw the hover and selection overlay. Resizes are debounced by a 100 ms
/// single-shot timer. Hover, tooltips and the context menu go through the subclass's hit test.
class TreeChartView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeChartView)

public:
    ~TreeChartView() override;

    void setTree(std::shared_ptr<const FileTree> tree);
    void setApparentSizes(bool apparent);
    /// Shows the subtree at node (a folder; a file shows its folder); NoNode shows the first root.
    void setRoot(NodeIndex node);
    [[nodiscard]] NodeIndex root() const;
    /// Outlines node (from another view); does not emit nodeSelected.
    void setSelected(NodeIndex node);
    [[nodiscard]] NodeIndex selected() const;

Q_SIGNALS:
    void nodeSelected(CacheLens::NodeIndex node);
    void rootChanged(CacheLens::NodeIndex node);
    void contextMenuRequested(CacheLens::NodeIndex node, const QPoint &globalPos);

protected:
    explicit TreeChartView(QWidget *parent = nullptr);

    /// Replaces the items with a layout of root() in the widget's current size: none when there is
    /// nothing to show (no tree, no root, no room).
    virtual void layOutItems() = 0;
    [[nodiscard]] virtual qsizetype itemCount() const = 0;
    /// The item under point (widget coordinates), or -1.
    [[nodiscard]] virtual qsizetype itemAt(const QPointF &point) const = 0;
    /// The node an item stands for (for a group of small items, their folder).
    [[nodiscard]] virtual NodeIndex itemNode(qsizetype item) const = 0;
    /// Draws the items into the cached pixmap (already filled with the Base colour); only called
    /// when there are items.
    virtual void paintItems(QPainter &painter) const = 0;
    /// Draws the selection and the hovered item (hoveredItem(), or -1) over the cached pixmap.
    virtual void paintOverlay(QPainter &painter) const = 0;
    /// The tooltip of an item.
    [[nodiscard]] virtual QString describeItem(qsizetype item) const = 0;

    /// Lays out again and renders the pixmap now (the debounce timer calls this after resizes).
    void rebuild();
    /// Marks node as selected by the user: unlike setSelected(), emits nodeSelected.
    void select(NodeIndex node);
    /// Shows the root's parent; false (and nothing changes) at the top or with nothing shown.
    bool goUp();
    [[nodiscard]] static bool isBackKey(const QKeyEvent *event);

    /// The tree shown, or null.
    [[nodiscard]] const FileTree *tree() const;
    [[nodiscard]] bool apparentSizes() const;
    [[nodiscard]] qsizetype hoveredItem() const;
    /// A node's size as the view counts it (apparent or on disk).
    [[nodiscard]] std::uint64_t bytesOf(NodeIndex node) const;
    /// bytes as a percentage of the root's size (0 for an empty root).
    [[nodiscard]] double shareOfRoot(std::uint64_t bytes) const;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    void renderCache();

    std::shared_ptr<const FileTree> m_tree;
    NodeIndex m_root = NoNode;
    NodeIndex m_selected = NoNode;
    bool m_apparent = false;
    QPixmap m_cache;
    QTimer m_relayoutTimer; // single-shot: coalesces resize storms
    qsizetype m_hover = -1;
};

} // namespace CacheLens
