#include "sqlutil.h"
#include "testsupport.h"

#include <QSqlQuery>

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

TEST_CASE("snooze moves the due date and keeps the follow-up listed, cancel removes it", "[followups]")
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

TEST_CASE("undoing done, snooze or cancel puts the follow-up back as a new write", "[followups][undo]")
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
    const FollowUp before = t.nb().addFollowUp(keep).value();

    // Done planned the next keep-in-touch; undo reopens this one and takes that back.
    REQUIRE(t.nb().completeFollowUp(before.id).ok());
    const QList<FollowUp> planned = t.nb().openFollowUpsForClient(client.id);
    REQUIRE(planned.size() == 1);
    const int outboxBefore = t.nb().pendingMutationCount();
    auto restored = t.nb().restoreFollowUp(before, {planned.first().id});
    REQUIRE(restored.ok());
    CHECK(restored->status == FollowUpStatus::Open);
    CHECK(restored->dueDate == before.dueDate);
    const QList<FollowUp> open = t.nb().openFollowUpsForClient(client.id);
    REQUIRE(open.size() == 1);
    CHECK(open.first().id == before.id);
    CHECK_FALSE(t.nb().followUp(planned.first().id));
    CHECK(t.nb().pendingMutationCount() > outboxBefore); // both recorded for sync

    // Snooze and cancel come back the same way.
    REQUIRE(t.nb().snoozeFollowUp(before.id, 3).ok());
    REQUIRE(t.nb().restoreFollowUp(before).ok());
    CHECK(t.nb().followUp(before.id)->dueDate == before.dueDate);
    CHECK(t.nb().followUp(before.id)->status == FollowUpStatus::Open);
    REQUIRE(t.nb().cancelFollowUp(before.id).ok());
    REQUIRE(t.nb().restoreFollowUp(before).ok());
    CHECK(t.nb().followUp(before.id)->status == FollowUpStatus::Open);

    // Only what the undone action made for this client is deleted.
    const Client other = t.addClient(QStringLiteral("Ben"), QStringLiteral("Okafor"));
    FollowUp elsewhere;
    elsewhere.clientId = other.id;
    elsewhere.dueDate = QDate::currentDate();
    elsewhere.reason = QStringLiteral("Order arrived");
    const FollowUp theirs = t.nb().addFollowUp(elsewhere).value();
    REQUIRE(t.nb().restoreFollowUp(before, {theirs.id}).ok());
    CHECK(t.nb().followUp(theirs.id));
}

TEST_CASE("Today by store lists what is assigned to anyone of that store", "[followups][scope]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    REQUIRE(t.nb().upsertStore(Store{QStringLiteral("store-north"), QStringLiteral("Northgate"), {}}).ok());
    const Staff mei{QStringLiteral("staff-mei"), QStringLiteral("store-north"), QStringLiteral("Mei Chen"),
                    QStringLiteral("mei"), StaffRole::Associate};
    REQUIRE(t.nb().upsertStaff(mei).ok());
    const QDate today = QDate::currentDate();
    for (const QString &assignee : {t.sam.id, t.alex.id, mei.id}) {
        FollowUp f;
        f.clientId = client.id;
        f.assigneeId = assignee;
        f.dueDate = today;
        f.reason = QStringLiteral("Call ") + assignee;
        REQUIRE(t.nb().addFollowUp(f).ok());
    }
    CHECK(t.nb().followUpsDueBy(today).size() == 3);
    CHECK(t.nb().followUpsDueBy(today, t.sam.id).size() == 1);
    const QList<FollowUp> harbour = t.nb().followUpsDueInStore(today, QStringLiteral("store-harbour"));
    REQUIRE(harbour.size() == 2);
    for (const FollowUp &f : harbour)
        CHECK(f.assigneeId != mei.id);
    REQUIRE(t.nb().followUpsDueInStore(today, QStringLiteral("store-north")).size() == 1);
    CHECK(t.nb().followUpsDueInStore(today.addDays(-1), QStringLiteral("store-north")).isEmpty());
}

TEST_CASE("device preferences stay on the device and apart from the sync state", "[settings]")
{
    TestNotebook t;
    CHECK(t.nb().localSetting(QStringLiteral("today_scope.staff-sam")).isEmpty());
    REQUIRE(t.nb().setLocalSetting(QStringLiteral("today_scope.staff-sam"), QStringLiteral("store")).ok());
    CHECK(t.nb().localSetting(QStringLiteral("today_scope.staff-sam")) == QStringLiteral("store"));
    REQUIRE(t.nb().setLocalSetting(QStringLiteral("device_id"), QStringLiteral("not-a-device")).ok());
    QSqlQuery stored(t.nb().database().connection());
    REQUIRE(stored.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'device_id'")));
    REQUIRE(stored.next());
    CHECK(stored.value(0).toString() == t.nb().deviceId()); // a preference never overwrites the device id
    CHECK(t.nb().pendingMutationCount() == 0); // nothing to sync
}

TEST_CASE("done_at is set when a follow-up is marked done and cleared when it is reopened or cancelled",
          "[followups][done_at]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    FollowUp input;
    input.clientId = client.id;
    input.dueDate = QDate::currentDate();
    input.reason = QStringLiteral("Show how the sander's dust bag fits");
    input.kind = FollowUpKind::Education;
    const FollowUp open = t.nb().addFollowUp(input).value();
    CHECK_FALSE(open.doneAt.isValid());
    // Not done: NULL in the row and not in the outbox.
    CHECK(t.nb().pendingMutations().last().fieldsJson.contains(QStringLiteral("done_at")) == false);

    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-1);
    const Result<FollowUp> done = t.nb().completeFollowUp(open.id);
    REQUIRE(done.ok());
    REQUIRE(done->doneAt.isValid());
    CHECK(done->doneAt >= before);
    CHECK(done->doneAt <= QDateTime::currentDateTimeUtc());
    CHECK(t.nb().followUp(open.id)->doneAt == done->doneAt);
    // Recorded for sync as time text.
    const QJsonObject recorded = test::jsonObject(t.nb().pendingMutations().last().fieldsJson);
    CHECK(recorded.value(QStringLiteral("done_at")).toString() == sql::timeText(done->doneAt));
    CHECK(recorded.value(QStringLiteral("status")).toString() == QStringLiteral("done"));

    // Undo of done reopens it and clears done_at, recorded as null.
    const Result<FollowUp> reopened = t.nb().restoreFollowUp(open);
    REQUIRE(reopened.ok());
    CHECK(reopened->status == FollowUpStatus::Open);
    CHECK_FALSE(reopened->doneAt.isValid());
    const QJsonObject cleared = test::jsonObject(t.nb().pendingMutations().last().fieldsJson);
    REQUIRE(cleared.contains(QStringLiteral("done_at")));
    CHECK(cleared.value(QStringLiteral("done_at")).isNull());
    QSqlQuery row(t.nb().database().connection());
    REQUIRE(row.exec(QStringLiteral("SELECT done_at IS NULL FROM follow_up WHERE id = '%1'").arg(open.id)));
    REQUIRE(row.next());
    CHECK(row.value(0).toInt() == 1);

    // Undo of a cancel on a done follow-up puts the done time back; cancelling clears it.
    const FollowUp doneAgain = t.nb().completeFollowUp(open.id).value();
    REQUIRE(t.nb().cancelFollowUp(open.id).ok());
    CHECK_FALSE(t.nb().followUp(open.id)->doneAt.isValid());
    REQUIRE(t.nb().restoreFollowUp(doneAgain).ok());
    CHECK(t.nb().followUp(open.id)->status == FollowUpStatus::Done);
    CHECK(t.nb().followUp(open.id)->doneAt == doneAgain.doneAt);
}
