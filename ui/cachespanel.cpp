#include "ui/cachespanel.h"

#include "core/report/sizeformat.h"
#include "core/scan/cacheoverview.h"
#include "ui/categoryicon.h"
#include "ui/cleanup/tierbadge.h"

#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// Sorts numerically by the value in Qt::UserRole for the size and files columns.
class CacheRow final : public QTreeWidgetItem
{
public:
    using QTreeWidgetItem::QTreeWidgetItem;

    bool operator<(const QTreeWidgetItem &other) const override
    {
        const int column = treeWidget() ? treeWidget()->sortColumn() : 0;
        if (column == CachesPanel::SizeColumn || column == CachesPanel::FilesColumn)
            return data(column, Qt::UserRole).toULongLong() < other.data(column, Qt::UserRole).toULongLong();
        return QTreeWidgetItem::operator<(other);
    }
};

} // namespace

CachesPanel::CachesPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"cachesPanel"_s);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(u"cachesList"_s);
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setTextElideMode(Qt::ElideMiddle); // the end of a cache path says most
    m_list->setSortingEnabled(true);
    m_list->setHeaderLabels({ tr("Cache"), tr("Size"), tr("Tier"), tr("Files"), tr("Location") });
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_list->setToolTip(tr("Known ML caches inside the scanned folders; click one to show it in the tree"));
    connect(m_list, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT nodeActivated(NodeIndex(item->data(0, NodeRole).toUInt())); });
    // A single click navigates too: the panel is a list of places, not a selection.
    connect(m_list, &QTreeWidget::itemClicked, this,
        [this](QTreeWidgetItem *item) { Q_EMIT nodeActivated(NodeIndex(item->data(0, NodeRole).toUInt())); });

    auto *emptyPage = new QWidget(this);
    m_empty = new QLabel(emptyPage);
    m_empty->setObjectName(u"cachesEmpty"_s);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setText(tr("No known ML cache lies inside the scanned folders."));
    auto *scanCaches = new QPushButton(tr("Scan ML Caches"), emptyPage);
    scanCaches->setObjectName(u"cachesScanButton"_s);
    scanCaches->setToolTip(tr("Scan every cache location CacheLens knows on this machine"));
    connect(scanCaches, &QPushButton::clicked, this, &CachesPanel::scanCachesRequested);
    auto *emptyLayout = new QVBoxLayout(emptyPage);
    emptyLayout->addStretch(1);
    emptyLayout->addWidget(m_empty);
    emptyLayout->addWidget(scanCaches, 0, Qt::AlignHCenter);
    emptyLayout->addStretch(2);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_list);
    m_stack->addWidget(emptyPage);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
}

CachesPanel::~CachesPanel() = default;

void CachesPanel::setKnownCaches(const QList<KnownCache> &caches)
{
    m_caches = caches;
    refresh();
}

void CachesPanel::setTree(std::shared_ptr<const FileTree> tree)
{
    m_tree = std::move(tree);
    refresh();
}

void CachesPanel::setApparentSizes(bool apparent)
{
    if (apparent == m_apparent)
        return;
    m_apparent = apparent;
    refresh();
}

QTreeWidget *CachesPanel::list() const
{
    return m_list;
}

void CachesPanel::refresh()
{
    m_list->clear();
    const QList<CacheInTree> found = m_tree ? cachesInTree(*m_tree, m_caches, m_apparent) : QList<CacheInTree> {};
    for (const CacheInTree &entry : found) {
        const FileNode &node = m_tree->node(entry.node);
        const std::uint64_t bytes = m_apparent ? node.apparentBytes : node.diskBytes;
        const Classification classification = entry.cache.classification;
        auto *row = new CacheRow(m_list);
        row->setText(ToolColumn, entry.cache.tool);
        row->setIcon(ToolColumn, categoryIcon(classification.category));
        row->setData(ToolColumn, NodeRole, entry.node);
        row->setText(SizeColumn, formatSize(bytes));
        row->setData(SizeColumn, Qt::UserRole, QVariant::fromValue<qulonglong>(bytes));
        row->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setText(TierColumn, tierBadgeText(classification.tier));
        row->setIcon(TierColumn, tierIcon(classification.tier));
        row->setText(FilesColumn, QLocale().toString(qulonglong(m_tree->fileCount(entry.node))));
        row->setData(FilesColumn, Qt::UserRole, QVariant::fromValue<qulonglong>(m_tree->fileCount(entry.node)));
        row->setTextAlignment(FilesColumn, Qt::AlignRight | Qt::AlignVCenter);
        const QString path = QFile::decodeName(entry.cache.path);
        row->setText(PathColumn, path);
        row->setToolTip(
            ToolColumn, tr("%1 (%2)\n%3").arg(entry.cache.tool, categoryDisplayName(classification.category), path));
        row->setToolTip(PathColumn,
            entry.cache.source == u"default"_s ? tr("The default location") : tr("Set by %1").arg(entry.cache.source));
    }
    m_list->sortItems(SizeColumn, Qt::DescendingOrder);
    m_stack->setCurrentIndex(found.isEmpty() && m_tree ? 1 : 0);
}

} // namespace CacheLens
