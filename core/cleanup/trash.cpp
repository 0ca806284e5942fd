#include "core/cleanup/trash.h"

#include "core/cleanup/removetree.h"
#include "core/logging.h"

#include <QCoreApplication>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

constexpr int DirFlags = O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC;
constexpr QByteArrayView InfoSuffix = ".trashinfo";
constexpr qsizetype MaxInfoBytes = 1 << 20; // a Path= of a tree far past PATH_MAX, encoded, fits

/// Closes its descriptor when it goes out of scope.
class UniqueFd final
{
public:
    explicit UniqueFd(int fd = -1)
        : m_fd(fd)
    {
    }
    ~UniqueFd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    UniqueFd(const UniqueFd &) = delete;
    UniqueFd &operator=(const UniqueFd &) = delete;

    [[nodiscard]] int get() const
    {
        return m_fd;
    }
    [[nodiscard]] bool isValid() const
    {
        return m_fd >= 0;
    }

private:
    int m_fd;
};

QString display(QByteArrayView path)
{
    return QString::fromUtf8(path); // invalid bytes show as U+FFFD; the bytes themselves stay raw
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

QByteArray withoutTrailingSlashes(QByteArray path)
{
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    return path;
}

QByteArray dirName(const QByteArray &path)
{
    const qsizetype slash = path.lastIndexOf('/');
    if (slash < 0)
        return "."_ba;
    return slash == 0 ? "/"_ba : path.left(slash);
}

QByteArray baseName(const QByteArray &path)
{
    return path.mid(path.lastIndexOf('/') + 1);
}

QByteArray joined(const QByteArray &dir, const QByteArray &name)
{
    QByteArray path = dir;
    if (!path.endsWith('/'))
        path += '/';
    return path + name;
}

bool isPlainName(QByteArrayView name)
{
    return !name.isEmpty() && name != "." && name != ".." && !name.contains('/') && !name.contains('\0');
}

/// Absolute, and no empty, "." or ".." component: the only shape a restore may write to.
bool isCleanAbsolutePath(const QByteArray &path)
{
    if (!path.startsWith('/') || path.size() < 2 || path.contains('\0'))
        return false;
    for (const QByteArray &part : path.mid(1).split('/'))
        if (part.isEmpty() || part == "." || part == "..")
            return false;
    return true;
}

/// renameat() that refuses to replace an existing target (renameat2 RENAME_NOREPLACE where the
/// file system supports it; a check-then-rename elsewhere, which the O_EXCL .trashinfo guards).
int renameNoReplace(int fromFd, const char *from, int toFd, const char *to)
{
#if defined(RENAME_NOREPLACE)
    if (::renameat2(fromFd, from, toFd, to, RENAME_NOREPLACE) == 0)
        return 0;
    if (errno != EINVAL && errno != ENOSYS)
        return -1;
#endif
    struct stat st {
    };
    if (::fstatat(toFd, to, &st, AT_SYMLINK_NOFOLLOW) == 0) {
        errno = EEXIST;
        return -1;
    }
    if (errno != ENOENT)
        return -1;
    return ::renameat(fromFd, from, toFd, to);
}

bool writeAll(int fd, const QByteArray &data)
{
    qsizetype done = 0;
    while (done < data.size()) {
        const ssize_t n = ::write(fd, data.constData() + done, static_cast<size_t>(data.size() - done));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0) {
            if (n == 0)
                errno = EIO;
            return false;
        }
        done += n;
    }
    return true;
}

/// A directory we own (created with mode if missing): a real directory, not a symlink, owned
/// by uid. Someone else's folder or a link planted there must never receive our files.
bool ensureOwnedDirectory(const QByteArray &path, mode_t mode, uid_t uid, QString *error)
{
    if (::mkdir(path.constData(), mode) != 0 && errno != EEXIST)
        return setError(error,
            QCoreApplication::translate("Trash", "Could not create the trash folder %1: %2")
                .arg(display(path), errnoText(errno)));
    struct stat st {
    };
    if (::lstat(path.constData(), &st) != 0)
        return setError(error,
            QCoreApplication::translate("Trash", "Could not read the trash folder %1: %2")
                .arg(display(path), errnoText(errno)));
    if (!S_ISDIR(st.st_mode))
        return setError(error,
            QCoreApplication::translate("Trash", "%1 is not a folder, so it cannot be used as a trash.")
                .arg(display(path)));
    if (st.st_uid != uid)
        return setError(error,
            QCoreApplication::translate("Trash", "%1 belongs to another user, so it is not used as a trash.")
                .arg(display(path)));
    return true;
}

/// files/ and info/ inside a trash directory.
bool ensureTrashSubdirectories(const QByteArray &trashPath, uid_t uid, QString *error)
{
    return ensureOwnedDirectory(trashPath + "/files", 0700, uid, error)
        && ensureOwnedDirectory(trashPath + "/info", 0700, uid, error);
}

/// The device the path is on, or would be on if created: that of its nearest existing ancestor.
bool deviceOfNearestExisting(QByteArray path, dev_t *device)
{
    for (;;) {
        struct stat st {
        };
        if (::stat(path.constData(), &st) == 0) {
            *device = st.st_dev;
            return true;
        }
        if (errno != ENOENT || path == "/" || !path.startsWith('/'))
            return false;
        path = dirName(path);
    }
}

/// Creates the home trash (and any missing parents, mode 0700 as the XDG spec asks).
bool ensureHomeTrash(const QByteArray &trashPath, QString *error)
{
    QByteArray sofar;
    for (const QByteArray &part : trashPath.split('/')) {
        if (part.isEmpty())
            continue;
        sofar += '/' + part;
        if (::mkdir(sofar.constData(), 0700) != 0 && errno != EEXIST)
            return setError(error,
                QCoreApplication::translate("Trash", "Could not create the trash folder %1: %2")
                    .arg(display(sofar), errnoText(errno)));
    }
    struct stat st {
    };
    // The home trash itself may be a symlink (users move it); everything inside must not be.
    if (::stat(trashPath.constData(), &st) != 0 || !S_ISDIR(st.st_mode))
        return setError(error,
            QCoreApplication::translate("Trash", "%1 is not a folder, so it cannot be used as a trash.")
                .arg(display(trashPath)));
    return ensureTrashSubdirectories(trashPath, ::geteuid(), error);
}

/// Where relative Path= values in a trash are anchored: the volume's top directory for
/// $topdir/.Trash/$uid and $topdir/.Trash-$uid, the folder holding it for the home trash.
QByteArray anchorOf(const QByteArray &trashPath)
{
    const QByteArray parent = dirName(trashPath);
    return baseName(parent) == ".Trash" ? dirName(parent) : parent;
}

/// Splits an entry into its trash directory and item name, insisting on the layout the
/// specification defines, and checks that its .trashinfo still names the same original.
bool checkEntry(const TrashEntry &entry, QByteArray *trashPath, QByteArray *name, QString *error)
{
    const QByteArray infoName = baseName(entry.infoPath);
    const QByteArray infoDir = dirName(entry.infoPath);
    *trashPath = dirName(infoDir);
    *name = infoName.chopped(infoName.endsWith(InfoSuffix) ? InfoSuffix.size() : 0);
    if (!entry.infoPath.startsWith('/') || !infoName.endsWith(InfoSuffix) || !isPlainName(*name)
        || baseName(infoDir) != "info" || entry.filesPath != joined(*trashPath, QByteArray("files/" + *name)))
        return setError(error,
            QCoreApplication::translate(
                "Trash", "%1 and %2 are not an item and its information file in one trash; nothing was changed.")
                .arg(display(entry.filesPath), display(entry.infoPath)));
    struct stat st {
    };
    if (::lstat(entry.infoPath.constData(), &st) != 0)
        return setError(error,
            QCoreApplication::translate("Trash", "%1 is no longer in the trash (%2: %3).")
                .arg(display(entry.originalPath), display(entry.infoPath), errnoText(errno)));
    const std::optional<TrashEntry> stored = Trash::readInfo(entry.infoPath, *trashPath);
    if (!stored)
        return setError(error,
            QCoreApplication::translate("Trash", "The trash information file %1 is damaged; nothing was changed.")
                .arg(display(entry.infoPath)));
    if (stored->originalPath != entry.originalPath)
        return setError(error,
            QCoreApplication::translate(
                "Trash", "The trash entry %1 now belongs to %2, not to %3; nothing was changed.")
                .arg(display(entry.infoPath), display(stored->originalPath), display(entry.originalPath)));
    return true;
}

QString formatDate(const QDateTime &when)
{
    return when.toString(u"yyyy-MM-dd'T'HH:mm:ss"_s);
}

} // namespace

QByteArray TrashEntry::trashPath() const
{
    return dirName(dirName(infoPath));
}

QByteArray percentEncodePath(QByteArrayView path)
{
    static constexpr char Hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(path.size());
    for (const char c : path) {
        const auto byte = static_cast<unsigned char>(c);
        const bool unreserved = (byte >= 'a' && byte <= 'z') || (byte >= 'A' && byte <= 'Z')
            || (byte >= '0' && byte <= '9') || std::strchr("-_.!~*'()/", c) != nullptr;
        if (unreserved && byte != 0) {
            out += c;
        } else {
            out += '%';
            out += Hex[byte >> 4];
            out += Hex[byte & 0xF];
        }
    }
    return out;
}

std::optional<QByteArray> percentDecodePath(QByteArrayView encoded)
{
    const auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    QByteArray out;
    out.reserve(encoded.size());
    for (qsizetype i = 0; i < encoded.size(); ++i) {
        if (encoded[i] != '%') {
            out += encoded[i];
            continue;
        }
        if (i + 2 >= encoded.size())
            return std::nullopt;
        const int high = hexValue(encoded[i + 1]);
        const int low = hexValue(encoded[i + 2]);
        if (high < 0 || low < 0 || (high == 0 && low == 0))
            return std::nullopt;
        out += static_cast<char>(high * 16 + low);
        i += 2;
    }
    return out;
}

QByteArray Trash::homeTrashPath()
{
    QByteArray base = qgetenv("XDG_DATA_HOME");
    // The XDG spec: a relative value is invalid and must be ignored.
    if (base.isEmpty() || !base.startsWith('/')) {
        QByteArray home = qgetenv("HOME");
        if (home.isEmpty()) {
            if (const passwd *user = ::getpwuid(::getuid()))
                home = user->pw_dir;
        }
        base = withoutTrailingSlashes(home) + "/.local/share";
    }
    return joined(withoutTrailingSlashes(base), "Trash");
}

QByteArray Trash::topDirectory(int dirFd, const QByteArray &dirPath, QString *error)
{
    struct stat fdSt {
    };
    struct stat pathSt {
    };
    const QByteArray path = withoutTrailingSlashes(dirPath);
    if (::fstat(dirFd, &fdSt) != 0) {
        setError(error,
            QCoreApplication::translate("Trash", "Could not read the folder %1: %2")
                .arg(display(path), errnoText(errno)));
        return {};
    }
    if (!path.startsWith('/') || ::stat(path.constData(), &pathSt) != 0 || pathSt.st_dev != fdSt.st_dev
        || pathSt.st_ino != fdSt.st_ino) {
        setError(error,
            QCoreApplication::translate(
                "Trash", "The path %1 does not lead to the folder being cleaned; nothing was moved.")
                .arg(display(path)));
        return {};
    }
    QByteArray top = path;
    while (top != "/") {
        const QByteArray up = dirName(top);
        struct stat upSt {
        };
        if (::stat(up.constData(), &upSt) != 0 || upSt.st_dev != fdSt.st_dev)
            break;
        top = up;
    }
    return top;
}

QByteArray Trash::volumeTrashPath(const QByteArray &topdir, uid_t uid, QString *error)
{
    const QByteArray uidText = QByteArray::number(static_cast<qulonglong>(uid));
    const QByteArray shared = joined(topdir, ".Trash");
    struct stat st {
    };
    // An administrator-provided $topdir/.Trash is trusted only with the sticky bit (so users
    // cannot remove each other's folders) and only if it is not a symlink (it could lead anywhere).
    if (::lstat(shared.constData(), &st) == 0 && S_ISDIR(st.st_mode) && (st.st_mode & S_ISVTX)) {
        const QByteArray mine = shared + '/' + uidText;
        QString why;
        if (ensureOwnedDirectory(mine, 0700, uid, &why) && ensureTrashSubdirectories(mine, uid, &why))
            return mine;
        Log::cleanup()->warn("not using {}: {}", mine.toStdString(), why.toStdString());
    }
    const QByteArray own = joined(topdir, QByteArray(".Trash-" + uidText));
    if (ensureOwnedDirectory(own, 0700, uid, error) && ensureTrashSubdirectories(own, uid, error))
        return own;
    return {};
}

namespace
{

/// The reason moveToTrash()/moveToTrashDirectory() give for refusing, logged and wrapped.
std::optional<TrashEntry> refuse(const QByteArray &absolutePath, const QString &why, QString *error)
{
    setError(error,
        QCoreApplication::translate("Trash", "Could not move %1 to the trash: %2").arg(display(absolutePath), why));
    Log::cleanup()->warn("trash {}: {}", absolutePath.toStdString(), why.toStdString());
    return std::nullopt;
}

/// The checks both entry points make before touching anything: name and path agree, the item
/// exists, and it is not a mount point (renaming one fails, and it is not ours to move).
bool checkItem(
    int parentFd, const QByteArray &itemName, const QByteArray &absolutePath, struct stat *parentSt, QString *why)
{
    if (!isPlainName(itemName) || !isCleanAbsolutePath(absolutePath) || baseName(absolutePath) != itemName)
        return setError(why,
            QCoreApplication::translate("Trash", "the path does not end in the name \u201c%1\u201d.")
                .arg(display(itemName)));
    struct stat itemSt {
    };
    if (::fstat(parentFd, parentSt) != 0
        || ::fstatat(parentFd, itemName.constData(), &itemSt, AT_SYMLINK_NOFOLLOW) != 0)
        return setError(why, errnoText(errno));
    if (itemSt.st_dev != parentSt->st_dev)
        return setError(why, QCoreApplication::translate("Trash", "it is a mount point."));
    return true;
}

} // namespace

std::optional<TrashEntry> Trash::moveToTrash(
    int parentFd, QByteArrayView name, const QByteArray &absolutePath, QString *error)
{
    const QByteArray itemName = name.toByteArray();
    struct stat parentSt {
    };
    QString why;
    if (!checkItem(parentFd, itemName, absolutePath, &parentSt, &why))
        return refuse(absolutePath, why, error);

    // The home trash when it is on this volume, else the volume's own: never a copy across volumes.
    const QByteArray home = homeTrashPath();
    dev_t homeDevice = 0;
    if (deviceOfNearestExisting(home, &homeDevice) && homeDevice == parentSt.st_dev) {
        if (!ensureHomeTrash(home, &why))
            return refuse(absolutePath, why, error);
        return moveToTrashDirectory(parentFd, name, absolutePath, home, {}, error);
    }
    const QByteArray topdir = topDirectory(parentFd, dirName(absolutePath), &why);
    if (topdir.isEmpty())
        return refuse(absolutePath, why, error);
    const QByteArray trashPath = volumeTrashPath(topdir, ::geteuid(), &why);
    if (trashPath.isEmpty())
        return refuse(absolutePath, why, error);
    return moveToTrashDirectory(parentFd, name, absolutePath, trashPath, topdir, error);
}

std::optional<TrashEntry> Trash::moveToTrashDirectory(int parentFd, QByteArrayView name, const QByteArray &absolutePath,
    const QByteArray &trashDirectory, const QByteArray &topdir, QString *error)
{
    const QByteArray trashPath = withoutTrailingSlashes(trashDirectory); // entries compare paths as bytes
    const QByteArray itemName = name.toByteArray();
    const auto failed = [&](const QString &why) { return refuse(absolutePath, why, error); };
    struct stat parentSt {
    };
    QString why;
    if (!checkItem(parentFd, itemName, absolutePath, &parentSt, &why))
        return failed(why);
    // Path= relative to $topdir must lead back to the item from there, with no "..".
    if (!topdir.isEmpty() && !absolutePath.startsWith(topdir == "/" ? topdir : topdir + '/'))
        return failed(
            QCoreApplication::translate("Trash", "it is not below the volume's top folder %1.").arg(display(topdir)));

    const UniqueFd trashFd(::open(trashPath.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    const UniqueFd filesFd(trashFd.isValid() ? ::openat(trashFd.get(), "files", DirFlags) : -1);
    const UniqueFd infoFd(filesFd.isValid() ? ::openat(trashFd.get(), "info", DirFlags) : -1);
    if (!infoFd.isValid())
        return failed(QCoreApplication::translate("Trash", "the trash %1 cannot be opened (%2).")
                          .arg(display(trashPath), errnoText(errno)));
    struct stat filesSt {
    };
    if (::fstat(filesFd.get(), &filesSt) != 0 || filesSt.st_dev != parentSt.st_dev)
        return failed(
            QCoreApplication::translate("Trash", "the trash %1 is on another volume.").arg(display(trashPath)));

    QByteArray storedPath = absolutePath;
    if (!topdir.isEmpty())
        storedPath = topdir == "/" ? absolutePath.mid(1) : absolutePath.mid(topdir.size() + 1);
    const QString date = formatDate(QDateTime::currentDateTime());
    const QByteArray info
        = "[Trash Info]\nPath=" + percentEncodePath(storedPath) + "\nDeletionDate=" + date.toLatin1() + '\n';

    // The .trashinfo is created first, with O_EXCL: it is what reserves the name among every
    // program that trashes at the same time, and an item in files/ never lacks its record.
    for (int attempt = 1; attempt <= 100000; ++attempt) {
        const QByteArray suffix = attempt == 1 ? QByteArray() : '.' + QByteArray::number(attempt);
        QByteArray unique = itemName;
        if (unique.size() + suffix.size() + InfoSuffix.size() > NAME_MAX)
            unique.truncate(NAME_MAX - suffix.size() - InfoSuffix.size());
        unique += suffix;
        const QByteArray infoName = unique + InfoSuffix;
        const int fd
            = ::openat(infoFd.get(), infoName.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return failed(QCoreApplication::translate("Trash", "the information file cannot be created (%1).")
                              .arg(errnoText(errno)));
        }
        const bool written = writeAll(fd, info) && ::fsync(fd) == 0;
        int writeErrno = errno;
        const bool closed = ::close(fd) == 0;
        if (written && !closed)
            writeErrno = errno; // close() reports delayed write errors (NFS)
        if (!written || !closed) {
            ::unlinkat(infoFd.get(), infoName.constData(), 0);
            return failed(QCoreApplication::translate("Trash", "the information file cannot be written (%1).")
                              .arg(errnoText(writeErrno)));
        }
        if (renameNoReplace(parentFd, itemName.constData(), filesFd.get(), unique.constData()) != 0) {
            const int renameErrno = errno;
            ::unlinkat(infoFd.get(), infoName.constData(), 0);
            if (renameErrno == EEXIST || renameErrno == ENOTEMPTY)
                continue; // an item without a record already sits in files/ under that name
            if (renameErrno == EINVAL)
                return failed(
                    QCoreApplication::translate("Trash", "the trash %1 is inside it.").arg(display(trashPath)));
            return failed(errnoText(renameErrno));
        }
        ::fsync(filesFd.get()); // best effort: the rename is done either way

        TrashEntry entry;
        entry.originalPath = absolutePath;
        entry.filesPath = trashPath + "/files/" + unique;
        entry.infoPath = trashPath + "/info/" + infoName;
        entry.deletionDate = QDateTime::fromString(date, Qt::ISODate);
        Log::cleanup()->info("moved {} to the trash as {}", absolutePath.toStdString(), entry.filesPath.toStdString());
        return entry;
    }
    return failed(QCoreApplication::translate("Trash", "no free name is left in the trash."));
}

std::optional<TrashEntry> Trash::readInfo(const QByteArray &infoPath, const QByteArray &trashPath)
{
    const QByteArray trash = withoutTrailingSlashes(trashPath);
    const QByteArray infoName = baseName(infoPath);
    const QByteArray name = infoName.chopped(infoName.endsWith(InfoSuffix) ? InfoSuffix.size() : 0);
    if (!trash.startsWith('/') || !infoName.endsWith(InfoSuffix) || !isPlainName(name)
        || dirName(infoPath) != joined(trash, "info"))
        return std::nullopt;

    const UniqueFd fd(::open(infoPath.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC));
    if (!fd.isValid())
        return std::nullopt;
    QByteArray content;
    char buffer[4096];
    for (;;) {
        const ssize_t n = ::read(fd.get(), buffer, sizeof buffer);
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return std::nullopt;
        if (n == 0)
            break;
        content.append(buffer, n);
        if (content.size() > MaxInfoBytes)
            return std::nullopt;
    }

    // Keys count only inside the [Trash Info] group, which must come first.
    std::optional<QByteArray> encodedPath;
    std::optional<QByteArray> dateText;
    bool inGroup = false;
    bool sawGroup = false;
    for (QByteArray line : content.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (line.isEmpty() || line.startsWith('#'))
            continue;
        if (line.startsWith('[')) {
            if (!sawGroup && line != "[Trash Info]")
                return std::nullopt;
            inGroup = line == "[Trash Info]";
            sawGroup = true;
            continue;
        }
        if (!inGroup)
            continue;
        if (line.startsWith("Path=") && !encodedPath)
            encodedPath = line.mid(5);
        else if (line.startsWith("DeletionDate=") && !dateText)
            dateText = line.mid(13);
    }
    if (!encodedPath || !dateText)
        return std::nullopt;
    std::optional<QByteArray> path = percentDecodePath(*encodedPath);
    if (!path || path->isEmpty())
        return std::nullopt;
    if (!path->startsWith('/'))
        path = joined(anchorOf(trash), *path);
    const QDateTime date = QDateTime::fromString(QString::fromLatin1(*dateText), Qt::ISODate);
    if (!isCleanAbsolutePath(*path) || !date.isValid())
        return std::nullopt;

    TrashEntry entry;
    entry.originalPath = *path;
    entry.filesPath = joined(trash, QByteArray("files/" + name));
    entry.infoPath = infoPath;
    entry.deletionDate = date;
    return entry;
}

bool Trash::restore(const TrashEntry &entry, QString *error)
{
    QByteArray trashPath;
    QByteArray name;
    QString why;
    const auto failed = [&](const QString &message) {
        Log::cleanup()->warn("restore {}: {}", entry.originalPath.toStdString(), message.toStdString());
        return setError(error, message);
    };
    if (!checkEntry(entry, &trashPath, &name, &why))
        return failed(why);

    const QByteArray parentPath = dirName(entry.originalPath);
    const QByteArray base = baseName(entry.originalPath);
    const UniqueFd parentFd(::open(parentPath.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (!parentFd.isValid())
        return failed(
            QCoreApplication::translate("Trash", "The folder %1 that held %2 is gone (%3); it was left in the trash.")
                .arg(display(parentPath), display(base), errnoText(errno)));
    struct stat st {
    };
    if (::fstatat(parentFd.get(), base.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0)
        return failed(QCoreApplication::translate(
            "Trash", "Something already exists at %1; the trashed item was left in the trash.")
                          .arg(display(entry.originalPath)));
    const UniqueFd filesFd(::open(joined(trashPath, "files").constData(), DirFlags));
    if (!filesFd.isValid() || ::fstatat(filesFd.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) != 0)
        return failed(QCoreApplication::translate("Trash", "%1 is missing from the trash (%2).")
                          .arg(display(entry.filesPath), errnoText(errno)));
    if (renameNoReplace(filesFd.get(), name.constData(), parentFd.get(), base.constData()) != 0) {
        if (errno == EEXIST || errno == ENOTEMPTY)
            return failed(QCoreApplication::translate(
                "Trash", "Something already exists at %1; the trashed item was left in the trash.")
                              .arg(display(entry.originalPath)));
        if (errno == EXDEV)
            return failed(QCoreApplication::translate(
                "Trash", "%1 is now on another volume than the trash; the item was left in the trash.")
                              .arg(display(parentPath)));
        return failed(QCoreApplication::translate("Trash", "Could not restore %1: %2")
                          .arg(display(entry.originalPath), errnoText(errno)));
    }
    ::fsync(parentFd.get()); // best effort: the rename is done either way
    // The item is back; a leftover .trashinfo would only list a ghost, so this is not a failure.
    if (::unlink(entry.infoPath.constData()) != 0)
        Log::cleanup()->warn("restored {} but could not remove {}: {}", entry.originalPath.toStdString(),
            entry.infoPath.toStdString(), std::strerror(errno));
    Log::cleanup()->info("restored {} from {}", entry.originalPath.toStdString(), entry.filesPath.toStdString());
    return true;
}

bool Trash::erase(const TrashEntry &entry, QString *error)
{
    QByteArray trashPath;
    QByteArray name;
    QString why;
    const auto failed = [&](const QString &message) {
        Log::cleanup()->warn("erase {}: {}", entry.filesPath.toStdString(), message.toStdString());
        return setError(error, message);
    };
    if (!checkEntry(entry, &trashPath, &name, &why))
        return failed(why);

    const UniqueFd filesFd(::open(joined(trashPath, "files").constData(), DirFlags));
    if (!filesFd.isValid())
        return failed(QCoreApplication::translate("Trash", "Could not open the trash folder %1: %2")
                          .arg(display(trashPath), errnoText(errno)));
    struct stat st {
    };
    // An item already gone (a previous erase stopped before the .trashinfo) only needs its record removed.
    if (::fstatat(filesFd.get(), name.constData(), &st, AT_SYMLINK_NOFOLLOW) == 0) {
        if (!removeTreeAt(filesFd.get(), name, &why))
            return failed(QCoreApplication::translate("Trash", "Could not delete %1 from the trash: %2")
                              .arg(display(entry.originalPath), why));
    } else if (errno != ENOENT) {
        return failed(QCoreApplication::translate("Trash", "Could not delete %1 from the trash: %2")
                          .arg(display(entry.originalPath), errnoText(errno)));
    }
    if (::unlink(entry.infoPath.constData()) != 0 && errno != ENOENT)
        return failed(
            QCoreApplication::translate("Trash", "Deleted %1 but could not remove its information file %2: %3")
                .arg(display(entry.originalPath), display(entry.infoPath), errnoText(errno)));
    Log::cleanup()->info("erased {} from the trash", entry.filesPath.toStdString());
    return true;
}

} // namespace CacheLens
