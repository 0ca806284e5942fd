#pragma once

#include <QByteArray>
#include <QList>

namespace CacheLens
{

/// The shared temp folders the temp selector searches when it is given no PATH, and where it
/// proposes only files of the user who runs it: the folders of $CACHELENS_TEMP_DIRS (absolute
/// paths separated by ':') when it names any, else QDir::tempPath() ($TMPDIR, or /tmp) and
/// /var/tmp. Each once, in that order; whether they exist is the caller's to check.
[[nodiscard]] QList<QByteArray> sharedTempFolders();

} // namespace CacheLens
