#pragma once

#include <QByteArray>
#include <QHash>
#include <QStringList>

#include <cstdint>
#include <sys/stat.h>
#include <vector>

namespace CacheLens
{

/// What one entry looked like when the plan was made; the executor compares against it.
struct ManifestEntry {
    QByteArray relativePath; ///< "" for the item itself
    std::uint32_t mode = 0; ///< st_mode (type and permissions)
    std::uint64_t device = 0;
    std::uint64_t inode = 0;
    std::uint64_t size = 0; ///< st_size
    std::uint64_t diskBytes = 0; ///< st_blocks * 512
    std::int64_t mtimeNs = 0;
    std::uint32_t links = 1; ///< st_nlink

    [[nodiscard]] bool isDirectory() const
    {
        return S_ISDIR(mode);
    }
    [[nodiscard]] static ManifestEntry fromStat(const QByteArray &relativePath, const struct stat &st);
    /// Same inode, type, size and modification time as st: the entry was not replaced or changed.
    [[nodiscard]] bool matches(const struct stat &st) const;
};

/// Every entry of one cleanup item (a file or a whole folder), as it was when measured.
class ItemManifest final
{
public:
    /// Walks the item (never following symlinks) inside the open folder parentFd.
    [[nodiscard]] static ItemManifest read(int parentFd, const QByteArray &name);

    [[nodiscard]] const std::vector<ManifestEntry> &entries() const;
    [[nodiscard]] const ManifestEntry *find(const QByteArray &relativePath) const;
    /// Entries that could not be read ("relative/path: reason"); such an item is not fully known.
    [[nodiscard]] const QStringList &unreadable() const;
    /// Apparent and disk bytes, each inode once (as du counts the item on its own).
    [[nodiscard]] std::uint64_t apparentBytes() const;
    [[nodiscard]] std::uint64_t diskBytes() const;
    [[nodiscard]] std::uint64_t fileCount() const; ///< non-directory entries
    [[nodiscard]] std::int64_t newestMtime() const; ///< seconds since the epoch, over every entry
    [[nodiscard]] bool isEmpty() const;
    [[nodiscard]] QString error() const; ///< why the item itself could not be read

private:
    std::vector<ManifestEntry> m_entries;
    QHash<QByteArray, std::size_t> m_index;
    QStringList m_unreadable;
    QString m_error;
    std::uint64_t m_apparent = 0;
    std::uint64_t m_disk = 0;
    std::uint64_t m_files = 0;
    std::int64_t m_newestMtime = 0;
};

} // namespace CacheLens
