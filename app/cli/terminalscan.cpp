#include "app/cli/terminalscan.h"

#include "app/cli/statusline.h"
#include "core/report/countphrases.h"
#include "core/scan/scanner.h"

#include <QCoreApplication>

namespace CacheLens::Cli
{

std::shared_ptr<FileTree> scanWithTerminalProgress(const ScanRequest &request, SizeUnits units)
{
    StatusLine status;
    Scanner::ProgressCallback progress;
    if (status.isActive()) {
        progress = [units, &status](const ScanProgress &snapshot) {
            //: %1 and %2 are counts with their nouns ("1 file", "12 folders"), %3 a size
            status.show(QCoreApplication::translate("Cli", "Scanning: %1, %2, %3")
                            .arg(filesPhrase(snapshot.files), foldersPhrase(snapshot.dirs),
                                formatSize(snapshot.diskBytes, units)));
        };
    }
    ScanToken token;
    std::shared_ptr<FileTree> tree = Scanner(request).run(token, progress);
    status.clear();
    return tree;
}

} // namespace CacheLens::Cli
