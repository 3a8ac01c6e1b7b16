#include "testsupport.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QFile>

#include <sys/stat.h>

using namespace rapport;
using rapport::test::TestNotebook;

namespace {

int count(Notebook &nb, const QString &statement)
{
    QSqlQuery query(nb.database().connection());
    REQUIRE(query.exec(statement));
    REQUIRE(query.next());
    return query.value(0).toInt();
}

} // namespace

TEST_CASE("a client is saved with every field and read back", "[notebook]")
{
    TestNotebook t;
    ClientChanges c;
    c.givenName = QStringLiteral(" Zoë ");
    c.familyName = QStringLiteral("Martin");
    c.phone = QStringLiteral("(555) 123-4567");
    c.email = QStringLiteral("zoe@example.com");
    c.preferredChannel = QStringLiteral("sms");
    c.contactConsent = Consent{QStringLiteral("given"), QDateTime(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC),
                               t.sam.id};
    c.sizes = QStringLiteral("M, 38");
    c.brands = QStringLiteral("Makita");
    c.interests = QStringLiteral("woodwork");
    c.importantDates = QList<ImportantDate>{{QStringLiteral("Birthday"), QDate(1990, 5, 17)}};
    c.tags = QStringList{QStringLiteral("vip"), QStringLiteral("trade, pro"), QStringLiteral("vip")};
    c.keepInTouchDays = 45;
    auto created = t.nb().createClient(c);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    const auto stored = t.nb().client(created->id);
    REQUIRE(stored);
    CHECK(stored->givenName == QStringLiteral("Zoë"));
    CHECK(stored->phone == QStringLiteral("(555) 123-4567"));
    CHECK(stored->preferredChannel == QStringLiteral("sms"));
    CHECK(stored->contactConsent.state == QStringLiteral("given"));
    CHECK(stored->contactConsent.at == c.contactConsent->at);
    CHECK(stored->contactConsent.byStaffId == t.sam.id);
    CHECK(stored->marketingConsent.state.isEmpty());
    REQUIRE(stored->importantDates.size() == 1);
    CHECK(stored->importantDates.first().date == QDate(1990, 5, 17));
    CHECK(stored->tags == QStringList{QStringLiteral("vip"), QStringLiteral("trade pro")});
    CHECK(stored->keepInTouchDays == 45);
    CHECK(stored->associateId == t.sam.id);
    CHECK(stored->homeStoreId == t.sam.storeId);
    CHECK(stored->createdAt.isValid());
    CHECK(stored->displayName() == QStringLiteral("Zoë Martin"));
    CHECK(t.nb().clientCount() == 1);

    // The search index holds the documented content.
    QSqlQuery fts(t.nb().database().connection());
    REQUIRE(fts.exec(QStringLiteral("SELECT name, contact, tags FROM client_fts")));
    REQUIRE(fts.next());
    CHECK(fts.value(0).toString() == QStringLiteral("Zoë Martin"));
    CHECK(fts.value(1).toString() == QStringLiteral("zoe@example.com (555) 123-4567 5551234567"));
    CHECK(fts.value(2).toString() == QStringLiteral("vip trade pro"));
}

TEST_CASE("invalid clients are refused with a message and change nothing", "[notebook][validation]")
{
    TestNotebook t;
    const Client existing = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const int outboxBefore = t.nb().pendingMutationCount();
    QSignalSpy changed(t.notebook.get(), &Notebook::changed);

    ClientChanges empty;
    empty.givenName = QStringLiteral("   ");
    auto r1 = t.nb().createClient(empty);
    REQUIRE_FALSE(r1.ok());
    CHECK(r1.errorMessage().contains(QStringLiteral("name, a phone number or an email")));

    ClientChanges badEmail;
    badEmail.givenName = QStringLiteral("Bo");
    badEmail.email = QStringLiteral("bo.example.com");
    auto r2 = t.nb().createClient(badEmail);
    REQUIRE_FALSE(r2.ok());
    CHECK(r2.errorMessage().contains(QStringLiteral("does not look like an email")));

    ClientChanges badInterval;
    badInterval.givenName = QStringLiteral("Cy");
    badInterval.keepInTouchDays = 4000;
    auto r3 = t.nb().createClient(badInterval);
    REQUIRE_FALSE(r3.ok());
    CHECK(r3.errorMessage().contains(QStringLiteral("0 to 3650")));

    ClientChanges wipeName;
    wipeName.givenName = QString();
    wipeName.familyName = QString();
    auto r4 = t.nb().updateClient(existing.id, wipeName);
    REQUIRE_FALSE(r4.ok());

    CHECK(t.nb().clientCount() == 1);
    CHECK(t.nb().client(existing.id)->givenName == QStringLiteral("Ana"));
    CHECK(t.nb().pendingMutationCount() == outboxBefore);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts")) == 1);
    CHECK(changed.isEmpty());
}

TEST_CASE("a phone or an email alone is enough for a client", "[notebook][validation]")
{
    TestNotebook t;
    ClientChanges phoneOnly;
    phoneOnly.phone = QStringLiteral("+44 20 7946 0000");
    auto r = t.nb().createClient(phoneOnly);
    REQUIRE(r.ok());
    CHECK(r->displayName() == QStringLiteral("+44 20 7946 0000"));
}

TEST_CASE("notes: author, store and last seen are filled in, only the author edits", "[notebook]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    QSignalSpy changed(t.notebook.get(), &Notebook::changed);
    Note need;
    need.clientId = client.id;
    need.kind = NoteKind::Need;
    need.needPurpose = QStringLiteral("hang a mirror");
    need.needContext = QStringLiteral("plaster wall");
    need.needDuration = QStringLiteral("permanent");
    auto added = t.nb().addNote(need);
    INFO(added.errorMessage().toStdString());
    REQUIRE(added.ok());
    CHECK(changed.size() == 1);
    CHECK(added->authorId == t.sam.id);
    CHECK(added->storeId == t.sam.storeId);
    CHECK(added->kind == NoteKind::Need);
    const auto seen = t.nb().client(client.id);
    CHECK(seen->lastSeenAt == added->createdAt);
    CHECK(seen->lastSeenByStaffId == t.sam.id);
    CHECK(seen->lastSeenStoreId == t.sam.storeId);

    const Note later = t.addNote(client.id, NoteKind::Conversation, QStringLiteral("Talked about paint"));
    const QList<Note> timeline = t.nb().notesForClient(client.id);
    REQUIRE(timeline.size() == 2);
    CHECK(timeline.first().id == later.id); // newest first
    CHECK(t.nb().notesForClient(client.id, 1, 1).first().id == added->id);

    // Alex cannot change Sam's note.
    REQUIRE(t.nb().setCurrentStaff(t.alex.id).ok());
    Note edit = *added;
    edit.needBudget = QStringLiteral("20");
    auto refused = t.nb().updateNote(edit);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.errorMessage() == QStringLiteral("Only Sam Lee, who wrote this note, can change it."));
    CHECK_FALSE(t.nb().deleteNote(added->id).ok());
    CHECK(t.nb().note(added->id)->needBudget.isEmpty());

    // Sam can, and the index follows.
    REQUIRE(t.nb().setCurrentStaff(t.sam.id).ok());
    edit.needBudget = QStringLiteral("twenty pounds");
    auto updated = t.nb().updateNote(edit);
    REQUIRE(updated.ok());
    CHECK(updated->needBudget == QStringLiteral("twenty pounds"));
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'pounds'")) == 1);

    // Delete, then undo.
    REQUIRE(t.nb().deleteNote(later.id).ok());
    CHECK_FALSE(t.nb().note(later.id));
    CHECK(t.nb().notesForClient(client.id).size() == 1);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'paint'")) == 0);
    CHECK(t.nb().client(client.id)->lastSeenAt == added->createdAt);
    auto restored = t.nb().restoreNote(later);
    REQUIRE(restored.ok());
    CHECK(restored->body == later.body);
    CHECK(restored->createdAt == later.createdAt);
    CHECK(t.nb().notesForClient(client.id).first().id == restored->id);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'paint'")) == 1);
}

TEST_CASE("a note needs a client, an author and content", "[notebook][validation]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"));
    const int outboxBefore = t.nb().pendingMutationCount();
    Note empty;
    empty.clientId = client.id;
    empty.body = QStringLiteral("  ");
    CHECK(t.nb().addNote(empty).errorMessage().contains(QStringLiteral("empty")));

    Note orphan;
    orphan.clientId = QStringLiteral("no-such-client");
    orphan.body = QStringLiteral("hello");
    CHECK_FALSE(t.nb().addNote(orphan).ok());

    REQUIRE(t.nb().setCurrentStaff({}).ok());
    Note anonymous;
    anonymous.clientId = client.id;
    anonymous.body = QStringLiteral("hello");
    CHECK(t.nb().addNote(anonymous).errorMessage().contains(QStringLiteral("Choose who you are")));

    CHECK(t.nb().notesForClient(client.id).isEmpty());
    CHECK(t.nb().pendingMutationCount() == outboxBefore);
    CHECK_FALSE(t.nb().setCurrentStaff(QStringLiteral("nobody")).ok());
}

TEST_CASE("deleting a client leaves a tombstone and drops it from counts, index and lists", "[notebook]")
{
    TestNotebook t;
    const Client client = t.addClient(QStringLiteral("Ana"), QStringLiteral("Silva"), QStringLiteral("555 0101"));
    FollowUp f;
    f.clientId = client.id;
    f.dueDate = QDate::currentDate();
    f.reason = QStringLiteral("Call back");
    REQUIRE(t.nb().addFollowUp(f).ok());
    REQUIRE(t.nb().deleteClient(client.id).ok());
    CHECK_FALSE(t.nb().client(client.id));
    CHECK(t.nb().clientCount() == 0);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client_fts")) == 0);
    CHECK(count(t.nb(), QStringLiteral("SELECT count(*) FROM client WHERE deleted = 1 AND given_name = ''")) == 1);
    CHECK(t.nb().followUpsDueBy(QDate::currentDate()).isEmpty());
    CHECK_FALSE(t.nb().deleteClient(client.id).ok());
}

TEST_CASE("likely duplicates are found by phone digits, email and name", "[notebook]")
{
    TestNotebook t;
    const Client zoe = t.addClient(QStringLiteral("Zoë"), QStringLiteral("Martin"), QStringLiteral("555-123-4567"));
    ClientChanges withEmail;
    withEmail.givenName = QStringLiteral("Bob");
    withEmail.email = QStringLiteral("Bob@Example.com");
    const Client bob = t.nb().createClient(withEmail).value();

    auto byPhone = t.nb().findDuplicates({}, {}, QStringLiteral("(555) 123 4567"), {});
    REQUIRE(byPhone.size() == 1);
    CHECK(byPhone.first().client.id == zoe.id);
    CHECK(byPhone.first().reason == QStringLiteral("same phone number"));

    auto byEmail = t.nb().findDuplicates({}, {}, {}, QStringLiteral("bob@example.com"));
    REQUIRE(byEmail.size() == 1);
    CHECK(byEmail.first().client.id == bob.id);

    auto byName = t.nb().findDuplicates(QStringLiteral("zoe"), QStringLiteral("Mar"), {}, {});
    REQUIRE(byName.size() == 1);
    CHECK(byName.first().client.id == zoe.id);
    CHECK(byName.first().reason == QStringLiteral("similar name"));

    CHECK(t.nb().findDuplicates(QStringLiteral("Ann"), QStringLiteral("Other"), QStringLiteral("999"), {}).isEmpty());
}

TEST_CASE("the notebook's files are readable by this user only", "[notebook][security]")
{
    const mode_t previous = ::umask(022); // the usual default, which would make 0644 files
    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("rapport.db"));
    const auto modeOf = [](const QString &file) {
        struct stat info{};
        REQUIRE(::stat(QFile::encodeName(file).constData(), &info) == 0);
        return info.st_mode & 0777;
    };
    {
        auto opened = Notebook::open(dir.path());
        REQUIRE(opened.ok());
        ClientChanges c;
        c.givenName = QStringLiteral("Private");
        REQUIRE(opened.value()->createClient(c).ok());
        CHECK(modeOf(path) == 0600);
        CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
        CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    }
    // A file an older version left readable by others is tightened when opened.
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    {
        auto opened = Notebook::open(dir.path());
        REQUIRE(opened.ok());
        CHECK(modeOf(path) == 0600);
    }
    ::umask(previous);
}

TEST_CASE("an important date without a year is kept as --MM-DD and comes back every year", "[notebook]")
{
    TestNotebook t;
    ClientChanges c;
    c.givenName = QStringLiteral("Ana");
    c.importantDates = QList<ImportantDate>{{QStringLiteral("Birthday"), QDate(2000, 2, 29), false},
                                            {QStringLiteral("Wedding"), QDate(1985, 4, 12), true}};
    const Client created = t.nb().createClient(c).value();
    const auto stored = t.nb().client(created.id);
    REQUIRE(stored);
    REQUIRE(stored->importantDates.size() == 2);
    CHECK(stored->importantDates.at(0).date == QDate(2000, 2, 29));
    CHECK_FALSE(stored->importantDates.at(0).yearKnown);
    CHECK(stored->importantDates.at(1).date == QDate(1985, 4, 12));
    CHECK(stored->importantDates.at(1).yearKnown);
    // The wire and the table carry ISO 8601's month-day form for it.
    QSqlQuery query(t.nb().database().connection());
    REQUIRE(query.exec(QStringLiteral("SELECT important_dates FROM client")));
    REQUIRE(query.next());
    CHECK(query.value(0).toString()
          == QStringLiteral("[{\"date\":\"--02-29\",\"label\":\"Birthday\"},{\"date\":\"1985-04-12\",\"label\":\"Wedding\"}]"));
}
