#include "core/cleanup/treewalk.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(TreeWalk)
};

struct Frame {
    QByteArray name; // in its parent
    QByteArray relativePath;
    struct stat st {
    };
    std::vector<QByteArray> children;
    std::size_t next = 0;
    int depth = 0;
};

// Every name in the folder, read at once: the walk then holds one descriptor, not one per level.
int listNames(int fd, std::vector<QByteArray> &names)
{
    const int own = ::dup(fd); // closedir() closes its descriptor; the caller keeps fd
    if (own < 0)
        return errno;
    DIR *dir = ::fdopendir(own);
    if (!dir) {
        const int error = errno;
        ::close(own);
        return error;
    }
    errno = 0;
    while (const dirent *entry = ::readdir(dir)) {
        const char *name = entry->d_name;
        if (name[0] == '.' && (name[1] == '\0' || (name[1] == '.' && name[2] == '\0')))
            continue;
        names.emplace_back(name);
    }
    const int error = errno;
    ::closedir(dir);
    return error;
}

bool sameInode(const struct stat &a, const struct stat &b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

bool fail(QString *error, const QString &text)
{
    if (error)
        *error = text;
    return false;
}

} // namespace

UniqueFd::~UniqueFd()
{
    reset();
}

UniqueFd &UniqueFd::operator=(UniqueFd &&other) noexcept
{
    if (this != &other)
        reset(other.release());
    return *this;
}

void UniqueFd::reset(int fd) noexcept
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = fd;
}

int openDirectoryNoFollow(int dirFd, const char *name)
{
    return ::openat(dirFd, name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC);
}

QString errorText(int errorNumber)
{
    return QString::fromLocal8Bit(std::strerror(errorNumber));
}

bool walkTree(int parentFd, QByteArrayView name, TreeVisitor &visitor, QString *error)
{
    const QByteArray topName = name.toByteArray();
    WalkEntry top;
    top.parentFd = parentFd;
    top.name = topName;
    if (::fstatat(parentFd, topName.constData(), &top.st, AT_SYMLINK_NOFOLLOW) != 0)
        return fail(error, errorText(errno));
    const WalkAction topAction = visitor.enter(top);
    if (topAction != WalkAction::Continue || !S_ISDIR(top.st.st_mode))
        return true;

    UniqueFd fd(openDirectoryNoFollow(parentFd, topName.constData()));
    if (!fd.isValid())
        return fail(error, errorText(errno));
    struct stat opened {
    };
    if (::fstat(fd.get(), &opened) != 0 || !sameInode(opened, top.st))
        return fail(error, Tr::tr("the folder was replaced while it was being read"));

    std::vector<Frame> stack;
    stack.push_back(Frame { topName, {}, top.st, {}, 0, 0 });
    if (const int listed = listNames(fd.get(), stack.back().children))
        visitor.failed({}, listed);

    while (!stack.empty()) {
        Frame &frame = stack.back();
        if (frame.next < frame.children.size()) {
            const QByteArray child = frame.children[frame.next++];
            WalkEntry entry;
            entry.relativePath = frame.relativePath.isEmpty() ? child : frame.relativePath + '/' + child;
            entry.parentFd = fd.get();
            entry.name = child;
            entry.depth = frame.depth + 1;
            if (::fstatat(fd.get(), child.constData(), &entry.st, AT_SYMLINK_NOFOLLOW) != 0) {
                visitor.failed(entry.relativePath, errno);
                continue;
            }
            entry.otherFileSystem = entry.st.st_dev != top.st.st_dev;
            const WalkAction action = visitor.enter(entry);
            if (action == WalkAction::Stop)
                return true;
            if (action == WalkAction::SkipChildren || !S_ISDIR(entry.st.st_mode) || entry.otherFileSystem)
                continue;
            const int childFd = openDirectoryNoFollow(fd.get(), child.constData());
            if (childFd < 0) {
                visitor.failed(entry.relativePath, errno);
                continue;
            }
            if (::fstat(childFd, &opened) != 0 || !sameInode(opened, entry.st)) {
                ::close(childFd);
                visitor.failed(entry.relativePath, ESTALE);
                continue;
            }
            Frame next { child, entry.relativePath, entry.st, {}, 0, entry.depth };
            if (const int listed = listNames(childFd, next.children))
                visitor.failed(entry.relativePath, listed);
            fd.reset(childFd);
            stack.push_back(std::move(next)); // invalidates frame
            continue;
        }

        const Frame done = std::move(frame);
        stack.pop_back();
        if (stack.empty()) {
            fd.reset();
            top.parentFd = parentFd;
            visitor.leave(top);
            return true;
        }
        const int up = ::openat(fd.get(), "..", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
        if (up < 0)
            return fail(error, errorText(errno));
        fd.reset(up);
        if (::fstat(fd.get(), &opened) != 0 || !sameInode(opened, stack.back().st))
            return fail(error, Tr::tr("a folder was moved while it was being read; stopped there"));
        WalkEntry entry;
        entry.relativePath = done.relativePath;
        entry.parentFd = fd.get();
        entry.name = done.name;
        entry.st = done.st;
        entry.depth = done.depth;
        visitor.leave(entry);
    }
    return true;
}

} // namespace CacheLens
