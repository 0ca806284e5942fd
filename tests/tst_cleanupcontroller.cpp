#include "core/cleanup/cleanupcontroller.h"
#include "core/cleanup/cleanupjournal.h"
#include "tests/fixture/files.h"
#include "tests/fixture/fixturetree.h"

#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

Selector pathSelector(const QByteArray &path)
{
    return Selector { "path", path };
}

FinderOptions under(const QByteArray &root)
{
    FinderOptions options;
    options.paths = { root };
    return options;
}

} // namespace

class TestCleanupController final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void planArrivesWithTheExactItem();
    void planDropsWhatChangedWithinOlderThan();
    void pathOutsideTheRootsIsRefused();
    void deleteRemovesTheFileAndReportsIt();
    void trashThenUndoRestores();
    void freeSpaceIsComputedOnTheWorker();
    void estimatesEachRequestAsItsPlanWould();
    void stoppedPlanIsNotPreparedAndSaysSo();
    void cancelledPlanStillAnswers();

private:
    PlanOutcome planFor(CleanupController &controller, const QList<Selector> &selectors, const FinderOptions &options);

    QTemporaryDir m_data;
};

void TestCleanupController::initTestCase()
{
    // Before anything reads it: the Trash and the journal live under XDG_DATA_HOME.
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit());
    QCOMPARE(CleanupJournal::defaultPath().startsWith(m_data.path()), true);
}

PlanOutcome TestCleanupController::planFor(
    CleanupController &controller, const QList<Selector> &selectors, const FinderOptions &options)
{
    QSignalSpy ready(&controller, &CleanupController::planReady);
    controller.plan(selectors, options);
    if (!ready.wait(20000))
        return {};
    return ready.takeFirst().at(0).value<PlanOutcome>();
}

void TestCleanupController::planArrivesWithTheExactItem()
{
    FixtureTree tree;
    QVERIFY2(tree.file("data/old.bin", 40960), qPrintable(tree.lastError()));
    QVERIFY(tree.file("data/keep.bin", 4096));
    CleanupController controller;
    QVERIFY(!controller.isBusy());
    const PlanOutcome outcome = planFor(controller, { pathSelector(tree.path("data/old.bin")) }, under(tree.root()));
    QVERIFY(outcome.plan);
    QCOMPARE(outcome.plan->size(), 1);
    const CleanupItem &item = outcome.plan->items().constFirst();
    QCOMPARE(item.path, tree.path("data/old.bin"));
    QCOMPARE(item.reason, QByteArray("path"));
    QVERIFY(item.selected);
    QVERIFY2(item.refusal.isEmpty(), qPrintable(item.refusal));
    QCOMPARE(item.apparentBytes, 40960u);
    QCOMPARE(outcome.plan->freed().apparent, 40960u);
    QVERIFY(outcome.roots.contains(tree.root()));
    QVERIFY(!controller.isBusy());
}

void TestCleanupController::planDropsWhatChangedWithinOlderThan()
{
    FixtureTree tree;
    QVERIFY(tree.file("fresh.bin", 100));
    QVERIFY(tree.file("stale.bin", 200));
    const qint64 sixtyDaysAgo = QDateTime::currentSecsSinceEpoch() - 60 * 86400;
    QVERIFY(tree.setTimes("stale.bin", sixtyDaysAgo, sixtyDaysAgo));
    FinderOptions options = under(tree.root());
    options.olderThanDays = 30;
    CleanupController controller;
    const PlanOutcome outcome
        = planFor(controller, { pathSelector(tree.path("fresh.bin")), pathSelector(tree.path("stale.bin")) }, options);
    QVERIFY(outcome.plan);
    QCOMPARE(outcome.plan->size(), 1);
    QCOMPARE(outcome.plan->items().constFirst().path, tree.path("stale.bin"));
}

void TestCleanupController::pathOutsideTheRootsIsRefused()
{
    FixtureTree tree;
    FixtureTree elsewhere;
    QVERIFY(elsewhere.file("other.bin", 10));
    CleanupController controller;
    const PlanOutcome outcome = planFor(controller, { pathSelector(elsewhere.path("other.bin")) }, under(tree.root()));
    QVERIFY(outcome.plan);
    QCOMPARE(outcome.plan->size(), 1);
    QVERIFY(!outcome.plan->items().constFirst().refusal.isEmpty());
    QVERIFY(!outcome.plan->items().constFirst().selected);
    QCOMPARE(outcome.plan->freed().apparent, 0u);
}

void TestCleanupController::deleteRemovesTheFileAndReportsIt()
{
    FixtureTree tree;
    QVERIFY(tree.file("data/old.bin", 40960));
    QVERIFY(tree.file("data/keep.bin", 4096));
    CleanupController controller;
    const PlanOutcome planned = planFor(controller, { pathSelector(tree.path("data/old.bin")) }, under(tree.root()));
    QVERIFY(planned.plan);

    QSignalSpy progress(&controller, &CleanupController::progress);
    QSignalSpy finished(&controller, &CleanupController::finished);
    controller.run(planned.plan, CleanupMethod::Delete);
    QVERIFY(controller.isBusy());
    QVERIFY(finished.wait(20000));
    const auto outcome = finished.takeFirst().at(0).value<RunOutcome>();
    QVERIFY2(outcome.result.error.isEmpty(), qPrintable(outcome.result.error));
    QCOMPARE(outcome.result.outcomes.size(), 1);
    QCOMPARE(outcome.result.outcomes.constFirst().status, ItemOutcome::Status::Done);
    QCOMPARE(outcome.result.outcomes.constFirst().removedApparent, 40960u);
    QCOMPARE(outcome.predicted.apparent, 40960u);
    QVERIFY(outcome.measuredFreed.has_value());
    QVERIFY(!exists(tree.path("data/old.bin")));
    QVERIFY(exists(tree.path("data/keep.bin")));
    QVERIFY(!progress.isEmpty());
    const QList<QVariant> last = progress.constLast();
    QCOMPARE(last.at(0).value<qsizetype>(), last.at(1).value<qsizetype>());
    QVERIFY(!controller.isBusy());
}

void TestCleanupController::trashThenUndoRestores()
{
    FixtureTree tree;
    QVERIFY(tree.file("cache/blob.bin", 12345));
    CleanupController controller;
    const PlanOutcome planned = planFor(controller, { pathSelector(tree.path("cache")) }, under(tree.root()));
    QVERIFY(planned.plan);
    QCOMPARE(planned.plan->size(), 1);

    QSignalSpy finished(&controller, &CleanupController::finished);
    controller.run(planned.plan, CleanupMethod::Trash);
    QVERIFY(finished.wait(20000));
    const auto outcome = finished.takeFirst().at(0).value<RunOutcome>();
    QCOMPARE(outcome.result.outcomes.size(), 1);
    QCOMPARE(outcome.result.outcomes.constFirst().status, ItemOutcome::Status::Done);
    QVERIFY(outcome.result.outcomes.constFirst().trashed.has_value());
    QVERIFY(exists(outcome.result.outcomes.constFirst().trashed->filesPath));
    QVERIFY(!exists(tree.path("cache")));

    QSignalSpy undone(&controller, &CleanupController::undoFinished);
    controller.undoLast();
    QVERIFY(undone.wait(20000));
    const auto result = undone.takeFirst().at(0).value<UndoResult>();
    QCOMPARE(result.run, outcome.result.run);
    QCOMPARE(result.restored, QList<QByteArray> { tree.path("cache") });
    QVERIFY(result.failures.isEmpty());
    QCOMPARE(sizeOf(tree.path("cache/blob.bin")), 12345);

    // Nothing is left to undo: a second undo says so instead of acting.
    controller.undoLast();
    QVERIFY(undone.wait(20000));
    QVERIFY(undone.takeFirst().at(0).value<UndoResult>().nothingToUndo());
}

void TestCleanupController::freeSpaceIsComputedOnTheWorker()
{
    FixtureTree tree;
    CleanupController controller;
    QSignalSpy ready(&controller, &CleanupController::freeSpaceReady);
    controller.queryFreeSpace(tree.root() + "/not/there/yet");
    QVERIFY(ready.wait(10000));
    QCOMPARE(ready.constFirst().at(0).toByteArray(), tree.root() + "/not/there/yet");
    const auto available = ready.constFirst().at(1).value<std::optional<std::uint64_t>>();
    QVERIFY(available.has_value());
    QVERIFY(*available > 0);
}

void TestCleanupController::estimatesEachRequestAsItsPlanWould()
{
    FixtureTree tree;
    QVERIFY(tree.file("root/big/a.bin", 300'000));
    QVERIFY(tree.file("root/small.bin", 5'000));
    QVERIFY(tree.file("root/x.tmp", 7'000));
    CleanupController controller;
    const QList<CleanupRequest> requests = {
        { pathSelector(tree.path("root/big")), under(tree.path("root")) },
        { *Selector::parse("temp", nullptr), under(tree.path("root")) },
        { pathSelector(tree.path("root/missing")), under(tree.path("root")) },
    };
    QSignalSpy estimated(&controller, &CleanupController::estimateReady);
    controller.estimate(requests);
    while (estimated.size() < 3)
        QVERIFY(estimated.wait(20000));
    for (qsizetype i = 0; i < requests.size(); ++i)
        QCOMPARE(estimated.at(i).at(0).value<qsizetype>(), i); // one per request, in order

    const PlanOutcome big = planFor(controller, { requests.at(0).selector }, requests.at(0).options);
    QVERIFY(big.plan);
    QCOMPARE(estimated.at(0).at(1).value<FreedBytes>().disk, big.plan->freed().disk);
    QVERIFY(estimated.at(0).at(1).value<FreedBytes>().disk >= 300'000);
    QCOMPARE(estimated.at(1).at(2).value<qsizetype>(), 1); // x.tmp
    QCOMPARE(estimated.at(2).at(2).value<qsizetype>(), 0); // nothing there: nothing to free

    // A plan supersedes estimates still queued: their results no longer arrive.
    QSignalSpy late(&controller, &CleanupController::estimateReady);
    controller.estimate(requests);
    const PlanOutcome planned = planFor(controller, { requests.at(1).selector }, requests.at(1).options);
    QVERIFY(planned.plan);
    QTest::qWait(200);
    QVERIFY(late.size() < 3);
}

void TestCleanupController::stoppedPlanIsNotPreparedAndSaysSo()
{
    FixtureTree tree;
    QVERIFY(tree.file("root/x.tmp", 7'000));
    QVERIFY(tree.file("root/y.bin", 7'000));
    const QList<CleanupRequest> requests = { { *Selector::parse("temp", nullptr), under(tree.path("root")) } };
    for (const bool cancel : { false, true }) {
        PlanControl control;
        auto token = std::make_shared<ScanToken>();
        if (cancel)
            token->cancel();
        control.token = token;
        QList<PlanProgress> steps;
        control.progress = [&](const PlanProgress &progress) { steps.append(progress); };
        const PlanOutcome outcome = preparePlan(requests, nullptr, {}, false, control);
        QVERIFY(outcome.plan);
        if (!cancel) {
            QVERIFY(!outcome.stopped);
            QCOMPARE(outcome.plan->size(), 1);
            QVERIFY(outcome.entriesLookedAt >= 3);
            QVERIFY(!steps.isEmpty());
            QCOMPARE(steps.constFirst().step, PlanProgress::Step::Searching);
            QCOMPARE(steps.constFirst().selector, QByteArray("temp"));
            QCOMPARE(steps.constLast().step, PlanProgress::Step::Measuring);
            QCOMPARE(steps.constLast().entries, outcome.entriesLookedAt);
            continue;
        }
        QVERIFY2(outcome.stopped, "a stopped plan must say so, or half a plan looks like the answer");
        QCOMPARE(outcome.plan->size(), 0);
        for (const PlanProgress &step : std::as_const(steps))
            QVERIFY(step.step == PlanProgress::Step::Searching); // never measured nor offered
    }
}

void TestCleanupController::cancelledPlanStillAnswers()
{
    FixtureTree tree;
    QVERIFY(tree.file("root/x.tmp", 7'000));
    CleanupController controller;
    controller.cancelPlan(); // nothing to stop: harmless
    QSignalSpy ready(&controller, &CleanupController::planReady);
    controller.plan({ *Selector::parse("temp", nullptr) }, under(tree.path("root")));
    controller.cancelPlan();
    QVERIFY(ready.wait(20000)); // the page waiting for it is not left hanging
    const PlanOutcome outcome = ready.takeFirst().at(0).value<PlanOutcome>();
    QVERIFY(outcome.plan);
    if (outcome.stopped)
        QCOMPARE(outcome.plan->size(), 0);
    else
        QCOMPARE(outcome.plan->size(), 1); // it had finished before the stop arrived
    QVERIFY(!controller.isBusy());
}

QTEST_GUILESS_MAIN(TestCleanupController)
#include "tst_cleanupcontroller.moc"
