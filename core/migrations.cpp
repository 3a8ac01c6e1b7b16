#include "migrations.h"

#include "changerecorder.h"
#include "entityspec.h"
#include "sqlutil.h"

#include <QSqlQuery>

namespace rapport::migrations {

namespace {

Status runAll(QSqlDatabase &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (Status s = sql::exec(db, statement); !s)
            return s;
    }
    return Done{};
}

} // namespace

// Synced tables carry `seq INTEGER PRIMARY KEY` so their rowid is stable (VACUUM
// keeps it) and the FTS tables can use it as their rowid; `id` is the UUIDv7 the
// device made. There are no foreign keys between synced tables on purpose: a pull
// may deliver a note before its client, and erasure removes rows in any order.
Status migrateTo1(QSqlDatabase &db)
{
    return runAll(db, {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT)"),
        QStringLiteral("CREATE TABLE store (id TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
                       "address TEXT NOT NULL DEFAULT '', deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE staff (id TEXT PRIMARY KEY, store_id TEXT NOT NULL DEFAULT '', "
                       "name TEXT NOT NULL DEFAULT '', login TEXT NOT NULL DEFAULT '', "
                       "role TEXT NOT NULL DEFAULT 'associate', deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE client (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "given_name TEXT, family_name TEXT, phone TEXT, email TEXT, preferred_channel TEXT, "
                       "consent_contact TEXT, consent_contact_at TEXT, consent_contact_by TEXT, "
                       "consent_marketing TEXT, consent_marketing_at TEXT, consent_marketing_by TEXT, "
                       "sizes TEXT, brands TEXT, interests TEXT, important_dates TEXT, tags TEXT, "
                       "keep_in_touch_days INTEGER NOT NULL DEFAULT 0, home_store_id TEXT, associate_id TEXT, "
                       "created_at TEXT, updated_at TEXT, "
                       "last_seen_at TEXT, last_seen_by TEXT, last_seen_store_id TEXT, "
                       "deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE note (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "client_id TEXT, kind TEXT, body TEXT, need_purpose TEXT, need_context TEXT, "
                       "need_have TEXT, need_duration TEXT, need_budget TEXT, items TEXT, amount_cents INTEGER, "
                       "author_id TEXT, store_id TEXT, created_at TEXT, updated_at TEXT, "
                       "deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE follow_up (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "client_id TEXT, assignee_id TEXT, due_date TEXT, reason TEXT, kind TEXT, status TEXT, "
                       "origin_note_id TEXT, created_at TEXT, updated_at TEXT, "
                       "deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE conflict (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, "
                       "entity TEXT, entity_id TEXT, field TEXT, value TEXT, hlc TEXT, "
                       "resolved INTEGER NOT NULL DEFAULT 0, deleted INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("CREATE TABLE field_clock (entity TEXT NOT NULL, entity_id TEXT NOT NULL, "
                       "field TEXT NOT NULL, hlc TEXT NOT NULL, PRIMARY KEY (entity, entity_id, field)) "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE outbox (mid INTEGER PRIMARY KEY AUTOINCREMENT, entity TEXT NOT NULL, "
                       "entity_id TEXT NOT NULL, op TEXT NOT NULL, fields TEXT NOT NULL, base TEXT NOT NULL, "
                       "hlc TEXT NOT NULL, created_at TEXT NOT NULL)"),
        QStringLiteral("CREATE VIRTUAL TABLE client_fts USING fts5(name, contact, tags, "
                       "tokenize=\"unicode61 remove_diacritics 2\", prefix='1 2 3 4')"),
        // Version 3 rebuilds this table with prefix indexes up to 8 letters.
        QStringLiteral("CREATE VIRTUAL TABLE note_fts USING fts5(text, client_id UNINDEXED, "
                       "tokenize=\"unicode61 remove_diacritics 2\", prefix='1 2 3 4')"),
        QStringLiteral("CREATE INDEX client_last_seen ON client(last_seen_at)"),
        QStringLiteral("CREATE INDEX note_client_created ON note(client_id, created_at)"),
        QStringLiteral("CREATE INDEX follow_up_status_due ON follow_up(status, due_date)"),
        QStringLiteral("CREATE INDEX follow_up_client ON follow_up(client_id)"),
    });
}

// Version 2: the recent-clients list skips tombstones, and the sync engine looks
// up pending outbox rows by entity (to drop them when a remote erase arrives).
Status migrateTo2(QSqlDatabase &db)
{
    return runAll(db, {
        QStringLiteral("CREATE INDEX client_recent ON client(deleted, last_seen_at)"),
        QStringLiteral("CREATE INDEX outbox_entity ON outbox(entity, entity_id)"),
    });
}

// Version 3: whole note words of 5+ letters were slow to find as prefixes (21-31
// ms at 500,000 notes; 0.1-0.3 ms with prefix indexes up to 8 letters), so
// note_fts is rebuilt with them. The client list sorts by (last seen, created),
// which the new recency index serves without a sort; client_recent is a prefix
// of it. Clients whose names have letters that remove_diacritics does not fold
// (ł, ø, ß, æ, œ, þ) or whose phones carry a country code are indexed again, so
// their folded names and national numbers are found.
Status migrateTo3(QSqlDatabase &db)
{
    if (Status s = runAll(db, {
            QStringLiteral("CREATE VIRTUAL TABLE note_fts_v3 USING fts5(text, client_id UNINDEXED, "
                           "tokenize=\"unicode61 remove_diacritics 2\", prefix='1 2 3 4 5 6 7 8')"),
            QStringLiteral("INSERT INTO note_fts_v3(rowid, text, client_id) SELECT rowid, text, client_id FROM note_fts"),
            QStringLiteral("DROP TABLE note_fts"),
            QStringLiteral("ALTER TABLE note_fts_v3 RENAME TO note_fts"),
            QStringLiteral("CREATE INDEX client_recency ON client(deleted, last_seen_at, created_at)"),
            QStringLiteral("DROP INDEX IF EXISTS client_recent"),
        });
        !s)
        return s;
    QStringList ids;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = sql::exec(query, QStringLiteral("SELECT id FROM client WHERE deleted = 0 AND (phone LIKE '+%' "
                                                       "OR given_name || ' ' || family_name GLOB ?)"),
                                 {QStringLiteral("*[\u0142\u0141\u00f8\u00d8\u00df\u00e6\u00c6\u0153\u0152\u00fe\u00de\u0111\u0110]*")});
            !s)
            return s;
        while (query.next())
            ids << query.value(0).toString();
    }
    for (const QString &id : std::as_const(ids)) {
        if (Status s = reindexClientText(db, id); !s)
            return s;
    }
    return Done{};
}

// Version 4: a shared tablet is used by several people, each with their own server
// session. Every outbox row names who made the change, so it is pushed with that
// person's session (and the server holds each note to its real author). Rows
// recorded before keep '' and go with the session of whoever is signed in.
Status migrateTo4(QSqlDatabase &db)
{
    return runAll(db, {QStringLiteral("ALTER TABLE outbox ADD COLUMN staff_id TEXT NOT NULL DEFAULT ''")});
}

// Version 5: search puts the client whose whole name is the query first, then
// those whose name starts with it ("ann" before "Joanne"), both in recency
// order. name_key (see namekey.h) is each client's name as search compares it,
// indexed so both are range look-ups on 50,000 clients; it is local and derived
// like last_seen_at, never synced.
Status migrateTo5(QSqlDatabase &db)
{
    if (Status s = runAll(db, {
            QStringLiteral("ALTER TABLE client ADD COLUMN name_key TEXT"),
            QStringLiteral("CREATE INDEX client_name_key ON client(name_key)"),
        });
        !s)
        return s;
    QStringList ids;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = sql::exec(query, QStringLiteral("SELECT id FROM client WHERE deleted = 0"), {}); !s)
            return s;
        while (query.next())
            ids << query.value(0).toString();
    }
    for (const QString &id : std::as_const(ids)) {
        if (Status s = refreshNameKey(db, id); !s)
            return s;
    }
    return Done{};
}

// Version 6: a follow-up records when it was marked done (synced `done_at`, NULL
// while not done; follow-ups finished before keep NULL, which the report counts as
// not on time). The report reads a period's notes from one covering index (the distinct
// clients of 12 weeks of 500,000 notes took 1.3 s read from the table, 0.09 s from the
// index) and looks around each note through a client's notes by time with their kind,
// which replaces note_client_created (its prefix, so the timeline keeps its order
// without a sort).
Status migrateTo6(QSqlDatabase &db)
{
    return runAll(db, {
        QStringLiteral("ALTER TABLE follow_up ADD COLUMN done_at TEXT"),
        QStringLiteral("CREATE INDEX note_period ON note(created_at, kind, client_id, store_id, author_id, "
                       "deleted, id)"),
        QStringLiteral("CREATE INDEX note_client_time ON note(client_id, created_at, kind, deleted)"),
        QStringLiteral("DROP INDEX IF EXISTS note_client_created"),
        QStringLiteral("CREATE INDEX follow_up_origin ON follow_up(origin_note_id)"),
    });
}

// Version 7: the report reads the clients' books, the follow-ups due and the follow-up
// planned from each purchase from covering indexes instead of the tables (the book scan,
// the longest keep-in-touch interval and the follow-up look-ups were half of the
// report's time at 50,000 clients). The last two replace indexes that are their prefix.
Status migrateTo7(QSqlDatabase &db)
{
    return runAll(db, {
        QStringLiteral("CREATE INDEX client_book ON client(deleted, keep_in_touch_days, home_store_id, "
                       "associate_id, created_at, id)"),
        QStringLiteral("CREATE INDEX follow_up_due ON follow_up(status, due_date, deleted, assignee_id, done_at, "
                       "client_id)"),
        QStringLiteral("DROP INDEX IF EXISTS follow_up_status_due"),
        QStringLiteral("CREATE INDEX follow_up_origin_done ON follow_up(origin_note_id, kind, status, deleted, "
                       "done_at)"),
        QStringLiteral("DROP INDEX IF EXISTS follow_up_origin"),
    });
}

// Version 8: two client records of one person can be merged. The record merged
// away keeps only `merged_into` (synced: the id of the client kept), and the
// device hides it by marking it `deleted = 2` (derived like name_key: a merged
// record still takes synced changes, so an undo can bring it back, which a
// delete's tombstone never does). `merge_journal` is local to the device that
// merged: what the merge changed and moved, so it can be undone there.
Status migrateTo8(QSqlDatabase &db)
{
    return runAll(db, {
        QStringLiteral("ALTER TABLE client ADD COLUMN merged_into TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("CREATE TABLE merge_journal (id TEXT PRIMARY KEY, kept_id TEXT NOT NULL, "
                       "other_id TEXT NOT NULL, merged_at TEXT NOT NULL, merged_by TEXT NOT NULL DEFAULT '', "
                       "undone_at TEXT, detail TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX merge_journal_time ON merge_journal(merged_at)"),
    });
}

// Version 9: a record carries one clock for the whole row (`row_hlc`, and in
// `row_clocked` which fields it is the clock of; see fieldClocks), and a field
// keeps a `field_clock` row only when its clock differs from the row's. A first
// sync wrote 15 clock rows per client and 14 per note; now it writes none. Each
// existing record takes as its row clock the clock most of its fields share
// (the newest of those when several tie), and those fields' rows go.
Status migrateTo9(QSqlDatabase &db)
{
    for (const EntitySpec *spec : {&clientSpec(), &noteSpec(), &followUpSpec(), &conflictSpec()}) {
        QStringList bits;
        for (int i = 0; i < spec->fields.size(); ++i)
            bits << QStringLiteral("WHEN '%1' THEN %2").arg(spec->fields.at(i)).arg(qint64(1) << i);
        const QString entity = spec->entity, table = spec->table;
        if (Status s = runAll(db, {
                QStringLiteral("ALTER TABLE %1 ADD COLUMN row_hlc TEXT NOT NULL DEFAULT ''").arg(table),
                QStringLiteral("ALTER TABLE %1 ADD COLUMN row_clocked INTEGER NOT NULL DEFAULT 0").arg(table),
                // Field names are the spec's own words; `deleted` (a tombstone's clock) keeps its row.
                QStringLiteral("UPDATE %1 SET row_hlc = coalesce((SELECT hlc FROM field_clock WHERE entity = '%2' "
                               "AND entity_id = %1.id AND field <> 'deleted' GROUP BY hlc "
                               "ORDER BY count(*) DESC, hlc DESC LIMIT 1), '')")
                    .arg(table, entity),
                QStringLiteral("UPDATE %1 SET row_clocked = (SELECT coalesce(sum(CASE field %3 ELSE 0 END), 0) "
                               "FROM field_clock WHERE entity = '%2' AND entity_id = %1.id AND hlc = %1.row_hlc) "
                               "WHERE row_hlc <> ''")
                    .arg(table, entity, bits.join(QLatin1Char(' '))),
                QStringLiteral("DELETE FROM field_clock WHERE entity = '%2' AND field IN ('%3') AND hlc = "
                               "(SELECT row_hlc FROM %1 WHERE id = field_clock.entity_id)")
                    .arg(table, entity, spec->fields.join(QLatin1String("', '"))),
            });
            !s)
            return s;
    }
    return Done{};
}

} // namespace rapport::migrations
