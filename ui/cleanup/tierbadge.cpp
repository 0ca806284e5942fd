#include "ui/cleanup/tierbadge.h"

#include <QCoreApplication>
#include <QLabel>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens
{

QColor tierColor(Tier tier)
{
    switch (tier) {
    case Tier::Safe:
        return QColor(0x00, 0x8A, 0x65); // Okabe-Ito bluish green, darkened for white text
    case Tier::Review:
        return QColor(0xC2, 0x6A, 0x00); // Okabe-Ito orange, darkened for white text
    case Tier::Keep:
        return QColor(0x00, 0x72, 0xB2); // Okabe-Ito blue
    }
    return QColor(Qt::gray);
}

QString tierBadgeText(Tier tier)
{
    switch (tier) {
    case Tier::Safe:
        return QCoreApplication::translate("TierBadge", "safe");
    case Tier::Review:
        return QCoreApplication::translate("TierBadge", "review");
    case Tier::Keep:
        return QCoreApplication::translate("TierBadge", "keep");
    }
    return {};
}

QLabel *createTierBadge(Tier tier, QWidget *parent)
{
    auto *badge = new QLabel(tierBadgeText(tier), parent);
    badge->setObjectName(u"tierBadge"_s);
    badge->setAlignment(Qt::AlignCenter);
    badge->setToolTip(tierDisplayName(tier));
    badge->setStyleSheet(u"QLabel { background: %1; color: white; border-radius: 4px; padding: 1px 6px; "
                         "font-weight: bold; }"_s.arg(tierColor(tier).name()));
    // One width for all three, fitting the longest name in the language shown ("review" in English).
    int widest = 0;
    for (const Tier each : { Tier::Safe, Tier::Review, Tier::Keep })
        widest = std::max(widest, badge->fontMetrics().horizontalAdvance(tierBadgeText(each)));
    badge->setFixedWidth(widest + 20);
    return badge;
}

QIcon tierIcon(Tier tier)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(tierColor(tier));
    painter.drawEllipse(QRectF(1, 1, 10, 10));
    return QIcon(pixmap);
}

} // namespace CacheLens
