// cachelens clean: preview, then reclaim space: selectors -> plan -> (with --yes) trash/archive/delete.

#include "app/cli/argparser.h"
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/statusline.h"
#include "app/cli/textwidth.h"
#include "core/cleanup/cleanupexecutor.h"
#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/cleanupjournal.h"
#include "core/cleanup/cleanupplan.h"
#include "core/cleanup/cleanupundo.h"
#include "core/cleanup/inuseprobe.h"
#include "core/cleanup/planning.h"
#include "core/report/jsonwriter.h"
#include "core/report/sizeformat.h"
#include "core/rules/ruleset.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CleanCommand)
};

QString display(const QByteArray &path)
{
    return QString::fromLocal8Bit(path);
}

QString itemCount(qsizetype count)
{
    return count == 1 ? Tr::tr("1 item") : Tr::tr("%n items", nullptr, int(count));
}

QList<OptionSpec> cleanOptions()
{
    return {
        { "select", 's', u"SEL"_s, Tr::tr("What to look for (see below); repeatable"), true },
        { "older-than", 0, u"DAYS"_s, Tr::tr("Only what has not changed (HF repos: been used) for DAYS days"), false },
        { "keep-last", 0, u"N"_s, Tr::tr("checkpoints: keep the newest N of each run (default 2)"), false },
        { "method", 'm', u"METHOD"_s, Tr::tr("trash (default), archive or delete"), false },
        { "archive-dir", 0, u"DIR"_s, Tr::tr("Where --method archive writes its .tar.zst"), false },
        { "dry-run", 'n', {}, Tr::tr("Only print the plan (also the default without --yes)"), false },
        { "yes", 'y', {}, Tr::tr("Carry out the plan"), false },
        { "undo", 0, {}, Tr::tr("Put back what the last cleanup moved to the Trash"), false },
        { "json", 0, {}, Tr::tr("Print one JSON document"), false },
        { "si", 0, {}, Tr::tr("Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)"), false },
        { "help", 'h', {}, Tr::tr("Show this help and exit"), false },
    };
}

QString usage(const ArgParser &parser)
{
    return Tr::tr("Usage: cachelens clean --select SEL [--select SEL]... [OPTIONS] [PATH...]\n"
                  "       cachelens clean --undo\n"
                  "\n"
                  "Finds what the selectors ask for, in the PATHs (default: every known ML cache), and\n"
                  "prints the exact plan: each item, its size, why it is proposed, and what the plan\n"
                  "frees (a hard-linked file only when all its links go; a Hugging Face blob only when\n"
                  "no remaining revision uses it). Nothing is touched without --yes. Just before each\n"
                  "item is removed it is checked again: anything new or changed since the plan, or in\n"
                  "use by a process, is kept. Symlinks are never followed, and nothing outside the\n"
                  "PATHs and known caches, nor a protected folder, is ever removed.\n"
                  "\n"
                  "Selectors:\n")
        + u"  "_s + Selector::help().join(u"\n  "_s) + u"\n\n"_s
        + Tr::tr("Methods: trash moves items to the Trash (restorable with --undo, but frees nothing until\n"
                 "the Trash is emptied: --select trash --method delete empties what CacheLens put there);\n"
                 "archive writes a tar.zst to --archive-dir, reads it back, then deletes what it holds;\n"
                 "delete removes for good. Every action is journaled in %1.\n"
                 "\n"
                 "Exit codes: 0 all done (or a preview), 1 some items skipped, 2 usage, 3 nothing done.\n"
                 "\n"
                 "Options:\n")
              .arg(CleanupJournal::defaultPath())
        + parser.optionsHelp();
}

int usageError(CommandContext &context, const QString &message)
{
    context.err << "cachelens clean: " << message << '\n'
                << Tr::tr("Try 'cachelens clean --help' for more information.") << '\n';
    return ExitUsage;
}

QString methodSentence(CleanupMethod method)
{
    switch (method) {
    case CleanupMethod::Trash:
        return Tr::tr("moved to the Trash");
    case CleanupMethod::Archive:
        return Tr::tr("archived and deleted");
    case CleanupMethod::Delete:
        return Tr::tr("deleted");
    }
    return {};
}

QString previewSentence(CleanupMethod method)
{
    switch (method) {
    case CleanupMethod::Trash:
        return Tr::tr("This is a preview. Run again with --yes to move these items to the Trash.");
    case CleanupMethod::Archive:
        return Tr::tr("This is a preview. Run again with --yes to archive these items, then delete them.");
    case CleanupMethod::Delete:
        return Tr::tr("This is a preview. Run again with --yes to delete these items for good.");
    }
    return {};
}

void writeProcesses(JsonWriter &json, const QList<ProcessRef> &processes)
{
    json.startArray();
    for (const ProcessRef &process : processes) {
        json.startObject();
        json.field("pid", std::int64_t(process.pid));
        json.field("name", process.name);
        json.endObject();
    }
    json.endArray();
}

struct Report {
    const CleanupPlan &plan;
    CleanupMethod method;
    bool dryRun;
    const CleanupResult *result; // null for a preview
    const QList<HeldOpenFile> &heldOpen;
    QStringList warnings;
};

QString skipReason(const CleanupItem &item)
{
    if (!item.refusal.isEmpty())
        return item.refusal;
    if (!item.inUse.isEmpty()) {
        QStringList names;
        for (const ProcessRef &process : item.inUse)
            names.append(u"%1 (%2)"_s.arg(process.name).arg(process.pid));
        return Tr::tr("in use by %1").arg(names.join(u", "_s));
    }
    return Tr::tr("not selected");
}

void writeJson(QTextStream &out, const Report &report)
{
    const FreedBytes freed = report.plan.freed();
    JsonWriter json;
    json.startObject();
    json.field("version", 1);
    json.field("method", cleanupMethodId(report.method).constData());
    json.field("dry_run", report.dryRun);
    json.key("items");
    json.startArray();
    for (const CleanupItem &item : report.plan.items()) {
        json.startObject();
        json.path(item.path);
        json.field("apparent_bytes", item.apparentBytes);
        json.field("disk_bytes", item.diskBytes);
        json.field("files", item.files);
        json.field("reason", item.reason.constData());
        json.field("detail", item.detail);
        json.field("category", categoryId(item.classification.category).constData());
        json.field("tier", tierId(item.classification.tier).constData());
        json.field("selected", item.selected);
        if (item.newestMtime > 0)
            json.field("mtime", formatIsoTime(item.newestMtime));
        json.key("in_use");
        writeProcesses(json, item.inUse);
        if (!item.refusal.isEmpty())
            json.field("refused", item.refusal);
        if (item.onNetworkFileSystem)
            json.field("network_file_system", true);
        json.endObject();
    }
    json.endArray();
    json.field("frees_apparent_bytes", freed.apparent);
    json.field("frees_disk_bytes", freed.disk);
    if (report.method == CleanupMethod::Trash)
        json.field("frees_note", Tr::tr("freed once the Trash is emptied: the Trash keeps files on their own volume"));
    json.key("done");
    json.startArray();
    if (report.result) {
        for (const ItemOutcome &outcome : report.result->outcomes) {
            if (outcome.status != ItemOutcome::Status::Done)
                continue;
            // Objects, not bare strings: a non-UTF-8 path needs its path_b64 beside it.
            json.startObject();
            json.path(report.plan.items().at(outcome.item).path);
            json.field("apparent_bytes", outcome.removedApparent);
            json.field("disk_bytes", outcome.removedDisk);
            json.endObject();
        }
    }
    json.endArray();
    json.key("skipped");
    json.startArray();
    for (const CleanupItem &item : report.plan.items()) {
        if (item.selected)
            continue;
        json.startObject();
        json.path(item.path);
        json.field("reason", skipReason(item));
        json.endObject();
    }
    if (report.result) {
        for (const ItemOutcome &outcome : report.result->outcomes) {
            if (outcome.status == ItemOutcome::Status::Done)
                continue;
            json.startObject();
            json.path(report.plan.items().at(outcome.item).path);
            json.field("reason", outcome.reason);
            json.field("partial", outcome.status == ItemOutcome::Status::Partial);
            json.endObject();
        }
    }
    json.endArray();
    json.key("held_open");
    json.startArray();
    for (const HeldOpenFile &held : report.heldOpen) {
        json.startObject();
        json.field("pid", std::int64_t(held.process.pid));
        json.field("name", held.process.name);
        json.path(held.path);
        json.field("apparent_bytes", held.apparentBytes);
        json.field("disk_bytes", held.diskBytes);
        json.endObject();
    }
    json.endArray();
    if (report.result && !report.result->archivePath.isEmpty())
        json.field("archive", QString::fromLocal8Bit(report.result->archivePath));
    if (report.result && !report.result->error.isEmpty())
        json.field("error", report.result->error);
    json.field("warnings", report.warnings);
    json.endObject();
    writeRaw(out, json.take());
}

void writePlan(QTextStream &out, const CleanupPlan &plan, SizeUnits units)
{
    for (const CleanupItem &item : plan.items()) {
        out << (item.selected ? "  " : "- ") << padStart(formatSize(item.diskBytes, units), 10) << "  "
            << padEnd(QString::fromLatin1(tierId(item.classification.tier)), 6) << "  "
            << padEnd(QString::fromLatin1(item.reason), 11) << "  " << display(item.path) << '\n'
            << QString(36, u' ') << item.detail << '\n';
        if (!item.selected)
            out << QString(36, u' ') << Tr::tr("skipped: %1").arg(skipReason(item)) << '\n';
        else if (item.onNetworkFileSystem)
            out << QString(36, u' ') << Tr::tr("on a network file system: other machines may be using these files")
                << '\n';
    }
}

void writeHeldOpen(QTextStream &out, const QList<HeldOpenFile> &heldOpen, SizeUnits units)
{
    if (heldOpen.isEmpty())
        return;
    std::uint64_t total = 0;
    for (const HeldOpenFile &held : heldOpen)
        total += held.diskBytes;
    out << '\n'
        << Tr::tr("%1 are held by deleted files that running processes still have open (freed when they close them):")
               .arg(formatSize(total, units))
        << '\n';
    for (qsizetype i = 0; i < heldOpen.size() && i < 10; ++i) {
        const HeldOpenFile &held = heldOpen.at(i);
        out << "  " << padStart(formatSize(held.diskBytes, units), 10) << "  " << held.process.name << " ("
            << held.process.pid << ")  " << display(held.path) << '\n';
    }
}

int runUndo(CommandContext &context, bool json)
{
    CleanupJournal journal;
    const UndoResult undo = undoLastCleanup(journal);
    if (undo.nothingToUndo()) {
        context.err << "cachelens clean: "
                    << Tr::tr("nothing to undo: no cleanup moved anything to the Trash that is still there") << '\n';
        return ExitFailed;
    }
    if (json) {
        JsonWriter writer;
        writer.startObject();
        writer.field("version", 1);
        writer.field("run", QString::fromLatin1(undo.run));
        writer.key("restored");
        writer.startArray();
        for (const QByteArray &path : undo.restored) {
            // Objects, not bare strings: a non-UTF-8 path needs its path_b64 beside it.
            writer.startObject();
            writer.path(path);
            writer.endObject();
        }
        writer.endArray();
        writer.key("skipped");
        writer.startArray();
        for (const auto &[path, reason] : undo.failures) {
            writer.startObject();
            writer.path(path);
            writer.field("reason", reason);
            writer.endObject();
        }
        writer.endArray();
        writer.endObject();
        writeRaw(context.out, writer.take());
    } else {
        context.out << Tr::tr("Restored %1 from the Trash.").arg(itemCount(undo.restored.size())) << '\n';
        for (const auto &[path, reason] : undo.failures)
            context.out << "  " << Tr::tr("not restored: %1: %2").arg(display(path), reason) << '\n';
    }
    context.out.flush();
    return undo.failures.isEmpty() ? ExitOk : (undo.restored.isEmpty() ? ExitFailed : ExitPartial);
}

} // namespace

int runClean(CommandContext &context)
{
    ArgParser parser(cleanOptions());
    if (!parser.parse(context.args))
        return usageError(context, parser.errorText());
    if (parser.isSet("help")) {
        context.out << usage(parser);
        return ExitOk;
    }
    const bool json = parser.isSet("json");
    const SizeUnits units = parser.isSet("si") ? SizeUnits::Si : SizeUnits::Iec;
    if (parser.isSet("undo")) {
        if (parser.isSet("select") || !parser.positional().isEmpty())
            return usageError(context, Tr::tr("--undo takes no selector or PATH"));
        return runUndo(context, json);
    }
    if (!parser.isSet("select"))
        return usageError(context, Tr::tr("say what to clean with --select (for example --select temp)"));

    QList<Selector> selectors;
    for (const QByteArray &text : parser.values("select")) {
        QString error;
        const std::optional<Selector> selector = Selector::parse(text, &error);
        if (!selector)
            return usageError(context, error);
        selectors.append(*selector);
    }
    FinderOptions options;
    bool ok = true;
    if (parser.isSet("older-than")) {
        const int days = parser.value("older-than").toInt(&ok);
        if (!ok || days < 0)
            return usageError(context, Tr::tr("--older-than needs a number of days"));
        options.olderThanDays = days;
    }
    if (parser.isSet("keep-last")) {
        options.keepLast = parser.value("keep-last").toInt(&ok);
        if (!ok || options.keepLast < 0)
            return usageError(context, Tr::tr("--keep-last needs a number"));
    }
    const bool emptiesTrash
        = std::any_of(selectors.cbegin(), selectors.cend(), [](const Selector &s) { return s.kind == "trash"; });
    CleanupMethod method = emptiesTrash ? CleanupMethod::Delete : CleanupMethod::Trash;
    if (parser.isSet("method")) {
        const std::optional<CleanupMethod> chosen = cleanupMethodFromId(parser.value("method"));
        if (!chosen)
            return usageError(context, Tr::tr("--method is trash, archive or delete"));
        method = *chosen;
    }
    if (emptiesTrash && method != CleanupMethod::Delete)
        return usageError(context, Tr::tr("the trash selector empties the Trash: use it with --method delete"));
    if (method == CleanupMethod::Archive && !parser.isSet("archive-dir"))
        return usageError(context, Tr::tr("--method archive needs --archive-dir DIR"));

    QStringList warnings;
    int missingPaths = 0;
    for (const QByteArray &path : parser.positional()) {
        const QByteArray absolute = QFile::encodeName(QDir::current().absoluteFilePath(QFile::decodeName(path)));
        struct stat st {
        };
        if (::stat(absolute.constData(), &st) != 0 || !S_ISDIR(st.st_mode)) {
            context.err << "cachelens clean: " << Tr::tr("%1: not a folder; skipped").arg(display(path)) << '\n';
            ++missingPaths;
            continue;
        }
        options.paths.append(absolute);
    }
    if (missingPaths > 0 && options.paths.isEmpty()) {
        context.err << "cachelens clean: " << Tr::tr("none of the PATHs is a folder; nothing was done") << '\n';
        return ExitFailed;
    }

    QList<CleanupRequest> requests;
    for (const Selector &selector : std::as_const(selectors))
        requests.append({ selector, options });
    // Searching a huge /tmp can take many seconds: a terminal sees where the search is.
    StatusLine status;
    PlanControl control;
    if (status.isActive())
        control.progress = [&status](const PlanProgress &progress) { status.show(planProgressLine(progress)); };
    const PlanOutcome planned = preparePlan(requests, RuleSet::loadDefault(&warnings), {}, true, control);
    status.clear();
    CleanupPlan &plan = *planned.plan;
    const QStringList &failures = planned.failures;
    const QList<HeldOpenFile> &heldOpen = planned.heldOpen;
    warnings += planned.warnings;
    const CleanupGuard guard(planned.roots, QFile::encodeName(QDir::homePath()));
    CleanupJournal journal;
    for (const QString &warning : std::as_const(warnings))
        context.err << "cachelens clean: " << Tr::tr("warning: %1").arg(warning) << '\n';

    const bool preview = parser.isSet("dry-run") || !parser.isSet("yes");
    const FreedBytes freed = plan.freed();
    const FreedBytes size = plan.selectedSize();
    qsizetype selectedCount = 0;
    for (const CleanupItem &item : plan.items())
        selectedCount += item.selected ? 1 : 0;

    if (preview) {
        if (json) {
            writeJson(context.out, { plan, method, true, nullptr, heldOpen, warnings });
        } else {
            if (plan.items().isEmpty()) {
                context.out << Tr::tr("Nothing to clean: the selectors found nothing.") << '\n';
            } else {
                writePlan(context.out, plan, units);
                context.out << '\n'
                            << Tr::tr("%1, %2 on disk; removing them frees %3")
                                   .arg(itemCount(selectedCount), formatSize(size.disk, units),
                                       formatSize(freed.disk, units));
                if (freed.disk < size.disk)
                    context.out << ' '
                                << Tr::tr("(the rest is shared: hard links elsewhere, or blobs other revisions use)");
                context.out << ".\n";
                if (method == CleanupMethod::Trash)
                    context.out << Tr::tr("Moving to the Trash frees nothing until the Trash is emptied; use --method "
                                          "delete or archive when the goal is space.")
                                << '\n';
            }
            writeHeldOpen(context.out, heldOpen, units);
            if (selectedCount > 0)
                context.out << '\n' << previewSentence(method) << '\n';
        }
        context.out.flush();
        return failures.isEmpty() ? ExitOk : (plan.items().isEmpty() ? ExitFailed : ExitPartial);
    }

    if (selectedCount == 0) {
        if (json)
            writeJson(context.out, { plan, method, false, nullptr, heldOpen, warnings });
        else
            context.out << Tr::tr("Nothing to clean.") << '\n';
        context.out.flush();
        return plan.items().isEmpty() && failures.isEmpty() ? ExitOk : ExitFailed;
    }

    CleanupExecutor executor(plan, guard);
    executor.setMethod(method);
    executor.setArchiveDirectory(
        QFile::encodeName(QDir::current().absoluteFilePath(QFile::decodeName(parser.value("archive-dir")))));
    executor.setJournal(&journal);
    const CleanupResult result = executor.run(nullptr, [&](qsizetype done, qsizetype total, const QByteArray &current) {
        if (status.isActive())
            status.show(Tr::tr("Cleaning %1/%2: %3").arg(done).arg(total).arg(display(current)));
    });
    status.clear();

    int done = 0;
    std::uint64_t removedDisk = 0;
    for (const ItemOutcome &outcome : result.outcomes) {
        done += outcome.status == ItemOutcome::Status::Done ? 1 : 0;
        removedDisk += outcome.removedDisk;
    }
    if (json) {
        writeJson(context.out, { plan, method, false, &result, heldOpen, warnings });
    } else if (!result.error.isEmpty()) {
        context.err << "cachelens clean: " << result.error << '\n';
    } else {
        context.out
            << Tr::tr("%1 %2 (%3).").arg(itemCount(done), methodSentence(method), formatSize(removedDisk, units))
            << '\n';
        for (const ItemOutcome &outcome : result.outcomes) {
            if (outcome.status == ItemOutcome::Status::Done)
                continue;
            context.out << "  "
                        << (outcome.status == ItemOutcome::Status::Partial ? Tr::tr("partly done: %1: %2")
                                                                           : Tr::tr("skipped: %1: %2"))
                               .arg(display(plan.items().at(outcome.item).path), outcome.reason)
                        << '\n';
        }
        if (!result.archivePath.isEmpty())
            context.out << Tr::tr("Archive (verified): %1").arg(display(result.archivePath)) << '\n';
        if (method == CleanupMethod::Trash && done > 0)
            context.out << Tr::tr("Undo with 'cachelens clean --undo'. The space comes back when the Trash is emptied "
                                  "('cachelens clean --select trash --method delete --yes').")
                        << '\n';
        context.out << Tr::tr("Journal: %1").arg(journal.path()) << '\n';
    }
    context.out.flush();
    if (!result.error.isEmpty() || done == 0)
        return ExitFailed;
    // In the CLI nothing is deselected by hand: an unselected item was refused or in use.
    const bool skippedAtPlan = selectedCount < plan.size();
    return done == result.outcomes.size() && !result.cancelled && failures.isEmpty() && !skippedAtPlan ? ExitOk
                                                                                                       : ExitPartial;
}

} // namespace CacheLens::Cli
