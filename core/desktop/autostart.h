#pragma once

#include <QByteArray>
#include <QString>

namespace CacheLens::Autostart
{

/// The freedesktop autostart entry that starts CacheLens in the tray at login:
/// $XDG_CONFIG_HOME/autostart/<AppInfo::appId()>.desktop (Desktop Application Autostart
/// Specification). GNOME, KDE, Xfce and most other desktops read it.
[[nodiscard]] QString entryPath();

/// True when the entry exists and is not switched off in it (Hidden=true, or
/// X-GNOME-Autostart-enabled=false as GNOME's Tweaks writes).
[[nodiscard]] bool isEnabled();

/// Writes (atomically) or removes the entry; false with a sentence in *error that names the file
/// and the reason. Removing an entry that is not there succeeds.
bool setEnabled(bool enabled, QString *error = nullptr);

/// The entry's text: Exec=<program> --minimized, program being "cachelens" when that is what
/// runs, else this binary's absolute path (a build not installed).
[[nodiscard]] QByteArray entryContents(const QString &program);

/// What Exec= starts, as described for entryContents().
[[nodiscard]] QString program();

} // namespace CacheLens::Autostart
