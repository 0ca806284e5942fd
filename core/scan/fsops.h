#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace CacheLens
{

/// The system calls the scanner makes, behind one seam: the default implementation calls the
/// OS (openat/getdents64/fstatat on Linux, openat/readdir/fstatat elsewhere on POSIX), and
/// tests substitute one that injects errors (EACCES as root, a vanishing file, EMFILE).
/// Every call is relative to a directory descriptor and never follows symlinks.
class FsOps
{
public:
    virtual ~FsOps() = default;

    /// Names in a directory, packed for speed: each name is NUL-terminated in `names`.
    struct Listing {
        std::string names;
        std::vector<std::uint32_t> offsets; ///< start of each name in `names`
        void clear()
        {
            names.clear();
            offsets.clear();
        }
    };

    /// Opens the directory name below dirFd (AT_FDCWD with an absolute or relative path for
    /// roots), without following a final symlink. Returns a descriptor or -errno.
    [[nodiscard]] virtual int openDirectory(int dirFd, const char *name, bool followSymlink);
    /// Lists fd's entries except "." and "..". Returns 0 or -errno.
    [[nodiscard]] virtual int list(int fd, Listing &listing);
    /// lstat relative to dirFd. Returns 0 or -errno.
    [[nodiscard]] virtual int statAt(int dirFd, const char *name, struct stat &st);
    virtual void close(int fd);

    /// The process-wide default (real system calls).
    [[nodiscard]] static std::shared_ptr<FsOps> system();
    /// POSIX calls only (readdir in place of getdents64): what other systems run, available on
    /// Linux too so tests can compare the two.
    [[nodiscard]] static std::shared_ptr<FsOps> portable();
};

} // namespace CacheLens
