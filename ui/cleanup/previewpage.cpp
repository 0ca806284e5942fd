#include "ui/cleanup/previewpage.h"

#include "core/report/sizeformat.h"
#include "ui/cleanup/choosepage.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/cleanup/tierbadge.h"

#include <QCheckBox>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

/// Sentences read best cut at their end; the view cuts paths in the middle.
class ElideRightDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->textElideMode = Qt::ElideRight;
    }
};

} // namespace

namespace
{

constexpr int IndexRole = Qt::UserRole + 1;

// Why an item cannot be checked, or an empty string.
QString blockedReason(const CleanupItem &item)
{
    if (!item.refusal.isEmpty())
        return PreviewPage::tr("Refused: %1").arg(item.refusal);
    if (!item.inUse.isEmpty()) {
        QStringList names;
        for (const ProcessRef &process : item.inUse)
            names.append(u"%1 (%2)"_s.arg(process.name).arg(process.pid));
        return PreviewPage::tr("In use by %1").arg(names.join(u", "_s));
    }
    return {};
}

} // namespace

PreviewPage::PreviewPage(CleanupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Exactly what would go"));
    setSubTitle(tr("Untick anything you want to keep. Items that are in use or outside the scanned folders "
                   "cannot be ticked."));

    m_status = new QLabel(this);
    m_status->setObjectName(u"previewStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_stop = new QPushButton(this);
    m_stop->setObjectName(u"previewStop"_s);
    connect(m_stop, &QPushButton::clicked, this, [this] {
        if (m_searching)
            stopSearch();
        else
            startSearch();
    });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"previewProgress"_s);
    m_progress->setRange(0, 0); // busy: how much is left to walk is not known
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->sizeHint().height() / 2 + 2);
    m_items = new QTreeWidget(this);
    m_items->setObjectName(u"previewItems"_s);
    m_items->setRootIsDecorated(false);
    m_items->setUniformRowHeights(true);
    m_items->setAlternatingRowColors(true);
    m_items->setTextElideMode(Qt::ElideMiddle); // the name at the end is what tells items apart
    m_items->setItemDelegateForColumn(DetailColumn, new ElideRightDelegate(m_items));
    m_items->setHeaderLabels({ tr("Path"), tr("Size"), tr("On Disk"), tr("Tier"), tr("Selector"), tr("Why") });
    m_items->header()->setStretchLastSection(true);
    m_items->header()->resizeSection(PathColumn, 330);
    m_items->header()->resizeSection(SizeColumn, 80);
    m_items->header()->resizeSection(DiskColumn, 80);
    m_items->header()->resizeSection(TierColumn, 80);
    m_items->header()->resizeSection(ReasonColumn, 90);
    connect(m_items, &QTreeWidget::itemChanged, this, &PreviewPage::onItemChanged);

    m_total = new QLabel(this);
    m_total->setObjectName(u"previewTotal"_s);
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);
    m_total->setWordWrap(true);
    m_trashNote = new QLabel(tr("Moving to the Trash (the default) frees nothing until the Trash is emptied: choose "
                                "Archive or Delete on the next page when the goal is space."),
        this);
    m_trashNote->setWordWrap(true);
    m_heldOpen = new QLabel(this);
    m_heldOpen->setObjectName(u"previewHeldOpen"_s);
    m_heldOpen->setWordWrap(true);
    m_heldOpen->setTextFormat(Qt::PlainText);
    m_warnings = new QLabel(this);
    m_warnings->setObjectName(u"previewWarnings"_s);
    m_warnings->setWordWrap(true);
    m_warnings->setTextFormat(Qt::PlainText);

    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_status, 1);
    statusRow->addWidget(m_stop, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(statusRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_items, 1);
    layout->addWidget(m_total);
    layout->addWidget(m_trashNote);
    layout->addWidget(m_heldOpen);
    layout->addWidget(m_warnings);

    connect(wizard->controller(), &CleanupController::planReady, this, &PreviewPage::onPlanReady);
    connect(wizard->controller(), &CleanupController::planProgress, this, &PreviewPage::onPlanProgress);
}

PreviewPage::~PreviewPage() = default;

void PreviewPage::initializePage()
{
    startSearch();
}

void PreviewPage::cleanupPage()
{
    stopSearch();
    m_wizard->choosePage()->resumeEstimates(); // the plan stopped them; the first page shows them
    QWizardPage::cleanupPage();
}

void PreviewPage::startSearch()
{
    m_ready = false;
    m_stopped = false;
    m_searching = true;
    m_wizard->setPlanOutcome({}); // nothing from an earlier visit can be acted on meanwhile
    m_items->clear();
    m_total->clear();
    m_heldOpen->clear();
    m_warnings->clear();
    m_heldOpen->hide();
    m_warnings->hide();
    m_status->setText(tr("Looking for what to clean up and measuring it..."));
    m_progress->show();
    m_stop->setText(tr("&Stop Searching"));
    m_stop->setToolTip(tr("Stop looking. Nothing has been removed; you can search again or go back."));
    m_stop->setEnabled(true);
    m_stop->show();
    m_wizard->controller()->plan(m_wizard->choosePage()->requests());
    Q_EMIT completeChanged();
}

void PreviewPage::stopSearch()
{
    if (!m_searching)
        return;
    m_wizard->controller()->cancelPlan();
    m_stop->setEnabled(false);
    m_status->setText(tr("Stopping..."));
}

void PreviewPage::onPlanProgress(const PlanProgress &progress)
{
    if (!m_searching || !m_stop->isEnabled())
        return; // "Stopping..." stays until the search has ended
    const int entries = int(std::min<std::uint64_t>(progress.entries, std::numeric_limits<int>::max()));
    switch (progress.step) {
    case PlanProgress::Step::Searching: {
        // The first page's wording of what is looked for, rather than the selector's code.
        const QCheckBox *row = m_wizard->choosePage()->selectorCheck(progress.selector);
        const QString what = row ? row->text().remove(u'&') : QString::fromLocal8Bit(progress.selector);
        if (progress.folder.isEmpty() || entries == 0) {
            m_status->setText(tr("%1: looking...").arg(what));
        } else {
            const QString folder = m_status->fontMetrics().elidedText(
                QFile::decodeName(progress.folder), Qt::ElideMiddle, std::max(200, m_status->width() / 2));
            m_status->setText(tr("%1: looked at %Ln entries in %2...", nullptr, entries).arg(what, folder));
        }
        break;
    }
    case PlanProgress::Step::CheckingInUse:
        m_status->setText(tr("Checking which files running programs have open..."));
        break;
    case PlanProgress::Step::Measuring:
        m_status->setText(tr("Measuring what was found..."));
        break;
    }
}

void PreviewPage::showStopped(std::uint64_t entries)
{
    m_stopped = true;
    m_progress->hide();
    m_status->setText(tr("Stopped after looking at %Ln entries. Nothing is listed, because the list would be "
                         "incomplete: search again, or go back and tick less.",
        nullptr, int(std::min<std::uint64_t>(entries, std::numeric_limits<int>::max()))));
    m_stop->setText(tr("Search &Again"));
    m_stop->setToolTip(tr("Look again for what you ticked"));
    m_stop->setEnabled(true);
    Q_EMIT completeChanged();
}

void PreviewPage::onPlanReady(const PlanOutcome &outcome)
{
    if (m_wizard->currentId() != CleanupWizard::PreviewPageId || m_ready || !m_searching)
        return; // the user went back meanwhile: the next visit plans again
    m_searching = false;
    if (outcome.stopped) {
        showStopped(outcome.entriesLookedAt);
        return;
    }
    m_progress->hide();
    m_stop->hide();
    m_wizard->setPlanOutcome(outcome);
    const CleanupPlan &plan = *outcome.plan;
    m_items->blockSignals(true);
    for (qsizetype i = 0; i < plan.size(); ++i) {
        const CleanupItem &item = plan.items().at(i);
        auto *row = new QTreeWidgetItem(m_items);
        row->setData(PathColumn, IndexRole, i);
        row->setText(PathColumn, QFile::decodeName(item.path));
        row->setToolTip(PathColumn, QFile::decodeName(item.path));
        row->setText(SizeColumn, formatSize(item.apparentBytes));
        row->setText(DiskColumn, formatSize(item.diskBytes));
        const QString sizes = tr("%1 apparent, %2 on disk, %n files", nullptr, int(item.files))
                                  .arg(formatSize(item.apparentBytes), formatSize(item.diskBytes));
        row->setToolTip(SizeColumn, sizes);
        row->setToolTip(DiskColumn, sizes);
        row->setTextAlignment(SizeColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setTextAlignment(DiskColumn, Qt::AlignRight | Qt::AlignVCenter);
        row->setIcon(TierColumn, tierIcon(item.classification.tier));
        row->setText(TierColumn, tierBadgeText(item.classification.tier));
        row->setToolTip(TierColumn, tierDisplayName(item.classification.tier));
        row->setText(ReasonColumn, QString::fromLatin1(item.reason));
        const QString blocked = blockedReason(item);
        QString detail = blocked.isEmpty() ? item.detail : blocked;
        if (blocked.isEmpty() && item.onNetworkFileSystem)
            detail += u" "_s + tr("(on a network file system: other machines may be using it)");
        row->setText(DetailColumn, detail);
        row->setToolTip(DetailColumn, detail);
        if (blocked.isEmpty()) {
            row->setFlags(row->flags() | Qt::ItemIsUserCheckable);
            row->setCheckState(PathColumn, item.selected ? Qt::Checked : Qt::Unchecked);
        } else {
            // prepare() already left it unselected; without the flag it cannot be ticked again.
            row->setFlags(row->flags() & ~Qt::ItemIsUserCheckable & ~Qt::ItemIsEnabled);
            row->setCheckState(PathColumn, Qt::Unchecked);
        }
    }
    m_items->blockSignals(false);
    m_status->setText(plan.size() == 0 ? tr("Nothing was found for what you ticked.")
                                       : tr("%1 found.").arg(CleanupWizard::itemCount(plan.size())));

    if (!outcome.heldOpen.isEmpty()) {
        std::uint64_t held = 0;
        QStringList lines;
        for (const HeldOpenFile &file : outcome.heldOpen) {
            held += file.diskBytes;
            if (lines.size() < 5)
                lines.append(tr("%1 held by %2 (%3): %4")
                                 .arg(formatSize(file.diskBytes), file.process.name)
                                 .arg(file.process.pid)
                                 .arg(QFile::decodeName(file.path)));
        }
        m_heldOpen->setText(tr("For your information: %1 are taken by deleted files that running programs still "
                               "have open; the space comes back when they close them.")
                                .arg(formatSize(held))
            + u'\n' + lines.join(u'\n'));
    }
    m_warnings->setText(
        outcome.warnings.isEmpty() ? QString() : tr("Warnings:") + u"\n- "_s + outcome.warnings.join(u"\n- "_s));
    m_warnings->setVisible(!outcome.warnings.isEmpty());
    m_heldOpen->setVisible(!outcome.heldOpen.isEmpty());
    m_ready = true;
    updateTotal();
    Q_EMIT completeChanged();
}

void PreviewPage::onItemChanged(QTreeWidgetItem *item, int column)
{
    const std::shared_ptr<CleanupPlan> plan = m_wizard->plan();
    if (column != PathColumn || !plan)
        return;
    plan->setSelected(
        item->data(PathColumn, IndexRole).value<qsizetype>(), item->checkState(PathColumn) == Qt::Checked);
    updateTotal();
    Q_EMIT completeChanged();
}

void PreviewPage::updateTotal()
{
    const std::shared_ptr<CleanupPlan> plan = m_wizard->plan();
    if (!plan)
        return;
    qsizetype selected = 0;
    for (const CleanupItem &item : plan->items())
        selected += item.selected ? 1 : 0;
    const FreedBytes freed = plan->freed();
    const FreedBytes size = plan->selectedSize();
    QString text = tr("%1 ticked: frees %2 (%3 on disk)")
                       .arg(CleanupWizard::itemCount(selected), formatSize(freed.apparent), formatSize(freed.disk));
    if (freed.disk < size.disk)
        text += u' '
            + tr("of %1 they take: the rest is shared with files that stay (hard links, blobs other revisions use).")
                  .arg(formatSize(size.disk));
    m_total->setText(text);
}

bool PreviewPage::isComplete() const
{
    if (!m_ready || !m_wizard->plan())
        return false;
    const QList<CleanupItem> &items = m_wizard->plan()->items();
    return std::any_of(items.cbegin(), items.cend(), [](const CleanupItem &item) { return item.selected; });
}

bool PreviewPage::isReady() const
{
    return m_ready;
}

bool PreviewPage::isStopped() const
{
    return m_stopped;
}

QLabel *PreviewPage::statusLabel() const
{
    return m_status;
}

QProgressBar *PreviewPage::progressBar() const
{
    return m_progress;
}

QPushButton *PreviewPage::stopButton() const
{
    return m_stop;
}

QTreeWidget *PreviewPage::itemList() const
{
    return m_items;
}

QLabel *PreviewPage::totalLabel() const
{
    return m_total;
}

QLabel *PreviewPage::heldOpenLabel() const
{
    return m_heldOpen;
}

} // namespace CacheLens
