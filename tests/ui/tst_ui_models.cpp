// The presentation models and the session on a real notebook (SQLite file in a
// temporary folder, demo data), each model watched by QAbstractItemModelTester.
#include <catch2/catch.hpp>

#include "activitymodel.h"
#include "clientcard.h"
#include "clientlistmodel.h"
#include "duplicatemodel.h"
#include "followupmodel.h"
#include "measurelistmodel.h"
#include "importexport.h"
#include "session.h"
#include "staffmodel.h"
#include "teammodel.h"
#include "timelinemodel.h"

#include "syncengine.h"
#include "tokenstore.h"

#include "core/clientsearch.h"
#include "core/demodata.h"
#include "core/notebook.h"

#include <QAbstractItemModelTester>
#include <QCoreApplication>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace rapport;
using namespace rapport::ui;
using Tester = QAbstractItemModelTester;

namespace {

/** A notebook with a small demo chain and a session injected like main() does. */
struct Fixture
{
    QTemporaryDir dir;
    std::unique_ptr<Notebook> notebook;
    std::unique_ptr<Session> session;

    Fixture()
    {
        auto opened = Notebook::open(dir.path());
        REQUIRE(opened.ok());
        notebook = std::move(opened.value());
        DemoSize size;
        size.clients = 120; // more than two pages of 50
        size.notesPerClient = 3;
        REQUIRE(fillWithDemoData(*notebook, size).ok());
        REQUIRE(notebook->setCurrentStaff(notebook->staff().first().id).ok());
        session = std::make_unique<Session>(notebook.get(), dir.path());
        Session::setInstance(session.get());
    }
    ~Fixture() { Session::setInstance(nullptr); }

    Client anyClient() const
    {
        const auto first = ClientSearch(notebook->database().connection()).page(QString(), 0, 1);
        REQUIRE(first.size() == 1);
        return *notebook->client(first.first().id);
    }
};

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values.append(model.data(model.index(row, 0), role).toString());
    return values;
}

/** "a,b,c" as a list, for comparing columns. */
QStringList words(const char *commaSeparated)
{
    return QString::fromLatin1(commaSeparated).split(QLatin1Char(','));
}

} // namespace

TEST_CASE("client list pages through clients instead of loading them all")
{
    Fixture f;
    ClientListModel model;
    CHECK(model.rowCount() == ClientListModel::PageSize);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 2 * ClientListModel::PageSize);
    // The tester itself fetches more while checking, so it is attached after the paging checks.
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == f.notebook->clientCount());
}

TEST_CASE("client list finds a client typed by name and refreshes after edits")
{
    Fixture f;
    ClientListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const Client client = f.anyClient();
    model.setQuery(client.familyName.left(4));
    CHECK(column(model, ClientListModel::ClientIdRole).contains(client.id));

    const QString id = f.session->createClient({{QStringLiteral("givenName"), QStringLiteral("Zebedee")},
                                                {QStringLiteral("familyName"), QStringLiteral("Quillfeather")}});
    REQUIRE_FALSE(id.isEmpty());
    model.setQuery(QStringLiteral("quillf"));
    CHECK(column(model, ClientListModel::ClientIdRole) == QStringList{id});
    CHECK(model.data(model.index(0, 0), ClientListModel::InitialsRole).toString() == QStringLiteral("ZQ"));

    // The model follows the notebook: a rename shows without re-querying.
    REQUIRE(f.session->updateClient(id, {{QStringLiteral("givenName"), QStringLiteral("Zeb")}}));
    CHECK(model.data(model.index(0, 0), ClientListModel::DisplayNameRole).toString().startsWith(QStringLiteral("Zeb ")));
}

TEST_CASE("a client row reads out the name, when last seen and the open follow-ups")
{
    Fixture f;
    ClientListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const QString id = f.session->createClient({{QStringLiteral("givenName"), QStringLiteral("Zebedee")},
                                                {QStringLiteral("familyName"), QStringLiteral("Quillfeather")}});
    REQUIRE_FALSE(id.isEmpty());
    model.setQuery(QStringLiteral("quillfeather"));
    REQUIRE(model.rowCount() == 1);
    const auto spoken = [&] { return model.data(model.index(0, 0), ClientListModel::AccessibleTextRole).toString(); };
    CHECK(model.data(model.index(0, 0), ClientListModel::OpenFollowUpsRole).toInt() == 0);
    CHECK(spoken() == QStringLiteral("Zebedee Quillfeather. Not seen yet. No open follow-ups."));

    const QDate due = QDate::currentDate().addDays(3);
    REQUIRE(f.session->addFollowUp(id, due, QStringLiteral("Show the wall plugs")));
    REQUIRE(f.session->addFollowUp(id, due, QStringLiteral("Ask about the shelf")));
    CHECK(model.data(model.index(0, 0), ClientListModel::OpenFollowUpsRole).toInt() == 2);
    CHECK(spoken() == QStringLiteral("Zebedee Quillfeather. Not seen yet. 2 open follow-ups."));
}

TEST_CASE("client list offers near misses only when the search finds nobody")
{
    Fixture f;
    ClientListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    const QString id = f.session->createClient({{QStringLiteral("givenName"), QStringLiteral("Zebedee")},
                                                {QStringLiteral("familyName"), QStringLiteral("Quillfeather")}});
    REQUIRE_FALSE(id.isEmpty());
    QSignalSpy counted(&model, &ClientListModel::countChanged);
    model.setQuery(QStringLiteral("quilfeather"));
    CHECK(model.nearMiss());
    CHECK(column(model, ClientListModel::ClientIdRole) == QStringList{id});
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(counted.count() >= 1);
    model.setQuery(QStringLiteral("quillfeather"));
    CHECK_FALSE(model.nearMiss());
    CHECK(column(model, ClientListModel::ClientIdRole) == QStringList{id});
    model.setQuery(QStringLiteral("xqzvwk"));
    CHECK_FALSE(model.nearMiss());
    CHECK(model.rowCount() == 0);
}

TEST_CASE("timeline amounts are in the store's currency, as the note form reads them")
{
    Fixture f;
    const Client client = f.anyClient();
    const QVariantMap added = f.session->addNote({{QStringLiteral("clientId"), client.id},
                                                  {QStringLiteral("kind"), QStringLiteral("purchase")},
                                                  {QStringLiteral("items"), QStringLiteral("Bench vice")},
                                                  {QStringLiteral("amount"), QStringLiteral("1234.5")}});
    REQUIRE_FALSE(added.value(QStringLiteral("noteId")).toString().isEmpty());
    TimelineModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setClientId(client.id);
    const QString understood = f.session->readAmount(QStringLiteral("1234.5")).value(QStringLiteral("understood")).toString();
    REQUIRE(understood.size() > 4);
    CHECK(model.data(model.index(0, 0), TimelineModel::DetailsRole).toString()
          == QStringLiteral("Items: Bench vice · Amount: ") + understood);
}

TEST_CASE("duplicate model warns about an existing phone number while typing")
{
    Fixture f;
    Client client = f.anyClient();
    if (client.phone.isEmpty()) {
        REQUIRE(f.session->updateClient(client.id, {{QStringLiteral("phone"), QStringLiteral("555 010 2030")}}));
        client = *f.notebook->client(client.id);
    }
    DuplicateModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    CHECK(model.rowCount() == 0);
    model.setGivenName(QStringLiteral("Someone"));
    model.setPhone(client.phone);
    CHECK(column(model, DuplicateModel::ClientIdRole).contains(client.id));
    model.setExcludeId(client.id); // editing that very client: no warning about itself
    CHECK_FALSE(column(model, DuplicateModel::ClientIdRole).contains(client.id));
}

TEST_CASE("client card words consent and last seen")
{
    Fixture f;
    const Client client = f.anyClient();
    ClientCard card;
    QSignalSpy changed(&card, &ClientCard::changed);
    card.setClientId(client.id);
    CHECK(card.exists());
    CHECK(card.displayName() == client.displayName());
    CHECK(card.lastSeenText().startsWith(QStringLiteral("Last seen")));

    REQUIRE(f.session->setConsent(client.id, QStringLiteral("marketing"), QStringLiteral("withdrawn")));
    CHECK(changed.size() >= 2);
    CHECK(card.marketingConsent() == QStringLiteral("withdrawn"));
    CHECK(card.marketingConsentText().startsWith(QStringLiteral("Withdrawn")));
    CHECK(card.marketingConsentText().endsWith(QStringLiteral(" by ") + f.session->currentStaffName()));

    card.setClientId(QStringLiteral("no-such-client"));
    CHECK_FALSE(card.exists());
}

TEST_CASE("timeline lists notes newest first, delete and undo")
{
    Fixture f;
    const Client client = f.anyClient();
    TimelineModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setClientId(client.id);
    const int before = model.rowCount();

    const QVariantMap added = f.session->addNote({{QStringLiteral("clientId"), client.id},
                                                  {QStringLiteral("kind"), QStringLiteral("need")},
                                                  {QStringLiteral("needPurpose"), QStringLiteral("Hang a mirror")},
                                                  {QStringLiteral("needBudget"), QStringLiteral("30")}});
    REQUIRE(added.value(QStringLiteral("ok")).toBool());
    CHECK_FALSE(added.contains(QStringLiteral("offerDue"))); // only purchases offer a follow-up
    REQUIRE(model.rowCount() == before + 1);
    const QModelIndex newest = model.index(0, 0);
    CHECK(model.data(newest, TimelineModel::NoteIdRole) == added.value(QStringLiteral("noteId")));
    CHECK(model.data(newest, TimelineModel::DetailsRole).toString().contains(QStringLiteral("For: Hang a mirror")));
    CHECK(model.data(newest, TimelineModel::MineRole).toBool());

    const QString noteId = added.value(QStringLiteral("noteId")).toString();
    REQUIRE(f.session->deleteNote(noteId));
    CHECK(model.rowCount() == before);
    CHECK(f.session->canUndo());
    REQUIRE(f.session->undoDelete());
    CHECK(model.rowCount() == before + 1);
    CHECK(model.data(model.index(0, 0), TimelineModel::BodyRole).toString().isEmpty());
    CHECK_FALSE(f.session->undoDelete()); // only once
    CHECK_FALSE(f.session->lastError().isEmpty());
}

TEST_CASE("a purchase offers an education follow-up that shows in Today until done")
{
    Fixture f;
    const Client client = f.anyClient();
    FollowUpModel today;
    Tester todayTester(&today, Tester::FailureReportingMode::Fatal);
    FollowUpModel forClient;
    Tester clientTester(&forClient, Tester::FailureReportingMode::Fatal);
    forClient.setClientId(client.id);
    const int clientBefore = forClient.rowCount();

    const QVariantMap added = f.session->addNote({{QStringLiteral("clientId"), client.id},
                                                  {QStringLiteral("kind"), QStringLiteral("purchase")},
                                                  {QStringLiteral("items"), QStringLiteral("Masonry bit set")},
                                                  {QStringLiteral("amount"), QStringLiteral("24,90")}});
    REQUIRE(added.value(QStringLiteral("ok")).toBool());
    const QDate due = added.value(QStringLiteral("offerDue")).toDate();
    CHECK(due == QDate::currentDate().addDays(3));
    const QString noteId = added.value(QStringLiteral("noteId")).toString();
    CHECK(f.notebook->note(noteId)->amountCents == 2490);

    REQUIRE(f.session->acceptFollowUpOffer(noteId, QDate::currentDate(), QStringLiteral("Show how to drill tiles")));
    REQUIRE(forClient.rowCount() == clientBefore + 1);
    const QStringList reasons = column(today, FollowUpModel::ReasonRole);
    const int row = int(reasons.indexOf(QStringLiteral("Show how to drill tiles")));
    REQUIRE(row >= 0);
    CHECK(today.data(today.index(row, 0), FollowUpModel::SectionRole).toString() == QStringLiteral("Today"));
    CHECK(today.data(today.index(row, 0), FollowUpModel::ClientNameRole).toString() == client.displayName());

    const QString followUpId = today.data(today.index(row, 0), FollowUpModel::FollowUpIdRole).toString();
    REQUIRE(f.session->completeFollowUp(followUpId));
    CHECK_FALSE(column(today, FollowUpModel::FollowUpIdRole).contains(followUpId));
    CHECK(f.notebook->followUp(followUpId)->status == FollowUpStatus::Done);
}

TEST_CASE("timeline changes rows in place, so a view keeps its scroll position")
{
    Fixture f;
    const Client client = f.anyClient();
    TimelineModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setClientId(client.id);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    const int before = model.rowCount();

    const QVariantMap added = f.session->addNote({{QStringLiteral("clientId"), client.id},
                                                  {QStringLiteral("kind"), QStringLiteral("conversation")},
                                                  {QStringLiteral("body"), QStringLiteral("Asked about bench vices")}});
    REQUIRE(added.value(QStringLiteral("ok")).toBool());
    const QString noteId = added.value(QStringLiteral("noteId")).toString();
    CHECK(inserted.size() == 1);
    REQUIRE(f.session->updateNote(noteId, {{QStringLiteral("body"), QStringLiteral("Bought the bench vice")}}));
    CHECK(model.data(model.index(0, 0), TimelineModel::BodyRole).toString() == QStringLiteral("Bought the bench vice"));
    REQUIRE(f.session->deleteNote(noteId));
    CHECK(removed.size() == 1);
    CHECK(model.rowCount() == before);
    CHECK(resets.isEmpty());
}

TEST_CASE("Today's sections come from the due date against an injectable today")
{
    Fixture f;
    const Client client = f.anyClient();
    FollowUpModel today;
    Tester tester(&today, Tester::FailureReportingMode::Fatal);
    today.setScope(QStringLiteral("mine"));
    const QDate day(2001, 1, 10);
    today.setToday(day);
    CHECK(today.rowCount() == 0);
    REQUIRE(f.session->addFollowUp(client.id, day.addDays(-1), QStringLiteral("late")));
    REQUIRE(f.session->addFollowUp(client.id, day, QStringLiteral("now")));
    REQUIRE(f.session->addFollowUp(client.id, day.addDays(2), QStringLiteral("soon")));
    CHECK(column(today, FollowUpModel::ReasonRole) == words("late,now,soon"));
    CHECK(column(today, FollowUpModel::SectionRole) == words("Overdue,Today,Upcoming"));
    CHECK(today.overdueCount() == 1);

    today.setToday(day.addDays(2));
    CHECK(column(today, FollowUpModel::SectionRole) == words("Overdue,Overdue,Today"));
    const QString late = today.data(today.index(0, 0), FollowUpModel::FollowUpIdRole).toString();
    QSignalSpy resets(&today, &QAbstractItemModel::modelReset);
    QSignalSpy removed(&today, &QAbstractItemModel::rowsRemoved);
    REQUIRE(f.session->completeFollowUp(late, QStringLiteral("called back")));
    CHECK(resets.isEmpty()); // removed in place: a scrolled Today stays where it was
    CHECK(removed.size() == 1);
    CHECK(column(today, FollowUpModel::ReasonRole) == words("now,soon"));
    CHECK(column(today, FollowUpModel::SectionRole) == words("Overdue,Today"));

    // Undo brings it back, and takes the timeline line with it.
    REQUIRE(f.notebook->notesForClient(client.id, 1).first().body
            == QStringLiteral("Follow-up done: late\nOutcome: called back"));
    REQUIRE(f.session->undoLastAction());
    CHECK(column(today, FollowUpModel::ReasonRole) == words("late,now,soon"));
    CHECK(f.notebook->notesForClient(client.id, 1).first().body != QStringLiteral("Follow-up done: late\nOutcome: called back"));
    CHECK_FALSE(f.session->undoLastAction()); // only once
}

TEST_CASE("Today's scope: mine, my store, everyone")
{
    Fixture f;
    const QString me = f.notebook->currentStaffId();
    const QString myStore = f.notebook->staffById(me)->storeId;
    FollowUpModel today;
    Tester tester(&today, Tester::FailureReportingMode::Fatal);
    const auto assignees = [&today] { return column(today, FollowUpModel::FollowUpIdRole); };
    today.setScope(QStringLiteral("everyone"));
    const int everyone = today.rowCount();
    today.setScope(QStringLiteral("store"));
    const int store = today.rowCount();
    for (const QString &id : assignees())
        CHECK(f.notebook->staffById(f.notebook->followUp(id)->assigneeId)->storeId == myStore);
    today.setScope(QStringLiteral("mine"));
    for (const QString &id : assignees())
        CHECK(f.notebook->followUp(id)->assigneeId == me);
    CHECK(today.rowCount() <= store);
    CHECK(store < everyone);

    // The choice is the person's, remembered on the device; associates start on their own.
    CHECK(f.session->todayScope() == QStringLiteral("store")); // the demo's first by name is a manager
    f.session->setTodayScope(QStringLiteral("everyone"));
    CHECK(f.session->todayScope() == QStringLiteral("everyone"));
    QString associate;
    for (const Staff &staff : f.notebook->staff())
        if (staff.role == StaffRole::Associate)
            associate = staff.id;
    REQUIRE(f.session->setCurrentStaff(associate));
    CHECK(f.session->todayScope() == QStringLiteral("mine"));
    REQUIRE(f.session->setCurrentStaff(me));
    CHECK(f.session->todayScope() == QStringLiteral("everyone"));
}

TEST_CASE("staff model marks who is using the tablet")
{
    Fixture f;
    StaffModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    REQUIRE(model.rowCount() == f.notebook->staff().size());
    const QString other = model.data(model.index(1, 0), StaffModel::StaffIdRole).toString();
    REQUIRE(f.session->setCurrentStaff(other));
    CHECK(model.data(model.index(1, 0), StaffModel::IsCurrentRole).toBool());
    CHECK_FALSE(model.data(model.index(0, 0), StaffModel::IsCurrentRole).toBool());
    CHECK_FALSE(f.session->setCurrentStaff(QStringLiteral("nobody")));
    CHECK_FALSE(f.session->lastError().isEmpty());
}

TEST_CASE("session refuses empty notes and bad amounts with words")
{
    Fixture f;
    const Client client = f.anyClient();
    QVariantMap result = f.session->addNote({{QStringLiteral("clientId"), client.id}, {QStringLiteral("kind"), QStringLiteral("other")}});
    CHECK_FALSE(result.value(QStringLiteral("ok")).toBool());
    CHECK(f.session->lastError().contains(QStringLiteral("empty")));
    result = f.session->addNote({{QStringLiteral("clientId"), client.id}, {QStringLiteral("kind"), QStringLiteral("purchase")},
                                 {QStringLiteral("items"), QStringLiteral("Saw")}, {QStringLiteral("amount"), QStringLiteral("lots")}});
    CHECK_FALSE(result.value(QStringLiteral("ok")).toBool());
    CHECK(f.session->lastError().contains(QStringLiteral("not an amount")));
}

TEST_CASE("the outbox is counted in words with the right plural")
{
    CHECK(SyncEngine::changesWaitingText(1) == QStringLiteral("1 change waiting"));
    CHECK(SyncEngine::changesWaitingText(2) == QStringLiteral("2 changes waiting"));
    CHECK(SyncEngine::changesWaitingText(12) == QStringLiteral("12 changes waiting"));
}

TEST_CASE("every sync failure code has its words, with nothing left unfilled")
{
    CHECK(SyncProblem{}.text().isEmpty());
    for (int c = int(SyncError::NotServerAddress); c <= int(SyncError::LocalFailure); ++c) {
        const SyncProblem problem{SyncError(c), QStringLiteral("server_error"), QStringLiteral("Ada"), 500};
        const QString words = problem.text();
        INFO("code " << c << ": " << words.toStdString());
        CHECK_FALSE(words.isEmpty());
        CHECK_FALSE(words.contains(QLatin1Char('%')));
    }
    CHECK(SyncProblem{SyncError::WrongPassword, {}, QStringLiteral("sam")}.text()
          == QStringLiteral("Wrong password for “sam”, or no such login on this server. Check both and try again."));
    // A refusal shows the server's own message; without one, its code; without that, the status.
    CHECK(SyncProblem{SyncError::ServerRefused, QStringLiteral("rate_limited"), QStringLiteral("Slow down."), 429}
              .text()
          == QStringLiteral("Slow down."));
    CHECK(SyncProblem{SyncError::ServerRefused, QStringLiteral("rate_limited"), {}, 429}.text()
          == QStringLiteral("The server refused the request (rate_limited)."));
    CHECK(SyncProblem{SyncError::ServerRefused, {}, {}, 502}.text()
          == QStringLiteral("The server answered with HTTP status 502."));
    CHECK(SyncProblem{SyncError::SignInAgain, QStringLiteral("session_expired")}.text()
          != SyncProblem{SyncError::SignInAgain, QStringLiteral("session_revoked")}.text());
}

TEST_CASE("a client edited or added updates the rows shown in place, without a reset")
{
    Fixture f;
    ClientListModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal); // it reads every page
    REQUIRE(model.rowCount() == f.notebook->clientCount());
    const QString second = model.clientIdAt(1);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    ClientChanges rename;
    rename.givenName = QStringLiteral("Renamed");
    REQUIRE(f.notebook->updateClient(second, rename).ok());
    CHECK(resets.isEmpty());
    CHECK(changed.size() == 1); // that row only
    CHECK(inserted.isEmpty());
    CHECK(model.clientIdAt(1) == second);
    CHECK(model.data(model.index(1), ClientListModel::DisplayNameRole).toString().startsWith(QStringLiteral("Renamed")));
    // A new client, not seen yet, takes its place in the list as one inserted row.
    ClientChanges fresh;
    fresh.givenName = QStringLiteral("Newcomer");
    const Result<Client> created = f.notebook->createClient(fresh);
    REQUIRE(created.ok());
    CHECK(resets.isEmpty());
    CHECK(inserted.size() == 1);
    CHECK(model.rowCount() == f.notebook->clientCount());
    CHECK(column(model, ClientListModel::ClientIdRole).contains(created->id));
}

TEST_CASE("the records behind a measure, the team and a book are models the views can trust")
{
    Fixture f;
    SECTION("records behind overdue follow-ups, then the missed ones only")
    {
        MeasureListModel model;
        Tester tester(&model, Tester::FailureReportingMode::Fatal);
        QSignalSpy loaded(&model, &MeasureListModel::loaded);
        model.setFrom(QDate::currentDate().addDays(-27));
        model.setTo(QDate::currentDate());
        model.setMeasure(QStringLiteral("education_follow_through"));
        REQUIRE(loaded.wait(10000));
        while (model.busy())
            REQUIRE(loaded.wait(10000));
        CHECK(model.total() > 0);
        CHECK(model.count() == model.total());
        const int missed = model.total() - model.metCount();
        model.setMissedOnly(true);
        CHECK(model.count() == missed);
        while (model.canFetchMore({}))
            model.fetchMore({});
        for (int row = 0; row < model.rowCount(); ++row)
            CHECK_FALSE(model.data(model.index(row), MeasureListModel::MetRole).toBool());
        CHECK_FALSE(model.clientIdAt(0).isEmpty());
    }
    SECTION("team and book")
    {
        TeamModel team;
        Tester teamTester(&team, Tester::FailureReportingMode::Fatal);
        QSignalSpy busy(&team, &TeamModel::busyChanged);
        while (team.busy() || team.rowCount() == 0)
            REQUIRE(busy.wait(10000));
        CHECK(team.rowCount() == f.notebook->staff().size());
        qint64 clients = 0;
        for (int row = 0; row < team.rowCount(); ++row)
            clients += team.data(team.index(row), TeamModel::ClientsRole).toLongLong();
        CHECK(clients == f.notebook->clientCount());

        BookModel book;
        Tester bookTester(&book, Tester::FailureReportingMode::Fatal);
        const QString staffId = team.data(team.index(0), TeamModel::StaffIdRole).toString();
        book.setStaffId(staffId);
        while (book.canFetchMore({}))
            book.fetchMore({});
        CHECK(book.rowCount() == team.data(team.index(0), TeamModel::ClientsRole).toInt());
        book.toggle(0);
        CHECK(book.chosenCount() == 1);
        CHECK(book.data(book.index(0), BookModel::ChosenRole).toBool());
    }
}

TEST_CASE("import plan lists refused rows first and becomes the import's outcome, only managers import")
{
    Fixture f;
    QFile file(f.dir.filePath(QStringLiteral("in.csv")));
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write("name,email\nAda Lovelace,ada@example.com\nNo Address,nope\nAlan Turing,alan@example.com\n");
    file.close();

    ImportExport page;
    Tester tester(page.plan(), Tester::FailureReportingMode::Fatal);
    const std::optional<Staff> associate = [&]() -> std::optional<Staff> {
        for (const Staff &s : f.notebook->staff())
            if (s.role == StaffRole::Associate)
                return s;
        return std::nullopt;
    }();
    REQUIRE(associate);
    REQUIRE(f.session->setCurrentStaff(associate->id));
    CHECK_FALSE(page.allowed());

    REQUIRE(page.openFile(QUrl::fromLocalFile(file.fileName())));
    CHECK(page.creates() == 2);
    CHECK(page.refused() == 1);
    REQUIRE(page.plan()->rowCount() == 3);
    const QModelIndex first = page.plan()->index(0, 0);
    CHECK(page.plan()->data(first, ImportPlanModel::RowNumberRole).toInt() == 3);
    CHECK(page.plan()->data(first, ImportPlanModel::ActionRole).toString() == QStringLiteral("refuse"));
    CHECK(page.plan()->data(first, ImportPlanModel::ReasonRole).toString().startsWith(QStringLiteral("The email")));
    const int before = f.notebook->clientCount();
    CHECK_FALSE(page.runImport()); // an associate
    CHECK(page.error().contains(QStringLiteral("managers and admins")));
    CHECK(f.notebook->clientCount() == before);

    for (const Staff &s : f.notebook->staff())
        if (s.role == StaffRole::Manager)
            REQUIRE(f.session->setCurrentStaff(s.id));
    CHECK(page.allowed());
    REQUIRE(page.dryRun());
    REQUIRE(page.runImport());
    CHECK(f.notebook->clientCount() == before + 2);
    CHECK_FALSE(page.planned());

    const QString exportPath = f.dir.filePath(QStringLiteral("notes.csv"));
    REQUIRE(page.exportTo(QStringLiteral("notes"), QUrl::fromLocalFile(exportPath)));
    CHECK(QFile::exists(exportPath));
    CHECK_FALSE(page.exportTo(QStringLiteral("notes"), QUrl::fromLocalFile(f.dir.filePath(QStringLiteral("no/such/dir/x.csv")))));
    CHECK_FALSE(page.error().isEmpty());
}

TEST_CASE("activity model: empty and says why when the device has no server")
{
    Fixture f;
    SyncEngine engine(f.notebook.get(), f.dir.path(), std::make_unique<FileTokenStore>(f.dir.path()));
    ActivityModel model;
    Tester tester(&model, Tester::FailureReportingMode::Fatal);
    model.setEngine(&engine);
    CHECK(model.rowCount() == 0);
    CHECK_FALSE(model.signedIn());
    CHECK(model.kinds().size() == 11);
    model.setKind(QStringLiteral("erase"));
    CHECK(model.kind() == QStringLiteral("erase"));
    QSignalSpy refreshed(&engine, &SyncEngine::activityRefreshed);
    model.refresh();
    REQUIRE(refreshed.size() == 1);
    CHECK_FALSE(refreshed.first().at(0).toBool());
    CHECK(model.problem().contains(QStringLiteral("sign in"), Qt::CaseInsensitive));
}
