#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>

#include <atomic>
#include <cstdint>
#include <memory>

namespace CacheLens
{

class RuleSet;

/// What to scan and how (DESIGN.md, data flow step 1).
struct ScanRequest {
    QList<QByteArray> roots; ///< raw path bytes; a root that is a symlink is resolved once
    QList<QByteArray> excludes; ///< glob patterns: matched against the name, or the full path if they hold '/'
    bool crossFileSystems = false; ///< enter mount points below a root
    int threads = 0; ///< walker threads; 0 = one per hardware thread (up to 16)
    std::shared_ptr<const RuleSet> rules; ///< classifies entries while they are read; null: all "other"
};

/// An excludes pattern that matches exactly this path: glob characters in it ('*', '?', '[',
/// '\\') are escaped, so a folder named "run[1]" excludes itself and nothing else.
[[nodiscard]] inline QByteArray exactPathPattern(const QByteArray &path)
{
    QByteArray pattern;
    pattern.reserve(path.size());
    for (const char c : path) {
        if (c == '*' || c == '?' || c == '[' || c == '\\')
            pattern += '\\';
        pattern += c;
    }
    return pattern;
}

/// One top-level folder and what has been found below it so far.
struct FolderTotal {
    QByteArray path;
    std::uint64_t diskBytes = 0;
    std::uint64_t apparentBytes = 0;
    std::uint64_t files = 0;
};

/// A snapshot of a running scan, at most ten per second.
struct ScanProgress {
    std::uint64_t files = 0;
    std::uint64_t dirs = 0;
    std::uint64_t diskBytes = 0;
    std::uint64_t apparentBytes = 0;
    std::uint64_t errors = 0;
    qint64 elapsedMs = 0;
    QByteArray currentPath; ///< a folder being read now
    QList<FolderTotal> topLevel; ///< running totals per top-level folder, largest first
};

/// How a scan is stopped. A cancelled scan still hands over its partial tree; a superseded
/// one (a new scan replaced it) hands over nothing.
class ScanToken final
{
public:
    enum class State : int { Running, Cancelled, Superseded };

    void cancel() noexcept
    {
        int expected = int(State::Running);
        m_state.compare_exchange_strong(expected, int(State::Cancelled));
    }
    void supersede() noexcept
    {
        m_state.store(int(State::Superseded));
    }
    [[nodiscard]] bool isStopped() const noexcept
    {
        return m_state.load(std::memory_order_relaxed) != int(State::Running);
    }
    [[nodiscard]] State state() const noexcept
    {
        return State(m_state.load());
    }

private:
    std::atomic<int> m_state { int(State::Running) };
};

} // namespace CacheLens

Q_DECLARE_METATYPE(CacheLens::ScanProgress)
