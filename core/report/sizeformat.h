#pragma once

#include <QString>

#include <cstdint>

class QLocale;

namespace CacheLens
{

enum class SizeUnits { Iec, Si };

/// "0 B", "999 B", "1.5 KiB", "12.3 GiB" (IEC) or "1.5 kB", "12.3 GB" (SI).
/// Three significant digits, as du -h and file managers show them. Always a decimal point: this is
/// what the command line prints, and scripts read it.
[[nodiscard]] QString formatSize(std::uint64_t bytes, SizeUnits units);
/// The same in the process's display units (IEC unless the window's preference says SI) and with
/// the display locale's decimal separator ("12,3 GiB" in a German window).
[[nodiscard]] QString formatSize(std::uint64_t bytes);

/// The units formatSize(bytes) uses. The window sets them from the user's preference; the
/// command line never does (its sub-commands take --si), so scripts always see the same.
void setDisplaySizeUnits(SizeUnits units);
[[nodiscard]] SizeUnits displaySizeUnits();

/// The separators formatSize(bytes) and formatCount() use: the window sets them from the language
/// it loaded, so its sizes and counts read as its percentages do ("12,3 GiB", "1.234 Dateien" in
/// German). The command line never does: its output keeps the C locale's "12.3 GiB" and "1,234".
/// The window passes QLocale(), the default its language set: the "%Ln" of its plural messages and
/// QLocale().toString() use that one too, so every number in it agrees.
void setDisplayLocale(const QLocale &locale);
/// "12.3" or "12,3": a fraction with the display locale's decimal separator.
[[nodiscard]] QString formatDisplayDecimal(double value, int decimals);

/// "1,234,567" with the display locale's group separator: "1,234,567" (C, the command line's
/// always) or "1.234.567" in a German window.
[[nodiscard]] QString formatCount(std::uint64_t count);

/// "2026-11-22T05:32:58Z": seconds since the epoch as ISO 8601 UTC.
[[nodiscard]] QString formatIsoTime(std::int64_t secondsSinceEpoch);

} // namespace CacheLens
