#pragma once

#include "core/cleanup/cleanupexecutor.h"

#include <QWizardPage>

#include <cstdint>
#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;

namespace CacheLens
{

class CleanupWizard;

/// Wizard page 3: how. Move to the Trash (default, restorable), archive then delete (a
/// verified tar.zst in a chosen folder, with the free space there), or delete for good, which
/// needs an explicit "cannot be undone" tick before the wizard goes on.
class MethodPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MethodPage)

public:
    explicit MethodPage(CleanupWizard *wizard);
    ~MethodPage() override;

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;

    [[nodiscard]] CleanupMethod method() const;
    [[nodiscard]] QByteArray archiveDirectory() const;

    [[nodiscard]] QRadioButton *methodButton(CleanupMethod method) const;
    [[nodiscard]] QCheckBox *deleteConfirmation() const;
    [[nodiscard]] QLineEdit *archiveFolderEdit() const;
    [[nodiscard]] QLabel *archiveSpaceLabel() const;

private:
    void updateState();
    void chooseArchiveFolder();
    void onFreeSpace(const QByteArray &path, std::optional<std::uint64_t> available);

    CleanupWizard *m_wizard = nullptr;
    QRadioButton *m_trash = nullptr;
    QRadioButton *m_archive = nullptr;
    QRadioButton *m_delete = nullptr;
    QLineEdit *m_archiveFolder = nullptr;
    QPushButton *m_archiveBrowse = nullptr;
    QLabel *m_archiveSpace = nullptr;
    QCheckBox *m_confirmDelete = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace CacheLens
