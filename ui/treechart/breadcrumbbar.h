#pragma once

#include "core/scan/filetree.h"

#include <QWidget>

#include <memory>
#include <vector>

class QAbstractButton;
class QAction;
class QHBoxLayout;

namespace CacheLens
{

/// The folders from a chart's top down to the folder it shows, one button each: a click zooms
/// out to that folder. Back and Up buttons come first (the actions belong to the page). Deep
/// paths keep the top, a "..." button for the folder above the last few, and the last few.
class BreadcrumbBar final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BreadcrumbBar)

public:
    explicit BreadcrumbBar(QAction *back, QAction *up, QWidget *parent = nullptr);
    ~BreadcrumbBar() override;

    /// Shows the path to node (a folder or AllRoots) in tree; a null tree shows nothing.
    void setPath(std::shared_ptr<const FileTree> tree, NodeIndex node);
    /// The folders on the path, top first (each has a button, or is behind "...").
    [[nodiscard]] const std::vector<NodeIndex> &path() const;
    /// The button that zooms out to node, or null (tests).
    [[nodiscard]] QAbstractButton *buttonOf(NodeIndex node) const;

Q_SIGNALS:
    void folderClicked(CacheLens::NodeIndex node);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void addCrumb(NodeIndex node, const QString &text, bool current);
    void fitCrumbs();

    std::shared_ptr<const FileTree> m_tree;
    std::vector<NodeIndex> m_path;
    QHBoxLayout *m_crumbs = nullptr;
    std::vector<std::pair<NodeIndex, QAbstractButton *>> m_buttons;
    std::vector<QString> m_names; ///< each button's whole name, for fitCrumbs()
};

} // namespace CacheLens
