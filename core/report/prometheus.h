#pragma once

#include "core/storage/volumestatus.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>

namespace CacheLens
{

/// The size of one known cache, for cachelens_cache_bytes.
struct CacheBytes {
    QByteArray id; ///< "pip", "huggingface-hub"
    QByteArray path;
    std::uint64_t bytes = 0; ///< allocated on disk
};

/// A label value as the Prometheus text format wants it: UTF-8 (bad bytes become U+FFFD) with
/// backslash, double quote and line feed escaped.
[[nodiscard]] QByteArray escapeLabelValue(const QByteArray &value);

/// The node_exporter textfile: cachelens_volume_{total,used,available}_bytes,
/// cachelens_volume_used_ratio and cachelens_volume_eta_full_seconds (only where a trend
/// exists) per measured volume, and cachelens_cache_bytes per cache, with # HELP and # TYPE.
[[nodiscard]] QByteArray prometheusText(const QList<VolumeStatus> &volumes, const QList<CacheBytes> &caches);

/// Replaces path with text atomically (a temporary file in the same folder, then a rename), so
/// node_exporter never reads half a file. Returns an empty string, or why it failed.
[[nodiscard]] QString writeFileAtomically(const QString &path, const QByteArray &text);

} // namespace CacheLens
