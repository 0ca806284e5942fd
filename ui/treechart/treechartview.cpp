#include "ui/treechart/treechartview.h"

#include "core/layout/charttop.h"

#include <QContextMenuEvent>
#include <QFile>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

#include <limits>

namespace CacheLens
{
namespace
{

constexpr int RelayoutDelayMs = 100;

} // namespace

std::uint64_t TreeChartView::FrameInput::bytesOf(NodeIndex node) const
{
    return chartBytes(*tree, node, apparentSizes);
}

QString TreeChartView::FrameInput::nameOf(NodeIndex node) const
{
    if (node == AllRoots)
        return TreeChartView::tr("%Ln folders", nullptr, int(rootNodes(*tree).size()));
    return QFile::decodeName(tree->name(node).toByteArray());
}

QString TreeChartView::FrameInput::pathOf(NodeIndex node) const
{
    if (node == AllRoots)
        return TreeChartView::tr("%Ln scanned folders", nullptr, int(rootNodes(*tree).size()));
    return QFile::decodeName(tree->path(node));
}

QImage TreeChartView::FrameInput::blankImage() const
{
    QImage image(size * ratio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(ratio);
    image.fill(palette.color(QPalette::Base));
    return image;
}

TreeChartView::Frame::~Frame() = default;

TreeChartView::TreeChartView(QWidget *parent)
    : QWidget(parent)
    , m_latest(std::make_shared<std::atomic<quint64>>(0))
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    m_pool.setMaxThreadCount(1);
    m_pool.setObjectName(QStringLiteral("chartLayout"));
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(RelayoutDelayMs);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &TreeChartView::requestLayout);
}

TreeChartView::~TreeChartView()
{
    // A running job only reads its own copies; let it finish, and drop the queued ones. Its
    // result, posted to this object, is discarded with it.
    m_latest->store(std::numeric_limits<quint64>::max());
    m_pool.clear();
    m_pool.waitForDone();
}

void TreeChartView::setTree(std::shared_ptr<const FileTree> tree)
{
    m_tree = std::move(tree);
    m_selected = NoNode;
    m_root = m_tree ? chartTop(*m_tree) : NoNode;
    rebuild();
    Q_EMIT rootChanged(m_root);
}

void TreeChartView::setApparentSizes(bool apparent)
{
    if (apparent == m_apparent)
        return;
    m_apparent = apparent;
    rebuild();
}

void TreeChartView::setRoot(NodeIndex node)
{
    if (!m_tree)
        return;
    if (node == NoNode || (node != AllRoots && node >= m_tree->nodeCount()))
        node = chartTop(*m_tree);
    if (node != AllRoots && node != NoNode && !m_tree->node(node).isDirectory()) {
        const NodeIndex folder = chartParent(*m_tree, node);
        node = folder == NoNode ? node : folder; // a single file as the root shows itself
    }
    if (node == m_root)
        return;
    m_root = node;
    rebuild();
    Q_EMIT rootChanged(m_root);
}

NodeIndex TreeChartView::root() const
{
    return m_root;
}

void TreeChartView::setSelected(NodeIndex node)
{
    m_selected = node;
    update();
}

NodeIndex TreeChartView::selected() const
{
    return m_selected;
}

bool TreeChartView::isLayoutPending() const
{
    return m_pending;
}

bool TreeChartView::waitForLayoutThread(int msecs)
{
    return m_pool.waitForDone(msecs);
}

void TreeChartView::rebuild()
{
    ++m_content;
    requestLayout();
}

void TreeChartView::requestLayout()
{
    m_relayoutTimer.stop();
    m_hover = -1;
    const quint64 generation = ++m_generation;
    m_latest->store(generation);
    m_pool.clear(); // a queued job that has not started is stale now
    if (!m_tree) {
        m_frame.reset();
        m_pending = false;
        update();
        return;
    }
    m_pending = true;
    // A background tab lays out when it is shown; a view on its own (tests) always lays out.
    if (window()->isVisible() && !isVisible()) {
        m_deferred = true;
        return;
    }
    m_deferred = false;

    FrameInput input;
    input.tree = m_tree;
    input.root = m_root;
    input.apparentSizes = m_apparent;
    input.size = size();
    input.ratio = devicePixelRatioF();
    input.palette = palette();
    input.font = font();
    input.superseded = [latest = m_latest, generation] { return latest->load() != generation; };
    m_pool.start([this, job = frameJob(), input = std::move(input), generation, content = m_content] {
        if (input.superseded())
            return;
        std::unique_ptr<Frame> made = job(input);
        if (!made)
            return; // superseded while working
        made->input = input;
        made->generation = generation;
        made->content = content;
        std::shared_ptr<Frame> frame(std::move(made));
        // Only posts an event: the view waits for this thread before it goes away.
        QMetaObject::invokeMethod(
            this, [this, frame] { adoptFrame(frame); }, Qt::QueuedConnection);
    });
}

void TreeChartView::adoptFrame(const std::shared_ptr<Frame> &frame)
{
    if (frame->generation != m_generation) {
        Q_EMIT staleLayoutDropped();
        return;
    }
    m_frame = frame;
    m_pending = false;
    m_hover = -1;
    update();
    Q_EMIT layoutReady();
}

void TreeChartView::select(NodeIndex node)
{
    m_selected = node;
    update();
    if (node != AllRoots)
        Q_EMIT nodeSelected(node);
}

bool TreeChartView::goUp()
{
    if (!m_tree || m_root == NoNode)
        return false;
    const NodeIndex parent = chartParent(*m_tree, m_root);
    if (parent == NoNode)
        return false;
    setRoot(parent);
    return true;
}

bool TreeChartView::isBackKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Backspace || event->matches(QKeySequence::Back);
}

const TreeChartView::Frame *TreeChartView::frame() const
{
    return m_frame.get();
}

bool TreeChartView::isFrameCurrent() const
{
    return m_frame && m_frame->content == m_content;
}

QPointF TreeChartView::toFrame(const QPointF &widgetPoint) const
{
    const QSize frameSize = m_frame->input.size;
    if (frameSize == size() || width() <= 0 || height() <= 0)
        return widgetPoint;
    return { widgetPoint.x() * frameSize.width() / width(), widgetPoint.y() * frameSize.height() / height() };
}

qsizetype TreeChartView::hitTest(const QPointF &widgetPoint) const
{
    if (!isFrameCurrent() || m_frame->itemCount() == 0)
        return -1;
    return itemAt(toFrame(widgetPoint));
}

const FileTree *TreeChartView::tree() const
{
    return m_tree.get();
}

bool TreeChartView::apparentSizes() const
{
    return m_apparent;
}

qsizetype TreeChartView::hoveredItem() const
{
    return m_hover;
}

std::uint64_t TreeChartView::bytesOf(NodeIndex node) const
{
    return chartBytes(*m_tree, node, m_apparent);
}

double TreeChartView::shareOfRoot(std::uint64_t bytes) const
{
    const std::uint64_t rootBytes = bytesOf(m_root);
    return rootBytes ? 100.0 * double(bytes) / double(rootBytes) : 0.0;
}

void TreeChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().color(QPalette::Base));
    if (m_frame && m_frame->itemCount() > 0) {
        // The items were rendered once per layout; until a new size's layout arrives, the old
        // one is stretched over the widget.
        const QSize frameSize = m_frame->input.size;
        if (frameSize == size()) {
            painter.drawImage(QPointF(0, 0), m_frame->image);
        } else {
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            painter.drawImage(QRectF(rect()), m_frame->image);
            painter.scale(qreal(width()) / frameSize.width(), qreal(height()) / frameSize.height());
        }
        if (isFrameCurrent())
            paintOverlay(painter);
        return;
    }
    if (m_pending) {
        painter.setPen(palette().color(QPalette::Disabled, QPalette::Text));
        painter.drawText(rect(), Qt::AlignCenter, tr("Laying out..."));
        return;
    }
    painter.setPen(palette().color(QPalette::Text));
    painter.drawText(rect(), Qt::AlignCenter, m_tree ? tr("Nothing to show here") : tr("No scan yet"));
}

void TreeChartView::resizeEvent(QResizeEvent *)
{
    m_relayoutTimer.start(); // lay out once the user stops dragging
}

void TreeChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_deferred)
        requestLayout();
}

void TreeChartView::mouseMoveEvent(QMouseEvent *event)
{
    const qsizetype hit = hitTest(event->position());
    if (hit != m_hover) {
        m_hover = hit;
        update(); // paints the overlay over the cached image: no layout
    }
}

void TreeChartView::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

void TreeChartView::contextMenuEvent(QContextMenuEvent *event)
{
    const qsizetype hit = hitTest(event->pos());
    if (hit >= 0 && itemNode(hit) != AllRoots)
        Q_EMIT contextMenuRequested(itemNode(hit), event->globalPos());
}

bool TreeChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype hit = hitTest(help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), describeItem(hit), this);
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::PaletteChange)
        requestLayout(); // the cached frame was painted in the old colours (a colour scheme change)
    return QWidget::event(event);
}

} // namespace CacheLens
