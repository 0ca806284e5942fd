#pragma once

#include "core/rules/knowncaches.h"
#include "core/scan/filetree.h"
#include "core/scan/scanrequest.h"

#include <QKeySequence>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <vector>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QTreeView;
class QTreeWidget;

namespace CacheLens
{

class CachesPanel;
class CategoryDigest;
struct AppSettings;
class BreadcrumbBar;
class CategoryLegend;
class FileTreeModel;
class SunburstView;
class TreemapView;

/// What is beside the folder tree: one tab each (the Caches tab lists the known caches).
enum class ChartView : int { Treemap = 0, Sunburst = 1, Caches = 2 };

/// Shows a scan: live counters and per-top-level totals while it runs, then the folder tree.
/// Views rebuild only when a finished tree arrives (DESIGN.md data flow, step 4).
class ScanPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScanPage)

public:
    explicit ScanPage(QWidget *parent = nullptr);
    ~ScanPage() override;

    void showScanning(const QList<QByteArray> &roots, bool readingExport = false);
    void showProgress(const ScanProgress &progress);
    void showTree(std::shared_ptr<const FileTree> tree);
    void showFailure(const QString &reason);

    /// Where this machine keeps its ML caches: the Caches tab lists those inside the scan.
    void setKnownCaches(const QList<KnownCache> &caches);

    /// Formats every size on the page again, after setDisplaySizeUnits().
    void refreshSizes();
    /// The Preferences' view settings: sunburst rings, treemap shading.
    void applyViewSettings(const CacheLens::AppSettings &settings);

    /// Sizes in every view: file lengths (true) or space on disk.
    void setApparentSizes(bool apparent);

    /// Copy Path, Open in File Manager, Show in Tree, Show in Treemap, Show in Sunburst and Add to
    /// Cleanup for node
    /// (every view uses it).
    [[nodiscard]] std::unique_ptr<QMenu> createContextMenu(NodeIndex node);

    /// Which tab beside the tree is shown.
    void setChartView(ChartView view);
    [[nodiscard]] ChartView chartView() const;
    /// The shortcut that shows view (the window's View menu and the tab tooltips use it).
    [[nodiscard]] static QKeySequence chartViewShortcut(ChartView view);

    [[nodiscard]] FileTreeModel *model() const;
    [[nodiscard]] TreemapView *treemap() const;
    [[nodiscard]] SunburstView *sunburst() const;
    [[nodiscard]] CategoryLegend *legend() const;
    [[nodiscard]] CachesPanel *cachesPanel() const;
    [[nodiscard]] QTreeView *treeView() const;
    [[nodiscard]] BreadcrumbBar *breadcrumb() const;

    /// The folder both charts show (they always show the same one).
    [[nodiscard]] NodeIndex chartRoot() const;
    /// Back (Alt+Left, Backspace): the folder the charts showed before. Up (Alt+Up): its parent.
    [[nodiscard]] QAction *backAction() const;
    [[nodiscard]] QAction *upAction() const;

Q_SIGNALS:
    void chartViewChanged(CacheLens::ChartView view);
    /// "Add to Cleanup..." in a context menu: the node's path and the tier the scan gave it.
    void addToCleanupRequested(const QByteArray &path, CacheLens::Tier tier);
    /// "Exclude from Scans" in a context menu: future scans should skip this folder.
    void excludeRequested(const QByteArray &path);
    /// The Caches tab found no cache in this scan and the user asked to scan them all.
    void scanCachesRequested();

private:
    QWidget *createLivePage();
    QWidget *createTreePage();
    void updateSummary();
    void createNavigationActions(QWidget *page);
    void createEntryActions(QWidget *page);
    /// The key of a context-menu command (by its object name), or none.
    [[nodiscard]] static QKeySequence entryShortcut(const QString &menuAction);
    /// Either chart zoomed: the other follows, the history and the breadcrumb too.
    void onChartRootChanged(NodeIndex node);
    void goBack();
    void goUp();
    void updateNavigation();
    void digestCategories(const std::shared_ptr<const FileTree> &tree);
    void showCategories(quint64 generation, const std::shared_ptr<const CategoryDigest> &digest);

    QStackedWidget *m_stack = nullptr;
    QLabel *m_liveTitle = nullptr;
    QLabel *m_liveCounters = nullptr;
    QLabel *m_liveCurrent = nullptr;
    QTreeWidget *m_liveTop = nullptr;
    QLabel *m_summary = nullptr;
    QTreeView *m_tree = nullptr;
    FileTreeModel *m_model = nullptr;
    TreemapView *m_treemap = nullptr;
    SunburstView *m_sunburst = nullptr;
    CachesPanel *m_cachesPanel = nullptr;
    QTabWidget *m_charts = nullptr;
    CategoryLegend *m_legend = nullptr;
    BreadcrumbBar *m_breadcrumb = nullptr;
    QAction *m_backAction = nullptr;
    QAction *m_upAction = nullptr;
    std::shared_ptr<const FileTree> m_chartTree; // the tree the charts show
    NodeIndex m_chartRoot = NoNode;
    std::vector<NodeIndex> m_history; // folders shown before, for Back
    bool m_syncing = false; // one chart is following the other
    bool m_goingBack = false;
    quint64 m_digestGeneration = 0; // of the newest tree shown
    QThreadPool m_digestPool; // one thread: a newer tree's digest waits behind the current one
};

} // namespace CacheLens
