#pragma once

#include "core/rules/category.h"
#include "core/rules/knowncaches.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

class QJsonArray;

namespace CacheLens
{

/// One classification rule from a rule file (resources/rules/default.json, or the user's
/// rules.json). Names are matched as globs against the entry's own name, and optionally its
/// parent folder's name, so rules stay cheap enough to run on every entry during the scan.
struct Rule {
    enum class Applies { Directory, File, Any };
    enum class Mode {
        Fallback, ///< files: only where no folder rule gave a context (*.ckpt outside caches)
        Override, ///< files: even inside a context (*.incomplete inside a model repo is temp)
    };

    QByteArray id; ///< stable, for explanations and for "disable"
    QByteArray name; ///< glob on the entry's name
    QByteArray parent; ///< optional glob on the parent folder's name
    QByteArray contains; ///< folders: applies when the folder holds an entry of this exact name
    Applies applies = Applies::Any;
    Mode mode = Mode::Fallback;
    Classification classification;
    QString tool; ///< "Hugging Face hub", … (for the UI)
    QString why; ///< one sentence: what it is, how safe removing it is
};

/// A folder's context, handed to everything below it while the scanner walks down.
struct RuleContext {
    Classification classification;
    bool fromRule = false; ///< false: nothing above matched (plain "other")
};

/// A compiled set of rules: built-in ones plus the user's, looked up by exact name, file
/// extension and name prefix before any general glob runs. Immutable once built and
/// shared by the walker threads.
class RuleSet final
{
public:
    RuleSet();
    ~RuleSet();
    RuleSet(const RuleSet &) = delete;
    RuleSet &operator=(const RuleSet &) = delete;

    /// The built-in rules plus, if it exists, the user's rule file. A broken user file is
    /// reported in warnings (file, line, column) and the built-in rules stay in force.
    [[nodiscard]] static std::shared_ptr<const RuleSet> loadDefault(QStringList *warnings);
    /// Where the user's rules live: $XDG_CONFIG_HOME/cachelens/rules.json.
    [[nodiscard]] static QString userRuleFilePath();

    /// Adds the rules of a rule file; later files win ties, so user rules beat built-in ones.
    /// Returns the problems found, each naming the source and the line and column or rule:
    /// a syntax error rejects the whole file, a bad rule only itself.
    [[nodiscard]] QStringList addRules(const QByteArray &json, const QString &source);

    /// The classification of a folder or file with this name whose parent folder has
    /// parentName and context.
    [[nodiscard]] RuleContext classify(
        std::string_view name, bool isDirectory, std::string_view parentName, const RuleContext &parent) const;

    /// The classification of a scan root from its last two path components
    /// ("/home/me/.cache/pip" is the folder "pip" inside ".cache").
    [[nodiscard]] RuleContext classifyRoot(const QByteArray &path) const;
    /// "pip" for "/home/me/.cache/pip/" (raw bytes, trailing slashes ignored).
    [[nodiscard]] static std::string lastComponent(const QByteArray &path);

    /// True for names that can change a folder's classification by being inside it:
    /// CACHEDIR.TAG and the "contains" names of rules. The scanner checks every listed name.
    [[nodiscard]] bool isMarker(std::string_view name) const;

    /// A folder's context once its listing is known: a "contains" rule whose marker is present
    /// wins; else a CACHEDIR.TAG (https://bford.info/cachedir/) makes a folder that no rule
    /// classified re-creatable (tier safe); else current stays.
    [[nodiscard]] RuleContext classifyContents(
        const RuleContext &current, const std::vector<std::string_view> &presentMarkers) const;

    [[nodiscard]] const std::vector<Rule> &rules() const;
    /// The "caches" sections of every file read: where each tool keeps its cache. A later file's
    /// entry with the same id replaces the earlier one, so users can move or add caches.
    [[nodiscard]] const QList<CacheSpec> &cacheSpecs() const;

private:
    void index(std::size_t position);
    void disable(const QByteArray &id);
    [[nodiscard]] QStringList addCacheSpecs(const QJsonArray &list, const QString &source);
    /// The best rule of each mode for an entry (folder rules count as fallback), in one pass
    /// over the indexes: this runs for every entry of a scan.
    struct Matches {
        const Rule *fallback = nullptr;
        const Rule *overriding = nullptr;
    };
    [[nodiscard]] Matches bestMatches(std::string_view name, bool isDirectory, std::string_view parentName) const;

    // Lookups with a string_view of the entry's name must not allocate: transparent hashing.
    struct NameHash {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const noexcept
        {
            return std::hash<std::string_view>()(text);
        }
    };
    /// Rules by exact name (or extension). Most names a scan meets are in no index: their
    /// length and first byte turn them away before any hashing.
    class NameIndex
    {
    public:
        void add(std::string key, std::size_t position);
        [[nodiscard]] const std::vector<std::size_t> *find(std::string_view name) const;

    private:
        std::unordered_map<std::string, std::vector<std::size_t>, NameHash, std::equal_to<>> m_map;
        std::bitset<256> m_firstBytes;
        std::uint64_t m_lengths = 0; // bit n: a key n bytes long (bit 63: 63 or more)
    };

    std::vector<Rule> m_rules;
    NameIndex m_exact; // "wandb"
    NameIndex m_extensions; // "*.ckpt" -> "ckpt"
    std::vector<std::size_t> m_prefixes; // "models--*"
    std::vector<std::size_t> m_globs; // anything else
    std::vector<bool> m_disabled;
    std::vector<int> m_specificity; // per rule, see specificity()
    NameIndex m_markers; // "contains" name -> rules
    QList<CacheSpec> m_caches;
};

} // namespace CacheLens
