#include "core/cleanup/removetree.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace CacheLens
{
namespace
{

constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;

/// A folder the walk went down into: its name in its parent and who it was.
struct Level {
    std::string name;
    dev_t device;
    ino_t inode;
};

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

/// Where the walk is, for messages: short enough to read even 5 000 levels down.
QString describe(const std::vector<Level> &stack, const std::string &leaf)
{
    std::vector<const std::string *> parts;
    for (const Level &level : stack)
        parts.push_back(&level.name);
    if (!leaf.empty())
        parts.push_back(&leaf);
    QByteArray text;
    constexpr std::size_t Shown = 3;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (parts.size() > Shown + 2 && i > 0 && i < parts.size() - Shown) {
            if (i == 1)
                text += "/\u2026"; // "…": the middle of a very deep path says nothing
            continue;
        }
        if (i > 0)
            text += '/';
        text += QByteArrayView(*parts[i]);
    }
    return QString::fromUtf8(text);
}

bool fail(QString *error, const QString &where, int errnum)
{
    if (error)
        *error = QCoreApplication::translate("RemoveTree", "Could not remove \u201c%1\u201d: %2")
                     .arg(where, errnoText(errnum));
    return false;
}

bool failMessage(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Unlinks every entry of fd that is not a folder and reports the first folder left, if any.
/// Returns false (with *failedName and *failedErrno) at the first entry it cannot remove.
bool unlinkFilesFindSubdir(int fd, std::string *subdir, std::string *failedName, int *failedErrno)
{
    subdir->clear();
    const int listFd = ::dup(fd);
    DIR *dir = listFd >= 0 ? ::fdopendir(listFd) : nullptr;
    if (!dir) {
        *failedErrno = errno;
        if (listFd >= 0)
            ::close(listFd);
        return false;
    }
    ::rewinddir(dir); // the duplicate shares its offset with fd: start from the top
    bool ok = true;
    for (;;) {
        errno = 0;
        const dirent *entry = ::readdir(dir);
        if (!entry) {
            if (errno != 0) {
                *failedErrno = errno;
                ok = false;
            }
            break;
        }
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        bool isDir = entry->d_type == DT_DIR;
        if (entry->d_type == DT_UNKNOWN) {
            struct stat st {
            };
            if (::fstatat(fd, name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                if (errno == ENOENT)
                    continue; // someone else removed it: that is what we wanted
                *failedName = name;
                *failedErrno = errno;
                ok = false;
                break;
            }
            isDir = S_ISDIR(st.st_mode);
        }
        if (isDir) {
            if (subdir->empty())
                *subdir = name;
            continue;
        }
        if (::unlinkat(fd, name, 0) != 0 && errno != ENOENT) {
            // EISDIR: a folder replaced the file since readdir; the next pass finds it as one.
            if (errno == EISDIR && subdir->empty()) {
                *subdir = name;
                continue;
            }
            *failedName = name;
            *failedErrno = errno;
            ok = false;
            break;
        }
    }
    ::closedir(dir);
    return ok;
}

} // namespace

bool removeTreeAt(int parentFd, QByteArrayView name, QString *error)
{
    const std::string top(name.data(), static_cast<std::size_t>(name.size()));
    if (top.empty() || top == "." || top == ".." || top.find('/') != std::string::npos)
        return failMessage(error,
            QCoreApplication::translate("RemoveTree", "\u201c%1\u201d is not a name inside a folder.")
                .arg(QString::fromUtf8(name)));

    struct stat parentSt {
    };
    struct stat st {
    };
    if (::fstat(parentFd, &parentSt) != 0)
        return fail(error, QString::fromUtf8(name), errno);
    if (::fstatat(parentFd, top.c_str(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return fail(error, QString::fromUtf8(name), errno);
    if (!S_ISDIR(st.st_mode))
        return ::unlinkat(parentFd, top.c_str(), 0) == 0 || fail(error, QString::fromUtf8(name), errno);
    // A mount point: emptying it would delete another file system's contents.
    if (st.st_dev != parentSt.st_dev)
        return failMessage(error,
            QCoreApplication::translate("RemoveTree", "\u201c%1\u201d is a mount point; it is not removed.")
                .arg(QString::fromUtf8(name)));

    int fd = ::openat(parentFd, top.c_str(), DirFlags);
    if (fd < 0)
        return fail(error, QString::fromUtf8(name), errno);
    struct stat opened {
    };
    if (::fstat(fd, &opened) != 0 || opened.st_dev != st.st_dev || opened.st_ino != st.st_ino) {
        ::close(fd);
        return failMessage(error,
            QCoreApplication::translate("RemoveTree", "\u201c%1\u201d was replaced while it was being removed.")
                .arg(QString::fromUtf8(name)));
    }

    // Depth first, one directory descriptor at a time: go down by name into the first folder
    // left, come back up through ".." once a folder is empty.
    std::vector<Level> stack { Level { top, st.st_dev, st.st_ino } };
    for (;;) {
        std::string subdir;
        std::string failedName;
        int failedErrno = 0;
        if (!unlinkFilesFindSubdir(fd, &subdir, &failedName, &failedErrno)) {
            ::close(fd);
            return fail(error, describe(stack, failedName), failedErrno);
        }
        if (!subdir.empty()) {
            const int child = ::openat(fd, subdir.c_str(), DirFlags);
            if (child < 0) {
                const int openErrno = errno;
                if (openErrno == ENOENT)
                    continue; // vanished between readdir and openat: list again
                ::close(fd);
                return fail(error, describe(stack, subdir), openErrno);
            }
            struct stat childSt {
            };
            if (::fstat(child, &childSt) != 0) {
                const int statErrno = errno;
                ::close(child);
                ::close(fd);
                return fail(error, describe(stack, subdir), statErrno);
            }
            if (childSt.st_dev != stack.back().device) {
                ::close(child);
                ::close(fd);
                return failMessage(error,
                    QCoreApplication::translate("RemoveTree", "\u201c%1\u201d is a mount point; it is not removed.")
                        .arg(describe(stack, subdir)));
            }
            ::close(fd);
            fd = child;
            stack.push_back(Level { std::move(subdir), childSt.st_dev, childSt.st_ino });
            continue;
        }

        // fd is empty: climb to its parent and remove it there.
        const Level done = std::move(stack.back());
        stack.pop_back();
        int parent = parentFd;
        if (!stack.empty()) {
            parent = ::openat(fd, "..", DirFlags);
            const int openErrno = errno;
            ::close(fd);
            fd = -1;
            if (parent < 0)
                return fail(error, describe(stack, {}), openErrno);
            struct stat parentNow {
            };
            if (::fstat(parent, &parentNow) != 0 || parentNow.st_dev != stack.back().device
                || parentNow.st_ino != stack.back().inode) {
                ::close(parent);
                return failMessage(error,
                    QCoreApplication::translate(
                        "RemoveTree", "\u201c%1\u201d was moved while it was being removed; stopped there.")
                        .arg(describe(stack, {})));
            }
        } else {
            ::close(fd);
            fd = -1;
        }
        // The name must still be the folder we emptied, not something renamed into its place.
        struct stat doneNow {
        };
        const bool same = ::fstatat(parent, done.name.c_str(), &doneNow, AT_SYMLINK_NOFOLLOW) == 0
            && doneNow.st_dev == done.device && doneNow.st_ino == done.inode;
        const int removeErrno = !same ? ESTALE : ::unlinkat(parent, done.name.c_str(), AT_REMOVEDIR) == 0 ? 0 : errno;
        if (removeErrno != 0) {
            if (parent != parentFd)
                ::close(parent);
            return fail(error, describe(stack, done.name), removeErrno);
        }
        if (stack.empty())
            return true;
        fd = parent;
    }
}

} // namespace CacheLens
