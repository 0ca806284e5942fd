#include "core/report/sizeformat.h"

#include <QDateTime>
#include <QLocale>

#include <array>
#include <atomic>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

std::atomic<SizeUnits> displayUnits { SizeUnits::Iec }; // read from worker threads too (tooltips, reports)
std::atomic<char16_t> displayDecimalPoint { u'.' };
std::atomic<char16_t> displayGroupSeparator { u',' };

// A locale's separator when it is one character (all of Qt's are, but QLocale hands out strings).
char16_t singleChar(const QString &text, char16_t fallback)
{
    return text.size() == 1 ? text.front().unicode() : fallback;
}

QString withDisplayDecimalPoint(QString number)
{
    const char16_t point = displayDecimalPoint.load(std::memory_order_relaxed);
    if (point != u'.')
        number.replace(u'.', QChar(point));
    return number;
}

} // namespace

void setDisplaySizeUnits(SizeUnits units)
{
    displayUnits.store(units, std::memory_order_relaxed);
}

SizeUnits displaySizeUnits()
{
    return displayUnits.load(std::memory_order_relaxed);
}

void setDisplayLocale(const QLocale &locale)
{
    const char16_t point = singleChar(locale.decimalPoint(), u'.');
    displayDecimalPoint.store(point, std::memory_order_relaxed);
    // A group separator that could be taken for the decimal one would make "1,234" ambiguous.
    const char16_t group = singleChar(locale.groupSeparator(), point == u',' ? u'.' : u',');
    displayGroupSeparator.store(group == point ? char16_t(0x202F) : group, std::memory_order_relaxed);
}

QString formatDisplayDecimal(double value, int decimals)
{
    return withDisplayDecimalPoint(QString::number(value, 'f', decimals));
}

QString formatSize(std::uint64_t bytes)
{
    return withDisplayDecimalPoint(formatSize(bytes, displaySizeUnits()));
}

QString formatSize(std::uint64_t bytes, SizeUnits units)
{
    static constexpr std::array IecUnits = { "B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB" };
    static constexpr std::array SiUnits = { "B", "kB", "MB", "GB", "TB", "PB", "EB" };
    const double base = units == SizeUnits::Iec ? 1024.0 : 1000.0;
    const auto &names = units == SizeUnits::Iec ? IecUnits : SiUnits;

    if (double(bytes) < base)
        return u"%1 B"_s.arg(bytes);
    double value = double(bytes);
    std::size_t unit = 0;
    while (value >= base && unit + 1 < names.size()) {
        value /= base;
        ++unit;
    }
    // Rounding can carry over (1023.96 KiB shows as "1024 KiB" otherwise).
    if (value >= 999.5 && unit + 1 < names.size()) {
        value /= base;
        ++unit;
    }
    const int decimals = value < 9.995 ? 2 : (value < 99.95 ? 1 : 0);
    return QString::number(value, 'f', decimals) + u' ' + QLatin1StringView(names[unit]);
}

QString formatCount(std::uint64_t count)
{
    const QChar separator(displayGroupSeparator.load(std::memory_order_relaxed));
    QString digits = QString::number(count);
    for (qsizetype pos = digits.size() - 3; pos > 0; pos -= 3)
        digits.insert(pos, separator);
    return digits;
}

QString formatIsoTime(std::int64_t secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

} // namespace CacheLens
