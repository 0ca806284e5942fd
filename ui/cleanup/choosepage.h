#pragma once

#include "core/cleanup/cleanupcontroller.h"
#include "core/rules/category.h"
#include "core/rules/knowncaches.h"

#include <QTimer>
#include <QWizardPage>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace CacheLens
{

/// Wizard page 1: what to look for. One checkable row per selector, each with its tier badge
/// and a sentence on why it is (or is not) safe to remove.
class ChoosePage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ChoosePage)

public:
    ChoosePage(const QList<KnownCache> &caches, QWidget *parent = nullptr);
    ~ChoosePage() override;

    /// Checkpoints and logs are looked for only under this folder.
    void setProjectFolder(const QByteArray &folder);
    /// A "path:PATH" row at the top, checked; every row that is not a path unchecked. roots: its PATHs.
    void addPathSelector(const QByteArray &path, Tier tier, const QList<QByteArray> &roots);

    /// Ticks exactly the rows of these selectors ("temp", "cache:pip") and unticks every other;
    /// returns the selectors that have no row here (a cache gone since a scheduled scan saw it).
    QList<QByteArray> checkOnly(const QList<QByteArray> &selectors);

    /// What the checked rows ask for, each with its own options.
    [[nodiscard]] QList<CleanupRequest> requests() const;
    /// Shows beside every row what it would free, asked of controller now and again (debounced)
    /// whenever a number or the folder changes.
    void showEstimatesFrom(CleanupController *controller);
    /// The text beside a row ("frees 1.2 GiB, 14 items"), by selector text; empty if unknown.
    [[nodiscard]] QString estimateText(const QByteArray &selector) const;
    /// Asks again for the estimates the preview's plan cut short (they would say "measuring..."
    /// for ever): called when the user comes back from the preview.
    void resumeEstimates();
    /// The row's check box by selector text ("temp", "cache:pip", "path:/x"), or null.
    [[nodiscard]] QCheckBox *selectorCheck(const QByteArray &selector) const;
    [[nodiscard]] QLineEdit *projectFolderEdit() const;

    [[nodiscard]] bool isComplete() const override;

private:
    enum class Number { None, Days, KeepLast };
    struct Row {
        QByteArray selector;
        QCheckBox *check = nullptr;
        QSpinBox *number = nullptr;
        Number numberKind = Number::None;
        bool needsFolder = false;
        QList<QByteArray> roots; // path: rows
        QLabel *estimate = nullptr;
    };
    Row &addRow(QVBoxLayout *layout, int position, const QByteArray &selector, const QString &title, Tier tier,
        const QString &why, Number number = Number::None, int value = 0);
    void chooseFolder();
    [[nodiscard]] std::optional<CleanupRequest> requestOf(const Row &row) const;
    void requestEstimates();

    QList<Row> m_rows;
    QVBoxLayout *m_list = nullptr;
    QLineEdit *m_folder = nullptr;
    CleanupController *m_controller = nullptr;
    QList<qsizetype> m_estimatedRows; // the rows of the latest estimate, in request order
    qsizetype m_estimatesAnswered = 0; // how many of them have their number
    QTimer m_estimateTimer; // single-shot: typing in a number or the folder asks once
};

} // namespace CacheLens
