#include "core/report/countphrases.h"

#include "core/report/sizeformat.h"

#include <QCoreApplication>

#include <limits>

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Counts)
};

// tr() chooses the plural form from an int. Counts beyond it keep their last six digits, which
// is all any language's plural rules look at (n % 10, n % 100, n % 1000000 for some).
int pluralSelector(std::uint64_t count)
{
    if (count <= std::uint64_t(std::numeric_limits<int>::max()))
        return int(count);
    return int(1'000'000 + count % 1'000'000);
}

} // namespace

QString filesPhrase(std::uint64_t count)
{
    if (count == 1)
        return Tr::tr("1 file");
    //: %1 is any count but one, grouped as "1,234" (or "1.234" in German)
    return Tr::tr("%1 files", nullptr, pluralSelector(count)).arg(formatCount(count));
}

QString foldersPhrase(std::uint64_t count)
{
    if (count == 1)
        return Tr::tr("1 folder");
    //: %1 is any count but one, grouped as "1,234" (or "1.234" in German)
    return Tr::tr("%1 folders", nullptr, pluralSelector(count)).arg(formatCount(count));
}

QString entriesPhrase(std::uint64_t count)
{
    if (count == 1)
        return Tr::tr("1 entry");
    //: Files and folders together. %1 is any count but one, grouped as "1,234" (or "1.234" in German)
    return Tr::tr("%1 entries", nullptr, pluralSelector(count)).arg(formatCount(count));
}

} // namespace CacheLens
