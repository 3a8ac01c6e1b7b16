// Handing clients over: the associate changes and each timeline says so, through the
// notebook's ordinary edits (so the outbox carries them to the server); only managers and
// admins may, and a refusal changes nothing.
#include "testsupport.h"

#include "handover.h"

#include <QJsonObject>

using namespace rapport;
using rapport::test::TestNotebook;

namespace {

struct Team
{
    Team()
    {
        REQUIRE(t.nb().upsertStaff(priya).ok());
        REQUIRE(t.nb().setCurrentStaff(t.sam.id).ok());
        for (int i = 0; i < 3; ++i)
            samsBook.append(t.addClient(QStringLiteral("Sam's"), QString::number(i)).id); // created by Sam: his book
        REQUIRE(t.nb().setCurrentStaff(priya.id).ok());
        priyas = t.addClient(QStringLiteral("Priya's"), QStringLiteral("own")).id;
        REQUIRE(t.nb().setCurrentStaff(t.alex.id).ok()); // the manager
    }
    QString associateOf(const QString &clientId) { return t.nb().client(clientId)->associateId; }
    QStringList handoverNotes(const QString &clientId)
    {
        QStringList bodies;
        for (const Note &note : t.nb().notesForClient(clientId))
            if (note.body.startsWith(QStringLiteral("Handed over")))
                bodies.append(note.body);
        return bodies;
    }

    TestNotebook t;
    Staff priya{QStringLiteral("staff-priya"), QStringLiteral("store-harbour"), QStringLiteral("Priya Nair"),
                QStringLiteral("priya"), StaffRole::Associate};
    QStringList samsBook;
    QString priyas;
};

} // namespace

TEST_CASE("a manager hands chosen clients over with a note in each timeline", "[handover]")
{
    Team team;
    for (const QString &id : team.samsBook)
        REQUIRE(team.associateOf(id) == team.t.sam.id);
    const int pendingBefore = team.t.nb().pendingMutationCount();

    const Result<int> handed = Handover(team.t.nb()).reassign({team.samsBook.at(0), team.samsBook.at(1)},
                                                              team.priya.id, QStringLiteral("Sam moves to Northgate"));
    INFO(handed.errorMessage().toStdString());
    REQUIRE(handed.ok());
    CHECK(*handed == 2);
    CHECK(team.associateOf(team.samsBook.at(0)) == team.priya.id);
    CHECK(team.associateOf(team.samsBook.at(1)) == team.priya.id);
    CHECK(team.associateOf(team.samsBook.at(2)) == team.t.sam.id);
    CHECK(team.handoverNotes(team.samsBook.at(0))
          == QStringList{QStringLiteral("Handed over from Sam Lee to Priya Nair\nSam moves to Northgate")});
    CHECK(team.handoverNotes(team.samsBook.at(2)).isEmpty());
    const Note note = team.t.nb().notesForClient(team.samsBook.at(0)).first();
    CHECK(note.authorId == team.t.alex.id); // signed by the manager who did it

    // Both edits are in the outbox, as the client's associate and a new note, so they sync.
    CHECK(team.t.nb().pendingMutationCount() == pendingBefore + 4);
    bool associateSent = false;
    for (const Mutation &m : team.t.nb().pendingMutations(1000))
        if (m.entity == QLatin1String("client") && m.entityId == team.samsBook.at(0)
            && test::jsonObject(m.fieldsJson).value(QStringLiteral("associate_id")).toString() == team.priya.id)
            associateSent = true;
    CHECK(associateSent);

    // Clients already with her are left alone: nothing to hand over, no note.
    const Result<int> again = Handover(team.t.nb()).reassign({team.samsBook.at(0)}, team.priya.id);
    REQUIRE(again.ok());
    CHECK(*again == 0);
    CHECK(team.handoverNotes(team.samsBook.at(0)).size() == 1);
}

TEST_CASE("a whole book goes over when someone leaves", "[handover]")
{
    Team team;
    const Result<int> handed = Handover(team.t.nb()).reassignBook(team.t.sam.id, team.priya.id);
    REQUIRE(handed.ok());
    CHECK(*handed == 3);
    for (const QString &id : team.samsBook) {
        CHECK(team.associateOf(id) == team.priya.id);
        CHECK(team.handoverNotes(id) == QStringList{QStringLiteral("Handed over from Sam Lee to Priya Nair")});
    }
    CHECK(team.associateOf(team.priyas) == team.priya.id);
    CHECK(team.handoverNotes(team.priyas).isEmpty());
    // Sam's book is empty now.
    const Result<int> empty = Handover(team.t.nb()).reassignBook(team.t.sam.id, team.priya.id);
    REQUIRE_FALSE(empty.ok());
    CHECK(empty.errorMessage().contains(QStringLiteral("no clients")));
}

TEST_CASE("an associate cannot hand clients over, and a refusal changes nothing", "[handover]")
{
    Team team;
    REQUIRE(team.t.nb().setCurrentStaff(team.t.sam.id).ok());
    const int pendingBefore = team.t.nb().pendingMutationCount();
    const Result<int> refused = Handover(team.t.nb()).reassignBook(team.t.sam.id, team.priya.id);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage().contains(QStringLiteral("Only a manager or admin")));
    const Result<int> chosen = Handover(team.t.nb()).reassign({team.samsBook.at(0)}, team.priya.id);
    REQUIRE_FALSE(chosen.ok());
    CHECK(team.associateOf(team.samsBook.at(0)) == team.t.sam.id);
    CHECK(team.t.nb().pendingMutationCount() == pendingBefore);

    // A manager's mistakes are refused before anything is written: an unknown associate or client.
    REQUIRE(team.t.nb().setCurrentStaff(team.t.alex.id).ok());
    CHECK_FALSE(Handover(team.t.nb()).reassign({team.samsBook.at(0)}, QStringLiteral("staff-nobody")).ok());
    const Result<int> missing = Handover(team.t.nb()).reassign({team.samsBook.at(0), QStringLiteral("no-such-client")},
                                                               team.priya.id);
    REQUIRE_FALSE(missing.ok());
    CHECK(team.associateOf(team.samsBook.at(0)) == team.t.sam.id);
    CHECK(team.t.nb().pendingMutationCount() == pendingBefore);
}
