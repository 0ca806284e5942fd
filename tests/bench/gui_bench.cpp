// GUI benchmark (DESIGN.md, "Performance budgets"), run by tests/bench/gui_bench.sh:
//
//   cachelens_guibench [--width W] [--height H] [--hovers N] [--flat] TREE
//
// Scans TREE with the window's scan page (ScanController + ScanPage, as MainWindow wires them)
// and measures, on the GUI thread:
//   - stall_scan_ms: the longest gap a 2 ms probe timer saw while the scan ran, minus its
//     interval: how long the GUI thread was unable to answer (budget 50 ms);
//   - ready_to_painted_ms: from the scan's finished() signal to the end of the first paint of the
//     treemap (W x H, default 1600 x 1000) with the new tree (budget 300 ms);
//   - stall_after_ms: the longest probe gap in that interval (the layout runs on another thread);
//   - hover_*_ms: a mouse move to another tile plus the synchronous repaint, over N tiles
//     (budget 16 ms).
// Prints key=value lines. Not a test: timings depend on the machine.
#include "core/rules/ruleset.h"
#include "core/scan/scancontroller.h"
#include "ui/scanpage.h"
#include "ui/treemap/treemapview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMouseEvent>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace CacheLens;

namespace
{

constexpr int ProbeIntervalMs = 2;

struct Options {
    int width = 1600;
    int height = 1000;
    int hovers = 200;
    bool flat = false;
    QByteArray tree;
};

int usage()
{
    std::fputs("usage: cachelens_guibench [--width W] [--height H] [--hovers N] [--flat] TREE\n", stderr);
    return 2;
}

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto at = std::size_t(p * double(values.size() - 1) + 0.5);
    return values[std::min(at, values.size() - 1)];
}

// Records the longest gap between two ticks of a fast timer: the GUI thread's longest stall.
class StallProbe final : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(ProbeIntervalMs);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_longest = std::max(m_longest, now - m_last);
            m_last = now;
        });
    }
    void restart()
    {
        m_clock.start();
        m_last = 0;
        m_longest = 0;
        m_timer.start();
    }
    /// The longest gap since restart() minus the probe's interval, in ms (includes now).
    [[nodiscard]] double longestStallMs() const
    {
        const qint64 sinceLast = m_clock.nsecsElapsed() - m_last;
        return std::max(0.0, ms(std::max(m_longest, sinceLast)) - ProbeIntervalMs);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_longest = 0;
};

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cachelens-guibench"));
    Options options;
    const QStringList args = QApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        auto number = [&](int &into) {
            bool ok = false;
            into = i + 1 < args.size() ? args.at(++i).toInt(&ok) : 0;
            return ok && into > 0;
        };
        if (arg == QLatin1String("--width")) {
            if (!number(options.width))
                return usage();
        } else if (arg == QLatin1String("--height")) {
            if (!number(options.height))
                return usage();
        } else if (arg == QLatin1String("--hovers")) {
            if (!number(options.hovers))
                return usage();
        } else if (arg == QLatin1String("--flat")) {
            options.flat = true;
        } else if (arg.startsWith(u'-') || !options.tree.isEmpty()) {
            return usage();
        } else {
            options.tree = QFile::encodeName(arg);
        }
    }
    if (options.tree.isEmpty())
        return usage();

    ScanPage page;
    TreemapView *treemap = page.treemap();
    treemap->setShading(options.flat ? AppSettings::Shading::Flat : AppSettings::Shading::Cushion);
    page.resize(options.width * 2, options.height + 200);
    page.show();
    // Bring the tree page up with a one-file tree, then size the page so the treemap gets W x H.
    {
        FileTreeBuilder builder;
        EntryInfo file;
        file.apparentBytes = file.diskBytes = 1;
        ScanRoot root;
        root.path = "/warm-up";
        root.node = builder.addRootNode(root.path, file);
        builder.addRoot(root);
        page.showTree(builder.finish(false));
    }
    // The splitter shares each change between the tree and the charts: a few rounds converge.
    for (int round = 0; round < 20 && treemap->size() != QSize(options.width, options.height); ++round) {
        page.resize(page.size() + QSize(options.width, options.height) - treemap->size());
        QCoreApplication::processEvents();
    }
    QCoreApplication::processEvents();
    if (treemap->size() != QSize(options.width, options.height)) {
        std::fprintf(stderr, "cachelens_guibench: the treemap is %dx%d, not %dx%d\n", treemap->width(),
            treemap->height(), options.width, options.height);
        return 3;
    }

    QStringList problems;
    ScanRequest request;
    request.roots = { options.tree };
    request.rules = RuleSet::loadDefault(&problems);
    ScanController scanner;
    StallProbe probe;
    QElapsedTimer clock;
    double scanMs = 0;
    double stallScanMs = 0;
    double readyToPaintedMs = -1;
    double stallAfterMs = 0;
    qint64 readyAt = 0;
    std::size_t files = 0;
    std::size_t nodes = 0;
    QEventLoop loop;

    QObject::connect(&scanner, &ScanController::progress, &page, &ScanPage::showProgress);
    QObject::connect(&scanner, &ScanController::failed, &loop, [&](const QString &reason) {
        std::fprintf(stderr, "cachelens_guibench: %s\n", qPrintable(reason));
        loop.exit(3);
    });
    QObject::connect(&scanner, &ScanController::finished, &page, [&](std::shared_ptr<const FileTree> tree) {
        readyAt = clock.nsecsElapsed();
        scanMs = ms(readyAt);
        stallScanMs = probe.longestStallMs();
        probe.restart();
        for (const ScanRoot &root : tree->roots())
            files += root.files;
        nodes = tree->nodeCount();
        page.showTree(std::move(tree));
    });
    QObject::connect(treemap, &TreeChartView::layoutReady, &loop, [&] {
        if (readyAt == 0 || readyToPaintedMs >= 0)
            return;
        treemap->repaint(); // the paint that puts the new tree on screen
        readyToPaintedMs = ms(clock.nsecsElapsed() - readyAt);
        stallAfterMs = probe.longestStallMs();
        loop.exit(0);
    });

    clock.start();
    probe.restart();
    scanner.start(request);
    if (const int code = loop.exec(); code != 0)
        return code;

    // Hover: move to the middle of one tile after another, each followed by the repaint the move
    // asks for. Leaf tiles first, largest areas first, so each move changes the hovered tile.
    std::vector<QPointF> targets;
    for (const TreemapTile &tile : treemap->tiles()) {
        if (!tile.hasChildren && tile.rect.width() >= 4 && tile.rect.height() >= 4)
            targets.push_back(tile.rect.center());
    }
    std::vector<double> hovers;
    QElapsedTimer hoverClock;
    for (int i = 0; i < options.hovers && !targets.empty(); ++i) {
        const QPointF at = targets[std::size_t(i) % targets.size()];
        hoverClock.start();
        QMouseEvent move(QEvent::MouseMove, at, treemap->mapToGlobal(at), Qt::NoButton, Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(treemap, &move);
        treemap->repaint();
        hovers.push_back(ms(hoverClock.nsecsElapsed()));
    }

    std::printf("files=%zu\nnodes=%zu\ntiles=%zu\nsize=%dx%d\nshading=%s\n", files, nodes, treemap->tiles().size(),
        options.width, options.height, options.flat ? "flat" : "cushion");
    std::printf("scan_ms=%.1f\nstall_scan_ms=%.1f\nready_to_painted_ms=%.1f\nstall_after_ms=%.1f\n", scanMs,
        stallScanMs, readyToPaintedMs, stallAfterMs);
    std::printf("hover_count=%zu\nhover_median_ms=%.2f\nhover_p95_ms=%.2f\nhover_max_ms=%.2f\n", hovers.size(),
        percentile(hovers, 0.5), percentile(hovers, 0.95), percentile(hovers, 1.0));
    return 0;
}
