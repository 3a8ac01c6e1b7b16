#include "notebook.h"

#include "logging.h"
#include "notebook_p.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace rapport {

namespace {

/**
 * Work a page leaves for its end: the search index and last-seen columns are
 * derived from the final rows, so a record changed several times in a page (or
 * a client whose notes arrive in the same page) is refreshed once.
 */
struct PageWork
{
    QSet<QString> clientsToIndex;
    QSet<QString> notesToIndex;
    QSet<QString> lastSeen; // client ids
    QSet<QString> insertedClients; // rows this page inserted: no index row to remove
    QSet<QString> insertedNotes;
    qint64 noteSeqBefore = 0; // largest note seq before the page
    bool erased = false;
    // Tables with no row when the page began (a fresh device): a record there
    // exists only if this page wrote it, so most lookups need no query.
    QSet<QString> emptyTables;
    QHash<QString, QSet<QString>> written; // table -> ids this page wrote

    [[nodiscard]] std::optional<StoredRow> find(const QSqlDatabase &db, const EntitySpec &spec,
                                                const QString &id) const
    {
        if (emptyTables.contains(spec.table) && !written.value(spec.table).contains(id))
            return std::nullopt;
        return loadRow(db, spec, id);
    }

    void touched(const EntitySpec &spec, const QString &id, bool inserted)
    {
        if (spec.entity == QLatin1String("client")) {
            clientsToIndex.insert(id);
            lastSeen.insert(id); // its notes may have arrived first
            if (inserted)
                insertedClients.insert(id);
        } else if (spec.entity == QLatin1String("note")) {
            notesToIndex.insert(id);
            if (inserted)
                insertedNotes.insert(id);
        }
    }

    [[nodiscard]] Status finish(const QSqlDatabase &db) const
    {
        for (const QString &id : clientsToIndex) {
            if (Status s = reindexClient(db, id, !insertedClients.contains(id)); !s)
                return s;
        }
        // Without an erasure rows are only added, and a new row's seq is above
        // every earlier one: the notes this page inserted are exactly those
        // above noteSeqBefore, indexed in one statement (an initial sync is
        // nearly all such notes). The text is what reindexNote writes.
        const bool batchInserted = !erased && !insertedNotes.isEmpty();
        if (batchInserted) {
            if (Status s = sql::exec(db,
                                     QStringLiteral("INSERT INTO note_fts(rowid, text, client_id) "
                                                    "SELECT seq, coalesce(body, '') || ' ' || coalesce(need_purpose, '') "
                                                    "|| ' ' || coalesce(need_context, '') || ' ' || coalesce(need_have, '') "
                                                    "|| ' ' || coalesce(need_budget, '') || ' ' || coalesce(items, ''), "
                                                    "coalesce(client_id, '') FROM note WHERE seq > ? AND deleted = 0"),
                                     {noteSeqBefore});
                !s)
                return s;
        }
        for (const QString &id : notesToIndex) {
            const bool inserted = insertedNotes.contains(id);
            if (inserted && batchInserted)
                continue;
            if (Status s = reindexNote(db, id, !inserted); !s)
                return s;
        }
        for (const QString &id : lastSeen) {
            if (id.isEmpty())
                continue;
            if (Status s = refreshLastSeen(db, id); !s)
                return s;
        }
        return Done{};
    }
};

/** Field-level last writer wins: a field takes the remote value only if its clock is newer. */
Status applyUpsert(const QSqlDatabase &db, const EntitySpec &spec, const Notebook::RemoteChange &change,
                   PageWork &work)
{
    const std::optional<StoredRow> row = work.find(db, spec, change.entityId);
    if (row && row->deleted)
        return Done{}; // deletes win over any edit
    const QJsonObject fields = QJsonDocument::fromJson(change.fieldsJson.toUtf8()).object();
    // A record not on the device has no clocks (an erasure removes both), so
    // every field it sends is accepted.
    const QHash<QString, QString> clocks = row ? fieldClocks(db, spec, change.entityId) : QHash<QString, QString>();
    QVariantMap accepted;
    for (auto it = fields.constBegin(); it != fields.constEnd(); ++it) {
        if (!spec.fields.contains(it.key()))
            continue;
        const auto clock = clocks.constFind(it.key());
        if (clock != clocks.cend() && !(change.hlc > *clock))
            continue; // ours is as new or newer (an echo of our own write is equal)
        accepted.insert(it.key(), spec.fromJson(it.key(), it.value()));
    }
    if (accepted.isEmpty())
        return Done{};

    const QStringList acceptedFields = accepted.keys();
    QVariantList binds;
    if (row) {
        QStringList sets;
        for (const QString &column : acceptedFields) {
            sets << column + QStringLiteral(" = ?");
            binds << accepted.value(column);
        }
        binds << change.entityId;
        if (Status s = sql::exec(db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
                                         .arg(spec.table, sets.join(QLatin1String(", "))),
                                 binds);
            !s)
            return s;
    } else {
        // Every column in spec order, so the statement text (and its cached
        // preparation) is the same for every new record of the entity.
        for (const QString &field : spec.fields)
            binds << (accepted.contains(field) ? accepted.value(field) : spec.defaultValue(field));
        binds << change.entityId;
        const QString marks = QStringList(spec.fields.size() + 1, QStringLiteral("?")).join(QLatin1String(", "));
        if (Status s = sql::exec(db, QStringLiteral("INSERT INTO %1 (%2, id) VALUES (%3)")
                                         .arg(spec.table, spec.fields.join(QLatin1String(", ")), marks),
                                 binds);
            !s)
            return s;
    }
    if (Status s = setFieldClocks(db, spec, change.entityId, acceptedFields, change.hlc); !s)
        return s;
    work.written[spec.table].insert(change.entityId);
    work.touched(spec, change.entityId, !row);
    if (spec.entity == QLatin1String("note")) {
        const QString clientKey = QStringLiteral("client_id");
        if (row)
            work.lastSeen.insert(row->values.value(clientKey).toString()); // the note may have moved
        const QString clientId = accepted.contains(clientKey) ? accepted.value(clientKey).toString()
                                                              : row->values.value(clientKey).toString();
        work.lastSeen.insert(clientId);
    }
    return Done{};
}

Status applyDelete(const QSqlDatabase &db, const EntitySpec &spec, const Notebook::RemoteChange &change,
                   const HlcStamp &stamp, PageWork &work)
{
    const std::optional<StoredRow> row = work.find(db, spec, change.entityId);
    if (row && row->deleted)
        return Done{};
    if (Status s = writeTombstone(db, spec, change.entityId, stamp); !s)
        return s;
    work.written[spec.table].insert(change.entityId);
    if (row) {
        work.touched(spec, change.entityId, false);
        if (spec.entity == QLatin1String("note"))
            work.lastSeen.insert(row->values.value(QStringLiteral("client_id")).toString());
    }
    return Done{};
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
Status applyErase(const QSqlDatabase &db, const EntitySpec &spec, const QString &id, PageWork &work)
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
    if (!clientId.isEmpty())
        work.lastSeen.insert(clientId);
    return Done{};
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
    // Clocks are checked before anything is written: a page is applied whole or not at all.
    std::optional<HlcStamp> newest;
    for (const RemoteChange &change : changes) {
        const std::optional<HlcStamp> stamp = HlcStamp::parse(change.hlc);
        if (!stamp) {
            return Error{QStringLiteral("The server sent a change to %1 %2 with an unreadable clock \"%3\"; "
                                        "nothing from this page was applied.")
                             .arg(change.entity, change.entityId, change.hlc)};
        }
        if (!newest || *newest < *stamp)
            newest = stamp;
    }
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (!transaction.began())
        return Error{QStringLiteral("The notebook is busy; the pulled changes will be applied on the next sync.")};
    // Observing the newest clock of the page once persists the device clock once, not per change.
    if (newest)
        d->hlc.observe(*newest, db);
    PageWork work;
    work.noteSeqBefore = sql::scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM note")).toLongLong();
    for (const EntitySpec *spec : {&clientSpec(), &noteSpec(), &followUpSpec(), &conflictSpec()}) {
        const QVariant any = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM %1)").arg(spec->table));
        if (any.isValid() && any.toInt() == 0)
            work.emptyTables.insert(spec->table);
    }
    bool erased = false;
    for (const RemoteChange &change : changes) {
        Status applied = Done{};
        if (change.entity == QLatin1String("store") || change.entity == QLatin1String("staff")) {
            applied = applyReference(db, change);
        } else if (const EntitySpec *spec = entitySpec(change.entity)) {
            if (change.op == QLatin1String("upsert")) {
                applied = applyUpsert(db, *spec, change, work);
            } else if (change.op == QLatin1String("delete")) {
                applied = applyDelete(db, *spec, change, *HlcStamp::parse(change.hlc), work);
            } else if (change.op == QLatin1String("erase")) {
                applied = applyErase(db, *spec, change.entityId, work);
                erased = true;
                work.erased = true;
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
    if (Status s = work.finish(db); !s)
        return s;
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
