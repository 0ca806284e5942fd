#pragma once

#include "core/settings/appsettings.h"

#include <QColor>
#include <QPalette>

namespace CacheLens
{

/// CacheLens's own light palette: every role in every colour group is set.
[[nodiscard]] QPalette lightPalette();
/// CacheLens's own dark palette: every role in every colour group is set, body text and
/// background at least 4.5:1 apart (WCAG AA).
[[nodiscard]] QPalette darkPalette();

/// Switches the whole application: Light and Dark use the Fusion style with lightPalette() or
/// darkPalette(); System restores the style and palette the application had before the first
/// call (that first call remembers them, so make it before changing the look any other way).
void applyColorScheme(AppSettings::ColorScheme scheme);

/// CACHELENS_COLOR_SCHEME (system, light or dark) when it is set to one of them, else chosen.
[[nodiscard]] AppSettings::ColorScheme colorSchemeFromEnvironment(AppSettings::ColorScheme chosen);

/// True when the palette's window is darker than its text: a dark desktop theme or darkPalette().
[[nodiscard]] bool isDark(const QPalette &palette);

/// WCAG 2 contrast ratio of two colours, 1 (the same) to 21 (black on white).
[[nodiscard]] double contrastRatio(const QColor &a, const QColor &b);

/// A quieter text colour for explanations, still at least 4.5:1 against the window: the
/// palette's disabled text is often too faint to read (2:1 in Fusion's light palette).
[[nodiscard]] QColor quietTextColor(const QPalette &palette);

} // namespace CacheLens
