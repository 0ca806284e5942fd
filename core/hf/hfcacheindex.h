#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <cstdint>

namespace CacheLens
{

/// One revision (snapshot) of a repository in a Hugging Face hub cache.
struct HfRevision {
    QByteArray commit;
    QList<QByteArray> refs; ///< "main", "pr/1", …
    std::uint64_t apparentBytes = 0; ///< every blob it links, each once (the hub library's "size on disk")
    std::uint64_t freesBytes = 0; ///< blobs no other revision anywhere in the cache links
    std::uint32_t files = 0;
    bool detached = false; ///< no ref points to it
};

/// One repository folder (models--org--name, datasets--…, spaces--…).
struct HfRepo {
    QByteArray type; ///< "model", "dataset" or "space"
    QByteArray id; ///< "org/name"
    QByteArray path;
    std::uint64_t apparentBytes = 0; ///< distinct blobs linked by any revision
    std::uint64_t diskBytes = 0; ///< the same blobs' allocated size
    std::int64_t lastAccessed = 0; ///< newest blob atime (seconds since the epoch)
    std::int64_t lastModified = 0; ///< newest blob mtime
    std::uint64_t incompleteBytes = 0; ///< interrupted downloads (blobs/*.incomplete): safe to delete
    std::uint32_t incompleteFiles = 0;
    std::uint32_t missingFiles = 0; ///< .no_exist entries: files the Hub said a revision lacks
    QList<HfRevision> revisions;
};

/// Reads a hub cache the way huggingface_hub's scan_cache_dir() does (docs/CACHE-LOCATIONS.md
/// §1.4): a revision's size is the distinct blobs its snapshot links to, a repository's the
/// distinct blobs of all its revisions. Caches made without symlinks (Windows) count each
/// snapshot file as its own blob. Damaged entries (a stray folder, a dangling link, a ref to
/// a missing snapshot) become warnings and are left out, as the hub library does; nothing
/// here is fatal.
class HfCacheIndex final
{
public:
    [[nodiscard]] static HfCacheIndex read(const QByteArray &hubPath);

    [[nodiscard]] const QList<HfRepo> &repos() const;
    [[nodiscard]] const QStringList &warnings() const;

    /// One revision of one repository: ("model", "org/name", commit).
    struct RevisionKey {
        QByteArray type;
        QByteArray id;
        QByteArray commit;
    };
    /// What removing all these revisions together frees: the blobs that only they link,
    /// each once, the way the hub library's delete_revisions() plans it. Unknown keys free
    /// nothing.
    [[nodiscard]] std::uint64_t bytesFreedBy(const QList<RevisionKey> &revisions) const;
    /// The blob files that only these revisions link (what bytesFreedBy() counts), as paths
    /// below the cache path as given. Caches without symlinks have no separate blobs: their
    /// files go with the snapshot folders.
    [[nodiscard]] QList<QByteArray> blobsFreedBy(const QList<RevisionKey> &revisions) const;

private:
    [[nodiscard]] static QByteArray keyOf(const QByteArray &type, const QByteArray &id, const QByteArray &commit);

    QList<HfRepo> m_repos;
    QStringList m_warnings;
    /// Blob identities that only these revisions link.
    [[nodiscard]] QList<QByteArray> exclusiveBlobs(const QList<RevisionKey> &revisions) const;

    QHash<QByteArray, std::uint64_t> m_blobBytes; // blob identity -> apparent size
    QHash<QByteArray, QByteArray> m_blobPaths; // blob identity -> the blob file, when it is a link target
    QHash<QByteArray, int> m_linkingRevisions; // blob identity -> revisions linking it
    QHash<QByteArray, QList<QByteArray>> m_blobsOfRevision; // keyOf(...) -> its distinct blobs
};

} // namespace CacheLens
