#include "ui/treechart/breadcrumbbar.h"

#include "core/layout/charttop.h"

#include <QAction>
#include <QFile>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

constexpr std::size_t MaxShown = 6; // crumbs before the middle ones fold into "..."
constexpr std::size_t TailShown = 4; // crumbs kept at the end of a folded path
constexpr int MaxCrumbWidth = 220; // px; longer names are elided in the middle
constexpr int MinCrumbWidth = 40; // px; a crumb squeezed to fit keeps at least this much of its name

// The largest cap such that the widths, each limited to it, add up to at most budget.
int sharedCap(std::vector<int> widths, int budget)
{
    std::sort(widths.begin(), widths.end());
    for (std::size_t i = 0; i < widths.size(); ++i) {
        const int left = int(widths.size() - i);
        if (widths[i] * left > budget)
            return budget / left;
        budget -= widths[i];
    }
    return MaxCrumbWidth;
}

} // namespace

BreadcrumbBar::BreadcrumbBar(QAction *back, QAction *up, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"breadcrumbBar"_s);
    // Deep paths must not widen the chart pane: the bar takes the width it is given.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->setSpacing(2);
    for (QAction *action : { back, up }) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
        layout->addWidget(button);
    }
    m_crumbs = new QHBoxLayout;
    m_crumbs->setSpacing(0);
    layout->addLayout(m_crumbs);
    layout->addStretch(1);
}

BreadcrumbBar::~BreadcrumbBar() = default;

void BreadcrumbBar::setPath(std::shared_ptr<const FileTree> tree, NodeIndex node)
{
    m_tree = std::move(tree);
    m_path = m_tree ? chartPath(*m_tree, node) : std::vector<NodeIndex> {};
    m_buttons.clear();
    m_names.clear();
    while (QLayoutItem *item = m_crumbs->takeAt(0)) {
        if (QWidget *widget = item->widget()) {
            widget->hide();
            widget->deleteLater(); // it may be the button whose click brought us here
        }
        delete item;
    }
    if (m_path.empty())
        return;

    auto nameOf = [this](NodeIndex at) {
        if (at == AllRoots)
            return tr("All %Ln folders", nullptr, int(rootNodes(*m_tree).size()));
        return QFile::decodeName(m_tree->name(at).toByteArray());
    };
    const bool folded = m_path.size() > MaxShown;
    for (std::size_t i = 0; i < m_path.size(); ++i) {
        if (folded && i > 0 && i < m_path.size() - TailShown) {
            if (i == m_path.size() - TailShown - 1)
                addCrumb(m_path[i], u"..."_s, false); // the folder just above the tail
            continue;
        }
        addCrumb(m_path[i], nameOf(m_path[i]), i + 1 == m_path.size());
    }
    fitCrumbs();
}

void BreadcrumbBar::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitCrumbs();
}

// Left alone, the layout squeezes buttons below their text and cuts names off mid-letter (a
// narrow chart pane, long folder names, or a language with longer words): when the crumbs do not
// fit, the longest names give way first, elided in the middle; the tooltips keep the whole path.
void BreadcrumbBar::fitCrumbs()
{
    if (m_buttons.empty())
        return;
    const QMargins margins = layout()->contentsMargins();
    int budget = width() - margins.left() - margins.right() - 3 * layout()->spacing();
    for (int i = 0; i < layout()->count(); ++i) { // Back and Up
        if (QWidget *widget = layout()->itemAt(i)->widget())
            budget -= widget->sizeHint().width();
    }
    for (int i = 0; i < m_crumbs->count(); ++i) { // the separators, and each button's frame
        QWidget *widget = m_crumbs->itemAt(i)->widget();
        if (auto *button = qobject_cast<QToolButton *>(widget))
            budget -= button->sizeHint().width() - button->fontMetrics().horizontalAdvance(button->text());
        else if (widget)
            budget -= widget->sizeHint().width();
    }
    std::vector<int> widths;
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        const int whole = m_buttons[i].second->fontMetrics().horizontalAdvance(m_names[i]);
        widths.push_back(std::min(whole, MaxCrumbWidth));
    }
    const int cap = std::max(MinCrumbWidth, sharedCap(widths, budget));
    for (std::size_t i = 0; i < m_buttons.size(); ++i) {
        QAbstractButton *button = m_buttons[i].second;
        button->setText(button->fontMetrics().elidedText(m_names[i], Qt::ElideMiddle, std::min(cap, MaxCrumbWidth)));
    }
}

void BreadcrumbBar::addCrumb(NodeIndex node, const QString &text, bool current)
{
    if (!m_buttons.empty()) {
        auto *separator = new QLabel(u"\u203a"_s, this); // ›
        separator->setEnabled(false);
        m_crumbs->addWidget(separator);
    }
    auto *button = new QToolButton(this);
    button->setAutoRaise(true);
    button->setText(fontMetrics().elidedText(text, Qt::ElideMiddle, MaxCrumbWidth)); // fitCrumbs() refines it
    if (node == AllRoots)
        button->setToolTip(tr("Show every scanned folder"));
    else
        button->setToolTip(QFile::decodeName(m_tree->path(node)));
    if (current) {
        QFont bold = button->font();
        bold.setBold(true);
        button->setFont(bold);
    }
    connect(button, &QToolButton::clicked, this, [this, node] { Q_EMIT folderClicked(node); });
    m_crumbs->addWidget(button);
    m_buttons.emplace_back(node, button);
    m_names.push_back(text);
}

const std::vector<NodeIndex> &BreadcrumbBar::path() const
{
    return m_path;
}

QAbstractButton *BreadcrumbBar::buttonOf(NodeIndex node) const
{
    for (const auto &[at, button] : m_buttons) {
        if (at == node)
            return button;
    }
    return nullptr;
}

} // namespace CacheLens
