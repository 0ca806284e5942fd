#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <functional>
#include <memory>
#include <sys/stat.h>
#include <sys/types.h>

namespace CacheLens
{

/// What was written for one entry, to check the archive against.
struct ArchivedEntry {
    QByteArray name; ///< path inside the archive (the absolute path without its leading '/')
    char type = 'f'; ///< 'f' file, 'd' directory, 'l' symlink
    std::uint64_t size = 0; ///< bytes of data (files)
    QByteArray digest; ///< MD5 of the data as it was read while writing (files), hex
    QByteArray target; ///< what a symlink points to (symlinks), raw bytes
};

/// Writes a pax tar compressed with zstd, entry by entry, remembering what went in so that
/// verifyArchive() can prove the archive holds it before the cleanup deletes the originals.
/// Names and symlink targets are raw bytes (pax hdrcharset=BINARY): non-UTF-8 names survive.
class ArchiveWriter final
{
public:
    ArchiveWriter();
    ~ArchiveWriter(); ///< an unfinished writer removes its partial file
    ArchiveWriter(const ArchiveWriter &) = delete;
    ArchiveWriter &operator=(const ArchiveWriter &) = delete;

    /// Creates path (O_EXCL: never overwrites) as pax tar compressed with zstd.
    [[nodiscard]] bool open(const QByteArray &path, QString *error);
    /// Appends a regular file, reading its data from fd (opened by the caller with O_NOFOLLOW),
    /// with st's mode/owner/times. Fails cleanly on a write error (ENOSPC included) or when the
    /// file's size changed while it was read.
    [[nodiscard]] bool addFile(const QByteArray &name, int fd, const struct stat &st, QString *error);
    [[nodiscard]] bool addDirectory(const QByteArray &name, const struct stat &st, QString *error);
    [[nodiscard]] bool addSymlink(
        const QByteArray &name, const QByteArray &target, const struct stat &st, QString *error);
    /// Closes the archive (flushes, fsyncs). After a failed add(), finish() returns false and removes the file.
    [[nodiscard]] bool finish(QString *error);
    [[nodiscard]] const QList<ArchivedEntry> &entries() const;
    [[nodiscard]] QByteArray path() const;

    /// Called after every chunk of file data with the bytes read so far (all files together),
    /// so the executor can show progress on multi-GB checkpoints; returning false cancels: the
    /// add fails, and the archive with it (finish() then removes it).
    using Progress = std::function<bool(std::uint64_t bytesDone)>;
    void setProgress(Progress progress);

    /// Every write of compressed bytes goes through this (default: ::write on the archive's
    /// descriptor). Tests put a failing device such as /dev/full behind it to see ENOSPC handled;
    /// set it after open() and before the first add.
    using WriteFunction = std::function<ssize_t(int fd, const void *data, size_t size)>;
    void setWriteFunctionForTesting(WriteFunction write);

private:
    struct Private;
    std::unique_ptr<Private> d;
};

/// Reads the archive back and checks that it holds exactly `expected` (same names, types, sizes
/// and MD5 digests of the data, symlink targets, nothing missing or extra); on mismatch returns
/// false with *error naming the first entry that differs.
[[nodiscard]] bool verifyArchive(const QByteArray &path, const QList<ArchivedEntry> &expected, QString *error);
/// The same, reporting the bytes of file data checked so far; returning false stops it (false,
/// *error says it was cancelled).
[[nodiscard]] bool verifyArchive(const QByteArray &path, const QList<ArchivedEntry> &expected, QString *error,
    const ArchiveWriter::Progress &progress);

} // namespace CacheLens
