#pragma once

#include "core/cleanup/cleanupcontroller.h"
#include "core/rules/category.h"
#include "core/rules/knowncaches.h"

#include <QByteArray>
#include <QList>
#include <QWizard>

#include <memory>

namespace CacheLens
{

class ChoosePage;
class MethodPage;
class PreviewPage;
class RunPage;

/// The cleanup wizard: choose selectors, preview the exact plan, choose how, run and see the
/// result. Every file-system step goes through the CleanupController (core, on its own thread):
/// the wizard only shows and toggles the plan the controller hands over.
class CleanupWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CleanupWizard)

public:
    enum PageId : int { ChoosePageId = 0, PreviewPageId, MethodPageId, RunPageId };

    /// caches: the known caches found on this machine (one "cache:ID" row each).
    CleanupWizard(CleanupController *controller, const QList<KnownCache> &caches, QWidget *parent = nullptr);
    ~CleanupWizard() override;

    /// The folders of the scan on screen: the default project folder for checkpoints and logs,
    /// and the PATHs a "path:" selector may act in.
    void setScanRoots(const QList<QByteArray> &roots);
    /// Adds a "path:PATH" row, checked, and unchecks every other row ("Add to cleanup..." in a view).
    void addPathSelector(const QByteArray &path, Tier tier);
    /// Ticks exactly these selectors on the first page (a notification's "cleanup:" action).
    void checkOnly(const QList<QByteArray> &selectors);

    /// "1 item", "5 items": English needs the singular spelled out without a translation file.
    [[nodiscard]] static QString itemCount(qsizetype count);

    [[nodiscard]] CleanupController *controller() const;
    [[nodiscard]] QList<QByteArray> scanRoots() const;
    /// The plan of the last planReady; only this (GUI) thread touches it.
    [[nodiscard]] std::shared_ptr<CleanupPlan> plan() const;
    void setPlanOutcome(const PlanOutcome &outcome);
    [[nodiscard]] const PlanOutcome &planOutcome() const;
    [[nodiscard]] CleanupMethod method() const;
    [[nodiscard]] QByteArray archiveDirectory() const;

    [[nodiscard]] ChoosePage *choosePage() const;
    [[nodiscard]] PreviewPage *previewPage() const;
    [[nodiscard]] MethodPage *methodPage() const;
    [[nodiscard]] RunPage *runPage() const;

    /// While a run is going on, Esc and the close button stop it instead of closing.
    void reject() override;

Q_SIGNALS:
    /// A run ended; removed: the items wholly gone from where they were (done), for the views.
    /// exact: nothing else changed (no item was only partly removed), so the views can drop
    /// exactly these subtrees instead of scanning again.
    void cleaned(const QList<QByteArray> &removed, bool exact);
    /// "Undo" put items back: what the views show is out of date.
    void restored();

private:
    CleanupController *m_controller = nullptr;
    QList<QByteArray> m_scanRoots;
    PlanOutcome m_outcome;
    ChoosePage *m_choose = nullptr;
    PreviewPage *m_preview = nullptr;
    MethodPage *m_method = nullptr;
    RunPage *m_run = nullptr;
};

} // namespace CacheLens
