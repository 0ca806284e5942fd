#include "ui/cleanup/cleanupwizard.h"

#include "ui/cleanup/choosepage.h"
#include "ui/cleanup/methodpage.h"
#include "ui/cleanup/previewpage.h"
#include "ui/cleanup/runpage.h"

#include "core/logging.h"

#include <QAbstractButton>

#include <spdlog/spdlog.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{

CleanupWizard::CleanupWizard(CleanupController *controller, const QList<KnownCache> &caches, QWidget *parent)
    : QWizard(parent)
    , m_controller(controller)
{
    setObjectName(u"cleanupWizard"_s);
    setWindowTitle(tr("Clean Up"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage); // the run page has its own Stop
    setOption(QWizard::HaveHelpButton, false);
    m_choose = new ChoosePage(caches, this);
    m_choose->showEstimatesFrom(controller);
    m_preview = new PreviewPage(this);
    m_method = new MethodPage(this);
    m_run = new RunPage(this);
    setPage(ChoosePageId, m_choose);
    setPage(PreviewPageId, m_preview);
    setPage(MethodPageId, m_method);
    setPage(RunPageId, m_run);
    setStartId(ChoosePageId);
    setButtonText(QWizard::FinishButton, tr("&Close"));
    resize(900, 640);
}

CleanupWizard::~CleanupWizard()
{
    if (m_run->isRunning())
        m_controller->cancel(); // the controller outlives the wizard; its run stops between entries
    m_preview->stopSearch(); // and a search nobody waits for any more must not go on walking /tmp
}

void CleanupWizard::setScanRoots(const QList<QByteArray> &roots)
{
    m_scanRoots = roots;
    if (!roots.isEmpty())
        m_choose->setProjectFolder(roots.constFirst());
}

void CleanupWizard::addPathSelector(const QByteArray &path, Tier tier)
{
    m_choose->addPathSelector(path, tier, m_scanRoots);
}

void CleanupWizard::checkOnly(const QList<QByteArray> &selectors)
{
    const QList<QByteArray> missing = m_choose->checkOnly(selectors);
    for (const QByteArray &selector : missing)
        Log::ui()->info("cleanup wizard: no row for selector {}", selector.toStdString());
}

QString CleanupWizard::itemCount(qsizetype count)
{
    return count == 1 ? tr("1 item") : tr("%n items", nullptr, int(count));
}

CleanupController *CleanupWizard::controller() const
{
    return m_controller;
}

QList<QByteArray> CleanupWizard::scanRoots() const
{
    return m_scanRoots;
}

std::shared_ptr<CleanupPlan> CleanupWizard::plan() const
{
    return m_outcome.plan;
}

void CleanupWizard::setPlanOutcome(const PlanOutcome &outcome)
{
    m_outcome = outcome;
}

const PlanOutcome &CleanupWizard::planOutcome() const
{
    return m_outcome;
}

CleanupMethod CleanupWizard::method() const
{
    return m_method->method();
}

QByteArray CleanupWizard::archiveDirectory() const
{
    return m_method->archiveDirectory();
}

ChoosePage *CleanupWizard::choosePage() const
{
    return m_choose;
}

PreviewPage *CleanupWizard::previewPage() const
{
    return m_preview;
}

MethodPage *CleanupWizard::methodPage() const
{
    return m_method;
}

RunPage *CleanupWizard::runPage() const
{
    return m_run;
}

void CleanupWizard::reject()
{
    if (m_run->isRunning()) {
        m_run->stop(); // closing mid-run would hide what was done; stop and show it instead
        return;
    }
    m_preview->stopSearch();
    QWizard::reject();
}

} // namespace CacheLens
