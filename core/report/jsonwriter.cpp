#include "core/report/jsonwriter.h"

#include "core/report/jsonpath.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <variant>

namespace CacheLens
{

struct JsonWriter::Impl {
    rapidjson::StringBuffer buffer;
    std::variant<rapidjson::PrettyWriter<rapidjson::StringBuffer>, rapidjson::Writer<rapidjson::StringBuffer>> writer;

    explicit Impl(Style style)
        : writer(std::in_place_index<0>, buffer)
    {
        if (style == Style::Compact)
            writer.emplace<1>(buffer);
        else
            std::get<0>(writer).SetIndent(' ', 2);
    }

    template<typename F> void with(F &&f)
    {
        std::visit(std::forward<F>(f), writer);
    }
};

JsonWriter::JsonWriter(Style style)
    : d(std::make_unique<Impl>(style))
{
}

JsonWriter::~JsonWriter() = default;

void JsonWriter::startObject()
{
    d->with([](auto &w) { w.StartObject(); });
}

void JsonWriter::endObject()
{
    d->with([](auto &w) { w.EndObject(); });
}

void JsonWriter::startArray()
{
    d->with([](auto &w) { w.StartArray(); });
}

void JsonWriter::endArray()
{
    d->with([](auto &w) { w.EndArray(); });
}

void JsonWriter::key(const char *name)
{
    d->with([name](auto &w) { w.Key(name); });
}

void JsonWriter::value(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    d->with([&utf8](auto &w) { w.String(utf8.constData(), rapidjson::SizeType(utf8.size())); });
}

void JsonWriter::value(const char *text)
{
    d->with([text](auto &w) { w.String(text); });
}

void JsonWriter::value(std::int64_t number)
{
    d->with([number](auto &w) { w.Int64(number); });
}

void JsonWriter::value(std::uint64_t number)
{
    d->with([number](auto &w) { w.Uint64(number); });
}

void JsonWriter::value(int number)
{
    d->with([number](auto &w) { w.Int(number); });
}

void JsonWriter::value(bool flag)
{
    d->with([flag](auto &w) { w.Bool(flag); });
}

void JsonWriter::value(double number)
{
    d->with([number](auto &w) { w.Double(number); });
}

void JsonWriter::null()
{
    d->with([](auto &w) { w.Null(); });
}

void JsonWriter::value(const QStringList &texts)
{
    startArray();
    for (const QString &text : texts)
        value(text);
    endArray();
}

void JsonWriter::path(const QByteArray &bytes, const char *name)
{
    key(name);
    value(QString::fromUtf8(bytes));
    if (!isValidUtf8(bytes)) {
        key(QByteArray(QByteArray(name) + "_b64").constData());
        value(bytes.toBase64().constData());
    }
}

QByteArray JsonWriter::take()
{
    QByteArray result(d->buffer.GetString(), qsizetype(d->buffer.GetSize()));
    result += '\n';
    d->buffer.Clear();
    return result;
}

} // namespace CacheLens
