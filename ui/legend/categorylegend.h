#pragma once

#include "core/report/scansummary.h"
#include "core/scan/filetree.h"

#include <QLabel>

#include <array>
#include <memory>

namespace CacheLens
{

/// One line under the treemap and sunburst: each category's colour, name, total and share of
/// the whole scan, largest first. Categories with no bytes are left out.
class CategoryLegend final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CategoryLegend)

public:
    explicit CategoryLegend(QWidget *parent = nullptr);
    ~CategoryLegend() override;

    /// Reads the category totals of a finished tree (one pass over its nodes).
    void setTree(const std::shared_ptr<const FileTree> &tree);
    void setApparentSizes(bool apparent);
    /// The categories shown, largest first, with their bytes as currently counted.
    [[nodiscard]] QList<std::pair<Category, std::uint64_t>> entries() const;

private:
    void refresh();

    std::array<CategoryTotal, CategoryCount> m_totals {};
    bool m_apparent = false;
};

} // namespace CacheLens
