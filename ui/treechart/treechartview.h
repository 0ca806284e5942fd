#pragma once

#include "core/scan/filetree.h"

#include <QFont>
#include <QImage>
#include <QPalette>
#include <QThreadPool>
#include <QTimer>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QKeyEvent;
class QPainter;

namespace CacheLens
{

/// What the treemap and the sunburst share: a FileTree shown from a folder (or from AllRoots,
/// every root of the scan at once), a selection, the apparent-size switch, and painting
/// (STYLE.md 34).
///
/// Layout and rendering run off the GUI thread: each change (tree, shown folder, size, options)
/// starts a job on the view's own one-thread pool with copies of everything it needs (the tree
/// is shared, immutable). The job lays the items out and renders them into an image (a Frame);
/// the view adopts the frame only if no newer job was asked for meanwhile, so a stale result is
/// dropped. Until then it keeps showing the previous frame, scaled to the widget, or a quiet
/// "Laying out..." when there is none. Hovering only paints an overlay over the cached image:
/// it never lays out. Resizes are debounced by a 100 ms single-shot timer; a view hidden in a
/// window (a background tab) lays out when it is shown.
class TreeChartView : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeChartView)

public:
    ~TreeChartView() override;

    void setTree(std::shared_ptr<const FileTree> tree);
    void setApparentSizes(bool apparent);
    /// Shows the subtree at node (a folder or AllRoots; a file shows its folder); NoNode shows
    /// the top: the only root, or AllRoots when the scan has several.
    void setRoot(NodeIndex node);
    [[nodiscard]] NodeIndex root() const;
    /// Outlines node (from another view); does not emit nodeSelected.
    void setSelected(NodeIndex node);
    [[nodiscard]] NodeIndex selected() const;
    /// Shows the root's parent; false (and nothing changes) at the top or with nothing shown.
    bool goUp();

    /// True from a change until its layout is on screen (or found to have nothing to show).
    [[nodiscard]] bool isLayoutPending() const;
    /// Blocks until the layout thread is idle, without delivering its result (tests and
    /// benchmarks use it to make a result arrive late). False on timeout.
    bool waitForLayoutThread(int msecs = 30000);

    // What a layout job reads and delivers (public for the subclasses' free functions).
    /// Everything a layout job reads, copied on the GUI thread.
    struct FrameInput {
        std::shared_ptr<const FileTree> tree; ///< null: nothing to show
        NodeIndex root = NoNode;
        bool apparentSizes = false;
        QSize size; ///< logical pixels
        qreal ratio = 1; ///< device pixels per logical pixel
        QPalette palette;
        QFont font;
        /// True once a newer layout was asked for: a long job may stop early.
        std::function<bool()> superseded;

        [[nodiscard]] std::uint64_t bytesOf(NodeIndex node) const;
        /// A node's name as a chart shows it ("3 folders" for AllRoots).
        [[nodiscard]] QString nameOf(NodeIndex node) const;
        /// The full path, or for AllRoots a summary of the roots.
        [[nodiscard]] QString pathOf(NodeIndex node) const;
        /// An image of size × ratio device pixels, filled with the Base colour.
        [[nodiscard]] QImage blankImage() const;
    };

    /// A laid-out and rendered chart; subclasses add their geometry.
    struct Frame {
        virtual ~Frame();
        QImage image; ///< device pixels, device pixel ratio set
        [[nodiscard]] virtual qsizetype itemCount() const = 0;
        // Set by the view:
        FrameInput input;
        quint64 generation = 0; ///< of the layout request
        quint64 content = 0; ///< of what was shown (tree, folder, options); resizes keep it
    };
    using FrameJob = std::function<std::unique_ptr<Frame>(const FrameInput &input)>;

Q_SIGNALS:
    void nodeSelected(CacheLens::NodeIndex node);
    void rootChanged(CacheLens::NodeIndex node);
    void contextMenuRequested(CacheLens::NodeIndex node, const QPoint &globalPos);
    /// A new layout is on screen (the widget repaints next).
    void layoutReady();
    /// A layout arrived after a newer one was asked for, and was thrown away.
    void staleLayoutDropped();

protected:
    explicit TreeChartView(QWidget *parent = nullptr);

    /// The work of one layout, run on the layout thread: it must only read input and what it
    /// captured (by value) here, never the widget.
    [[nodiscard]] virtual FrameJob frameJob() const = 0;
    /// The item under point (frame coordinates), or -1.
    [[nodiscard]] virtual qsizetype itemAt(const QPointF &point) const = 0;
    /// The node an item stands for (for a group of small items, their folder).
    [[nodiscard]] virtual NodeIndex itemNode(qsizetype item) const = 0;
    /// Draws the selection and the hovered item (hoveredItem(), or -1) over the frame's image,
    /// in frame coordinates; only called for a current frame.
    virtual void paintOverlay(QPainter &painter) const = 0;
    /// The tooltip of an item.
    [[nodiscard]] virtual QString describeItem(qsizetype item) const = 0;

    /// What is shown changed (an option of the subclass): lays out again.
    void rebuild();
    /// Marks node as selected by the user: unlike setSelected(), emits nodeSelected (not for AllRoots).
    void select(NodeIndex node);
    [[nodiscard]] static bool isBackKey(const QKeyEvent *event);

    /// The frame on screen, or null; current or not.
    [[nodiscard]] const Frame *frame() const;
    /// True when the frame on screen shows the current tree, folder and options (maybe at
    /// another size, scaled): only then do its items answer hovers and clicks.
    [[nodiscard]] bool isFrameCurrent() const;
    /// The item of a current frame under a point in widget coordinates, or -1.
    [[nodiscard]] qsizetype hitTest(const QPointF &widgetPoint) const;

    /// The tree shown, or null.
    [[nodiscard]] const FileTree *tree() const;
    [[nodiscard]] bool apparentSizes() const;
    [[nodiscard]] qsizetype hoveredItem() const;
    /// A node's size as the view counts it (apparent or on disk); AllRoots counts every root.
    [[nodiscard]] std::uint64_t bytesOf(NodeIndex node) const;
    /// bytes as a percentage of the root's size (0 for an empty root).
    [[nodiscard]] double shareOfRoot(std::uint64_t bytes) const;

    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    /// Starts a layout of the current state in the current size.
    void requestLayout();
    void adoptFrame(const std::shared_ptr<Frame> &frame);
    [[nodiscard]] QPointF toFrame(const QPointF &widgetPoint) const;

    std::shared_ptr<const FileTree> m_tree;
    NodeIndex m_root = NoNode;
    NodeIndex m_selected = NoNode;
    bool m_apparent = false;
    std::shared_ptr<const Frame> m_frame;
    quint64 m_generation = 0; // of the newest layout asked for
    quint64 m_content = 0; // bumped when what is shown changes (not its size)
    std::shared_ptr<std::atomic<quint64>> m_latest; // the same, for the layout thread
    bool m_pending = false;
    bool m_deferred = false; // a layout waits for the view to be shown
    QThreadPool m_pool; // one thread: layouts run one at a time, queued ones are dropped
    QTimer m_relayoutTimer; // single-shot: coalesces resize storms
    qsizetype m_hover = -1;
};

} // namespace CacheLens
