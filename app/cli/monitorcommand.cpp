// cachelens monitor: volume usage now and where it is heading, as a table, JSON Lines or a
// node_exporter textfile, sampled until SIGINT/SIGTERM.

#include "app/cli/argparser.h"
#include "app/cli/cli.h"
#include "app/cli/command.h"
#include "app/cli/textwidth.h"
#include "core/logging.h"
#include "core/report/jsonwriter.h"
#include "core/report/prometheus.h"
#include "core/report/sizeformat.h"
#include "core/rules/environment.h"
#include "core/rules/knowncaches.h"
#include "core/rules/ruleset.h"
#include "core/scan/cachescan.h"
#include "core/scan/scanner.h"
#include "core/storage/storageprobe.h"
#include "core/storage/thresholdmonitor.h"
#include "core/storage/usagehistory.h"
#include "core/storage/usagetrend.h"
#include "core/storage/volumeevaluator.h"
#include "core/storage/volumestatus.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileDevice>
#include <QTextStream>

#include <spdlog/spdlog.h>

#include <atomic>
#include <cerrno>
#include <cmath>
#include <csignal>
#include <fcntl.h>
#include <poll.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{
namespace
{

// The context of this file's messages, in a form lupdate reads: a free tr() helper would
// put them under whatever class or namespace lupdate finds around each call.
struct Tr {
    Q_DECLARE_TR_FUNCTIONS(MonitorCommand)
};

// --- SIGINT/SIGTERM: finish the current sample, then stop -------------------------------------

int s_wakeFds[2] = { -1, -1 }; // self-pipe: the handler writes, the sampling loop polls
std::atomic<ScanToken *> s_activeScan { nullptr }; // a caches scan to cut short
volatile std::sig_atomic_t s_stopRequested = 0;

extern "C" void onStopSignal(int)
{
    const int savedErrno = errno;
    s_stopRequested = 1;
    if (ScanToken *token = s_activeScan.load())
        token->cancel(); // one lock-free atomic: async-signal-safe
    if (s_wakeFds[1] >= 0) {
        const char byte = 1;
        [[maybe_unused]] const ssize_t written = ::write(s_wakeFds[1], &byte, 1);
    }
    errno = savedErrno;
}

/// Installs the handlers for its lifetime and restores the previous ones afterwards (tests run
/// commands in-process).
class StopSignals final
{
public:
    StopSignals()
    {
        s_stopRequested = 0;
        if (::pipe(s_wakeFds) == 0) {
            for (const int fd : s_wakeFds) {
                ::fcntl(fd, F_SETFD, FD_CLOEXEC);
                ::fcntl(fd, F_SETFL, O_NONBLOCK);
            }
        } else {
            s_wakeFds[0] = s_wakeFds[1] = -1;
        }
        struct sigaction action {
        };
        action.sa_handler = &onStopSignal;
        sigemptyset(&action.sa_mask);
        ::sigaction(SIGINT, &action, &m_oldInt);
        ::sigaction(SIGTERM, &action, &m_oldTerm);
    }
    ~StopSignals()
    {
        ::sigaction(SIGINT, &m_oldInt, nullptr);
        ::sigaction(SIGTERM, &m_oldTerm, nullptr);
        for (int &fd : s_wakeFds) {
            if (fd >= 0)
                ::close(fd);
            fd = -1;
        }
    }
    StopSignals(const StopSignals &) = delete;
    StopSignals &operator=(const StopSignals &) = delete;

    [[nodiscard]] static bool stopRequested()
    {
        return s_stopRequested != 0;
    }

    /// Sleeps up to ms; true as soon as a stop was asked for.
    [[nodiscard]] static bool waitForStop(qint64 ms)
    {
        QDeadlineTimer deadline(ms);
        while (!stopRequested()) {
            const qint64 left = deadline.remainingTime();
            if (left <= 0)
                return false;
            if (s_wakeFds[0] < 0) { // no pipe: plain sleeps, still short enough to notice a signal
                ::usleep(useconds_t(std::min<qint64>(left, 200) * 1000));
                continue;
            }
            struct pollfd pfd {
                s_wakeFds[0], POLLIN, 0
            };
            ::poll(&pfd, 1, int(std::min<qint64>(left, 60000)));
        }
        return true;
    }

private:
    struct sigaction m_oldInt {
    };
    struct sigaction m_oldTerm {
    };
};

// --- options -----------------------------------------------------------------------------------

struct Options {
    bool once = false;
    bool json = false;
    qint64 intervalSeconds = 60;
    qint64 cacheIntervalSeconds = 3600;
    QString prometheusPath;
    QString historyPath;
    SizeUnits units = SizeUnits::Iec;
    Thresholds thresholds;
};

std::optional<qint64> parseNumber(const QByteArray &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

// Returns an empty string, or the usage error.
QString readOptions(const ArgParser &parser, Options &options)
{
    options.once = parser.isSet("once");
    options.json = parser.isSet("json");
    options.units = parser.isSet("si") ? SizeUnits::Si : SizeUnits::Iec;
    options.prometheusPath = QFile::decodeName(parser.value("prometheus"));
    options.historyPath
        = parser.isSet("history") ? QFile::decodeName(parser.value("history")) : UsageHistory::defaultPath();
    if (parser.isSet("prometheus") && options.prometheusPath.isEmpty())
        return Tr::tr("--prometheus needs a file name");
    if (parser.isSet("history") && options.historyPath.isEmpty())
        return Tr::tr("--history needs a file name");

    struct Numeric {
        const char *name;
        qint64 min;
        qint64 max;
        qint64 *target;
    };
    qint64 warningPercent = 85;
    qint64 criticalPercent = 95;
    qint64 etaHours = 24;
    const Numeric numerics[] = {
        { "interval", 1, 7 * 86400, &options.intervalSeconds },
        { "cache-interval", 0, 365 * 86400, &options.cacheIntervalSeconds },
        { "warning", 1, 100, &warningPercent },
        { "critical", 1, 100, &criticalPercent },
        { "eta-warning", 0, 24 * 365, &etaHours },
    };
    for (const Numeric &numeric : numerics) {
        if (!parser.isSet(numeric.name))
            continue;
        const auto value = parseNumber(parser.value(numeric.name), numeric.min, numeric.max);
        if (!value)
            return Tr::tr("--%1 wants a whole number from %2 to %3, not '%4'")
                .arg(QString::fromLatin1(numeric.name))
                .arg(numeric.min)
                .arg(numeric.max)
                .arg(QString::fromLocal8Bit(parser.value(numeric.name)));
        *numeric.target = *value;
    }
    if (warningPercent >= criticalPercent)
        return Tr::tr("--warning (%1) must be below --critical (%2)").arg(warningPercent).arg(criticalPercent);
    options.thresholds.warningRatio = double(warningPercent) / 100.0;
    options.thresholds.criticalRatio = double(criticalPercent) / 100.0;
    options.thresholds.etaWarningSeconds = etaHours * 3600;
    return {};
}

// --- output ------------------------------------------------------------------------------------

QString formatDuration(std::int64_t seconds)
{
    if (seconds < 3600)
        return Tr::tr("~%1 min").arg(std::max<std::int64_t>(1, seconds / 60));
    if (seconds < 2 * 86400)
        return Tr::tr("~%1 h").arg(double(seconds) / 3600.0, 0, 'f', 1);
    return Tr::tr("~%1 d").arg(double(seconds) / 86400.0, 0, 'f', 1);
}

int percentUsed(const Volume &volume)
{
    // df rounds Use% up: a volume with one byte used is not "0%" full.
    return int(std::ceil(volume.usedRatio() * 100.0 - 1e-9));
}

void writeTable(QTextStream &out, std::int64_t now, const QList<VolumeStatus> &statuses, SizeUnits units)
{
    out << formatIsoTime(now) << '\n';
    if (statuses.isEmpty()) {
        out << Tr::tr("No volume found.") << "\n\n";
        return;
    }
    qsizetype mountWidth = displayWidth(Tr::tr("Mount"));
    qsizetype typeWidth = displayWidth(Tr::tr("Type"));
    const qsizetype useWidth = std::max<qsizetype>(4, displayWidth(Tr::tr("Use%"))); // "Belegt%" is wider than "100%"
    for (const VolumeStatus &status : statuses) {
        mountWidth = std::max(mountWidth, displayWidth(QString::fromLocal8Bit(status.volume.mountPoint)));
        typeWidth = std::max(typeWidth, displayWidth(QString::fromLocal8Bit(status.volume.fsType)));
    }
    out << padEnd(Tr::tr("Mount"), mountWidth) << "  " << padEnd(Tr::tr("Type"), typeWidth) << "  "
        << padStart(Tr::tr("Size"), 10) << "  " << padStart(Tr::tr("Used"), 10) << "  " << padStart(Tr::tr("Avail"), 10)
        << "  " << padStart(Tr::tr("Use%"), useWidth) << "  " << padEnd(Tr::tr("State"), 8) << "  "
        << padStart(Tr::tr("Growth"), 12) << "  " << Tr::tr("Full in") << '\n';
    for (const VolumeStatus &status : statuses) {
        const Volume &volume = status.volume;
        out << padEnd(QString::fromLocal8Bit(volume.mountPoint), mountWidth) << "  "
            << padEnd(QString::fromLocal8Bit(volume.fsType), typeWidth) << "  ";
        if (!volume.measured()) {
            out << Tr::tr("(%1)").arg(volume.error) << '\n';
            continue;
        }
        QString growth = u"-"_s;
        QString eta = u"-"_s;
        if (status.trend) {
            const double rate = status.trend->bytesPerHour;
            growth = (rate < 0 ? u"-"_s : u"+"_s) + formatSize(std::uint64_t(std::llround(std::abs(rate))), units)
                + u"/h"_s;
            if (status.trend->etaFullSeconds)
                eta = formatDuration(*status.trend->etaFullSeconds);
        }
        out << padStart(formatSize(volume.totalBytes, units), 10) << "  "
            << padStart(formatSize(volume.usedBytes, units), 10) << "  "
            << padStart(formatSize(volume.availableBytes, units), 10) << "  "
            << padStart(QString(QString::number(percentUsed(volume)) + u'%'), useWidth) << "  "
            << padEnd(QString::fromLatin1(volumeStateId(status.state)), 8) << "  " << padStart(growth, 12) << "  "
            << eta << '\n';
    }
    out << '\n';
}

QByteArray jsonLine(std::int64_t now, const QList<VolumeStatus> &statuses)
{
    JsonWriter json(JsonWriter::Style::Compact);
    json.startObject();
    json.field("version", 1);
    json.field("time", formatIsoTime(now));
    json.key("volumes");
    json.startArray();
    for (const VolumeStatus &status : statuses) {
        const Volume &volume = status.volume;
        json.startObject();
        json.path(volume.mountPoint, "mount");
        json.field("device", QString::fromUtf8(volume.device));
        json.field("fs_type", QString::fromUtf8(volume.fsType));
        json.field("read_only", volume.readOnly);
        if (!volume.measured()) {
            for (const char *key : { "total_bytes", "used_bytes", "available_bytes", "used_ratio" }) {
                json.key(key);
                json.null();
            }
            json.field("state", "unknown");
            json.key("growth_bytes_per_hour");
            json.null();
            json.key("eta_full_seconds");
            json.null();
            json.field("error", volume.error);
            json.endObject();
            continue;
        }
        json.field("total_bytes", volume.totalBytes);
        json.field("used_bytes", volume.usedBytes);
        json.field("available_bytes", volume.availableBytes);
        json.field("used_ratio", volume.usedRatio());
        json.field("state", volumeStateId(status.state));
        json.key("growth_bytes_per_hour");
        if (status.trend)
            json.value(std::int64_t(std::llround(status.trend->bytesPerHour)));
        else
            json.null();
        json.key("eta_full_seconds");
        if (status.trend && status.trend->etaFullSeconds)
            json.value(std::int64_t(*status.trend->etaFullSeconds));
        else
            json.null();
        json.endObject();
    }
    json.endArray();
    json.endObject();
    return json.take();
}

void flushAll(QTextStream &stream)
{
    stream.flush();
    if (auto *file = qobject_cast<QFileDevice *>(stream.device()))
        file->flush();
}

// --- the known caches, for cachelens_cache_bytes ---------------------------------------------

/// Scans every known ML cache; nullopt when the scan was stopped by a signal.
std::optional<QList<CacheBytes>> measureCaches(QStringList &warnings)
{
    const std::shared_ptr<const RuleSet> rules = RuleSet::loadDefault(&warnings);
    const QList<KnownCache> caches = resolveKnownCaches(rules->cacheSpecs(), Environment::fromSystem(QDir::homePath()));
    ScanToken token;
    s_activeScan.store(&token);
    const std::shared_ptr<FileTree> tree = Scanner(knownCachesScanRequest(caches, rules)).run(token);
    s_activeScan.store(nullptr);
    if (StopSignals::stopRequested())
        return std::nullopt;
    QList<CacheBytes> measured;
    for (const KnownCache &cache : caches) {
        const ScanRoot *root = findScanRoot(*tree, cache.path);
        const bool scanned = root && root->node != NoNode;
        measured.append({ cache.id, cache.path, scanned ? tree->node(root->node).diskBytes : 0 });
    }
    return measured;
}

// --- the sampling loop -------------------------------------------------------------------------

class Monitor final
{
public:
    Monitor(const Options &options, CommandContext &context)
        : m_options(options)
        , m_context(context)
        , m_history(options.historyPath)
        , m_evaluator(options.thresholds, &m_history)
        , m_probe(makeSystemStorageProbe())
    {
        if (!m_history.isOpen())
            warn(Tr::tr("the usage history cannot be kept (%1); monitoring goes on without it")
                     .arg(m_history.errorText()));
    }

    int run()
    {
        StopSignals stopSignals;
        bool measuredAny = false;
        bool partial = false;
        qint64 lastCacheScan = 0;
        qint64 lastPrune = 0;
        for (;;) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            if (m_history.isOpen() && now - lastPrune >= 86400) {
                m_history.prune(UsageHistory::DefaultRetentionDays, now);
                lastPrune = now;
            }
            const QList<Volume> volumes = m_probe->sample();
            if (m_history.isOpen() && !m_history.append(now, volumes) && !m_historyWriteWarned) {
                warn(Tr::tr("cannot add to the usage history: %1").arg(m_history.errorText()));
                m_historyWriteWarned = true;
            }
            QList<VolumeAlert> alerts;
            const QList<VolumeStatus> statuses = m_evaluator.evaluate(now, volumes, &alerts);
            for (const VolumeAlert &alert : std::as_const(alerts))
                report(alert);
            for (const VolumeStatus &status : statuses) {
                measuredAny = measuredAny || status.volume.measured();
                partial = partial || !status.volume.measured();
            }

            if (m_options.json)
                writeRaw(m_context.out, jsonLine(now, statuses));
            else
                writeTable(m_context.out, now, statuses, m_options.units);
            flushAll(m_context.out);

            if (!m_options.prometheusPath.isEmpty()) {
                const bool firstScan = lastCacheScan == 0;
                if (firstScan
                    || (m_options.cacheIntervalSeconds > 0 && now - lastCacheScan >= m_options.cacheIntervalSeconds)) {
                    lastCacheScan = now;
                    QStringList warnings;
                    if (auto caches = measureCaches(warnings))
                        m_caches = std::move(*caches);
                    for (const QString &warning : std::as_const(warnings))
                        warn(warning);
                }
                const QString error = writeFileAtomically(m_options.prometheusPath, prometheusText(statuses, m_caches));
                if (!error.isEmpty()) {
                    m_context.err << "cachelens monitor: "
                                  << Tr::tr("cannot write %1: %2").arg(m_options.prometheusPath, error) << '\n';
                    partial = true;
                }
            }
            flushAll(m_context.err);

            if (m_options.once || StopSignals::stopRequested()
                || StopSignals::waitForStop(m_options.intervalSeconds * 1000))
                break;
        }
        Log::storage()->info("monitor stopped");
        if (!measuredAny)
            return ExitFailed;
        return m_options.once && partial ? ExitPartial : ExitOk;
    }

private:
    void warn(const QString &message)
    {
        m_context.err << "cachelens monitor: " << Tr::tr("warning: %1").arg(message) << '\n';
    }

    void report(const VolumeAlert &alert)
    {
        const QString mount = QString::fromLocal8Bit(alert.mountPoint);
        const int percent = int(std::ceil(alert.usedRatio * 100.0 - 1e-9));
        QString message = alert.to == VolumeState::Critical
            ? Tr::tr("%1 is critical: %2% used").arg(mount).arg(percent)
            : Tr::tr("%1 needs attention: %2% used").arg(mount).arg(percent);
        if (alert.etaFullSeconds)
            message += Tr::tr(", full in %1").arg(formatDuration(*alert.etaFullSeconds));
        Log::storage()->info("alert: {}", message.toStdString());
        m_context.err << "cachelens monitor: " << message << '\n';
    }

    const Options &m_options;
    CommandContext &m_context;
    UsageHistory m_history;
    VolumeEvaluator m_evaluator; // after m_history, which it reads
    std::unique_ptr<StorageProbe> m_probe;
    QList<CacheBytes> m_caches;
    bool m_historyWriteWarned = false;
};

} // namespace

int runMonitor(CommandContext &context)
{
    ArgParser parser({
        { "once", 0, {}, Tr::tr("Take one sample and exit"), false },
        { "interval", 0, u"S"_s, Tr::tr("Seconds between samples (default: 60)"), false },
        { "json", 0, {}, Tr::tr("One JSON document per line and sample (JSON Lines)"), false },
        { "prometheus", 0, u"FILE"_s, Tr::tr("Also write the node_exporter textfile FILE (replaced atomically)"),
            false },
        { "cache-interval", 0, u"S"_s,
            Tr::tr("Seconds between scans of the ML caches for --prometheus (default: 3600; 0: once)"), false },
        { "history", 0, u"FILE"_s, Tr::tr("The usage history database (default: %1)").arg(UsageHistory::defaultPath()),
            false },
        { "warning", 0, u"PCT"_s, Tr::tr("Use% from which a volume is in warning (default: 85)"), false },
        { "critical", 0, u"PCT"_s, Tr::tr("Use% from which a volume is critical (default: 95)"), false },
        { "eta-warning", 0, u"HOURS"_s, Tr::tr("Warn when a volume will be full within HOURS (default: 24; 0: off)"),
            false },
        { "si", 0, {}, Tr::tr("Powers of 1000 (kB, MB, GB) instead of 1024 (KiB, MiB, GiB)"), false },
        { "help", 'h', {}, Tr::tr("Show this help and exit"), false },
    });
    Options options;
    QString problem;
    if (!parser.parse(context.args))
        problem = parser.errorText();
    else if (!parser.positional().isEmpty())
        problem = Tr::tr("takes no PATH: it watches every volume");
    else if (!parser.isSet("help"))
        problem = readOptions(parser, options);
    if (!problem.isEmpty()) {
        context.err << "cachelens monitor: " << problem << '\n'
                    << Tr::tr("Try 'cachelens monitor --help' for more information.") << '\n';
        return ExitUsage;
    }
    if (parser.isSet("help")) {
        context.out << Tr::tr(
            "Usage: cachelens monitor [--once] [--interval S] [--json] [--prometheus FILE]\n"
            "                         [--cache-interval S] [--history FILE] [--si]\n"
            "\n"
            "Shows how full each volume is - counted as df counts it - how fast it grows and\n"
            "when it will be full, every S seconds until interrupted (Ctrl+C, SIGTERM), or\n"
            "once. Pseudo file systems are left out, bind mounts shown once; tmpfs is shown at\n"
            "/tmp, /dev/shm and /run/user/UID. A volume that does not answer within 2 s (a dead\n"
            "network mount) is reported as such and does not hold up the others.\n"
            "\n"
            "Samples go into the usage history the window shares, so growth and 'full in' show\n"
            "once it holds 3 samples over 10 minutes of the last 6 hours. A volume is in\n"
            "warning from 85% used or when full within 24 h, critical from 95%; it leaves a\n"
            "state 2 points below its threshold. Each change for the worse is reported once on\n"
            "stderr.\n"
            "\n"
            "--json prints one line per sample: {\"version\":1,\"time\",\"volumes\":[{\"mount\",\n"
            "\"device\",\"fs_type\",\"total_bytes\",\"used_bytes\",\"available_bytes\",\"used_ratio\",\n"
            "\"state\",\"eta_full_seconds\"}]}. --prometheus writes cachelens_volume_* gauges and\n"
            "cachelens_cache_bytes for each known ML cache, for node_exporter's textfile\n"
            "collector.\n"
            "\n"
            "Options:\n")
                    << parser.optionsHelp();
        return ExitOk;
    }
    return Monitor(options, context).run();
}

} // namespace CacheLens::Cli
