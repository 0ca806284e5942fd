#pragma once

#include "core/cleanup/candidatefinder.h"
#include "core/cleanup/cleanupplan.h"
#include "core/cleanup/inuseprobe.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace CacheLens
{

class RuleSet;

/// "hf-unused" as the wizard and scheduled scans propose it: repositories unused this many days.
constexpr int DefaultHfUnusedDays = 90;

/// One selector and where/how its finder looks. Selectors in one planning request may need
/// different options: "checkpoints" looks only under a folder while "cache:pip" looks in the
/// pip cache, and "logs" may have an age the others do not.
struct CleanupRequest {
    Selector selector;
    FinderOptions options;
};

/// A prepared plan and what came with it.
struct PlanOutcome {
    std::shared_ptr<CleanupPlan> plan;
    QList<QByteArray> roots; ///< where the guard lets the cleanup act (the finders' roots)
    QList<HeldOpenFile> heldOpen; ///< deleted files still held open (informational)
    QStringList warnings; ///< finders', the plan's, and selectors that could not apply
    QStringList failures; ///< the selectors that could not apply (also in warnings)
};

/// How the window and `cachelens clean` turn selectors into a plan, in one place: each finder
/// looks, the guard is built from their roots, the plan is prepared (manifests, in-use probe
/// unless probeProcesses is false) and each selector's --older-than applied.
/// journalPath: empty for CleanupJournal::defaultPath(). rules: null for the default rule set.
[[nodiscard]] PlanOutcome preparePlan(const QList<CleanupRequest> &requests, std::shared_ptr<const RuleSet> rules,
    const QString &journalPath = {}, bool probeProcesses = true);

} // namespace CacheLens
