#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace rapport::protocol {

/*
 * JSON text that keeps every string byte for byte.
 *
 * Qt 6.4 drops a U+FEFF (byte order mark) at the start of any string it decodes from
 * UTF-8, including a JSON string value ("\xEF\xBB\xBF..." parses to "..."), so a note
 * that begins with one would change on its way through the server. The escaped form
 * "\ufeff" survives, and a raw BOM can only appear inside a string (JSON's structure
 * is ASCII), so writing and reading through these functions round-trips it.
 */

/** Compact JSON text of `object` with every U+FEFF written as the escape `\ufeff`. */
[[nodiscard]] QByteArray toJsonText(const QJsonObject &object);
[[nodiscard]] QByteArray toJsonText(const QJsonArray &array);

/**
 * Parses JSON text, keeping a U+FEFF inside strings (a single one before the document,
 * an encoding mark, is skipped). Nullopt when the text is not JSON; `error` says why.
 */
[[nodiscard]] std::optional<QJsonDocument> parseJsonText(QByteArray text, QJsonParseError *error = nullptr);

/** The object in JSON text, or an empty object when the text is not a JSON object. */
[[nodiscard]] QJsonObject parseJsonObject(const QByteArray &text);

/** UTF-8 bytes to text without dropping a leading U+FEFF (QString::fromUtf8 drops it). */
[[nodiscard]] QString fromUtf8Exact(const char *data, qsizetype size);

} // namespace rapport::protocol
