#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <memory>

namespace CacheLens
{

/// Streams a JSON document in the order it is written (QJsonObject sorts keys, but DESIGN.md
/// wants "version" first), over RapidJSON's writer.
class JsonWriter final
{
public:
    enum class Style { Pretty, Compact };

    explicit JsonWriter(Style style = Style::Pretty);
    ~JsonWriter();
    JsonWriter(const JsonWriter &) = delete;
    JsonWriter &operator=(const JsonWriter &) = delete;

    void startObject();
    void endObject();
    void startArray();
    void endArray();
    void key(const char *name);

    void value(const QString &text);
    void value(const char *text);
    void value(std::int64_t number);
    void value(std::uint64_t number);
    void value(int number);
    void value(bool flag);
    void value(double number);
    void null();
    /// An array of strings ("warnings": [...]).
    void value(const QStringList &texts);

    /// key followed by its value: json.field("files", 3).
    template<typename T> void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

    /// "path" (UTF-8, U+FFFD for bad bytes) and, for non-UTF-8 paths, "path_b64" (DESIGN.md);
    /// another key ("mount") gets its own "<key>_b64".
    void path(const QByteArray &bytes, const char *name = "path");

    /// The document so far, with a final newline.
    [[nodiscard]] QByteArray take();

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace CacheLens
