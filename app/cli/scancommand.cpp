// cachelens scan: totals, categories, largest folders and files, as text, JSON or CSV.

#include "app/cli/argparser.h"
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/terminalscan.h"
#include "app/cli/textwidth.h"
#include "core/report/countphrases.h"
#include "core/report/scanreport.h"
#include "core/report/scansummary.h"
#include "core/report/sizeformat.h"
#include "core/rules/ruleset.h"
#include "core/scan/ncduformat.h"
#include "core/scan/scanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(ScanCommand)
};

constexpr int MaxErrorsShown = 10;

QList<OptionSpec> scanOptions()
{
    return {
        { "json", 0, {}, Tr::tr("Print one JSON document (see the README for the schema)"), false },
        { "csv", 0, {}, Tr::tr("Print one CSV row per folder down to --depth"), false },
        { "top", 'n', u"N"_s, Tr::tr("How many of the largest folders and files to list (default 10)"), false },
        { "depth", 0, u"N"_s, Tr::tr("How deep --csv lists folders (default 3; roots are 0)"), false },
        { "si", 0, {}, Tr::tr("Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)"), false },
        { "cross-filesystems", 'x', {}, Tr::tr("Enter other file systems mounted below a root"), false },
        { "exclude", 0, u"GLOB"_s, Tr::tr("Skip entries whose name (or, with '/', path) matches; repeatable"), true },
        { "threads", 0, u"N"_s, Tr::tr("Walker threads (default: one per processor)"), false },
        { "export", 'o', u"FILE"_s, Tr::tr("Also write the tree as an ncdu JSON export ('-' for stdout); one PATH"),
            false },
        { "gzip", 0, {}, Tr::tr("Compress the --export file with gzip"), false },
        { "import", 'f', u"FILE"_s, Tr::tr("Report on an ncdu/gdu/CacheLens export instead of scanning"), false },
        { "help", 'h', {}, Tr::tr("Show this help and exit"), false },
    };
}

QString usage(const ArgParser &parser)
{
    return Tr::tr("Usage: cachelens scan [OPTIONS] PATH...\n"
                  "       cachelens scan [OPTIONS] --import FILE\n"
                  "\n"
                  "Scans each PATH and prints its size (as du counts it: hard links once, symlinks not\n"
                  "followed, one file system per root), the size of each ML category, and the largest\n"
                  "folders and files.\n"
                  "\n"
                  "Options:\n")
        + parser.optionsHelp();
}

bool parseCount(
    const ArgParser &parser, const QByteArray &name, int fallback, int minimum, int &value, QTextStream &err)
{
    if (!parser.isSet(name)) {
        value = fallback;
        return true;
    }
    bool ok = false;
    value = parser.value(name).toInt(&ok);
    if (ok && value >= minimum)
        return true;
    err << "cachelens scan: "
        << Tr::tr("--%1 needs a whole number of at least %2, not '%3'")
               .arg(QString::fromLatin1(name))
               .arg(minimum)
               .arg(QString::fromLocal8Bit(parser.value(name)))
        << '\n';
    return false;
}

void printHuman(QTextStream &out, const FileTree &tree, const ScanSummary &summary, SizeUnits units, qint64 elapsedMs)
{
    auto path = [](const QByteArray &bytes) { return QString::fromLocal8Bit(bytes); };
    std::uint64_t totalDisk = 0;
    for (const ScanRoot &root : tree.roots()) {
        if (root.node == NoNode)
            continue;
        const FileNode &node = tree.node(root.node);
        totalDisk += node.diskBytes;
        out << padStart(formatSize(node.diskBytes, units), 10) << "  " << path(root.path)
            << "  ("
            //: %1 and %2 are counts with their nouns ("1 file", "12 folders")
            << Tr::tr("%1, %2, apparent size %3")
                   .arg(filesPhrase(root.files), foldersPhrase(root.dirs), formatSize(node.apparentBytes, units));
        if (root.alreadyCounted)
            out << Tr::tr("; inside an earlier root, counted there");
        out << ")\n";
    }

    out << '\n' << Tr::tr("By category:") << '\n';
    for (const Category category : AllCategories) {
        const CategoryTotal &total = summary.categories.at(static_cast<std::size_t>(category));
        if (total.diskBytes == 0 && total.files == 0)
            continue;
        const double share = totalDisk ? 100.0 * double(total.diskBytes) / double(totalDisk) : 0.0;
        out << "  " << padEnd(categoryDisplayName(category), 15) << padStart(formatSize(total.diskBytes, units), 10)
            << padStart(QString::number(share, 'f', 1), 7) << "%  " << filesPhrase(total.files) << '\n';
    }

    auto printRanked = [&](const QString &title, const std::vector<RankedEntry> &entries) {
        if (entries.empty())
            return;
        out << '\n' << title << '\n';
        for (const RankedEntry &entry : entries) {
            out << padStart(formatSize(tree.node(entry.node).diskBytes, units), 10) << "  "
                << padEnd(QString::fromLatin1(categoryId(entry.category)), 14) << path(tree.path(entry.node)) << '\n';
        }
    };
    printRanked(Tr::tr("Largest folders:"), summary.topDirs);
    printRanked(Tr::tr("Largest files:"), summary.topFiles);

    //: %1 is a count with its noun ("1 entry", "12 entries")
    const QString took
        = Tr::tr("%1 in %2 s").arg(entriesPhrase(tree.nodeCount())).arg(double(elapsedMs) / 1000.0, 0, 'f', 2);
    out << '\n' << took;
    if (tree.isPartial())
        out << Tr::tr(" (stopped early: the totals are incomplete)");
    out << '\n';
}

void printErrors(QTextStream &err, const FileTree &tree)
{
    const QList<ScanError> &errors = tree.errors();
    for (qsizetype i = 0; i < std::min<qsizetype>(errors.size(), MaxErrorsShown); ++i) {
        const ScanError &error = errors.at(i);
        err << "cachelens scan: "
            << Tr::tr("cannot read %1: %2")
                   .arg(QString::fromLocal8Bit(tree.errorPath(error)), scanErrorText(tree, error))
            << '\n';
    }
    if (errors.size() > MaxErrorsShown)
        err << "cachelens scan: "
            << Tr::tr("... and %1 more unreadable entries (all are listed by --json)")
                   .arg(errors.size() - MaxErrorsShown)
            << '\n';
}

} // namespace

int runScan(CommandContext &context)
{
    ArgParser parser(scanOptions());
    if (!parser.parse(context.args)) {
        context.err << "cachelens scan: " << parser.errorText() << '\n'
                    << Tr::tr("Try 'cachelens scan --help' for more information.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet("help")) {
        context.out << usage(parser);
        return ExitOk;
    }
    int top = 0;
    int depth = 0;
    int threads = 0;
    if (!parseCount(parser, "top", 10, 0, top, context.err) || !parseCount(parser, "depth", 3, 0, depth, context.err)
        || !parseCount(parser, "threads", 0, 1, threads, context.err))
        return ExitUsage;
    if (parser.isSet("json") && parser.isSet("csv")) {
        context.err << "cachelens scan: " << Tr::tr("choose one of --json and --csv") << '\n';
        return ExitUsage;
    }
    const bool importing = parser.isSet("import");
    if (parser.positional().isEmpty() != importing) {
        context.err << "cachelens scan: "
                    << (importing ? Tr::tr("give either PATHs or --import, not both") : Tr::tr("no PATH given")) << '\n'
                    << Tr::tr("Try 'cachelens scan --help' for more information.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet("export") && parser.positional().size() > 1) {
        context.err << "cachelens scan: " << Tr::tr("--export writes one folder: give one PATH") << '\n';
        return ExitUsage;
    }
    if (parser.isSet("gzip") && !parser.isSet("export")) {
        context.err << "cachelens scan: " << Tr::tr("--gzip only applies to --export") << '\n';
        return ExitUsage;
    }

    ScanRequest request;
    request.roots = parser.positional();
    request.excludes = parser.values("exclude");
    request.crossFileSystems = parser.isSet("cross-filesystems");
    request.threads = threads;
    QStringList warnings;
    request.rules = RuleSet::loadDefault(&warnings);
    const SizeUnits units = parser.isSet("si") ? SizeUnits::Si : SizeUnits::Iec;

    QElapsedTimer clock;
    clock.start();
    std::shared_ptr<const FileTree> tree;
    if (importing) {
        const QByteArray file = parser.value("import");
        Ncdu::ImportResult imported = Ncdu::importTree(file, request.rules);
        if (!imported.tree) {
            context.err << "cachelens scan: "
                        << Tr::tr("cannot import %1: %2").arg(QString::fromLocal8Bit(file), imported.error) << '\n';
            return ExitFailed;
        }
        tree = std::move(imported.tree);
        warnings += imported.warnings;
    } else {
        tree = scanWithTerminalProgress(request, units);
    }
    const qint64 elapsedMs = clock.elapsed();

    bool exportFailed = false;
    if (parser.isSet("export") && tree->roots().constFirst().node != NoNode) {
        const QString error = Ncdu::exportTree(*tree, 0, parser.value("export"), { parser.isSet("gzip") });
        if (!error.isEmpty()) {
            context.err << "cachelens scan: "
                        << Tr::tr("cannot write %1: %2").arg(QString::fromLocal8Bit(parser.value("export")), error)
                        << '\n';
            exportFailed = true;
        }
        if (parser.value("export") == "-")
            return exportFailed ? ExitFailed : (tree->errors().isEmpty() ? ExitOk : ExitPartial);
    }
    for (const QString &warning : std::as_const(warnings))
        context.err << "cachelens scan: " << Tr::tr("warning: %1").arg(warning) << '\n';

    const ScanSummary summary = summarize(*tree, std::size_t(top));
    if (parser.isSet("json")) {
        writeRaw(context.out, scanReportJson(*tree, summary, elapsedMs, warnings));
    } else if (parser.isSet("csv")) {
        writeRaw(context.out, scanReportCsv(*tree, depth)); // raw path bytes
    } else {
        printHuman(context.out, *tree, summary, units, elapsedMs);
    }
    context.out.flush();
    printErrors(context.err, *tree);

    const bool anyRoot = std::any_of(
        tree->roots().cbegin(), tree->roots().cend(), [](const ScanRoot &root) { return root.node != NoNode; });
    if (!anyRoot)
        return ExitFailed;
    return tree->errors().isEmpty() && !exportFailed ? ExitOk : ExitPartial;
}

} // namespace CacheLens::Cli
