#pragma once

#include "core/storage/storageprobe.h"

namespace CacheLens
{

/// Volumes from QStorageInfo, for platforms without a probe of their own (macOS, Windows).
///
/// QStorageInfo measures every volume while it lists them, on the calling thread: call
/// sample() away from the GUI thread. Pseudo file systems are dropped as on Linux.
class GenericStorageProbe final : public StorageProbe
{
public:
    GenericStorageProbe() = default;
    [[nodiscard]] QList<Volume> sample() override;
};

} // namespace CacheLens
