#include "ui/treechart/treechartview.h"

#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace CacheLens
{
namespace
{

constexpr int RelayoutDelayMs = 100;

} // namespace

TreeChartView::TreeChartView(QWidget *parent)
    : QWidget(parent)
{
    setMouseTracking(true);
    setFocusPolicy(Qt::StrongFocus);
    setMinimumSize(200, 150);
    m_relayoutTimer.setSingleShot(true);
    m_relayoutTimer.setInterval(RelayoutDelayMs);
    connect(&m_relayoutTimer, &QTimer::timeout, this, &TreeChartView::rebuild);
}

TreeChartView::~TreeChartView() = default;

void TreeChartView::setTree(std::shared_ptr<const FileTree> tree)
{
    m_tree = std::move(tree);
    m_root = NoNode;
    m_selected = NoNode;
    setRoot(NoNode);
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
    if (m_tree && node == NoNode) {
        for (const ScanRoot &root : m_tree->roots()) {
            if (root.node != NoNode) {
                node = root.node;
                break;
            }
        }
    }
    if (m_tree && node != NoNode && !m_tree->node(node).isDirectory())
        node = m_tree->node(node).parent;
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

void TreeChartView::rebuild()
{
    m_hover = -1;
    layOutItems();
    renderCache();
    update();
}

void TreeChartView::renderCache()
{
    const qreal ratio = devicePixelRatioF();
    m_cache = QPixmap(size() * ratio);
    m_cache.setDevicePixelRatio(ratio);
    m_cache.fill(palette().color(QPalette::Base));
    if (itemCount() == 0)
        return;
    QPainter painter(&m_cache);
    paintItems(painter);
}

void TreeChartView::select(NodeIndex node)
{
    m_selected = node;
    update();
    Q_EMIT nodeSelected(node);
}

bool TreeChartView::goUp()
{
    if (!m_tree || m_root == NoNode || m_tree->node(m_root).parent == NoNode)
        return false;
    setRoot(m_tree->node(m_root).parent);
    return true;
}

bool TreeChartView::isBackKey(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Backspace || event->matches(QKeySequence::Back);
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
    const FileNode &n = m_tree->node(node);
    return m_apparent ? n.apparentBytes : n.diskBytes;
}

double TreeChartView::shareOfRoot(std::uint64_t bytes) const
{
    const std::uint64_t rootBytes = bytesOf(m_root);
    return rootBytes ? 100.0 * double(bytes) / double(rootBytes) : 0.0;
}

void TreeChartView::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    if (itemCount() == 0) {
        painter.fillRect(rect(), palette().color(QPalette::Base));
        painter.drawText(rect(), Qt::AlignCenter, m_tree ? tr("Nothing to show here") : tr("No scan yet"));
        return;
    }
    painter.drawPixmap(0, 0, m_cache); // the items were rendered once per layout
    paintOverlay(painter);
}

void TreeChartView::resizeEvent(QResizeEvent *)
{
    m_relayoutTimer.start(); // rebuild() once the user stops dragging
}

void TreeChartView::mouseMoveEvent(QMouseEvent *event)
{
    const qsizetype hit = itemAt(event->position());
    if (hit != m_hover) {
        m_hover = hit;
        update();
    }
}

void TreeChartView::leaveEvent(QEvent *)
{
    m_hover = -1;
    update();
}

void TreeChartView::contextMenuEvent(QContextMenuEvent *event)
{
    const qsizetype hit = itemAt(event->pos());
    if (hit >= 0)
        Q_EMIT contextMenuRequested(itemNode(hit), event->globalPos());
}

bool TreeChartView::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const qsizetype hit = itemAt(help->pos());
        if (hit >= 0)
            QToolTip::showText(help->globalPos(), describeItem(hit), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(event);
}

} // namespace CacheLens
