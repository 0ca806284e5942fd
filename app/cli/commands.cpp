#include "app/cli/command.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{

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
            &runClean },
        { "monitor", QT_TRANSLATE_NOOP("Cli", "Watch disk usage and warn before a volume is full"), &runMonitor },
    };
    return all;
}

} // namespace CacheLens::Cli
