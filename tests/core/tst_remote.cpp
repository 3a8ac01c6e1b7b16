#include "testsupport.h"

#include "changerecorder.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QThread>

using namespace rapport;
using rapport::test::jsonObject;
using rapport::test::TestNotebook;

namespace {

const QString RemoteDevice = QStringLiteral("0191f0c2-0000-7000-8000-00000000beef");

QString remoteHlc(qint64 wallMs, int counter = 0)
{
    return HlcStamp{wallMs, counter, RemoteDevice}.toString();
}

Notebook::RemoteChange change(const QString &entity, const QString &id, const QString &op, const QString &hlc,
                              const QJsonObject &fields = {})
{
    return Notebook::RemoteChange{entity, id, op, hlc, fields};
}

int count(Notebook &nb, const QString &statement)
{
    QSqlQuery query(nb.database().connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

qint64 lastWall(Notebook &nb) { return HlcStamp::parse(nb.pendingMutations(1000).last().hlc)->wallMs; }

} // namespace

TEST_CASE("remote: newer field values win, older ones lose, field by field", "[remote]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const qint64 local = lastWall(t.nb());
    const int outbox = t.nb().pendingMutationCount();

    const QList<Notebook::RemoteChange> page{
        change(QStringLiteral("client"), client.id, QStringLiteral("upsert"), remoteHlc(local + 1000),
               {{QStringLiteral("given_name"), QStringLiteral("Anna")}}),
        change(QStringLiteral("client"), client.id, QStringLiteral("upsert"), remoteHlc(local - 1000),
               {{QStringLiteral("family_name"), QStringLiteral("Old")},
                {QStringLiteral("email"), QStringLiteral("anna@example.com")}}),
    };
    REQUIRE(t.nb().applyRemotePage(page, QStringLiteral("cursor-1")).ok());
    const auto stored = t.nb().client(client.id);
    CHECK(stored->givenName == QStringLiteral("Anna")); // newer remote clock
    CHECK(stored->familyName == QStringLiteral("Silva")); // local clock is newer
    CHECK(stored->email == QStringLiteral("anna@example.com")); // never written here
    CHECK(t.nb().pendingMutationCount() == outbox); // nothing recorded while applying
    CHECK(t.nb().pullCursor() == QStringLiteral("cursor-1"));
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'anna'")) == 1);

    // The local clock moved past the remote one: the next local edit wins over it.
    ClientChanges edit;
    edit.givenName = QStringLiteral("Ana Maria");
    REQUIRE(t.nb().updateClient(client.id, edit).ok());
    CHECK(remoteHlc(local + 1000) < t.nb().pendingMutations().last().hlc);
}

TEST_CASE("remote: echoes of our own writes change nothing", "[remote]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    ClientChanges first;
    first.familyName = QStringLiteral("Souza");
    REQUIRE(t.nb().updateClient(client.id, first).ok());
    const Mutation sent = t.nb().pendingMutations().last();
    ClientChanges second;
    second.familyName = QStringLiteral("Santos");
    REQUIRE(t.nb().updateClient(client.id, second).ok());
    const int outbox = t.nb().pendingMutationCount();

    // The server hands back the first edit after the second was made locally.
    REQUIRE(t.nb()
                .applyRemotePage({Notebook::RemoteChange{sent.entity, sent.entityId, sent.op, sent.hlc,
                                                         jsonObject(sent.fieldsJson)}},
                                 QStringLiteral("c2"))
                .ok());
    CHECK(t.nb().client(client.id)->familyName == QStringLiteral("Santos"));
    CHECK(t.nb().pendingMutationCount() == outbox);
}

TEST_CASE("remote: new clients and notes arrive with index and last seen", "[remote]")
{
    TestNotebook t;
    const QString clientId = newUuidV7();
    const QString noteId = newUuidV7();
    const qint64 wall = 1'764'000'000'000;
    QList<Notebook::RemoteChange> page{
        // The note may come before its client.
        change(QStringLiteral("note"), noteId, QStringLiteral("upsert"), remoteHlc(wall, 1),
               {{QStringLiteral("client_id"), clientId},
                {QStringLiteral("kind"), QStringLiteral("purchase")},
                {QStringLiteral("items"), QStringLiteral("sanding block")},
                {QStringLiteral("amount_cents"), 899},
                {QStringLiteral("author_id"), t.alex.id},
                {QStringLiteral("store_id"), QStringLiteral("store-harbour")},
                {QStringLiteral("created_at"), QStringLiteral("2026-11-20T10:00:00.000Z")}}),
        change(QStringLiteral("client"), clientId, QStringLiteral("upsert"), remoteHlc(wall),
               {{QStringLiteral("given_name"), QStringLiteral("Émile")},
                {QStringLiteral("family_name"), QStringLiteral("Roux")},
                {QStringLiteral("phone"), QStringLiteral("+33 6 12 34 56 78")},
                {QStringLiteral("tags"), QStringLiteral("diy,garden")},
                {QStringLiteral("keep_in_touch_days"), 60}}),
    };
    QSignalSpy changed(t.notebook.get(), &Notebook::changed);
    REQUIRE(t.nb().applyRemotePage(page, QStringLiteral("c1")).ok());
    CHECK(changed.size() == 1);
    const auto client = t.nb().client(clientId);
    REQUIRE(client);
    CHECK(client->givenName == QStringLiteral("Émile"));
    CHECK(client->keepInTouchDays == 60);
    CHECK(client->tags == QStringList{QStringLiteral("diy"), QStringLiteral("garden")});
    CHECK(client->lastSeenAt == QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
    CHECK(client->lastSeenByStaffId == t.alex.id);
    const auto note = t.nb().note(noteId);
    REQUIRE(note);
    CHECK(note->amountCents == 899);
    CHECK(note->kind == NoteKind::Purchase);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'emile'")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH '33612345678'")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'sanding'")) == 1);
    CHECK(t.nb().pendingMutationCount() == 0);
}

TEST_CASE("remote: last seen follows the newest note, whatever order the notes arrive in", "[remote]")
{
    TestNotebook t;
    const Client ana = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const Client ben = t.addClient(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    const qint64 wall = lastWall(t.nb()) + 1000;
    int tick = 0;
    const auto noteAt = [&](const QString &id, const QString &clientId, const char *time, const char *author) {
        return change(QStringLiteral("note"), id, QStringLiteral("upsert"), remoteHlc(wall, ++tick),
                      {{QStringLiteral("client_id"), clientId},
                       {QStringLiteral("kind"), QStringLiteral("conversation")},
                       {QStringLiteral("body"), QStringLiteral("Talked about paint")},
                       {QStringLiteral("author_id"), QLatin1String(author)},
                       {QStringLiteral("store_id"), QStringLiteral("store-") + QLatin1String(author)},
                       {QStringLiteral("created_at"), QLatin1String(time)}});
    };
    const auto seen = [&](const Client &client) {
        const auto c = t.nb().client(client.id);
        REQUIRE(c);
        return std::make_pair(sql::timeText(c->lastSeenAt), c->lastSeenByStaffId);
    };
    const QString ten = newUuidV7(), nine = newUuidV7(), eleven = newUuidV7(), eight = newUuidV7();
    REQUIRE(t.nb().applyRemotePage({noteAt(ten, ana.id, "2026-11-20T10:00:00.000Z", "maya")}, QStringLiteral("c1")).ok());
    CHECK(seen(ana) == std::make_pair(QStringLiteral("2026-11-20T10:00:00.000Z"), QStringLiteral("maya")));

    // An older note in a later page never moves last seen back; a newer one in the same page wins.
    REQUIRE(t.nb()
                .applyRemotePage({noteAt(eleven, ana.id, "2026-11-20T11:00:00.000Z", "sam"),
                                  noteAt(nine, ana.id, "2026-11-20T09:00:00.000Z", "jon")},
                                 QStringLiteral("c2"))
                .ok());
    CHECK(seen(ana) == std::make_pair(QStringLiteral("2026-11-20T11:00:00.000Z"), QStringLiteral("sam")));
    REQUIRE(t.nb().applyRemotePage({noteAt(eight, ana.id, "2026-11-20T08:00:00.000Z", "lee")}, QStringLiteral("c3")).ok());
    CHECK(seen(ana) == std::make_pair(QStringLiteral("2026-11-20T11:00:00.000Z"), QStringLiteral("sam")));
    CHECK(t.nb().client(ana.id)->lastSeenStoreId == QStringLiteral("store-sam"));

    // The newest note moves to Ben: Ana falls back to her newest remaining note, Ben takes it.
    REQUIRE(t.nb()
                .applyRemotePage({change(QStringLiteral("note"), eleven, QStringLiteral("upsert"), remoteHlc(wall, ++tick),
                                         {{QStringLiteral("client_id"), ben.id}})},
                                 QStringLiteral("c4"))
                .ok());
    CHECK(seen(ana) == std::make_pair(QStringLiteral("2026-11-20T10:00:00.000Z"), QStringLiteral("maya")));
    CHECK(seen(ben) == std::make_pair(QStringLiteral("2026-11-20T11:00:00.000Z"), QStringLiteral("sam")));

    // Deleting Ana's newest note, in the same page as an older new one, leaves the next newest.
    const QString seven = newUuidV7();
    REQUIRE(t.nb()
                .applyRemotePage({change(QStringLiteral("note"), ten, QStringLiteral("delete"), remoteHlc(wall, ++tick)),
                                  noteAt(seven, ana.id, "2026-11-20T07:00:00.000Z", "priya")},
                                 QStringLiteral("c5"))
                .ok());
    CHECK(seen(ana) == std::make_pair(QStringLiteral("2026-11-20T09:00:00.000Z"), QStringLiteral("jon")));
}

TEST_CASE("remote: after a pulled page, local writes are durable again", "[remote]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    REQUIRE(t.nb()
                .applyRemotePage({change(QStringLiteral("client"), client.id, QStringLiteral("upsert"),
                                         remoteHlc(lastWall(t.nb()) + 1000), {{QStringLiteral("email"), QStringLiteral("ana@example.com")}})},
                                 QStringLiteral("c1"))
                .ok());
    // A pulled page commits without an fsync of its own; the connection must
    // not keep that for what a person saves next.
    CHECK(count(t.nb(), QStringLiteral("PRAGMA synchronous")) == 2); // FULL
    CHECK(count(t.nb(), QStringLiteral("PRAGMA wal_autocheckpoint")) == 1000);
    CHECK(t.nb().client(client.id)->email == QStringLiteral("ana@example.com"));
}

TEST_CASE("remote: a delete wins over newer edits, local and remote", "[remote]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const Note note = t.addNote(client.id, NoteKind::Conversation, QStringLiteral("Paint colours"));
    const qint64 local = lastWall(t.nb());
    REQUIRE(t.nb()
                .applyRemotePage({change(QStringLiteral("note"), note.id, QStringLiteral("delete"),
                                         remoteHlc(local - 60'000))},
                                 QStringLiteral("c1"))
                .ok());
    CHECK_FALSE(t.nb().note(note.id));
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note_fts")) == 0);
    CHECK_FALSE(t.nb().client(client.id)->lastSeenAt.isValid());

    REQUIRE(t.nb()
                .applyRemotePage({change(QStringLiteral("note"), note.id, QStringLiteral("upsert"),
                                         remoteHlc(local + 60'000), {{QStringLiteral("body"), QStringLiteral("Back")}})},
                                 QStringLiteral("c2"))
                .ok());
    CHECK_FALSE(t.nb().note(note.id));

    // A delete of something never seen leaves a tombstone that later upserts respect.
    const QString unseen = newUuidV7();
    REQUIRE(t.nb()
                .applyRemotePage({change(QStringLiteral("client"), unseen, QStringLiteral("delete"), remoteHlc(local)),
                                  change(QStringLiteral("client"), unseen, QStringLiteral("upsert"),
                                         remoteHlc(local + 1), {{QStringLiteral("given_name"), QStringLiteral("Ghost")}})},
                                 QStringLiteral("c3"))
                .ok());
    CHECK_FALSE(t.nb().client(unseen));
    CHECK(t.nb().clientCount() == 1);
}

TEST_CASE("remote: erasure removes the client and everything about them", "[remote]")
{
    TestNotebook t;
    const Client gone = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("555 0101"));
    const Client kept = t.addClient(QStringLiteral("Bea"), QStringLiteral("Costa"));
    const Note n1 = t.addNote(gone.id, NoteKind::Purchase, {}, QStringLiteral("ladder"));
    t.addNote(gone.id, NoteKind::Other, QStringLiteral("Prefers mornings"));
    REQUIRE(t.nb().deleteNote(n1.id).ok()); // tombstones go too
    t.addNote(kept.id, NoteKind::Other, QStringLiteral("Prefers evenings"));
    FollowUp f;
    f.clientId = gone.id;
    f.dueDate = QDate::currentDate();
    f.reason = QStringLiteral("Call");
    REQUIRE(t.nb().addFollowUp(f).ok());

    REQUIRE(t.nb()
                .applyRemotePage({change(QStringLiteral("client"), gone.id, QStringLiteral("erase"),
                                         remoteHlc(lastWall(t.nb()) + 1))},
                                 QStringLiteral("c9"))
                .ok());
    CHECK_FALSE(t.nb().client(gone.id));
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client WHERE id = '%1'").arg(gone.id)) == 0);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note WHERE client_id = '%1'").arg(gone.id)) == 0);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM follow_up WHERE client_id = '%1'").arg(gone.id)) == 0);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note_fts")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = '%1'").arg(gone.id)) == 0);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM field_clock WHERE entity = 'note' AND entity_id "
                                       "NOT IN (SELECT id FROM note)"))
          == 0);
    // Only the kept client's own writes are still waiting to be pushed.
    for (const Mutation &m : t.nb().pendingMutations())
        CHECK(m.fieldsJson.contains(gone.id) == false);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM outbox WHERE entity_id = '%1'").arg(gone.id)) == 0);
    CHECK(t.nb().pendingMutationCount() == 2); // kept client + its note
    CHECK(t.nb().client(kept.id).has_value());
}

TEST_CASE("remote: a bad page changes nothing, cursor included", "[remote]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    REQUIRE(t.nb().applyRemotePage({}, QStringLiteral("c1")).ok());
    auto r = t.nb().applyRemotePage(
        {change(QStringLiteral("client"), client.id, QStringLiteral("upsert"), remoteHlc(lastWall(t.nb()) + 5),
                {{QStringLiteral("given_name"), QStringLiteral("Changed")}}),
         change(QStringLiteral("client"), client.id, QStringLiteral("upsert"), QStringLiteral("not-a-clock"),
                {{QStringLiteral("family_name"), QStringLiteral("X")}})},
        QStringLiteral("c2"));
    REQUIRE_FALSE(r.ok());
    CHECK(r.errorMessage().contains(QStringLiteral("unreadable clock")));
    CHECK(t.nb().pullCursor() == QStringLiteral("c1"));
    CHECK(t.nb().client(client.id)->givenName == QStringLiteral("Ana"));
}

TEST_CASE("remote: reference data and pages applied from a worker thread", "[remote]")
{
    TestNotebook t;
    QSignalSpy changed(t.notebook.get(), &Notebook::changed);
    const QList<Notebook::RemoteChange> page{
        change(QStringLiteral("store"), QStringLiteral("store-quay"), QStringLiteral("upsert"), remoteHlc(1),
               {{QStringLiteral("name"), QStringLiteral("Quay Rd")}}),
        change(QStringLiteral("staff"), QStringLiteral("staff-kai"), QStringLiteral("upsert"), remoteHlc(2),
               {{QStringLiteral("name"), QStringLiteral("Kai Moreau")},
                {QStringLiteral("store_id"), QStringLiteral("store-quay")},
                {QStringLiteral("role"), QStringLiteral("manager")}}),
    };
    QString error = QStringLiteral("not run");
    QThread *worker = QThread::create([&] {
        Status s = t.nb().applyRemotePage(page, QStringLiteral("w1"));
        error = s.errorMessage();
    });
    worker->start();
    REQUIRE(worker->wait(30000));
    delete worker;
    CHECK(error.isEmpty());
    // The signal is queued to the notebook's thread.
    CHECK(changed.isEmpty());
    QCoreApplication::processEvents();
    CHECK(changed.size() == 1);
    const auto kai = t.nb().staffById(QStringLiteral("staff-kai"));
    REQUIRE(kai);
    CHECK(kai->role == StaffRole::Manager);
    CHECK(kai->storeId == QStringLiteral("store-quay"));
    CHECK(t.nb().storeById(QStringLiteral("store-quay"))->name == QStringLiteral("Quay Rd"));
    CHECK(t.nb().pullCursor() == QStringLiteral("w1"));
}

TEST_CASE("remote: pages from a worker and local writes interleave without losing either", "[remote]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const int pages = 40;
    QStringList errors;
    QThread *worker = QThread::create([&] {
        for (int i = 0; i < pages; ++i) {
            const auto s = t.nb().applyRemotePage(
                {change(QStringLiteral("client"), newUuidV7(), QStringLiteral("upsert"), remoteHlc(1000 + i),
                        {{QStringLiteral("given_name"), QStringLiteral("Remote %1").arg(i)}})},
                QStringLiteral("p%1").arg(i));
            if (!s)
                errors << s.errorMessage();
        }
    });
    worker->start();
    int localNotes = 0;
    for (int i = 0; i < pages; ++i) {
        Note n;
        n.clientId = client.id;
        n.body = QStringLiteral("Local %1").arg(i);
        if (t.nb().addNote(n).ok())
            ++localNotes;
    }
    REQUIRE(worker->wait(60000));
    delete worker;
    CHECK(errors.isEmpty());
    CHECK(localNotes == pages);
    CHECK(t.nb().clientCount() == 1 + pages);
    CHECK(t.nb().notesForClient(client.id).size() == pages);
    CHECK(t.nb().pullCursor() == QStringLiteral("p%1").arg(pages - 1));
}

TEST_CASE("remote: a pulled record's clock is its row's, later edits of some fields get their own", "[remote][clocks]")
{
    TestNotebook t;
    const QString id = QStringLiteral("0191f0c2-0000-7000-8000-00000000c10c");
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    REQUIRE(t.nb().applyRemotePage({change(QStringLiteral("client"), id, QStringLiteral("upsert"), remoteHlc(at),
                                           {{QStringLiteral("given_name"), QStringLiteral("Ana")},
                                            {QStringLiteral("family_name"), QStringLiteral("Silva")},
                                            {QStringLiteral("phone"), QStringLiteral("555 0100")}})},
                                    QStringLiteral("c-1"))
                .ok());
    QSqlDatabase db = t.nb().database().connection();
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM field_clock")) == 0);
    CHECK(fieldClocks(db, clientSpec(), id)
          == QHash<QString, QString>{{QStringLiteral("given_name"), remoteHlc(at)},
                                     {QStringLiteral("family_name"), remoteHlc(at)},
                                     {QStringLiteral("phone"), remoteHlc(at)}});

    // A newer edit of one field, an older one of another, and one of a field never written.
    REQUIRE(t.nb().applyRemotePage({change(QStringLiteral("client"), id, QStringLiteral("upsert"), remoteHlc(at + 10),
                                           {{QStringLiteral("phone"), QStringLiteral("555 0199")}}),
                                    change(QStringLiteral("client"), id, QStringLiteral("upsert"), remoteHlc(at - 10),
                                           {{QStringLiteral("given_name"), QStringLiteral("Old")},
                                            {QStringLiteral("email"), QStringLiteral("ana@example.com")}})},
                                   QStringLiteral("c-2"))
                .ok());
    const auto stored = t.nb().client(id);
    REQUIRE(stored);
    CHECK(stored->phone == QStringLiteral("555 0199"));
    CHECK(stored->givenName == QStringLiteral("Ana")); // the row's clock is newer
    CHECK(stored->email == QStringLiteral("ana@example.com")); // no clock yet: any value is newer
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM field_clock")) == 2);
    CHECK(fieldClocks(db, clientSpec(), id)
          == QHash<QString, QString>{{QStringLiteral("given_name"), remoteHlc(at)},
                                     {QStringLiteral("family_name"), remoteHlc(at)},
                                     {QStringLiteral("phone"), remoteHlc(at + 10)},
                                     {QStringLiteral("email"), remoteHlc(at - 10)}});

    // A local edit sends the clocks it saw as its base, from the row or the field.
    ClientChanges edit;
    edit.familyName = QStringLiteral("Souza");
    edit.phone = QStringLiteral("555 0142");
    REQUIRE(t.nb().updateClient(id, edit).ok());
    const Mutation sent = t.nb().pendingMutations().last();
    const QJsonObject base = jsonObject(sent.baseJson);
    CHECK(base.value(QStringLiteral("family_name")).toString() == remoteHlc(at));
    CHECK(base.value(QStringLiteral("phone")).toString() == remoteHlc(at + 10));
}

TEST_CASE("remote: a record made here carries one clock for the fields it was made with", "[remote][clocks]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id = '%1'").arg(client.id)) == 0);
    const QString made = t.nb().pendingMutations().last().hlc;
    const QHash<QString, QString> clocks = fieldClocks(t.nb().database().connection(), clientSpec(), client.id);
    CHECK(clocks.value(QStringLiteral("given_name")) == made);
    CHECK(clocks.value(QStringLiteral("family_name")) == made);
    CHECK_FALSE(clocks.contains(QStringLiteral("sizes"))); // never written: no clock
}

TEST_CASE("remote: a client made and changed again in one page is indexed as it ends", "[remote][clocks]")
{
    TestNotebook t;
    const QString kept = QStringLiteral("0191f0c2-0000-7000-8000-0000000c1e01");
    const QString gone = QStringLiteral("0191f0c2-0000-7000-8000-0000000c1e02");
    const QString hidden = QStringLiteral("0191f0c2-0000-7000-8000-0000000c1e03");
    const qint64 at = QDateTime::currentMSecsSinceEpoch();
    const auto name = [](const QString &given, const QString &family) {
        return QJsonObject{{QStringLiteral("given_name"), given}, {QStringLiteral("family_name"), family},
                           {QStringLiteral("phone"), QStringLiteral("+44 7700 900123")}};
    };
    REQUIRE(t.nb().applyRemotePage(
                    {change(QStringLiteral("client"), kept, QStringLiteral("upsert"), remoteHlc(at), name(QStringLiteral("Łukasz"), QStringLiteral("Brown"))),
                     change(QStringLiteral("client"), gone, QStringLiteral("upsert"), remoteHlc(at), name(QStringLiteral("Gone"), QStringLiteral("Soon"))),
                     change(QStringLiteral("client"), hidden, QStringLiteral("upsert"), remoteHlc(at),
                            {{QStringLiteral("given_name"), QStringLiteral("Hidden")},
                             {QStringLiteral("merged_into"), kept}}),
                     change(QStringLiteral("client"), kept, QStringLiteral("upsert"), remoteHlc(at + 1),
                            {{QStringLiteral("family_name"), QStringLiteral("Green")}}),
                     change(QStringLiteral("client"), gone, QStringLiteral("delete"), remoteHlc(at + 1))},
                    QStringLiteral("c-1"))
                .ok());
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'green'")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'brown'")) == 0);
    // The folded name and the national number, as reindexClient writes them.
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'lukasz'")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH '7700900123'")) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client WHERE id = '%1' AND name_key = 'lukasz green'")
                            .arg(kept))
          == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client WHERE id = '%1' AND deleted = 2 AND name_key IS NULL")
                            .arg(hidden))
          == 1);
}

TEST_CASE("remote: a snapshot page commits with where the snapshot stands, and the last one sets the pull cursor",
          "[remote][snapshot]")
{
    TestNotebook t;
    const Client mine = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const qint64 local = lastWall(t.nb());
    const QString ada = QStringLiteral("0191f0c2-0000-7000-8000-0000000000a1");
    const QString bea = QStringLiteral("0191f0c2-0000-7000-8000-0000000000a2");
    const QString note = QStringLiteral("0191f0c2-0000-7000-8000-0000000000a3");
    const QString row = remoteHlc(local - 5000), later = remoteHlc(local - 2000);
    const QString client = QStringLiteral("client"), upsert = QStringLiteral("upsert");
    // Ada was written once; Bea's phone was edited later, so her entry comes as its row clock and then the phone's.
    // The snapshot also holds an older state of the client made here: its fields stay as they are.
    const QList<Notebook::RemoteChange> first{
        change(client, ada, upsert, row, {{QStringLiteral("given_name"), QStringLiteral("Ada")},
                                          {QStringLiteral("family_name"), QStringLiteral("Okafor")}}),
        change(client, bea, upsert, row, {{QStringLiteral("given_name"), QStringLiteral("Bea")},
                                          {QStringLiteral("family_name"), QStringLiteral("Lind")}}),
        change(client, bea, upsert, later, {{QStringLiteral("phone"), QStringLiteral("555 0101")}}),
        change(client, mine.id, upsert, row, {{QStringLiteral("given_name"), QStringLiteral("Older")}}),
    };
    REQUIRE(t.nb().applySnapshotPage(first, {QStringLiteral("TOKEN-1"), 3, 4}, QStringLiteral("41")).ok());
    Notebook::SnapshotProgress stood = t.nb().snapshotProgress();
    CHECK(stood.next == QStringLiteral("TOKEN-1"));
    CHECK(stood.applied == 3);
    CHECK(stood.total == 4);
    CHECK(t.nb().pullCursor().isEmpty()); // pulls wait for the last page
    CHECK(t.nb().client(mine.id)->givenName == QStringLiteral("Ana"));
    CHECK(t.nb().client(bea)->phone == QStringLiteral("555 0101"));
    // One clock row: Bea's phone, the one field written at another clock than its row.
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM field_clock WHERE entity_id IN ('%1', '%2')").arg(ada, bea)) == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH 'bea'")) == 1);

    // The last page: the pull cursor is the snapshot's, and nothing of the snapshot is left to resume.
    const QList<Notebook::RemoteChange> last{
        change(QStringLiteral("note"), note, upsert, row,
               {{QStringLiteral("client_id"), ada}, {QStringLiteral("kind"), QStringLiteral("conversation")},
                {QStringLiteral("body"), QStringLiteral("Asked about linen")}}),
    };
    REQUIRE(t.nb().applySnapshotPage(last, {QString(), 4, 4}, QStringLiteral("41")).ok());
    stood = t.nb().snapshotProgress();
    CHECK(stood.next.isEmpty());
    CHECK(stood.applied == 0);
    CHECK(t.nb().pullCursor() == QStringLiteral("41"));
    CHECK(t.nb().notesForClient(ada).size() == 1);
}

namespace {

/** Every index of the schema, as SQLite would build it. */
QStringList indexesOf(Notebook &nb)
{
    QSqlQuery query(nb.database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT name || ': ' || sql FROM sqlite_master "
                                      "WHERE type = 'index' AND sql IS NOT NULL ORDER BY name")));
    QStringList indexes;
    while (query.next())
        indexes << query.value(0).toString();
    return indexes;
}

/** A snapshot page of `clients` new clients, each with `notesEach` notes, ids counting from `first`. */
QList<Notebook::RemoteChange> snapshotPage(int first, int clients, int notesEach, const QString &hlc)
{
    QList<Notebook::RemoteChange> page;
    const auto id = [](int n) { return QStringLiteral("0191f0c2-0000-7000-8000-%1").arg(n, 12, 10, QLatin1Char('0')); };
    for (int c = first; c < first + clients; ++c) {
        if (notesEach == 0) {
            page << change(QStringLiteral("client"), id(c), QStringLiteral("upsert"), hlc,
                           {{QStringLiteral("given_name"), QStringLiteral("Guest%1").arg(c)},
                            {QStringLiteral("family_name"), QStringLiteral("Okafor")}});
        }
        for (int n = 0; n < notesEach; ++n) {
            page << change(QStringLiteral("note"), id(100000 + c * 10 + n), QStringLiteral("upsert"), hlc,
                           {{QStringLiteral("client_id"), id(c)}, {QStringLiteral("kind"), QStringLiteral("conversation")},
                            {QStringLiteral("body"), QStringLiteral("Asked about grout, visit %1").arg(n)},
                            {QStringLiteral("author_id"), id(900000 + n)},
                            {QStringLiteral("store_id"), id(800000 + n)},
                            {QStringLiteral("created_at"), QStringLiteral("2026-11-%1T10:00:00.000Z").arg(10 + n)}});
        }
    }
    return page;
}

// Clients seen at least once, and clients whose last seen is not their newest live note's.
const QString SeenClients = QStringLiteral("SELECT count(*) FROM client WHERE last_seen_at IS NOT NULL");
const QString LastSeenWrong = QStringLiteral(
    "SELECT count(*) FROM client c WHERE last_seen_at IS NOT (SELECT max(created_at) FROM note n "
    "WHERE n.client_id = c.id AND n.deleted = 0) OR last_seen_by IS NOT (SELECT author_id FROM note n "
    "WHERE n.client_id = c.id AND n.deleted = 0 AND n.created_at = c.last_seen_at) OR last_seen_store_id IS NOT "
    "(SELECT store_id FROM note n WHERE n.client_id = c.id AND n.deleted = 0 AND n.created_at = c.last_seen_at)");

} // namespace

TEST_CASE("remote: a snapshot into an empty notebook builds its indexes and each client's last seen at its last page, or at open or wipe "
          "after a stop",
          "[remote][snapshot]")
{
    TestNotebook t;
    const QStringList schema = indexesOf(t.nb());
    REQUIRE(schema.size() > 5);
    const QString hlc = remoteHlc(QDateTime::currentMSecsSinceEpoch() - 60000);
    const auto has = [&](const char *name) {
        return indexesOf(t.nb()).filter(QRegularExpression(QStringLiteral("^%1: ").arg(QLatin1String(name)))).size() == 1;
    };

    // The first page (clients) into empty tables: the indexes the apply does not read wait.
    REQUIRE(t.nb().applySnapshotPage(snapshotPage(0, 20, 0, hlc), {QStringLiteral("T1"), 20, 80}, QStringLiteral("9")).ok());
    CHECK_FALSE(has("note_period"));
    CHECK_FALSE(has("client_recency"));
    CHECK_FALSE(has("note_client_time")); // each client's last seen waits with it
    CHECK(has("follow_up_client")); // an erasure finds the client's follow-ups through it
    REQUIRE(t.nb().applySnapshotPage(snapshotPage(0, 20, 2, hlc), {QStringLiteral("T2"), 60, 80}, QStringLiteral("9")).ok());
    CHECK_FALSE(has("note_period"));

    // The app stops here: it opens with every index, and the snapshot goes on where it was.
    t.notebook.reset();
    auto reopened = Notebook::open(t.dir.path());
    REQUIRE(reopened.ok());
    t.notebook = std::move(reopened.value());
    CHECK(indexesOf(t.nb()) == schema);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index:%'")) == 0);
    CHECK(count(t.nb(), SeenClients) == 20);
    CHECK(count(t.nb(), LastSeenWrong) == 0);
    CHECK(t.nb().snapshotProgress().next == QStringLiteral("T2"));
    REQUIRE(t.nb().applySnapshotPage(snapshotPage(0, 10, 1, hlc), {QStringLiteral("T3"), 70, 80}, QStringLiteral("9")).ok());
    CHECK(indexesOf(t.nb()) == schema); // notes are already there: nothing is dropped again
    REQUIRE(t.nb().applySnapshotPage(snapshotPage(10, 10, 1, hlc), {QString(), 80, 80}, QStringLiteral("9")).ok());
    CHECK(indexesOf(t.nb()) == schema);
    CHECK(t.nb().pullCursor() == QStringLiteral("9"));
    CHECK(count(t.nb(), LastSeenWrong) == 0); // pages after the stop moved it note by note

    // A whole snapshot: built once at its last page, and what they index is right.
    REQUIRE(t.nb().wipe().ok());
    REQUIRE(t.nb().applySnapshotPage(snapshotPage(0, 30, 0, hlc), {QStringLiteral("A"), 30, 120}, QStringLiteral("12")).ok());
    CHECK_FALSE(has("note_period"));
    REQUIRE(t.nb().applySnapshotPage(snapshotPage(0, 30, 3, hlc), {QString(), 120, 120}, QStringLiteral("12")).ok());
    CHECK(indexesOf(t.nb()) == schema);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM meta WHERE key LIKE 'deferred_index:%'")) == 0);
    QSqlQuery check(t.nb().database().connection());
    REQUIRE(check.exec(QStringLiteral("PRAGMA integrity_check")));
    REQUIRE(check.next());
    CHECK(check.value(0).toString() == QStringLiteral("ok")); // every index holds exactly its table's rows
    check.finish();
    CHECK(count(t.nb(), QStringLiteral("PRAGMA threads")) == 0); // the builds' helper thread ends with them
    CHECK(t.nb().notesForClient(QStringLiteral("0191f0c2-0000-7000-8000-000000000007")).size() == 3);
    // Each client is last seen at its newest note, by its author, in its store.
    CHECK(count(t.nb(), SeenClients) == 30);
    CHECK(count(t.nb(), LastSeenWrong) == 0);
    const auto client7 = t.nb().client(QStringLiteral("0191f0c2-0000-7000-8000-000000000007"));
    REQUIRE(client7);
    CHECK(client7->lastSeenAt == QDateTime::fromString(QStringLiteral("2026-11-12T10:00:00.000Z"), Qt::ISODateWithMs));
    CHECK(client7->lastSeenByStaffId == QStringLiteral("0191f0c2-0000-7000-8000-000000900002"));
    CHECK(client7->lastSeenStoreId == QStringLiteral("0191f0c2-0000-7000-8000-000000800002"));
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note INDEXED BY note_period")) == 90);

    // A device reset in the middle of a snapshot keeps the schema whole.
    REQUIRE(t.nb().wipe().ok());
    REQUIRE(t.nb().applySnapshotPage(snapshotPage(0, 5, 0, hlc), {QStringLiteral("B"), 5, 50}, QStringLiteral("3")).ok());
    CHECK_FALSE(has("client_book"));
    REQUIRE(t.nb().wipe().ok());
    CHECK(indexesOf(t.nb()) == schema);
}
