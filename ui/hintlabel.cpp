#include "ui/hintlabel.h"

#include "ui/colorscheme.h"

#include <QApplication>
#include <QEvent>

namespace CacheLens
{

HintLabel::HintLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
    updateColour();
}

HintLabel::~HintLabel() = default;

void HintLabel::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    // A new parent or a new application palette: derive the colour again from what is inherited.
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ParentChange)
        updateColour();
}

void HintLabel::updateColour()
{
    if (m_updating)
        return; // setPalette() below sends a PaletteChange of its own
    m_updating = true;
    const QPalette inherited = parentWidget() ? parentWidget()->palette() : QApplication::palette(this);
    QPalette own; // only WindowText set: every other role still comes from the parent
    own.setColor(QPalette::WindowText, quietTextColor(inherited));
    own.setColor(QPalette::Disabled, QPalette::WindowText, inherited.color(QPalette::Disabled, QPalette::WindowText));
    setPalette(own);
    m_updating = false;
}

} // namespace CacheLens
