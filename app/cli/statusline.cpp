#include "app/cli/statusline.h"

#include "app/cli/textwidth.h"
#include "core/cleanup/planning.h"
#include "core/report/countphrases.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <sys/ioctl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{
namespace
{

// Carriage return, then "erase to the end of the line": the next text starts on a clean line.
constexpr const char *EraseLine = "\r\033[K";

qsizetype terminalColumns()
{
    winsize size {};
    if (::ioctl(STDERR_FILENO, TIOCGWINSZ, &size) == 0 && size.ws_col > 0)
        return size.ws_col;
    return 80;
}

} // namespace

StatusLine::StatusLine()
    : m_active(::isatty(STDERR_FILENO) == 1)
{
}

StatusLine::~StatusLine()
{
    clear();
}

bool StatusLine::isActive() const
{
    return m_active;
}

void StatusLine::show(const QString &text)
{
    if (!m_active)
        return;
    // The last column stays free: some terminals wrap as soon as it is written, and a wrapped
    // line can no longer be overwritten with a carriage return.
    const QString line = fitToColumns(text, terminalColumns() - 1);
    std::fprintf(stderr, "%s%s", EraseLine, line.toLocal8Bit().constData());
    std::fflush(stderr);
    m_drawn = true;
}

void StatusLine::clear()
{
    if (!m_drawn)
        return;
    std::fputs(EraseLine, stderr);
    std::fflush(stderr);
    m_drawn = false;
}

namespace
{

// How many UTF-16 units of text, from its start (or its end), fit in columns.
qsizetype unitsWithin(QStringView text, qsizetype columns, bool fromEnd)
{
    qsizetype used = 0;
    qsizetype taken = 0;
    while (taken < text.size()) {
        // A surrogate pair is one character: never cut between its halves.
        const qsizetype at = fromEnd ? text.size() - taken - 1 : taken;
        const bool pair = fromEnd ? text.at(at).isLowSurrogate() && at > 0 : text.at(at).isHighSurrogate();
        const qsizetype length = pair && text.size() - taken >= 2 ? 2 : 1;
        const qsizetype width = displayWidth(text.mid(fromEnd ? at - length + 1 : at, length));
        if (used + width > columns)
            break;
        used += width;
        taken += length;
    }
    return taken;
}

} // namespace

QString fitToColumns(const QString &text, qsizetype columns)
{
    if (displayWidth(text) <= columns)
        return text;
    const QString ellipsis = u"..."_s;
    const qsizetype room = columns - ellipsis.size();
    if (room <= 0)
        return ellipsis.left(std::max<qsizetype>(columns, 0));
    // The middle goes: the start says what is happening, the end holds the count or file name.
    const qsizetype head = unitsWithin(text, room - room / 2, false);
    const qsizetype headWidth = displayWidth(QStringView(text).left(head));
    const qsizetype tail = unitsWithin(QStringView(text).mid(head), room - headWidth, true);
    return text.left(head) + ellipsis + text.right(tail);
}

QString planProgressLine(const PlanProgress &progress)
{
    switch (progress.step) {
    case PlanProgress::Step::Searching:
        if (progress.folder.isEmpty() || progress.entries == 0)
            //: %1 is what is looked for, as given to --select ("temp", "cache:pip")
            return QCoreApplication::translate("Cli", "Looking for %1...")
                .arg(QString::fromLocal8Bit(progress.selector));
        //: %1 is a folder, %2 a count with its noun ("127,674 entries")
        return QCoreApplication::translate("Cli", "Searching %1: %2...")
            .arg(QFile::decodeName(progress.folder), entriesPhrase(progress.entries));
    case PlanProgress::Step::CheckingInUse:
        return QCoreApplication::translate("Cli", "Checking which files running programs have open...");
    case PlanProgress::Step::Measuring:
        return QCoreApplication::translate("Cli", "Measuring what was found...");
    }
    return {};
}

} // namespace CacheLens::Cli
