#include "ui/categoryicon.h"

#include <array>

using namespace Qt::StringLiterals;

namespace CacheLens
{

QString categoryIconPath(Category category)
{
    return u":/icons/categories/%1.svg"_s.arg(QString::fromLatin1(categoryId(category)));
}

QIcon categoryIcon(Category category)
{
    // QIcon renders an SVG anew per size; one shared instance per category keeps its cache.
    static const std::array<QIcon, CategoryCount> icons = [] {
        std::array<QIcon, CategoryCount> all;
        for (const Category each : AllCategories)
            all[static_cast<std::size_t>(each)] = QIcon(categoryIconPath(each));
        return all;
    }();
    return icons[static_cast<std::size_t>(category)];
}

} // namespace CacheLens
