#include "core/cleanup/itemmanifest.h"

#include "core/cleanup/treewalk.h"

#include <QSet>

#include <algorithm>
#include <utility>

namespace CacheLens
{
namespace
{

class ManifestReader final : public TreeVisitor
{
public:
    std::vector<ManifestEntry> entries;
    QStringList unreadable;

    WalkAction enter(const WalkEntry &entry) override
    {
        entries.push_back(ManifestEntry::fromStat(entry.relativePath, entry.st));
        return WalkAction::Continue;
    }
    void failed(const QByteArray &relativePath, int errorNumber) override
    {
        unreadable.append(QString::fromLocal8Bit(relativePath) + QStringLiteral(": ") + errorText(errorNumber));
    }
};

} // namespace

ManifestEntry ManifestEntry::fromStat(const QByteArray &relativePath, const struct stat &st)
{
    ManifestEntry entry;
    entry.relativePath = relativePath;
    entry.mode = st.st_mode;
    entry.device = std::uint64_t(st.st_dev);
    entry.inode = std::uint64_t(st.st_ino);
    entry.size = std::uint64_t(st.st_size);
    entry.diskBytes = std::uint64_t(st.st_blocks) * 512;
    entry.mtimeNs = std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    entry.links = std::uint32_t(st.st_nlink);
    return entry;
}

bool ManifestEntry::matches(const struct stat &st) const
{
    if ((st.st_mode & S_IFMT) != (mode & S_IFMT) || std::uint64_t(st.st_dev) != device
        || std::uint64_t(st.st_ino) != inode)
        return false;
    if (S_ISDIR(st.st_mode))
        return true; // a folder's size and mtime change with what is removed from it
    const std::int64_t mtime = std::int64_t(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
    return std::uint64_t(st.st_size) == size && mtime == mtimeNs;
}

ItemManifest ItemManifest::read(int parentFd, const QByteArray &name)
{
    ItemManifest manifest;
    ManifestReader reader;
    QString error;
    if (!walkTree(parentFd, name, reader, &error) && reader.entries.empty()) {
        manifest.m_error = error;
        return manifest;
    }
    if (!error.isEmpty())
        reader.unreadable.append(error);
    manifest.m_entries = std::move(reader.entries);
    manifest.m_unreadable = std::move(reader.unreadable);
    QSet<std::pair<std::uint64_t, std::uint64_t>> seen;
    for (std::size_t i = 0; i < manifest.m_entries.size(); ++i) {
        const ManifestEntry &entry = manifest.m_entries[i];
        manifest.m_index.insert(entry.relativePath, i);
        manifest.m_newestMtime = std::max(manifest.m_newestMtime, entry.mtimeNs / 1'000'000'000);
        if (!entry.isDirectory())
            ++manifest.m_files;
        if (entry.links > 1 && !entry.isDirectory()) {
            const auto key = std::pair(entry.device, entry.inode);
            if (seen.contains(key))
                continue;
            seen.insert(key);
        }
        manifest.m_apparent += entry.size;
        manifest.m_disk += entry.diskBytes;
    }
    return manifest;
}

const std::vector<ManifestEntry> &ItemManifest::entries() const
{
    return m_entries;
}

const ManifestEntry *ItemManifest::find(const QByteArray &relativePath) const
{
    const auto it = m_index.constFind(relativePath);
    return it == m_index.cend() ? nullptr : &m_entries[*it];
}

const QStringList &ItemManifest::unreadable() const
{
    return m_unreadable;
}

std::uint64_t ItemManifest::apparentBytes() const
{
    return m_apparent;
}

std::uint64_t ItemManifest::diskBytes() const
{
    return m_disk;
}

std::uint64_t ItemManifest::fileCount() const
{
    return m_files;
}

std::int64_t ItemManifest::newestMtime() const
{
    return m_newestMtime;
}

bool ItemManifest::isEmpty() const
{
    return m_entries.empty();
}

QString ItemManifest::error() const
{
    return m_error;
}

} // namespace CacheLens
