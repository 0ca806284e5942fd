// The translations: refreshes copies of translations/*.ts from the sources with lupdate (the
// same sources and options as the update_translations target) and checks what a release needs.
// Simplified Chinese must be complete, every translation must keep its placeholders and
// accelerators, lupdate must see each message under the context the code looks it up in, and
// the binary must pick its language from CACHELENS_LANG, the settings or the system.
// German messages still unfinished are only reported.

#include "app/cli/cli.h"
#include "core/appinfo.h"
#include "core/cleanup/candidatefinder.h"
#include "core/report/countphrases.h"
#include "core/rules/category.h"
#include "core/settings/appsettings.h"
#include "tests/fixture/privatesettings.h"
#include "ui/cleanup/cleanupwizard.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace CacheLens;
using namespace Qt::StringLiterals;

namespace
{

struct Message {
    QString context;
    QString source;
    QString comment;
    bool numerus = false;
    bool unfinished = false;
    QStringList translations; ///< one, or the numerus forms
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message message;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == "name"_L1) {
            context = xml.readElementText();
        } else if (name == "message"_L1) {
            message = Message { context, {}, {}, xml.attributes().value("numerus"_L1) == "yes"_L1, false, {} };
        } else if (name == "source"_L1) {
            message.source = xml.readElementText();
        } else if (name == "comment"_L1) {
            message.comment = xml.readElementText();
        } else if (name == "translation"_L1) {
            const auto type = xml.attributes().value("type"_L1);
            if (type == "vanished"_L1 || type == "obsolete"_L1)
                continue; // no source uses it any more
            message.unfinished = type == "unfinished"_L1;
            if (message.numerus) {
                while (xml.readNextStartElement())
                    message.translations.append(xml.readElementText());
            } else {
                message.translations.append(xml.readElementText());
            }
            if (message.translations.isEmpty() || message.translations.contains(QString()))
                message.unfinished = true;
            messages.append(message);
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QString describe(const Message &message)
{
    return u"[%1] \"%2\""_s.arg(message.context, message.source);
}

// %1..%99 (also %L1), %n and %Ln, as a sorted list so that a count mismatch shows too. %Ln stays
// apart from %n: a translation that drops its L shows the window's counts as "1234", not "1.234".
QStringList placeholders(const QString &text)
{
    static const QRegularExpression pattern(u"%L?([0-9]{1,2})|%(L?n)"_s);
    QStringList found;
    for (const QRegularExpressionMatch &match : pattern.globalMatch(text))
        found.append(match.hasCaptured(1) ? match.captured(1) : match.captured(2));
    found.sort();
    return found;
}

bool hasCount(const QStringList &placeholders)
{
    return placeholders.contains(u"n"_s) || placeholders.contains(u"Ln"_s);
}

// A keyboard accelerator: '&' before a letter or digit, not "&&" and not an HTML entity.
bool hasAccelerator(const QString &text)
{
    static const QRegularExpression entity(u"&(#[0-9]+|[a-zA-Z]+);"_s);
    QString plain = text;
    plain.remove(entity).remove(u"&&"_s);
    static const QRegularExpression accelerator(u"&\\w"_s, QRegularExpression::UseUnicodePropertiesOption);
    return plain.contains(accelerator);
}

QString languageOf(const QString &tsFile)
{
    return QFileInfo(tsFile).completeBaseName().section(u'_', 1);
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void contextsAreResolved();
    void chineseIsComplete();
    void germanUnfinishedAreListed();
    void placeholdersAndAccelerators_data();
    void placeholdersAndAccelerators();
    void lookupsUseTheExtractedContexts();
    void countPhrasesFollowTheLanguage();
    void binaryPicksTheLanguage_data();
    void binaryPicksTheLanguage();

private:
    QString tsCopy(const QString &language) const
    {
        return m_dir.filePath(u"cachelens_%1.ts"_s.arg(language));
    }
    QString qmFor(const QString &language);

    QTemporaryDir m_dir;
    QStringList m_lupdateOutput;
    QHash<QString, QList<Message>> m_messages; ///< by language
};

void TestTranslations::initTestCase()
{
    QVERIFY(m_dir.isValid());
    AppInfo::applyToApplication(); // the binary's settings file name, for binaryPicksTheLanguage
    const QStringList tsFiles = QStringLiteral(CACHELENS_TS_FILES).split(u'|', Qt::SkipEmptyParts);
    QVERIFY(!tsFiles.isEmpty());
    QStringList copies;
    for (const QString &tsFile : tsFiles) {
        const QString copy = m_dir.filePath(QFileInfo(tsFile).fileName());
        QVERIFY2(QFile::copy(tsFile, copy), qPrintable(tsFile));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        copies.append(copy);
    }
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    QStringList args = QStringLiteral(CACHELENS_LUPDATE_OPTIONS).split(u'|', Qt::SkipEmptyParts);
    args << u"@"_s + QStringLiteral(CACHELENS_LUPDATE_SOURCES) << u"-ts"_s << copies;
    lupdate.start(QStringLiteral(CACHELENS_LUPDATE), args);
    QVERIFY2(lupdate.waitForFinished(120000), "lupdate did not finish");
    const QString output = QString::fromLocal8Bit(lupdate.readAll());
    QVERIFY2(lupdate.exitStatus() == QProcess::NormalExit && lupdate.exitCode() == 0, qPrintable(output));
    m_lupdateOutput = output.split(u'\n', Qt::SkipEmptyParts);
    for (const QString &copy : copies) {
        QString error;
        m_messages.insert(languageOf(copy), readTs(copy, &error));
        QVERIFY2(error.isEmpty(), qPrintable(copy + u": "_s + error));
    }
    QVERIFY(m_messages.contains(u"zh_CN"_s));
    QVERIFY(m_messages.contains(u"de"_s));
    QVERIFY2(m_messages.value(u"zh_CN"_s).size() > 300, "lupdate found too few messages: are the sources listed?");
}

// A tr() whose context lupdate cannot tell lands under another name than the one the code asks
// for at run time, and is never translated: lupdate says so in these words.
void TestTranslations::contextsAreResolved()
{
    QStringList problems;
    for (const QString &line : std::as_const(m_lupdateOutput)) {
        if (line.contains(u"lacks Q_OBJECT macro"_s) || line.contains(u"cannot be called without context"_s)
            || line.contains(u"Cannot invoke tr()"_s) || line.contains(u"Qualifying with unknown namespace"_s)
            || line.contains(u"Discarding unconsumed meta data"_s))
            problems.append(line);
    }
    QVERIFY2(problems.isEmpty(),
        qPrintable(u"lupdate cannot tell the context of these messages (use a class with Q_OBJECT or "
                   "Q_DECLARE_TR_FUNCTIONS, see struct Tr in app/cli/cli.cpp):\n"_s
            + problems.join(u'\n')));
}

void TestTranslations::chineseIsComplete()
{
    QStringList unfinished;
    for (const Message &message : m_messages.value(u"zh_CN"_s)) {
        if (message.unfinished)
            unfinished.append(describe(message));
    }
    QVERIFY2(unfinished.isEmpty(),
        qPrintable(u"%1 zh_CN messages are new or unfinished; run the update_translations target and translate "
                   "them in translations/cachelens_zh_CN.ts:\n"_s.arg(unfinished.size())
            + unfinished.join(u'\n')));
}

void TestTranslations::germanUnfinishedAreListed()
{
    int unfinished = 0;
    for (const Message &message : m_messages.value(u"de"_s)) {
        if (message.unfinished) {
            qWarning("de unfinished: %s", qPrintable(describe(message)));
            ++unfinished;
        }
    }
    if (unfinished > 0)
        qWarning("%d German messages are unfinished (a warning only; they show in English)", unfinished);
    QVERIFY(m_messages.value(u"de"_s).size() == m_messages.value(u"zh_CN"_s).size());
}

void TestTranslations::placeholdersAndAccelerators_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : m_messages.keys())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::placeholdersAndAccelerators()
{
    QFETCH(QString, language);
    QStringList problems;
    for (const Message &message : m_messages.value(language)) {
        if (message.unfinished)
            continue;
        const QStringList wanted = placeholders(message.source);
        for (qsizetype i = 0; i < message.translations.size(); ++i) {
            QStringList expected = wanted;
            // A singular form may say "one file" instead of "%n files"; the last form and a
            // language's only form must keep %n (or %Ln).
            if (message.numerus && i + 1 < message.translations.size()
                && !hasCount(placeholders(message.translations.at(i)))) {
                expected.removeAll(u"n"_s);
                expected.removeAll(u"Ln"_s);
            }
            const QString &translation = message.translations.at(i);
            if (placeholders(translation) != expected)
                problems.append(u"%1: placeholders %2 in \"%3\""_s.arg(
                    describe(message), placeholders(translation).join(u','), translation));
            if (hasAccelerator(message.source) != hasAccelerator(translation))
                problems.append(
                    u"%1: accelerator in only one of source and \"%2\""_s.arg(describe(message), translation));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QString TestTranslations::qmFor(const QString &language)
{
    const QString qm = m_dir.filePath(u"cachelens_%1.qm"_s.arg(language));
    if (QFile::exists(qm))
        return qm;
    QProcess lrelease;
    lrelease.setProcessChannelMode(QProcess::MergedChannels);
    lrelease.start(QStringLiteral(CACHELENS_LRELEASE), { u"-silent"_s, tsCopy(language), u"-qm"_s, qm });
    if (!lrelease.waitForFinished(60000) || lrelease.exitCode() != 0)
        qWarning("lrelease: %s", lrelease.readAll().constData());
    return qm;
}

// The code asks for its messages under the same context lupdate filed them under: each kind of
// call (a Q_OBJECT class, a file's Tr struct in core and in the CLI, QT_TRANSLATE_NOOP, plurals)
// comes back translated.
void TestTranslations::lookupsUseTheExtractedContexts()
{
    QTranslator translator;
    QVERIFY(translator.load(qmFor(u"zh_CN"_s)));
    QVERIFY(QCoreApplication::installTranslator(&translator));
    const auto expect = [&translator](const char *context, const char *source, int n = -1) {
        const QString translated = translator.translate(context, source, nullptr, n);
        if (translated.isEmpty() || translated == QLatin1String(source))
            qWarning("no zh_CN translation of [%s] %s", context, source);
        return n < 0 ? translated : QString(translated).replace(u"%n"_s, QString::number(n));
    };

    QCOMPARE(categoryDisplayName(Category::Model), expect("Category", "Model"));
    QCOMPARE(tierDisplayName(Tier::Review), expect("Category", "Review first"));
    QCOMPARE(Selector::help().value(1),
        expect("CandidateFinder", "hf-unused              Hugging Face repositories not used for --older-than DAYS"));
    QCOMPARE(CleanupWizard::itemCount(3), expect("CacheLens::CleanupWizard", "%n items", 3));
    const Cli::Launch help = Cli::classify({ "--help" }, {});
    QVERIFY2(help.output.contains(expect("Cli", "Options:\n")), qPrintable(help.output));
    QVERIFY(help.output.contains(expect("Cli", "Show this help and exit")));
    QVERIFY(QCoreApplication::removeTranslator(&translator));
}

// Counts take the noun form their number asks for, in every language ("1 Datei", "2 Dateien").
void TestTranslations::countPhrasesFollowTheLanguage()
{
    QCOMPARE(filesPhrase(1), u"1 file"_s);
    QCOMPARE(filesPhrase(0), u"0 files"_s);
    QCOMPARE(filesPhrase(1234), u"1,234 files"_s);
    QCOMPARE(foldersPhrase(1), u"1 folder"_s);
    QCOMPARE(entriesPhrase(2), u"2 entries"_s);

    QTranslator german;
    QVERIFY(german.load(qmFor(u"de"_s)));
    QVERIFY(QCoreApplication::installTranslator(&german));
    QCOMPARE(filesPhrase(1), u"1 Datei"_s);
    QCOMPARE(filesPhrase(2), u"2 Dateien"_s);
    QCOMPARE(foldersPhrase(1), u"1 Ordner"_s);
    QCOMPARE(entriesPhrase(1), u"1 Eintrag"_s);
    QCOMPARE(entriesPhrase(5000000000ull), u"5,000,000,000 Einträge"_s); // beyond int
    QVERIFY(QCoreApplication::removeTranslator(&german));

    QTranslator chinese;
    QVERIFY(chinese.load(qmFor(u"zh_CN"_s)));
    QVERIFY(QCoreApplication::installTranslator(&chinese));
    QCOMPARE(filesPhrase(2), u"2 个文件"_s);
    QCOMPARE(foldersPhrase(1), u"1 个文件夹"_s);
    QVERIFY(QCoreApplication::removeTranslator(&chinese));
}

void TestTranslations::binaryPicksTheLanguage_data()
{
    QTest::addColumn<QStringList>("environment");
    QTest::addColumn<QString>("settingsLanguage");
    QTest::addColumn<QString>("expected");

    QTest::newRow("system zh_CN") << QStringList { u"LANG=zh_CN.UTF-8"_s } << QString() << u"zh_CN"_s;
    QTest::newRow("system de") << QStringList { u"LANG=de_DE.UTF-8"_s } << QString() << u"de"_s;
    QTest::newRow("CACHELENS_LANG over the system")
        << QStringList { u"LANG=de_DE.UTF-8"_s, u"CACHELENS_LANG=zh_CN"_s } << QString() << u"zh_CN"_s;
    QTest::newRow("settings over the system") << QStringList { u"LANG=zh_CN.UTF-8"_s } << u"de"_s << u"de"_s;
    QTest::newRow("CACHELENS_LANG over the settings")
        << QStringList { u"LANG=en_US.UTF-8"_s, u"CACHELENS_LANG=de"_s } << u"zh_CN"_s << u"de"_s;
    QTest::newRow("English") << QStringList { u"LANG=en_US.UTF-8"_s } << QString() << u"en"_s;
}

void TestTranslations::binaryPicksTheLanguage()
{
    QFETCH(QStringList, environment);
    QFETCH(QString, settingsLanguage);
    QFETCH(QString, expected);

    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir(home.path()).mkpath(u"config/cachelens"_s));
    if (!settingsLanguage.isEmpty()) { // as the Preferences dialog stores it
        Test::usePrivateSettings(home.filePath(u"config"_s));
        AppSettings settings;
        settings.language = settingsLanguage;
        settings.save();
        QVERIFY(QFile::exists(home.filePath(u"config/cachelens/cachelens.conf"_s)));
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s, u"LANG"_s, u"CACHELENS_LANG"_s })
        env.remove(name);
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    for (const QString &assignment : std::as_const(environment))
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));

    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CACHELENS_BINARY), { u"--help"_s });
    QVERIFY(process.waitForFinished(30000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());

    QString optionsLine = u"Options:\n"_s;
    if (expected != "en"_L1) {
        QTranslator translator;
        QVERIFY(translator.load(qmFor(expected)));
        optionsLine = translator.translate("Cli", "Options:\n");
        QVERIFY(!optionsLine.isEmpty() && optionsLine != "Options:\n"_L1);
    }
    QVERIFY2(out.contains(optionsLine), qPrintable(out));
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
