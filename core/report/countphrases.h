#pragma once

#include <QString>

#include <cstdint>

namespace CacheLens
{

// A count and its noun, in the grammatical number the count asks for: "1 file", "2 files",
// "1 Datei", "2 Dateien", "1,234 files". Translated sentences take these as a whole, so that no
// sentence with two counts needs a plural form for each combination. The number itself comes from
// formatCount(): grouped with the display locale's separator.
[[nodiscard]] QString filesPhrase(std::uint64_t count);
[[nodiscard]] QString foldersPhrase(std::uint64_t count);
[[nodiscard]] QString entriesPhrase(std::uint64_t count);

} // namespace CacheLens
