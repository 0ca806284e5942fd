#include "core/settings/appsettings.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// Ratios are stored as percentages: that is what the user types and reads in the file.
double percentSetting(const QSettings &settings, const QString &key, double fallbackRatio)
{
    bool ok = false;
    const double percent = settings.value(key).toDouble(&ok);
    if (!ok || percent <= 0 || percent > 100)
        return fallbackRatio;
    return percent / 100.0;
}

// Every field of the schedule is kept, whichever kind is chosen, so switching back in the dialog
// finds the hours or the time the user had typed.
ScanSchedule loadSchedule(const QSettings &settings)
{
    ScanSchedule schedule;
    const qint64 hours = settings.value(u"schedule/intervalHours"_s, 24).toLongLong();
    schedule.interval = std::chrono::hours(std::clamp<qint64>(hours, ScanSchedule::MinHours, ScanSchedule::MaxHours));
    const QTime at = QTime::fromString(settings.value(u"schedule/dailyAt"_s).toString(), u"HH:mm"_s);
    if (at.isValid())
        schedule.dailyAt = at;
    const QString kind = settings.value(u"schedule/kind"_s).toString();
    schedule.kind = kind == u"every"_s ? ScanSchedule::Kind::Every
        : kind == u"daily"_s           ? ScanSchedule::Kind::Daily
                                       : ScanSchedule::Kind::Off;
    return schedule;
}

QString scheduleKindId(ScanSchedule::Kind kind)
{
    switch (kind) {
    case ScanSchedule::Kind::Every:
        return u"every"_s;
    case ScanSchedule::Kind::Daily:
        return u"daily"_s;
    case ScanSchedule::Kind::Off:
        break;
    }
    return u"off"_s;
}

QString colorSchemeId(AppSettings::ColorScheme scheme)
{
    switch (scheme) {
    case AppSettings::ColorScheme::Light:
        return u"light"_s;
    case AppSettings::ColorScheme::Dark:
        return u"dark"_s;
    case AppSettings::ColorScheme::System:
        break;
    }
    return u"system"_s;
}

} // namespace

std::optional<AppSettings::ColorScheme> AppSettings::colorSchemeFromId(const QString &id)
{
    for (const ColorScheme scheme : { ColorScheme::System, ColorScheme::Light, ColorScheme::Dark }) {
        if (id.compare(colorSchemeId(scheme), Qt::CaseInsensitive) == 0)
            return scheme;
    }
    return std::nullopt;
}

AppSettings AppSettings::load()
{
    const QSettings settings;
    AppSettings result;
    const qint64 interval = settings.value(u"monitor/intervalSeconds"_s, 60).toLongLong();
    result.monitorInterval = std::chrono::seconds(std::clamp<qint64>(interval, 1, 86400));
    result.thresholds.warningRatio
        = percentSetting(settings, u"monitor/warningPercent"_s, result.thresholds.warningRatio);
    result.thresholds.criticalRatio
        = percentSetting(settings, u"monitor/criticalPercent"_s, result.thresholds.criticalRatio);
    if (result.thresholds.criticalRatio < result.thresholds.warningRatio)
        result.thresholds.criticalRatio = result.thresholds.warningRatio;
    const qint64 etaHours = settings.value(u"monitor/etaWarningHours"_s, 24).toLongLong();
    result.thresholds.etaWarningSeconds = std::clamp<qint64>(etaHours, 0, 24 * 365) * 3600;
    result.monitoringPaused = settings.value(u"monitor/paused"_s, result.monitoringPaused).toBool();

    result.closeToTray = settings.value(u"desktop/closeToTray"_s, result.closeToTray).toBool();
    result.startMinimized = settings.value(u"desktop/startMinimized"_s, result.startMinimized).toBool();

    result.scanSchedule = loadSchedule(settings);

    result.treemapShading
        = settings.value(u"view/treemapShading"_s).toString() == u"flat"_s ? Shading::Flat : Shading::Cushion;
    result.sizeUnits = settings.value(u"view/sizeUnits"_s).toString() == u"si"_s ? SizeUnits::Si : SizeUnits::Iec;
    result.sunburstRings
        = std::clamp(settings.value(u"view/sunburstRings"_s, result.sunburstRings).toInt(), MinRings, MaxRings);

    // Not "general/…": QSettings files the group "general" as the INI file's [General] section and
    // reads it back as "General/…", so such a value would be lost on the next start.
    result.language = settings.value(u"ui/language"_s).toString();
    result.colorScheme
        = colorSchemeFromId(settings.value(u"ui/colorScheme"_s).toString()).value_or(ColorScheme::System);
    result.scanExcludes = settings.value(u"scan/excludes"_s).value<QByteArrayList>();
    result.scanExcludes.removeAll(QByteArray());
    return result;
}

void AppSettings::save() const
{
    QSettings settings;
    settings.setValue(u"monitor/intervalSeconds"_s, qint64(monitorInterval.count()));
    settings.setValue(u"monitor/warningPercent"_s, thresholds.warningRatio * 100.0);
    settings.setValue(u"monitor/criticalPercent"_s, thresholds.criticalRatio * 100.0);
    settings.setValue(u"monitor/etaWarningHours"_s, qint64(thresholds.etaWarningSeconds / 3600));
    settings.setValue(u"monitor/paused"_s, monitoringPaused);
    settings.setValue(u"desktop/closeToTray"_s, closeToTray);
    settings.setValue(u"desktop/startMinimized"_s, startMinimized);
    settings.setValue(u"schedule/kind"_s, scheduleKindId(scanSchedule.kind));
    settings.setValue(u"schedule/intervalHours"_s,
        qint64(std::chrono::duration_cast<std::chrono::hours>(scanSchedule.interval).count()));
    settings.setValue(u"schedule/dailyAt"_s, scanSchedule.dailyAt.toString(u"HH:mm"_s));
    settings.setValue(u"view/treemapShading"_s, treemapShading == Shading::Flat ? u"flat"_s : u"cushion"_s);
    settings.setValue(u"view/sunburstRings"_s, sunburstRings);
    settings.setValue(u"view/sizeUnits"_s, sizeUnits == SizeUnits::Si ? u"si"_s : u"iec"_s);
    settings.setValue(u"ui/language"_s, language);
    settings.setValue(u"ui/colorScheme"_s, colorSchemeId(colorScheme));
    settings.setValue(u"scan/excludes"_s, QVariant::fromValue(QByteArrayList(scanExcludes)));
}

} // namespace CacheLens
