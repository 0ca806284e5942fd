#pragma once

#include "core/report/sizeformat.h"
#include "core/schedule/scanschedule.h"
#include "core/storage/thresholdmonitor.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>

namespace CacheLens
{

/// The user's preferences as one value: read once from QSettings, changed in the Preferences
/// dialog, written back as a whole. One place knows the keys and the defaults, so the window,
/// the tray and the dialog cannot disagree about them.
struct AppSettings {
    enum class Shading { Cushion, Flat };
    /// System keeps the style and palette the desktop gave the application; Light and Dark use
    /// the Fusion style with CacheLens's own palettes.
    enum class ColorScheme { System, Light, Dark };

    // Monitoring
    std::chrono::seconds monitorInterval { 60 }; ///< between two samples of the volumes
    Thresholds thresholds; ///< warning/critical ratios and the ETA limit
    /// The tray's Pause Monitoring: no samples and no alerts, from start-up on, until unticked.
    bool monitoringPaused = false;

    // Desktop integration (they only take effect where a system tray exists)
    bool closeToTray = true; ///< closing the window keeps monitoring in the tray
    bool startMinimized = false; ///< start in the tray (or minimised when there is none)

    // Scheduled scans for reclaimable space in the ML caches (off by default: it reads a lot)
    ScanSchedule scanSchedule;

    // Views
    Shading treemapShading = Shading::Cushion;
    SizeUnits sizeUnits = SizeUnits::Iec; ///< GiB (1024³) or GB (1000³) in the window
    int sunburstRings = 4; ///< rings around the centre, 1..12

    /// A locale name ("zh_CN", "de"); empty follows the system locale.
    QString language;
    ColorScheme colorScheme = ColorScheme::System;

    /// Folders the window's scans skip ("Exclude from Scans"): full paths, raw bytes, matched
    /// as ScanRequest::excludes patterns (a '/' in a pattern matches the full path).
    QList<QByteArray> scanExcludes;

    static constexpr int MinRings = 1;
    static constexpr int MaxRings = 12;

    /// Reads QSettings() (the application's own file); missing or invalid values take their
    /// defaults, out-of-range ones are clamped.
    [[nodiscard]] static AppSettings load();
    /// "system", "light" or "dark" (any case), as stored and as CACHELENS_COLOR_SCHEME takes them.
    [[nodiscard]] static std::optional<ColorScheme> colorSchemeFromId(const QString &id);
    void save() const;

    friend bool operator==(const AppSettings &, const AppSettings &) = default;
};

} // namespace CacheLens
