#include "core/cleanup/candidatefinder.h"

#include "core/cleanup/cleanupguard.h"
#include "core/cleanup/cleanupjournal.h"
#include "core/cleanup/tempfolders.h"
#include "core/hf/hfcacheindex.h"
#include "core/report/scansummary.h"
#include "core/rules/ruleset.h"
#include "core/scan/scanner.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(CandidateFinder)
};

QString display(const QByteArray &path)
{
    return QString::fromLocal8Bit(path);
}

/// Names in a folder without following anything (QDir lists symlinks as entries).
QList<QByteArray> childNames(const QByteArray &folder)
{
    QList<QByteArray> names;
    const QDir dir(QFile::decodeName(folder));
    for (const QString &name : dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        names.append(QFile::encodeName(name));
    return names;
}

bool looksLikeHubCache(const QByteArray &folder)
{
    for (const QByteArray &name : childNames(folder)) {
        if (name.startsWith("models--") || name.startsWith("datasets--") || name.startsWith("spaces--"))
            return true;
    }
    return false;
}

// Whether this process's user owns the entry (not following a symlink). /tmp and /var/tmp are
// shared: another user's interrupted download is theirs to remove, and root must not sweep
// everybody's files just because it could.
bool ownedByMe(const QByteArray &path)
{
    struct stat status {
    };
    return ::lstat(path.constData(), &status) == 0 && status.st_uid == ::geteuid();
}

std::int64_t newestMtime(const FileTree &tree, NodeIndex top)
{
    std::int64_t newest = tree.node(top).mtime;
    std::vector<NodeIndex> stack { top };
    while (!stack.empty()) {
        const NodeIndex node = stack.back();
        stack.pop_back();
        for (NodeIndex child = tree.firstChild(node); child != NoNode; child = tree.node(child).nextSibling) {
            newest = std::max<std::int64_t>(newest, tree.node(child).mtime);
            if (tree.firstChild(child) != NoNode)
                stack.push_back(child);
        }
    }
    return newest;
}

bool subtreeHas(const FileTree &tree, NodeIndex top, Category category)
{
    std::vector<NodeIndex> stack { top };
    while (!stack.empty()) {
        const NodeIndex node = stack.back();
        stack.pop_back();
        if (tree.node(node).category() == category)
            return true;
        for (NodeIndex child = tree.firstChild(node); child != NoNode; child = tree.node(child).nextSibling)
            stack.push_back(child);
    }
    return false;
}

/// The training step a checkpoint's name carries ("checkpoint-500", "epoch=2-step=1200.ckpt"),
/// or -1.
qint64 stepOf(const QByteArray &name)
{
    static const QRegularExpression trainer(u"^checkpoint-(\\d+)$"_s);
    static const QRegularExpression lightningStep(u"step=(\\d+)"_s);
    static const QRegularExpression anyNumber(u"(\\d+)(?!.*\\d)"_s);
    const QString text = QString::fromLocal8Bit(name);
    for (const QRegularExpression *pattern : { &trainer, &lightningStep, &anyNumber }) {
        const QRegularExpressionMatch match = pattern->match(text);
        if (match.hasMatch())
            return match.captured(1).toLongLong();
    }
    return -1;
}

/// The folder name of the Trainer's best checkpoint, from trainer_state.json.
QByteArray bestCheckpointName(const QByteArray &checkpointFolder)
{
    QFile file(QFile::decodeName(checkpointFolder + "/trainer_state.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonValue best = QJsonDocument::fromJson(file.readAll()).object().value(u"best_model_checkpoint"_s);
    if (!best.isString())
        return {};
    const QByteArray path = best.toString().toUtf8();
    return path.mid(path.lastIndexOf('/') + 1);
}

const QList<QByteArray> &knownKinds()
{
    static const QList<QByteArray> kinds
        = { "hf-detached", "hf-unused", "hf-repo", "cache", "temp", "checkpoints", "logs", "path", "trash" };
    return kinds;
}

} // namespace

std::optional<Selector> Selector::parse(const QByteArray &text, QString *error)
{
    const qsizetype colon = text.indexOf(':');
    Selector selector { colon < 0 ? text : text.left(colon), colon < 0 ? QByteArray() : text.mid(colon + 1) };
    const bool needsArgument = selector.kind == "hf-repo" || selector.kind == "cache" || selector.kind == "path";
    QString problem;
    if (!knownKinds().contains(selector.kind))
        problem = Tr::tr("unknown selector '%1'").arg(QString::fromLocal8Bit(text));
    else if (needsArgument && selector.argument.isEmpty())
        problem = Tr::tr("'%1' needs a value: %1:…").arg(QString::fromLatin1(selector.kind));
    else if (!needsArgument && colon >= 0)
        problem = Tr::tr("'%1' takes no value").arg(QString::fromLatin1(selector.kind));
    else if (selector.kind == "hf-repo") {
        static const QRegularExpression form(u"^(model|dataset|space)/[^/@]+/[^/@]+(@[0-9a-f]{4,64})?$"_s);
        if (!form.match(QString::fromUtf8(selector.argument)).hasMatch())
            problem = Tr::tr("'%1': expected hf-repo:TYPE/ORG/NAME[@COMMIT], TYPE one of model, dataset, space")
                          .arg(QString::fromLocal8Bit(text));
    } else if (selector.kind == "path" && !selector.argument.startsWith('/')) {
        selector.argument = QFile::encodeName(QDir::current().absoluteFilePath(QFile::decodeName(selector.argument)));
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return std::nullopt;
    }
    return selector;
}

QByteArray Selector::text() const
{
    return argument.isEmpty() ? kind : kind + ':' + argument;
}

QStringList Selector::help()
{
    return {
        Tr::tr(
            "hf-detached            Hugging Face revisions no branch or tag points to, with the blobs only they use"),
        Tr::tr("hf-unused              Hugging Face repositories not used for --older-than DAYS"),
        Tr::tr("hf-repo:TYPE/ID[@REV]  one Hugging Face repository (model/org/name), or one revision of it"),
        Tr::tr("cache:ID               everything in one known cache (cache:pip, cache:uv, cache:torchinductor, ...)"),
        Tr::tr("temp                   interrupted downloads, *.tmp/*.part files, stale TorchInductor folders"),
        Tr::tr("checkpoints            training checkpoints under PATH except the newest --keep-last N and the best"),
        Tr::tr("logs                   TensorBoard, W&B, MLflow and Lightning logs under PATH (with --older-than)"),
        Tr::tr("path:PATH              one file or folder inside a PATH or known cache"),
        Tr::tr("trash                  what CacheLens moved to the Trash: empty it for good"),
    };
}

CandidateFinder::CandidateFinder(std::shared_ptr<const RuleSet> rules, QList<KnownCache> caches, FinderOptions options,
    const CleanupJournal *journal)
    : m_rules(std::move(rules))
    , m_caches(std::move(caches))
    , m_options(std::move(options))
    , m_journal(journal)
{
    if (m_options.now == 0)
        m_options.now = QDateTime::currentSecsSinceEpoch();
    for (QByteArray &path : m_options.paths) {
        const QByteArray clean = CleanupGuard::normalized(path);
        if (!clean.isEmpty())
            path = clean;
        addRoot(path);
    }
}

CandidateFinder::~CandidateFinder() = default;

QList<QByteArray> CandidateFinder::roots() const
{
    return m_roots;
}

const QStringList &CandidateFinder::warnings() const
{
    return m_warnings;
}

void CandidateFinder::addRoot(const QByteArray &root)
{
    if (!m_roots.contains(root))
        m_roots.append(root);
}

bool CandidateFinder::isInScope(const QByteArray &path) const
{
    if (m_options.paths.isEmpty())
        return true;
    return std::any_of(m_options.paths.cbegin(), m_options.paths.cend(),
        [&](const QByteArray &scope) { return isPathInside(path, scope) || isPathInside(scope, path); });
}

bool CandidateFinder::isOldEnough(std::int64_t newestMtime) const
{
    return !m_options.olderThanDays || newestMtime < m_options.now - std::int64_t(*m_options.olderThanDays) * 86400;
}

void CandidateFinder::setStopToken(std::shared_ptr<const ScanToken> token)
{
    m_token = std::move(token);
}

void CandidateFinder::setProgress(std::function<void(const FinderProgress &)> progress)
{
    m_progress = std::move(progress);
}

bool CandidateFinder::stopped() const
{
    return m_stopped;
}

std::uint64_t CandidateFinder::entriesLookedAt() const
{
    return m_entries;
}

bool CandidateFinder::isStopping() const
{
    return m_token && m_token->isStopped();
}

std::shared_ptr<const FileTree> CandidateFinder::scan(const QList<QByteArray> &roots)
{
    ScanRequest request;
    request.roots = roots;
    request.rules = m_rules;
    Scanner scanner(request);
    const ScanToken never;
    const std::uint64_t before = m_entries;
    const auto report = [&](std::uint64_t entries, const QByteArray &current) {
        m_entries = before + entries;
        if (!m_progress)
            return;
        // The root being searched reads better than a folder deep inside it ("in /tmp").
        QByteArray folder = current;
        for (const QByteArray &root : roots) {
            if (isPathInside(current, root) && (folder == current || root.size() > folder.size()))
                folder = root;
        }
        m_progress({ m_entries, folder });
    };
    const std::shared_ptr<const FileTree> tree = scanner.run(m_token ? *m_token : never,
        [&](const ScanProgress &progress) { report(progress.files + progress.dirs, progress.currentPath); });
    if (tree->isPartial() || isStopping()) {
        m_stopped = true; // a partial tree would make a partial answer look complete
        return nullptr;
    }
    report(tree->nodeCount(), roots.isEmpty() ? QByteArray() : roots.constLast());
    return tree;
}

QList<QByteArray> CandidateFinder::hubCaches() const
{
    QList<QByteArray> hubs;
    for (const KnownCache &cache : m_caches) {
        if ((cache.id == "huggingface-hub" || cache.id == "transformers-cache") && isInScope(cache.path)
            && !hubs.contains(cache.path))
            hubs.append(cache.path);
    }
    for (const QByteArray &path : m_options.paths) {
        const QByteArray candidate = looksLikeHubCache(path) ? path
            : looksLikeHubCache(path + "/hub")               ? path + "/hub"
                                                             : QByteArray();
        if (!candidate.isEmpty() && !hubs.contains(candidate))
            hubs.append(candidate);
    }
    return hubs;
}

bool CandidateFinder::find(const Selector &selector, CleanupPlan &plan, QString *error)
{
    if (selector.kind.startsWith("hf-")) {
        findHubRevisions(selector, plan, error);
        return error == nullptr || error->isEmpty();
    }
    if (selector.kind == "cache") {
        findCache(selector, plan, error);
        return error == nullptr || error->isEmpty();
    }
    if (selector.kind == "temp")
        findTemp(plan);
    else if (selector.kind == "checkpoints")
        findCheckpoints(plan);
    else if (selector.kind == "logs")
        findLogs(plan);
    else if (selector.kind == "path")
        findPath(selector, plan);
    else if (selector.kind == "trash")
        findTrash(plan);
    return true;
}

void CandidateFinder::findHubRevisions(const Selector &selector, CleanupPlan &plan, QString *error)
{
    const Classification model { Category::Model, Tier::Review };
    if (selector.kind == "hf-unused" && !m_options.olderThanDays) {
        *error = Tr::tr("hf-unused needs --older-than DAYS");
        return;
    }
    QByteArray wantedType, wantedId, wantedCommit;
    if (selector.kind == "hf-repo") {
        const qsizetype slash = selector.argument.indexOf('/');
        const qsizetype at = selector.argument.indexOf('@');
        wantedType = selector.argument.left(slash);
        wantedId = selector.argument.mid(slash + 1, at < 0 ? -1 : at - slash - 1);
        wantedCommit = at < 0 ? QByteArray() : selector.argument.mid(at + 1);
    }
    bool foundRepo = false;
    const QList<QByteArray> hubs = hubCaches();
    if (hubs.isEmpty())
        m_warnings.append(
            Tr::tr("no Hugging Face hub cache was found (set HF_HOME or HF_HUB_CACHE, or give its PATH)"));
    for (const QByteArray &hub : hubs) {
        const HfCacheIndex index = HfCacheIndex::read(hub);
        m_warnings += index.warnings();
        addRoot(hub);
        QList<HfCacheIndex::RevisionKey> removed;
        for (const HfRepo &repo : index.repos()) {
            const Classification classification
                = repo.type == "dataset" ? Classification { Category::Dataset, Tier::Review } : model;
            const QString repoName = QString::fromLatin1(repo.type) + u' ' + QString::fromUtf8(repo.id);
            if (selector.kind == "hf-unused") {
                if (!isOldEnough(repo.lastAccessed))
                    continue;
                CleanupItem item = CleanupItem::make(repo.path, selector.kind,
                    Tr::tr("%1, last used %2: re-downloaded from the Hub on next use")
                        .arg(repoName, QDateTime::fromSecsSinceEpoch(repo.lastAccessed).toString(u"yyyy-MM-dd"_s)),
                    classification);
                plan.add(item);
                continue;
            }
            if (selector.kind == "hf-repo") {
                if (repo.type != wantedType || repo.id != wantedId)
                    continue;
                foundRepo = true;
                const bool everyRevision = wantedCommit.isEmpty()
                    || (repo.revisions.size() == 1 && repo.revisions.first().commit.startsWith(wantedCommit));
                if (everyRevision) {
                    plan.add(CleanupItem::make(repo.path, selector.kind,
                        Tr::tr("%1, every revision: re-downloaded from the Hub on next use").arg(repoName),
                        classification));
                    continue;
                }
                const auto revision = std::find_if(repo.revisions.cbegin(), repo.revisions.cend(),
                    [&](const HfRevision &candidate) { return candidate.commit.startsWith(wantedCommit); });
                if (revision == repo.revisions.cend()) {
                    *error = Tr::tr("%1 has no revision %2").arg(repoName, QString::fromLatin1(wantedCommit));
                    return;
                }
                CleanupItem snapshot = CleanupItem::make(repo.path + "/snapshots/" + revision->commit, selector.kind,
                    Tr::tr("revision %1 of %2").arg(QString::fromLatin1(revision->commit.left(12)), repoName),
                    classification, CleanupPhase::Snapshot);
                plan.add(snapshot);
                for (const QByteArray &ref : revision->refs) {
                    plan.add(CleanupItem::make(repo.path + "/refs/" + ref, selector.kind,
                        Tr::tr("ref %1 of %2, which points to the revision removed")
                            .arg(QString::fromUtf8(ref), repoName),
                        classification, CleanupPhase::Ref));
                }
                removed.append({ repo.type, repo.id, revision->commit });
                continue;
            }
            // hf-detached
            for (const HfRevision &revision : repo.revisions) {
                if (!revision.detached)
                    continue;
                plan.add(CleanupItem::make(repo.path + "/snapshots/" + revision.commit, selector.kind,
                    Tr::tr("detached revision %1 of %2: no branch or tag points to it")
                        .arg(QString::fromLatin1(revision.commit.left(12)), repoName),
                    classification, CleanupPhase::Snapshot));
                removed.append({ repo.type, repo.id, revision.commit });
            }
        }
        for (const QByteArray &blob : index.blobsFreedBy(removed)) {
            plan.add(CleanupItem::make(
                blob, selector.kind, Tr::tr("a file only the removed revisions use"), model, CleanupPhase::Blob));
        }
    }
    if (selector.kind == "hf-repo" && !foundRepo)
        *error
            = Tr::tr("no repository %1 in the Hugging Face caches searched").arg(QString::fromUtf8(selector.argument));
}

void CandidateFinder::findCache(const Selector &selector, CleanupPlan &plan, QString *error)
{
    bool knownId = false;
    for (const CacheSpec &spec : m_rules->cacheSpecs())
        knownId = knownId || spec.id == selector.argument;
    if (!knownId) {
        QStringList ids;
        for (const CacheSpec &spec : m_rules->cacheSpecs())
            ids.append(QString::fromLatin1(spec.id));
        *error = Tr::tr("unknown cache '%1'; known caches: %2")
                     .arg(QString::fromLocal8Bit(selector.argument), ids.join(u", "_s));
        return;
    }
    bool found = false;
    for (const KnownCache &cache : m_caches) {
        if (cache.id != selector.argument || !isInScope(cache.path))
            continue;
        found = true;
        addRoot(cache.path);
        // The folder stays (tools expect it); what is in it goes.
        for (const QByteArray &name : childNames(cache.path)) {
            CleanupItem item = CleanupItem::make(cache.path + '/' + name, "cache",
                cache.active
                    ? Tr::tr("in the %1 cache (%2)").arg(cache.tool, tierDisplayName(cache.classification.tier))
                    : Tr::tr("in a %1 cache the tool no longer uses (left behind at its default place)")
                          .arg(cache.tool),
                cache.classification);
            item.ageFiltered = true;
            plan.add(item);
        }
    }
    if (!found)
        m_warnings.append(Tr::tr("no %1 cache was found").arg(QString::fromLatin1(selector.argument)));
}

void CandidateFinder::findTemp(CleanupPlan &plan)
{
    QList<QByteArray> roots = m_options.paths;
    QList<QByteArray> tempFolders;
    if (roots.isEmpty()) {
        for (const KnownCache &cache : m_caches)
            roots.append(cache.path);
        for (const QByteArray &folder : m_options.tempFolders.value_or(sharedTempFolders())) {
            if (QFileInfo(QFile::decodeName(folder)).isDir() && !tempFolders.contains(folder))
                tempFolders.append(folder);
        }
        roots += tempFolders;
    }
    for (const QByteArray &root : std::as_const(roots))
        addRoot(root);
    const std::shared_ptr<const FileTree> tree = scan(roots);
    if (!tree)
        return;
    const Classification temp { Category::Temp, Tier::Safe };
    std::vector<NodeIndex> stack;
    std::vector<NodeIndex> sharedTops; // the root nodes of /tmp and /var/tmp: a handful
    for (const ScanRoot &root : tree->roots()) {
        if (root.node != NoNode)
            stack.push_back(root.node);
        if (root.node != NoNode && tempFolders.contains(tree->path(root.node)))
            sharedTops.push_back(root.node);
    }
    // A stale TorchInductor folder: compiled kernels for code that has not run for a week.
    const std::int64_t staleBefore = m_options.now - std::int64_t(m_options.olderThanDays.value_or(7)) * 86400;
    // Called for every folder met: a walk up the parent links, without building a path.
    const auto inSharedTemp = [&](NodeIndex node) {
        NodeIndex top = node;
        while (tree->node(top).parent != NoNode)
            top = tree->node(top).parent;
        return std::find(sharedTops.cbegin(), sharedTops.cend(), top) != sharedTops.cend();
    };
    while (!stack.empty()) {
        if (isStopping()) {
            m_stopped = true;
            return;
        }
        const NodeIndex node = stack.back();
        stack.pop_back();
        const FileNode &entry = tree->node(node);
        const bool isRoot = entry.parent == NoNode;
        const QByteArrayView name = tree->name(node);
        if (!isRoot && inSharedTemp(node) && !ownedByMe(tree->path(node)))
            continue; // and not below it either: another user's folder is theirs
        if (!isRoot && entry.category() == Category::Temp) {
            CleanupItem item = CleanupItem::make(tree->path(node), "temp",
                entry.isDirectory() ? Tr::tr("temporary files") : Tr::tr("an interrupted download or temporary file"),
                temp);
            item.ageFiltered = true;
            plan.add(item);
            continue;
        }
        if (!isRoot && entry.isDirectory() && name.startsWith("torchinductor_") && entry.parent != NoNode
            && tempFolders.contains(tree->path(entry.parent))) {
            if (newestMtime(*tree, node) < staleBefore)
                plan.add(CleanupItem::make(tree->path(node), "temp",
                    Tr::tr("a TorchInductor cache not used for a week or more"),
                    Classification { Category::CompileCache, Tier::Safe }));
            continue;
        }
        for (NodeIndex child = tree->firstChild(node); child != NoNode; child = tree->node(child).nextSibling) {
            if (tree->node(child).isDirectory() || tree->node(child).category() == Category::Temp)
                stack.push_back(child);
        }
    }
}

void CandidateFinder::findCheckpoints(CleanupPlan &plan)
{
    if (m_options.paths.isEmpty()) {
        m_warnings.append(Tr::tr("checkpoints are looked for only under the PATHs you give"));
        return;
    }
    const std::shared_ptr<const FileTree> tree = scan(m_options.paths);
    if (!tree)
        return;
    const Classification checkpoint { Category::Checkpoint, Tier::Keep };
    struct Candidate {
        NodeIndex node;
        QByteArray name;
        qint64 step;
        std::uint32_t mtime;
    };
    std::vector<NodeIndex> stack;
    for (const ScanRoot &root : tree->roots()) {
        if (root.node != NoNode)
            stack.push_back(root.node);
    }
    while (!stack.empty()) {
        const NodeIndex folder = stack.back();
        stack.pop_back();
        QList<Candidate> candidates;
        for (NodeIndex child = tree->firstChild(folder); child != NoNode; child = tree->node(child).nextSibling) {
            const FileNode &entry = tree->node(child);
            const QByteArray name = tree->name(child).toByteArray();
            const bool trainer = entry.isDirectory() && name.startsWith("checkpoint-") && stepOf(name) >= 0;
            const bool lightning = entry.type() == NodeType::File && name.endsWith(".ckpt");
            if (trainer || lightning)
                candidates.append({ child, name, stepOf(name), entry.mtime });
            else if (entry.isDirectory())
                stack.push_back(child);
        }
        if (candidates.isEmpty())
            continue;
        // Newest first: by the step in the name, else by modification time.
        std::sort(candidates.begin(), candidates.end(), [](const Candidate &a, const Candidate &b) {
            if (a.step != b.step)
                return a.step > b.step;
            return a.mtime > b.mtime;
        });
        const QByteArray runPath = tree->path(folder);
        const QByteArray best = bestCheckpointName(runPath + '/' + candidates.first().name);
        for (qsizetype i = 0; i < candidates.size(); ++i) {
            const Candidate &candidate = candidates.at(i);
            const QByteArray lower = candidate.name.toLower();
            const bool kept = i < m_options.keepLast || candidate.name == best || lower.contains("best")
                || lower.contains("final") || candidate.name == "last.ckpt";
            if (kept)
                continue;
            CleanupItem item = CleanupItem::make(tree->path(candidate.node), "checkpoints",
                Tr::tr("an older checkpoint of %1 (the newest %n and the best are kept)", nullptr, m_options.keepLast)
                    .arg(display(runPath)),
                checkpoint);
            item.ageFiltered = true;
            plan.add(item);
        }
    }
}

void CandidateFinder::findLogs(CleanupPlan &plan)
{
    if (m_options.paths.isEmpty()) {
        m_warnings.append(Tr::tr("training logs are looked for only under the PATHs you give"));
        return;
    }
    const std::shared_ptr<const FileTree> tree = scan(m_options.paths);
    if (!tree)
        return;
    const Classification log { Category::Log, Tier::Keep };
    static const QList<QByteArray> runContainers = { "wandb", "mlruns", "lightning_logs", "runs", "tensorboard" };
    int holdingCheckpoints = 0;
    const auto propose = [&](NodeIndex node) {
        if (subtreeHas(*tree, node, Category::Checkpoint)) {
            ++holdingCheckpoints; // a run folder with checkpoints in it is not just a log
            return;
        }
        CleanupItem item = CleanupItem::make(tree->path(node), "logs", Tr::tr("training logs"), log);
        item.ageFiltered = true;
        plan.add(item);
    };
    std::vector<NodeIndex> stack;
    for (const ScanRoot &root : tree->roots()) {
        if (root.node != NoNode)
            stack.push_back(root.node);
    }
    while (!stack.empty()) {
        const NodeIndex node = stack.back();
        stack.pop_back();
        const FileNode &entry = tree->node(node);
        if (entry.parent != NoNode && entry.category() == Category::Log) {
            // One item per run, so --older-than keeps the recent runs of a busy folder.
            if (entry.isDirectory() && runContainers.contains(tree->name(node).toByteArray())) {
                for (NodeIndex run = tree->firstChild(node); run != NoNode; run = tree->node(run).nextSibling)
                    propose(run);
            } else {
                propose(node);
            }
            continue;
        }
        for (NodeIndex child = tree->firstChild(node); child != NoNode; child = tree->node(child).nextSibling) {
            if (tree->node(child).isDirectory() || tree->node(child).category() == Category::Log)
                stack.push_back(child);
        }
    }
    if (holdingCheckpoints > 0)
        m_warnings.append(Tr::tr("%n log folders hold checkpoints and were left out (use the checkpoints selector)",
            nullptr, holdingCheckpoints));
}

void CandidateFinder::findPath(const Selector &selector, CleanupPlan &plan)
{
    const QByteArray path = CleanupGuard::normalized(selector.argument);
    CleanupItem item
        = CleanupItem::make(path, "path", Tr::tr("chosen by you"), m_rules->classifyRoot(path).classification);
    item.ageFiltered = true;
    plan.add(item);
    // Known caches are roots too: a path picked inside one is allowed without naming it as PATH.
    for (const KnownCache &cache : m_caches) {
        if (isPathInside(path, cache.path))
            addRoot(cache.path);
    }
}

void CandidateFinder::findTrash(CleanupPlan &plan)
{
    if (!m_journal)
        return;
    for (const TrashEntry &entry : m_journal->trashedByCacheLens()) {
        CleanupItem item = CleanupItem::make(entry.filesPath, "trash",
            Tr::tr("moved to the Trash on %1 from %2")
                .arg(entry.deletionDate.toString(u"yyyy-MM-dd HH:mm"_s), display(entry.originalPath)),
            Classification { Category::Other, Tier::Safe });
        item.companion = entry.infoPath;
        plan.add(item);
        // <trash>/files/x and <trash>/info/x.trashinfo: the Trash folder is the root of both.
        const QByteArray files = entry.filesPath.left(entry.filesPath.lastIndexOf('/'));
        addRoot(files.left(files.lastIndexOf('/')));
    }
}

} // namespace CacheLens
