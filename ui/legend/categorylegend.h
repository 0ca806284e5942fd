#pragma once

#include "core/report/scansummary.h"

#include <QLabel>

#include <array>

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

    /// The totals to show (categoryTotals() or CategoryDigest::totals()); all zero shows nothing.
    void setTotals(const std::array<CategoryTotal, CategoryCount> &totals);
    void clear();
    /// Formats the sizes again, after setDisplaySizeUnits().
    void refreshSizes();
    void setApparentSizes(bool apparent);
    /// The categories shown, largest first, with their bytes as currently counted.
    [[nodiscard]] QList<std::pair<Category, std::uint64_t>> entries() const;

private:
    void refresh();

    std::array<CategoryTotal, CategoryCount> m_totals {};
    bool m_apparent = false;
};

} // namespace CacheLens
