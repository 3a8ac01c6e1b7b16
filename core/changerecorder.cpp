#include "changerecorder.h"

#include "namekey.h"
#include "noteindex.h"

#include "sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>

namespace rapport {

std::optional<StoredRow> loadRow(const QSqlDatabase &db, const EntitySpec &spec, const QString &id,
                                 const QStringList &only)
{
    const QStringList &fields = only.isEmpty() ? spec.fields : only;
    sql::Cached query(db, QStringLiteral("SELECT seq, deleted, %1 FROM %2 WHERE id = ?")
                              .arg(fields.join(QLatin1String(", ")), spec.table));
    if (!query.exec({id}) || !query.next())
        return std::nullopt;
    StoredRow row;
    row.seq = query.value(0).toLongLong();
    row.deleted = query.value(1).toInt() != 0;
    for (int i = 0; i < fields.size(); ++i)
        row.values.insert(fields.at(i), spec.normalized(fields.at(i), query.value(i + 2)));
    return row;
}

namespace {

// What the search index and name key read of a client: columns every schema version has.
const QStringList &indexedClientFields()
{
    static const QStringList fields{QStringLiteral("given_name"), QStringLiteral("family_name"),
                                    QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("tags")};
    return fields;
}

} // namespace

ChangeRecorder::ChangeRecorder(QSqlDatabase db, Tick tick, QString staffId)
    : m_db(std::move(db)), m_tick(std::move(tick)), m_staffId(std::move(staffId))
{
}

Result<QStringList> ChangeRecorder::upsert(const EntitySpec &spec, const QString &id,
                                          const QVariantMap &values)
{
    const std::optional<StoredRow> existing = loadRow(m_db, spec, id);
    const QString updatedAt = QStringLiteral("updated_at");

    QVariantMap changed;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!spec.fields.contains(it.key()) || it.key() == updatedAt)
            continue;
        const QVariant before = existing ? existing->values.value(it.key()) : spec.defaultValue(it.key());
        if (!spec.same(it.key(), before, it.value()))
            changed.insert(it.key(), spec.normalized(it.key(), it.value()));
    }
    if (changed.isEmpty())
        return QStringList{};
    if (values.contains(updatedAt))
        changed.insert(updatedAt, spec.normalized(updatedAt, values.value(updatedAt)));

    const HlcStamp stamp = m_tick(m_db);
    QStringList columns = changed.keys();
    QVariantList binds;
    for (const QString &column : columns)
        binds << changed.value(column);
    if (existing) {
        QStringList sets;
        for (const QString &column : columns)
            sets << column + QStringLiteral(" = ?");
        binds << id;
        if (Status s = sql::exec(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                           .arg(spec.table, sets.join(QLatin1String(", "))),
                                 binds);
            !s)
            return Error{s.errorMessage()};
    } else {
        // Fields not given start from their defaults, so a later read sees '' not NULL.
        for (const QString &field : spec.fields) {
            if (!changed.contains(field)) {
                columns << field;
                binds << spec.defaultValue(field);
            }
        }
        // A new record's clock is its row's: no clock row per field.
        columns << QStringLiteral("id") << QStringLiteral("row_hlc") << QStringLiteral("row_clocked");
        binds << id << stamp.toString() << clockMask(spec, changed.keys());
        const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "));
        if (Status s = sql::exec(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                           .arg(spec.table, columns.join(QLatin1String(", ")), marks),
                                 binds);
            !s)
            return Error{s.errorMessage()};
    }
    if (Status s = record(spec, id, QStringLiteral("upsert"), changed, stamp, existing.has_value()); !s)
        return Error{s.errorMessage()};
    return changed.keys();
}

Status ChangeRecorder::tombstone(const EntitySpec &spec, const QString &id)
{
    const std::optional<StoredRow> existing = loadRow(m_db, spec, id);
    if (!existing || existing->deleted)
        return Done{};
    const HlcStamp stamp = m_tick(m_db);
    if (Status s = writeTombstone(m_db, spec, id, stamp); !s)
        return s;
    return record(spec, id, QStringLiteral("delete"), {}, stamp, true);
}

Status ChangeRecorder::recordErase(const EntitySpec &spec, const QString &id)
{
    return record(spec, id, QStringLiteral("erase"), {}, m_tick(m_db), false);
}

QStringList tombstoneKeeps(const EntitySpec &spec)
{
    if (spec.entity == QLatin1String("note"))
        return {QStringLiteral("client_id"), QStringLiteral("author_id"), QStringLiteral("created_at")};
    if (spec.entity == QLatin1String("follow_up"))
        return {QStringLiteral("client_id"), QStringLiteral("created_at")};
    if (spec.entity == QLatin1String("conflict"))
        return {QStringLiteral("entity"), QStringLiteral("entity_id")};
    return {QStringLiteral("created_at")};
}

Status writeTombstone(const QSqlDatabase &db, const EntitySpec &spec, const QString &id, const HlcStamp &stamp)
{
    const QString updatedAt = QStringLiteral("updated_at");
    const QVariant deletedAt = sql::timeText(QDateTime::fromMSecsSinceEpoch(stamp.wallMs, Qt::UTC));
    const QStringList keep = tombstoneKeeps(spec);
    const bool exists = sql::scalar(db, QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(spec.table), {id}).isValid();
    QStringList columns;
    QVariantList binds;
    for (const QString &field : spec.fields) {
        if (exists && keep.contains(field))
            continue;
        columns << field;
        binds << (field == updatedAt ? deletedAt : spec.defaultValue(field));
    }
    Status written = Done{};
    if (exists) {
        QStringList sets{QStringLiteral("deleted = 1")};
        for (const QString &column : columns)
            sets << column + QStringLiteral(" = ?");
        binds << id;
        written = sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                    .arg(spec.table, sets.join(QLatin1String(", "))),
                            binds);
    } else {
        columns << QStringLiteral("id") << QStringLiteral("deleted");
        binds << id << 1;
        const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "));
        written = sql::exec(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                    .arg(spec.table, columns.join(QLatin1String(", ")), marks),
                            binds);
    }
    if (!written)
        return written;
    return sql::exec(db,
                     QStringLiteral("INSERT INTO field_clock(entity, entity_id, field, hlc) VALUES(?, ?, 'deleted', ?) "
                                    "ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc"),
                     {spec.entity, id, stamp.toString()});
}

Status ChangeRecorder::record(const EntitySpec &spec, const QString &id, const QString &op,
                              const QVariantMap &changed, const HlcStamp &stamp, bool existed)
{
    const QString hlc = stamp.toString();
    // A row that did not exist has no clocks yet: every base is null, nothing to read.
    const QHash<QString, QString> before = existed ? fieldClocks(m_db, spec, id) : QHash<QString, QString>();
    QJsonObject fields;
    QJsonObject base;
    for (auto it = changed.cbegin(); it != changed.cend(); ++it) {
        fields.insert(it.key(), spec.toJson(it.key(), it.value()));
        const auto clock = before.constFind(it.key());
        base.insert(it.key(), clock != before.cend() ? QJsonValue(*clock) : QJsonValue(QJsonValue::Null));
    }
    // A new row got its clock with its values (upsert); an existing one's fields
    // change after it was written, at a clock no row has yet: their own clock rows.
    if (existed) {
        if (Status s = setFieldClocks(m_db, spec, id, changed.keys(), hlc); !s)
            return s;
    }
    return sql::exec(m_db,
                     QStringLiteral("INSERT INTO outbox(entity, entity_id, op, fields, base, hlc, created_at, "
                                    "staff_id) VALUES(?, ?, ?, ?, ?, ?, ?, ?)"),
                     {spec.entity, id, op, QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact)),
                      QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)), hlc,
                      sql::timeText(sql::nowUtc()), sql::text(m_staffId)});
}

qint64 clockMask(const EntitySpec &spec, const QStringList &fields)
{
    qint64 mask = 0;
    for (const QString &field : fields) {
        const int index = int(spec.fields.indexOf(field));
        if (index >= 0)
            mask |= qint64(1) << index;
    }
    return mask;
}

QHash<QString, QString> fieldClocks(const QSqlDatabase &db, const EntitySpec &spec, const QString &id)
{
    QHash<QString, QString> clocks;
    {
        sql::Cached row(db, QStringLiteral("SELECT row_hlc, row_clocked FROM %1 WHERE id = ?").arg(spec.table));
        if (row.exec({id}) && row.next()) {
            const QString hlc = row.value(0).toString();
            const qint64 mask = row.value(1).toLongLong();
            for (int i = 0; i < spec.fields.size(); ++i) {
                if (mask & (qint64(1) << i))
                    clocks.insert(spec.fields.at(i), hlc);
            }
        }
    }
    sql::Cached query(db, QStringLiteral("SELECT field, hlc FROM field_clock WHERE entity = ? AND entity_id = ?"));
    if (!query.exec({spec.entity, id}))
        return clocks;
    while (query.next())
        clocks.insert(query.value(0).toString(), query.value(1).toString());
    return clocks;
}

Status setFieldClocks(const QSqlDatabase &db, const EntitySpec &spec, const QString &id, const QStringList &fields,
                      const QString &hlc)
{
    if (fields.isEmpty())
        return Done{};
    const QString rowClock =
        sql::scalar(db, QStringLiteral("SELECT row_hlc FROM %1 WHERE id = ?").arg(spec.table), {id}).toString();
    if (!rowClock.isEmpty() && rowClock == hlc) {
        // The row's own clock: the mask takes the fields and their clock rows go.
        QStringList marks;
        QVariantList binds{spec.entity, id};
        for (const QString &field : fields) {
            marks << QStringLiteral("?");
            binds << field;
        }
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM field_clock WHERE entity = ? AND entity_id = ? "
                                                    "AND field IN (%1)")
                                         .arg(marks.join(QLatin1String(", "))),
                                 binds);
            !s)
            return s;
        return sql::exec(db, QStringLiteral("UPDATE %1 SET row_clocked = row_clocked | ? WHERE id = ?").arg(spec.table),
                         {clockMask(spec, fields), id});
    }
    // One statement per record instead of one per field; its text depends only
    // on the number of fields, so it stays in the statement cache.
    QStringList rows;
    QVariantList binds;
    for (const QString &field : fields) {
        rows << QStringLiteral("(?, ?, ?, ?)");
        binds << spec.entity << id << field << hlc;
    }
    return sql::exec(db,
                     QStringLiteral("INSERT INTO field_clock(entity, entity_id, field, hlc) VALUES %1 "
                                    "ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc")
                         .arg(rows.join(QLatin1String(", "))),
                     binds);
}

QString foldLetters(const QString &text)
{
    // remove_diacritics folds é or ü but not these letters, which are letters of
    // their own; people typing on a plain keyboard write them like this.
    static const QList<QPair<QChar, QLatin1String>> folds{
        {QChar(0x0142), QLatin1String("l")},  {QChar(0x0141), QLatin1String("L")},
        {QChar(0x00F8), QLatin1String("o")},  {QChar(0x00D8), QLatin1String("O")},
        {QChar(0x00DF), QLatin1String("ss")}, {QChar(0x00E6), QLatin1String("ae")},
        {QChar(0x00C6), QLatin1String("AE")}, {QChar(0x0153), QLatin1String("oe")},
        {QChar(0x0152), QLatin1String("OE")}, {QChar(0x00FE), QLatin1String("th")},
        {QChar(0x00DE), QLatin1String("TH")}, {QChar(0x0111), QLatin1String("d")},
        {QChar(0x0110), QLatin1String("D")},
    };
    QString out = text;
    for (const auto &[letter, plain] : folds)
        out.replace(letter, plain);
    return out;
}

QStringList nationalNumbers(const QString &phone)
{
    static const QRegularExpression international(QStringLiteral("^\\s*\\+\\s*(\\d{1,3})(?=[\\s.()/-])"));
    static const QRegularExpression nonDigits(QStringLiteral("\\D"));
    const QString trimmed = phone.trimmed();
    if (!trimmed.startsWith(QLatin1Char('+')))
        return {};
    const QString digits = QString(trimmed).remove(nonDigits);
    // "+1 555 ..." says where the country code ends; "+15550102030" does not,
    // so each 1- to 3-digit code is dropped in turn.
    if (const QRegularExpressionMatch m = international.match(trimmed); m.hasMatch())
        return {digits.mid(m.captured(1).size())};
    QStringList out;
    for (int code = 1; code <= 3 && digits.size() - code >= 6; ++code)
        out << digits.mid(code);
    return out;
}

Status refreshMergedFlag(const QSqlDatabase &db, const QString &clientId)
{
    // deleted = 1 is a delete's tombstone and stays; 2 hides a client merged into another.
    return sql::exec(db,
                     QStringLiteral("UPDATE client SET deleted = CASE WHEN merged_into <> '' THEN 2 ELSE 0 END "
                                    "WHERE id = ? AND deleted <> 1"),
                     {clientId});
}

Status reindexClient(const QSqlDatabase &db, const QString &clientId, bool hasIndexRow)
{
    if (Status s = refreshMergedFlag(db, clientId); !s)
        return s;
    if (Status s = reindexClientText(db, clientId, hasIndexRow); !s)
        return s;
    return refreshNameKey(db, clientId);
}

Status refreshNameKey(const QSqlDatabase &db, const QString &clientId)
{
    const std::optional<StoredRow> row = loadRow(db, clientSpec(), clientId, indexedClientFields());
    if (!row)
        return Done{};
    const auto value = [&](const char *field) { return row->values.value(QLatin1String(field)).toString(); };
    return sql::exec(db, QStringLiteral("UPDATE client SET name_key = ? WHERE seq = ?"),
                     {row->deleted ? QString() : nameKey(value("given_name"), value("family_name")), row->seq});
}

Status reindexClientText(const QSqlDatabase &db, const QString &clientId, bool hasIndexRow)
{
    const std::optional<StoredRow> row = loadRow(db, clientSpec(), clientId, indexedClientFields());
    if (!row)
        return Done{};
    if (hasIndexRow) {
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM client_fts WHERE rowid = ?"), {row->seq}); !s)
            return s;
    }
    if (row->deleted)
        return Done{};
    const auto value = [&](const char *field) { return row->values.value(QLatin1String(field)).toString(); };
    const ClientIndexText text =
        clientIndexText(value("given_name"), value("family_name"), value("phone"), value("email"), value("tags"));
    return sql::exec(db, QStringLiteral("INSERT INTO client_fts(rowid, name, contact, tags) VALUES(?, ?, ?, ?)"),
                     {row->seq, text.name, text.contact, text.tags});
}

ClientIndexText clientIndexText(const QString &givenName, const QString &familyName, const QString &phone,
                                const QString &email, const QString &tags)
{
    static const QRegularExpression nonDigits(QStringLiteral("\\D"));
    const QString phoneDigits = QString(phone).remove(nonDigits);
    QStringList contact{email, phone, phoneDigits};
    contact << nationalNumbers(phone);
    QString name = givenName + QLatin1Char(' ') + familyName;
    if (const QString folded = foldLetters(name); folded != name)
        name += QLatin1Char(' ') + folded;
    return {name, contact.join(QLatin1Char(' ')),
            tags.split(QLatin1Char(','), Qt::SkipEmptyParts).join(QLatin1Char(' '))};
}

Status reindexNote(const QSqlDatabase &db, const QString &noteId, bool hasIndexRow)
{
    const std::optional<StoredRow> row = loadRow(db, noteSpec(), noteId);
    if (!row)
        return Done{};
    // Above the watermark a note has no index row yet; the batch that reaches it indexes its text then.
    if (!noteindex::indexedNow(db, row->seq))
        return Done{};
    if (hasIndexRow) {
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM note_fts WHERE rowid = ?"), {row->seq}); !s)
            return s;
    }
    if (row->deleted)
        return Done{};
    QStringList parts;
    for (const char *field : {"body", "need_purpose", "need_context", "need_have", "need_budget", "items"})
        parts << row->values.value(QLatin1String(field)).toString();
    return sql::exec(db, QStringLiteral("INSERT INTO note_fts(rowid, text, client_id) VALUES(?, ?, ?)"),
                     {row->seq, parts.join(QLatin1Char(' ')),
                      row->values.value(QStringLiteral("client_id")).toString()});
}

Status refreshLastSeen(const QSqlDatabase &db, const QString &clientId)
{
    // One statement: no newest note leaves the three columns NULL.
    return sql::exec(db,
                     QStringLiteral("UPDATE client SET (last_seen_at, last_seen_by, last_seen_store_id) = "
                                    "(SELECT created_at, author_id, store_id FROM note "
                                    "WHERE client_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 1) "
                                    "WHERE id = ?"),
                     {clientId, clientId});
}

} // namespace rapport
