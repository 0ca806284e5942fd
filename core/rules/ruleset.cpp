#include "core/rules/ruleset.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <array>
#include <fnmatch.h>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(RuleSet)
};

bool hasGlob(QByteArrayView text)
{
    return text.contains('*') || text.contains('?') || text.contains('[');
}

bool isExtensionPattern(const QByteArray &name)
{
    return name.startsWith("*.") && !hasGlob(name.sliced(2)) && !name.sliced(2).contains('.');
}

bool isPrefixPattern(const QByteArray &name)
{
    return name.endsWith('*') && !hasGlob(name.chopped(1));
}

// Exact names beat extensions and prefixes, which beat general globs; a parent condition
// makes any rule more specific than one without.
int specificity(const Rule &rule)
{
    const int nameScore
        = !hasGlob(rule.name) ? 3 : (isExtensionPattern(rule.name) || isPrefixPattern(rule.name) ? 2 : 1);
    return nameScore + (rule.parent.isEmpty() ? 0 : 4);
}

// Runs for every entry of a scan, several times: most patterns are settled without fnmatch(),
// which in a UTF-8 locale converts both strings to wide characters on each call. Characters
// before the first special one must match byte for byte, so they decide most cases alone.
bool globMatches(const QByteArray &pattern, std::string_view text)
{
    const std::string_view whole(pattern.constData(), std::size_t(pattern.size()));
    const std::size_t special = whole.find_first_of("*?[\\");
    if (special == std::string_view::npos)
        return text == whole;
    if (text.substr(0, special) != whole.substr(0, special))
        return false;
    if (special + 1 == whole.size() && whole[special] == '*')
        return true; // "prefix*"
    thread_local std::string subject; // NUL-terminated for fnmatch(), without an allocation per call
    subject.assign(text);
    return ::fnmatch(pattern.constData(), subject.c_str(), 0) == 0;
}

std::pair<int, int> lineAndColumn(const QByteArray &json, int offset)
{
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return { line, column };
}

} // namespace

RuleSet::RuleSet() = default;
RuleSet::~RuleSet() = default;

QString RuleSet::userRuleFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) + u"/cachelens/rules.json"_s;
}

std::shared_ptr<const RuleSet> RuleSet::loadDefault(QStringList *warnings)
{
    auto rules = std::make_shared<RuleSet>();
    QStringList problems;
    QFile builtIn(u":/rules/default.json"_s);
    if (builtIn.open(QIODevice::ReadOnly))
        problems += rules->addRules(builtIn.readAll(), Tr::tr("built-in rules"));
    else
        problems += Tr::tr("the built-in rules are missing from this build");

    QFile user(userRuleFilePath());
    if (user.exists()) {
        if (user.open(QIODevice::ReadOnly))
            problems += rules->addRules(user.readAll(), user.fileName());
        else
            problems += Tr::tr("%1: cannot read: %2").arg(user.fileName(), user.errorString());
    }
    if (warnings)
        *warnings += problems;
    return rules;
}

QStringList RuleSet::addRules(const QByteArray &json, const QString &source)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const auto [line, column] = lineAndColumn(json, parseError.offset);
        return { Tr::tr("%1:%2:%3: %4; none of its rules are used")
                     .arg(source)
                     .arg(line)
                     .arg(column)
                     .arg(parseError.errorString()) };
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(u"version"_s).toInt() != 1 || !root.value(u"rules"_s).isArray())
        return { Tr::tr(
            "%1: not a CacheLens rule file (expected {\"version\": 1, \"rules\": [...]}); none of its rules "
            "are used")
                     .arg(source) };

    QStringList problems;
    const QJsonArray list = root.value(u"rules"_s).toArray();
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        Rule rule;
        rule.id = object.value(u"id"_s).toString().toUtf8();
        rule.name = object.value(u"name"_s).toString().toUtf8();
        rule.parent = object.value(u"parent"_s).toString().toUtf8();
        rule.contains = object.value(u"contains"_s).toString().toUtf8();
        rule.tool = object.value(u"tool"_s).toString();
        rule.why = object.value(u"why"_s).toString();
        const QString where = Tr::tr("%1: rule %2 (%3)").arg(source).arg(i + 1).arg(QString::fromUtf8(rule.id));
        const auto category = categoryFromId(object.value(u"category"_s).toString().toUtf8());
        const QByteArray type = object.value(u"type"_s).toString(u"any"_s).toUtf8();
        const QByteArray mode = object.value(u"mode"_s).toString(u"fallback"_s).toUtf8();
        QString problem;
        if (rule.id.isEmpty() || rule.name.isEmpty())
            problem = Tr::tr("needs an \"id\" and a \"name\"");
        else if (!rule.contains.isEmpty() && type != "dir")
            problem = Tr::tr("\"contains\" only applies to \"type\": \"dir\"");
        else if (!category)
            problem = Tr::tr("unknown category '%1'").arg(object.value(u"category"_s).toString());
        else if (type != "dir" && type != "file" && type != "any")
            problem = Tr::tr("\"type\" must be dir, file or any");
        else if (mode != "fallback" && mode != "override")
            problem = Tr::tr("\"mode\" must be fallback or override");
        if (!problem.isEmpty()) {
            problems += where + u": "_s + problem;
            continue;
        }
        std::optional<Tier> tier = defaultTier(*category);
        if (object.contains(u"tier"_s)) {
            tier = tierFromId(object.value(u"tier"_s).toString().toUtf8());
            if (!tier) {
                problems += where + u": "_s + Tr::tr("unknown tier '%1'").arg(object.value(u"tier"_s).toString());
                continue;
            }
        }
        rule.classification = { *category, *tier };
        rule.applies
            = type == "dir" ? Rule::Applies::Directory : (type == "file" ? Rule::Applies::File : Rule::Applies::Any);
        rule.mode = mode == "override" ? Rule::Mode::Override : Rule::Mode::Fallback;
        m_rules.push_back(std::move(rule));
        m_disabled.push_back(false);
        index(m_rules.size() - 1);
    }
    for (const QJsonValue &id : root.value(u"disable"_s).toArray())
        disable(id.toString().toUtf8());
    problems += addCacheSpecs(root.value(u"caches"_s).toArray(), source);
    return problems;
}

void RuleSet::disable(const QByteArray &id)
{
    for (std::size_t i = 0; i < m_rules.size(); ++i) {
        if (m_rules[i].id == id)
            m_disabled[i] = true;
    }
}

void RuleSet::NameIndex::add(std::string key, std::size_t position)
{
    m_lengths |= std::uint64_t(1) << std::min<std::size_t>(key.size(), 63);
    if (!key.empty())
        m_firstBytes.set(static_cast<unsigned char>(key.front()));
    m_map[std::move(key)].push_back(position);
}

const std::vector<std::size_t> *RuleSet::NameIndex::find(std::string_view name) const
{
    if (!(m_lengths >> std::min<std::size_t>(name.size(), 63) & 1)
        || (!name.empty() && !m_firstBytes.test(static_cast<unsigned char>(name.front()))))
        return nullptr;
    const auto it = m_map.find(name);
    return it == m_map.end() ? nullptr : &it->second;
}

void RuleSet::index(std::size_t position)
{
    const QByteArray &name = m_rules[position].name;
    m_specificity.resize(m_rules.size());
    m_specificity[position] = specificity(m_rules[position]);
    if (!m_rules[position].contains.isEmpty())
        m_markers.add(m_rules[position].contains.toStdString(), position); // only by contents
    else if (!hasGlob(name))
        m_exact.add(name.toStdString(), position);
    else if (isExtensionPattern(name))
        m_extensions.add(name.sliced(2).toStdString(), position);
    else if (isPrefixPattern(name))
        m_prefixes.push_back(position);
    else
        m_globs.push_back(position);
}

RuleSet::Matches RuleSet::bestMatches(std::string_view name, bool isDirectory, std::string_view parentName) const
{
    // Folder rules have no mode: they all compete in the fallback slot.
    std::array<std::size_t, 2> best { m_rules.size(), m_rules.size() }; // [fallback, override]
    std::array<int, 2> bestScore { -1, -1 };
    auto consider = [&](std::size_t position) {
        const Rule &rule = m_rules[position];
        if (m_disabled[position])
            return;
        if (rule.applies == (isDirectory ? Rule::Applies::File : Rule::Applies::Directory))
            return;
        if (!rule.parent.isEmpty() && !globMatches(rule.parent, parentName))
            return;
        const std::size_t slot = !isDirectory && rule.mode == Rule::Mode::Override ? 1 : 0;
        const int score = m_specificity[position];
        if (score > bestScore[slot]
            || (score == bestScore[slot] && position > best[slot])) { // ties: the later (user's) rule
            best[slot] = position;
            bestScore[slot] = score;
        }
    };

    if (const std::vector<std::size_t> *positions = m_exact.find(name)) {
        for (const std::size_t position : *positions)
            consider(position);
    }
    if (const std::size_t dot = name.rfind('.'); dot != std::string_view::npos) {
        if (const std::vector<std::size_t> *positions = m_extensions.find(name.substr(dot + 1))) {
            for (const std::size_t position : *positions)
                consider(position);
        }
    }
    for (const std::size_t position : m_prefixes) {
        const QByteArray &pattern = m_rules[position].name;
        const std::string_view prefix(pattern.constData(), std::size_t(pattern.size() - 1));
        if (name.substr(0, prefix.size()) == prefix)
            consider(position);
    }
    for (const std::size_t position : m_globs) {
        if (globMatches(m_rules[position].name, name))
            consider(position);
    }
    const auto rule = [this](std::size_t position) { return position < m_rules.size() ? &m_rules[position] : nullptr; };
    return { rule(best[0]), rule(best[1]) };
}

RuleContext RuleSet::classify(
    std::string_view name, bool isDirectory, std::string_view parentName, const RuleContext &parent) const
{
    const Matches matches = bestMatches(name, isDirectory, parentName);
    if (isDirectory) {
        // The deepest folder rule wins; without one a folder inherits its parent's context.
        if (matches.fallback)
            return { matches.fallback->classification, true };
        return parent;
    }
    if (matches.overriding)
        return { matches.overriding->classification, true };
    if (parent.fromRule)
        return parent;
    if (matches.fallback)
        return { matches.fallback->classification, true };
    return {};
}

namespace
{

QByteArray withoutTrailingSlashes(QByteArray path)
{
    while (path.size() > 1 && path.endsWith('/'))
        path.chop(1);
    return path;
}

} // namespace

std::string RuleSet::lastComponent(const QByteArray &path)
{
    const QByteArray trimmed = withoutTrailingSlashes(path);
    return trimmed.mid(trimmed.lastIndexOf('/') + 1).toStdString();
}

RuleContext RuleSet::classifyRoot(const QByteArray &path) const
{
    const QByteArray trimmed = withoutTrailingSlashes(path);
    const qsizetype slash = trimmed.lastIndexOf('/');
    const std::string parent = slash > 0 ? lastComponent(trimmed.left(slash)) : std::string();
    return classify(lastComponent(trimmed), true, parent, {});
}

bool RuleSet::isMarker(std::string_view name) const
{
    return name == "CACHEDIR.TAG" || m_markers.find(name) != nullptr;
}

RuleContext RuleSet::classifyContents(
    const RuleContext &current, const std::vector<std::string_view> &presentMarkers) const
{
    std::size_t best = m_rules.size();
    bool tagged = false;
    for (const std::string_view marker : presentMarkers) {
        tagged = tagged || marker == "CACHEDIR.TAG";
        if (const std::vector<std::size_t> *positions = m_markers.find(marker)) {
            for (const std::size_t position : *positions) {
                if (!m_disabled[position] && (best == m_rules.size() || position > best))
                    best = position;
            }
        }
    }
    if (best < m_rules.size())
        return { m_rules[best].classification, true };
    // The HF hub and uv tag their caches too; a rule that already knows the folder wins.
    if (tagged && !current.fromRule)
        return { { Category::Other, Tier::Safe }, true };
    return current;
}

namespace
{

QList<QByteArray> stringOrList(const QJsonValue &value)
{
    QList<QByteArray> result;
    if (value.isString())
        result.append(value.toString().toUtf8());
    for (const QJsonValue &item : value.toArray())
        result.append(item.toString().toUtf8());
    return result;
}

} // namespace

QStringList RuleSet::addCacheSpecs(const QJsonArray &list, const QString &source)
{
    QStringList problems;
    for (qsizetype i = 0; i < list.size(); ++i) {
        const QJsonObject object = list.at(i).toObject();
        CacheSpec spec;
        spec.id = object.value(u"id"_s).toString().toUtf8();
        spec.tool = object.value(u"tool"_s).toString(QString::fromUtf8(spec.id));
        const auto category = categoryFromId(object.value(u"category"_s).toString(u"other"_s).toUtf8());
        const auto tier = object.contains(u"tier"_s)
            ? tierFromId(object.value(u"tier"_s).toString().toUtf8())
            : std::optional<Tier>(defaultTier(category.value_or(Category::Other)));
        const QString where = Tr::tr("%1: cache %2 (%3)").arg(source).arg(i + 1).arg(QString::fromUtf8(spec.id));
        if (spec.id.isEmpty() || !category || !tier) {
            problems += where + u": "_s + Tr::tr("needs an \"id\" and a known category and tier");
            continue;
        }
        spec.classification = { *category, *tier };
        for (const QJsonValue &value : object.value(u"from"_s).toArray()) {
            const QJsonObject from = value.toObject();
            CacheSpec::Source entry;
            entry.variable = from.value(u"var"_s).toString().toUtf8();
            entry.append = from.value(u"append"_s).toString().toUtf8();
            entry.listSeparator = from.value(u"list"_s).toString().toUtf8();
            for (const QJsonValue &name : from.value(u"platforms"_s).toArray())
                entry.platforms.append(name.toString());
            if (!entry.variable.isEmpty())
                spec.sources.append(entry);
        }
        const QJsonValue defaults = object.value(u"default"_s);
        if (defaults.isObject()) {
            const QJsonObject perPlatform = defaults.toObject();
            for (auto it = perPlatform.begin(); it != perPlatform.end(); ++it)
                spec.defaults.insert(it.key(), stringOrList(it.value()));
        } else {
            spec.defaults.insert(u"*"_s, stringOrList(defaults));
        }
        const auto existing = std::find_if(
            m_caches.begin(), m_caches.end(), [&](const CacheSpec &known) { return known.id == spec.id; });
        if (existing != m_caches.end())
            *existing = spec;
        else
            m_caches.append(spec);
    }
    return problems;
}

const QList<CacheSpec> &RuleSet::cacheSpecs() const
{
    return m_caches;
}

const std::vector<Rule> &RuleSet::rules() const
{
    return m_rules;
}

} // namespace CacheLens
