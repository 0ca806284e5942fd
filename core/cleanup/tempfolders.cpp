#include "core/cleanup/tempfolders.h"

#include <QDir>
#include <QFile>

namespace CacheLens
{

QList<QByteArray> sharedTempFolders()
{
    QList<QByteArray> folders;
    const auto add = [&folders](QByteArray folder) {
        while (folder.size() > 1 && folder.endsWith('/'))
            folder.chop(1);
        if (folder.startsWith('/') && !folders.contains(folder))
            folders.append(folder);
    };
    // Raw bytes: a folder name need not be valid in the locale's encoding.
    for (const QByteArray &folder : qgetenv("CACHELENS_TEMP_DIRS").split(':'))
        add(folder);
    if (!folders.isEmpty())
        return folders;
    add(QFile::encodeName(QDir::tempPath()));
    add("/var/tmp");
    return folders;
}

} // namespace CacheLens
