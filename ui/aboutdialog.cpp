#include "ui/aboutdialog.h"

#include "core/appinfo.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace CacheLens
{

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About CacheLens"));
    setObjectName(u"aboutDialog"_s);

    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/cachelens.svg"_s).pixmap(64, 64));

    auto *heading = new QLabel(this);
    heading->setObjectName(u"aboutHeading"_s);
    heading->setTextFormat(Qt::RichText);
    heading->setText(u"<h2>CacheLens %1</h2><p>%2</p><p>%3</p>"_s.arg(AppInfo::version().toHtmlEscaped(),
        tr("A disk-space analyzer that knows what machine-learning tools leave on disk.").toHtmlEscaped(),
        //: %1 and %2 are commands, shown as code.
        tr("Every feature also runs without a screen: see %1 or %2.")
            .toHtmlEscaped()
            .arg(u"<code>cachelens --help</code>"_s, u"<code>man cachelens</code>"_s)));
    heading->setWordWrap(true);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(heading, 1);

    QString rows;
    for (const AppInfo::Library &library : AppInfo::libraries()) {
        rows += u"<tr><td><a href=\"%1\">%2</a></td><td>%3</td><td>%4</td></tr>"_s.arg(library.url.toHtmlEscaped(),
            library.name.toHtmlEscaped(), library.version.toHtmlEscaped(), library.licence.toHtmlEscaped());
    }
    auto *licences = new QTextBrowser(this);
    licences->setObjectName(u"aboutLicences"_s);
    licences->setOpenExternalLinks(true);
    licences->setHtml(u"<p>%1</p><table cellspacing=\"6\"><tr><th align=\"left\">%2</th><th align=\"left\">%3</th>"
                      "<th align=\"left\">%4</th></tr>%5</table>"_s.arg(
                          tr("CacheLens is free software under the %1 licence. It is built on:")
                              .arg(AppInfo::licence())
                              .toHtmlEscaped(),
                          tr("Library"), tr("Version"), tr("Licence"), rows));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(licences, 1);
    layout->addWidget(buttons);
    resize(520, 380);
}

} // namespace CacheLens
