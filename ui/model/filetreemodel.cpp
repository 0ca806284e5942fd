#include "ui/model/filetreemodel.h"

#include "core/report/countphrases.h"
#include "core/report/sizeformat.h"
#include "ui/categoryicon.h"

#include <QColor>
#include <QDateTime>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{

FileTreeModel::FileTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
}

FileTreeModel::~FileTreeModel() = default;

void FileTreeModel::setTree(std::shared_ptr<const FileTree> tree)
{
    beginResetModel();
    m_tree = std::move(tree);
    m_roots.clear();
    m_children.clear();
    m_rows.clear();
    m_digest.reset();
    if (m_tree) {
        for (const ScanRoot &root : m_tree->roots()) {
            if (root.node != NoNode) {
                m_rows[root.node] = int(m_roots.size());
                m_roots.push_back(root.node);
            }
        }
    }
    endResetModel();
}

void FileTreeModel::setCategoryDigest(std::shared_ptr<const CategoryDigest> digest)
{
    if (!m_tree || !digest || digest->nodeCount() != m_tree->nodeCount())
        return;
    m_digest = std::move(digest);
    if (m_sortColumn == CategoryColumn) {
        relayout(m_sortColumn, m_sortOrder, m_apparent);
    } else {
        // Nothing moves: views fetch the category cells again.
        Q_EMIT layoutAboutToBeChanged();
        Q_EMIT layoutChanged();
    }
}

std::shared_ptr<const FileTree> FileTreeModel::tree() const
{
    return m_tree;
}

bool FileTreeModel::lessThan(NodeIndex a, NodeIndex b) const
{
    const FileNode &x = m_tree->node(a);
    const FileNode &y = m_tree->node(b);
    switch (m_sortColumn) {
    case NameColumn:
        return m_tree->name(a) < m_tree->name(b);
    case FilesColumn:
        return m_tree->fileCount(a) < m_tree->fileCount(b);
    case CategoryColumn:
        return shownCategory(a) < shownCategory(b);
    case ModifiedColumn:
        return x.mtime < y.mtime;
    default:
        return bytesOf(a) != bytesOf(b) ? bytesOf(a) < bytesOf(b) : m_tree->name(a) > m_tree->name(b);
    }
}

// A folder shows what fills it: a plain folder holding a model cache is "mostly model".
std::optional<Category> FileTreeModel::shownCategory(NodeIndex node) const
{
    if (!m_tree->node(node).isDirectory())
        return m_tree->node(node).category();
    if (!m_digest)
        return std::nullopt;
    return m_digest->dominant(node, m_apparent);
}

std::uint64_t FileTreeModel::bytesOf(NodeIndex node) const
{
    const FileNode &n = m_tree->node(node);
    return m_apparent ? n.apparentBytes : n.diskBytes;
}

void FileTreeModel::setApparentSizes(bool apparent)
{
    if (apparent != m_apparent)
        relayout(m_sortColumn, m_sortOrder, apparent);
}

bool FileTreeModel::apparentSizes() const
{
    return m_apparent;
}

void FileTreeModel::refreshSizes()
{
    // Nothing moves, so no persistent index changes: views just fetch every cell again.
    Q_EMIT layoutAboutToBeChanged();
    Q_EMIT layoutChanged();
}

const std::vector<NodeIndex> &FileTreeModel::childrenOf(NodeIndex node) const
{
    auto it = m_children.find(node);
    if (it != m_children.end())
        return it->second;
    std::vector<NodeIndex> children = m_tree->children(node);
    std::stable_sort(children.begin(), children.end(), [this](NodeIndex a, NodeIndex b) {
        return m_sortOrder == Qt::AscendingOrder ? lessThan(a, b) : lessThan(b, a);
    });
    for (std::size_t row = 0; row < children.size(); ++row)
        m_rows[children[row]] = int(row);
    return m_children.emplace(node, std::move(children)).first->second;
}

int FileTreeModel::rowOf(NodeIndex node) const
{
    const FileNode &n = m_tree->node(node);
    if (n.parent != NoNode)
        (void)childrenOf(n.parent); // makes sure the parent's rows are known
    const auto it = m_rows.find(node);
    return it == m_rows.end() ? -1 : it->second;
}

QModelIndex FileTreeModel::indexOf(NodeIndex node) const
{
    if (!m_tree || node >= m_tree->nodeCount())
        return {};
    const int row = rowOf(node);
    return row < 0 ? QModelIndex() : createIndex(row, 0, quintptr(node));
}

QModelIndex FileTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!m_tree || row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const std::vector<NodeIndex> &rows = parent.isValid() ? childrenOf(NodeIndex(parent.internalId())) : m_roots;
    if (std::size_t(row) >= rows.size())
        return {};
    return createIndex(row, column, quintptr(rows[std::size_t(row)]));
}

QModelIndex FileTreeModel::parent(const QModelIndex &child) const
{
    if (!m_tree || !child.isValid())
        return {};
    const NodeIndex parent = m_tree->node(NodeIndex(child.internalId())).parent;
    if (parent == NoNode)
        return {};
    return createIndex(rowOf(parent), 0, quintptr(parent));
}

int FileTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!m_tree)
        return 0;
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(childrenOf(NodeIndex(parent.internalId())).size());
}

int FileTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool FileTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (!m_tree)
        return false;
    if (!parent.isValid())
        return !m_roots.empty();
    return parent.column() == 0 && m_tree->firstChild(NodeIndex(parent.internalId())) != NoNode;
}

QVariant FileTreeModel::data(const QModelIndex &index, int role) const
{
    if (!m_tree || !index.isValid())
        return {};
    const auto nodeIndex = NodeIndex(index.internalId());
    const FileNode &node = m_tree->node(nodeIndex);
    const std::uint64_t bytes = bytesOf(nodeIndex);
    const std::uint64_t parentBytes = node.parent != NoNode ? bytesOf(node.parent) : bytes;
    const double share = parentBytes ? double(bytes) / double(parentBytes) : 0.0;

    switch (role) {
    case NodeRole:
        return QVariant::fromValue(quint32(nodeIndex));
    case ShareRole:
        return share;
    case BytesRole:
        return QVariant::fromValue(qulonglong(bytes));
    case RawPathRole:
        return m_tree->path(nodeIndex);
    case Qt::TextAlignmentRole:
        return index.column() == NameColumn || index.column() == CategoryColumn
            ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole: {
        QString tip = tr("%1\n%2 on disk, %3 apparent\n%4 - %5")
                          .arg(QString::fromLocal8Bit(m_tree->path(nodeIndex)), formatSize(node.diskBytes),
                              formatSize(node.apparentBytes), categoryDisplayName(node.category()),
                              tierDisplayName(node.tier()));
        if (node.isDirectory())
            //: %1 and %2 are counts with their nouns: "1,234 files", "56 folders"
            tip += u'\n'
                + tr("%1 and %2 below")
                      .arg(filesPhrase(m_tree->fileCount(nodeIndex)), foldersPhrase(m_tree->folderCount(nodeIndex)));
        return tip;
    }
    case Qt::DecorationRole:
        if (index.column() == CategoryColumn) {
            const std::optional<Category> category = shownCategory(nodeIndex);
            return category ? QVariant(categoryIcon(*category)) : QVariant();
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }

    switch (index.column()) {
    case NameColumn: {
        const QString name = QString::fromLocal8Bit(m_tree->name(nodeIndex));
        if (node.hasFlag(FlagError))
            return tr("%1 (unreadable)").arg(name);
        if (node.hasFlag(FlagOtherFileSystem))
            return tr("%1 (other file system)").arg(name);
        if (node.hasFlag(FlagExcluded))
            return tr("%1 (excluded)").arg(name);
        return name;
    }
    case SizeColumn:
        return formatSize(bytes);
    case ShareColumn:
        return QString(QLocale().toString(share * 100.0, 'f', 1) + u" %"_s);
    case FilesColumn:
        return node.isDirectory() ? QVariant(QLocale().toString(qulonglong(m_tree->fileCount(nodeIndex)))) : QVariant();
    case CategoryColumn: {
        const std::optional<Category> category = shownCategory(nodeIndex);
        return category ? QVariant(categoryDisplayName(*category)) : QVariant();
    }
    case ModifiedColumn:
        return QLocale().toString(QDateTime::fromSecsSinceEpoch(node.mtime), QLocale::ShortFormat);
    }
    return {};
}

QVariant FileTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case SizeColumn:
        return tr("Size");
    case ShareColumn:
        return tr("Share");
    case FilesColumn:
        return tr("Files");
    case CategoryColumn:
        return tr("Category");
    case ModifiedColumn:
        return tr("Modified");
    }
    return {};
}

void FileTreeModel::sort(int column, Qt::SortOrder order)
{
    if (column == ShareColumn)
        column = SizeColumn; // the share follows the size
    if (column != m_sortColumn || order != m_sortOrder)
        relayout(column, order, m_apparent);
}

// Re-sorts every cached child list and moves the persistent indexes (selection, expansion)
// along, so views keep their state when the order or the size mode changes.
void FileTreeModel::relayout(int column, Qt::SortOrder order, bool apparent)
{
    Q_EMIT layoutAboutToBeChanged();
    const QModelIndexList before = persistentIndexList();
    std::vector<NodeIndex> nodes;
    nodes.reserve(std::size_t(before.size()));
    for (const QModelIndex &index : before)
        nodes.push_back(NodeIndex(index.internalId()));
    m_sortColumn = column;
    m_sortOrder = order;
    m_apparent = apparent;
    m_children.clear();
    m_rows.clear();
    for (std::size_t row = 0; row < m_roots.size(); ++row)
        m_rows[m_roots[row]] = int(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        after.append(createIndex(rowOf(nodes[std::size_t(i)]), before.at(i).column(), quintptr(nodes[std::size_t(i)])));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged();
}

} // namespace CacheLens
