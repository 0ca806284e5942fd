#pragma once

#include "core/cleanup/inuseprobe.h"
#include "core/cleanup/itemmanifest.h"
#include "core/rules/category.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace CacheLens
{

class CleanupGuard;

/// The order the hub library deletes in (DESIGN.md): whole repositories, then snapshots, then
/// refs, then blobs, so an interrupted cleanup never leaves a ref to a missing snapshot or a
/// link to a missing blob. Everything that is not a Hugging Face part goes with the first.
enum class CleanupPhase : std::uint8_t { Whole = 0, Snapshot = 1, Ref = 2, Blob = 3 };

/// One thing a cleanup proposes to remove: a file or a whole folder.
struct CleanupItem {
    QByteArray path; ///< absolute, normalised, raw bytes
    QByteArray reason; ///< the selector's stable code: "hf-detached", "cache", "temp", …
    QString detail; ///< one sentence for people: what it is and why it is proposed
    Classification classification;
    CleanupPhase phase = CleanupPhase::Whole;
    bool selected = true; ///< the wizard's checkbox; refused and in-use items start unselected
    bool ageFiltered = false; ///< --older-than applies to its newest modification time
    QByteArray companion; ///< removed with the item once it is wholly gone (a Trash entry's .trashinfo)

    // Filled by CleanupPlan::prepare():
    std::uint64_t apparentBytes = 0; ///< its size: each inode below it once, like du
    std::uint64_t diskBytes = 0;
    std::uint64_t files = 0;
    std::int64_t newestMtime = 0; ///< newest modification below it (seconds since the epoch)
    QList<ProcessRef> inUse; ///< processes holding it open, mapping it or working inside it
    QString refusal; ///< why it may not be touched (guard), or why it could not be read
    bool onNetworkFileSystem = false;

    [[nodiscard]] static CleanupItem make(QByteArray path, QByteArray reason, QString detail,
        Classification classification, CleanupPhase phase = CleanupPhase::Whole)
    {
        CleanupItem item;
        item.path = std::move(path);
        item.reason = std::move(reason);
        item.detail = std::move(detail);
        item.classification = classification;
        item.phase = phase;
        return item;
    }
};

/// What a plan frees once its selected items are gone from the disk.
struct FreedBytes {
    std::uint64_t apparent = 0;
    std::uint64_t disk = 0;
};

/// The exact list a cleanup will act on, with what it frees.
///
/// Nested items are collapsed (a folder's item covers everything inside it). Bytes freed are
/// counted per inode: a hard-linked file frees space only when every one of its links is among
/// the selected items (conda and uv link their caches into environments), and Hugging Face
/// blobs are items of their own, proposed only when no surviving revision links them.
class CleanupPlan final
{
public:
    void add(CleanupItem item);
    /// Collapses nested items, asks the guard about each, reads each item's manifest (what the
    /// executor will compare against), flags what is in use and sorts into deletion order.
    /// probe may be null (in-use state unknown).
    void prepare(const CleanupGuard &guard, const InUseProbe *probe);

    /// Drops the age-filtered items changed at or after cutoff (seconds since the epoch); call
    /// after prepare(), which reads their modification times.
    void dropChangedSince(std::int64_t cutoff);
    /// The same, only for the items with this reason code: selectors planned together may have
    /// different ages (the wizard's "logs older than N days" beside an ageless "cache:pip").
    void dropChangedSince(std::int64_t cutoff, const QByteArray &reason);

    [[nodiscard]] const QList<CleanupItem> &items() const;
    [[nodiscard]] qsizetype size() const;
    void setSelected(qsizetype index, bool selected);
    [[nodiscard]] const ItemManifest &manifest(qsizetype index) const;
    /// What the selected, acceptable items free together, per inode.
    [[nodiscard]] FreedBytes freed() const;
    /// Size of the selected items (each item's own du-like size, summed).
    [[nodiscard]] FreedBytes selectedSize() const;
    [[nodiscard]] const QStringList &warnings() const;
    void addWarning(const QString &warning);

private:
    QList<CleanupItem> m_items;
    std::vector<std::shared_ptr<const ItemManifest>> m_manifests; // parallel to m_items after prepare()
    QStringList m_warnings;
};

} // namespace CacheLens
