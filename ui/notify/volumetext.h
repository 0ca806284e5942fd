#pragma once

#include "core/storage/thresholdmonitor.h"
#include "core/storage/volumestatus.h"
#include "ui/notify/notifier.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace CacheLens
{

/// The words the tray, the notifications and the banner use for a volume's state, so the
/// three say the same thing the same way.
class VolumeText final
{
    Q_DECLARE_TR_FUNCTIONS(VolumeText)

public:
    /// "40 min", "5 h", "3 d": a rough time, as a full-disk forecast deserves.
    [[nodiscard]] static QString duration(std::int64_t seconds);
    /// "91%": df's rounding (up), as the Disk view and `cachelens monitor` show it.
    [[nodiscard]] static QString percent(double usedRatio);
    /// "/ — 91% used, full in ~5 h" (the ETA only while the volume grows).
    [[nodiscard]] static QString summary(const VolumeStatus &status);
    /// The status to speak for all of them: the worst state, and among equals the fullest.
    /// Volumes that could not be measured are left out; none when nothing was measured.
    [[nodiscard]] static std::optional<VolumeStatus> worst(const QList<VolumeStatus> &statuses);
    /// "/data is 96% full — full in about 3 h", critical for a critical volume, action "disk".
    [[nodiscard]] static Notification alertNotification(const VolumeAlert &alert);
    /// The same words for a volume that is in warning or critical now (the ETA from its trend).
    [[nodiscard]] static Notification alertNotification(const VolumeStatus &status);
};

} // namespace CacheLens
