#include "app/cli/cli.h"
#include "app/cli/textwidth.h"

#include "app/cli/argparser.h"
#include "app/cli/command.h"
#include "core/appinfo.h"

#include <QCoreApplication>
#include <QTextStream>

#include <algorithm>
#include <filesystem>
#include <system_error>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QList<OptionSpec> globalOptions()
{
    return {
        { "help", 'h', {}, Tr::tr("Show this help and exit"), false },
        { "version", 'v', {}, Tr::tr("Show the version and exit"), false },
        { "minimized", 0, {}, Tr::tr("Start in the system tray without a window (minimised where there is no tray)"),
            false },
        { "log-level", 0, u"LEVEL"_s,
            Tr::tr("Log verbosity: %1 (default: $CACHELENS_LOG, else info)").arg(Log::levelNames()), false },
    };
}

const Command *findCommand(const QByteArray &name)
{
    const QList<Command> &all = commands();
    const auto it
        = std::find_if(all.cbegin(), all.cend(), [&](const Command &command) { return command.name == name; });
    return it == all.cend() ? nullptr : &*it;
}

// Index of the first argument that is not a global option (or a global option's value).
qsizetype firstPositionalIndex(const QList<QByteArray> &args)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QByteArray &arg = args.at(i);
        if (arg == "--")
            return i + 1 < args.size() ? i + 1 : -1;
        if (arg == "--log-level") {
            ++i;
            continue;
        }
        if (arg.size() < 2 || arg.at(0) != '-')
            return i;
    }
    return -1;
}

Launch usageError(const QString &message)
{
    Launch launch;
    launch.kind = Launch::Kind::Exit;
    launch.exitCode = ExitUsage;
    launch.error = u"cachelens: "_s + message + u'\n' + Tr::tr("Try 'cachelens --help' for more information.") + u'\n';
    return launch;
}

} // namespace

QList<QByteArray> commandNames()
{
    QList<QByteArray> names;
    for (const Command &command : commands())
        names.append(command.name);
    return names;
}

QString mainHelp()
{
    QString commandList;
    for (const Command &command : commands())
        commandList += u"  "_s + padEnd(QString::fromLatin1(command.name), 10) + Tr::tr(command.summary) + u'\n';
    const ArgParser parser(globalOptions());
    return Tr::tr("Usage: cachelens [OPTIONS] [PATH...]\n"
                  "       cachelens COMMAND [OPTIONS] [ARGS...]\n"
                  "\n"
                  "CacheLens shows what is filling your disk - model hubs, dataset caches, checkpoints,\n"
                  "logs, package and compiler caches - helps you reclaim space safely, and warns you\n"
                  "before a volume is full.\n"
                  "\n"
                  "Without a command it opens the window and scans each PATH given. While CacheLens\n"
                  "runs, starting it again hands the PATHs to the running window.\n"
                  "\n"
                  "Commands (they need no display):\n")
        + commandList + u'\n' + Tr::tr("Options:\n") + parser.optionsHelp() + u'\n'
        + Tr::tr("Run 'cachelens COMMAND --help' for the options of a command.\n"
                 "Exit codes: 0 done, 1 done in part, 2 usage error, 3 nothing could be done.\n"
                 "Log file: %1\n")
              .arg(Log::defaultLogFilePath());
}

Launch classify(const QList<QByteArray> &args, const QByteArray &envLogLevel)
{
    const qsizetype commandIndex = firstPositionalIndex(args);
    const bool isCommand = commandIndex >= 0 && findCommand(args.at(commandIndex));
    const QList<QByteArray> globalArgs = isCommand ? args.first(commandIndex) : args;

    ArgParser parser(globalOptions());
    if (!parser.parse(globalArgs))
        return usageError(parser.errorText());

    Launch launch;
    if (!envLogLevel.isEmpty()) {
        if (const auto level = Log::parseLevel(QString::fromLocal8Bit(envLogLevel))) {
            launch.logLevel = *level;
            launch.logLevelGiven = true;
        } else {
            launch.warning = Tr::tr("ignoring CACHELENS_LOG='%1': expected one of %2")
                                 .arg(QString::fromLocal8Bit(envLogLevel), Log::levelNames());
        }
    }
    if (parser.isSet("log-level")) {
        const QString text = QString::fromLocal8Bit(parser.value("log-level"));
        const auto level = Log::parseLevel(text);
        if (!level)
            return usageError(Tr::tr("invalid log level '%1': expected one of %2").arg(text, Log::levelNames()));
        launch.logLevel = *level;
        launch.logLevelGiven = true;
    }

    if (parser.isSet("help") || parser.isSet("version")) {
        launch.kind = Launch::Kind::Exit;
        launch.output = parser.isSet("help") ? mainHelp() : u"cachelens "_s + AppInfo::version() + u'\n';
        return launch;
    }
    if (isCommand) {
        launch.kind = Launch::Kind::Command;
        launch.command = args.at(commandIndex);
        launch.commandArgs = args.mid(commandIndex + 1);
        return launch;
    }
    launch.kind = Launch::Kind::Gui;
    launch.paths = parser.positional();
    launch.minimized = parser.isSet("minimized");
    // "cachelens scna" must not open a window that then fails to scan "scna": a bare word
    // that is neither a command nor something on disk is a typo of a command.
    if (!launch.paths.isEmpty()) {
        const QByteArray &first = launch.paths.constFirst();
        std::error_code error;
        const bool exists = std::filesystem::symlink_status(first.toStdString(), error).type()
            != std::filesystem::file_type::not_found;
        if (!exists && !first.contains('/'))
            return usageError(Tr::tr("'%1' is neither a command (%2) nor an existing path")
                                  .arg(QString::fromLocal8Bit(first), QString::fromLatin1(commandNames().join(", "))));
    }
    return launch;
}

int runCommand(const Launch &launch, QTextStream &out, QTextStream &err)
{
    const Command *command = findCommand(launch.command);
    if (!command) {
        err << "cachelens: " << Tr::tr("unknown command '%1'").arg(QString::fromLocal8Bit(launch.command)) << '\n';
        return ExitUsage;
    }
    CommandContext context { launch.command, launch.commandArgs, out, err };
    return command->run(context);
}

} // namespace CacheLens::Cli
