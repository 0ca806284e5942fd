#pragma once

#include "core/cleanup/cleanupcontroller.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace CacheLens
{

class CleanupWizard;

/// Wizard page 2: the exact plan. Every item with its size, tier, reason and a check box;
/// refused and in-use items are shown unchecked with the reason and cannot be checked. The
/// total ("frees X") is CleanupPlan::freed(), recomputed on every toggle. While the plan is
/// searched for, a busy bar and a running count show it is working, and Stop Searching ends
/// the search (a stopped search lists nothing: half a plan must not look like the answer).
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    enum Column : int { PathColumn = 0, SizeColumn, DiskColumn, TierColumn, ReasonColumn, DetailColumn };

    explicit PreviewPage(CleanupWizard *wizard);
    ~PreviewPage() override;

    void initializePage() override;
    /// Back: the search still going on is stopped, not left to run in the background.
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;
    /// True once the plan asked for by initializePage() has arrived.
    [[nodiscard]] bool isReady() const;
    /// True when the last search was stopped before it finished (nothing is listed).
    [[nodiscard]] bool isStopped() const;
    /// Stops the search if one is going on (the wizard closing, Stop Searching, Back).
    void stopSearch();

    [[nodiscard]] QLabel *statusLabel() const;
    [[nodiscard]] QProgressBar *progressBar() const;
    /// Stop Searching while searching, Search Again after a stop.
    [[nodiscard]] QPushButton *stopButton() const;

    [[nodiscard]] QTreeWidget *itemList() const;
    [[nodiscard]] QLabel *totalLabel() const;
    [[nodiscard]] QLabel *heldOpenLabel() const;

private:
    void startSearch();
    void onPlanProgress(const PlanProgress &progress);
    void onPlanReady(const PlanOutcome &outcome);
    void showStopped(std::uint64_t entries);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateTotal();

    CleanupWizard *m_wizard = nullptr;
    bool m_ready = false;
    bool m_searching = false;
    bool m_stopped = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_stop = nullptr;
    QTreeWidget *m_items = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_trashNote = nullptr;
    QLabel *m_heldOpen = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace CacheLens
