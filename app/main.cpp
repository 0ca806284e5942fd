// Entry point: decides between the window and a headless sub-command before any
// Q*Application exists, so that command-line runs never need a display.

#include "app/cli/cli.h"
#include "core/appinfo.h"
#include "core/desktop/singleinstance.h"
#include "core/logging.h"
#include "core/report/sizeformat.h"
#include "core/scan/scancontroller.h"
#include "core/settings/appsettings.h"
#include "ui/cleanup/choosepage.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/colorscheme.h"
#include "ui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTextStream>
#include <QTimer>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace CacheLens;

namespace
{

QList<QByteArray> argumentsOf(int argc, char **argv)
{
    QList<QByteArray> args;
    for (int i = 1; i < argc; ++i)
        args.append(QByteArray(argv[i]));
    return args;
}

// On X11/Wayland systems a missing display makes Qt abort deep inside the platform plugin;
// say what is wrong instead. QT_QPA_PLATFORM (offscreen, vnc, …) is trusted as given.
bool haveDisplay()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return qEnvironmentVariableIsSet("QT_QPA_PLATFORM") || qEnvironmentVariableIsSet("DISPLAY")
        || qEnvironmentVariableIsSet("WAYLAND_DISPLAY");
#else
    return true;
#endif
}

// The language of the messages: CACHELENS_LANG (a locale name such as "zh_CN" or "de"), else the
// one chosen in Preferences, else the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
QLocale messageLocale()
{
    QString name = qEnvironmentVariable("CACHELENS_LANG");
    if (name.isEmpty())
        name = AppSettings::load().language;
    if (name.isEmpty())
        return QLocale();
    const QLocale chosen(name);
    QLocale::setDefault(chosen); // dates and numbers in the views follow the chosen language too
    return chosen;
}

void installTranslations(QCoreApplication &app)
{
    const QLocale locale = messageLocale();
    // Qt's own strings (dialog buttons, file dialogs, context menus): qtbase_<lang>.qm, or the qt_<lang>.qm
    // meta-catalogue where only that is installed (Debian: qt6-translations-l10n, /usr/share/qt6/translations).
    const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    auto *qtTranslator = new QTranslator(&app);
    if (qtTranslator->load(locale, u"qtbase"_s, u"_"_s, qtDir) || qtTranslator->load(locale, u"qt"_s, u"_"_s, qtDir))
        QCoreApplication::installTranslator(qtTranslator);
    auto *ownTranslator = new QTranslator(&app);
    if (ownTranslator->load(locale, u"cachelens"_s, u"_"_s, u":/i18n"_s))
        QCoreApplication::installTranslator(ownTranslator);
}

void initLogging(const Cli::Launch &launch)
{
    Log::Options options;
    options.fileLevel = launch.logLevel;
    options.logFilePath = Log::defaultLogFilePath();
    // Output must stay clean for pipes: only warnings reach stderr unless a level was asked for.
    options.stderrLevel = launch.logLevelGiven ? launch.logLevel : Log::Level::Warn;
    const QString warning = Log::init(options);
    if (!warning.isEmpty())
        Log::app()->warn("{}", warning.toStdString());
    if (!launch.warning.isEmpty())
        Log::app()->warn("{}", launch.warning.toStdString());
}

int runCommand(int argc, char **argv, const Cli::Launch &launch)
{
    QCoreApplication app(argc, argv);
    installTranslations(app);
    initLogging(launch);
    QFile stdoutFile;
    QFile stderrFile;
    if (!stdoutFile.open(stdout, QIODevice::WriteOnly) || !stderrFile.open(stderr, QIODevice::WriteOnly))
        return Cli::ExitFailed;
    QTextStream out(&stdoutFile);
    QTextStream err(&stderrFile);
    const int code = Cli::runCommand(launch, out, err);
    out.flush();
    err.flush();
    stdoutFile.flush();
    Log::shutdown();
    return code;
}

// For scripts/screenshots.sh: CACHELENS_SCREENSHOT_CLEANUP="temp,checkpoints,cache:pip" opens the
// cleanup wizard with those selectors ticked, on its preview page, once the first scan is shown.
void openCleanupForScreenshot(MainWindow &window, const QByteArray &selectors)
{
    QObject::connect(
        window.scanController(), &ScanController::finished, &window,
        [&window, selectors] {
            QTimer::singleShot(300, &window, [&window, selectors] {
                CleanupWizard *wizard = window.openCleanupWizard(selectors.split(','));
                if (wizard->choosePage()->isComplete()) // as the Next button would
                    wizard->next();
            });
        },
        Qt::SingleShotConnection);
}

QString trMain(const char *text)
{
    return QCoreApplication::translate("main", text);
}

// A CacheLens window runs already: give it our paths (absolute: its working folder is not
// ours) and say so. False when it did not take them; then this launch opens its own window.
bool handOverToRunningInstance(SingleInstance &instance, const Cli::Launch &launch)
{
    InstanceMessage message;
    message.activate = !launch.minimized;
    for (const QByteArray &path : launch.paths)
        message.paths.append(absolutePathBytes(path));
    if (!instance.handOver(message)) {
        Log::app()->warn("{}; opening a window of this launch's own", instance.errorString().toStdString());
        return false;
    }
    const QString said = message.paths.isEmpty()
        ? trMain("cachelens: CacheLens is already running; its window was brought to the front.\n")
        : trMain("cachelens: CacheLens is already running; the paths were handed to its window.\n");
    std::fputs(said.toLocal8Bit().constData(), stderr);
    return true;
}

int runGui(int argc, char **argv, const Cli::Launch &launch)
{
    if (!haveDisplay()) {
        QCoreApplication app(argc, argv);
        installTranslations(app);
        std::fputs(QCoreApplication::translate("Main",
                       "cachelens: no display found (DISPLAY and WAYLAND_DISPLAY are unset), so the window cannot "
                       "open.\nUse a command instead, e.g. 'cachelens scan PATH' (see 'cachelens --help'), or run "
                       "the window under xvfb-run.\n")
                       .toLocal8Bit()
                       .constData(),
            stderr);
        return Cli::ExitFailed;
    }
    QApplication app(argc, argv);
    QApplication::setDesktopFileName(AppInfo::appId());
    QApplication::setWindowIcon(QIcon(u":/icons/cachelens.svg"_s));
    installTranslations(app);
    // The window's sizes and counts use the separators of its language, as its percentages and dates
    // do (QLocale() is the language installTranslations() chose); the commands above never set them.
    // The "%Ln" of the window's plural messages formats with QLocale() as well, so its counts agree.
    setDisplayLocale(QLocale());
    initLogging(launch);
    // Before any widget exists; it also remembers the desktop's own look for "Follow system".
    applyColorScheme(colorSchemeFromEnvironment(AppSettings::load().colorScheme));
    Log::app()->info("CacheLens {} starting (Qt {}, platform {})", AppInfo::version().toStdString(), qVersion(),
        QApplication::platformName().toStdString());

    SingleInstance instance;
    const SingleInstance::Role role = instance.start();
    if (role == SingleInstance::Role::Secondary && handOverToRunningInstance(instance, launch)) {
        Log::shutdown();
        return Cli::ExitOk;
    }
    if (role == SingleInstance::Role::Standalone)
        Log::app()->warn("{}", instance.errorString().toStdString());

    // The window may sit in the tray while a dialog of its own closes: only MainWindow decides
    // when the program ends.
    QApplication::setQuitOnLastWindowClosed(false);
    MainWindow window;
    QObject::connect(&instance, &SingleInstance::messageReceived, &window, [&window](const InstanceMessage &message) {
        if (message.activate)
            window.showAndRaise();
        window.openRoots(message.paths);
    });
    // Paths on the command line are there to be looked at, whatever the preference says.
    window.showAtStartup(launch.minimized || (AppSettings::load().startMinimized && launch.paths.isEmpty()));
    if (const QByteArray selectors = qgetenv("CACHELENS_SCREENSHOT_CLEANUP"); !selectors.isEmpty())
        openCleanupForScreenshot(window, selectors);
    window.openRoots(launch.paths);
    // For scripts/screenshots.sh: CACHELENS_SCREENSHOT_VIEW=disk opens the Disk view.
    if (qgetenv("CACHELENS_SCREENSHOT_VIEW") == "disk")
        window.showDiskPage();
    const int code = QApplication::exec();
    Log::app()->info("CacheLens exiting with code {}", code);
    Log::shutdown();
    return code;
}

} // namespace

int main(int argc, char **argv)
{
    AppInfo::applyToApplication(); // static names: the help text's log path needs them already
    const Cli::Launch launch = Cli::classify(argumentsOf(argc, argv), qgetenv("CACHELENS_LOG"));
    switch (launch.kind) {
    case Cli::Launch::Kind::Exit: {
        // Help, version or a usage error: classified again once translations are installed, which
        // needs an application object.
        QCoreApplication app(argc, argv);
        installTranslations(app);
        const Cli::Launch translated = Cli::classify(argumentsOf(argc, argv), qgetenv("CACHELENS_LOG"));
        std::fputs(translated.output.toLocal8Bit().constData(), stdout);
        std::fputs(translated.error.toLocal8Bit().constData(), stderr);
        return translated.exitCode;
    }
    case Cli::Launch::Kind::Command:
        return runCommand(argc, argv, launch);
    case Cli::Launch::Kind::Gui:
        break;
    }
    return runGui(argc, argv, launch);
}
