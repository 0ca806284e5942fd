#include "core/appinfo.h"
#include "core/desktop/autostart.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace CacheLens;
using namespace Qt::StringLiterals;

class TestAutostart final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void entryIsInTheUsersAutostartFolder();
    void enableWritesAValidEntryThatStartsMinimised();
    void disableRemovesItAndIsIdempotent();
    void anEntrySwitchedOffInsideIsNotEnabled();
    void aFolderThatCannotBeWrittenGivesAClearError();
    void execQuotesAPathWithSpaces();

private:
    QTemporaryDir m_config;
};

void TestAutostart::initTestCase()
{
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

void TestAutostart::init()
{
    QDir(m_config.filePath(u"autostart"_s)).removeRecursively();
    QFile::setPermissions(m_config.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

void TestAutostart::entryIsInTheUsersAutostartFolder()
{
    QCOMPARE(Autostart::entryPath(), m_config.filePath(u"autostart/"_s + AppInfo::appId() + u".desktop"_s));
    QVERIFY(!Autostart::isEnabled());
}

void TestAutostart::enableWritesAValidEntryThatStartsMinimised()
{
    QString error;
    QVERIFY2(Autostart::setEnabled(true, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(Autostart::isEnabled());
    QFile file(Autostart::entryPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    QVERIFY(text.startsWith("[Desktop Entry]\n"));
    QVERIFY(text.contains("\nType=Application\n"));
    QVERIFY(text.contains("\nExec=cachelens --minimized\n")); // this test is not the app: the installed name
    QVERIFY(text.contains(QByteArray("\nIcon=" + AppInfo::appId().toUtf8() + '\n')));

    // The desktop's own validator agrees, where it is installed (the CI installs it).
    const QString validator = QStandardPaths::findExecutable(u"desktop-file-validate"_s);
    if (!validator.isEmpty()) {
        QProcess process;
        process.start(validator, { Autostart::entryPath() });
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
    }

    // Enabling again rewrites the same entry.
    QVERIFY(Autostart::setEnabled(true));
    QVERIFY(Autostart::isEnabled());
}

void TestAutostart::disableRemovesItAndIsIdempotent()
{
    QVERIFY(Autostart::setEnabled(true));
    QString error;
    QVERIFY(Autostart::setEnabled(false, &error));
    QVERIFY(!QFile::exists(Autostart::entryPath()));
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(Autostart::setEnabled(false, &error));
    QVERIFY(error.isEmpty());
}

void TestAutostart::anEntrySwitchedOffInsideIsNotEnabled()
{
    QVERIFY(QDir().mkpath(m_config.filePath(u"autostart"_s)));
    for (const QByteArray &line : { QByteArray("Hidden=true"), QByteArray("X-GNOME-Autostart-enabled=false") }) {
        QFile file(Autostart::entryPath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("[Desktop Entry]\nType=Application\nExec=cachelens --minimized\n" + line + '\n');
        file.close();
        QVERIFY2(!Autostart::isEnabled(), line.constData());
    }
    // The same key in another group says nothing about the entry.
    QFile file(Autostart::entryPath());
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write("[Desktop Entry]\nType=Application\nExec=cachelens\n\n[Desktop Action x]\nHidden=true\n");
    file.close();
    QVERIFY(Autostart::isEnabled());
}

void TestAutostart::aFolderThatCannotBeWrittenGivesAClearError()
{
    // A file where the autostart folder should be: no folder can be made, even as root.
    QFile blocker(m_config.filePath(u"autostart"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QString error;
    QVERIFY(!Autostart::setEnabled(true, &error));
    QVERIFY2(error.contains(m_config.filePath(u"autostart"_s)), qPrintable(error)); // names the place
    QVERIFY(!Autostart::isEnabled());
    QVERIFY(QFile::remove(m_config.filePath(u"autostart"_s)));
}

void TestAutostart::execQuotesAPathWithSpaces()
{
    const QByteArray text = Autostart::entryContents(u"/opt/Cache Lens/bin/cachelens"_s);
    QVERIFY2(text.contains("\nExec=\"/opt/Cache Lens/bin/cachelens\" --minimized\n"), text.constData());
    QVERIFY(Autostart::entryContents(u"cachelens"_s).contains("\nExec=cachelens --minimized\n"));
}

QTEST_GUILESS_MAIN(TestAutostart)
#include "tst_autostart.moc"
