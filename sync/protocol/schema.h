#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::protocol {

/** The kind of JSON value a synced field accepts (null is always accepted: it clears the field). */
enum class FieldType { Text, Integer, Enum };

/** Entities a device may push. `store` and `staff` only travel server → device. */
bool isPushableEntity(const QString &entity);
/** Every entity that can appear in a pull (pushable ones plus `store` and `staff`). */
bool isKnownEntity(const QString &entity);

/** The wire names of an entity's synced fields, in schema order; empty for an unknown entity. */
const QStringList &fieldsOf(const QString &entity);

/** Nullopt when the value fits the field, otherwise a sentence saying what is wrong. */
std::optional<QString> checkFieldValue(const QString &entity, const QString &field,
                                       const QJsonValue &value);

/**
 * The value as a whole number if it is a JSON number without a fraction that fits in 64 bits;
 * nullopt otherwise (converting 1e300 to an integer would be undefined behaviour, not an error).
 */
std::optional<qint64> wholeNumber(const QJsonValue &value);

/** True when the text has a UTF-8 form (no lone surrogates), so it round-trips byte for byte. */
bool isValidText(const QString &text);

/** Longest text value accepted for any field, in UTF-16 code units. */
constexpr int kMaxTextLength = 65536;

/** Lower-case 8-4-4-4-12 hexadecimal UUID text (any version). */
bool isUuid(const QString &text);

/** `<15-digit ms>-<5-digit counter>-<device id (UUID)>`, see docs/ARCHITECTURE.md. */
bool isHlc(const QString &text);
/** The wall-clock part of a well-formed HLC text in Unix milliseconds. */
qint64 hlcWallMs(const QString &hlc);
/** Formats an HLC text. */
QString makeHlc(qint64 wallMs, int counter, const QString &deviceId);

/** Device id used in clocks the server makes itself (reference rows, conflicts it writes). */
QString serverClockId();

} // namespace rapport::protocol
