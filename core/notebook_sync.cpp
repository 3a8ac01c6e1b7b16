#include "notebook.h"

#include "logging.h"
#include "notebook_p.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {

namespace {

Status setClock(const QSqlDatabase &db, const EntitySpec &spec, const QString &id, const QString &field,
                const QString &hlc)
{
    return sql::exec(db,
                     QStringLiteral("INSERT INTO field_clock(entity, entity_id, field, hlc) VALUES(?, ?, ?, ?) "
                                    "ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc"),
                     {spec.entity, id, field, hlc});
}

/** Refreshes the search index and derived columns after a remote write to a row. */
Status afterRemoteWrite(const QSqlDatabase &db, const EntitySpec &spec, const QString &id,
                        const QString &previousClientId)
{
    if (spec.entity == QLatin1String("client")) {
        if (Status s = reindexClient(db, id); !s)
            return s;
        // Its notes may have arrived first.
        return refreshLastSeen(db, id);
    }
    if (spec.entity != QLatin1String("note"))
        return Done{};
    if (Status s = reindexNote(db, id); !s)
        return s;
    const std::optional<StoredRow> row = loadRow(db, spec, id);
    const QString clientId = row ? row->values.value(QStringLiteral("client_id")).toString() : QString();
    if (!previousClientId.isEmpty() && previousClientId != clientId) {
        if (Status s = refreshLastSeen(db, previousClientId); !s)
            return s;
    }
    return clientId.isEmpty() ? Status(Done{}) : refreshLastSeen(db, clientId);
}

/** Field-level last writer wins: a field takes the remote value only if its clock is newer. */
Status applyUpsert(const QSqlDatabase &db, const EntitySpec &spec, const Notebook::RemoteChange &change)
{
    const std::optional<StoredRow> row = loadRow(db, spec, change.entityId);
    if (row && row->deleted)
        return Done{}; // deletes win over any edit
    const QJsonObject fields = QJsonDocument::fromJson(change.fieldsJson.toUtf8()).object();
    QVariantMap accepted;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!spec.fields.contains(it.key()))
            continue;
        const QVariant clock = sql::scalar(
            db, QStringLiteral("SELECT hlc FROM field_clock WHERE entity = ? AND entity_id = ? AND field = ?"),
            {spec.entity, change.entityId, it.key()});
        if (clock.isValid() && !(change.hlc > clock.toString()))
            continue; // ours is as new or newer (an echo of our own write is equal)
        accepted.insert(it.key(), spec.fromJson(it.key(), it.value()));
    }
    if (accepted.isEmpty())
        return Done{};

    QStringList columns = accepted.keys();
    QVariantList binds;
    for (const QString &column : columns)
        binds << accepted.value(column);
    if (row) {
        QStringList sets;
        for (const QString &column : columns)
            sets << column + QStringLiteral(" = ?");
        binds << change.entityId;
        if (Status s = sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                         .arg(spec.table, sets.join(QLatin1String(", "))),
                                 binds);
            !s)
            return s;
    } else {
        for (const QString &field : spec.fields) {
            if (!accepted.contains(field)) {
                columns << field;
                binds << spec.defaultValue(field);
            }
        }
        columns << QStringLiteral("id");
        binds << change.entityId;
        const QString marks = QStringList(columns.size(), QStringLiteral("?")).join(QLatin1String(", "));
        if (Status s = sql::exec(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                         .arg(spec.table, columns.join(QLatin1String(", ")), marks),
                                 binds);
            !s)
            return s;
    }
    for (auto it = accepted.cbegin(); it != accepted.cend(); ++it) {
        if (Status s = setClock(db, spec, change.entityId, it.key(), change.hlc); !s)
            return s;
    }
    const QString previousClient = row ? row->values.value(QStringLiteral("client_id")).toString() : QString();
    return afterRemoteWrite(db, spec, change.entityId, previousClient);
}

Status applyDelete(const QSqlDatabase &db, const EntitySpec &spec, const Notebook::RemoteChange &change,
                   const HlcStamp &stamp)
{
    const std::optional<StoredRow> row = loadRow(db, spec, change.entityId);
    if (row && row->deleted)
        return Done{};
    if (Status s = writeTombstone(db, spec, change.entityId, stamp); !s)
        return s;
    return row ? afterRemoteWrite(db, spec, change.entityId, {}) : Status(Done{});
}

/** Removes one row and everything recorded about it. */
Status eraseRow(const QSqlDatabase &db, const QString &table, const QString &entity, const QString &id)
{
    const QVariant seq = sql::scalar(db, QStringLiteral("SELECT seq FROM %1 WHERE id = ?").arg(table), {id});
    if (seq.isValid() && (table == QLatin1String("client") || table == QLatin1String("note"))) {
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM %1_fts WHERE rowid = ?").arg(table), {seq}); !s)
            return s;
    }
    for (const QString &statement :
         {QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table),
          QStringLiteral("DELETE FROM field_clock WHERE entity = '%1' AND entity_id = ?").arg(entity),
          QStringLiteral("DELETE FROM outbox WHERE entity = '%1' AND entity_id = ?").arg(entity)}) {
        if (Status s = sql::exec(db, statement, {id}); !s)
            return s;
    }
    // Conflicts about the erased row go with it.
    QSqlQuery conflicts(db);
    if (Status s = sql::exec(conflicts, QStringLiteral("SELECT id FROM conflict WHERE entity = ? AND entity_id = ?"),
                             {entity, id});
        !s)
        return s;
    QStringList conflictIds;
    while (conflicts.next())
        conflictIds << conflicts.value(0).toString();
    conflicts.finish();
    for (const QString &conflictId : conflictIds) {
        if (Status s = eraseRow(db, QStringLiteral("conflict"), QStringLiteral("conflict"), conflictId); !s)
            return s;
    }
    return Done{};
}

QStringList idsOf(const QSqlDatabase &db, const QString &table, const QString &clientId)
{
    QStringList ids;
    QSqlQuery query(db);
    if (!sql::exec(query, QStringLiteral("SELECT id FROM %1 WHERE client_id = ?").arg(table), {clientId}))
        return ids;
    while (query.next())
        ids << query.value(0).toString();
    return ids;
}

/** Erasure (right to be forgotten): the client and everything about them leave the device. */
Status applyErase(const QSqlDatabase &db, const EntitySpec &spec, const QString &id)
{
    if (spec.entity == QLatin1String("client")) {
        for (const QString &table : {QStringLiteral("note"), QStringLiteral("follow_up")}) {
            for (const QString &childId : idsOf(db, table, id)) {
                if (Status s = eraseRow(db, table, table, childId); !s)
                    return s;
            }
        }
    }
    QString clientId;
    if (spec.entity == QLatin1String("note")) {
        if (const auto row = loadRow(db, spec, id))
            clientId = row->values.value(QStringLiteral("client_id")).toString();
    }
    if (Status s = eraseRow(db, spec.table, spec.entity, id); !s)
        return s;
    return clientId.isEmpty() ? Status(Done{}) : refreshLastSeen(db, clientId);
}

Status applyReference(const QSqlDatabase &db, const Notebook::RemoteChange &change)
{
    const bool isStore = change.entity == QLatin1String("store");
    const QString table = change.entity;
    if (change.op != QLatin1String("upsert")) {
        return sql::exec(db, QStringLiteral("UPDATE %1 SET deleted = 1 WHERE id = ?").arg(table), {change.entityId});
    }
    const QStringList fields = isStore
        ? QStringList{QStringLiteral("name"), QStringLiteral("address")}
        : QStringList{QStringLiteral("store_id"), QStringLiteral("name"), QStringLiteral("login"), QStringLiteral("role")};
    const QJsonObject object = QJsonDocument::fromJson(change.fieldsJson.toUtf8()).object();
    if (Status s = sql::exec(db, QStringLiteral("INSERT INTO %1 (id) VALUES (?) ON CONFLICT(id) DO NOTHING").arg(table),
                             {change.entityId});
        !s)
        return s;
    for (const QString &field : fields) {
        if (!object.contains(field))
            continue;
        if (Status s = sql::exec(db, QStringLiteral("UPDATE %1 SET %2 = ?, deleted = 0 WHERE id = ?").arg(table, field),
                                 {object.value(field).toString(), change.entityId});
            !s)
            return s;
    }
    return Done{};
}

} // namespace

Status Notebook::applyRemotePage(const QList<RemoteChange> &changes, const QString &cursor)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (!transaction.began())
        return Error{QStringLiteral("The notebook is busy; the pulled changes will be applied on the next sync.")};
    bool erased = false;
    for (const RemoteChange &change : changes) {
        const std::optional<HlcStamp> stamp = HlcStamp::parse(change.hlc);
        if (!stamp) {
            return Error{QStringLiteral("The server sent a change to %1 %2 with an unreadable clock \"%3\"; "
                                        "nothing from this page was applied.")
                             .arg(change.entity, change.entityId, change.hlc)};
        }
        d->hlc.observe(*stamp, db);
        Status applied = Done{};
        if (change.entity == QLatin1String("store") || change.entity == QLatin1String("staff")) {
            applied = applyReference(db, change);
        } else if (const EntitySpec *spec = entitySpec(change.entity)) {
            if (change.op == QLatin1String("upsert")) {
                applied = applyUpsert(db, *spec, change);
            } else if (change.op == QLatin1String("delete")) {
                applied = applyDelete(db, *spec, change, *stamp);
            } else if (change.op == QLatin1String("erase")) {
                applied = applyErase(db, *spec, change.entityId);
                erased = true;
            } else {
                qCWarning(lcCore) << "skipping unknown op" << change.op << "for" << change.entity;
            }
        } else {
            // A newer server may know entities this app does not; skipping keeps sync going.
            qCWarning(lcCore) << "skipping change to unknown entity" << change.entity;
        }
        if (!applied)
            return applied;
    }
    if (Status s = sql::exec(db,
                             QStringLiteral("INSERT INTO meta(key, value) VALUES('pull_cursor', ?) "
                                            "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                             {cursor});
        !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    if (!changes.isEmpty())
        notifyChanged();
    // An erasure must leave no copy in the index, free pages or the WAL.
    return erased ? scrubFiles() : Status(Done{});
}

} // namespace rapport
