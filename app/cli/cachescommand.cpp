// cachelens caches: every known ML cache on this machine, its size, tier and where it came from.

#include "app/cli/argparser.h"
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/terminalscan.h"
#include "app/cli/textwidth.h"
#include "core/hf/hfcacheindex.h"
#include "core/report/jsonwriter.h"
#include "core/report/scansummary.h"
#include "core/report/sizeformat.h"
#include "core/rules/environment.h"
#include "core/rules/knowncaches.h"
#include "core/rules/ruleset.h"
#include "core/scan/cachescan.h"
#include "core/scan/scanner.h"

#include <QCoreApplication>
#include <QDir>
#include <QTextStream>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CachesCommand)
};

/// A known cache with what the scan found in it.
struct MeasuredCache {
    KnownCache cache;
    const ScanRoot *root = nullptr;
    std::uint64_t apparentBytes = 0;
    std::uint64_t diskBytes = 0;
    Classification dominant;
    std::optional<HfCacheIndex> hub; // for Hugging Face hub caches
};

bool isHubCache(const KnownCache &cache)
{
    return cache.id == "huggingface-hub" || cache.id == "transformers-cache";
}

QList<MeasuredCache> measure(const QList<KnownCache> &caches, const std::shared_ptr<const RuleSet> &rules,
    std::shared_ptr<const FileTree> &tree, SizeUnits units)
{
    tree = scanWithTerminalProgress(knownCachesScanRequest(caches, rules), units);

    QList<MeasuredCache> measured;
    for (const KnownCache &cache : caches) {
        MeasuredCache entry { cache, nullptr, 0, 0, {}, std::nullopt };
        if (isHubCache(cache))
            entry.hub = HfCacheIndex::read(cache.path);
        entry.root = findScanRoot(*tree, cache.path);
        if (entry.root && entry.root->node != NoNode) {
            const NodeIndex node = entry.root->node;
            entry.apparentBytes = tree->node(node).apparentBytes;
            entry.diskBytes = tree->node(node).diskBytes;
            entry.dominant = { dominantCategory(*tree, node), dominantTier(*tree, node) };
        }
        measured.append(entry);
    }
    return measured;
}

void writeRepos(JsonWriter &json, const HfCacheIndex &hub)
{
    json.key("repos");
    json.startArray();
    for (const HfRepo &repo : hub.repos()) {
        json.startObject();
        json.field("type", repo.type.constData());
        json.field("id", QString::fromUtf8(repo.id));
        json.field("apparent_bytes", repo.apparentBytes);
        json.field("disk_bytes", repo.diskBytes);
        json.field("last_accessed", formatIsoTime(repo.lastAccessed));
        json.field("last_modified", formatIsoTime(repo.lastModified));
        json.field("incomplete_bytes", repo.incompleteBytes);
        json.key("revisions");
        json.startArray();
        for (const HfRevision &revision : repo.revisions) {
            json.startObject();
            json.field("commit", QString::fromUtf8(revision.commit));
            json.key("refs");
            json.startArray();
            for (const QByteArray &ref : revision.refs)
                json.value(QString::fromUtf8(ref));
            json.endArray();
            json.field("apparent_bytes", revision.apparentBytes);
            json.field("frees_bytes", revision.freesBytes);
            json.field("detached", revision.detached);
            json.endObject();
        }
        json.endArray();
        json.endObject();
    }
    json.endArray();
}

void writeJson(QTextStream &out, const QList<MeasuredCache> &caches, const QStringList &warnings)
{
    JsonWriter json;
    json.startObject();
    json.field("version", 1);
    json.key("caches");
    json.startArray();
    for (const MeasuredCache &entry : caches) {
        json.startObject();
        json.field("id", entry.cache.id.constData());
        json.field("tool", entry.cache.tool);
        json.path(entry.cache.path);
        json.field("active", entry.cache.active);
        json.field("source", entry.cache.source);
        if (!entry.cache.sourceFile.isEmpty()) {
            json.field("source_file", entry.cache.sourceFile);
        }
        json.field("apparent_bytes", entry.apparentBytes);
        json.field("disk_bytes", entry.diskBytes);
        json.field("files", entry.root ? entry.root->files : std::uint64_t(0));
        json.field("category", categoryId(entry.dominant.category).constData());
        json.field("tier", tierId(entry.dominant.tier).constData());
        if (entry.root && !entry.root->error.isEmpty()) {
            json.field("error", entry.root->error);
        }
        if (entry.hub)
            writeRepos(json, *entry.hub);
        json.endObject();
    }
    json.endArray();
    json.field("warnings", warnings);
    json.endObject();
    writeRaw(out, json.take());
}

void printRepos(QTextStream &out, const HfCacheIndex &hub, qsizetype indent, SizeUnits units)
{
    for (const HfRepo &repo : hub.repos()) {
        const auto detached = std::count_if(repo.revisions.cbegin(), repo.revisions.cend(),
            [](const HfRevision &revision) { return revision.detached; });
        out << '\n'
            << QString(indent + 2, u' ') << padStart(formatSize(repo.apparentBytes, units), 10) << "  "
            << padEnd(QString::fromLatin1(repo.type), 8) << QString::fromUtf8(repo.id) << "  "
            << (repo.revisions.size() == 1 ? Tr::tr("1 revision")
                                           : Tr::tr("%n revisions", nullptr, int(repo.revisions.size())));
        if (detached)
            out << Tr::tr(", %n detached", nullptr, int(detached));
        if (repo.incompleteBytes)
            out << Tr::tr(", %1 in interrupted downloads").arg(formatSize(repo.incompleteBytes, units));
    }
}

void writeTable(QTextStream &out, const QList<MeasuredCache> &caches, SizeUnits units)
{
    if (caches.isEmpty()) {
        out << Tr::tr("No known ML cache was found on this machine.") << '\n';
        return;
    }
    qsizetype toolWidth = displayWidth(Tr::tr("Tool"));
    for (const MeasuredCache &entry : caches)
        toolWidth = std::max(toolWidth, displayWidth(entry.cache.tool));
    out << padEnd(Tr::tr("Tool"), toolWidth) << "  " << padStart(Tr::tr("Size"), 10) << "  "
        << padStart(Tr::tr("Files"), 9) << "  " << padEnd(Tr::tr("Tier"), 6) << "  " << Tr::tr("Path") << '\n';
    std::uint64_t total = 0;
    for (const MeasuredCache &entry : caches) {
        total += entry.diskBytes;
        out << padEnd(entry.cache.tool, toolWidth) << "  " << padStart(formatSize(entry.diskBytes, units), 10) << "  "
            << padStart(formatCount(entry.root ? entry.root->files : 0), 9) << "  "
            << padEnd(QString::fromLatin1(tierId(entry.dominant.tier)), 6) << "  "
            << QString::fromLocal8Bit(entry.cache.path);
        if (!entry.cache.active)
            out << "  " << Tr::tr("(left behind: the tool now uses another folder)");
        else if (entry.cache.source != u"default"_s)
            out << "  "
                << (entry.cache.sourceFile.isEmpty()
                           ? Tr::tr("(from %1)").arg(entry.cache.source)
                           : Tr::tr("(from %1 in %2)").arg(entry.cache.source, entry.cache.sourceFile));
        if (entry.hub)
            printRepos(out, *entry.hub, toolWidth, units);
        out << '\n';
    }
    out << '\n'
        << (caches.size() == 1 ? Tr::tr("%1 in 1 cache.") : Tr::tr("%1 in %n caches.", nullptr, int(caches.size())))
               .arg(formatSize(total, units))
        << '\n';
}

} // namespace

int runCaches(CommandContext &context)
{
    ArgParser parser({
        { "json", 0, {}, Tr::tr("Print one JSON document"), false },
        { "si", 0, {}, Tr::tr("Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)"), false },
        { "help", 'h', {}, Tr::tr("Show this help and exit"), false },
    });
    if (!parser.parse(context.args) || !parser.positional().isEmpty()) {
        context.err << "cachelens caches: "
                    << (parser.errorText().isEmpty() ? Tr::tr("takes no PATH") : parser.errorText()) << '\n'
                    << Tr::tr("Try 'cachelens caches --help' for more information.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet("help")) {
        context.out << Tr::tr("Usage: cachelens caches [--json] [--si]\n"
                              "\n"
                              "Lists every known ML cache on this machine (Hugging Face, torch, Keras, pip, uv,\n"
                              "conda, compiler caches, Ollama, ...) with its size and how safe it is to remove.\n"
                              "Locations follow the tools' own variables (HF_HOME, TORCH_HOME, PIP_CACHE_DIR, ...),\n"
                              "also when they are only set in ~/.profile, ~/.bashrc, ~/.zshrc or environment.d;\n"
                              "a cache left at its default place after a variable moved it is listed too.\n"
                              "Add your own in %1 (see the README).\n"
                              "\n"
                              "Options:\n")
                           .arg(RuleSet::userRuleFilePath())
                    << parser.optionsHelp();
        return ExitOk;
    }

    QStringList warnings;
    const std::shared_ptr<const RuleSet> rules = RuleSet::loadDefault(&warnings);
    const Environment environment = Environment::fromSystem(QDir::homePath());
    const QList<KnownCache> caches = resolveKnownCaches(rules->cacheSpecs(), environment);
    std::shared_ptr<const FileTree> tree;
    const SizeUnits units = parser.isSet("si") ? SizeUnits::Si : SizeUnits::Iec;
    const QList<MeasuredCache> measured = measure(caches, rules, tree, units);
    for (const MeasuredCache &entry : measured) {
        if (entry.hub)
            warnings += entry.hub->warnings();
    }
    for (const QString &warning : std::as_const(warnings))
        context.err << "cachelens caches: " << Tr::tr("warning: %1").arg(warning) << '\n';

    if (parser.isSet("json"))
        writeJson(context.out, measured, warnings);
    else
        writeTable(context.out, measured, units);
    context.out.flush();
    if (tree && !tree->errors().isEmpty()) {
        context.err << "cachelens caches: "
                    << Tr::tr("%n entries could not be read and are not counted.", nullptr, int(tree->errors().size()))
                    << '\n';
        return ExitPartial;
    }
    return ExitOk;
}

} // namespace CacheLens::Cli
