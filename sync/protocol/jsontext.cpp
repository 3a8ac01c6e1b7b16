#include "protocol/jsontext.h"

#include <QStringDecoder>

namespace rapport::protocol {

namespace {

const QByteArray RawBom("\xEF\xBB\xBF");
const QByteArray EscapedBom("\\ufeff");


QByteArray escapeBoms(QByteArray text)
{
    if (text.contains(RawBom))
        text.replace(RawBom, EscapedBom);
    return text;
}

} // namespace

QByteArray toJsonText(const QJsonObject &object)
{
    return escapeBoms(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QByteArray toJsonText(const QJsonArray &array)
{
    return escapeBoms(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

std::optional<QJsonDocument> parseJsonText(QByteArray text, QJsonParseError *error)
{
    if (text.startsWith(RawBom))
        text.remove(0, RawBom.size());
    if (text.contains(RawBom))
        text.replace(RawBom, EscapedBom);
    QJsonParseError parseError{};
    QJsonDocument doc = QJsonDocument::fromJson(text, &parseError);
    if (error)
        *error = parseError;
    if (parseError.error != QJsonParseError::NoError)
        return std::nullopt;
    return doc;
}

QJsonObject parseJsonObject(const QByteArray &text)
{
    const auto doc = parseJsonText(text);
    return doc ? doc->object() : QJsonObject();
}

QString fromUtf8Exact(const char *data, qsizetype size)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(data, size));
}

} // namespace rapport::protocol
