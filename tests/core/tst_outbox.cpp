#include "testsupport.h"

#include "changerecorder.h"

#include <QSet>
#include <QSqlQuery>

using namespace rapport;
using rapport::test::jsonObject;
using rapport::test::TestNotebook;

namespace {

QSet<QString> keysOf(const QJsonObject &object)
{
    const QStringList keys = object.keys();
    return QSet<QString>(keys.cbegin(), keys.cend());
}

QSet<QString> set(std::initializer_list<const char *> names)
{
    QSet<QString> out;
    for (const char *name : names)
        out.insert(QLatin1String(name));
    return out;
}

/** The clock of one field as merging reads it: the row's or the field's own (see fieldClocks). */
QString clockOf(Notebook &nb, const QString &entity, const QString &id, const QString &field)
{
    const EntitySpec *spec = entitySpec(entity);
    REQUIRE(spec);
    return fieldClocks(nb.database().connection(), *spec, id).value(field);
}

} // namespace

TEST_CASE("outbox: create records exactly the non-empty fields, with null bases", "[outbox]")
{
    TestNotebook t;
    REQUIRE(t.nb().pendingMutationCount() == 0);
    ClientChanges c;
    c.givenName = QStringLiteral("Ana");
    c.phone = QStringLiteral("555 0101");
    c.tags = QStringList{QStringLiteral("vip"), QStringLiteral("paint")};
    c.importantDates = QList<ImportantDate>{{QStringLiteral("Anniversary"), QDate(2020, 6, 1)}};
    c.keepInTouchDays = 30;
    const Client client = t.nb().createClient(c).value();

    const QList<Mutation> outbox = t.nb().pendingMutations();
    REQUIRE(outbox.size() == 1);
    const Mutation &m = outbox.first();
    CHECK(m.entity == QStringLiteral("client"));
    CHECK(m.entityId == client.id);
    CHECK(m.op == QStringLiteral("upsert"));
    const QJsonObject fields = jsonObject(m.fieldsJson);
    CHECK(keysOf(fields)
          == set({"given_name", "phone", "tags", "important_dates", "keep_in_touch_days", "associate_id",
                  "home_store_id", "created_at", "updated_at"}));
    CHECK(fields.value(QStringLiteral("tags")).toString() == QStringLiteral("vip,paint"));
    CHECK(fields.value(QStringLiteral("keep_in_touch_days")).isDouble());
    CHECK(fields.value(QStringLiteral("keep_in_touch_days")).toInt() == 30);
    CHECK(fields.value(QStringLiteral("important_dates")).toString()
          == QStringLiteral("[{\"date\":\"2020-06-01\",\"label\":\"Anniversary\"}]"));
    const QJsonObject base = jsonObject(m.baseJson);
    CHECK(keysOf(base) == keysOf(fields));
    for (const QString &key : base.keys())
        CHECK(base.value(key).isNull());
    const auto stamp = HlcStamp::parse(m.hlc);
    REQUIRE(stamp);
    CHECK(stamp->deviceId == t.nb().deviceId());
    for (const QString &key : fields.keys())
        CHECK(clockOf(t.nb(), QStringLiteral("client"), client.id, key) == m.hlc);
    CHECK(clockOf(t.nb(), QStringLiteral("client"), client.id, QStringLiteral("email")).isEmpty());
}

TEST_CASE("outbox: an update records the changed field and updated_at, with their previous clocks", "[outbox]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const QString createHlc = t.nb().pendingMutations().first().hlc;

    ClientChanges change;
    change.familyName = QStringLiteral("Souza");
    change.givenName = QStringLiteral("Ana"); // same value: not recorded
    REQUIRE(t.nb().updateClient(client.id, change).ok());
    QList<Mutation> outbox = t.nb().pendingMutations();
    REQUIRE(outbox.size() == 2);
    const Mutation &m = outbox.last();
    CHECK(m.op == QStringLiteral("upsert"));
    CHECK(keysOf(jsonObject(m.fieldsJson)) == set({"family_name", "updated_at"}));
    CHECK(jsonObject(m.fieldsJson).value(QStringLiteral("family_name")).toString() == QStringLiteral("Souza"));
    const QJsonObject base = jsonObject(m.baseJson);
    CHECK(base.value(QStringLiteral("family_name")).toString() == createHlc);
    CHECK(base.value(QStringLiteral("updated_at")).toString() == createHlc);
    CHECK(createHlc < m.hlc);
    CHECK(outbox.first().mid < m.mid);

    // A field set for the first time has no previous clock.
    ClientChanges email;
    email.email = QStringLiteral("ana@example.com");
    REQUIRE(t.nb().updateClient(client.id, email).ok());
    const Mutation third = t.nb().pendingMutations().last();
    CHECK(keysOf(jsonObject(third.fieldsJson)) == set({"email", "updated_at"}));
    CHECK(jsonObject(third.baseJson).value(QStringLiteral("email")).isNull());
    CHECK(jsonObject(third.baseJson).value(QStringLiteral("updated_at")).toString() == m.hlc);
}

TEST_CASE("outbox: an update that changes nothing records nothing", "[outbox]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("555 0101"));
    const int before = t.nb().pendingMutationCount();
    ClientChanges same;
    same.givenName = QStringLiteral("Ana");
    same.phone = QStringLiteral("555 0101");
    same.tags = QStringList{};
    auto r = t.nb().updateClient(client.id, same);
    REQUIRE(r.ok());
    CHECK(r->updatedAt == client.updatedAt);
    CHECK(t.nb().pendingMutationCount() == before);

    const Note note = t.addNote(client.id, NoteKind::Other, QStringLiteral("Hello"));
    const int afterNote = t.nb().pendingMutationCount();
    REQUIRE(t.nb().updateNote(note).ok());
    CHECK(t.nb().pendingMutationCount() == afterNote);
}

TEST_CASE("outbox: notes record their fields, last seen stays local", "[outbox]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    Note purchase;
    purchase.clientId = client.id;
    purchase.kind = NoteKind::Purchase;
    purchase.items = QStringLiteral("cordless drill");
    purchase.amountCents = 12900;
    const Note note = t.nb().addNote(purchase).value();
    const QList<Mutation> outbox = t.nb().pendingMutations();
    REQUIRE(outbox.size() == 2); // the client, then the note; nothing for last_seen
    const Mutation &m = outbox.last();
    CHECK(m.entity == QStringLiteral("note"));
    const QJsonObject fields = jsonObject(m.fieldsJson);
    CHECK(keysOf(fields)
          == set({"client_id", "kind", "items", "amount_cents", "author_id", "store_id", "created_at",
                  "updated_at"}));
    CHECK(fields.value(QStringLiteral("amount_cents")).toInt() == 12900);
    CHECK(fields.value(QStringLiteral("kind")).toString() == QStringLiteral("purchase"));
    for (const Mutation &each : outbox)
        CHECK_FALSE(each.fieldsJson.contains(QStringLiteral("last_seen")));

    // Clearing the amount records an explicit null.
    Note edit = note;
    edit.amountCents.reset();
    REQUIRE(t.nb().updateNote(edit).ok());
    const QJsonObject cleared = jsonObject(t.nb().pendingMutations().last().fieldsJson);
    CHECK(keysOf(cleared) == set({"amount_cents", "updated_at"}));
    CHECK(cleared.value(QStringLiteral("amount_cents")).isNull());
}

TEST_CASE("outbox: a delete records one delete with no fields and clears the row", "[outbox]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const Note note = t.addNote(client.id, NoteKind::Conversation, QStringLiteral("Asked about paint"));
    const int before = t.nb().pendingMutationCount();
    REQUIRE(t.nb().deleteNote(note.id).ok());
    REQUIRE(t.nb().pendingMutationCount() == before + 1);
    const Mutation m = t.nb().pendingMutations().last();
    CHECK(m.entity == QStringLiteral("note"));
    CHECK(m.entityId == note.id);
    CHECK(m.op == QStringLiteral("delete"));
    CHECK(jsonObject(m.fieldsJson).isEmpty());
    QSqlQuery row(t.nb().database().connection());
    REQUIRE(row.exec(QStringLiteral("SELECT body, deleted, client_id FROM note")));
    REQUIRE(row.next());
    CHECK(row.value(0).toString().isEmpty());
    CHECK(row.value(1).toInt() == 1);
    CHECK(row.value(2).toString() == client.id);
}

TEST_CASE("outbox: acknowledged rows leave, later ones stay", "[outbox]")
{
    TestNotebook t;
    t.addClient(QStringLiteral("A"), QStringLiteral("One"));
    t.addClient(QStringLiteral("B"), QStringLiteral("Two"));
    t.addClient(QStringLiteral("C"), QStringLiteral("Three"));
    const QList<Mutation> outbox = t.nb().pendingMutations();
    REQUIRE(outbox.size() == 3);
    REQUIRE(t.nb().acknowledgeMutations(outbox.at(1).mid).ok());
    const QList<Mutation> left = t.nb().pendingMutations();
    REQUIRE(left.size() == 1);
    CHECK(left.first().mid == outbox.at(2).mid);
    CHECK(t.nb().pendingMutations(1).size() == 1);
}
