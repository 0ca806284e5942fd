#include "core/storage/storageprobe.h"

#include "core/storage/genericstorageprobe.h"
#include "core/storage/linuxstorageprobe.h"

namespace CacheLens
{

std::unique_ptr<StorageProbe> makeSystemStorageProbe()
{
#if defined(Q_OS_LINUX)
    return std::make_unique<LinuxStorageProbe>();
#else
    return std::make_unique<GenericStorageProbe>();
#endif
}

} // namespace CacheLens
