#include "ui/cleanup/choosepage.h"

#include "ui/cleanup/tierbadge.h"
#include "ui/hintlabel.h"

#include "core/report/sizeformat.h"

#include <QCheckBox>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// Why a whole cache may go, by what its tier says about re-creating it.
QString cacheSentence(const KnownCache &cache)
{
    switch (cache.classification.tier) {
    case Tier::Safe:
        return ChoosePage::tr("%1 re-creates what it needs on next use; only time is lost.").arg(cache.tool);
    case Tier::Review:
        return ChoosePage::tr("Re-downloaded by %1 on next use: costs time and bandwidth, so look at the preview.")
            .arg(cache.tool);
    case Tier::Keep:
        return ChoosePage::tr("May hold work of yours that cannot be downloaded again: check the preview.");
    }
    return {};
}

} // namespace

ChoosePage::ChoosePage(const QList<KnownCache> &caches, QWidget *parent)
    : QWizardPage(parent)
{
    setTitle(tr("What should be cleaned up?"));
    setSubTitle(tr("Tick what to look for. Nothing is removed yet: the next page lists every item found, "
                   "and you choose again there."));

    auto *listWidget = new QWidget(this);
    m_list = new QVBoxLayout(listWidget);
    m_list->setSpacing(4);
    addRow(m_list, -1, "temp", tr("Interrupted downloads and temporary files"), Tier::Safe,
        tr("*.incomplete, *.part and *.tmp files and stale compiler folders: tools start them again."));
    m_rows.last().check->setChecked(true);
    addRow(m_list, -1, "hf-detached", tr("Old Hugging Face revisions"), Tier::Review,
        tr("Revisions no branch or tag points to any more; re-downloaded from the Hub only if a script pins them."));
    addRow(m_list, -1, "hf-unused", tr("Hugging Face models and datasets not used for"), Tier::Review,
        tr("Re-downloaded from the Hub on next use, which can take long for big models."), Number::Days,
        DefaultHfUnusedDays);
    for (const KnownCache &cache : caches) {
        if (!cache.active)
            continue;
        const QByteArray selector = "cache:" + cache.id;
        if (selectorCheck(selector))
            continue; // a cache found at two places is one selector
        addRow(m_list, -1, selector, tr("Everything in the %1 cache").arg(cache.tool), cache.classification.tier,
            cacheSentence(cache));
        m_rows.last().check->setToolTip(QFile::decodeName(cache.path));
        m_rows.last().check->setChecked(cache.classification.tier == Tier::Safe);
    }
    addRow(m_list, -1, "checkpoints", tr("Training checkpoints, keeping the newest"), Tier::Keep,
        tr("Your own training output: the newest of each run and the best one stay; the rest cannot be "
           "re-created without training again."),
        Number::KeepLast, 2);
    m_rows.last().needsFolder = true;
    addRow(m_list, -1, "logs", tr("Training logs not changed for"), Tier::Keep,
        tr("TensorBoard, W&B, MLflow and Lightning logs: your records, not re-creatable. Runs that hold "
           "checkpoints are left out."),
        Number::Days, 30);
    m_rows.last().needsFolder = true;
    m_list->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(listWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_folder = new QLineEdit(this);
    m_folder->setObjectName(u"projectFolder"_s);
    m_folder->setPlaceholderText(tr("Folder holding your training runs"));
    m_folder->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("C&hoose..."), this);
    connect(browse, &QPushButton::clicked, this, &ChoosePage::chooseFolder);
    connect(m_folder, &QLineEdit::textChanged, this, &ChoosePage::completeChanged);
    connect(m_folder, &QLineEdit::textChanged, &m_estimateTimer, qOverload<>(&QTimer::start));
    m_estimateTimer.setSingleShot(true);
    m_estimateTimer.setInterval(500);
    connect(&m_estimateTimer, &QTimer::timeout, this, &ChoosePage::requestEstimates);
    auto *folderRow = new QHBoxLayout;
    auto *folderLabel = new QLabel(tr("Checkpoints and logs are looked for in:"), this);
    folderLabel->setBuddy(m_folder);
    folderRow->addWidget(folderLabel);
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addLayout(folderRow);
}

ChoosePage::~ChoosePage() = default;

ChoosePage::Row &ChoosePage::addRow(QVBoxLayout *layout, int position, const QByteArray &selector, const QString &title,
    Tier tier, const QString &why, Number number, int value)
{
    auto *row = new QWidget(this);
    auto *check = new QCheckBox(title, row);
    check->setObjectName(u"select:"_s + QFile::decodeName(selector));
    auto *line = new QHBoxLayout;
    line->setSpacing(8); // not the column's 0: the badge must not touch the check box
    line->addWidget(createTierBadge(tier, row));
    line->addWidget(check);
    Row entry { selector, check, nullptr, number, false, {} };
    if (number != Number::None) {
        entry.number = new QSpinBox(row);
        entry.number->setRange(number == Number::Days ? 1 : 0, number == Number::Days ? 3650 : 100);
        entry.number->setValue(value);
        entry.number->setSuffix(number == Number::Days ? tr(" days") : QString());
        line->addWidget(entry.number);
    }
    line->addStretch(1);
    entry.estimate = new QLabel(row);
    entry.estimate->setObjectName(u"estimate:"_s + QFile::decodeName(selector));
    line->addWidget(entry.estimate);
    auto *sentence = new HintLabel(why, row);
    sentence->setIndent(check->style()->pixelMetric(QStyle::PM_IndicatorWidth) + 8);
    auto *column = new QVBoxLayout(row);
    column->setContentsMargins(0, 2, 0, 4);
    column->setSpacing(0);
    column->addLayout(line);
    column->addWidget(sentence);
    connect(check, &QCheckBox::toggled, this, &ChoosePage::completeChanged);
    if (entry.number)
        connect(entry.number, &QSpinBox::valueChanged, &m_estimateTimer, qOverload<>(&QTimer::start));
    layout->insertWidget(position, row);
    m_rows.append(entry);
    return m_rows.last();
}

void ChoosePage::setProjectFolder(const QByteArray &folder)
{
    m_folder->setText(QFile::decodeName(folder));
}

void ChoosePage::addPathSelector(const QByteArray &path, Tier tier, const QList<QByteArray> &roots)
{
    const QByteArray selector = "path:" + path;
    if (QCheckBox *existing = selectorCheck(selector)) {
        existing->setChecked(true);
        return;
    }
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.selector.startsWith("path:"))
            row.check->setChecked(false); // what was picked in a view, and only that
    }
    Row &row = addRow(m_list, 0, selector, tr("Chosen in a view: %1").arg(QFile::decodeName(path)), tier,
        tr("Picked by you. It is listed with its exact size on the next page before anything happens."));
    row.roots = roots;
    row.check->setChecked(true);
    m_estimateTimer.start();
}

QList<QByteArray> ChoosePage::checkOnly(const QList<QByteArray> &selectors)
{
    for (const Row &row : std::as_const(m_rows))
        row.check->setChecked(selectors.contains(row.selector));
    QList<QByteArray> missing;
    for (const QByteArray &selector : selectors) {
        if (!selectorCheck(selector))
            missing.append(selector);
    }
    return missing;
}

std::optional<CleanupRequest> ChoosePage::requestOf(const Row &row) const
{
    QString error;
    const std::optional<Selector> selector = Selector::parse(row.selector, &error);
    if (!selector)
        return std::nullopt;
    FinderOptions options;
    if (row.numberKind == Number::Days)
        options.olderThanDays = row.number->value();
    else if (row.numberKind == Number::KeepLast)
        options.keepLast = row.number->value();
    if (row.needsFolder)
        options.paths = { QFile::encodeName(m_folder->text().trimmed()) };
    else if (!row.roots.isEmpty())
        options.paths = row.roots;
    return CleanupRequest { *selector, options };
}

QList<CleanupRequest> ChoosePage::requests() const
{
    QList<CleanupRequest> requests;
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        if (const std::optional<CleanupRequest> request = requestOf(row))
            requests.append(*request);
    }
    return requests;
}

void ChoosePage::showEstimatesFrom(CleanupController *controller)
{
    m_controller = controller;
    connect(controller, &CleanupController::estimateReady, this,
        [this](qsizetype index, const FreedBytes &freed, qsizetype items) {
            if (index >= m_estimatedRows.size() || m_estimatedRows.at(index) >= m_rows.size())
                return;
            m_estimatesAnswered = std::max(m_estimatesAnswered, index + 1);
            QLabel *label = m_rows.at(m_estimatedRows.at(index)).estimate;
            label->setToolTip(tr("Space freed on disk: %1; in file lengths (apparent size): %2")
                                  .arg(formatSize(freed.disk), formatSize(freed.apparent)));
            label->setText(items == 0 ? tr("nothing found")
                                      : tr("frees %1, %2")
                                            .arg(formatSize(freed.disk),
                                                items == 1 ? tr("1 item") : tr("%n items", nullptr, int(items))));
        });
    requestEstimates();
}

void ChoosePage::resumeEstimates()
{
    if (m_estimatesAnswered < m_estimatedRows.size())
        m_estimateTimer.start();
}

void ChoosePage::requestEstimates()
{
    if (!m_controller)
        return;
    QList<CleanupRequest> requests;
    m_estimatedRows.clear();
    m_estimatesAnswered = 0;
    const bool haveFolder = m_folder->text().trimmed().startsWith(u'/');
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        if (row.needsFolder && !haveFolder) {
            row.estimate->setText(tr("needs a folder below"));
            continue;
        }
        const std::optional<CleanupRequest> request = requestOf(row);
        if (!request)
            continue;
        row.estimate->setText(tr("measuring..."));
        m_estimatedRows.append(i);
        requests.append(*request);
    }
    m_controller->estimate(requests);
}

QString ChoosePage::estimateText(const QByteArray &selector) const
{
    for (const Row &row : m_rows) {
        if (row.selector == selector)
            return row.estimate->text();
    }
    return {};
}

QCheckBox *ChoosePage::selectorCheck(const QByteArray &selector) const
{
    for (const Row &row : m_rows) {
        if (row.selector == selector)
            return row.check;
    }
    return nullptr;
}

QLineEdit *ChoosePage::projectFolderEdit() const
{
    return m_folder;
}

bool ChoosePage::isComplete() const
{
    bool any = false;
    for (const Row &row : m_rows) {
        if (!row.check->isChecked())
            continue;
        if (row.needsFolder && !m_folder->text().trimmed().startsWith(u'/'))
            return false; // checkpoints and logs need an absolute folder to look in
        any = true;
    }
    return any;
}

void ChoosePage::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder With Training Runs"), m_folder->text());
    if (!folder.isEmpty())
        m_folder->setText(folder);
}

} // namespace CacheLens
