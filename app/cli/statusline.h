#pragma once

#include <QString>

namespace CacheLens
{
struct PlanProgress;
}

namespace CacheLens::Cli
{

/// One self-overwriting line on stderr that says what a command is busy with. It is drawn only
/// when stderr is a terminal: pipes and files get nothing, so output stays clean for scripts and
/// stdout (text or JSON) never sees it. The line is erased by clear() and by the destructor.
class StatusLine final
{
public:
    StatusLine();
    ~StatusLine();
    StatusLine(const StatusLine &) = delete;
    StatusLine &operator=(const StatusLine &) = delete;

    /// Whether lines are drawn at all (stderr is a terminal).
    [[nodiscard]] bool isActive() const;
    /// Replaces the line with text, cut to the terminal's width so that it never wraps.
    void show(const QString &text);
    /// Erases the line, if one is drawn; call before printing anything else.
    void clear();

private:
    bool m_active = false;
    bool m_drawn = false;
};

/// text in at most columns terminal columns: when it is longer, its middle becomes "...".
[[nodiscard]] QString fitToColumns(const QString &text, qsizetype columns);

/// The status line for a step of planning a cleanup: "Searching /tmp: 127,674 entries...".
[[nodiscard]] QString planProgressLine(const PlanProgress &progress);

} // namespace CacheLens::Cli
