#include "core/cleanup/cleanupcontroller.h"
#include "core/report/sizeformat.h"
#include "tests/fixture/fixturetree.h"
#include "ui/cleanup/choosepage.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/cleanup/methodpage.h"
#include "ui/cleanup/previewpage.h"
#include "ui/cleanup/runpage.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <sys/stat.h>

using namespace CacheLens;
using namespace CacheLens::Test;
using namespace Qt::StringLiterals;

namespace
{

bool exists(const QByteArray &path)
{
    struct stat st {
    };
    return ::lstat(path.constData(), &st) == 0;
}

QTreeWidgetItem *rowFor(QTreeWidget *list, const QByteArray &path)
{
    const QList<QTreeWidgetItem *> found
        = list->findItems(QString::fromLocal8Bit(path), Qt::MatchExactly, PreviewPage::PathColumn);
    return found.isEmpty() ? nullptr : found.constFirst();
}

} // namespace

class TestCleanupWizard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void walksThroughAllPagesAndDeletesWhatIsTicked();
    void trashRunOffersUndoThatRestores();
    void stoppedSearchListsNothingAndCanSearchAgain();

private:
    QTemporaryDir m_data;
};

void TestCleanupWizard::initTestCase()
{
    QVERIFY(m_data.isValid());
    qputenv("XDG_DATA_HOME", m_data.path().toLocal8Bit()); // Trash and journal, before anything reads it
}

void TestCleanupWizard::walksThroughAllPagesAndDeletesWhatIsTicked()
{
    FixtureTree tree;
    QVERIFY(tree.file("old/a.bin", 8192));
    QVERIFY(tree.file("old/b.bin", 4096));
    QVERIFY(tree.file("keep.bin", 100));
    FixtureTree elsewhere;
    QVERIFY(elsewhere.file("outside.bin", 100));

    CleanupController controller;
    CleanupWizard wizard(&controller, {});
    wizard.setScanRoots({ tree.root() });
    wizard.addPathSelector(tree.path("old/a.bin"), Tier::Keep);
    wizard.addPathSelector(tree.path("old/b.bin"), Tier::Keep);
    wizard.addPathSelector(elsewhere.path("outside.bin"), Tier::Keep);
    wizard.show();
    QCOMPARE(wizard.currentId(), int(CleanupWizard::ChoosePageId));
    // "Add to cleanup" ticks only what was picked; temp files are ticked by default otherwise.
    QVERIFY(!wizard.choosePage()->selectorCheck("temp")->isChecked());
    QVERIFY(wizard.choosePage()->selectorCheck("path:" + tree.path("old/a.bin"))->isChecked());
    QCOMPARE(wizard.choosePage()->projectFolderEdit()->text(), QString::fromLocal8Bit(tree.root()));

    QSignalSpy planned(&controller, &CleanupController::planReady);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CleanupWizard::PreviewPageId));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled()); // nothing to go on with until the plan is there
    QVERIFY(planned.wait(20000));
    PreviewPage *preview = wizard.previewPage();
    QVERIFY(preview->isReady());
    QCOMPARE(preview->itemList()->topLevelItemCount(), 3);
    QTreeWidgetItem *a = rowFor(preview->itemList(), tree.path("old/a.bin"));
    QTreeWidgetItem *outside = rowFor(preview->itemList(), elsewhere.path("outside.bin"));
    QVERIFY(a && outside);
    QCOMPARE(a->checkState(PreviewPage::PathColumn), Qt::Checked);
    // Outside the scanned folders: shown, unchecked, with the reason, and it cannot be ticked.
    QCOMPARE(outside->checkState(PreviewPage::PathColumn), Qt::Unchecked);
    QVERIFY(!(outside->flags() & Qt::ItemIsUserCheckable));
    QVERIFY(outside->text(PreviewPage::DetailColumn).startsWith(u"Refused"_s));
    QVERIFY2(preview->totalLabel()->text().contains(u"frees "_s + formatSize(12288)),
        qPrintable(preview->totalLabel()->text()));
    a->setCheckState(PreviewPage::PathColumn, Qt::Unchecked);
    QVERIFY2(preview->totalLabel()->text().contains(u"frees "_s + formatSize(4096)),
        qPrintable(preview->totalLabel()->text()));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());

    wizard.next();
    QCOMPARE(wizard.currentId(), int(CleanupWizard::MethodPageId));
    MethodPage *method = wizard.methodPage();
    QVERIFY(method->methodButton(CleanupMethod::Trash)->isChecked()); // the default is restorable
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
    method->methodButton(CleanupMethod::Delete)->setChecked(true);
    QVERIFY(!wizard.button(QWizard::CommitButton)->isEnabled()); // not without "cannot be undone"
    method->deleteConfirmation()->setChecked(true);
    QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());

    QSignalSpy finished(&controller, &CleanupController::finished);
    wizard.next();
    QCOMPARE(wizard.currentId(), int(CleanupWizard::RunPageId));
    QVERIFY(finished.wait(20000));
    RunPage *run = wizard.runPage();
    QVERIFY(run->isComplete());
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY2(run->resultLabel()->text().contains(u"1 item deleted (%1)"_s.arg(formatSize(4096))),
        qPrintable(run->resultLabel()->text()));
    QVERIFY(!exists(tree.path("old/b.bin")));
    QVERIFY(exists(tree.path("old/a.bin"))); // unticked in the preview
    QVERIFY(exists(tree.path("keep.bin")));
    QVERIFY(exists(elsewhere.path("outside.bin")));
    QVERIFY(!run->undoButton()->isVisible()); // deleted for good: nothing to undo
}

void TestCleanupWizard::stoppedSearchListsNothingAndCanSearchAgain()
{
    FixtureTree tree;
    QVERIFY(tree.file("old/a.bin", 8192));
    CleanupController controller;
    CleanupWizard wizard(&controller, {});
    wizard.setScanRoots({ tree.root() });
    wizard.addPathSelector(tree.path("old/a.bin"), Tier::Keep);
    wizard.show();
    // Next as soon as the first page has asked for its estimates: the plan cuts short whatever
    // is still measuring. (With the test's own small temp folder the estimates may already be
    // done; "measuring..." lasted only while they walked the machine's /tmp and /var/tmp.)
    QTRY_VERIFY(!wizard.choosePage()->estimateText("path:" + tree.path("old/a.bin")).isEmpty());
    QSignalSpy planned(&controller, &CleanupController::planReady);
    wizard.next();
    PreviewPage *preview = wizard.previewPage();
    // While it searches: a busy bar and a way to stop it.
    QVERIFY(preview->progressBar()->isVisible());
    QVERIFY(preview->stopButton()->isVisible() && preview->stopButton()->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // A stopped search answers with what it had found so far, flagged: none of it is offered.
    PlanOutcome stopped;
    stopped.plan = std::make_shared<CleanupPlan>();
    stopped.plan->add(CleanupItem::make(tree.path("old/a.bin"), "path", u"half"_s, {}));
    stopped.stopped = true;
    stopped.entriesLookedAt = 120'000;
    Q_EMIT controller.planReady(stopped);
    QVERIFY(preview->isStopped());
    QVERIFY(!preview->isReady());
    QCOMPARE(preview->itemList()->topLevelItemCount(), 0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.plan());
    QVERIFY(!preview->progressBar()->isVisible());
    QVERIFY2(preview->statusLabel()->text().contains(u"Stopped"_s), qPrintable(preview->statusLabel()->text()));
    // The real answer of the search that was stopped arrives late: still not shown.
    QVERIFY(planned.wait(20000));
    QCOMPARE(preview->itemList()->topLevelItemCount(), 0);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

    // Search Again looks again, and this time the plan is shown.
    QVERIFY(preview->stopButton()->isEnabled());
    planned.clear();
    preview->stopButton()->click();
    QVERIFY(preview->progressBar()->isVisible());
    QVERIFY(planned.wait(20000));
    QVERIFY(preview->isReady());
    QVERIFY(!preview->isStopped());
    QCOMPARE(preview->itemList()->topLevelItemCount(), 1);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!preview->stopButton()->isVisible());

    wizard.back();
    // Stop pressed for real: whichever way the race goes, a plan is either whole or not shown.
    planned.clear();
    wizard.next();
    preview->stopButton()->click();
    QVERIFY(!preview->stopButton()->isEnabled());
    QVERIFY(planned.wait(20000));
    QVERIFY(preview->isStopped() != preview->isReady());
    if (preview->isStopped()) {
        QCOMPARE(preview->itemList()->topLevelItemCount(), 0);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
}

void TestCleanupWizard::trashRunOffersUndoThatRestores()
{
    FixtureTree tree;
    QVERIFY(tree.file("run/events.bin", 2048));
    CleanupController controller;
    CleanupWizard wizard(&controller, {});
    wizard.setScanRoots({ tree.root() });
    wizard.addPathSelector(tree.path("run"), Tier::Keep);
    QSignalSpy cleaned(&wizard, &CleanupWizard::cleaned);
    wizard.show();
    QSignalSpy planned(&controller, &CleanupController::planReady);
    wizard.next();
    QVERIFY(planned.wait(20000));
    wizard.next();
    QVERIFY(wizard.methodPage()->methodButton(CleanupMethod::Trash)->isChecked());
    QSignalSpy finished(&controller, &CleanupController::finished);
    wizard.next();
    QVERIFY(finished.wait(20000));
    QVERIFY(!exists(tree.path("run")));
    QCOMPARE(cleaned.size(), 1);
    QCOMPARE(cleaned.constFirst().at(0).value<QList<QByteArray>>(), QList<QByteArray> { tree.path("run") });
    QVERIFY(wizard.runPage()->undoButton()->isVisible());

    QSignalSpy restored(&wizard, &CleanupWizard::restored);
    QTest::mouseClick(wizard.runPage()->undoButton(), Qt::LeftButton);
    QVERIFY(restored.wait(20000));
    QVERIFY(exists(tree.path("run/events.bin")));
}

QTEST_MAIN(TestCleanupWizard)
#include "tst_cleanupwizard.moc"
