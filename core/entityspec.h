#pragma once

#include <optional>

#include <QJsonValue>
#include <QStringList>
#include <QVariant>

// What the change recorder and the remote applier need to know about each synced
// entity: its table and its field names (which are also the wire names).
namespace rapport {

struct EntitySpec
{
    QString entity;
    QString table;
    QStringList fields; // synced fields, without id and deleted
    QStringList integerFields; // stored as INTEGER, sent as JSON numbers
    QStringList nullableFields; // NULL (not '' or 0) when unset; '' is stored as NULL too

    bool isInteger(const QString &field) const { return integerFields.contains(field); }
    /** The value a field has on a row that was never written (or was tombstoned). */
    QVariant defaultValue(const QString &field) const;
    /** Same value for recording purposes ('' vs NULL text, 3 vs "3"). */
    bool same(const QString &field, const QVariant &a, const QVariant &b) const;
    QJsonValue toJson(const QString &field, const QVariant &value) const;
    /**
     * The stored value of a field received as JSON; nullopt when the value does not fit
     * the field (a fractional or non-numeric value for an integer field, a number for a
     * text field), which is refused rather than truncated or converted.
     */
    [[nodiscard]] std::optional<QVariant> fromJson(const QString &field, const QJsonValue &value) const;
    /** The value bound for a column, in the column's own type. */
    QVariant normalized(const QString &field, const QVariant &value) const;
};

/** The spec of `entity` (client, note, follow_up, conflict), or nullptr. */
const EntitySpec *entitySpec(const QString &entity);
const EntitySpec &clientSpec();
const EntitySpec &noteSpec();
const EntitySpec &followUpSpec();
const EntitySpec &conflictSpec();

} // namespace rapport
