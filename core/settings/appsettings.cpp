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

} // namespace

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

    result.closeToTray = settings.value(u"desktop/closeToTray"_s, result.closeToTray).toBool();
    result.startMinimized = settings.value(u"desktop/startMinimized"_s, result.startMinimized).toBool();

    result.treemapShading
        = settings.value(u"view/treemapShading"_s).toString() == u"flat"_s ? Shading::Flat : Shading::Cushion;
    result.sizeUnits = settings.value(u"view/sizeUnits"_s).toString() == u"si"_s ? SizeUnits::Si : SizeUnits::Iec;
    result.sunburstRings
        = std::clamp(settings.value(u"view/sunburstRings"_s, result.sunburstRings).toInt(), MinRings, MaxRings);

    // Not "general/…": QSettings files the group "general" as the INI file's [General] section and
    // reads it back as "General/…", so such a value would be lost on the next start.
    result.language = settings.value(u"ui/language"_s).toString();
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
    settings.setValue(u"desktop/closeToTray"_s, closeToTray);
    settings.setValue(u"desktop/startMinimized"_s, startMinimized);
    settings.setValue(u"view/treemapShading"_s, treemapShading == Shading::Flat ? u"flat"_s : u"cushion"_s);
    settings.setValue(u"view/sunburstRings"_s, sunburstRings);
    settings.setValue(u"view/sizeUnits"_s, sizeUnits == SizeUnits::Si ? u"si"_s : u"iec"_s);
    settings.setValue(u"ui/language"_s, language);
    settings.setValue(u"scan/excludes"_s, QVariant::fromValue(QByteArrayList(scanExcludes)));
}

} // namespace CacheLens
