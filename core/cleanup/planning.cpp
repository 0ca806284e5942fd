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
    const QString &journalPath, bool probeProcesses)
{
    PlanOutcome outcome;
    outcome.plan = std::make_shared<CleanupPlan>();
    if (!rules)
        rules = RuleSet::loadDefault(&outcome.warnings);
    const Environment environment = Environment::fromSystem(QDir::homePath());
    const QList<KnownCache> caches = resolveKnownCaches(rules->cacheSpecs(), environment);
    const CleanupJournal journal = journalPath.isEmpty() ? CleanupJournal() : CleanupJournal(journalPath);
    for (const CleanupRequest &request : requests) {
        CandidateFinder finder(rules, caches, request.options, &journal);
        QString error;
        if (!finder.find(request.selector, *outcome.plan, &error))
            outcome.failures.append(error);
        for (const QByteArray &root : finder.roots()) {
            if (!outcome.roots.contains(root))
                outcome.roots.append(root);
        }
        outcome.warnings += finder.warnings();
    }
    const CleanupGuard guard(outcome.roots, QFile::encodeName(QDir::homePath()));
    const InUseProbe probe = probeProcesses ? InUseProbe::snapshot() : InUseProbe();
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
