#include "ui/welcomepage.h"

#include "core/settings/recentscans.h"
#include "ui/hintlabel.h"

#include <QFile>

#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CacheLens
{

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/cachelens.svg"_s).pixmap(96, 96));
    icon->setAlignment(Qt::AlignCenter);

    auto *title = new QLabel(tr("What is filling your disk?"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.8);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);

    auto *body = new QLabel(tr("CacheLens maps a folder and tells model hubs, datasets, checkpoints, logs,\n"
                               "package and compiler caches apart, so you can see what to keep and what to reclaim."),
        this);
    body->setAlignment(Qt::AlignCenter);
    body->setWordWrap(true);

    auto *scanCaches = new QPushButton(QIcon::fromTheme(u"edit-find"_s), tr("Scan &ML Caches"), this);
    scanCaches->setObjectName(u"welcomeScanCaches"_s);
    scanCaches->setDefault(true);
    scanCaches->setToolTip(tr("Scan every Hugging Face, torch, pip, conda, compiler ... cache on this machine "
                              "(Ctrl+M)"));
    connect(scanCaches, &QPushButton::clicked, this, &WelcomePage::scanCachesRequested);

    auto *openFolder = new QPushButton(QIcon::fromTheme(u"folder-open"_s), tr("&Open Folder..."), this);
    openFolder->setObjectName(u"welcomeOpenFolder"_s);
    openFolder->setToolTip(tr("Choose a folder to scan (Ctrl+O)"));
    connect(openFolder, &QPushButton::clicked, this, &WelcomePage::openFolderRequested);
    auto *cleanUp = new QPushButton(QIcon::fromTheme(u"edit-clear"_s), tr("&Clean Up..."), this);
    cleanUp->setObjectName(u"welcomeCleanUp"_s);
    cleanUp->setToolTip(tr("Reclaim space from caches, old revisions, temporary files and old checkpoints, with "
                           "an exact preview first (Ctrl+Shift+C)"));
    connect(cleanUp, &QPushButton::clicked, this, &WelcomePage::cleanUpRequested);
    for (QPushButton *button : { scanCaches, openFolder, cleanUp })
        button->setMinimumSize(button->sizeHint().width() * 5 / 4, button->sizeHint().height() * 3 / 2);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(scanCaches);
    buttons->addSpacing(12);
    buttons->addWidget(openFolder);
    buttons->addSpacing(12);
    buttons->addWidget(cleanUp);
    buttons->addStretch(1);

    auto *hint = new HintLabel(tr("You can also drop folders or scan exports (cachelens scan --export, ncdu -o) on "
                                  "this window, or run 'cachelens scan PATH' on a machine without a screen."),
        this);
    hint->setAlignment(Qt::AlignCenter);

    // Recent scans: one click takes the user back to where they were.
    m_recent = new QWidget(this);
    m_recent->setObjectName(u"welcomeRecent"_s);
    auto *recentTitle = new QLabel(tr("Recent"), m_recent);
    QFont recentFont = recentTitle->font();
    recentFont.setBold(true);
    recentTitle->setFont(recentFont);
    m_recentLinks = new QVBoxLayout;
    m_recentLinks->setSpacing(2);
    auto *recentLayout = new QVBoxLayout(m_recent);
    recentLayout->setContentsMargins(0, 0, 0, 0);
    recentLayout->addWidget(recentTitle, 0, Qt::AlignHCenter);
    recentLayout->addLayout(m_recentLinks);
    m_recent->setVisible(false);

    auto *column = new QVBoxLayout;
    column->addStretch(2);
    column->addWidget(icon);
    column->addSpacing(12);
    column->addWidget(title);
    column->addWidget(body);
    column->addSpacing(24);
    column->addLayout(buttons);
    column->addSpacing(12);
    column->addWidget(hint);
    column->addSpacing(24);
    column->addWidget(m_recent);
    column->addStretch(3);

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(column, 4);
    outer->addStretch(1);
}

void WelcomePage::setRecentScans(const QList<QList<QByteArray>> &scans)
{
    while (QLayoutItem *item = m_recentLinks->takeAt(0)) {
        // Later: this runs from a link's own click, and the link must outlive its event.
        if (QWidget *link = item->widget()) {
            link->hide();
            link->deleteLater();
        }
        delete item;
    }
    for (const QList<QByteArray> &roots : scans.mid(0, 5)) {
        auto *link = new QPushButton(RecentScans::label(roots), m_recent);
        link->setObjectName(u"welcomeRecentScan"_s);
        link->setFlat(true);
        link->setCursor(Qt::PointingHandCursor);
        QPalette linkPalette = link->palette(); // the palette's link colour says "click me", in dark mode too
        linkPalette.setColor(QPalette::ButtonText, linkPalette.color(QPalette::Link));
        link->setPalette(linkPalette);
        link->setToolTip(tr("Scan again: %1").arg(QFile::decodeName(roots.join('\n'))));
        connect(link, &QPushButton::clicked, this, [this, roots] { Q_EMIT recentScanRequested(roots); });
        m_recentLinks->addWidget(link, 0, Qt::AlignHCenter);
    }
    m_recent->setVisible(!scans.isEmpty());
}

} // namespace CacheLens
