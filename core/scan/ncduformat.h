#pragma once

#include "core/scan/filetree.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace CacheLens
{

class RuleSet;
class ScanToken;

/// Reads and writes ncdu's JSON export format (https://dev.yorhel.nl/ncdu/jsonfmt, version
/// 1.2), so that `ncdu -f` and `gdu -f` open CacheLens exports and CacheLens opens theirs.
///
/// Both directions stream: no document is held in memory and nesting depth is unlimited.
/// Names are raw bytes, as ncdu writes them (a strict UTF-8 parser would reject them).
/// Files go through libarchive, so gzip (and, when reading, anything libarchive detects:
/// zstd, xz, bzip2) works transparently. "-" means standard input or output.
namespace Ncdu
{

struct ExportOptions {
    bool gzip = false;
};

/// Writes the tree below the root at rootPosition. Returns an empty string or the error.
[[nodiscard]] QString exportTree(
    const FileTree &tree, qsizetype rootPosition, const QByteArray &filePath, const ExportOptions &options = {});

struct ImportResult {
    std::shared_ptr<FileTree> tree; ///< null when nothing usable was read
    QString error; ///< why the file could not be read (with the byte offset)
    QStringList warnings; ///< e.g. a newer minor version
};

/// True when path is a file (following a symlink) that could be an export rather than a folder
/// to scan: what a dropped or opened path is decided here, not in the UI.
[[nodiscard]] bool isExportFile(const QByteArray &path);

/// Reads an export written by ncdu, gdu or CacheLens into a tree with the same semantics as
/// a scan (hard links counted once by device and inode), classified by rules when given.
/// A token stopped while reading ends it at the next entry with what was read so far, flagged
/// partial, as a stopped scan does.
[[nodiscard]] ImportResult importTree(
    const QByteArray &filePath, const std::shared_ptr<const RuleSet> &rules = {}, const ScanToken *token = nullptr);

} // namespace Ncdu

} // namespace CacheLens
