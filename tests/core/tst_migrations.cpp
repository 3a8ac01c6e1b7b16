#include "changerecorder.h"
#include "database.h"
#include "notebook.h"
#include "sqlutil.h"
#include "testsupport.h"

#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>

using namespace rapport;

namespace {

QString execOne(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return query.lastError().text();
    return {};
}

QVariant scalar(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    REQUIRE(query.exec(statement));
    return query.next() ? query.value(0) : QVariant();
}

/** Rows written the way version 1 stored them, to check each later step keeps them. */
void insertVersion1Rows(QSqlDatabase &db)
{
    for (const char *statement : {
             "INSERT INTO meta(key, value) VALUES('device_id', 'dev-old')",
             "INSERT INTO client(id, given_name, family_name, phone, email, tags, keep_in_touch_days, created_at, "
             "updated_at) VALUES('c1', 'Zoë', 'Martin', '555 123 4567', 'zoe@example.com', 'vip,paint', 30, "
             "'2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z')",
             "INSERT INTO client_fts(rowid, name, contact, tags) SELECT seq, 'Zoë Martin', "
             "'zoe@example.com 555 123 4567 5551234567', 'vip paint' FROM client WHERE id = 'c1'",
             "INSERT INTO client(id, given_name, family_name, phone, created_at, updated_at) VALUES('c2', "
             "'Łukasz', 'Sørensen', '+1 555 010 2030', '2026-01-02T03:04:05.000Z', '2026-01-02T03:04:05.000Z')",
             "INSERT INTO client_fts(rowid, name, contact, tags) SELECT seq, 'Łukasz Sørensen', "
             "'+1 555 010 2030 15550102030', '' FROM client WHERE id = 'c2'",
             "INSERT INTO note(id, client_id, kind, body, amount_cents, created_at) VALUES('n1', 'c1', "
             "'purchase', 'Bought a drill', 12900, '2026-01-03T10:00:00.000Z')",
             "INSERT INTO note_fts(rowid, text, client_id) SELECT seq, 'Bought a drill', 'c1' FROM note "
             "WHERE id = 'n1'",
             "INSERT INTO follow_up(id, client_id, due_date, reason, kind, status) VALUES('f1', 'c1', "
             "'2026-01-06', 'Check the drill', 'education', 'open')",
             "INSERT INTO follow_up(id, client_id, due_date, reason, kind, status) VALUES('f2', 'c1', "
             "'2026-01-04', 'Called back', 'other', 'done')",
             "INSERT INTO field_clock(entity, entity_id, field, hlc) VALUES('client', 'c1', 'given_name', "
             "'001767000000000-00000-dev-old')",
             "INSERT INTO outbox(entity, entity_id, op, fields, base, hlc, created_at) VALUES('client', 'c1', "
             "'upsert', '{\"given_name\":\"Zoë\"}', '{\"given_name\":null}', '001767000000000-00000-dev-old', "
             "'2026-01-02T03:04:05.000Z')",
         }) {
        INFO(statement);
        REQUIRE(execOne(db, QString::fromUtf8(statement)).isEmpty());
    }
}

} // namespace

TEST_CASE("a database at every earlier schema version migrates to the latest and keeps its data", "[migrations]")
{
    for (int from = 0; from < Database::SchemaVersion; ++from) {
        DYNAMIC_SECTION("from version " << from)
        {
            QTemporaryDir dir;
            REQUIRE(dir.isValid());
            const QString path = dir.filePath(QStringLiteral("rapport.db"));
            const QString name = QStringLiteral("migration-test-%1").arg(from);
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                REQUIRE(db.open());
                REQUIRE(Database::migrate(db, from).ok());
                REQUIRE(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == from);
                if (from >= 1)
                    insertVersion1Rows(db);
                REQUIRE(Database::migrate(db).ok());
                CHECK(scalar(db, QStringLiteral("PRAGMA user_version")).toInt() == Database::SchemaVersion);
                // Version 2's and 3's indexes exist whatever the starting point; 3 drops client_recent.
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                                "name IN ('client_recency', 'outbox_entity')"))
                          .toInt()
                      == 2);
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'client_recent'"))
                          .toInt()
                      == 0);
                CHECK(scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'note_fts'"))
                          .toString()
                          .contains(QStringLiteral("prefix='1 2 3 4 5 6 7 8'")));
                // Version 6's done_at column and report indexes.
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('follow_up') "
                                                "WHERE name = 'done_at'"))
                          .toInt()
                      == 1);
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                                "name IN ('note_period', 'note_client_time')"))
                          .toInt()
                      == 2);
                // Version 7's covering indexes, which replace the two they extend.
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'index' AND "
                                                "name IN ('client_book', 'follow_up_due', 'follow_up_origin_done')"))
                          .toInt()
                      == 3);
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name IN "
                                                "('follow_up_status_due', 'follow_up_origin')"))
                          .toInt()
                      == 0);
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'note_client_created'"))
                          .toInt()
                      == 0);
                // Version 8's merged_into column and the local merge journal.
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM pragma_table_info('client') "
                                                "WHERE name = 'merged_into'"))
                          .toInt()
                      == 1);
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'merge_journal'"))
                          .toInt()
                      == 1);
                if (from >= 1)
                    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM client WHERE merged_into <> ''")).toInt() == 0);
                // Migrating again is a no-op.
                REQUIRE(Database::migrate(db).ok());
                db.close();
            }
            // Database::migrate cached statements under this name; drop them as Database::close
            // does, or they outlive their driver and leak (LeakSanitizer, scripts/test-sanitized).
            rapport::sql::forgetConnection(name);
            QSqlDatabase::removeDatabase(name);

            auto opened = Notebook::open(dir.path());
            INFO(opened.errorMessage().toStdString());
            REQUIRE(opened.ok());
            Notebook &nb = *opened.value();
            if (from >= 1) {
                CHECK(nb.deviceId() == QStringLiteral("dev-old"));
                const auto client = nb.client(QStringLiteral("c1"));
                REQUIRE(client);
                CHECK(client->givenName == QStringLiteral("Zoë"));
                CHECK(client->tags == QStringList{QStringLiteral("vip"), QStringLiteral("paint")});
                CHECK(client->keepInTouchDays == 30);
                const auto note = nb.note(QStringLiteral("n1"));
                REQUIRE(note);
                CHECK(note->amountCents == 12900);
                CHECK(nb.followUp(QStringLiteral("f1")).has_value());
                // Version 6: a follow-up done before done_at existed keeps it null (not on time).
                const auto finished = nb.followUp(QStringLiteral("f2"));
                REQUIRE(finished);
                CHECK(finished->status == FollowUpStatus::Done);
                CHECK_FALSE(finished->doneAt.isValid());
                CHECK(nb.pendingMutationCount() == 1);
                QSqlDatabase db = nb.database().connection();
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'zoe'"))
                          .toInt()
                      == 1);
                // Kept through the note_fts rebuild, and found by a long prefix.
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'drill'")).toInt()
                      == 1);
                // Version 5 keyed every older name the way search compares names (rows written
                // at version 5 or later get their key from the app itself).
                if (from < 5) {
                    CHECK(scalar(db, QStringLiteral("SELECT name_key FROM client WHERE id = 'c2'")).toString()
                          == QStringLiteral("lukasz sorensen"));
                    CHECK(scalar(db, QStringLiteral("SELECT name_key FROM client WHERE id = 'c1'")).toString()
                          == QStringLiteral("zoe martin"));
                }
                // Version 3 indexed the folded name and the national number of the older rows
                // (rows written at version 3 or later were indexed so when they were written).
                if (from < 3) {
                    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH "
                                                    "'name : lukasz AND name : sorensen'"))
                              .toInt()
                          == 1);
                    CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH "
                                                    "'contact : 5550102030'"))
                              .toInt()
                          == 1);
                }
                // Version 9: the one clock of c1 became its row's; no clock row is left.
                CHECK(fieldClocks(db, clientSpec(), QStringLiteral("c1"))
                      == QHash<QString, QString>{{QStringLiteral("given_name"),
                                                  QStringLiteral("001767000000000-00000-dev-old")}});
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM field_clock")).toInt() == 0);
                // Version 4: the waiting change recorded before authors were kept has none.
                CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM outbox WHERE staff_id = ''")).toInt() == 1);
                CHECK(nb.pendingMutations(10).first().staffId.isEmpty());
            } else {
                CHECK(nb.clientCount() == 0);
                CHECK(!nb.deviceId().isEmpty());
            }
            CHECK(nb.database().userVersion() == Database::SchemaVersion);
        }
    }
}

TEST_CASE("a fresh database gets the pragmas and the exact FTS tables", "[migrations]")
{
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(QStringLiteral("rapport.db")));
    REQUIRE(opened.ok());
    QSqlDatabase db = opened->connection();
    CHECK(scalar(db, QStringLiteral("PRAGMA journal_mode")).toString() == QStringLiteral("wal"));
    CHECK(scalar(db, QStringLiteral("PRAGMA synchronous")).toInt() == 2); // FULL
    CHECK(scalar(db, QStringLiteral("PRAGMA foreign_keys")).toInt() == 1);
    CHECK(scalar(db, QStringLiteral("PRAGMA busy_timeout")).toInt() == 5000);
    const QString clientFts =
        scalar(db, QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'client_fts'")).toString();
    CHECK(clientFts.contains(QStringLiteral("fts5(name, contact, tags")));
    CHECK(clientFts.contains(QStringLiteral("remove_diacritics 2")));
    CHECK(clientFts.contains(QStringLiteral("prefix='1 2 3 4'")));
    opened.value().close();
}

TEST_CASE("a database from a newer app is refused with a message, not damaged", "[migrations]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("rapport.db"));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        REQUIRE(execOne(db, QStringLiteral("PRAGMA user_version = 99")).isEmpty());
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    const QStringList connectionsBefore = QSqlDatabase::connectionNames();
    auto opened = Database::open(path);
    REQUIRE_FALSE(opened.ok());
    CHECK(opened.errorMessage().contains(QStringLiteral("newer version")));
    // The refused file leaves no connection (and no cached statements) behind.
    CHECK(QSqlDatabase::connectionNames() == connectionsBefore);
}

TEST_CASE("version 9 keeps every field's clock, as one row clock and the clocks that differ", "[migrations]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString name = QStringLiteral("migration-test-clocks");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("rapport.db")));
        REQUIRE(db.open());
        REQUIRE(Database::migrate(db, 8).ok());
        const auto clock = [](int n) { return QStringLiteral("0017670000000%1-00000-dev-old").arg(n, 2, 10, QLatin1Char('0')); };
        QStringList statements{
            QStringLiteral("INSERT INTO client(id, given_name) VALUES('c1', 'Ana'), ('c2', 'Ben'), ('c3', 'Cy')"),
            QStringLiteral("INSERT INTO note(id, client_id, body, deleted) VALUES('n1', 'c1', '', 1)"),
            QStringLiteral("INSERT INTO follow_up(id, client_id) VALUES('f1', 'c1')"),
        };
        // c1: three fields written together, two edited later; c2: a tie between two clocks;
        // c3: a clock row for a field the app does not know; n1: a tombstone's clock.
        const QList<std::tuple<QString, QString, QString, QString>> clocks{
            {QStringLiteral("client"), QStringLiteral("c1"), QStringLiteral("given_name"), clock(1)},
            {QStringLiteral("client"), QStringLiteral("c1"), QStringLiteral("family_name"), clock(1)},
            {QStringLiteral("client"), QStringLiteral("c1"), QStringLiteral("created_at"), clock(1)},
            {QStringLiteral("client"), QStringLiteral("c1"), QStringLiteral("phone"), clock(5)},
            {QStringLiteral("client"), QStringLiteral("c1"), QStringLiteral("updated_at"), clock(5)},
            {QStringLiteral("client"), QStringLiteral("c2"), QStringLiteral("given_name"), clock(2)},
            {QStringLiteral("client"), QStringLiteral("c2"), QStringLiteral("merged_into"), clock(3)},
            {QStringLiteral("client"), QStringLiteral("c3"), QStringLiteral("favourite_colour"), clock(4)},
            {QStringLiteral("note"), QStringLiteral("n1"), QStringLiteral("body"), clock(1)},
            {QStringLiteral("note"), QStringLiteral("n1"), QStringLiteral("client_id"), clock(1)},
            {QStringLiteral("note"), QStringLiteral("n1"), QStringLiteral("deleted"), clock(1)},
        };
        for (const auto &[entity, id, field, hlc] : clocks) {
            statements << QStringLiteral("INSERT INTO field_clock(entity, entity_id, field, hlc) "
                                         "VALUES('%1', '%2', '%3', '%4')").arg(entity, id, field, hlc);
        }
        for (const QString &statement : std::as_const(statements)) {
            INFO(statement.toStdString());
            REQUIRE(execOne(db, statement).isEmpty());
        }
        QHash<QString, QHash<QString, QString>> before;
        for (const auto &[entity, id, field, hlc] : clocks)
            before[id].insert(field, hlc);

        REQUIRE(Database::migrate(db).ok());
        CHECK(fieldClocks(db, clientSpec(), QStringLiteral("c1")) == before.value(QStringLiteral("c1")));
        CHECK(fieldClocks(db, clientSpec(), QStringLiteral("c2")) == before.value(QStringLiteral("c2")));
        CHECK(fieldClocks(db, clientSpec(), QStringLiteral("c3")) == before.value(QStringLiteral("c3")));
        CHECK(fieldClocks(db, noteSpec(), QStringLiteral("n1")) == before.value(QStringLiteral("n1")));
        CHECK(fieldClocks(db, followUpSpec(), QStringLiteral("f1")).isEmpty());
        // The clock most fields share is the row's (the newer one of a tie); only the others keep a row.
        CHECK(scalar(db, QStringLiteral("SELECT row_hlc FROM client WHERE id = 'c1'")).toString() == clock(1));
        CHECK(scalar(db, QStringLiteral("SELECT row_hlc FROM client WHERE id = 'c2'")).toString() == clock(3));
        CHECK(scalar(db, QStringLiteral("SELECT group_concat(field) FROM (SELECT field FROM field_clock "
                                        "WHERE entity_id = 'c1' ORDER BY field)"))
                  .toString()
              == QStringLiteral("phone,updated_at"));
        CHECK(scalar(db, QStringLiteral("SELECT group_concat(entity_id || '.' || field) FROM (SELECT entity_id, "
                                        "field FROM field_clock WHERE entity_id <> 'c1' ORDER BY 1, 2)"))
                  .toString()
              == QStringLiteral("c2.given_name,c3.favourite_colour,n1.deleted"));
        CHECK(scalar(db, QStringLiteral("SELECT row_clocked FROM follow_up WHERE id = 'f1'")).toInt() == 0);
        db.close();
    }
    rapport::sql::forgetConnection(name);
    QSqlDatabase::removeDatabase(name);
}

TEST_CASE("version 9 converts a large file of clock rows in one pass", "[migrations][clocks]")
{
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString name = QStringLiteral("migration-test-clocks-large");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(dir.filePath(QStringLiteral("rapport.db")));
        REQUIRE(db.open());
        REQUIRE(Database::migrate(db, 8).ok());
        // 2,000 clients with 15 clock rows each and 20,000 notes with 14, as a first sync wrote them
        // before version 9; every 10th note has its body edited later (its own, newer clock).
        const QString clients = clientSpec().fields.mid(0, 15).join(QLatin1String("'), ('"));
        const QString notes = noteSpec().fields.join(QLatin1String("'), ('"));
        for (const QString &statement : {
                 QStringLiteral("BEGIN"),
                 QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                                "INSERT INTO client(id, given_name) SELECT 'c' || i, 'Name' || i FROM n"),
                 QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 20000) "
                                "INSERT INTO note(id, client_id, body) SELECT 'n' || i, 'c' || (i % 2000 + 1), 'Body' FROM n"),
                 QStringLiteral("WITH f(field) AS (VALUES ('%1')) INSERT INTO field_clock(entity, entity_id, field, hlc) "
                                "SELECT 'client', id, field, '001767000000000-00000-dev-old' FROM client, f")
                     .arg(clients),
                 QStringLiteral("WITH f(field) AS (VALUES ('%1')) INSERT INTO field_clock(entity, entity_id, field, hlc) "
                                "SELECT 'note', id, field, CASE WHEN field = 'body' AND seq % 10 = 0 "
                                "THEN '001767000000009-00000-dev-old' ELSE '001767000000001-00000-dev-old' END FROM note, f")
                     .arg(notes),
                 QStringLiteral("COMMIT"),
             }) {
            INFO(statement.toStdString());
            REQUIRE(execOne(db, statement).isEmpty());
        }
        REQUIRE(scalar(db, QStringLiteral("SELECT count(*) FROM field_clock")).toInt() == 2000 * 15 + 20000 * 14);
        QElapsedTimer timer;
        timer.start();
        REQUIRE(Database::migrate(db).ok());
        WARN("version 9 converted " << 2000 * 15 + 20000 * 14 << " clock rows in " << timer.elapsed() << " ms");
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM field_clock")).toInt() == 2000);
        CHECK(scalar(db, QStringLiteral("SELECT count(*) FROM field_clock WHERE field = 'body' AND "
                                        "hlc = '001767000000009-00000-dev-old'"))
                  .toInt()
              == 2000);
        const QHash<QString, QString> edited = fieldClocks(db, noteSpec(), QStringLiteral("n10"));
        CHECK(edited.size() == noteSpec().fields.size());
        CHECK(edited.value(QStringLiteral("body")) == QStringLiteral("001767000000009-00000-dev-old"));
        CHECK(edited.value(QStringLiteral("kind")) == QStringLiteral("001767000000001-00000-dev-old"));
        CHECK(fieldClocks(db, clientSpec(), QStringLiteral("c7")).size() == 15);
        db.close();
    }
    rapport::sql::forgetConnection(name);
    QSqlDatabase::removeDatabase(name);
}
