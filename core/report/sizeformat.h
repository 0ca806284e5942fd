#pragma once

#include <QString>

#include <cstdint>

namespace CacheLens
{

enum class SizeUnits { Iec, Si };

/// "0 B", "999 B", "1.5 KiB", "12.3 GiB" (IEC) or "1.5 kB", "12.3 GB" (SI).
/// Three significant digits, as du -h and file managers show them.
[[nodiscard]] QString formatSize(std::uint64_t bytes, SizeUnits units);
/// The same in the process's display units: IEC unless the window's preference says SI.
[[nodiscard]] QString formatSize(std::uint64_t bytes);

/// The units formatSize(bytes) uses. The window sets them from the user's preference; the
/// command line never does (its sub-commands take --si), so scripts always see the same.
void setDisplaySizeUnits(SizeUnits units);
[[nodiscard]] SizeUnits displaySizeUnits();

/// "1,234,567" in the C locale: stable for scripts and logs.
[[nodiscard]] QString formatCount(std::uint64_t count);

/// "2026-11-22T05:32:58Z": seconds since the epoch as ISO 8601 UTC.
[[nodiscard]] QString formatIsoTime(std::int64_t secondsSinceEpoch);

} // namespace CacheLens
