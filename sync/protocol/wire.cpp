#include "protocol/wire.h"

#include "protocol/jsontext.h"
#include "protocol/schema.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace rapport::protocol {

namespace {

WireError invalid(const QString &message, std::optional<qint64> mid = std::nullopt)
{
    return WireError{QStringLiteral("invalid_mutation"), message, mid};
}

} // namespace

std::variant<Mutation, WireError> parseMutation(const QJsonValue &value)
{
    if (!value.isObject())
        return invalid(QStringLiteral("Each mutation must be a JSON object."));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        static const QStringList keys{key::mid, key::entity, key::id, key::op,
                                      key::hlc, key::fields, key::base};
        if (!keys.contains(it.key()))
            return invalid(QStringLiteral("Unknown mutation key \"%1\".").arg(it.key()));
    }
    const auto mid = wholeNumber(o.value(key::mid));
    if (!mid || *mid < 1)
        return invalid(QStringLiteral("Every mutation needs a positive whole number \"mid\"."));
    Mutation m;
    m.mid = *mid;
    const auto text = [&o](QLatin1String name) {
        const QJsonValue v = o.value(name);
        return v.isString() ? std::optional<QString>(v.toString()) : std::nullopt;
    };
    const auto entity = text(key::entity);
    const auto id = text(key::id);
    const auto op = text(key::op);
    const auto hlc = text(key::hlc);
    if (!entity || !isPushableEntity(*entity))
        return invalid(QStringLiteral("Mutation %1: entity must be one of client, note, follow_up, "
                                      "conflict.").arg(m.mid), m.mid);
    if (!op || (*op != QLatin1String("upsert") && *op != QLatin1String("delete")
                && *op != QLatin1String("erase")))
        return invalid(QStringLiteral("Mutation %1: op must be upsert, delete or erase.").arg(m.mid),
                       m.mid);
    if (!id || !isUuid(*id))
        return invalid(QStringLiteral("Mutation %1: id must be a lower-case UUID.").arg(m.mid), m.mid);
    if (!hlc || !isHlc(*hlc))
        return invalid(QStringLiteral("Mutation %1: hlc must look like "
                                      "000001764000000-00000-<device uuid>.").arg(m.mid), m.mid);
    m.entity = *entity;
    m.id = *id;
    m.op = *op;
    m.hlc = *hlc;
    if (m.op == QLatin1String("erase") && m.entity != QLatin1String("client"))
        return invalid(QStringLiteral("Mutation %1: only a client can be erased.").arg(m.mid), m.mid);

    const QJsonValue fields = o.value(key::fields);
    const QJsonValue base = o.value(key::base);
    if (!(fields.isUndefined() || fields.isObject()) || !(base.isUndefined() || base.isObject()))
        return invalid(QStringLiteral("Mutation %1: fields and base must be JSON objects.").arg(m.mid),
                       m.mid);
    m.fields = fields.toObject();
    m.base = base.toObject();
    if (m.op != QLatin1String("upsert") && !m.fields.isEmpty())
        return invalid(QStringLiteral("Mutation %1: a %2 carries no fields.").arg(m.mid).arg(m.op),
                       m.mid);
    for (auto it = m.fields.begin(); it != m.fields.end(); ++it) {
        if (auto problem = checkFieldValue(m.entity, it.key(), it.value()))
            return invalid(QStringLiteral("Mutation %1: %2").arg(m.mid).arg(*problem), m.mid);
    }
    for (auto it = m.base.begin(); it != m.base.end(); ++it) {
        if (!m.fields.contains(it.key()))
            return invalid(QStringLiteral("Mutation %1: base names \"%2\", which is not among the "
                                          "changed fields.").arg(m.mid).arg(it.key()), m.mid);
        if (!it.value().isNull() && !(it.value().isString() && isHlc(it.value().toString())))
            return invalid(QStringLiteral("Mutation %1: base.%2 must be a clock text or null.")
                               .arg(m.mid).arg(it.key()), m.mid);
    }
    return m;
}

std::variant<QList<Mutation>, WireError> parsePushRequest(const QByteArray &body)
{
    const std::optional<QJsonDocument> doc = parseJsonText(body);
    if (!doc || !doc->isObject())
        return WireError{QStringLiteral("invalid_json"),
                         QStringLiteral("The request body is not a JSON object."), std::nullopt};
    const QJsonValue list = doc->object().value(key::mutations);
    if (!list.isArray())
        return invalid(QStringLiteral("The push needs a \"mutations\" array."));
    const QJsonArray array = list.toArray();
    if (array.size() > kMaxMutationsPerPush)
        return invalid(QStringLiteral("A push carries at most %1 mutations; send the rest in the "
                                      "next push.").arg(kMaxMutationsPerPush));
    QList<Mutation> mutations;
    mutations.reserve(array.size());
    for (const QJsonValue &value : array) {
        auto parsed = parseMutation(value);
        if (auto *error = std::get_if<WireError>(&parsed))
            return *error;
        Mutation m = std::get<Mutation>(std::move(parsed));
        if (!mutations.isEmpty() && m.mid <= mutations.last().mid)
            return invalid(QStringLiteral("Mutation ids must increase within a push (%1 follows %2).")
                               .arg(m.mid).arg(mutations.last().mid), m.mid);
        mutations.append(std::move(m));
    }
    return mutations;
}

QJsonObject toJson(const Mutation &m)
{
    QJsonObject o;
    o.insert(key::mid, static_cast<double>(m.mid));
    o.insert(key::entity, m.entity);
    o.insert(key::id, m.id);
    o.insert(key::op, m.op);
    o.insert(key::hlc, m.hlc);
    o.insert(key::fields, m.fields);
    if (!m.base.isEmpty())
        o.insert(key::base, m.base);
    return o;
}

QJsonObject toJson(const Change &c)
{
    QJsonObject o;
    o.insert(key::cursor, static_cast<double>(c.cursor));
    o.insert(key::entity, c.entity);
    o.insert(key::id, c.id);
    o.insert(key::op, c.op);
    o.insert(key::hlc, c.hlc);
    o.insert(key::fields, c.fields);
    return o;
}

QJsonObject toJson(const PullPage &page)
{
    QJsonArray changes;
    for (const Change &c : page.changes)
        changes.append(toJson(c));
    QJsonObject o;
    o.insert(key::changes, changes);
    bool numeric = false;
    const qint64 cursor = page.cursor.toLongLong(&numeric);
    if (numeric)
        o.insert(key::cursor, static_cast<double>(cursor));
    else
        o.insert(key::cursor, page.cursor);
    o.insert(key::hasMore, page.hasMore);
    return o;
}

std::variant<PullPage, WireError> parsePullPage(const QJsonObject &o)
{
    const auto malformed = [](const QString &message) {
        return WireError{QStringLiteral("malformed_page"), message, std::nullopt};
    };
    PullPage page;
    const QJsonValue changes = o.value(key::changes);
    if (!(changes.isUndefined() || changes.isArray()))
        return malformed(QStringLiteral("\"changes\" must be an array."));
    const QJsonArray list = changes.toArray();
    page.changes.reserve(list.size());
    for (const QJsonValue &v : list) {
        std::optional<Change> c = v.isObject() ? changeFromJson(v.toObject()) : std::nullopt;
        if (!c)
            return malformed(QStringLiteral("Change %1 of the page is malformed.").arg(page.changes.size() + 1));
        page.changes.append(std::move(*c));
    }
    const QJsonValue cursor = o.value(key::cursor);
    const std::optional<qint64> number = wholeNumber(cursor);
    if (cursor.isString())
        page.cursor = cursor.toString();
    else if (number && *number >= 0)
        page.cursor = QString::number(*number);
    else
        return malformed(QStringLiteral("The page has no usable \"cursor\"."));
    page.hasMore = o.value(key::hasMore).toBool();
    return page;
}

std::optional<Change> changeFromJson(const QJsonObject &o)
{
    Change c;
    const auto cursor = wholeNumber(o.value(key::cursor));
    if (!cursor)
        return std::nullopt;
    c.cursor = *cursor;
    c.entity = o.value(key::entity).toString();
    c.id = o.value(key::id).toString();
    c.op = o.value(key::op).toString();
    c.hlc = o.value(key::hlc).toString();
    const QJsonValue fields = o.value(key::fields);
    if (!(fields.isUndefined() || fields.isObject()))
        return std::nullopt;
    c.fields = fields.toObject();
    if (!isKnownEntity(c.entity) || !isUuid(c.id) || !isHlc(c.hlc)
        || (c.op != QLatin1String("upsert") && c.op != QLatin1String("delete")
            && c.op != QLatin1String("erase")))
        return std::nullopt;
    // A field this version does not know is left for a newer app; a known one must
    // have its type (a fractional number is never truncated into an integer field).
    const QStringList &known = fieldsOf(c.entity);
    for (auto it = c.fields.begin(); it != c.fields.end(); ++it) {
        if (known.contains(it.key()) && checkFieldValue(c.entity, it.key(), it.value()))
            return std::nullopt;
    }
    return c;
}

QJsonObject errorBody(const QString &code, const QString &message)
{
    return QJsonObject{{QStringLiteral("error"),
                        QJsonObject{{QStringLiteral("code"), code},
                                    {QStringLiteral("message"), message}}}};
}

QString isoTime(qint64 unixMs)
{
    return QDateTime::fromMSecsSinceEpoch(unixMs, Qt::UTC).toString(Qt::ISODateWithMs);
}

} // namespace rapport::protocol
