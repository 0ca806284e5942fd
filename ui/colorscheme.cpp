#include "ui/colorscheme.h"

#include <QApplication>
#include <QProxyStyle>
#include <QStyleOption>

#include <algorithm>
#include <cmath>
#include <optional>

using namespace Qt::StringLiterals;

namespace CacheLens
{
namespace
{

// The colours a palette is made of; the 3D roles go from Light (lightest) to Shadow.
struct Colours {
    QColor window, windowText, base, alternateBase, text, button, buttonText, brightText;
    QColor light, midlight, mid, dark, shadow;
    QColor highlight, highlightedText, link, linkVisited, toolTipBase, toolTipText, placeholder;
    // Disabled group
    QColor disabledText, disabledBase, disabledHighlight, disabledHighlightedText, disabledPlaceholder;
};

QPalette paletteOf(const Colours &c)
{
    QPalette palette;
    // setColor(role, colour) sets the role in all three groups; the disabled group is refined below.
    palette.setColor(QPalette::Window, c.window);
    palette.setColor(QPalette::WindowText, c.windowText);
    palette.setColor(QPalette::Base, c.base);
    palette.setColor(QPalette::AlternateBase, c.alternateBase);
    palette.setColor(QPalette::Text, c.text);
    palette.setColor(QPalette::Button, c.button);
    palette.setColor(QPalette::ButtonText, c.buttonText);
    palette.setColor(QPalette::BrightText, c.brightText);
    palette.setColor(QPalette::Light, c.light);
    palette.setColor(QPalette::Midlight, c.midlight);
    palette.setColor(QPalette::Mid, c.mid);
    palette.setColor(QPalette::Dark, c.dark);
    palette.setColor(QPalette::Shadow, c.shadow);
    palette.setColor(QPalette::Highlight, c.highlight);
    palette.setColor(QPalette::HighlightedText, c.highlightedText);
    palette.setColor(QPalette::Link, c.link);
    palette.setColor(QPalette::LinkVisited, c.linkVisited);
    palette.setColor(QPalette::ToolTipBase, c.toolTipBase);
    palette.setColor(QPalette::ToolTipText, c.toolTipText);
    palette.setColor(QPalette::PlaceholderText, c.placeholder);
    palette.setColor(QPalette::NoRole, c.window);

    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Base, c.disabledBase);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, c.disabledHighlight);
    palette.setColor(QPalette::Disabled, QPalette::HighlightedText, c.disabledHighlightedText);
    palette.setColor(QPalette::Disabled, QPalette::PlaceholderText, c.disabledPlaceholder);
    palette.setColor(QPalette::Disabled, QPalette::Link, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::LinkVisited, c.disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Shadow, c.dark);
    return palette;
}

double channel(double c)
{
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

QColor mix(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() * (1 - share) + to.redF() * share),
        float(from.greenF() * (1 - share) + to.greenF() * share),
        float(from.blueF() * (1 - share) + to.blueF() * share));
}

// Qt 6.4's Fusion outlines check boxes, radio buttons and input fields in window.darker(140),
// which all but vanishes on a dark window (6.5 and later still do). Those controls are drawn here
// from a palette whose Window makes Fusion's outline a visible mid grey; nothing else they draw
// uses Window.
class SchemeStyle final : public QProxyStyle
{
public:
    SchemeStyle()
        : QProxyStyle(u"Fusion"_s)
    {
    }

    void drawPrimitive(
        PrimitiveElement element, const QStyleOption *option, QPainter *painter, const QWidget *widget) const override
    {
        switch (element) {
        case PE_IndicatorCheckBox:
        case PE_IndicatorRadioButton:
            if (const auto *button = qstyleoption_cast<const QStyleOptionButton *>(option); button && dark(*option)) {
                QStyleOptionButton outlined(*button);
                outline(outlined.palette);
                QProxyStyle::drawPrimitive(element, &outlined, painter, widget);
                return;
            }
            break;
        case PE_FrameLineEdit:
        case PE_PanelLineEdit:
            if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option); frame && dark(*option)) {
                QStyleOptionFrame outlined(*frame);
                outline(outlined.palette);
                QProxyStyle::drawPrimitive(element, &outlined, painter, widget);
                return;
            }
            break;
        default:
            break;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }

    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option, QPainter *painter,
        const QWidget *widget) const override
    {
        if (control == CC_SpinBox && dark(*option)) {
            if (const auto *spin = qstyleoption_cast<const QStyleOptionSpinBox *>(option)) {
                QStyleOptionSpinBox outlined(*spin);
                outline(outlined.palette);
                QProxyStyle::drawComplexControl(control, &outlined, painter, widget);
                return;
            }
        }
        QProxyStyle::drawComplexControl(control, option, painter, widget);
    }

private:
    static bool dark(const QStyleOption &option)
    {
        return isDark(option.palette);
    }

    // Fusion's outline is Window.darker(140): aim it at a grey between window and text.
    static void outline(QPalette &palette)
    {
        const QColor wanted = mix(palette.color(QPalette::Window), palette.color(QPalette::WindowText), 0.32);
        palette.setColor(QPalette::Window, wanted.lighter(140));
    }
};

// What the application looked like before CacheLens changed it: "Follow system" goes back to it.
struct SystemLook {
    QString style;
    QPalette palette;
};

std::optional<SystemLook> &systemLook()
{
    static std::optional<SystemLook> look;
    return look;
}

} // namespace

QPalette lightPalette()
{
    Colours c;
    c.window = QColor(0xef, 0xef, 0xef);
    c.windowText = QColor(0x1a, 0x1a, 0x1a);
    c.base = QColor(0xff, 0xff, 0xff);
    c.alternateBase = QColor(0xf5, 0xf5, 0xf5);
    c.text = c.windowText;
    c.button = QColor(0xf2, 0xf2, 0xf2);
    c.buttonText = c.windowText;
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.light = QColor(0xff, 0xff, 0xff);
    c.midlight = QColor(0xe3, 0xe3, 0xe3);
    c.mid = QColor(0xb8, 0xb8, 0xb8);
    c.dark = QColor(0x9f, 0x9f, 0x9f);
    c.shadow = QColor(0x76, 0x76, 0x76);
    c.highlight = QColor(0x2a, 0x6c, 0xb5);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x1a, 0x5f, 0xb4);
    c.linkVisited = QColor(0x6a, 0x3f, 0xb0);
    c.toolTipBase = QColor(0xff, 0xff, 0xe1);
    c.toolTipText = c.windowText;
    c.placeholder = QColor(0x6e, 0x6e, 0x6e);
    c.disabledText = QColor(0x8c, 0x8c, 0x8c);
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0x9f, 0xb4, 0xcc);
    c.disabledHighlightedText = QColor(0xf5, 0xf5, 0xf5);
    c.disabledPlaceholder = QColor(0xa8, 0xa8, 0xa8);
    return paletteOf(c);
}

QPalette darkPalette()
{
    Colours c;
    c.window = QColor(0x2b, 0x2d, 0x30);
    c.windowText = QColor(0xe8, 0xe8, 0xe8);
    c.base = QColor(0x1f, 0x21, 0x24);
    c.alternateBase = QColor(0x27, 0x29, 0x2d);
    c.text = c.windowText;
    c.button = QColor(0x3a, 0x3d, 0x41);
    c.buttonText = c.windowText;
    c.brightText = QColor(0xff, 0xff, 0xff);
    c.light = QColor(0x55, 0x58, 0x5e);
    c.midlight = QColor(0x47, 0x4a, 0x4f);
    c.mid = QColor(0x2f, 0x31, 0x35);
    c.dark = QColor(0x19, 0x1a, 0x1c);
    c.shadow = QColor(0x0c, 0x0c, 0x0d);
    c.highlight = QColor(0x2a, 0x6c, 0xb5);
    c.highlightedText = QColor(0xff, 0xff, 0xff);
    c.link = QColor(0x6c, 0xb4, 0xff);
    c.linkVisited = QColor(0xc3, 0x9b, 0xff);
    c.toolTipBase = QColor(0x3a, 0x3d, 0x41);
    c.toolTipText = c.windowText;
    c.placeholder = QColor(0x9a, 0x9a, 0x9a);
    c.disabledText = QColor(0x80, 0x80, 0x80);
    c.disabledBase = c.window;
    c.disabledHighlight = QColor(0x44, 0x4a, 0x52);
    c.disabledHighlightedText = QColor(0xa0, 0xa0, 0xa0);
    c.disabledPlaceholder = QColor(0x66, 0x66, 0x66);
    return paletteOf(c);
}

void applyColorScheme(AppSettings::ColorScheme scheme)
{
    std::optional<SystemLook> &look = systemLook();
    if (!look)
        look = SystemLook { QApplication::style()->name(), QApplication::palette() };
    if (scheme == AppSettings::ColorScheme::System) {
        if (QApplication::style()->name().compare(look->style, Qt::CaseInsensitive) != 0)
            QApplication::setStyle(look->style); // by name: setStyle() deleted the original
    } else if (!dynamic_cast<const SchemeStyle *>(QApplication::style())) {
        // Fusion draws everything from the palette; native styles (a GTK theme, Windows) may not.
        QApplication::setStyle(new SchemeStyle);
    }
    switch (scheme) {
    case AppSettings::ColorScheme::Light:
        QApplication::setPalette(lightPalette());
        break;
    case AppSettings::ColorScheme::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case AppSettings::ColorScheme::System:
        // A palette nobody set (no resolved roles) makes Qt go back to the theme's own again.
        QApplication::setPalette(look->palette);
        break;
    }
}

AppSettings::ColorScheme colorSchemeFromEnvironment(AppSettings::ColorScheme chosen)
{
    return AppSettings::colorSchemeFromId(qEnvironmentVariable("CACHELENS_COLOR_SCHEME")).value_or(chosen);
}

bool isDark(const QPalette &palette)
{
    return luminance(palette.color(QPalette::Window)) < luminance(palette.color(QPalette::WindowText));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor quietTextColor(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Active, QPalette::WindowText);
    const QColor window = palette.color(QPalette::Active, QPalette::Window);
    // As far towards the window as stays comfortably readable (4.5:1), and at most 40 %.
    for (double share = 0.40; share > 0.0; share -= 0.05) {
        const QColor quiet = mix(text, window, share);
        if (contrastRatio(quiet, window) >= 4.5)
            return quiet;
    }
    return text;
}

} // namespace CacheLens
