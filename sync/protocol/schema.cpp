#include "protocol/schema.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace rapport::protocol {

namespace {

struct FieldRule
{
    FieldType type = FieldType::Text;
    QStringList allowed; // for Enum
};

using EntityRules = QHash<QString, FieldRule>;

struct Schema
{
    QHash<QString, QStringList> order;
    QHash<QString, EntityRules> rules;

    void add(const QString &entity, const QString &field, FieldRule rule = {})
    {
        order[entity].append(field);
        rules[entity].insert(field, std::move(rule));
    }
};

FieldRule oneOf(std::initializer_list<const char *> values)
{
    FieldRule rule{FieldType::Enum, {}};
    for (const char *value : values)
        rule.allowed.append(QString::fromLatin1(value));
    return rule;
}

const FieldRule kInteger{FieldType::Integer, {}};

Schema buildSchema()
{
    Schema s;
    const auto text = [&s](const char *entity, std::initializer_list<const char *> fields) {
        for (const char *f : fields)
            s.add(QLatin1String(entity), QLatin1String(f));
    };
    const QString client = QStringLiteral("client");
    text("client", {"given_name", "family_name", "phone", "email"});
    s.add(client, QStringLiteral("preferred_channel"), oneOf({"phone", "sms", "email", "none", ""}));
    s.add(client, QStringLiteral("consent_contact"), oneOf({"", "given", "withdrawn"}));
    text("client", {"consent_contact_at", "consent_contact_by"});
    s.add(client, QStringLiteral("consent_marketing"), oneOf({"", "given", "withdrawn"}));
    text("client", {"consent_marketing_at", "consent_marketing_by", "sizes", "brands", "interests",
                    "important_dates", "tags"});
    s.add(client, QStringLiteral("keep_in_touch_days"), kInteger);
    text("client", {"home_store_id", "associate_id", "created_at", "updated_at", "merged_into"});

    const QString note = QStringLiteral("note");
    s.add(note, QStringLiteral("client_id"));
    s.add(note, QStringLiteral("kind"),
          oneOf({"need", "conversation", "purchase", "education", "return", "other"}));
    text("note", {"body", "need_purpose", "need_context", "need_have"});
    s.add(note, QStringLiteral("need_duration"), oneOf({"temporary", "permanent", ""}));
    text("note", {"need_budget", "items"});
    s.add(note, QStringLiteral("amount_cents"), kInteger);
    text("note", {"author_id", "store_id", "created_at", "updated_at"});

    const QString followUp = QStringLiteral("follow_up");
    text("follow_up", {"client_id", "assignee_id", "due_date", "reason"});
    s.add(followUp, QStringLiteral("kind"), oneOf({"education", "keep_in_touch", "other"}));
    s.add(followUp, QStringLiteral("status"), oneOf({"open", "done", "snoozed", "cancelled"}));
    text("follow_up", {"origin_note_id", "done_at", "created_at", "updated_at"});

    const QString conflict = QStringLiteral("conflict");
    s.add(conflict, QStringLiteral("entity"), oneOf({"client", "note", "follow_up"}));
    text("conflict", {"entity_id", "field", "value", "hlc"});
    s.add(conflict, QStringLiteral("resolved"), kInteger);

    text("store", {"name", "address"});
    text("staff", {"name", "login"});
    s.add(QStringLiteral("staff"), QStringLiteral("role"), oneOf({"associate", "manager", "admin"}));
    text("staff", {"store_id"});
    return s;
}

const Schema &schema()
{
    static const Schema s = buildSchema();
    return s;
}

} // namespace

bool isPushableEntity(const QString &entity)
{
    return entity == QLatin1String("client") || entity == QLatin1String("note")
        || entity == QLatin1String("follow_up") || entity == QLatin1String("conflict");
}

bool isKnownEntity(const QString &entity)
{
    return schema().order.contains(entity);
}

const QStringList &fieldsOf(const QString &entity)
{
    static const QStringList none;
    const auto it = schema().order.constFind(entity);
    return it == schema().order.constEnd() ? none : *it;
}

bool isValidText(const QString &text)
{
    return text.isValidUtf16();
}

std::optional<QString> checkFieldValue(const QString &entity, const QString &field,
                                       const QJsonValue &value)
{
    const auto entityIt = schema().rules.constFind(entity);
    if (entityIt == schema().rules.constEnd())
        return QStringLiteral("Unknown entity \"%1\".").arg(entity);
    const auto ruleIt = entityIt->constFind(field);
    if (ruleIt == entityIt->constEnd())
        return QStringLiteral("\"%1\" is not a field of %2.").arg(field, entity);
    if (value.isNull())
        return std::nullopt;
    switch (ruleIt->type) {
    case FieldType::Integer:
        if (!wholeNumber(value))
            return QStringLiteral("%1.%2 must be a whole number.").arg(entity, field);
        return std::nullopt;
    case FieldType::Enum:
        if (!value.isString() || !ruleIt->allowed.contains(value.toString()))
            return QStringLiteral("%1.%2 must be one of: %3.")
                .arg(entity, field, ruleIt->allowed.join(QLatin1String(", ")));
        return std::nullopt;
    case FieldType::Text:
        if (!value.isString())
            return QStringLiteral("%1.%2 must be text.").arg(entity, field);
        if (value.toString().size() > kMaxTextLength)
            return QStringLiteral("%1.%2 is longer than %3 characters.")
                .arg(entity, field).arg(kMaxTextLength);
        // A lone surrogate has no UTF-8 form: it would reach other devices as "?" and
        // they would diverge from the writer, so it is refused before anything is stored.
        if (!value.toString().isValidUtf16())
            return QStringLiteral("%1.%2 is not valid Unicode text (it holds half of a character pair).")
                .arg(entity, field);
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<qint64> wholeNumber(const QJsonValue &value)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    // 2^63 is exact as a double; anything at or beyond it (or below -2^63) does not fit.
    constexpr double kLimit = 9223372036854775808.0;
    if (!(d >= -kLimit && d < kLimit) || std::trunc(d) != d)
        return std::nullopt;
    return static_cast<qint64>(d);
}

bool isUuid(const QString &text)
{
    // Anchored as a whole: "$" alone would also match before a final newline.
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    return re.match(text).hasMatch();
}

bool isHlc(const QString &text)
{
    static const QRegularExpression re(QRegularExpression::anchoredPattern(QStringLiteral(
        "[0-9]{15}-[0-9]{5}-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")));
    return re.match(text).hasMatch();
}

qint64 hlcWallMs(const QString &hlc)
{
    return QStringView(hlc).left(15).toLongLong();
}

QString makeHlc(qint64 wallMs, int counter, const QString &deviceId)
{
    return QStringLiteral("%1-%2-%3")
        .arg(wallMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(deviceId);
}

QString serverClockId()
{
    return QStringLiteral("00000000-0000-0000-0000-000000000000");
}

} // namespace rapport::protocol
