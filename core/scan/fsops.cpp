#include "core/scan/fsops.h"

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

#if defined(__linux__)
#include <sys/syscall.h>
#endif

namespace CacheLens
{

int FsOps::openDirectory(int dirFd, const char *name, bool followSymlink)
{
    int flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC;
    if (!followSymlink)
        flags |= O_NOFOLLOW;
    const int fd = ::openat(dirFd, name, flags);
    return fd >= 0 ? fd : -errno;
}

namespace
{

// POSIX: readdir() on a duplicate of the descriptor (closedir() closes the one it was given).
int readDirectory(int fd, FsOps::Listing &listing)
{
    listing.clear();
    const int own = ::dup(fd);
    if (own < 0)
        return -errno;
    DIR *dir = ::fdopendir(own);
    if (!dir) {
        const int error = errno;
        ::close(own);
        return -error;
    }
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        listing.offsets.push_back(static_cast<std::uint32_t>(listing.names.size()));
        listing.names.append(name, std::strlen(name) + 1);
    }
    const int error = errno;
    ::closedir(dir);
    return -error;
}

/// The portable implementation, also built on Linux so the tests can hold it to the same results.
class PortableFsOps final : public FsOps
{
public:
    int list(int fd, Listing &listing) override
    {
        return readDirectory(fd, listing);
    }
};

#if defined(__linux__)
struct LinuxDirent64 {
    ino64_t d_ino;
    off64_t d_off;
    unsigned short d_reclen;
    unsigned char d_type;
    char d_name[1]; // really NUL-terminated, d_reclen bounds it
};
#endif

} // namespace

#if defined(__linux__)
// getdents64 straight into a large buffer: one system call per ~1 000 entries and no DIR*
// allocation, which matters at millions of directories.
int FsOps::list(int fd, Listing &listing)
{
    listing.clear();
    alignas(8) static thread_local char buffer[64 * 1024];
    for (;;) {
        const long n = ::syscall(SYS_getdents64, fd, buffer, sizeof buffer);
        if (n < 0)
            return -errno;
        if (n == 0)
            return 0;
        for (long pos = 0; pos < n;) {
            const auto *entry = reinterpret_cast<const LinuxDirent64 *>(buffer + pos);
            pos += entry->d_reclen;
            const char *name = entry->d_name;
            if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
                continue;
            listing.offsets.push_back(static_cast<std::uint32_t>(listing.names.size()));
            listing.names.append(name, std::strlen(name) + 1);
        }
    }
}
#else
int FsOps::list(int fd, Listing &listing)
{
    return readDirectory(fd, listing);
}
#endif

int FsOps::statAt(int dirFd, const char *name, struct stat &st)
{
    return ::fstatat(dirFd, name, &st, AT_SYMLINK_NOFOLLOW) == 0 ? 0 : -errno;
}

void FsOps::close(int fd)
{
    ::close(fd);
}

std::shared_ptr<FsOps> FsOps::system()
{
    static const auto instance = std::make_shared<FsOps>();
    return instance;
}

std::shared_ptr<FsOps> FsOps::portable()
{
    static const std::shared_ptr<FsOps> instance = std::make_shared<PortableFsOps>();
    return instance;
}

} // namespace CacheLens
