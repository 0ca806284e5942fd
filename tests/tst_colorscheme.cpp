#include "ui/colorscheme.h"
#include "ui/hintlabel.h"

#include <QApplication>
#include <QStyle>
#include <QTest>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

// Every role a widget or a style may read (Accent is Qt 6.6+).
constexpr QPalette::ColorRole Roles[]
    = { QPalette::WindowText, QPalette::Button, QPalette::Light, QPalette::Midlight, QPalette::Dark, QPalette::Mid,
          QPalette::Text, QPalette::BrightText, QPalette::ButtonText, QPalette::Base, QPalette::Window,
          QPalette::Shadow, QPalette::Highlight, QPalette::HighlightedText, QPalette::Link, QPalette::LinkVisited,
          QPalette::AlternateBase, QPalette::ToolTipBase, QPalette::ToolTipText, QPalette::PlaceholderText };
constexpr QPalette::ColorGroup Groups[] = { QPalette::Active, QPalette::Inactive, QPalette::Disabled };

} // namespace

class TestColorScheme final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void palettesSetEveryRoleInEveryGroup_data();
    void palettesSetEveryRoleInEveryGroup();
    void textIsReadableOnItsBackground_data();
    void textIsReadableOnItsBackground();
    void darkIsDarkAndLightIsLight();
    void quietTextStaysReadableButIsQuieter();
    void followSystemRestoresTheOriginalLook();
    void hintLabelsFollowAPaletteChange();
    void theEnvironmentOverridesThePreference();
};

void TestColorScheme::palettesSetEveryRoleInEveryGroup_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << lightPalette();
    QTest::newRow("dark") << darkPalette();
}

void TestColorScheme::palettesSetEveryRoleInEveryGroup()
{
    QFETCH(QPalette, palette);
    for (const QPalette::ColorGroup group : Groups) {
        for (const QPalette::ColorRole role : Roles)
            QVERIFY2(palette.isBrushSet(group, role), qPrintable(u"group %1, role %2"_s.arg(group).arg(role)));
    }
    // Disabled text looks disabled.
    QVERIFY(palette.color(QPalette::Disabled, QPalette::Text) != palette.color(QPalette::Active, QPalette::Text));
}

void TestColorScheme::textIsReadableOnItsBackground_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::addColumn<int>("text");
    QTest::addColumn<int>("background");
    for (const auto &[name, palette] : { std::pair { "light", lightPalette() }, std::pair { "dark", darkPalette() } }) {
        const auto row = [&](const char *pair, QPalette::ColorRole text, QPalette::ColorRole background) {
            QTest::addRow("%s %s", name, pair) << palette << int(text) << int(background);
        };
        row("window", QPalette::WindowText, QPalette::Window);
        row("base", QPalette::Text, QPalette::Base);
        row("alternate base", QPalette::Text, QPalette::AlternateBase);
        row("button", QPalette::ButtonText, QPalette::Button);
        row("tooltip", QPalette::ToolTipText, QPalette::ToolTipBase);
        row("selection", QPalette::HighlightedText, QPalette::Highlight);
        row("link", QPalette::Link, QPalette::Base);
        row("placeholder", QPalette::PlaceholderText, QPalette::Base);
    }
}

void TestColorScheme::textIsReadableOnItsBackground()
{
    QFETCH(QPalette, palette);
    QFETCH(int, text);
    QFETCH(int, background);
    const QColor fore = palette.color(QPalette::Active, QPalette::ColorRole(text));
    const QColor back = palette.color(QPalette::Active, QPalette::ColorRole(background));
    QVERIFY2(contrastRatio(fore, back) >= 4.5,
        qPrintable(u"%1 on %2: %3"_s.arg(fore.name(), back.name()).arg(contrastRatio(fore, back))));
}

void TestColorScheme::darkIsDarkAndLightIsLight()
{
    QVERIFY(isDark(darkPalette()));
    QVERIFY(!isDark(lightPalette()));
    QCOMPARE(contrastRatio(Qt::black, Qt::white), 21.0);
    QCOMPARE(contrastRatio(Qt::gray, Qt::gray), 1.0);
}

void TestColorScheme::quietTextStaysReadableButIsQuieter()
{
    QPalette fusionLight = lightPalette();
    fusionLight.setColor(QPalette::Active, QPalette::WindowText, Qt::black);
    for (const QPalette &palette : { lightPalette(), darkPalette(), fusionLight }) {
        const QColor window = palette.color(QPalette::Window);
        const QColor quiet = quietTextColor(palette);
        QVERIFY2(contrastRatio(quiet, window) >= 4.5, qPrintable(quiet.name()));
        QVERIFY(contrastRatio(quiet, window) < contrastRatio(palette.color(QPalette::WindowText), window));
        // Readier than the disabled text it replaces.
        QVERIFY(contrastRatio(quiet, window)
            > contrastRatio(palette.color(QPalette::Disabled, QPalette::WindowText), window));
    }
}

void TestColorScheme::followSystemRestoresTheOriginalLook()
{
    const QString style = QApplication::style()->name();
    const QPalette original = QApplication::palette();

    applyColorScheme(AppSettings::ColorScheme::Dark);
    QVERIFY(QApplication::style()->inherits("QProxyStyle")); // Fusion, with visible outlines
    QCOMPARE(QApplication::palette(), darkPalette());
    QCOMPARE(QWidget().palette().color(QPalette::Window), darkPalette().color(QPalette::Window));

    applyColorScheme(AppSettings::ColorScheme::Light);
    QCOMPARE(QApplication::palette(), lightPalette());

    applyColorScheme(AppSettings::ColorScheme::System);
    QCOMPARE(QApplication::style()->name(), style);
    QCOMPARE(QApplication::palette(), original);
    QCOMPARE(QWidget().palette(), original);
    QVERIFY(!QCoreApplication::testAttribute(Qt::AA_SetPalette)); // the theme's palette again, not a copy
}

void TestColorScheme::hintLabelsFollowAPaletteChange()
{
    QWidget parent;
    auto *hint = new HintLabel(u"Frees the space at once."_s, &parent);
    QCOMPARE(hint->palette().color(QPalette::WindowText), quietTextColor(parent.palette()));
    QVERIFY(hint->wordWrap());

    parent.setPalette(darkPalette());
    QCOMPARE(hint->palette().color(QPalette::WindowText), quietTextColor(darkPalette()));
    QCOMPARE(
        hint->palette().color(QPalette::Window), darkPalette().color(QPalette::Window)); // only the text is its own
    parent.setPalette(lightPalette());
    QCOMPARE(hint->palette().color(QPalette::WindowText), quietTextColor(lightPalette()));
}

void TestColorScheme::theEnvironmentOverridesThePreference()
{
    qputenv("CACHELENS_COLOR_SCHEME", "Dark");
    QCOMPARE(colorSchemeFromEnvironment(AppSettings::ColorScheme::Light), AppSettings::ColorScheme::Dark);
    qputenv("CACHELENS_COLOR_SCHEME", "purple"); // not a scheme: the preference stands
    QCOMPARE(colorSchemeFromEnvironment(AppSettings::ColorScheme::Light), AppSettings::ColorScheme::Light);
    qunsetenv("CACHELENS_COLOR_SCHEME");
    QCOMPARE(colorSchemeFromEnvironment(AppSettings::ColorScheme::System), AppSettings::ColorScheme::System);
}

QTEST_MAIN(TestColorScheme)
#include "tst_colorscheme.moc"
