#pragma once

#include "core/logging.h"

#include <QByteArray>
#include <QList>
#include <QString>

class QTextStream;

namespace CacheLens::Cli
{

/// Exit codes shared by every sub-command (DESIGN.md).
enum ExitCode : int {
    ExitOk = 0, ///< all done
    ExitPartial = 1, ///< done in part; the output says what was skipped
    ExitUsage = 2, ///< bad arguments
    ExitFailed = 3, ///< nothing could be done
};

/// What main() should do with its arguments, decided before any Q*Application exists
/// so that command-line runs never need a display.
struct Launch {
    enum class Kind {
        Gui, ///< open the window (and scan paths)
        Command, ///< run a sub-command headless
        Exit, ///< print output/error and exit with exitCode (help, version, usage error)
    };
    Kind kind = Kind::Gui;
    int exitCode = ExitOk;
    QString output; ///< for stdout
    QString error; ///< for stderr
    Log::Level logLevel = Log::Level::Info;
    bool logLevelGiven = false; ///< --log-level or CACHELENS_LOG set it
    QString warning; ///< e.g. an invalid CACHELENS_LOG value
    QList<QByteArray> paths; ///< Gui: folders to scan
    bool minimized = false; ///< Gui: --minimized, start in the tray
    QByteArray command; ///< Command: "scan", "caches", …
    QList<QByteArray> commandArgs; ///< Command: arguments after the command name
};

/// Classifies argv (without the program name). envLogLevel is $CACHELENS_LOG.
[[nodiscard]] Launch classify(const QList<QByteArray> &args, const QByteArray &envLogLevel);

/// Runs launch.command. Needs a QCoreApplication; writes results to out and messages to err.
[[nodiscard]] int runCommand(const Launch &launch, QTextStream &out, QTextStream &err);

/// The top-level --help text.
[[nodiscard]] QString mainHelp();

/// The names of the sub-commands, in help order.
[[nodiscard]] QList<QByteArray> commandNames();

} // namespace CacheLens::Cli
