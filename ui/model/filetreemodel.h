#pragma once

#include "core/report/categorydigest.h"
#include "core/scan/filetree.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace CacheLens
{

/// A read-only item model over an immutable FileTree. Children are sorted on first use
/// (largest first by default) and cached, so opening a folder with a million entries costs
/// one sort and nothing is built for folders never opened.
///
/// A folder's category is the one holding most of its bytes. Working that out visits the whole
/// subtree, so the model takes it from a CategoryDigest computed elsewhere (off the GUI thread)
/// and shows folders without a category until one is set.
class FileTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FileTreeModel)

public:
    enum Column { NameColumn, SizeColumn, ShareColumn, FilesColumn, CategoryColumn, ModifiedColumn, ColumnCount };
    enum Role {
        NodeRole = Qt::UserRole + 1, ///< NodeIndex as quint32
        ShareRole, ///< double in [0, 1]: the entry's part of its parent
        BytesRole, ///< qulonglong: bytes in the current size mode
        RawPathRole, ///< QByteArray: the exact path
    };

    explicit FileTreeModel(QObject *parent = nullptr);
    ~FileTreeModel() override;

    void setTree(std::shared_ptr<const FileTree> tree);
    /// The digest of the current tree; one made for another tree is ignored.
    void setCategoryDigest(std::shared_ptr<const CategoryDigest> digest);
    [[nodiscard]] std::shared_ptr<const FileTree> tree() const;
    /// Shows and sorts by apparent sizes (st_size, as du --apparent-size) instead of disk usage.
    void setApparentSizes(bool apparent);
    [[nodiscard]] bool apparentSizes() const;
    /// Every shown size is formatted again (the display units changed); rows stay where they are.
    void refreshSizes();
    /// The index showing node, or an invalid index.
    [[nodiscard]] QModelIndex indexOf(NodeIndex node) const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &child) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] bool hasChildren(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    [[nodiscard]] const std::vector<NodeIndex> &childrenOf(NodeIndex node) const;
    [[nodiscard]] int rowOf(NodeIndex node) const;
    [[nodiscard]] bool lessThan(NodeIndex a, NodeIndex b) const;
    [[nodiscard]] std::uint64_t bytesOf(NodeIndex node) const;
    [[nodiscard]] std::optional<Category> shownCategory(NodeIndex node) const;
    void relayout(int column, Qt::SortOrder order, bool apparent);

    std::shared_ptr<const FileTree> m_tree;
    std::vector<NodeIndex> m_roots; // scanned roots only
    mutable std::unordered_map<NodeIndex, std::vector<NodeIndex>> m_children; // sorted lazily
    mutable std::unordered_map<NodeIndex, int> m_rows; // node -> its row
    std::shared_ptr<const CategoryDigest> m_digest; // folders' categories, once known
    int m_sortColumn = SizeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    bool m_apparent = false;
};

} // namespace CacheLens
