#pragma once

#include "core/cleanup/candidatefinder.h"
#include "core/cleanup/cleanupplan.h"
#include "core/cleanup/inuseprobe.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <functional>
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
    /// The stop token ended the search early: the plan holds only part of what was asked for
    /// and is not prepared, so it must not be shown or acted on as the answer.
    bool stopped = false;
    std::uint64_t entriesLookedAt = 0; ///< files and folders the finders looked at
};

/// Where preparePlan() is, for a progress display.
struct PlanProgress {
    enum class Step : int { Searching, Measuring, CheckingInUse };
    Step step = Step::Searching;
    QByteArray selector; ///< the selector being searched for (Searching)
    std::uint64_t entries = 0; ///< files and folders looked at so far, over all selectors
    QByteArray folder; ///< the root being searched now, when a search walks folders
};

/// How a caller follows and stops preparePlan(). Both may be empty (the command line).
struct PlanControl {
    std::shared_ptr<const ScanToken> token; ///< stopped: the searches end within an entry
    std::function<void(const PlanProgress &)> progress; ///< called on preparePlan()'s thread, <= 10/s
};

/// How the window and `cachelens clean` turn selectors into a plan, in one place: each finder
/// looks, the guard is built from their roots, the plan is prepared (manifests, in-use probe
/// unless probeProcesses is false) and each selector's --older-than applied.
/// journalPath: empty for CleanupJournal::defaultPath(). rules: null for the default rule set.
/// When control's token stops, the outcome comes back early with stopped set.
[[nodiscard]] PlanOutcome preparePlan(const QList<CleanupRequest> &requests, std::shared_ptr<const RuleSet> rules,
    const QString &journalPath = {}, bool probeProcesses = true, const PlanControl &control = {});

} // namespace CacheLens
