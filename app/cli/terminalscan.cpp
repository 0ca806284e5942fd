#include "app/cli/terminalscan.h"

#include "core/report/countphrases.h"
#include "core/scan/scanner.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

namespace CacheLens::Cli
{

std::shared_ptr<FileTree> scanWithTerminalProgress(const ScanRequest &request, SizeUnits units)
{
    Scanner::ProgressCallback progress;
    const bool terminal = ::isatty(STDERR_FILENO);
    if (terminal) {
        progress = [units](const ScanProgress &snapshot) {
            //: %1 and %2 are counts with their nouns ("1 file", "12 folders"), %3 a size
            const QString line = QCoreApplication::translate("Cli", "Scanning: %1, %2, %3")
                                     .arg(filesPhrase(snapshot.files), foldersPhrase(snapshot.dirs),
                                         formatSize(snapshot.diskBytes, units));
            std::fprintf(stderr, "\r\033[K%s", line.toLocal8Bit().constData());
            std::fflush(stderr);
        };
    }
    ScanToken token;
    std::shared_ptr<FileTree> tree = Scanner(request).run(token, progress);
    if (terminal)
        std::fputs("\r\033[K", stderr);
    return tree;
}

} // namespace CacheLens::Cli
