#include "app/cli/command.h"

#include "app/cli/argparser.h"
#include "app/cli/cli.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{
namespace
{

// A command whose engine is not in this build yet: it says so instead of pretending.
int runUnavailable(CommandContext &context)
{
    ArgParser parser({ { "help", 'h', {}, QCoreApplication::translate("Cli", "Show this help and exit"), false } });
    const QString name = QString::fromLatin1(context.name);
    const bool helpOnly = parser.parse(context.args) && parser.isSet("help");
    (helpOnly ? context.out : context.err)
        << "cachelens " << name << ": "
        << QCoreApplication::translate("Cli", "this command is not available in this version yet") << '\n';
    return helpOnly ? ExitOk : ExitFailed;
}

} // namespace

void writeRaw(QTextStream &stream, const QByteArray &bytes)
{
    stream.flush();
    if (QIODevice *device = stream.device())
        device->write(bytes);
    else
        stream << QString::fromUtf8(bytes);
}

const QList<Command> &commands()
{
    static const QList<Command> all = {
        { "scan", QT_TRANSLATE_NOOP("Cli", "Scan folders: totals, ML categories, largest folders and files"),
            &runScan },
        { "caches", QT_TRANSLATE_NOOP("Cli", "List the ML caches on this machine and their sizes"), &runCaches },
        { "clean", QT_TRANSLATE_NOOP("Cli", "Preview, then reclaim space from caches, checkpoints and logs"),
            &runUnavailable },
        { "monitor", QT_TRANSLATE_NOOP("Cli", "Watch disk usage and warn before a volume is full"), &runMonitor },
    };
    return all;
}

} // namespace CacheLens::Cli
