#include "app/cli/textwidth.h"

#include <QChar>
#include <QList>

namespace CacheLens::Cli
{
namespace
{

// Unicode's East Asian Width W and F ranges, as terminals (wcwidth) count them.
bool isWide(char32_t c)
{
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) || (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60)
        || (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

bool isZeroWidth(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Mark_NonSpacing:
    case QChar::Mark_Enclosing:
    case QChar::Other_Format: // zero-width joiners and spaces, word joiners
        return true;
    default:
        return false;
    }
}

} // namespace

qsizetype displayWidth(QStringView text)
{
    qsizetype width = 0;
    for (const uint code : text.toUcs4()) {
        const auto c = char32_t(code);
        if (isZeroWidth(c))
            continue;
        width += isWide(c) ? 2 : 1;
    }
    return width;
}

QString padEnd(const QString &text, qsizetype width)
{
    const qsizetype missing = width - displayWidth(text);
    return missing > 0 ? text + QString(missing, u' ') : text;
}

QString padStart(const QString &text, qsizetype width)
{
    const qsizetype missing = width - displayWidth(text);
    return missing > 0 ? QString(missing, u' ') + text : text;
}

} // namespace CacheLens::Cli
