#include "core/desktop/autostart.h"

#include "core/appinfo.h"
#include "core/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens::Autostart
{
namespace
{

void setError(QString *error, const QString &text)
{
    Log::app()->warn("{}", text.toStdString());
    if (error)
        *error = text;
}

// An Exec= argument with the characters the Desktop Entry Specification reserves quoted.
QString quoted(const QString &argument)
{
    static const QString reserved = u" \t\n\"'\\><~|&;$*?#()`"_s;
    if (std::none_of(argument.cbegin(), argument.cend(), [](QChar c) { return reserved.contains(c); }))
        return argument;
    QString escaped = argument;
    for (const QString &special : { u"\\"_s, u"\""_s, u"`"_s, u"$"_s })
        escaped.replace(special, u"\\"_s + special);
    return u'"' + escaped.replace(u"\\"_s, u"\\\\"_s) + u'"'; // the desktop file's own string escape
}

} // namespace

QString entryPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/autostart/"_s + AppInfo::appId()
        + u".desktop"_s;
}

QString program()
{
    const QString self = QCoreApplication::applicationFilePath();
    const QString inPath = QStandardPaths::findExecutable(u"cachelens"_s);
    if (self.isEmpty() || QFileInfo(self).fileName() != u"cachelens"_s)
        return u"cachelens"_s; // not the app itself (a test): the installed name
    if (!inPath.isEmpty() && QFileInfo(inPath).canonicalFilePath() == QFileInfo(self).canonicalFilePath())
        return u"cachelens"_s;
    return self; // a build run from its folder: the installed one may not exist or be older
}

QByteArray entryContents(const QString &program)
{
    const QString exec = quoted(program) + u" --minimized"_s;
    return QStringList {
        u"[Desktop Entry]"_s,
        u"Type=Application"_s,
        u"Name=CacheLens"_s,
        u"Comment=Watches disk space and the ML caches from the system tray"_s,
        u"Exec="_s + exec,
        u"Icon="_s + AppInfo::appId(),
        u"Terminal=false"_s,
        u"Categories=Qt;System;Filesystem;"_s,
        u"X-GNOME-Autostart-enabled=true"_s,
        QString(),
    }
        .join(u'\n')
        .toUtf8();
}

bool isEnabled()
{
    QFile file(entryPath());
    if (!file.open(QIODevice::ReadOnly))
        return false;
    bool inMainGroup = false;
    while (!file.atEnd()) {
        QByteArray line = file.readLine().trimmed();
        line.replace(' ', "");
        if (line.startsWith('['))
            inMainGroup = line == "[DesktopEntry]";
        else if (inMainGroup && (line == "Hidden=true" || line == "X-GNOME-Autostart-enabled=false"))
            return false;
    }
    return true;
}

bool setEnabled(bool enabled, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        QFile file(path);
        if (file.exists() && !file.remove()) {
            setError(
                error, QCoreApplication::translate("Autostart", "Cannot remove %1: %2").arg(path, file.errorString()));
            return false;
        }
        return true;
    }
    const QString folder = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(folder)) {
        setError(error, QCoreApplication::translate("Autostart", "Cannot create the folder %1").arg(folder));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        setError(error, QCoreApplication::translate("Autostart", "Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    file.write(entryContents(program()));
    if (!file.commit()) {
        setError(error, QCoreApplication::translate("Autostart", "Cannot write %1: %2").arg(path, file.errorString()));
        return false;
    }
    Log::app()->info("autostart entry written: {}", path.toStdString());
    return true;
}

} // namespace CacheLens::Autostart
