#pragma once

#include "core/rules/knowncaches.h"
#include "core/scan/filetree.h"

#include <QWidget>

#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTreeWidget;

namespace CacheLens
{

/// The known ML caches inside the scan, one row each: tool, size, tier, files and where it
/// is. Activating a row (click, Enter) asks the page to navigate there.
class CachesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CachesPanel)

public:
    enum Column { ToolColumn, SizeColumn, TierColumn, FilesColumn, PathColumn, ColumnCount };
    static constexpr int NodeRole = Qt::UserRole + 1;

    explicit CachesPanel(QWidget *parent = nullptr);
    ~CachesPanel() override;

    /// Where this machine keeps its caches (resolved by the window).
    void setKnownCaches(const QList<KnownCache> &caches);
    void setTree(std::shared_ptr<const FileTree> tree);
    void setApparentSizes(bool apparent);

    [[nodiscard]] QTreeWidget *list() const;

Q_SIGNALS:
    void nodeActivated(CacheLens::NodeIndex node);
    /// The empty state's button: scan every known cache instead of the folders on screen.
    void scanCachesRequested();

private:
    void refresh();

    QList<KnownCache> m_caches;
    std::shared_ptr<const FileTree> m_tree;
    bool m_apparent = false;
    QStackedWidget *m_stack = nullptr;
    QTreeWidget *m_list = nullptr;
    QLabel *m_empty = nullptr;
};

} // namespace CacheLens
