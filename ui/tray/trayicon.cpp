#include "ui/tray/trayicon.h"

#include "core/storage/storagemonitor.h"
#include "ui/notify/volumetext.h"

#include <QAction>
#include <QMenu>
#include <QPainter>
#include <QSvgRenderer>
#include <QSystemTrayIcon>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

std::optional<bool> s_trayOverride;

// Strong enough to read as a status dot on light and dark panels; the white ring around the
// dot keeps it apart from the icon's own coloured tiles.
QColor dotColour(VolumeState state)
{
    return state == VolumeState::Critical ? QColor(0xe5, 0x39, 0x35) : QColor(0xff, 0xb3, 0x00);
}

} // namespace

TrayIcon::TrayIcon(StorageMonitor *monitor, QObject *parent)
    : QObject(parent)
    , m_monitor(monitor)
    , m_tray(new QSystemTrayIcon(this))
{
    setObjectName(u"trayIcon"_s);
    createMenu();
    m_tray->setContextMenu(m_menu.get());
    m_tray->setIcon(stateIcon(VolumeState::Ok));
    connect(m_tray, &QSystemTrayIcon::activated, this, [this](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger)
            Q_EMIT toggleRequested();
    });
    connect(m_monitor, &StorageMonitor::sampled, this, &TrayIcon::onSampled);
    updateToolTip();
}

TrayIcon::~TrayIcon() = default;

void TrayIcon::createMenu()
{
    m_menu = std::make_unique<QMenu>();
    m_menu->setObjectName(u"trayMenu"_s);
    m_menu->setToolTipsVisible(true);

    m_open = m_menu->addAction(QIcon(u":/icons/cachelens.svg"_s), tr("&Open CacheLens"));
    m_open->setObjectName(u"trayOpen"_s);
    m_open->setToolTip(tr("Show the window"));
    connect(m_open, &QAction::triggered, this, &TrayIcon::openRequested);
    m_menu->setDefaultAction(m_open);

    m_scanCaches = m_menu->addAction(QIcon::fromTheme(u"edit-find"_s), tr("Scan &ML Caches Now"));
    m_scanCaches->setObjectName(u"trayScanCaches"_s);
    m_scanCaches->setToolTip(tr("Scan every known ML cache on this machine and show the result"));
    connect(m_scanCaches, &QAction::triggered, this, &TrayIcon::scanCachesRequested);
    m_menu->addSeparator();

    m_pause = m_menu->addAction(QIcon::fromTheme(u"media-playback-pause"_s), tr("&Pause Monitoring"));
    m_pause->setObjectName(u"trayPause"_s);
    m_pause->setCheckable(true);
    m_pause->setToolTip(tr("Stop measuring the volumes (no alerts) until unticked"));
    connect(m_pause, &QAction::toggled, this, &TrayIcon::setPaused);
    m_menu->addSeparator();

    m_quit = m_menu->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    m_quit->setObjectName(u"trayQuit"_s);
    m_quit->setToolTip(tr("Close the window and stop monitoring"));
    connect(m_quit, &QAction::triggered, this, &TrayIcon::quitRequested);
}

void TrayIcon::show()
{
    m_tray->show();
}

bool TrayIcon::isActive() const
{
    return m_tray->isVisible() && isSystemTrayAvailable();
}

bool TrayIcon::isSystemTrayAvailable()
{
    return s_trayOverride.value_or(QSystemTrayIcon::isSystemTrayAvailable());
}

void TrayIcon::overrideSystemTrayAvailable(std::optional<bool> available)
{
    s_trayOverride = available;
}

VolumeState TrayIcon::state() const
{
    return m_state;
}

QString TrayIcon::toolTip() const
{
    return m_tray->toolTip();
}

QIcon TrayIcon::icon() const
{
    return m_tray->icon();
}

QSystemTrayIcon *TrayIcon::systemTrayIcon() const
{
    return m_tray;
}

QMenu *TrayIcon::menu() const
{
    return m_menu.get();
}

QAction *TrayIcon::openAction() const
{
    return m_open;
}

QAction *TrayIcon::scanCachesAction() const
{
    return m_scanCaches;
}

QAction *TrayIcon::pauseAction() const
{
    return m_pause;
}

QAction *TrayIcon::quitAction() const
{
    return m_quit;
}

void TrayIcon::setPaused(bool paused)
{
    if (m_pause->isChecked() != paused) {
        m_pause->setChecked(paused); // toggled() comes back here with the action in step
        return;
    }
    if (paused)
        m_monitor->stop();
    else
        m_monitor->start();
    updateToolTip();
    Q_EMIT pausedChanged(paused);
}

bool TrayIcon::isPaused() const
{
    return m_pause->isChecked();
}

void TrayIcon::onSampled(const QList<VolumeStatus> &statuses)
{
    m_sampled = true;
    m_worst = VolumeText::worst(statuses);
    const VolumeState state = m_worst ? m_worst->state : VolumeState::Ok;
    if (state != m_state) {
        m_state = state;
        m_tray->setIcon(stateIcon(state));
        Q_EMIT stateChanged(state);
    }
    updateToolTip();
}

void TrayIcon::updateToolTip()
{
    QString line;
    if (isPaused())
        line = tr("Monitoring paused");
    else if (!m_sampled)
        line = tr("Measuring the volumes...");
    else if (!m_worst)
        line = tr("No volume could be measured");
    else if (m_worst->state == VolumeState::Ok)
        line = tr("All volumes below their limits; the fullest: %1").arg(VolumeText::summary(*m_worst));
    else
        line = VolumeText::summary(*m_worst);
    m_tray->setToolTip(tr("CacheLens") + u'\n' + line);
}

QPixmap TrayIcon::statePixmap(VolumeState state, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer(u":/icons/cachelens.svg"_s).render(&painter, QRectF(0, 0, size, size));
    if (state == VolumeState::Ok)
        return pixmap;
    // Half the icon wide, in the lower right corner where the lens is: at 22 px an 11 px dot
    // still reads as a colour, where a tint over the whole icon would only look muddy.
    const qreal ring = std::max(1.0, size / 14.0);
    const qreal diameter = std::round(size * 0.5);
    const QRectF dot(size - diameter - ring / 2, size - diameter - ring / 2, diameter, diameter);
    painter.setPen(QPen(Qt::white, ring));
    painter.setBrush(dotColour(state));
    painter.drawEllipse(dot);
    return pixmap;
}

QIcon TrayIcon::stateIcon(VolumeState state)
{
    QIcon icon;
    for (const int size : { 16, 22, 24, 32, 48, 64, 128 })
        icon.addPixmap(statePixmap(state, size));
    return icon;
}

} // namespace CacheLens
