#include "core/scan/scancontroller.h"

#include "core/logging.h"
#include "core/scan/ncduformat.h"
#include "core/scan/scanner.h"

#include <QFile>

#include <spdlog/spdlog.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{

ScanController::ScanController(QObject *parent)
    : QObject(parent)
    , m_worker(new ScanWorker) // no parent: it moves to the scanner thread
{
    qRegisterMetaType<CacheLens::ScanProgress>();
    qRegisterMetaType<std::shared_ptr<const CacheLens::FileTree>>();
    m_thread.setObjectName(u"CacheLens scanner"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ScanWorker::progress, this, &ScanController::onWorkerProgress);
    connect(m_worker, &ScanWorker::finished, this, &ScanController::onWorkerFinished);
    connect(m_worker, &ScanWorker::importFailed, this, &ScanController::onWorkerFailed);
    m_thread.start(QThread::LowPriority);
}

ScanController::~ScanController()
{
    if (m_token)
        m_token->supersede();
    m_thread.quit();
    m_thread.wait(); // the walkers notice the token within one directory entry
}

quint64 ScanController::nextRequest()
{
    if (m_token)
        m_token->supersede();
    m_token = std::make_shared<ScanToken>();
    return ++m_currentId;
}

void ScanController::openExport(const QByteArray &file, std::shared_ptr<const RuleSet> rules)
{
    const quint64 id = nextRequest();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, file, rules = std::move(rules), token = m_token] {
        worker->importExport(id, file, rules, token); // runs in the scanner thread
    });
    Q_EMIT started();
}

void ScanController::onWorkerFailed(quint64 id, const QString &reason)
{
    if (id != m_currentId || !m_token)
        return;
    m_token.reset();
    Q_EMIT failed(reason);
}

void ScanController::start(const ScanRequest &request)
{
    const quint64 id = nextRequest();
    QMetaObject::invokeMethod(m_worker, [worker = m_worker, id, request, token = m_token, fs = m_fs] {
        worker->scan(id, request, token, fs); // runs in the scanner thread
    });
    Q_EMIT started();
}

void ScanController::cancel()
{
    if (m_token)
        m_token->cancel();
}

bool ScanController::isRunning() const
{
    return m_token != nullptr;
}

void ScanController::setFileSystem(std::shared_ptr<FsOps> fs)
{
    m_fs = std::move(fs);
}

void ScanController::onWorkerProgress(quint64 id, const ScanProgress &progress)
{
    if (id == m_currentId && m_token)
        Q_EMIT this->progress(progress);
}

void ScanController::onWorkerFinished(quint64 id, std::shared_ptr<const FileTree> tree)
{
    if (id != m_currentId || !m_token)
        return; // superseded while it ran
    m_token.reset();
    const bool anyRoot = std::any_of(
        tree->roots().cbegin(), tree->roots().cend(), [](const ScanRoot &root) { return root.node != NoNode; });
    if (!anyRoot) {
        QStringList reasons;
        for (const ScanRoot &root : tree->roots())
            reasons.append(QFile::decodeName(root.path) + u": "_s + root.error);
        Q_EMIT failed(reasons.join(u'\n'));
        return;
    }
    Q_EMIT finished(std::move(tree));
}

void ScanWorker::scan(
    quint64 id, const ScanRequest &request, std::shared_ptr<ScanToken> token, std::shared_ptr<FsOps> fs)
{
    if (token->state() == ScanToken::State::Superseded)
        return; // a newer request is already queued behind this one
    Scanner scanner(request, std::move(fs));
    std::shared_ptr<const FileTree> tree
        = scanner.run(*token, [this, id](const ScanProgress &progress) { Q_EMIT this->progress(id, progress); });
    if (token->state() != ScanToken::State::Superseded)
        Q_EMIT finished(id, std::move(tree));
}

void ScanWorker::importExport(
    quint64 id, const QByteArray &file, std::shared_ptr<const RuleSet> rules, std::shared_ptr<ScanToken> token)
{
    if (token->state() == ScanToken::State::Superseded)
        return;
    Ncdu::ImportResult result = Ncdu::importTree(file, rules, token.get());
    if (token->state() == ScanToken::State::Superseded)
        return;
    if (!result.tree) {
        Q_EMIT importFailed(id, QFile::decodeName(file) + u": "_s + result.error);
        return;
    }
    Q_EMIT finished(id, std::move(result.tree));
}

} // namespace CacheLens
