#include "notebook.h"

#include "bulkindexes.h"
#include "logging.h"
#include "namekey.h"
#include "noteindex.h"
#include "notebook_p.h"
#include "rawstatement.h"
#include "sqlutil.h"

#include <QJsonObject>
#include <QSet>

#include <limits>
#include <map>
#include <tuple>
#include <memory>

namespace rapport {

namespace {

/** A record already on the device, as far as applying a change needs to know it. */
struct Existing
{
    bool deleted = false;
    QString clientId; // notes and follow-ups: the client it belongs to
    QString rowClock; // the clock of the fields in rowClocked (see fieldClocks)
    qint64 rowClocked = 0;
};

/**
 * The statements a page runs for each record of an entity, prepared once per
 * page rather than once per record, with their texts built once.
 */
struct EntityStatements
{
    EntityStatements(const QSqlDatabase &db, const EntitySpec &entity)
        : spec(&entity),
          find(db, QStringLiteral("SELECT deleted, %1, row_hlc, row_clocked FROM %2 WHERE id = ?")
                       .arg(entity.fields.contains(QStringLiteral("client_id")) ? QStringLiteral("client_id")
                                                                                 : QStringLiteral("''"),
                            entity.table)),
          clocks(db, QStringLiteral("SELECT field, hlc FROM field_clock WHERE entity = ? AND entity_id = ?")),
          // Every column in spec order: one statement for every new record, whose
          // clock is the row's (no clock row per field). A new client also gets its
          // derived columns; its seq for the index row is the inserted rowid. Not
          // RETURNING: that runs as a trigger, which opens a statement savepoint,
          // and the full-text tables write their pending terms out at each one.
          insert(db, isClient(entity)
                         ? QStringLiteral("INSERT INTO %1 (%2, id, row_hlc, row_clocked, name_key, deleted) "
                                          "VALUES (%3)")
                               .arg(entity.table, entity.fields.join(QLatin1String(", ")),
                                    QStringList(entity.fields.size() + 5, QStringLiteral("?")).join(QLatin1String(", ")))
                         : QStringLiteral("INSERT INTO %1 (%2, id, row_hlc, row_clocked) VALUES (%3)")
                               .arg(entity.table, entity.fields.join(QLatin1String(", ")),
                                    QStringList(entity.fields.size() + 3, QStringLiteral("?")).join(QLatin1String(", "))))
    {
        if (isClient(entity))
            clientIndex = std::make_unique<sql::Statement>(
                db, QStringLiteral("INSERT INTO client_fts(rowid, name, contact, tags) VALUES (?, ?, ?, ?)"));
        for (int i = 0; i < entity.fields.size(); ++i)
            fieldIndex.insert(entity.fields.at(i), i);
    }

    const EntitySpec *spec;
    QHash<QString, int> fieldIndex;
    sql::Statement find;
    sql::Statement clocks;
    sql::Statement insert;
    std::unique_ptr<sql::Statement> clientIndex; // clients only
    std::map<QString, std::unique_ptr<sql::Statement>> updates; // by the updated columns

    static bool isClient(const EntitySpec &entity) { return entity.entity == QLatin1String("client"); }
};

/**
 * Work a page leaves for its end: the search index and last-seen columns are
 * derived from the final rows, so a record changed several times in a page (or
 * a client whose notes arrive in the same page) is refreshed once.
 */
struct PageWork
{
    explicit PageWork(const QSqlDatabase &connection)
        : db(connection),
          setClock(db, QStringLiteral("INSERT INTO field_clock(entity, entity_id, field, hlc) VALUES (?, ?, ?, ?) "
                                      "ON CONFLICT(entity, entity_id, field) DO UPDATE SET hlc = excluded.hlc")),
          lastSeenUpdate(db, QStringLiteral("UPDATE client SET (last_seen_at, last_seen_by, last_seen_store_id) = "
                                            "(SELECT created_at, author_id, store_id FROM note "
                                            "WHERE client_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 1) "
                                            "WHERE id = ?")),
          lastSeenForward(db, QStringLiteral("UPDATE client SET last_seen_at = ?1, last_seen_by = ?2, "
                                             "last_seen_store_id = ?3 WHERE id = ?4 "
                                             "AND (last_seen_at IS NULL OR last_seen_at < ?1)"))
    {
    }

    QSqlDatabase db;
    sql::Statement setClock;
    sql::Statement lastSeenUpdate; // one statement: no newest note leaves the three columns NULL
    sql::Statement lastSeenForward; // to a newer note, when the page only added notes for the client
    std::map<QString, std::unique_ptr<EntityStatements>> statements; // by entity
    QSet<QString> clientsToIndex;
    QSet<QString> notesToIndex;
    QSet<QString> lastSeen; // clients whose last seen is read again from their notes
    struct Seen
    {
        QString at, by, storeId;
    };
    QHash<QString, Seen> newestAdded; // client -> the newest note this page added for them
    QSet<QString> insertedClients; // rows this page inserted: no index row to remove
    QSet<QString> indexedAtInsert; // inserted clients indexed with their insert, not changed since
    QSet<QString> insertedNotes;
    qint64 noteSeqBefore = 0; // largest note seq before the page
    int deferNoteIndexAt = 0; // this many inserted notes leave their index to batches (0: never)
    bool erased = false;
    bool lastSeenAtRestore = false; // a bulk load: bulkindexes::restore() derives every client's last seen
    // Tables with no row when the page began (a fresh device): a record there
    // exists only if this page wrote it, so most lookups need no query.
    QSet<QString> emptyTables;
    QHash<QString, QSet<QString>> written; // table -> ids this page wrote
    // Field clocks wait for the end of the page and are written in key order:
    // one record at a time, rows for random ids land all over the clock index;
    // sorted, each of its pages is visited once. clocksOf() reads them first.
    using ClockKey = std::tuple<QString, QString, QString>; // entity, id, field
    std::map<ClockKey, QString> pendingClocks;

    /** Writes the waiting field clocks (before anything that reads or removes clocks in SQL). */
    [[nodiscard]] Status flushClocks()
    {
        QString lastId;
        QByteArray entity, id;
        for (const auto &[key, hlc] : pendingClocks) {
            if (std::get<1>(key) != lastId) {
                lastId = std::get<1>(key);
                entity = std::get<0>(key).toUtf8();
                id = lastId.toUtf8();
            }
            setClock.reset();
            setClock.bindUtf8(1, entity);
            setClock.bindUtf8(2, id);
            setClock.bind(3, std::get<2>(key));
            setClock.bind(4, hlc);
            if (Status s = setClock.run(); !s)
                return s;
        }
        pendingClocks.clear();
        return Done{};
    }

    EntityStatements &statementsFor(const EntitySpec &spec)
    {
        std::unique_ptr<EntityStatements> &slot = statements[spec.entity];
        if (!slot)
            slot = std::make_unique<EntityStatements>(db, spec);
        return *slot;
    }

    [[nodiscard]] Result<std::optional<Existing>> find(const EntitySpec &spec, const QString &id)
    {
        if (emptyTables.contains(spec.table) && !written.value(spec.table).contains(id))
            return std::optional<Existing>();
        sql::Statement &query = statementsFor(spec).find;
        query.reset();
        query.bind(1, id);
        if (!query.next()) {
            if (query.error())
                return *query.error();
            if (query.prepareError())
                return *query.prepareError();
            return std::optional<Existing>();
        }
        // 2 is a client merged into another: hidden, but its fields still take synced changes.
        const Existing row{query.integer(0) == 1, query.text(1), query.text(2), query.integer(3)};
        query.reset(); // no statement is left reading when the page commits
        return std::optional<Existing>(row);
    }

    /** The clock of each field of a record on the device. */
    [[nodiscard]] Result<QHash<QString, QString>> clocksOf(const EntitySpec &spec, const QString &id,
                                                           const Existing &row)
    {
        QHash<QString, QString> clocks;
        for (int i = 0; i < spec.fields.size(); ++i) {
            if (row.rowClocked & (qint64(1) << i))
                clocks.insert(spec.fields.at(i), row.rowClock);
        }
        sql::Statement &query = statementsFor(spec).clocks;
        query.reset();
        query.bind(1, spec.entity);
        query.bind(2, id);
        while (query.next())
            clocks.insert(query.text(0), query.text(1));
        if (query.error())
            return *query.error();
        if (query.prepareError())
            return *query.prepareError();
        for (auto it = pendingClocks.lower_bound({spec.entity, id, QString()});
             it != pendingClocks.end() && std::get<0>(it->first) == spec.entity && std::get<1>(it->first) == id; ++it)
            clocks.insert(std::get<2>(it->first), it->second);
        return clocks;
    }

    /**
     * A new note moves its client's last seen forward only if it is newer, so
     * a client whose notes were only added needs no read of its other notes.
     */
    void noteAdded(const QString &clientId, Seen seen)
    {
        if (clientId.isEmpty())
            return;
        const auto newest = newestAdded.find(clientId);
        if (newest == newestAdded.end())
            newestAdded.insert(clientId, std::move(seen));
        else if (newest->at < seen.at)
            *newest = std::move(seen);
    }

    /** A client indexed at its insert changed again in this page: its index row is read again at the end. */
    void changedAfterInsert(const QString &id)
    {
        if (indexedAtInsert.remove(id))
            insertedClients.remove(id); // it has an index row to replace now
    }

    void touched(const EntitySpec &spec, const QString &id, bool inserted)
    {
        if (spec.entity == QLatin1String("client")) {
            clientsToIndex.insert(id);
            if (inserted) {
                insertedClients.insert(id);
                // Its notes may have arrived first, unless there were none on the device
                // and none yet in this page (a first sync): then later ones move it forward.
                if (!emptyTables.contains(QStringLiteral("note")) || newestAdded.contains(id))
                    lastSeen.insert(id);
            }
        } else if (spec.entity == QLatin1String("note")) {
            notesToIndex.insert(id);
            if (inserted)
                insertedNotes.insert(id);
        }
    }

    [[nodiscard]] Status finish()
    {
        if (Status s = flushClocks(); !s)
            return s;
        for (const QString &id : clientsToIndex) {
            if (indexedAtInsert.contains(id))
                continue;
            if (Status s = reindexClient(db, id, !insertedClients.contains(id)); !s)
                return s;
        }
        // A page that adds many notes (a first sync, a long backlog) leaves their
        // search index to batches after the pull (Notebook::indexWaitingNotes):
        // the watermark says which notes are indexed, so searches meanwhile find
        // every client and the notes indexed so far.
        std::optional<qint64> through = noteindex::indexedThrough(db);
        if (!through && deferNoteIndexAt > 0 && insertedNotes.size() >= deferNoteIndexAt) {
            through = noteSeqBefore;
            if (Status s = sql::exec(db,
                                     QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                                     {noteindex::ThroughKey, QString::number(*through)});
                !s)
                return s;
        }
        const bool deferred = through.has_value();
        // Without an erasure rows are only added, and a new row's seq is above
        // every earlier one: the notes this page inserted are exactly those
        // above noteSeqBefore, indexed in one statement (an initial sync is
        // nearly all such notes). The text is what reindexNote writes.
        const bool batchInserted = !deferred && !erased && !insertedNotes.isEmpty();
        if (batchInserted) {
            if (Status s = noteindex::indexRange(db, noteSeqBefore, std::numeric_limits<qint64>::max()); !s)
                return s;
        }
        for (const QString &id : notesToIndex) {
            const bool inserted = insertedNotes.contains(id);
            if (inserted && (batchInserted || deferred))
                continue; // indexed above, or above the watermark: a batch indexes it later
            if (Status s = reindexNote(db, id, !inserted); !s)
                return s;
        }
        if (lastSeenAtRestore)
            return Done{};
        for (const QString &id : lastSeen) {
            if (id.isEmpty())
                continue;
            lastSeenUpdate.reset();
            lastSeenUpdate.bind(1, id);
            lastSeenUpdate.bind(2, id);
            if (Status s = lastSeenUpdate.run(); !s)
                return s;
        }
        for (auto it = newestAdded.cbegin(); it != newestAdded.cend(); ++it) {
            if (lastSeen.contains(it.key()))
                continue; // read again from its notes above
            lastSeenForward.reset();
            lastSeenForward.bind(1, it->at);
            lastSeenForward.bind(2, it->by);
            lastSeenForward.bind(3, it->storeId);
            lastSeenForward.bind(4, it.key());
            if (Status s = lastSeenForward.run(); !s)
                return s;
        }
        return Done{};
    }
};

/**
 * Runs the insert of a new client (bound up to its row clock) with its derived
 * columns, and writes its index row from the same values: what reindexClient
 * would read back, without reading it back (a first sync inserts every client).
 */
Status insertClient(const EntitySpec &spec, const QString &id, const std::vector<std::optional<QVariant>> &accepted,
                    EntityStatements &statements, PageWork &work)
{
    const auto value = [&](const char *name) {
        const QString field = QLatin1String(name);
        const std::optional<QVariant> &v = accepted[size_t(statements.fieldIndex.value(field))];
        return spec.normalized(field, v ? *v : spec.defaultValue(field)).toString();
    };
    // As refreshMergedFlag and refreshNameKey leave them: a client merged away is hidden and keyless.
    const bool merged = !value("merged_into").isEmpty();
    const int fieldCount = int(spec.fields.size());
    sql::Statement &insert = statements.insert;
    if (merged)
        insert.bindNull(fieldCount + 4);
    else
        insert.bind(fieldCount + 4, nameKey(value("given_name"), value("family_name")));
    insert.bind(fieldCount + 5, qint64(merged ? 2 : 0));
    if (Status s = insert.run(); !s)
        return s;
    const qint64 seq = insert.lastInsertRowid();
    work.indexedAtInsert.insert(id);
    if (merged)
        return Done{};
    const ClientIndexText text =
        clientIndexText(value("given_name"), value("family_name"), value("phone"), value("email"), value("tags"));
    sql::Statement &index = *statements.clientIndex;
    index.reset();
    index.bind(1, seq);
    index.bind(2, text.name);
    index.bind(3, text.contact);
    index.bind(4, text.tags);
    return index.run();
}

/** Field-level last writer wins: a field takes the remote value only if its clock is newer. */
Status applyUpsert(const EntitySpec &spec, const Notebook::RemoteChange &change, PageWork &work)
{
    const Result<std::optional<Existing>> found = work.find(spec, change.entityId);
    if (!found)
        return Error{found.errorMessage()};
    const std::optional<Existing> &row = *found;
    if (row && row->deleted)
        return Done{}; // deletes win over any edit
    // A record not on the device has no clocks (an erasure removes both), so
    // every field it sends is accepted.
    QHash<QString, QString> clocks;
    if (row) {
        Result<QHash<QString, QString>> stored = work.clocksOf(spec, change.entityId, *row);
        if (!stored)
            return Error{stored.errorMessage()};
        clocks = std::move(stored.value());
    }
    EntityStatements &statements = work.statementsFor(spec);
    const int fieldCount = int(spec.fields.size());
    std::vector<std::optional<QVariant>> accepted(size_t(fieldCount), std::nullopt);
    bool any = false;
    for (auto it = change.fields.constBegin(); it != change.fields.constEnd(); ++it) {
        const int index = statements.fieldIndex.value(it.key(), -1);
        if (index < 0)
            continue;
        const auto clock = clocks.constFind(it.key());
        if (clock != clocks.cend() && !(change.hlc > *clock))
            continue; // ours is as new or newer (an echo of our own write is equal)
        std::optional<QVariant> value = spec.fromJson(it.key(), it.value());
        if (!value)
            continue; // a value that does not fit its field is refused, never truncated
        accepted[size_t(index)] = std::move(value);
        any = true;
    }
    if (!any)
        return Done{};

    if (row) {
        QStringList columns;
        for (int i = 0; i < fieldCount; ++i) {
            if (accepted[size_t(i)])
                columns << spec.fields.at(i);
        }
        const QString key = columns.join(QLatin1String(", "));
        std::unique_ptr<sql::Statement> &update = statements.updates[key];
        if (!update) {
            update = std::make_unique<sql::Statement>(
                work.db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                             .arg(spec.table, columns.join(QLatin1String(" = ?, "))));
        }
        update->reset();
        int bindIndex = 1;
        for (int i = 0; i < fieldCount; ++i) {
            if (accepted[size_t(i)])
                update->bind(bindIndex++, *accepted[size_t(i)]);
        }
        update->bind(bindIndex, change.entityId);
        if (Status s = update->run(); !s)
            return s;
    } else {
        sql::Statement &insert = statements.insert;
        insert.reset();
        for (int i = 0; i < fieldCount; ++i) {
            const std::optional<QVariant> &value = accepted[size_t(i)];
            insert.bind(i + 1, value ? *value : spec.defaultValue(spec.fields.at(i)));
        }
        qint64 mask = 0;
        for (int i = 0; i < fieldCount; ++i) {
            if (accepted[size_t(i)])
                mask |= qint64(1) << i;
        }
        insert.bind(fieldCount + 1, change.entityId);
        insert.bind(fieldCount + 2, change.hlc);
        insert.bind(fieldCount + 3, mask);
        if (statements.clientIndex) {
            if (Status s = insertClient(spec, change.entityId, accepted, statements, work); !s)
                return s;
        } else if (Status s = insert.run(); !s) {
            return s;
        }
    }
    if (row && row->rowClock == change.hlc && !change.hlc.isEmpty()) {
        // The row's own clock (rare: one change split in two): its mask takes the fields.
        QStringList fields;
        for (int i = 0; i < fieldCount; ++i) {
            if (accepted[size_t(i)])
                fields << spec.fields.at(i);
        }
        if (Status s = work.flushClocks(); !s)
            return s;
        if (Status s = setFieldClocks(work.db, spec, change.entityId, fields, change.hlc); !s)
            return s;
    } else if (row) {
        for (int i = 0; i < fieldCount; ++i) {
            if (accepted[size_t(i)])
                work.pendingClocks[{spec.entity, change.entityId, spec.fields.at(i)}] = change.hlc;
        }
    }
    work.written[spec.table].insert(change.entityId);
    work.touched(spec, change.entityId, !row);
    if (row)
        work.changedAfterInsert(change.entityId);
    if (spec.entity == QLatin1String("note")) {
        const auto value = [&](const QString &field) {
            const std::optional<QVariant> &v = accepted[size_t(statements.fieldIndex.value(field))];
            return v ? v->toString() : QString();
        };
        const QString clientId = value(QStringLiteral("client_id"));
        if (row) {
            work.lastSeen.insert(row->clientId); // the note may have moved
            work.lastSeen.insert(clientId.isNull() ? row->clientId : clientId);
        } else {
            work.noteAdded(clientId, {value(QStringLiteral("created_at")), value(QStringLiteral("author_id")),
                                      value(QStringLiteral("store_id"))});
        }
    }
    return Done{};
}

Status applyDelete(const QSqlDatabase &db, const EntitySpec &spec, const Notebook::RemoteChange &change,
                   const HlcStamp &stamp, PageWork &work)
{
    const Result<std::optional<Existing>> found = work.find(spec, change.entityId);
    if (!found)
        return Error{found.errorMessage()};
    const std::optional<Existing> &row = *found;
    if (row && row->deleted)
        return Done{};
    if (Status s = writeTombstone(db, spec, change.entityId, stamp); !s)
        return s;
    work.written[spec.table].insert(change.entityId);
    work.changedAfterInsert(change.entityId);
    if (row) {
        work.touched(spec, change.entityId, false);
        if (spec.entity == QLatin1String("note"))
            work.lastSeen.insert(row->clientId);
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
        // A merge made on this device keeps the person's values for its undo: they go too.
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM merge_journal WHERE kept_id = ? OR other_id = ?"),
                                 {id, id});
            !s)
            return s;
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
    const QJsonObject &object = change.fields;
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

/**
 * How a pulled page commits. Pulled changes need no fsync of their own: the
 * cursor commits with them, so a commit a power cut takes away is pulled
 * again, and the next durable commit on the notebook (a local write,
 * synchronous=FULL) flushes the log up to it anyway. The log is also copied
 * into the database less often (every 10,000 pages, 40 MB, instead of 1,000):
 * a first sync commits hundreds of pages, and each copy rewrites the index
 * pages every page touches. Both are set for the page's commit only; a
 * scope inside a bulk write (a savepoint) leaves the connection as it is.
 *
 * A large page (a snapshot page, a page of a long catch-up) also gets a page
 * cache of 32 MiB instead of SQLite's 2 MB, kept from one large page to the
 * next: a first sync's inserts land all over the id and search indexes, and
 * with the small cache each page wrote its pages to the log before the
 * commit and read them back (with it the apply took about 40% less time).
 * The next small page gives the memory back.
 */
class PulledPageSettings
{
public:
    static constexpr int LargePage = 1000; // changes
    static constexpr int LargePageCacheKiB = 32 * 1024;
    static constexpr int UsualCacheKiB = 2000; // SQLite's default

    PulledPageSettings(const QSqlDatabase &db, qsizetype changes) : m_db(db)
    {
        if (sql::bulkDepth(m_db) != 0)
            return;
        const QVariant checkpoint = sql::scalar(m_db, QStringLiteral("PRAGMA wal_autocheckpoint"));
        m_checkpointPages = checkpoint.isValid() ? checkpoint.toInt() : 1000;
        if (!sql::exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL"))
            || !sql::exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint=10000")))
            qCWarning(lcCore) << "applying a pulled page with the notebook's usual settings";
        // Negative: KiB, not pages.
        const int wantedKiB = changes >= LargePage ? LargePageCacheKiB : UsualCacheKiB;
        if (sql::scalar(m_db, QStringLiteral("PRAGMA cache_size")).toInt() != -wantedKiB
            && !sql::exec(m_db, QStringLiteral("PRAGMA cache_size=-%1").arg(wantedKiB)))
            qCWarning(lcCore) << "applying a pulled page with the notebook's usual page cache";
    }
    ~PulledPageSettings()
    {
        if (m_checkpointPages == 0)
            return; // inside a bulk write: nothing was changed
        if (!sql::exec(m_db, QStringLiteral("PRAGMA synchronous=FULL"))
            || !sql::exec(m_db, QStringLiteral("PRAGMA wal_autocheckpoint=%1").arg(m_checkpointPages)))
            qCWarning(lcCore) << "could not restore the notebook's durability settings after a pulled page";
    }
    Q_DISABLE_COPY_MOVE(PulledPageSettings)

private:
    QSqlDatabase m_db;
    int m_checkpointPages = 0;
};

} // namespace

Status Notebook::applyRemotePage(const QList<RemoteChange> &changes, const QString &cursor)
{
    return applyRemoteChanges(changes, [&cursor](const QSqlDatabase &db) {
        return sql::exec(db,
                         QStringLiteral("INSERT INTO meta(key, value) VALUES('pull_cursor', ?) "
                                        "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                         {cursor});
    });
}

bool Notebook::holdsRecords() const
{
    const QSqlDatabase db = d->connection();
    for (const EntitySpec *spec : {&clientSpec(), &noteSpec(), &followUpSpec(), &conflictSpec()}) {
        const QVariant any = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM %1)").arg(spec->table));
        if (!any.isValid() || any.toInt() != 0)
            return true; // unreadable counts as holding: the history is always safe
    }
    return false;
}

Notebook::SnapshotProgress Notebook::snapshotProgress() const
{
    SnapshotProgress progress;
    QSqlQuery query(d->connection());
    if (!sql::exec(query, QStringLiteral("SELECT key, value FROM meta WHERE key IN "
                                         "('snapshot_next', 'snapshot_applied', 'snapshot_total')")))
        return progress;
    while (query.next()) {
        const QString key = query.value(0).toString();
        if (key == QLatin1String("snapshot_next"))
            progress.next = query.value(1).toString();
        else if (key == QLatin1String("snapshot_applied"))
            progress.applied = query.value(1).toLongLong();
        else
            progress.total = query.value(1).toLongLong();
    }
    return progress;
}

Status Notebook::applySnapshotPage(const QList<RemoteChange> &records, const SnapshotProgress &progress,
                                   const QString &cursor)
{
    return applyRemoteChanges(records, [&](const QSqlDatabase &db) -> Status {
        const QString upsert = QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                              "ON CONFLICT(key) DO UPDATE SET value = excluded.value");
        if (progress.next.isEmpty()) {
            // The last page: from here on the device pulls like any other, with every index.
            if (Status s = bulkindexes::restore(db); !s)
                return s;
            if (Status s = sql::exec(db, QStringLiteral("DELETE FROM meta WHERE key IN "
                                                        "('snapshot_next', 'snapshot_applied', 'snapshot_total')"));
                !s)
                return s;
            return sql::exec(db, upsert, {QStringLiteral("pull_cursor"), cursor});
        }
        // More pages follow into a notebook that held nothing before them (notes come after
        // the clients they belong to): the indexes wait for the last page.
        if (sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM note)")).toInt() == 0) {
            if (Status s = bulkindexes::defer(db); !s)
                return s;
        }
        for (const auto &[key, value] : {std::pair{QStringLiteral("snapshot_next"), progress.next},
                                         std::pair{QStringLiteral("snapshot_applied"), QString::number(progress.applied)},
                                         std::pair{QStringLiteral("snapshot_total"), QString::number(progress.total)}}) {
            if (Status s = sql::exec(db, upsert, {key, value}); !s)
                return s;
        }
        return Done{};
    });
}

Status Notebook::applyRemoteChanges(const QList<RemoteChange> &changes,
                                    const std::function<Status(const QSqlDatabase &)> &bookkeeping)
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
    // The page's statements end with this scope, before the files are scrubbed.
    bool erased = false;
    QSqlDatabase db = d->connection();
    const Status applied = [&]() -> Status {
        const PulledPageSettings settings(db, changes.size()); // ends after the transaction
        WriteTransaction transaction(db);
        if (!transaction.began())
            return Error{QStringLiteral("The notebook is busy; the pulled changes will be applied on the next sync.")};
        // Observing the newest clock of the page once persists the device clock once, not per change.
        if (newest)
            d->hlc.observe(*newest, db);
        PageWork work(db);
        work.noteSeqBefore = sql::scalar(db, QStringLiteral("SELECT coalesce(max(seq), 0) FROM note")).toLongLong();
        work.deferNoteIndexAt = d->noteIndexDeferThreshold;
        work.lastSeenAtRestore = bulkindexes::deferred(db);
        for (const EntitySpec *spec : {&clientSpec(), &noteSpec(), &followUpSpec(), &conflictSpec()}) {
            const QVariant any = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM %1)").arg(spec->table));
            if (any.isValid() && any.toInt() == 0)
                work.emptyTables.insert(spec->table);
        }
        for (const RemoteChange &change : changes) {
            Status result = Done{};
            if (change.entity == QLatin1String("store") || change.entity == QLatin1String("staff")) {
                result = applyReference(db, change);
            } else if (const EntitySpec *spec = entitySpec(change.entity)) {
                if (change.op == QLatin1String("upsert")) {
                    result = applyUpsert(*spec, change, work);
                } else if (change.op == QLatin1String("delete")) {
                    result = work.flushClocks(); // a tombstone and an erasure rewrite clocks in SQL
                    if (result)
                        result = applyDelete(db, *spec, change, *HlcStamp::parse(change.hlc), work);
                } else if (change.op == QLatin1String("erase")) {
                    result = work.flushClocks();
                    if (result)
                        result = applyErase(db, *spec, change.entityId, work);
                    work.erased = true;
                } else {
                    qCWarning(lcCore) << "skipping unknown op" << change.op << "for" << change.entity;
                }
            } else {
                // A newer server may know entities this app does not; skipping keeps sync going.
                qCWarning(lcCore) << "skipping change to unknown entity" << change.entity;
            }
            if (!result)
                return result;
        }
        if (Status s = work.finish(); !s)
            return s;
        if (Status s = bookkeeping(db); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
        erased = work.erased;
        return Done{};
    }();
    if (!applied)
        return applied;
    if (!changes.isEmpty())
        notifyChanged();
    // An erasure must leave no copy in the index, free pages or the WAL.
    return erased ? scrubFiles() : Status(Done{});
}

} // namespace rapport
