#include "ui/cleanup/runpage.h"

#include "core/report/sizeformat.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/hintlabel.h"

#include <QDesktopServices>
#include <QFile>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

QString signedSize(std::int64_t bytes)
{
    return bytes < 0 ? u"−"_s + formatSize(std::uint64_t(-bytes)) : u"+"_s + formatSize(std::uint64_t(bytes));
}

} // namespace

RunPage::RunPage(CleanupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Cleaning up"));
    setFinalPage(true);

    m_heading = new QLabel(this);
    m_heading->setObjectName(u"runHeading"_s);
    m_heading->setWordWrap(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"runProgress"_s);
    m_current = new HintLabel(QString(), this);
    m_current->setWordWrap(false); // one path, cut by the layout
    m_current->setTextFormat(Qt::PlainText);
    m_current->setMinimumWidth(100);
    m_stop = new QPushButton(QIcon::fromTheme(u"process-stop"_s), tr("&Stop"), this);
    m_stop->setObjectName(u"runStop"_s);
    m_stop->setToolTip(tr("Stop after the current entry; what is done stays done"));
    connect(m_stop, &QPushButton::clicked, this, &RunPage::stop);

    m_result = new QLabel(this);
    m_result->setObjectName(u"runResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_skipped = new QTreeWidget(this);
    m_skipped->setObjectName(u"runSkipped"_s);
    m_skipped->setRootIsDecorated(false);
    m_skipped->setTextElideMode(Qt::ElideMiddle);
    m_skipped->setHeaderLabels({ tr("Kept"), tr("Why") });
    m_skipped->header()->resizeSection(0, 360);
    m_skipped->setVisible(false);

    m_openJournal = new QPushButton(QIcon::fromTheme(u"document-open"_s), tr("Open &Journal"), this);
    m_openJournal->setObjectName(u"runOpenJournal"_s);
    m_openJournal->setToolTip(tr("Every action of every cleanup, one JSON line each"));
    connect(m_openJournal, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_journalPath)); });
    m_undo = new QPushButton(QIcon::fromTheme(u"edit-undo"_s), tr("&Undo"), this);
    m_undo->setObjectName(u"runUndo"_s);
    m_undo->setToolTip(tr("Put back what this cleanup moved to the Trash"));
    connect(m_undo, &QPushButton::clicked, this, [this] {
        m_undo->setEnabled(false);
        m_wizard->controller()->undoLast();
    });
    connect(wizard->controller(), &CleanupController::progress, this, &RunPage::onProgress);
    connect(wizard->controller(), &CleanupController::finished, this, &RunPage::onFinished);
    connect(wizard->controller(), &CleanupController::undoFinished, this, &RunPage::onUndoFinished);

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_stop);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_openJournal);
    buttons->addWidget(m_undo);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(progressRow);
    layout->addWidget(m_current);
    layout->addWidget(m_result);
    layout->addWidget(m_skipped, 1);
    layout->addLayout(buttons);
    layout->addStretch(0);
}

RunPage::~RunPage() = default;

void RunPage::initializePage()
{
    m_running = true;
    m_finished = false;
    m_heading->setText(tr("Working through the plan; every item is checked again right before it is touched."));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_stop->setVisible(true);
    m_stop->setEnabled(true);
    m_current->clear();
    m_result->clear();
    m_skipped->clear();
    m_skipped->setVisible(false);
    m_openJournal->setVisible(false);
    m_undo->setVisible(false);
    m_wizard->controller()->run(m_wizard->plan(), m_wizard->method(), m_wizard->archiveDirectory());
}

void RunPage::stop()
{
    if (!m_running)
        return;
    m_stop->setEnabled(false);
    m_heading->setText(tr("Stopping after the current entry..."));
    m_wizard->controller()->cancel();
}

void RunPage::onProgress(qsizetype done, qsizetype total, const QByteArray &path)
{
    if (!m_running)
        return;
    m_progress->setRange(0, int(std::min<qsizetype>(total, INT_MAX)));
    m_progress->setValue(int(std::min<qsizetype>(done, INT_MAX)));
    m_current->setText(QFile::decodeName(path));
}

void RunPage::onFinished(const RunOutcome &outcome)
{
    if (!m_running)
        return;
    m_running = false;
    m_finished = true;
    m_journalPath = outcome.journalPath;
    const CleanupResult &result = outcome.result;
    const CleanupPlan &plan = *m_wizard->plan();
    int done = 0;
    std::uint64_t removed = 0;
    QList<QByteArray> gone;
    bool exact = true;
    for (const ItemOutcome &item : result.outcomes) {
        exact = exact && item.status != ItemOutcome::Status::Partial;
        removed += item.removedDisk;
        const QByteArray path = plan.items().at(item.item).path;
        if (item.status == ItemOutcome::Status::Done) {
            ++done;
            gone.append(path);
            continue;
        }
        auto *row = new QTreeWidgetItem(m_skipped,
            { QFile::decodeName(path),
                item.status == ItemOutcome::Status::Partial ? tr("partly done: %1").arg(item.reason) : item.reason });
        row->setToolTip(0, row->text(0));
        row->setToolTip(1, row->text(1));
    }
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    m_current->clear();
    setTitle(result.error.isEmpty() ? tr("Cleanup finished") : tr("Nothing was removed"));

    QStringList lines;
    if (!result.error.isEmpty())
        lines.append(result.error);
    if (result.cancelled)
        lines.append(tr("Stopped: the items not reached yet were left alone."));
    switch (result.method) {
    case CleanupMethod::Trash:
        lines.append(tr("%1 moved to the Trash (%2).").arg(CleanupWizard::itemCount(done), formatSize(removed)));
        lines.append(tr("The space comes back when the Trash is emptied; until then Undo puts everything back."));
        break;
    case CleanupMethod::Archive:
        lines.append(tr("%1 archived and deleted (%2).").arg(CleanupWizard::itemCount(done), formatSize(removed)));
        if (!result.archivePath.isEmpty())
            lines.append(tr("Archive (verified): %1").arg(QFile::decodeName(result.archivePath)));
        break;
    case CleanupMethod::Delete:
        lines.append(tr("%1 deleted (%2).").arg(CleanupWizard::itemCount(done), formatSize(removed)));
        break;
    }
    if (outcome.measuredFreed)
        lines.append(tr("Free space on the disks involved changed by %1 (predicted: +%2; other programs writing "
                        "meanwhile change the measurement).")
                         .arg(signedSize(*outcome.measuredFreed), formatSize(outcome.predicted.disk)));
    if (m_skipped->topLevelItemCount() > 0)
        lines.append(
            tr("%1 kept, each for the reason listed:").arg(CleanupWizard::itemCount(m_skipped->topLevelItemCount())));
    m_result->setText(lines.join(u'\n'));
    m_heading->clear();
    m_skipped->setVisible(m_skipped->topLevelItemCount() > 0);
    m_openJournal->setVisible(true);
    m_undo->setVisible(result.method == CleanupMethod::Trash && done > 0);
    m_undo->setEnabled(true);
    Q_EMIT completeChanged();
    Q_EMIT m_wizard->cleaned(gone, exact);
}

void RunPage::onUndoFinished(const UndoResult &result)
{
    if (!m_finished)
        return;
    QString text = tr("Undo: %1 put back.").arg(CleanupWizard::itemCount(result.restored.size()));
    for (const auto &[path, reason] : result.failures)
        text += u'\n' + tr("not restored: %1: %2").arg(QFile::decodeName(path), reason);
    m_heading->setText(text);
    m_undo->setVisible(false);
    Q_EMIT m_wizard->restored();
}

bool RunPage::isComplete() const
{
    return m_finished;
}

bool RunPage::isRunning() const
{
    return m_running;
}

QLabel *RunPage::resultLabel() const
{
    return m_result;
}

QTreeWidget *RunPage::skippedList() const
{
    return m_skipped;
}

QPushButton *RunPage::undoButton() const
{
    return m_undo;
}

QPushButton *RunPage::stopButton() const
{
    return m_stop;
}

} // namespace CacheLens
