#include "core/cleanup/planning.h"

#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/cleanupjournal.h"
#include "core/logging.h"
#include "core/rules/environment.h"
#include "core/rules/knowncaches.h"
#include "core/rules/ruleset.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <spdlog/spdlog.h>

namespace CacheLens
{

PlanOutcome preparePlan(const QList<CleanupRequest> &requests, std::shared_ptr<const RuleSet> rules,
    const QString &journalPath, bool probeProcesses, const PlanControl &control)
{
    PlanOutcome outcome;
    outcome.plan = std::make_shared<CleanupPlan>();
    const auto stopping = [&] { return control.token && control.token->isStopped(); };
    const auto report = [&](PlanProgress::Step step, const QByteArray &selector, const QByteArray &folder) {
        if (control.progress)
            control.progress({ step, selector, outcome.entriesLookedAt, folder });
    };
    if (!rules)
        rules = RuleSet::loadDefault(&outcome.warnings);
    const Environment environment = Environment::fromSystem(QDir::homePath());
    const QList<KnownCache> caches = resolveKnownCaches(rules->cacheSpecs(), environment);
    const CleanupJournal journal = journalPath.isEmpty() ? CleanupJournal() : CleanupJournal(journalPath);
    for (const CleanupRequest &request : requests) {
        if (stopping())
            break;
        const QByteArray selectorText = request.selector.text();
        report(PlanProgress::Step::Searching, selectorText, {});
        CandidateFinder finder(rules, caches, request.options, &journal);
        finder.setStopToken(control.token);
        const std::uint64_t before = outcome.entriesLookedAt;
        finder.setProgress([&](const FinderProgress &progress) {
            outcome.entriesLookedAt = before + progress.entries;
            report(PlanProgress::Step::Searching, selectorText, progress.folder);
        });
        QString error;
        if (!finder.find(request.selector, *outcome.plan, &error))
            outcome.failures.append(error);
        outcome.entriesLookedAt = before + finder.entriesLookedAt();
        for (const QByteArray &root : finder.roots()) {
            if (!outcome.roots.contains(root))
                outcome.roots.append(root);
        }
        outcome.warnings += finder.warnings();
        if (finder.stopped())
            break;
    }
    if (stopping()) {
        // Not prepared: nothing is measured or offered from a search that did not finish.
        outcome.stopped = true;
        Log::cleanup()->info("planning stopped after {} entries", outcome.entriesLookedAt);
        return outcome;
    }
    const CleanupGuard guard(outcome.roots, QFile::encodeName(QDir::homePath()));
    report(PlanProgress::Step::CheckingInUse, {}, {});
    const InUseProbe probe = probeProcesses ? InUseProbe::snapshot() : InUseProbe();
    report(PlanProgress::Step::Measuring, {}, {});
    outcome.plan->prepare(guard, probeProcesses ? &probe : nullptr);
    const std::int64_t now = QDateTime::currentSecsSinceEpoch();
    for (const CleanupRequest &request : requests) {
        if (request.options.olderThanDays)
            outcome.plan->dropChangedSince(
                now - std::int64_t(*request.options.olderThanDays) * 86400, request.selector.kind);
    }
    outcome.warnings += outcome.plan->warnings();
    outcome.warnings += outcome.failures;
    if (probeProcesses && !InUseProbe::isSupported())
        outcome.warnings.append(
            QCoreApplication::translate("CleanupPlan", "whether files are in use cannot be checked on this system"));
    outcome.heldOpen = probe.heldOpenDeleted();
    Log::cleanup()->info("planned {} items from {} selectors", outcome.plan->size(), requests.size());
    return outcome;
}

} // namespace CacheLens
