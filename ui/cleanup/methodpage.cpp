#include "ui/cleanup/methodpage.h"

#include "core/report/sizeformat.h"
#include "ui/cleanup/cleanupwizard.h"
#include "ui/hintlabel.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

QLabel *explanation(const QString &text, QWidget *parent)
{
    return new HintLabel(text, parent);
}

} // namespace

MethodPage::MethodPage(CleanupWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("How should they go?"));
    setSubTitle(tr("Every item is checked again just before it is touched: anything new, changed or in use "
                   "by then is kept."));
    setCommitPage(true); // after this page things happen: there is no going back

    m_trash = new QRadioButton(tr("Move to the &Trash"), this);
    m_trash->setObjectName(u"methodTrash"_s);
    m_trash->setChecked(true);
    m_archive = new QRadioButton(tr("&Archive, then delete"), this);
    m_archive->setObjectName(u"methodArchive"_s);
    m_delete = new QRadioButton(tr("&Delete permanently"), this);
    m_delete->setObjectName(u"methodDelete"_s);
    auto *group = new QButtonGroup(this);
    for (QRadioButton *button : { m_trash, m_archive, m_delete }) {
        group->addButton(button);
        connect(button, &QRadioButton::toggled, this, &MethodPage::updateState);
    }

    m_archiveFolder = new QLineEdit(this);
    m_archiveFolder->setObjectName(u"archiveFolder"_s);
    m_archiveFolder->setPlaceholderText(tr("Folder for the .tar.zst archive, e.g. on a bigger disk"));
    m_archiveBrowse = new QPushButton(tr("C&hoose..."), this);
    connect(m_archiveBrowse, &QPushButton::clicked, this, &MethodPage::chooseArchiveFolder);
    connect(m_archiveFolder, &QLineEdit::textChanged, this, [this] {
        m_archiveSpace->clear();
        const QString folder = m_archiveFolder->text().trimmed();
        if (folder.startsWith(u'/'))
            m_wizard->controller()->queryFreeSpace(QFile::encodeName(folder));
        Q_EMIT completeChanged();
    });
    m_archiveSpace = new QLabel(this);
    m_archiveSpace->setObjectName(u"archiveSpace"_s);
    connect(wizard->controller(), &CleanupController::freeSpaceReady, this, &MethodPage::onFreeSpace);

    m_confirmDelete = new QCheckBox(tr("I understand this cannot be undone"), this);
    m_confirmDelete->setObjectName(u"confirmDelete"_s);
    connect(m_confirmDelete, &QCheckBox::toggled, this, &MethodPage::completeChanged);

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"methodSummary"_s);
    m_summary->setWordWrap(true);

    const int indent = 24;
    auto *grid = new QGridLayout;
    grid->setColumnMinimumWidth(0, indent);
    grid->setColumnStretch(1, 1);
    int row = 0;
    grid->addWidget(m_trash, row++, 0, 1, 3);
    grid->addWidget(explanation(tr("Restorable with Undo, but frees no space until the Trash is emptied: the Trash "
                                   "keeps files on their own disk."),
                        this),
        row++, 1, 1, 2);
    grid->addWidget(m_archive, row++, 0, 1, 3);
    grid->addWidget(explanation(tr("Writes everything into one compressed archive, reads it back to check it, and "
                                   "only then deletes what the archive verifiably holds."),
                        this),
        row++, 1, 1, 2);
    grid->addWidget(m_archiveFolder, row, 1);
    grid->addWidget(m_archiveBrowse, row++, 2);
    grid->addWidget(m_archiveSpace, row++, 1, 1, 2);
    grid->addWidget(m_delete, row++, 0, 1, 3);
    grid->addWidget(
        explanation(tr("Frees the space at once. Nothing can bring the files back."), this), row++, 1, 1, 2);
    grid->addWidget(m_confirmDelete, row++, 1, 1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addSpacing(12);
    layout->addWidget(m_summary);
    layout->addStretch(1);
    updateState();
}

MethodPage::~MethodPage() = default;

void MethodPage::initializePage()
{
    wizard()->setButtonText(QWizard::CommitButton, tr("&Clean Up"));
    updateState();
}

void MethodPage::updateState()
{
    const bool archive = m_archive->isChecked();
    m_archiveFolder->setEnabled(archive);
    m_archiveBrowse->setEnabled(archive);
    m_archiveSpace->setEnabled(archive);
    m_confirmDelete->setEnabled(m_delete->isChecked());
    if (!m_delete->isChecked())
        m_confirmDelete->setChecked(false);
    if (const std::shared_ptr<CleanupPlan> plan = m_wizard->plan()) {
        const FreedBytes freed = plan->freed();
        qsizetype count = 0;
        for (const CleanupItem &item : plan->items())
            count += item.selected ? 1 : 0;
        const QString items = CleanupWizard::itemCount(count);
        switch (method()) {
        case CleanupMethod::Trash:
            m_summary->setText(
                tr("To the Trash: %1. %2 come back once you empty it.").arg(items, formatSize(freed.disk)));
            break;
        case CleanupMethod::Archive:
            m_summary->setText(tr("Archived, then deleted: %1. About %2 freed here, minus the archive's size if "
                                  "it is on the same disk.")
                                   .arg(items, formatSize(freed.disk)));
            break;
        case CleanupMethod::Delete:
            m_summary->setText(tr("Deleted for good: %1. %2 freed.").arg(items, formatSize(freed.disk)));
            break;
        }
    }
    Q_EMIT completeChanged();
}

bool MethodPage::isComplete() const
{
    switch (method()) {
    case CleanupMethod::Trash:
        return true;
    case CleanupMethod::Archive:
        return m_archiveFolder->text().trimmed().startsWith(u'/');
    case CleanupMethod::Delete:
        return m_confirmDelete->isChecked();
    }
    return false;
}

CleanupMethod MethodPage::method() const
{
    if (m_archive->isChecked())
        return CleanupMethod::Archive;
    if (m_delete->isChecked())
        return CleanupMethod::Delete;
    return CleanupMethod::Trash;
}

QByteArray MethodPage::archiveDirectory() const
{
    return method() == CleanupMethod::Archive ? QFile::encodeName(m_archiveFolder->text().trimmed()) : QByteArray();
}

void MethodPage::chooseArchiveFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Archive Folder"), m_archiveFolder->text());
    if (!folder.isEmpty())
        m_archiveFolder->setText(folder);
}

void MethodPage::onFreeSpace(const QByteArray &path, std::optional<std::uint64_t> available)
{
    if (path != QFile::encodeName(m_archiveFolder->text().trimmed()))
        return; // an answer for a folder typed before
    if (!available) {
        m_archiveSpace->setText(tr("The free space there cannot be read."));
        return;
    }
    const std::shared_ptr<CleanupPlan> plan = m_wizard->plan();
    const std::uint64_t needed = plan ? plan->selectedSize().apparent : 0;
    m_archiveSpace->setText(*available >= needed
            ? tr("%1 free there.").arg(formatSize(*available))
            : tr("%1 free there; the archive may need up to %2 (less once compressed). If it does not fit, nothing "
                 "is deleted.")
                  .arg(formatSize(*available), formatSize(needed)));
}

QRadioButton *MethodPage::methodButton(CleanupMethod method) const
{
    switch (method) {
    case CleanupMethod::Trash:
        return m_trash;
    case CleanupMethod::Archive:
        return m_archive;
    case CleanupMethod::Delete:
        return m_delete;
    }
    return nullptr;
}

QCheckBox *MethodPage::deleteConfirmation() const
{
    return m_confirmDelete;
}

QLineEdit *MethodPage::archiveFolderEdit() const
{
    return m_archiveFolder;
}

QLabel *MethodPage::archiveSpaceLabel() const
{
    return m_archiveSpace;
}

} // namespace CacheLens
