#include "testsupport.h"

#include "changerecorder.h"

#include <QSqlQuery>

using namespace rapport;
using rapport::test::jsonObject;
using rapport::test::TestNotebook;

namespace {

const QString OtherDevice = QStringLiteral("0191f0c2-0000-7000-8000-0000000c0ffe");

Notebook::RemoteChange remote(const QString &entity, const QString &id, const QString &hlc,
                              const QJsonObject &fields)
{
    return Notebook::RemoteChange{entity, id, QStringLiteral("upsert"), hlc, fields};
}

/** The clock of one field as merging reads it: the row's or the field's own (see fieldClocks). */
QString clockOf(Notebook &nb, const QString &entity, const QString &id, const QString &field)
{
    const EntitySpec *spec = entitySpec(entity);
    REQUIRE(spec);
    return fieldClocks(nb.database().connection(), *spec, id).value(field);
}

/** Sam's note edited here, and a losing edit from Sam's other device delivered as a conflict. */
struct ConflictFixture
{
    ConflictFixture()
    {
        client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
        note = t.addNote(client.id, NoteKind::Conversation, QStringLiteral("Wants the blue coat"));
        const HlcStamp mine = *HlcStamp::parse(t.nb().pendingMutations(1000).last().hlc);
        otherHlc = HlcStamp{mine.wallMs - 5000, 0, OtherDevice}.toString();
        conflictId = QStringLiteral("0191f0c2-0000-8000-8000-0000000000c1");
        const QList<Notebook::RemoteChange> page{
            remote(QStringLiteral("conflict"), conflictId, mine.toString(),
                   {{QStringLiteral("entity"), QStringLiteral("note")},
                    {QStringLiteral("entity_id"), note.id},
                    {QStringLiteral("field"), QStringLiteral("body")},
                    {QStringLiteral("value"), QStringLiteral("Wants the green coat")},
                    {QStringLiteral("hlc"), otherHlc},
                    {QStringLiteral("resolved"), 0}}),
        };
        REQUIRE(t.nb().applyRemotePage(page, QStringLiteral("7")).ok());
        outboxBefore = t.nb().pendingMutationCount();
    }

    QList<Mutation> newMutations() { return t.nb().pendingMutations(1000).mid(outboxBefore); }

    TestNotebook t;
    Client client;
    Note note;
    QString otherHlc;
    QString conflictId;
    int outboxBefore = 0;
};

} // namespace

TEST_CASE("conflicts: a pulled conflict is listed for its note and its client", "[conflicts]")
{
    ConflictFixture f;
    const QList<NoteConflict> forNote = f.t.nb().conflictsForNote(f.note.id);
    REQUIRE(forNote.size() == 1);
    CHECK(forNote.first().id == f.conflictId);
    CHECK(forNote.first().noteId == f.note.id);
    CHECK(forNote.first().clientId == f.client.id);
    CHECK(forNote.first().otherBody == QStringLiteral("Wants the green coat"));
    CHECK(forNote.first().otherHlc == f.otherHlc);
    CHECK(forNote.first().otherDeviceId == OtherDevice);
    CHECK(forNote.first().otherEditedAt.toMSecsSinceEpoch() == HlcStamp::parse(f.otherHlc)->wallMs);
    const QList<NoteConflict> forClient = f.t.nb().conflictsForClient(f.client.id);
    REQUIRE(forClient.size() == 1);
    CHECK(forClient.first().id == f.conflictId);

    const Client other = f.t.addClient(QStringLiteral("Ben"), QStringLiteral("Ode"));
    CHECK(f.t.nb().conflictsForClient(other.id).isEmpty());
    // A deleted note takes its conflicts off the lists.
    REQUIRE(f.t.nb().deleteNote(f.note.id).ok());
    CHECK(f.t.nb().conflictsForNote(f.note.id).isEmpty());
    CHECK(f.t.nb().conflictsForClient(f.client.id).isEmpty());
}

TEST_CASE("conflicts: taking the other text records the body with its base clock and the resolution",
          "[conflicts]")
{
    ConflictFixture f;
    const QString bodyClock = clockOf(f.t.nb(), QStringLiteral("note"), f.note.id, QStringLiteral("body"));
    REQUIRE(!bodyClock.isEmpty());
    const NoteConflict conflict = f.t.nb().conflictsForNote(f.note.id).first();

    const Result<Note> resolved = f.t.nb().resolveConflict(conflict.id, conflict.otherBody);
    INFO(resolved.errorMessage().toStdString());
    REQUIRE(resolved.ok());
    CHECK(resolved->body == QStringLiteral("Wants the green coat"));
    CHECK(f.t.nb().note(f.note.id)->body == QStringLiteral("Wants the green coat"));
    CHECK(f.t.nb().conflictsForNote(f.note.id).isEmpty());

    const QList<Mutation> sent = f.newMutations();
    REQUIRE(sent.size() == 2);
    CHECK(sent.at(0).entity == QStringLiteral("note"));
    CHECK(jsonObject(sent.at(0).fieldsJson).value(QStringLiteral("body")).toString()
          == QStringLiteral("Wants the green coat"));
    CHECK(jsonObject(sent.at(0).baseJson).value(QStringLiteral("body")).toString() == bodyClock);
    CHECK(sent.at(1).entity == QStringLiteral("conflict"));
    CHECK(sent.at(1).entityId == f.conflictId);
    CHECK(sent.at(1).op == QStringLiteral("upsert"));
    CHECK(jsonObject(sent.at(1).fieldsJson) == QJsonObject{{QStringLiteral("resolved"), 1}});
    CHECK(sent.at(0).hlc < sent.at(1).hlc);

    // Searching finds the chosen text, not the replaced one.
    QSqlQuery query(f.t.nb().database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'green'")));
    REQUIRE(query.next());
    CHECK(query.value(0).toInt() == 1);
    CHECK_FALSE(f.t.nb().resolveConflict(conflict.id, conflict.otherBody).ok()); // already settled
}

TEST_CASE("conflicts: keeping the current text only marks the conflict resolved", "[conflicts]")
{
    ConflictFixture f;
    REQUIRE(f.t.nb().resolveConflict(f.conflictId, f.note.body).ok());
    const QList<Mutation> sent = f.newMutations();
    REQUIRE(sent.size() == 1);
    CHECK(sent.first().entity == QStringLiteral("conflict"));
    CHECK(f.t.nb().note(f.note.id)->body == f.note.body);
    CHECK(f.t.nb().conflictsForClient(f.client.id).isEmpty());
}

TEST_CASE("conflicts: a merged text is saved, only the author may change the body", "[conflicts]")
{
    ConflictFixture f;
    const QString merged = QStringLiteral("Wants the blue coat, maybe the green one");
    REQUIRE(f.t.nb().setCurrentStaff(f.t.alex.id).ok());
    CHECK_FALSE(f.t.nb().resolveConflict(f.conflictId, merged).ok());
    CHECK(f.t.nb().pendingMutationCount() == f.outboxBefore); // nothing half-done
    CHECK(f.t.nb().conflictsForNote(f.note.id).size() == 1);

    REQUIRE(f.t.nb().setCurrentStaff(f.t.sam.id).ok());
    CHECK_FALSE(f.t.nb().resolveConflict(f.conflictId, QStringLiteral("  ")).ok());
    REQUIRE(f.t.nb().resolveConflict(f.conflictId, merged).ok());
    CHECK(f.t.nb().note(f.note.id)->body == merged);
    CHECK(f.t.nb().conflictsForNote(f.note.id).isEmpty());
    CHECK_FALSE(f.t.nb().resolveConflict(QStringLiteral("no-such-conflict"), merged).ok());
}

TEST_CASE("conflicts: a resolution pulled from another device closes it here", "[conflicts]")
{
    ConflictFixture f;
    const HlcStamp later{HlcStamp::parse(f.t.nb().pendingMutations(1000).last().hlc)->wallMs + 1000, 0, OtherDevice};
    REQUIRE(f.t.nb()
                .applyRemotePage({remote(QStringLiteral("conflict"), f.conflictId, later.toString(),
                                         {{QStringLiteral("resolved"), 1}})},
                                 QStringLiteral("8"))
                .ok());
    CHECK(f.t.nb().conflictsForNote(f.note.id).isEmpty());
}

TEST_CASE("conflicts: every body edit carries base.body, also of a note first seen from the server",
          "[conflicts]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const QString noteId = QStringLiteral("0191f0c2-0000-7000-8000-0000000000a1");
    const HlcStamp pulled{HlcStamp::parse(t.nb().pendingMutations(1000).last().hlc)->wallMs + 10, 0, OtherDevice};
    REQUIRE(t.nb()
                .applyRemotePage({remote(QStringLiteral("note"), noteId, pulled.toString(),
                                         {{QStringLiteral("client_id"), client.id},
                                          {QStringLiteral("kind"), QStringLiteral("conversation")},
                                          {QStringLiteral("body"), QStringLiteral("First words")},
                                          {QStringLiteral("author_id"), t.sam.id},
                                          {QStringLiteral("store_id"), t.sam.storeId}})},
                                 QStringLiteral("1"))
                .ok());
    Note edit = *t.nb().note(noteId);
    edit.body = QStringLiteral("Second words");
    REQUIRE(t.nb().updateNote(edit).ok());
    const Mutation sent = t.nb().pendingMutations(1000).last();
    CHECK(jsonObject(sent.baseJson).value(QStringLiteral("body")).toString() == pulled.toString());
    edit.body = QStringLiteral("Third words");
    REQUIRE(t.nb().updateNote(edit).ok());
    CHECK(jsonObject(t.nb().pendingMutations(1000).last().baseJson).value(QStringLiteral("body")).toString()
          == sent.hlc);
}
