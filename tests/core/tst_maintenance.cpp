#include "testsupport.h"

#include <QDateTime>
#include <QFile>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>

#include <atomic>

using namespace rapport;
using rapport::test::jsonObject;
using rapport::test::TestNotebook;

namespace {

Notebook::RemoteChange change(const QString &entity, const QString &id, const QString &op, const QString &hlc,
                              const QString &fieldsJson = QStringLiteral("{}"))
{
    return Notebook::RemoteChange{entity, id, op, hlc, jsonObject(fieldsJson)};
}

int count(Notebook &nb, const QString &statement)
{
    QSqlQuery query(nb.database().connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

/** Whether `text` occurs in the database file or its WAL, as stored bytes. */
bool inFiles(Notebook &nb, const QString &text)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
        QFile file(nb.database().filePath() + suffix);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(text.toUtf8()))
            return true;
    }
    return false;
}

QVariantMap rowOf(Notebook &nb, const QString &table, const QString &id)
{
    QSqlQuery query(nb.database().connection());
    query.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    query.addBindValue(id);
    REQUIRE(query.exec());
    REQUIRE(query.next());
    QVariantMap out;
    for (int i = 0; i < query.record().count(); ++i) {
        if (query.record().fieldName(i) != QLatin1String("seq"))
            out.insert(query.record().fieldName(i), query.value(i).toString());
    }
    return out;
}

QString deletedClock(Notebook &nb, const QString &entity, const QString &id)
{
    QSqlQuery query(nb.database().connection());
    query.prepare(QStringLiteral("SELECT hlc FROM field_clock WHERE entity = ? AND entity_id = ? AND field = 'deleted'"));
    query.addBindValue(entity);
    query.addBindValue(id);
    REQUIRE(query.exec());
    return query.next() ? query.value(0).toString() : QString();
}

} // namespace

TEST_CASE("maintenance: wipe empties the device but keeps its id, clock and rising outbox ids", "[maintenance]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Quillfeather"), QStringLiteral("555 0101"));
    t.addNote(client.id, NoteKind::Other, QStringLiteral("Asked about the Xylocarpa cabinet"));
    REQUIRE(t.nb().applyRemotePage({}, QStringLiteral("42")).ok());
    const qint64 lastMid = t.nb().pendingMutations(1000).last().mid;
    const HlcStamp clockBefore = t.nb().clock().last();
    const QString deviceId = t.nb().deviceId();

    REQUIRE(t.nb().wipe().ok());
    for (const char *table : {"client", "note", "follow_up", "conflict", "field_clock", "outbox", "store", "staff",
                              "client_fts", "note_fts"})
        CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM ") + QLatin1String(table)) == 0);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM meta WHERE key NOT IN ('hlc', 'device_id')")) == 0);
    CHECK(t.nb().pullCursor().isEmpty());
    CHECK(t.nb().currentStaffId().isEmpty());
    CHECK(t.nb().deviceId() == deviceId);
    CHECK_FALSE(inFiles(t.nb(), QStringLiteral("Xylocarpa")));
    CHECK_FALSE(inFiles(t.nb(), QStringLiteral("Quillfeather")));

    // Working again after a wipe: ids and clocks keep rising.
    REQUIRE(t.nb().upsertStaff(t.sam).ok());
    REQUIRE(t.nb().setCurrentStaff(t.sam.id).ok());
    t.addClient(QStringLiteral("Bea"), QStringLiteral("Costa"));
    const Mutation next = t.nb().pendingMutations().first();
    CHECK(next.mid > lastMid);
    CHECK(clockBefore < *HlcStamp::parse(next.hlc));
}

TEST_CASE("maintenance: a page with an erase leaves no erased text in the files", "[maintenance]")
{
    TestNotebook t;
    const Client gone = t.addClient(QStringLiteral("Ana"), QStringLiteral("Vandermeulen"));
    t.addNote(gone.id, NoteKind::Other, QStringLiteral("Allergic to Zephyranthes pollen"));
    const Client kept = t.addClient(QStringLiteral("Bea"), QStringLiteral("Costa"));
    t.addNote(kept.id, NoteKind::Other, QStringLiteral("Likes Ranunculus"));
    const HlcStamp later{t.nb().clock().last().wallMs + 10, 0, QStringLiteral("server-device")};

    // Applied on a worker, as the sync engine does; the worker closes its own connection.
    QString error = QStringLiteral("not run");
    QThread *worker = QThread::create([&] {
        error = t.nb()
                    .applyRemotePage({change(QStringLiteral("client"), gone.id, QStringLiteral("erase"),
                                             later.toString())},
                                     QStringLiteral("9"))
                    .errorMessage();
        t.nb().database().closeThisThreadConnection();
    });
    worker->start();
    REQUIRE(worker->wait(30000));
    delete worker;
    CHECK(error.isEmpty());
    CHECK_FALSE(inFiles(t.nb(), QStringLiteral("Zephyranthes")));
    CHECK_FALSE(inFiles(t.nb(), QStringLiteral("Vandermeulen")));
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'ranunculus'")) == 1);
}

TEST_CASE("maintenance: a local delete and the same delete pulled leave identical tombstones", "[maintenance]")
{
    TestNotebook a;
    TestNotebook b;
    const Client client = a.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const Note note = a.addNote(client.id, NoteKind::Need, QStringLiteral("Needs a ladder"));
    // B receives A's writes as the server would relay them.
    QList<Notebook::RemoteChange> relay;
    for (const Mutation &m : a.nb().pendingMutations(1000))
        relay << change(m.entity, m.entityId, m.op, m.hlc, m.fieldsJson);
    REQUIRE(b.nb().applyRemotePage(relay, QStringLiteral("1")).ok());
    REQUIRE(rowOf(a.nb(), QStringLiteral("note"), note.id) == rowOf(b.nb(), QStringLiteral("note"), note.id));

    REQUIRE(a.nb().deleteNote(note.id).ok());
    REQUIRE(a.nb().deleteClient(client.id).ok());
    relay.clear();
    for (const Mutation &m : a.nb().pendingMutations(1000)) {
        if (m.op == QLatin1String("delete"))
            relay << change(m.entity, m.entityId, m.op, m.hlc);
    }
    REQUIRE(relay.size() == 2);
    REQUIRE(b.nb().applyRemotePage(relay, QStringLiteral("2")).ok());
    for (const auto &[entity, id] : {std::pair{QStringLiteral("note"), note.id},
                                     std::pair{QStringLiteral("client"), client.id}}) {
        INFO(entity.toStdString());
        const QVariantMap local = rowOf(a.nb(), entity, id);
        CHECK(local == rowOf(b.nb(), entity, id));
        CHECK(local.value(QStringLiteral("deleted")).toString() == QStringLiteral("1"));
        CHECK_FALSE(local.value(QStringLiteral("updated_at")).toString().isEmpty());
        CHECK_FALSE(deletedClock(a.nb(), entity, id).isEmpty());
        CHECK(deletedClock(a.nb(), entity, id) == deletedClock(b.nb(), entity, id));
    }
}

TEST_CASE("maintenance: restampPending pulls future clocks back to now, keeping order and bases",
          "[maintenance]")
{
    const qint64 realNow = QDateTime::currentMSecsSinceEpoch();
    std::atomic<qint64> wall{realNow + 3'600'000}; // the device clock runs an hour ahead
    TestNotebook t([&wall] { return wall.load(); });
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    Note note = t.addNote(client.id, NoteKind::Other, QStringLiteral("First"));
    note.body = QStringLiteral("Second");
    REQUIRE(t.nb().updateNote(note).ok());
    const int rows = t.nb().pendingMutationCount();
    REQUIRE(rows == 3);

    wall = realNow; // corrected
    const Result<int> restamped = t.nb().restampPending(realNow, 5000);
    REQUIRE(restamped.ok());
    CHECK(*restamped == rows);
    const QList<Mutation> pending = t.nb().pendingMutations(1000);
    for (int i = 0; i < pending.size(); ++i) {
        const HlcStamp stamp = *HlcStamp::parse(pending.at(i).hlc);
        CHECK(stamp.wallMs <= realNow + 5000);
        if (i > 0)
            CHECK(pending.at(i - 1).hlc < pending.at(i).hlc);
    }
    // The second edit's base is the first note write's new clock; the field clock is the last write.
    CHECK(jsonObject(pending.at(2).baseJson).value(QStringLiteral("body")).toString() == pending.at(1).hlc);
    QSqlQuery clock(t.nb().database().connection());
    REQUIRE(clock.exec(QStringLiteral("SELECT hlc FROM field_clock WHERE entity = 'note' AND field = 'body'")));
    REQUIRE(clock.next());
    CHECK(clock.value(0).toString() == pending.at(2).hlc);
    CHECK(t.nb().clock().last().wallMs <= realNow + 5000);
    // New writes follow the re-stamped ones.
    t.addClient(QStringLiteral("Bea"), QStringLiteral("Costa"));
    CHECK(pending.last().hlc < t.nb().pendingMutations(1000).last().hlc);
    CHECK(t.nb().restampPending(realNow, 5000).value() == 0);
}

TEST_CASE("maintenance: a thread closes its own connection", "[maintenance]")
{
    TestNotebook t;
    const auto connectionsToFile = [&t] {
        int n = 0;
        for (const QString &name : QSqlDatabase::connectionNames())
            n += name.contains(t.nb().database().filePath()) ? 1 : 0;
        return n;
    };
    const int before = connectionsToFile();
    int during = 0;
    QThread *worker = QThread::create([&] {
        CHECK(t.nb().pullCursor().isEmpty()); // opens this thread's connection
        during = connectionsToFile();
        t.nb().database().closeThisThreadConnection();
    });
    worker->start();
    REQUIRE(worker->wait(30000));
    delete worker;
    CHECK(during == before + 1);
    CHECK(connectionsToFile() == before);
    CHECK(t.nb().clientCount() == 0); // the UI thread's connection still works
}
