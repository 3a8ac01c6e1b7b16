// The device's clock layout (schema 9: one clock per record, a field's own clock
// only where it differs): a device whose database was written in the old layout
// (a clock row for every field) upgrades and keeps merging exactly as before.
#include "fixture.h"

#include "changerecorder.h"
#include "entityspec.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <chrono>
#include <thread>

using namespace rapport;
using namespace rapport::test;

namespace {

int countOf(Notebook &notebook, const QString &statement)
{
    QSqlQuery query(notebook.database().connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

void run(QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    INFO(statement.toStdString() << ": " << query.lastError().text().toStdString());
    REQUIRE(query.exec(statement));
}

/**
 * Writes the database at `path` back in the layout of schema 8, as the app
 * before it kept clocks: every clocked field of a record gets its own clock row
 * (its row's clock unless it already has one), the row clock columns go, and
 * the file says version 8.
 */
void downgradeToVersion8(const QString &path)
{
    const QString name = QStringLiteral("downgrade-to-8");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        run(db, QStringLiteral("BEGIN"));
        for (const EntitySpec *spec : {&clientSpec(), &noteSpec(), &followUpSpec(), &conflictSpec()}) {
            for (int i = 0; i < spec->fields.size(); ++i) {
                run(db, QStringLiteral("INSERT OR IGNORE INTO field_clock(entity, entity_id, field, hlc) "
                                       "SELECT '%1', id, '%2', row_hlc FROM %3 WHERE row_clocked & %4 <> 0")
                            .arg(spec->entity, spec->fields.at(i), spec->table)
                            .arg(qint64(1) << i));
            }
            run(db, QStringLiteral("ALTER TABLE %1 DROP COLUMN row_hlc").arg(spec->table));
            run(db, QStringLiteral("ALTER TABLE %1 DROP COLUMN row_clocked").arg(spec->table));
        }
        run(db, QStringLiteral("COMMIT"));
        run(db, QStringLiteral("PRAGMA user_version = 8"));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QString serverView(Chain &chain, const Login &login)
{
    Device fresh(QStringLiteral("fresh"));
    signInOrFail(fresh, chain.server.url(), login);
    return snapshot(fresh.notebook());
}

} // namespace

TEST_CASE("A device upgraded from the old clock layout converges with a fresh device and the server",
          "[sync][clocks]")
{
    const Login priya{QStringLiteral("priya"), QStringLiteral("priya-secret-1"), QStringLiteral("associate")};
    const Login lee{QStringLiteral("lee"), QStringLiteral("lee-secret-1"), QStringLiteral("associate")};
    Chain chain({priya, lee});
    Device old(QStringLiteral("old tablet")), other(QStringLiteral("other tablet"));
    signInOrFail(old, chain.server.url(), chain.sam);
    signInOrFail(other, chain.server.url(), chain.alex);

    // History on the old device: records made here and pulled, fields edited after.
    QStringList clients;
    for (int i = 0; i < 6; ++i)
        clients << createClient(old.notebook(), QStringLiteral("Old%1").arg(i));
    const QString note = addNote(old.notebook(), clients.at(0), QStringLiteral("Wants a masonry drill"));
    REQUIRE(old.sync());
    REQUIRE(other.sync());
    const QString pulled = createClient(other.notebook(), QStringLiteral("Pulled"));
    REQUIRE(other.sync());
    REQUIRE(old.sync());
    ClientChanges phone;
    phone.phone = QStringLiteral("555 010 2030");
    REQUIRE(old.notebook().updateClient(clients.at(1), phone).ok());
    REQUIRE(old.notebook().updateClient(pulled, phone).ok());
    REQUIRE(old.sync());
    // Changes still waiting when the upgrade comes: an edit of a field with its own clock.
    ClientChanges email;
    email.email = QStringLiteral("old1@example.com");
    REQUIRE(old.notebook().updateClient(clients.at(1), email).ok());
    phone.phone = QStringLiteral("555 010 9999");
    REQUIRE(old.notebook().updateClient(clients.at(1), phone).ok());
    const int waiting = old.notebook().pendingMutationCount();
    REQUIRE(waiting == 2);

    const QString before = snapshot(old.notebook());
    const int clockRowsBefore = countOf(old.notebook(), QStringLiteral("SELECT count(*) FROM field_clock"));
    old.reopen([](const QString &path) { downgradeToVersion8(path); });
    CHECK(old.notebook().database().userVersion() == Database::SchemaVersion);
    // Same clock for every field as before the round trip, with far fewer clock rows:
    // only the fields edited after their record was written keep one.
    CHECK_SAME_DATA(snapshot(old.notebook()), before);
    CHECK(old.notebook().pendingMutationCount() == waiting);
    CHECK(countOf(old.notebook(), QStringLiteral("SELECT count(*) FROM field_clock")) <= clockRowsBefore);
    // clients[1]: phone, email and updated_at were edited after it was made; pulled: phone and updated_at.
    CHECK(countOf(old.notebook(), QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id IN ('%1', '%2')")
                                      .arg(clients.at(1), pulled))
          == 5);
    CHECK(countOf(old.notebook(), QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = '%1'")
                                      .arg(clients.at(0)))
          == 0);

    // Concurrent edits after the upgrade: same fields (last writer wins) and different fields (both kept).
    ClientChanges mine, theirs;
    mine.familyName = QStringLiteral("Upgraded");
    mine.interests = QStringLiteral("Garden");
    theirs.familyName = QStringLiteral("Other");
    theirs.sizes = QStringLiteral("M");
    REQUIRE(other.notebook().updateClient(clients.at(2), theirs).ok());
    // Each device's clock is the wall clock corrected by its own estimate of the server's offset
    // (within a millisecond or two on loopback): edits in the same few milliseconds may order
    // either way, so the later edit is made clearly later.
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
    REQUIRE(old.notebook().updateClient(clients.at(2), mine).ok()); // later clock: wins the family name
    REQUIRE(other.notebook().updateClient(clients.at(3), mine).ok());
    Note edit = *findNote(old.notebook(), clients.at(0), note);
    edit.body = QStringLiteral("Wants a masonry drill and wall plugs");
    REQUIRE(old.notebook().updateNote(edit).ok());
    REQUIRE(other.notebook().deleteClient(clients.at(4)).ok());

    REQUIRE(old.sync());
    REQUIRE(other.sync());
    REQUIRE(old.sync());
    CHECK(old.notebook().pendingMutationCount() == 0);
    const auto merged = old.notebook().client(clients.at(2));
    REQUIRE(merged);
    CHECK(merged->familyName == QStringLiteral("Upgraded"));
    CHECK(merged->sizes == QStringLiteral("M"));
    CHECK(merged->interests == QStringLiteral("Garden"));
    CHECK(old.notebook().client(clients.at(1))->phone == QStringLiteral("555 010 9999"));

    const QString server = serverView(chain, priya);
    CHECK_SAME_DATA(snapshot(old.notebook()), server);
    CHECK_SAME_DATA(snapshot(other.notebook()), server);
    CHECK_SAME_DATA(snapshot(old.notebook()), serverView(chain, lee));
}
