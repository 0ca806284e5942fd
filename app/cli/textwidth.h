#pragma once

#include <QString>
#include <QStringView>

namespace CacheLens::Cli
{

/// The columns a terminal gives `text`: two for East Asian Wide and Fullwidth characters (CJK
/// ideographs, Hangul, fullwidth forms), none for combining marks, one for the rest.
[[nodiscard]] qsizetype displayWidth(QStringView text);

/// `text` followed by spaces up to `width` terminal columns (left-aligned), as
/// QString::leftJustified() pads by characters. Never truncates.
[[nodiscard]] QString padEnd(const QString &text, qsizetype width);
/// Spaces, then `text`, up to `width` terminal columns (right-aligned).
[[nodiscard]] QString padStart(const QString &text, qsizetype width);

} // namespace CacheLens::Cli
