#pragma once

#include "core/rules/category.h"

#include <QColor>
#include <QIcon>

class QLabel;
class QWidget;

namespace CacheLens
{

/// The tier's colour (Okabe-Ito: green safe, orange review, blue keep), readable with white
/// text and distinguishable with the common colour-vision deficiencies.
[[nodiscard]] QColor tierColor(Tier tier);
/// A small rounded label "safe" / "review" / "keep" in the tier's colour, with the tier's
/// meaning as tooltip.
[[nodiscard]] QLabel *createTierBadge(Tier tier, QWidget *parent);
/// A dot in the tier's colour, for item views.
[[nodiscard]] QIcon tierIcon(Tier tier);
/// The one-word name on the badge ("safe", "review", "keep"), translated.
[[nodiscard]] QString tierBadgeText(Tier tier);

} // namespace CacheLens
