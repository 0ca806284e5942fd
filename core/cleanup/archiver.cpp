#include "core/cleanup/archiver.h"

#include "core/logging.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <spdlog/spdlog.h>

#include <archive.h>
#include <archive_entry.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <vector>

namespace CacheLens
{
namespace
{

constexpr std::size_t ReadChunk = 256 * 1024;

QString display(QByteArrayView path)
{
    return QString::fromUtf8(path); // invalid bytes show as U+FFFD; the archive keeps them raw
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

QString libarchiveText(archive *a)
{
    const char *text = archive_error_string(a);
    return text ? QString::fromLocal8Bit(text) : QCoreApplication::translate("Archiver", "unknown error");
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

/// Tar stores folders with a trailing '/'; compare names without it.
QByteArray normalizedName(QByteArray name)
{
    while (name.endsWith('/'))
        name.chop(1);
    return name;
}

/// Relative, no empty, "." or ".." component: nothing that could extract outside its folder.
bool isArchivableName(const QByteArray &name)
{
    if (name.isEmpty() || name.startsWith('/') || name.contains('\0'))
        return false;
    for (const QByteArray &part : normalizedName(name).split('/'))
        if (part.isEmpty() || part == "." || part == "..")
            return false;
    return true;
}

bool sameTime(const timespec &a, const timespec &b)
{
    return a.tv_sec == b.tv_sec && a.tv_nsec == b.tv_nsec;
}

/// archive_entry with its owner released on every path.
class Entry final
{
public:
    Entry(const QByteArray &name, unsigned int type, const struct stat &st)
        : m_entry(archive_entry_new())
    {
        // copy_pathname takes the bytes as they are; with hdrcharset=BINARY nothing converts them.
        archive_entry_copy_pathname(m_entry, name.constData());
        archive_entry_set_filetype(m_entry, type);
        archive_entry_set_perm(m_entry, st.st_mode & 07777);
        archive_entry_set_uid(m_entry, st.st_uid);
        archive_entry_set_gid(m_entry, st.st_gid);
        archive_entry_set_mtime(m_entry, st.st_mtim.tv_sec, st.st_mtim.tv_nsec);
        archive_entry_set_atime(m_entry, st.st_atim.tv_sec, st.st_atim.tv_nsec);
        archive_entry_set_size(m_entry, type == AE_IFREG ? st.st_size : 0);
    }
    ~Entry()
    {
        archive_entry_free(m_entry);
    }
    Entry(const Entry &) = delete;
    Entry &operator=(const Entry &) = delete;
    [[nodiscard]] archive_entry *get() const
    {
        return m_entry;
    }

private:
    archive_entry *m_entry;
};

} // namespace

struct ArchiveWriter::Private {
    archive *writer = nullptr;
    int fd = -1;
    QByteArray path;
    dev_t device = 0; ///< of the file open() created: only that file is ever removed
    ino_t inode = 0;
    QList<ArchivedEntry> entries;
    QString failure; ///< set by the first failed call; the archive is then only discarded
    int writeErrno = 0; ///< once a write failed, every later write fails at once
    bool created = false; ///< open() made the file at path: discard() removes it
    bool finished = false;
    WriteFunction write;
    Progress progress;
    std::uint64_t bytesDone = 0; ///< file data read so far, for progress
    std::vector<char> buffer;
    QSet<QByteArray> names; ///< normalized, to refuse a second entry of one name

    static la_ssize_t writeCallback(archive *a, void *client, const void *data, size_t size)
    {
        auto *self = static_cast<Private *>(client);
        if (self->writeErrno != 0) {
            archive_set_error(a, self->writeErrno, "%s", std::strerror(self->writeErrno));
            return -1;
        }
        const char *bytes = static_cast<const char *>(data);
        size_t left = size;
        while (left > 0) {
            const ssize_t n = self->write ? self->write(self->fd, bytes, left) : ::write(self->fd, bytes, left);
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                self->writeErrno = n == 0 ? EIO : errno;
                archive_set_error(a, self->writeErrno, "%s", std::strerror(self->writeErrno));
                return -1;
            }
            bytes += n;
            left -= static_cast<size_t>(n);
        }
        return static_cast<la_ssize_t>(size);
    }

    bool fail(QString *error, const QString &message)
    {
        if (failure.isEmpty()) {
            failure = message;
            Log::cleanup()->warn("archive {}: {}", path.toStdString(), message.toStdString());
        }
        return setError(error, message);
    }

    bool failLibarchive(QString *error, const QByteArray &name)
    {
        return fail(error,
            QCoreApplication::translate("Archiver", "Could not write %1 to the archive %2: %3")
                .arg(display(name), display(path), libarchiveText(writer)));
    }

    /// Drops the archive and removes the file open() created, if it is still that file.
    void discard()
    {
        if (writer) {
            writeErrno = ECANCELED; // freeing would otherwise try to write the trailer
            archive_write_free(writer);
            writer = nullptr;
        }
        if (fd >= 0) {
            ::close(fd);
            fd = -1;
        }
        if (created) {
            created = false;
            struct stat st {
            };
            if (::lstat(path.constData(), &st) == 0 && st.st_dev == device && st.st_ino == inode
                && ::unlink(path.constData()) != 0)
                Log::cleanup()->warn(
                    "could not remove the partial archive {}: {}", path.toStdString(), std::strerror(errno));
        }
    }

    bool checkWritable(const QByteArray &name, QString *error)
    {
        if (!writer || finished)
            return setError(
                error, QCoreApplication::translate("Archiver", "No archive is open to add %1 to.").arg(display(name)));
        if (!failure.isEmpty())
            return setError(error, failure);
        if (!isArchivableName(name))
            return fail(error,
                QCoreApplication::translate(
                    "Archiver", "\u201c%1\u201d cannot be stored in an archive: it is not a relative path.")
                    .arg(display(name)));
        // A second entry of one name would make verification ambiguous and extraction overwrite.
        const QByteArray key = normalizedName(name);
        if (names.contains(key))
            return fail(
                error, QCoreApplication::translate("Archiver", "%1 is already in the archive.").arg(display(name)));
        names.insert(key);
        return true;
    }
};

ArchiveWriter::ArchiveWriter()
    : d(std::make_unique<Private>())
{
}

ArchiveWriter::~ArchiveWriter()
{
    if (!d->finished)
        d->discard();
}

bool ArchiveWriter::open(const QByteArray &path, QString *error)
{
    if (d->writer || d->finished || d->fd >= 0)
        return setError(error, QCoreApplication::translate("Archiver", "This archive writer was already used."));
    d->path = path;
    // O_EXCL: an existing archive, perhaps the only copy of an earlier cleanup, is never replaced.
    d->fd = ::open(path.constData(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (d->fd < 0)
        return setError(error,
            QCoreApplication::translate("Archiver", "Could not create the archive %1: %2")
                .arg(display(path), errnoText(errno)));
    struct stat st {
    };
    if (::fstat(d->fd, &st) != 0) {
        const int statErrno = errno;
        ::close(d->fd);
        d->fd = -1;
        ::unlink(path.constData());
        return setError(error,
            QCoreApplication::translate("Archiver", "Could not create the archive %1: %2")
                .arg(display(path), errnoText(statErrno)));
    }
    d->device = st.st_dev;
    d->inode = st.st_ino;
    d->created = true;

    d->writer = archive_write_new();
    // Compressed output is not padded to tar's 10 KiB records: nothing after the zstd frame.
    if (archive_write_add_filter_zstd(d->writer) != ARCHIVE_OK || archive_write_set_format_pax(d->writer) != ARCHIVE_OK
        || archive_write_set_format_option(d->writer, "pax", "hdrcharset", "BINARY") != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(d->writer, 1) != ARCHIVE_OK
        || archive_write_open2(d->writer, d.get(), nullptr, &Private::writeCallback, nullptr, nullptr) != ARCHIVE_OK) {
        const QString why = libarchiveText(d->writer);
        d->discard();
        return setError(error,
            QCoreApplication::translate("Archiver", "Could not create the archive %1: %2").arg(display(path), why));
    }
    d->buffer.resize(ReadChunk);
    Log::cleanup()->info("writing archive {}", path.toStdString());
    return true;
}

bool ArchiveWriter::addFile(const QByteArray &name, int fd, const struct stat &st, QString *error)
{
    if (!d->checkWritable(name, error))
        return false;
    if (!S_ISREG(st.st_mode))
        return d->fail(error, QCoreApplication::translate("Archiver", "%1 is not a regular file.").arg(display(name)));
    struct stat before {
    };
    if (::fstat(fd, &before) != 0)
        return d->fail(error,
            QCoreApplication::translate("Archiver", "Could not read %1: %2").arg(display(name), errnoText(errno)));
    const auto changed = [&] {
        return d->fail(error,
            QCoreApplication::translate("Archiver", "%1 changed while it was being archived.").arg(display(name)));
    };
    if (before.st_size != st.st_size)
        return changed();

    const Entry entry(name, AE_IFREG, st);
    if (archive_write_header(d->writer, entry.get()) != ARCHIVE_OK)
        return d->failLibarchive(error, name);
    QCryptographicHash md5(QCryptographicHash::Md5);
    const auto expected = static_cast<std::uint64_t>(st.st_size);
    std::uint64_t total = 0;
    // Multi-GB model files are read once: tell the kernel so, and let their pages go afterwards
    // rather than pushing the user's working set out of the page cache.
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    const auto dropCache = qScopeGuard([fd] { ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED); });
    for (;;) {
        // pread from offset 0: the data is the whole file, wherever the caller left the offset.
        const ssize_t n = ::pread(fd, d->buffer.data(), d->buffer.size(), static_cast<off_t>(total));
        if (n < 0 && errno == EINTR)
            continue;
        if (n < 0)
            return d->fail(error,
                QCoreApplication::translate("Archiver", "Could not read %1: %2").arg(display(name), errnoText(errno)));
        if (n == 0)
            break;
        const auto size = static_cast<std::uint64_t>(n);
        if (total + size > expected)
            return changed(); // grew: the header already promised st_size bytes
        md5.addData(QByteArrayView(d->buffer.data(), n));
        if (archive_write_data(d->writer, d->buffer.data(), static_cast<size_t>(n)) != n)
            return d->failLibarchive(error, name);
        total += size;
        d->bytesDone += size;
        if (d->progress && !d->progress(d->bytesDone))
            return d->fail(error, QCoreApplication::translate("Archiver", "Archiving was cancelled."));
    }
    struct stat after {
    };
    if (total != expected || ::fstat(fd, &after) != 0 || after.st_size != before.st_size
        || !sameTime(after.st_mtim, before.st_mtim))
        return changed();
    if (archive_write_finish_entry(d->writer) != ARCHIVE_OK)
        return d->failLibarchive(error, name);
    d->entries.append(ArchivedEntry { name, 'f', total, md5.result().toHex(), {} });
    return true;
}

bool ArchiveWriter::addDirectory(const QByteArray &name, const struct stat &st, QString *error)
{
    if (!d->checkWritable(name, error))
        return false;
    const Entry entry(name, AE_IFDIR, st);
    if (archive_write_header(d->writer, entry.get()) != ARCHIVE_OK
        || archive_write_finish_entry(d->writer) != ARCHIVE_OK)
        return d->failLibarchive(error, name);
    d->entries.append(ArchivedEntry { name, 'd', 0, {}, {} });
    return true;
}

bool ArchiveWriter::addSymlink(const QByteArray &name, const QByteArray &target, const struct stat &st, QString *error)
{
    if (!d->checkWritable(name, error))
        return false;
    if (target.isEmpty() || target.contains('\0'))
        return d->fail(
            error, QCoreApplication::translate("Archiver", "The symlink %1 has no usable target.").arg(display(name)));
    const Entry entry(name, AE_IFLNK, st);
    archive_entry_copy_symlink(entry.get(), target.constData());
    if (archive_write_header(d->writer, entry.get()) != ARCHIVE_OK
        || archive_write_finish_entry(d->writer) != ARCHIVE_OK)
        return d->failLibarchive(error, name);
    d->entries.append(ArchivedEntry { name, 'l', 0, {}, target });
    return true;
}

bool ArchiveWriter::finish(QString *error)
{
    if (d->finished)
        return true;
    if (!d->writer)
        return setError(error, QCoreApplication::translate("Archiver", "No archive is open."));
    if (!d->failure.isEmpty()) {
        const QString failure = d->failure;
        d->discard();
        return setError(error,
            QCoreApplication::translate("Archiver", "The archive %1 was not completed and has been removed: %2")
                .arg(display(d->path), failure));
    }
    QString why;
    if (archive_write_close(d->writer) != ARCHIVE_OK)
        why = libarchiveText(d->writer);
    else if (::fsync(d->fd) != 0)
        why = errnoText(errno);
    if (why.isEmpty()) {
        // close() can report a delayed write error (NFS): it counts like any other.
        const int fd = d->fd;
        d->fd = -1;
        if (::close(fd) != 0)
            why = errnoText(errno);
    }
    if (!why.isEmpty()) {
        d->fail(nullptr, why);
        d->discard();
        return setError(error,
            QCoreApplication::translate("Archiver", "Could not complete the archive %1 (it has been removed): %2")
                .arg(display(d->path), why));
    }
    archive_write_free(d->writer);
    d->writer = nullptr;
    d->finished = true;
    d->created = false;
    // The file's name must survive a crash as well as its data.
    const qsizetype slash = d->path.lastIndexOf('/');
    const QByteArray dir = slash < 0 ? QByteArray(".") : slash == 0 ? QByteArray("/") : d->path.left(slash);
    const int dirFd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    Log::cleanup()->info("archive {} complete: {} entries", d->path.toStdString(), d->entries.size());
    return true;
}

const QList<ArchivedEntry> &ArchiveWriter::entries() const
{
    return d->entries;
}

QByteArray ArchiveWriter::path() const
{
    return d->path;
}

void ArchiveWriter::setProgress(Progress progress)
{
    d->progress = std::move(progress);
}

void ArchiveWriter::setWriteFunctionForTesting(WriteFunction write)
{
    d->write = std::move(write);
}

bool verifyArchive(const QByteArray &path, const QList<ArchivedEntry> &expected, QString *error)
{
    return verifyArchive(path, expected, error, {});
}

bool verifyArchive(const QByteArray &path, const QList<ArchivedEntry> &expected, QString *error,
    const ArchiveWriter::Progress &progress)
{
    const auto failed = [&](const QString &message) {
        Log::cleanup()->warn("verify {}: {}", path.toStdString(), message.toStdString());
        return setError(error, message);
    };
    const int fd = ::open(path.constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC);
    if (fd < 0)
        return failed(QCoreApplication::translate("Archiver", "Could not open the archive %1: %2")
                          .arg(display(path), errnoText(errno)));
    // Only what ArchiveWriter writes is accepted: a file that merely looks like some archive fails.
    const std::unique_ptr<archive, decltype(&archive_read_free)> reader(archive_read_new(), &archive_read_free);
    archive *r = reader.get();
    archive_read_support_filter_zstd(r);
    archive_read_support_format_tar(r);
    if (archive_read_open_fd(r, fd, 64 * 1024) != ARCHIVE_OK) {
        const QString why = libarchiveText(r);
        ::close(fd);
        return failed(
            QCoreApplication::translate("Archiver", "The archive %1 cannot be read: %2").arg(display(path), why));
    }
    const auto damaged = [&](const QByteArray &where) {
        if (where.isEmpty())
            return failed(QCoreApplication::translate("Archiver", "The archive %1 is damaged: %2")
                              .arg(display(path), libarchiveText(r)));
        return failed(QCoreApplication::translate("Archiver", "The archive %1 is damaged at %2: %3")
                          .arg(display(path), display(where), libarchiveText(r)));
    };

    QHash<QByteArray, qsizetype> index;
    index.reserve(expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i)
        index.insert(normalizedName(expected.at(i).name), i);
    std::vector<bool> seen(static_cast<std::size_t>(expected.size()), false);
    std::vector<char> buffer(ReadChunk);
    std::uint64_t bytesDone = 0;
    QByteArray previous; // the last entry read, to say where damage starts
    bool ok = true;
    for (;;) {
        archive_entry *entry = nullptr;
        const int status = archive_read_next_header(r, &entry);
        if (status == ARCHIVE_EOF)
            break;
        if (status < ARCHIVE_WARN) {
            ok = damaged(previous);
            break;
        }
        const char *rawName = archive_entry_pathname(entry);
        const QByteArray name = normalizedName(rawName ? QByteArray(rawName) : QByteArray());
        previous = name;
        const qsizetype at = index.value(name, -1);
        if (at < 0) {
            ok = failed(QCoreApplication::translate("Archiver", "The archive %1 holds %2, which was not written to it.")
                            .arg(display(path), display(name)));
            break;
        }
        if (seen[static_cast<std::size_t>(at)]) {
            ok = failed(QCoreApplication::translate("Archiver", "The archive %1 holds %2 twice.")
                            .arg(display(path), display(name)));
            break;
        }
        seen[static_cast<std::size_t>(at)] = true;
        const ArchivedEntry &want = expected.at(at);
        const mode_t type = archive_entry_filetype(entry);
        const char kind = type == AE_IFREG ? 'f' : type == AE_IFDIR ? 'd' : type == AE_IFLNK ? 'l' : '?';
        if (kind != want.type) {
            ok = failed(QCoreApplication::translate("Archiver", "%1 has the wrong type in the archive %2.")
                            .arg(display(name), display(path)));
            break;
        }
        if (kind == 'l') {
            const char *target = archive_entry_symlink(entry);
            if (!target || QByteArray(target) != want.target) {
                ok = failed(
                    QCoreApplication::translate("Archiver", "The symlink %1 points elsewhere in the archive %2.")
                        .arg(display(name), display(path)));
                break;
            }
            continue;
        }
        if (kind != 'f')
            continue;
        if (!archive_entry_size_is_set(entry) || static_cast<std::uint64_t>(archive_entry_size(entry)) != want.size) {
            ok = failed(QCoreApplication::translate("Archiver", "%1 has %2 bytes in the archive %3, %4 were written.")
                            .arg(display(name))
                            .arg(archive_entry_size(entry))
                            .arg(display(path))
                            .arg(want.size));
            break;
        }
        QCryptographicHash md5(QCryptographicHash::Md5);
        std::uint64_t total = 0;
        for (;;) {
            const la_ssize_t n = archive_read_data(r, buffer.data(), buffer.size());
            if (n < 0) {
                ok = damaged(name);
                break;
            }
            if (n == 0)
                break;
            md5.addData(QByteArrayView(buffer.data(), static_cast<qsizetype>(n)));
            total += static_cast<std::uint64_t>(n);
            bytesDone += static_cast<std::uint64_t>(n);
            if (progress && !progress(bytesDone)) {
                ok = failed(QCoreApplication::translate("Archiver", "Checking the archive %1 was cancelled.")
                                .arg(display(path)));
                break;
            }
        }
        if (!ok)
            break;
        if (total != want.size || md5.result().toHex() != want.digest) {
            ok = failed(QCoreApplication::translate(
                "Archiver", "The data of %1 in the archive %2 differs from what was written.")
                            .arg(display(name), display(path)));
            break;
        }
    }
    if (ok) {
        for (qsizetype i = 0; i < expected.size(); ++i) {
            if (!seen[static_cast<std::size_t>(i)]) {
                ok = failed(QCoreApplication::translate("Archiver", "%1 is missing from the archive %2.")
                                .arg(display(expected.at(i).name), display(path)));
                break;
            }
        }
    }
    archive_read_close(r);
    ::close(fd);
    if (ok)
        Log::cleanup()->info("verified archive {}: {} entries", path.toStdString(), expected.size());
    return ok;
}

} // namespace CacheLens
