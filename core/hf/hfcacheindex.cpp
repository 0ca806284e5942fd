#include "core/hf/hfcacheindex.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(HfCacheIndex)
};

struct Blob {
    QByteArray path; // the link's target below the cache path as given; empty when not a link
    std::uint64_t apparent = 0;
    std::uint64_t disk = 0;
    std::int64_t atime = 0;
    std::int64_t mtime = 0;
};

struct RevisionScan {
    HfRevision revision;
    QList<QByteArray> blobs; // identities of the blobs it links
};

// A snapshot file's blob: the file its symlink resolves to, or the file itself (no symlinks).
// hub is the cache's canonical path, resolved once per read().
bool resolveBlob(const QString &file, const QByteArray &hubPath, const QString &hub, QByteArray &identity, Blob &blob)
{
    struct stat st {
    };
    const QByteArray bytes = QFile::encodeName(file);
    if (::stat(bytes.constData(), &st) != 0 || !S_ISREG(st.st_mode))
        return false; // dangling, or not a file
    identity = QByteArray::number(qulonglong(st.st_dev)) + ':' + QByteArray::number(qulonglong(st.st_ino));
    blob = { {}, std::uint64_t(st.st_size), std::uint64_t(st.st_blocks) * 512, std::int64_t(st.st_atime),
        std::int64_t(st.st_mtime) };
    struct stat link {
    };
    if (::lstat(bytes.constData(), &link) == 0 && S_ISLNK(link.st_mode)) {
        // Where the link leads, spelled below the cache path as the user gave it, so the
        // blob can be removed without following a symlink.
        const QString target = QFileInfo(file).canonicalFilePath();
        if (!hub.isEmpty() && target.startsWith(hub + u'/'))
            blob.path = hubPath + QFile::encodeName(target.mid(hub.size()));
    }
    return true;
}

QHash<QByteArray, QList<QByteArray>> readRefs(const QString &repoPath)
{
    QHash<QByteArray, QList<QByteArray>> refsByCommit;
    const QString refsPath = repoPath + u"/refs"_s;
    QDirIterator it(refsPath, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray commit = file.readAll().trimmed();
        refsByCommit[commit].append(QFile::encodeName(QDir(refsPath).relativeFilePath(path)));
    }
    return refsByCommit;
}

// What the hub library leaves out of its sizes but a user wants to know about.
void readLeftovers(const QString &repoPath, HfRepo &repo)
{
    const QFileInfoList incomplete
        = QDir(repoPath + u"/blobs"_s).entryInfoList({ u"*.incomplete"_s }, QDir::Files | QDir::Hidden);
    for (const QFileInfo &file : incomplete) {
        ++repo.incompleteFiles;
        repo.incompleteBytes += std::uint64_t(file.size());
    }
    QDirIterator missing(repoPath + u"/.no_exist"_s, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (missing.hasNext()) {
        missing.next();
        ++repo.missingFiles;
    }
}

} // namespace

HfCacheIndex HfCacheIndex::read(const QByteArray &hubPath)
{
    HfCacheIndex index;
    QHash<QByteArray, Blob> blobs;
    QHash<QByteArray, int> revisionsUsing; // blob identity -> revisions linking it, cache-wide
    QList<QList<RevisionScan>> scansPerRepo;

    const QDir hub(QFile::decodeName(hubPath));
    const QString canonicalHub = QFileInfo(hub.path()).canonicalFilePath();
    const QFileInfoList entries = hub.entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot | QDir::Hidden, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QByteArray name = QFile::encodeName(entry.fileName());
        if (name == ".locks" || name == "blobs" || name == "xet")
            continue; // lock files, the shared blob store (reached through the repos' links)
        const qsizetype separator = name.indexOf("--");
        static const QList<QByteArray> prefixes = { "models", "datasets", "spaces" };
        if (separator < 0 || !prefixes.contains(name.left(separator))) {
            index.m_warnings.append(Tr::tr("%1: not a repository folder; left out").arg(entry.filePath()));
            continue;
        }
        const QString snapshotsPath = entry.filePath() + u"/snapshots"_s;
        if (!QFileInfo(snapshotsPath).isDir()) {
            index.m_warnings.append(Tr::tr("%1: has no snapshots folder; left out").arg(entry.filePath()));
            continue;
        }

        HfRepo repo;
        repo.type = name.left(separator - 1); // "models" -> "model"
        repo.id = name.mid(separator + 2).replace("--", "/");
        repo.path = QFile::encodeName(entry.filePath());
        const QHash<QByteArray, QList<QByteArray>> refs = readRefs(entry.filePath());
        readLeftovers(entry.filePath(), repo);

        QList<RevisionScan> scans;
        bool damaged = false;
        for (const QFileInfo &snapshot :
            QDir(snapshotsPath).entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            RevisionScan scan;
            scan.revision.commit = QFile::encodeName(snapshot.fileName());
            scan.revision.refs = refs.value(scan.revision.commit);
            scan.revision.detached = scan.revision.refs.isEmpty();
            QSet<QByteArray> linked;
            QDirIterator files(
                snapshot.filePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (files.hasNext()) {
                const QString file = files.next();
                QByteArray identity;
                Blob blob;
                if (!resolveBlob(file, hubPath, canonicalHub, identity, blob)) {
                    index.m_warnings.append(
                        Tr::tr("%1: points to a missing file; the repository is left out").arg(file));
                    damaged = true;
                    break;
                }
                ++scan.revision.files;
                blobs.insert(identity, blob);
                if (!linked.contains(identity)) {
                    linked.insert(identity);
                    scan.blobs.append(identity);
                    scan.revision.apparentBytes += blob.apparent;
                }
            }
            scans.append(scan);
        }
        for (auto it = refs.cbegin(); it != refs.cend(); ++it) {
            const bool known = std::any_of(scans.cbegin(), scans.cend(),
                [&](const RevisionScan &scan) { return scan.revision.commit == it.key(); });
            if (!known) {
                index.m_warnings.append(
                    Tr::tr("%1: ref %2 points to a missing snapshot %3; the repository is left out")
                        .arg(entry.filePath(), QString::fromUtf8(it.value().join(", ")), QString::fromUtf8(it.key())));
                damaged = true;
            }
        }
        if (damaged)
            continue;
        for (const RevisionScan &scan : std::as_const(scans)) {
            for (const QByteArray &identity : scan.blobs)
                ++revisionsUsing[identity];
        }
        index.m_repos.append(repo);
        scansPerRepo.append(scans);
    }

    // Sizes need the cache-wide link counts: a blob frees space only when no surviving
    // revision, in this repository or another (the shared store), still links to it.
    for (qsizetype r = 0; r < index.m_repos.size(); ++r) {
        HfRepo &repo = index.m_repos[r];
        QSet<QByteArray> repoBlobs;
        for (RevisionScan &scan : scansPerRepo[r]) {
            index.m_blobsOfRevision.insert(keyOf(repo.type, repo.id, scan.revision.commit), scan.blobs);
            for (const QByteArray &identity : std::as_const(scan.blobs)) {
                const Blob &blob = blobs[identity];
                if (revisionsUsing.value(identity) == 1)
                    scan.revision.freesBytes += blob.apparent;
                if (!repoBlobs.contains(identity)) {
                    repoBlobs.insert(identity);
                    repo.apparentBytes += blob.apparent;
                    repo.diskBytes += blob.disk;
                    repo.lastAccessed = std::max(repo.lastAccessed, blob.atime);
                    repo.lastModified = std::max(repo.lastModified, blob.mtime);
                }
            }
            repo.revisions.append(scan.revision);
        }
    }
    for (auto it = blobs.cbegin(); it != blobs.cend(); ++it) {
        index.m_blobBytes.insert(it.key(), it.value().apparent);
        if (!it.value().path.isEmpty())
            index.m_blobPaths.insert(it.key(), it.value().path);
    }
    index.m_linkingRevisions = revisionsUsing;
    return index;
}

QByteArray HfCacheIndex::keyOf(const QByteArray &type, const QByteArray &id, const QByteArray &commit)
{
    return type + '/' + id + '@' + commit;
}

QList<QByteArray> HfCacheIndex::exclusiveBlobs(const QList<RevisionKey> &revisions) const
{
    QHash<QByteArray, int> removedLinks;
    QSet<QByteArray> counted;
    for (const RevisionKey &revision : revisions) {
        const QByteArray key = keyOf(revision.type, revision.id, revision.commit);
        if (counted.contains(key))
            continue; // the same revision named twice is removed once
        counted.insert(key);
        for (const QByteArray &blob : m_blobsOfRevision.value(key))
            ++removedLinks[blob];
    }
    QList<QByteArray> exclusive;
    for (auto it = removedLinks.cbegin(); it != removedLinks.cend(); ++it) {
        if (it.value() >= m_linkingRevisions.value(it.key()))
            exclusive.append(it.key());
    }
    return exclusive;
}

std::uint64_t HfCacheIndex::bytesFreedBy(const QList<RevisionKey> &revisions) const
{
    std::uint64_t freed = 0;
    for (const QByteArray &blob : exclusiveBlobs(revisions))
        freed += m_blobBytes.value(blob);
    return freed;
}

QList<QByteArray> HfCacheIndex::blobsFreedBy(const QList<RevisionKey> &revisions) const
{
    QList<QByteArray> paths;
    for (const QByteArray &blob : exclusiveBlobs(revisions)) {
        if (const QByteArray path = m_blobPaths.value(blob); !path.isEmpty())
            paths.append(path);
    }
    std::sort(paths.begin(), paths.end());
    return paths;
}

const QList<HfRepo> &HfCacheIndex::repos() const
{
    return m_repos;
}

const QStringList &HfCacheIndex::warnings() const
{
    return m_warnings;
}

} // namespace CacheLens
