#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

class QTextStream;

namespace CacheLens::Cli
{

/// What a sub-command gets: its own arguments and where to write. Both streams work on a
/// QIODevice (stdout/stderr, or a QBuffer in tests), so raw bytes can go out with writeRaw().
struct CommandContext {
    QByteArray name;
    QList<QByteArray> args;
    QTextStream &out;
    QTextStream &err;
};

/// A sub-command: its name, a one-line summary for the main help, and its entry point.
struct Command {
    QByteArray name;
    const char *summary; ///< translated through QCoreApplication::translate("Cli", …)
    int (*run)(CommandContext &context);
};

/// Writes bytes as they are (JSON, CSV with non-UTF-8 paths) after what the stream holds.
void writeRaw(QTextStream &stream, const QByteArray &bytes);

/// The entry points, one file each (scancommand.cpp, …).
int runScan(CommandContext &context);
int runCaches(CommandContext &context);
int runClean(CommandContext &context);
int runMonitor(CommandContext &context);

/// Every sub-command, in help order.
[[nodiscard]] const QList<Command> &commands();

} // namespace CacheLens::Cli
