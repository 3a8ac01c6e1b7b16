#include "entityspec.h"

#include <cmath>

namespace rapport {

namespace {

QStringList names(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *name : list)
        out << QLatin1String(name);
    return out;
}

} // namespace

const EntitySpec &clientSpec()
{
    static const EntitySpec spec{
        QStringLiteral("client"), QStringLiteral("client"),
        names({"given_name", "family_name", "phone", "email", "preferred_channel", "consent_contact",
               "consent_contact_at", "consent_contact_by", "consent_marketing", "consent_marketing_at",
               "consent_marketing_by", "sizes", "brands", "interests", "important_dates", "tags",
               "keep_in_touch_days", "home_store_id", "associate_id", "created_at", "updated_at",
               "merged_into"}),
        names({"keep_in_touch_days"}), {}};
    return spec;
}

const EntitySpec &noteSpec()
{
    static const EntitySpec spec{
        QStringLiteral("note"), QStringLiteral("note"),
        names({"client_id", "kind", "body", "need_purpose", "need_context", "need_have", "need_duration",
               "need_budget", "items", "amount_cents", "author_id", "store_id", "created_at",
               "updated_at"}),
        names({"amount_cents"}), names({"amount_cents"})};
    return spec;
}

const EntitySpec &followUpSpec()
{
    static const EntitySpec spec{
        QStringLiteral("follow_up"), QStringLiteral("follow_up"),
        names({"client_id", "assignee_id", "due_date", "reason", "kind", "status", "origin_note_id",
               "done_at", "created_at", "updated_at"}),
        {}, names({"done_at"})};
    return spec;
}

const EntitySpec &conflictSpec()
{
    static const EntitySpec spec{QStringLiteral("conflict"), QStringLiteral("conflict"),
                                 names({"entity", "entity_id", "field", "value", "hlc", "resolved"}),
                                 names({"resolved"}), {}};
    return spec;
}

const EntitySpec *entitySpec(const QString &entity)
{
    for (const EntitySpec *spec : {&clientSpec(), &noteSpec(), &followUpSpec(), &conflictSpec()}) {
        if (spec->entity == entity)
            return spec;
    }
    return nullptr;
}

QVariant EntitySpec::defaultValue(const QString &field) const
{
    if (nullableFields.contains(field))
        return QVariant();
    if (isInteger(field))
        return QVariant(qint64(0));
    return QVariant(QStringLiteral(""));
}

QVariant EntitySpec::normalized(const QString &field, const QVariant &value) const
{
    if (isInteger(field)) {
        if (value.isNull() || !value.isValid()) {
            return nullableFields.contains(field) ? QVariant()
                                                  : QVariant(qint64(0));
        }
        return QVariant(value.toLongLong());
    }
    const QString text = value.toString();
    // A nullable text field has no empty value: '' and NULL both mean unset.
    if (text.isEmpty() && nullableFields.contains(field))
        return QVariant();
    return QVariant(text.isNull() ? QStringLiteral("") : text);
}

bool EntitySpec::same(const QString &field, const QVariant &a, const QVariant &b) const
{
    const QVariant x = normalized(field, a);
    const QVariant y = normalized(field, b);
    if (isInteger(field)) {
        if (x.isNull() || y.isNull())
            return x.isNull() == y.isNull();
        return x.toLongLong() == y.toLongLong();
    }
    if (x.isNull() || y.isNull())
        return x.isNull() == y.isNull();
    return x.toString() == y.toString();
}

QJsonValue EntitySpec::toJson(const QString &field, const QVariant &value) const
{
    const QVariant v = normalized(field, value);
    if (v.isNull() && nullableFields.contains(field))
        return QJsonValue(QJsonValue::Null);
    if (isInteger(field))
        return QJsonValue(v.toLongLong());
    return QJsonValue(v.toString());
}

std::optional<QVariant> EntitySpec::fromJson(const QString &field, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined())
        return normalized(field, QVariant());
    if (isInteger(field)) {
        if (!value.isDouble())
            return std::nullopt;
        const double d = value.toDouble();
        // As protocol::wholeNumber: a whole number within 64 bits (2^63 is exact as a double);
        // anything else is refused, since converting it would be undefined, not an error.
        constexpr double Limit = 9223372036854775808.0;
        if (!(d >= -Limit && d < Limit) || d != std::trunc(d))
            return std::nullopt;
        return normalized(field, QVariant(qint64(d)));
    }
    if (value.isString())
        return normalized(field, QVariant(value.toString()));
    return std::nullopt;
}

} // namespace rapport
