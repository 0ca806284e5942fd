#pragma once

#include "core/cleanup/cleanupcontroller.h"

#include <QWizardPage>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace CacheLens
{

class CleanupWizard;

/// Wizard page 2: the exact plan. Every item with its size, tier, reason and a check box;
/// refused and in-use items are shown unchecked with the reason and cannot be checked. The
/// total ("frees X") is CleanupPlan::freed(), recomputed on every toggle.
class PreviewPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewPage)

public:
    enum Column : int { PathColumn = 0, SizeColumn, DiskColumn, TierColumn, ReasonColumn, DetailColumn };

    explicit PreviewPage(CleanupWizard *wizard);
    ~PreviewPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    /// True once the plan asked for by initializePage() has arrived.
    [[nodiscard]] bool isReady() const;

    [[nodiscard]] QTreeWidget *itemList() const;
    [[nodiscard]] QLabel *totalLabel() const;
    [[nodiscard]] QLabel *heldOpenLabel() const;

private:
    void onPlanReady(const PlanOutcome &outcome);
    void onItemChanged(QTreeWidgetItem *item, int column);
    void updateTotal();

    CleanupWizard *m_wizard = nullptr;
    bool m_ready = false;
    QLabel *m_status = nullptr;
    QTreeWidget *m_items = nullptr;
    QLabel *m_total = nullptr;
    QLabel *m_trashNote = nullptr;
    QLabel *m_heldOpen = nullptr;
    QLabel *m_warnings = nullptr;
};

} // namespace CacheLens
