#pragma once

#include "core/rules/category.h"

#include <QIcon>
#include <QString>

namespace CacheLens
{

/// The category's icon: a glyph on a tile of the category's colour, so the tree, the legend
/// and the wizard say the same thing as the treemap's colours, also to colour-blind users.
[[nodiscard]] QIcon categoryIcon(Category category);

/// The same icon's resource path (":/icons/categories/model.svg"), for rich text.
[[nodiscard]] QString categoryIconPath(Category category);

} // namespace CacheLens
