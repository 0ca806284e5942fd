#pragma once

#include "core/cleanup/cleanupcontroller.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

namespace CacheLens
{

class CleanupWizard;

/// Wizard page 4: runs the plan (progress, current path, Stop), then shows what happened:
/// items done, bytes removed, measured free-space change against the prediction, skipped items
/// with reasons, the archive, the journal, and Undo when the items went to the Trash.
class RunPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RunPage)

public:
    explicit RunPage(CleanupWizard *wizard);
    ~RunPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    [[nodiscard]] bool isRunning() const;
    void stop();

    [[nodiscard]] QLabel *resultLabel() const;
    [[nodiscard]] QTreeWidget *skippedList() const;
    [[nodiscard]] QPushButton *undoButton() const;
    [[nodiscard]] QPushButton *stopButton() const;

private:
    void onProgress(qsizetype done, qsizetype total, const QByteArray &path);
    void onFinished(const RunOutcome &outcome);
    void onUndoFinished(const UndoResult &result);

    CleanupWizard *m_wizard = nullptr;
    bool m_running = false;
    bool m_finished = false;
    QLabel *m_heading = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_current = nullptr;
    QPushButton *m_stop = nullptr;
    QLabel *m_result = nullptr;
    QTreeWidget *m_skipped = nullptr;
    QPushButton *m_openJournal = nullptr;
    QPushButton *m_undo = nullptr;
    QString m_journalPath;
};

} // namespace CacheLens
