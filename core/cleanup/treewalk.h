#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <sys/stat.h>

namespace CacheLens
{

/// One entry met by walkTree().
struct WalkEntry {
    QByteArray relativePath; ///< below the walk's top, '/'-separated; empty for the top itself
    int parentFd = -1; ///< the open folder holding the entry (valid during the callback only)
    QByteArrayView name; ///< the entry's name inside parentFd
    struct stat st {
    }; ///< lstat() of the entry: symlinks are never followed
    int depth = 0; ///< 0 for the top
    /// On another file system than the top (a mount point): walkTree() never enters it.
    bool otherFileSystem = false;
};

/// What walkTree() does after enter().
enum class WalkAction { Continue, SkipChildren, Stop };

/// Receives the entries of a walk: enter() before a folder's children, leave() after them,
/// with parentFd still open so the folder itself can be acted on (unlinkat, renameat).
class TreeVisitor
{
public:
    virtual ~TreeVisitor() = default;
    virtual WalkAction enter(const WalkEntry &entry) = 0;
    virtual void leave(const WalkEntry &entry)
    {
        Q_UNUSED(entry);
    }
    /// An entry that could not be read (errno): the walk goes on without it.
    virtual void failed(const QByteArray &relativePath, int errorNumber)
    {
        Q_UNUSED(relativePath);
        Q_UNUSED(errorNumber);
    }
};

/// Walks `name` inside the open folder parentFd, depth first, without following any symlink
/// and with one descriptor of its own at a time, so trees far deeper than PATH_MAX work.
///
/// It goes down with openat(O_NOFOLLOW) and back up with openat(".."), checking that ".." is
/// the folder it came from (same device and inode): if a folder was moved while being walked,
/// the walk stops with an error rather than act on a different place. It never enters a folder
/// on another file system than the top's: a cleanup must not reach into a mount below an item
/// (TreeVisitor::enter() still sees the mount point, flagged). Returns false with
/// *error when the top could not be read or the walk had to stop; entries below that could
/// not be read go to TreeVisitor::failed().
bool walkTree(int parentFd, QByteArrayView name, TreeVisitor &visitor, QString *error = nullptr);

/// A descriptor closed when it goes out of scope.
class UniqueFd final
{
public:
    UniqueFd() = default;
    explicit UniqueFd(int fd) noexcept
        : m_fd(fd)
    {
    }
    ~UniqueFd();
    UniqueFd(UniqueFd &&other) noexcept
        : m_fd(other.release())
    {
    }
    UniqueFd &operator=(UniqueFd &&other) noexcept;
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;

    [[nodiscard]] int get() const noexcept
    {
        return m_fd;
    }
    [[nodiscard]] bool isValid() const noexcept
    {
        return m_fd >= 0;
    }
    int release() noexcept
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void reset(int fd = -1) noexcept;

private:
    int m_fd = -1;
};

/// Opens a folder below dirFd without following a symlink in its last component.
[[nodiscard]] int openDirectoryNoFollow(int dirFd, const char *name);

/// strerror() as a translated-ready QString.
[[nodiscard]] QString errorText(int errorNumber);

} // namespace CacheLens
