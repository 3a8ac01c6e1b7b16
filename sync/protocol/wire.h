#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace rapport::protocol {

/** One entry of a push: a device's change to one record (see docs/ARCHITECTURE.md). */
struct Mutation
{
    qint64 mid = 0;
    QString entity;
    QString id;
    QString op; // upsert | delete | erase
    QString hlc;
    QJsonObject fields;
    QJsonObject base; // field -> clock text the writer saw, or null
};

/** Why a request or a mutation is malformed; `mid` names the offending mutation if any. */
struct WireError
{
    QString code; // snake_case, e.g. invalid_json, invalid_mutation
    QString message;
    std::optional<qint64> mid;
};

/** Checks one mutation object against the schema (entity, op, fields, value types, id, hlc). */
[[nodiscard]] std::variant<Mutation, WireError> parseMutation(const QJsonValue &value);

/** Mutations per push the server accepts at most. */
constexpr int kMaxMutationsPerPush = 1000;

/**
 * Parses a whole push body. Any malformed mutation fails the whole batch (nothing is applied):
 * devices run the same check before sending, so such a batch is a bug, not a state to recover from.
 */
[[nodiscard]] std::variant<QList<Mutation>, WireError> parsePushRequest(const QByteArray &body);

/** Serialises a mutation for a push body (the sync engine's side). */
QJsonObject toJson(const Mutation &mutation);

/** One row of a pull. */
struct Change
{
    qint64 cursor = 0;
    QString entity;
    QString id;
    QString op; // upsert | delete | erase
    QString hlc;
    QJsonObject fields;
};

QJsonObject toJson(const Change &change);
[[nodiscard]] std::optional<Change> changeFromJson(const QJsonObject &object);

/**
 * One answer of `GET /v1/pull`: `{"changes":[…],"cursor":N,"has_more":bool}`. The cursor is
 * kept as text (the server sends a whole number; a device treats it as opaque).
 */
struct PullPage
{
    QList<Change> changes;
    QString cursor;
    bool hasMore = false;
};

QJsonObject toJson(const PullPage &page);
/**
 * Reads a pull answer by the same rules the server writes it with: a page with one malformed
 * change, or without a usable cursor, is refused whole (never applied half-understood).
 */
[[nodiscard]] std::variant<PullPage, WireError> parsePullPage(const QJsonObject &object);

/** The wire's key names, written and read from this one list by both sides. */
namespace key {
inline constexpr QLatin1String mid("mid");
inline constexpr QLatin1String entity("entity");
inline constexpr QLatin1String id("id");
inline constexpr QLatin1String op("op");
inline constexpr QLatin1String hlc("hlc");
inline constexpr QLatin1String fields("fields");
inline constexpr QLatin1String base("base");
inline constexpr QLatin1String cursor("cursor");
inline constexpr QLatin1String mutations("mutations");
inline constexpr QLatin1String changes("changes");
inline constexpr QLatin1String hasMore("has_more");
} // namespace key

/** `{"error":{"code":…,"message":…}}` */
QJsonObject errorBody(const QString &code, const QString &message);

/** Unix ms → ISO-8601 UTC text with milliseconds, the protocol's timestamp form. */
QString isoTime(qint64 unixMs);

/** Pull page sizes. */
constexpr int kDefaultPullLimit = 500;
constexpr int kMaxPullLimit = 1000;

/** How far a mutation clock may run ahead of the server's clock. */
constexpr qint64 kMaxClockSkewMs = 60000;

} // namespace rapport::protocol
