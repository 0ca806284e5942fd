#include "app/cli/argparser.h"
#include "app/cli/textwidth.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace CacheLens::Cli
{

ArgParser::ArgParser(QList<OptionSpec> options)
    : m_options(std::move(options))
{
}

const OptionSpec *ArgParser::findLong(const QByteArray &name) const
{
    const auto it
        = std::find_if(m_options.cbegin(), m_options.cend(), [&](const OptionSpec &spec) { return spec.name == name; });
    return it == m_options.cend() ? nullptr : &*it;
}

const OptionSpec *ArgParser::findShort(char name) const
{
    const auto it = std::find_if(m_options.cbegin(), m_options.cend(),
        [&](const OptionSpec &spec) { return spec.shortName != 0 && spec.shortName == name; });
    return it == m_options.cend() ? nullptr : &*it;
}

bool ArgParser::parse(const QList<QByteArray> &args)
{
    m_values.clear();
    m_positional.clear();
    m_error.clear();

    for (qsizetype i = 0; i < args.size(); ++i) {
        const QByteArray &arg = args.at(i);
        if (arg == "--") {
            m_positional.append(args.mid(i + 1));
            break;
        }
        if (arg.size() < 2 || arg.at(0) != '-') { // "-" alone is positional (stdin by convention)
            m_positional.append(arg);
            continue;
        }

        const OptionSpec *spec = nullptr;
        QByteArray inlineValue;
        bool hasInlineValue = false;
        QString shownName;
        if (arg.startsWith("--")) {
            QByteArray name = arg.mid(2);
            if (const qsizetype eq = name.indexOf('='); eq >= 0) {
                inlineValue = name.mid(eq + 1);
                hasInlineValue = true;
                name.truncate(eq);
            }
            spec = findLong(name);
            shownName = u"--"_s + QString::fromLocal8Bit(name);
        } else if (arg.size() == 2) {
            spec = findShort(arg.at(1));
            shownName = QString::fromLocal8Bit(arg);
        }
        if (!spec) {
            m_error = QCoreApplication::translate("ArgParser", "unknown option '%1'").arg(QString::fromLocal8Bit(arg));
            return false;
        }

        QByteArray value;
        if (spec->valueName.isEmpty()) {
            if (hasInlineValue) {
                m_error = QCoreApplication::translate("ArgParser", "option '%1' takes no value").arg(shownName);
                return false;
            }
        } else if (hasInlineValue) {
            value = inlineValue;
        } else if (i + 1 < args.size()) {
            value = args.at(++i);
        } else {
            m_error = QCoreApplication::translate("ArgParser", "option '%1' needs a value (%2)")
                          .arg(shownName, spec->valueName);
            return false;
        }

        QList<QByteArray> &given = m_values[spec->name];
        if (!given.isEmpty() && !spec->repeatable && !spec->valueName.isEmpty()) {
            m_error = QCoreApplication::translate("ArgParser", "option '%1' given more than once").arg(shownName);
            return false;
        }
        given.append(value);
    }
    return true;
}

QString ArgParser::errorText() const
{
    return m_error;
}

bool ArgParser::isSet(const QByteArray &name) const
{
    return m_values.contains(name);
}

QByteArray ArgParser::value(const QByteArray &name) const
{
    const auto it = m_values.constFind(name);
    return it == m_values.cend() || it->isEmpty() ? QByteArray() : it->constLast();
}

QList<QByteArray> ArgParser::values(const QByteArray &name) const
{
    return m_values.value(name);
}

QList<QByteArray> ArgParser::positional() const
{
    return m_positional;
}

QString ArgParser::optionsHelp() const
{
    QList<QString> lefts;
    qsizetype width = 0;
    for (const OptionSpec &spec : m_options) {
        QString left = spec.shortName ? u"-%1, "_s.arg(QLatin1Char(spec.shortName)) : u"    "_s;
        left += u"--"_s + QString::fromLatin1(spec.name);
        if (!spec.valueName.isEmpty())
            left += u' ' + spec.valueName;
        width = std::max(width, displayWidth(left)); // a value name may be translated
        lefts.append(left);
    }
    QString text;
    for (qsizetype i = 0; i < m_options.size(); ++i)
        text += u"  "_s + padEnd(lefts.at(i), width + 2) + m_options.at(i).help + u'\n';
    return text;
}

} // namespace CacheLens::Cli
