#pragma once

#include "core/storage/thresholdmonitor.h"
#include "core/storage/usagetrend.h"
#include "core/storage/volume.h"

#include <optional>

namespace CacheLens
{

/// A measured volume with what the history and the thresholds make of it (monitor output).
struct VolumeStatus {
    Volume volume;
    VolumeState state = VolumeState::Ok;
    std::optional<UsageTrend> trend; ///< none until the history holds enough samples
};

} // namespace CacheLens
