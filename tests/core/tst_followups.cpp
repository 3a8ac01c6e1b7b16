#include "testsupport.h"

using namespace rapport;
using rapport::test::TestNotebook;

TEST_CASE("a Purchase note offers an Education follow-up three days later", "[followups]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const Note purchase = t.addNote(client.id, NoteKind::Purchase, {}, QStringLiteral("cordless drill"));
    const auto offer = t.nb().followUpOfferFor(purchase);
    REQUIRE(offer);
    CHECK(offer->kind == FollowUpKind::Education);
    CHECK(offer->clientId == client.id);
    CHECK(offer->originNoteId == purchase.id);
    CHECK(offer->dueDate == purchase.createdAt.toLocalTime().date().addDays(3));
    CHECK(offer->reason
          == QStringLiteral("Ask how they are getting on with: cordless drill. Show them how to get the most from it."));

    Note older = purchase;
    older.createdAt = QDateTime(QDate(2026, 2, 27), QTime(12, 0), Qt::LocalTime);
    CHECK(t.nb().followUpOfferFor(older)->dueDate == QDate(2026, 3, 2));

    const Note chat = t.addNote(client.id, NoteKind::Conversation, QStringLiteral("Chatted"));
    CHECK_FALSE(t.nb().followUpOfferFor(chat));

    // Accepting the offer puts it in the Today list on its day.
    FollowUp accepted;
    accepted.clientId = offer->clientId;
    accepted.originNoteId = offer->originNoteId;
    accepted.dueDate = offer->dueDate;
    accepted.reason = offer->reason;
    accepted.kind = offer->kind;
    auto added = t.nb().addFollowUp(accepted);
    REQUIRE(added.ok());
    CHECK(added->assigneeId == t.sam.id);
    CHECK(added->status == FollowUpStatus::Open);
    CHECK(t.nb().followUpsDueBy(offer->dueDate.addDays(-1)).isEmpty());
    REQUIRE(t.nb().followUpsDueBy(offer->dueDate).size() == 1);
    CHECK(t.nb().followUpsDueBy(offer->dueDate, t.alex.id).isEmpty());
    CHECK(t.nb().openFollowUpsForClient(client.id).size() == 1);
}

TEST_CASE("finishing a keep-in-touch follow-up schedules the next from the client's interval", "[followups]")
{
    TestNotebook t;
    ClientChanges c;
    c.givenName = QStringLiteral("Ana");
    c.keepInTouchDays = 30;
    const Client client = t.nb().createClient(c).value();
    FollowUp keep;
    keep.clientId = client.id;
    keep.kind = FollowUpKind::KeepInTouch;
    keep.dueDate = QDate::currentDate().addDays(-2);
    keep.reason = QStringLiteral("Keep in touch");
    const FollowUp first = t.nb().addFollowUp(keep).value();

    auto done = t.nb().completeFollowUp(first.id);
    REQUIRE(done.ok());
    CHECK(done->status == FollowUpStatus::Done);
    const QList<FollowUp> open = t.nb().openFollowUpsForClient(client.id);
    REQUIRE(open.size() == 1);
    CHECK(open.first().id != first.id);
    CHECK(open.first().kind == FollowUpKind::KeepInTouch);
    CHECK(open.first().dueDate == QDate::currentDate().addDays(30));
    CHECK(open.first().assigneeId == first.assigneeId);

    // Other kinds, or a client without an interval, schedule nothing.
    FollowUp other;
    other.clientId = client.id;
    other.dueDate = QDate::currentDate();
    other.reason = QStringLiteral("Order arrived");
    const FollowUp once = t.nb().addFollowUp(other).value();
    REQUIRE(t.nb().completeFollowUp(once.id).ok());
    CHECK(t.nb().openFollowUpsForClient(client.id).size() == 1);

    ClientChanges noInterval;
    noInterval.keepInTouchDays = 0;
    REQUIRE(t.nb().updateClient(client.id, noInterval).ok());
    REQUIRE(t.nb().completeFollowUp(open.first().id).ok());
    CHECK(t.nb().openFollowUpsForClient(client.id).isEmpty());
}

TEST_CASE("snooze moves the due date and keeps the follow-up listed; cancel removes it", "[followups]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const QDate today = QDate::currentDate();
    FollowUp overdue;
    overdue.clientId = client.id;
    overdue.dueDate = today.addDays(-5);
    overdue.reason = QStringLiteral("Call about the order");
    const FollowUp f = t.nb().addFollowUp(overdue).value();
    CHECK(t.nb().followUpsDueBy(today).size() == 1);

    auto snoozed = t.nb().snoozeFollowUp(f.id, 2);
    REQUIRE(snoozed.ok());
    CHECK(snoozed->status == FollowUpStatus::Snoozed);
    CHECK(snoozed->dueDate == today.addDays(2)); // from today, not from the missed day
    CHECK(t.nb().followUpsDueBy(today).isEmpty());
    REQUIRE(t.nb().followUpsDueBy(today.addDays(2)).size() == 1);
    CHECK(t.nb().followUpsDueBy(today.addDays(2)).first().status == FollowUpStatus::Snoozed);

    CHECK_FALSE(t.nb().snoozeFollowUp(f.id, 0).ok());
    auto cancelled = t.nb().cancelFollowUp(f.id);
    REQUIRE(cancelled.ok());
    CHECK(cancelled->status == FollowUpStatus::Cancelled);
    CHECK(t.nb().followUpsDueBy(today.addDays(30)).isEmpty());
    CHECK_FALSE(t.nb().snoozeFollowUp(f.id, 1).ok());
}

TEST_CASE("follow-ups need a client, a day and a reason", "[followups][validation]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const int before = t.nb().pendingMutationCount();
    FollowUp noDay;
    noDay.clientId = client.id;
    noDay.reason = QStringLiteral("Call");
    CHECK(t.nb().addFollowUp(noDay).errorMessage().contains(QStringLiteral("day")));
    FollowUp noReason;
    noReason.clientId = client.id;
    noReason.dueDate = QDate::currentDate();
    CHECK_FALSE(t.nb().addFollowUp(noReason).ok());
    FollowUp noClient = noReason;
    noClient.clientId = QStringLiteral("missing");
    noClient.reason = QStringLiteral("Call");
    CHECK_FALSE(t.nb().addFollowUp(noClient).ok());
    CHECK(t.nb().pendingMutationCount() == before);
    CHECK(t.nb().openFollowUpsForClient(client.id).isEmpty());
}
