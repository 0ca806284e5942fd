#include "ui/alertbanner.h"

#include <algorithm>

#include <QApplication>
#include <QBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>

#include "ui/notify/volumetext.h"

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// Room around the painted box, inside the widget: a hidden banner then leaves no gap above the pages.
constexpr int Inset = 6;

QColor mix(const QColor &base, const QColor &tint, double share)
{
    return QColor::fromRgbF(float(base.redF() * (1 - share) + tint.redF() * share),
        float(base.greenF() * (1 - share) + tint.greenF() * share),
        float(base.blueF() * (1 - share) + tint.blueF() * share));
}

} // namespace

AlertBanner::AlertBanner(QWidget *parent)
    : QFrame(parent)
{
    setObjectName(u"alertBanner"_s);
    m_icon = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(u"alertMessage"_s);
    m_message->setTextFormat(Qt::RichText);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_showDisk = new QPushButton(QIcon::fromTheme(u"drive-harddisk"_s), tr("Show &Disk"), this);
    m_showDisk->setObjectName(u"alertShowDisk"_s);
    m_showDisk->setToolTip(tr("Open the Disk view: every volume, how full it is and how fast it fills"));
    connect(m_showDisk, &QPushButton::clicked, this, &AlertBanner::showDiskRequested);

    m_cleanUp = new QPushButton(QIcon::fromTheme(u"edit-clear"_s), tr("&Clean Up..."), this);
    m_cleanUp->setObjectName(u"alertCleanUp"_s);
    m_cleanUp->setToolTip(tr("Choose what to remove and preview exactly what goes"));
    connect(m_cleanUp, &QPushButton::clicked, this, [this] {
        Q_EMIT cleanUpRequested(m_notification.action.startsWith(u"cleanup"_s) ? m_notification.action : u"cleanup"_s);
    });

    m_close = new QToolButton(this);
    m_close->setObjectName(u"alertClose"_s);
    m_close->setAutoRaise(true);
    m_close->setIcon(QIcon::fromTheme(u"window-close"_s, style()->standardIcon(QStyle::SP_TitleBarCloseButton)));
    m_close->setToolTip(tr("Hide this message"));
    m_close->setAccessibleName(tr("Hide this message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(Inset + 12, Inset + 6, Inset + 6, 6);
    layout->addWidget(m_icon);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_showDisk);
    layout->addWidget(m_cleanUp);
    layout->addWidget(m_close);
    setVisible(false);
}

void AlertBanner::showNotification(const Notification &notification)
{
    if (notification.action.isEmpty())
        return; // nothing to do about it here: "still running in the tray" and the like
    if (isVisibleTo(parentWidget()) && m_notification.urgency == Notification::Urgency::Critical
        && notification.urgency != Notification::Urgency::Critical)
        return; // a warning about another volume must not hide that one is nearly full
    display(notification);
}

void AlertBanner::followVolumes(const QList<VolumeStatus> &statuses)
{
    if (isHidden() || m_notification.volume.isEmpty())
        return; // closed by the user, or not about a volume (a scheduled scan's result)
    const auto shown = std::find_if(statuses.cbegin(), statuses.cend(),
        [this](const VolumeStatus &status) { return status.volume.mountPoint == m_notification.volume; });
    if (shown != statuses.cend() && !shown->volume.measured())
        return; // not measured this time (a slow network mount): nothing new is known
    const VolumeState said
        = m_notification.urgency == Notification::Urgency::Critical ? VolumeState::Critical : VolumeState::Warning;
    if (shown != statuses.cend() && shown->state >= said)
        return; // as bad as the banner says; worse comes as an alert of its own
    // Recovered (or unmounted): the banner must not go on saying a disk is full. An alert it
    // held back for another volume is still true, so that one speaks now.
    const std::optional<VolumeStatus> worst = VolumeText::worst(statuses);
    if (!worst || worst->state == VolumeState::Ok) {
        hide();
        return;
    }
    display(VolumeText::alertNotification(*worst));
}

void AlertBanner::display(const Notification &notification)
{
    m_notification = notification;
    m_message->setText(u"<b>%1</b> %2"_s.arg(notification.title.toHtmlEscaped(), notification.body.toHtmlEscaped()));
    const bool critical = notification.urgency == Notification::Urgency::Critical;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()
                          ->standardIcon(critical ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning)
                          .pixmap(iconSize, iconSize));
    m_showDisk->setVisible(notification.action == u"disk"_s);
    setAccessibleDescription(notification.title + u": "_s + notification.body);
    update();
    show();
}

const Notification &AlertBanner::notification() const
{
    return m_notification;
}

QLabel *AlertBanner::messageLabel() const
{
    return m_message;
}

QPushButton *AlertBanner::showDiskButton() const
{
    return m_showDisk;
}

QPushButton *AlertBanner::cleanUpButton() const
{
    return m_cleanUp;
}

QToolButton *AlertBanner::closeButton() const
{
    return m_close;
}

QColor AlertBanner::accent(Notification::Urgency urgency)
{
    return urgency == Notification::Urgency::Critical ? QColor(0xd3, 0x2f, 0x2f) : QColor(0xf5, 0xa6, 0x00);
}

QColor AlertBanner::background(Notification::Urgency urgency, const QPalette &palette)
{
    // A fifth of the state's colour over the window's own: pale on a light theme, dark on a
    // dark one, so the palette's text colour keeps its contrast on both.
    return mix(palette.color(QPalette::Window), accent(urgency), 0.2);
}

void AlertBanner::paintEvent(QPaintEvent *)
{
    // Painted rather than styled: a style sheet would replace the palette the labels and
    // buttons inherit, and stop following a theme switched while the banner is shown.
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor edge = accent(m_notification.urgency);
    const QRectF box = QRectF(rect()).adjusted(Inset + 0.5, Inset + 0.5, -Inset - 0.5, -0.5);
    painter.setPen(QPen(edge, 1));
    painter.setBrush(background(m_notification.urgency, palette()));
    painter.drawRoundedRect(box, 3, 3);
    painter.setPen(Qt::NoPen);
    painter.setBrush(edge);
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 5, box.height()), 2, 2);
}

} // namespace CacheLens
