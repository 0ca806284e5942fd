#include "ui/legend/categorylegend.h"

#include "core/report/sizeformat.h"

#include <QColor>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{

CategoryLegend::CategoryLegend(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(u"categoryLegend"_s);
    setTextFormat(Qt::RichText);
    setWordWrap(true);
    setToolTip(tr("Bytes in each ML category across the whole scan, with their share"));
}

CategoryLegend::~CategoryLegend() = default;

void CategoryLegend::setTotals(const std::array<CategoryTotal, CategoryCount> &totals)
{
    m_totals = totals;
    refresh();
}

void CategoryLegend::clear()
{
    setTotals({});
}

void CategoryLegend::refreshSizes()
{
    refresh();
}

void CategoryLegend::setApparentSizes(bool apparent)
{
    if (apparent == m_apparent)
        return;
    m_apparent = apparent;
    refresh();
}

QList<std::pair<Category, std::uint64_t>> CategoryLegend::entries() const
{
    QList<std::pair<Category, std::uint64_t>> shown;
    for (const Category category : AllCategories) {
        const CategoryTotal &total = m_totals[static_cast<std::size_t>(category)];
        const std::uint64_t bytes = m_apparent ? total.apparentBytes : total.diskBytes;
        if (bytes > 0)
            shown.append({ category, bytes });
    }
    // Largest first; equal totals keep the display order of AllCategories.
    std::stable_sort(shown.begin(), shown.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    return shown;
}

void CategoryLegend::refresh()
{
    const auto shown = entries();
    std::uint64_t all = 0;
    for (const auto &entry : shown)
        all += entry.second;
    QStringList items;
    for (const auto &[category, bytes] : shown) {
        const QString colour = QColor(QRgb(categoryColor(category))).name();
        const double share = all ? 100.0 * double(bytes) / double(all) : 0.0;
        // Non-breaking spaces keep each entry on one line when the legend wraps; so do word joiners
        // (U+2060) between CJK characters, where a line may otherwise break after any character.
        const auto unbroken = [](const QString &text) {
            QString joined;
            for (qsizetype i = 0; i < text.size(); ++i) {
                if (i > 0 && (text.at(i - 1).unicode() >= 0x2E80 || text.at(i).unicode() >= 0x2E80)
                    && !text.at(i).isLowSurrogate())
                    joined += QChar(0x2060);
                joined += text.at(i);
            }
            return joined.toHtmlEscaped().replace(u' ', u"&nbsp;"_s);
        };
        items.append(
            //: One legend entry: a colour swatch, a category, its size and its share of the scan.
            tr("<span style=\"color:%1\">&#9632;</span>&nbsp;%2&nbsp;%3&nbsp;(%4&nbsp;%)")
                .arg(colour, unbroken(categoryDisplayName(category)), unbroken(formatSize(bytes)))
                .arg(formatDisplayDecimal(share, 1)));
    }
    setText(items.join(u"&nbsp;&nbsp;&nbsp; "_s));
}

} // namespace CacheLens
