// Search over a real notebook file: every client and note goes in through
// Notebook, so the FTS index is the one the app maintains.

#include "clientsearch.h"
#include "testsupport.h"

#include <QSet>
#include <QSqlQuery>

using namespace rapport;
using rapport::test::TestNotebook;

namespace {

QStringList names(const QList<ClientListEntry> &rows)
{
    QStringList out;
    for (const ClientListEntry &e : rows)
        out += e.displayName;
    return out;
}

QStringList ids(const QList<ClientListEntry> &rows)
{
    QStringList out;
    for (const ClientListEntry &e : rows)
        out += e.id;
    return out;
}

bool finds(const ClientSearch &search, const QString &query, const QString &clientId)
{
    return ids(search.page(query, 0, 50)).contains(clientId);
}

// Every page of `query`, `pageSize` rows at a time, until an empty page.
QList<ClientListEntry> allPages(const ClientSearch &search, const QString &query, int pageSize)
{
    QList<ClientListEntry> all;
    for (int offset = 0;; offset += pageSize) {
        const QList<ClientListEntry> page = search.page(query, offset, pageSize);
        REQUIRE(page.size() <= pageSize);
        all += page;
        if (page.size() < pageSize)
            return all;
    }
}

Note noteAt(const QString &clientId, const QString &body, const QDateTime &at)
{
    Note n;
    n.clientId = clientId;
    n.kind = NoteKind::Conversation;
    n.body = body;
    n.createdAt = at;
    return n;
}

} // namespace

TEST_CASE("search ranks name matches before contact matches before note matches", "[search]")
{
    TestNotebook t;
    const Client byNote = t.addClient(QStringLiteral("Ben"), QStringLiteral("Smith"));
    t.addNote(byNote.id, NoteKind::Need, QStringLiteral("Wants maple boards for a bookshelf"));
    ClientChanges contact;
    contact.givenName = QStringLiteral("Iris");
    contact.familyName = QStringLiteral("Hall");
    contact.email = QStringLiteral("maple.fan@example.com");
    REQUIRE(t.nb().createClient(contact).ok());
    const Client byName = t.addClient(QStringLiteral("Maple"), QStringLiteral("Jones"));

    const ClientSearch search(t.nb().database().connection());
    const QList<ClientListEntry> rows = search.page(QStringLiteral("maple"), 0, 10);
    REQUIRE(names(rows) == QStringList{QStringLiteral("Maple Jones"), QStringLiteral("Iris Hall"),
                                       QStringLiteral("Ben Smith")});
    CHECK(rows[0].id == byName.id);
    CHECK(rows[0].matchedNote.isEmpty());
    CHECK(rows[1].matchedNote.isEmpty());
    CHECK(rows[2].matchedNote.contains(QStringLiteral("maple boards")));
}

TEST_CASE("search finds a client by prefix as the name is typed", "[search]")
{
    TestNotebook t;
    const Client zoe = t.addClient(QString::fromUtf8("Zoë"), QStringLiteral("Kowalski"));
    t.addClient(QStringLiteral("Zachary"), QStringLiteral("Brown"));
    const ClientSearch search(t.nb().database().connection());
    for (const char *typed : {"z", "zo", "zoe", "zoe k", "zoe kow", "kowalski zo", "KOW"})
        CHECK(finds(search, QString::fromUtf8(typed), zoe.id));
    CHECK(names(search.page(QStringLiteral("za"), 0, 10)) == QStringList{QStringLiteral("Zachary Brown")});
    CHECK(search.page(QStringLiteral("zoey"), 0, 10).isEmpty());
    CHECK(search.page(QStringLiteral("kowalskis"), 0, 10).isEmpty());
}

TEST_CASE("search ignores accents in the query and in the names", "[search]")
{
    TestNotebook t;
    const Client zoe = t.addClient(QString::fromUtf8("Zoë"), QStringLiteral("Adams"));
    const Client jose = t.addClient(QString::fromUtf8("José"), QString::fromUtf8("Núñez"));
    const Client plain = t.addClient(QStringLiteral("Renee"), QStringLiteral("Dubois"));
    const Client lukasz = t.addClient(QString::fromUtf8("Łukasz"), QStringLiteral("Nowak"));
    const ClientSearch search(t.nb().database().connection());

    CHECK(finds(search, QStringLiteral("zoe"), zoe.id));
    CHECK(finds(search, QString::fromUtf8("Zoë"), zoe.id));
    CHECK(finds(search, QStringLiteral("jose nunez"), jose.id));
    CHECK(finds(search, QString::fromUtf8("JOSÉ"), jose.id));
    CHECK(finds(search, QString::fromUtf8("Renée"), plain.id)); // accent typed, none stored
    CHECK(finds(search, QString::fromUtf8("łukasz"), lukasz.id));
    CHECK_FALSE(finds(search, QStringLiteral("jose"), zoe.id));
}

TEST_CASE("search matches a phone number whatever the formatting", "[search]")
{
    TestNotebook t;
    const Client c = t.addClient(QStringLiteral("Tara"), QStringLiteral("Green"), QStringLiteral("(555) 010-2030"));
    const Client other = t.addClient(QStringLiteral("Uma"), QStringLiteral("Hill"), QStringLiteral("555 011 9999"));
    const ClientSearch search(t.nb().database().connection());
    for (const char *typed : {"+1 (555) 010-2030", "555 010 2030", "5550102030", "555-010", "(555) 010",
                              "555.010.20", "010-2030"}) {
        INFO(typed);
        const QList<ClientListEntry> rows = search.page(QString::fromUtf8(typed), 0, 10);
        CHECK(ids(rows) == QStringList{c.id});
    }
    CHECK(ids(search.page(QStringLiteral("555 011"), 0, 10)) == QStringList{other.id});
    CHECK(ids(search.page(QStringLiteral("555"), 0, 10)).size() == 2);
}

TEST_CASE("search follows edits and deletes", "[search]")
{
    TestNotebook t;
    const Client c = t.addClient(QStringLiteral("Hugo"), QStringLiteral("Fischer"), QStringLiteral("555-123-4567"));
    t.addNote(c.id, NoteKind::Purchase, QStringLiteral("Bought a trellis for the clematis"));
    const ClientSearch search(t.nb().database().connection());
    REQUIRE(finds(search, QStringLiteral("fischer"), c.id));

    ClientChanges rename;
    rename.familyName = QStringLiteral("Lindqvist");
    rename.phone = QStringLiteral("555-987-6543");
    REQUIRE(t.nb().updateClient(c.id, rename).ok());
    CHECK_FALSE(finds(search, QStringLiteral("fischer"), c.id));
    CHECK(finds(search, QStringLiteral("lindq"), c.id));
    CHECK_FALSE(finds(search, QStringLiteral("5551234"), c.id));
    CHECK(finds(search, QStringLiteral("555 987"), c.id));
    CHECK(finds(search, QStringLiteral("clematis"), c.id));

    REQUIRE(t.nb().deleteClient(c.id).ok());
    CHECK_FALSE(finds(search, QStringLiteral("lindqvist"), c.id));
    CHECK_FALSE(finds(search, QStringLiteral("clematis"), c.id));
    CHECK_FALSE(finds(search, QString(), c.id));
}

TEST_CASE("search treats FTS syntax in the query as plain text", "[search]")
{
    TestNotebook t;
    const Client c = t.addClient(QStringLiteral("Siobhan"), QStringLiteral("O'Brien"));
    t.addNote(c.id, NoteKind::Other, QStringLiteral("Asked about NEAR-silent sanders AND dust bags"));
    const ClientSearch search(t.nb().database().connection());
    QSqlQuery check(t.nb().database().connection());
    REQUIRE(check.prepare(QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH ?")));

    const char *hostile[] = {"\"", "\"\"", "o'brien", "*", "o*", "-", "-siobhan", "siobhan -", "AND", "OR",
                             "NOT", "siobhan AND", "NEAR(siobhan brien)", "NEAR", "(", ")", "((siobhan",
                             "name:siobhan", "{name}: x", "^siobhan", "siobhan +", "a\"b", "\\", "%_",
                             "'; DROP TABLE client; --", "sanders AND dust", "near silent"};
    for (const char *q : hostile) {
        const QString query = QString::fromUtf8(q);
        INFO(q);
        const QString expr = ClientSearch::matchExpression(query);
        if (!expr.isEmpty()) {
            check.addBindValue(expr);
            CHECK(check.exec());
        }
        const QList<ClientListEntry> rows = search.page(query, 0, 10);
        CHECK(rows.size() <= 1);
    }
    CHECK(finds(search, QStringLiteral("o'brien"), c.id));
    CHECK(finds(search, QStringLiteral("(siobhan)"), c.id));
    CHECK(finds(search, QStringLiteral("near silent"), c.id));
    CHECK(finds(search, QStringLiteral("sanders AND dust"), c.id));
    CHECK(t.nb().clientCount() == 1);
    // Nothing searchable left: the query means "no filter", not an error.
    CHECK(ClientSearch::matchExpression(QStringLiteral("\"*( - )\"")).isEmpty());
}

TEST_CASE("an empty query lists the most recently seen clients first", "[search]")
{
    TestNotebook t;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Client old = t.addClient(QStringLiteral("Olivia"), QStringLiteral("Old"));
    const Client recent = t.addClient(QStringLiteral("Rosa"), QStringLiteral("Recent"));
    const Client middle = t.addClient(QStringLiteral("Mark"), QStringLiteral("Middle"));
    const Client neverSeenFirst = t.addClient(QStringLiteral("Noah"), QStringLiteral("Unseen"));
    const Client neverSeenLast = t.addClient(QStringLiteral("Nina"), QStringLiteral("Unseen"));
    REQUIRE(t.nb().addNote(noteAt(old.id, QStringLiteral("First visit"), now.addDays(-40))).ok());
    REQUIRE(t.nb().addNote(noteAt(recent.id, QStringLiteral("Came back"), now.addDays(-1))).ok());
    REQUIRE(t.nb().addNote(noteAt(middle.id, QStringLiteral("Asked about tiles"), now.addDays(-10))).ok());

    const ClientSearch search(t.nb().database().connection());
    const QList<ClientListEntry> rows = search.page(QString(), 0, 10);
    CHECK(ids(rows) == QStringList{recent.id, middle.id, old.id, neverSeenLast.id, neverSeenFirst.id});
    CHECK(rows[0].lastSeenAt.isValid());
    CHECK(!rows[4].lastSeenAt.isValid());
    CHECK(ids(search.page(QStringLiteral("   "), 1, 2)) == QStringList{middle.id, old.id});
}

TEST_CASE("paging through every tier returns each client exactly once", "[search]")
{
    TestNotebook t;
    QSet<QString> expected;
    for (int i = 0; i < 9; ++i) // name tier
        expected.insert(t.addClient(QStringLiteral("Kim"), QStringLiteral("Name%1").arg(i)).id);
    for (int i = 0; i < 7; ++i) { // contact tier
        ClientChanges c;
        c.givenName = QStringLiteral("Contact%1").arg(i);
        c.email = QStringLiteral("kimchi%1@example.com").arg(i);
        expected.insert(t.nb().createClient(c)->id);
    }
    for (int i = 0; i < 11; ++i) { // note tier, several notes each
        const Client c = t.addClient(QStringLiteral("Noted%1").arg(i), QStringLiteral("Person"));
        for (int k = 0; k < 3; ++k)
            t.addNote(c.id, NoteKind::Conversation, QStringLiteral("Talked about kimchi jars, visit %1").arg(k));
        expected.insert(c.id);
    }
    t.addClient(QStringLiteral("Unrelated"), QStringLiteral("Person"));

    const ClientSearch search(t.nb().database().connection());
    for (int pageSize : {1, 4, 5, 50}) {
        INFO(pageSize);
        const QList<ClientListEntry> all = allPages(search, QStringLiteral("kim"), pageSize);
        const QStringList got = ids(all);
        CHECK(got.size() == expected.size());
        CHECK(QSet<QString>(got.begin(), got.end()) == expected);
        for (int i = 0; i < all.size(); ++i) {
            const bool noteTier = i >= 16;
            CHECK(all[i].matchedNote.isEmpty() != noteTier);
            if (i < 9)
                CHECK(all[i].displayName.startsWith(QStringLiteral("Kim ")));
        }
    }
    CHECK(search.page(QStringLiteral("kim"), 27, 10).isEmpty());
}

TEST_CASE("large result sets page in recency order without duplicates", "[search]")
{
    TestNotebook t;
    // Only the set-up writes without fsync; the search reads what was committed.
    QSqlQuery(t.nb().database().connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const int count = 450; // above the size where ranking gives way to recency
    for (int i = 0; i < count; ++i)
        t.addClient(QStringLiteral("Lee"), QStringLiteral("Number%1").arg(i));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList seen;
    for (int i = 0; i < 3; ++i) {
        const QString id = t.nb().createClient([&] {
            ClientChanges c;
            c.givenName = QStringLiteral("Lee");
            c.familyName = QStringLiteral("Seen%1").arg(i);
            return c;
        }())->id;
        REQUIRE(t.nb().addNote(noteAt(id, QStringLiteral("Visit"), now.addDays(-i))).ok());
        seen += id;
    }
    const ClientSearch search(t.nb().database().connection());
    const QList<ClientListEntry> all = allPages(search, QStringLiteral("le"), 100);
    const QStringList got = ids(all);
    CHECK(got.size() == count + 3);
    CHECK(QSet<QString>(got.begin(), got.end()).size() == count + 3);
    CHECK(got.mid(0, 3) == seen);
    CHECK(all[3].displayName == QStringLiteral("Lee Number%1").arg(count - 1));
}

TEST_CASE("search finds letters without diacritics typed plainly, and phones without the country code",
          "[search]")
{
    TestNotebook t;
    const Client lukasz = t.addClient(QString::fromUtf8("Łukasz"), QString::fromUtf8("Søndergaard"));
    const Client strauss = t.addClient(QString::fromUtf8("Æsa"), QString::fromUtf8("Strauß"));
    const Client thor = t.addClient(QString::fromUtf8("Þórr"), QString::fromUtf8("Lœwe"));
    const Client tara = t.addClient(QStringLiteral("Tara"), QStringLiteral("Green"), QStringLiteral("+1 555 010 2030"));
    const Client glued = t.addClient(QStringLiteral("Ivo"), QStringLiteral("Berg"), QStringLiteral("+447700900123"));
    const ClientSearch search(t.nb().database().connection());

    CHECK(finds(search, QStringLiteral("lukasz sondergaard"), lukasz.id));
    CHECK(finds(search, QStringLiteral("Sonder"), lukasz.id));
    CHECK(finds(search, QString::fromUtf8("Søndergaard"), lukasz.id)); // as stored still works
    CHECK(finds(search, QStringLiteral("strauss"), strauss.id));
    CHECK(finds(search, QStringLiteral("aesa"), strauss.id));
    CHECK(finds(search, QStringLiteral("thorr loewe"), thor.id));
    CHECK_FALSE(finds(search, QStringLiteral("strauss"), lukasz.id));

    CHECK(ids(search.page(QStringLiteral("5550102030"), 0, 10)) == QStringList{tara.id});
    CHECK(ids(search.page(QStringLiteral("+1 555 010 2030"), 0, 10)) == QStringList{tara.id});
    CHECK(ids(search.page(QStringLiteral("07700900123"), 0, 10)).isEmpty()); // a leading 0 is another number
    CHECK(ids(search.page(QStringLiteral("7700900123"), 0, 10)) == QStringList{glued.id});
}

TEST_CASE("duplicates: one name word is enough, beside the same phone or email", "[search]")
{
    TestNotebook t;
    const Client ana = t.addClient(QStringLiteral("Ana"), QStringLiteral("Quintero"), QStringLiteral("555 0101"));
    t.addClient(QStringLiteral("Bea"), QStringLiteral("Costa"));
    const QList<DuplicateCandidate> byFamily =
        t.nb().findDuplicates(QString(), QStringLiteral("Quintero"), QString(), QString());
    REQUIRE(byFamily.size() == 1);
    CHECK(byFamily.first().client.id == ana.id);
    CHECK(byFamily.first().reason == QStringLiteral("similar name"));
    const QList<DuplicateCandidate> byGiven = t.nb().findDuplicates(QStringLiteral("An"), QString(), QString(), QString());
    REQUIRE(byGiven.size() == 1);
    CHECK(byGiven.first().client.id == ana.id);
    // The phone match comes first and the same client is not listed twice.
    const QList<DuplicateCandidate> both =
        t.nb().findDuplicates(QString(), QStringLiteral("Quintero"), QStringLiteral("555-0101"), QString());
    REQUIRE(both.size() == 1);
    CHECK(both.first().reason == QStringLiteral("same phone number"));
    CHECK(t.nb().findDuplicates(QStringLiteral("Zed"), QString(), QString(), QString()).isEmpty());
}

TEST_CASE("search orders by relevance tier, then by who was seen last within a tier", "[search]")
{
    TestNotebook t;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const auto seen = [&](const Client &c, int daysAgo) {
        REQUIRE(t.nb().addNote(noteAt(c.id, QStringLiteral("Visit"), now.addDays(-daysAgo))).ok());
    };
    // Added oldest tier last, so creation order cannot produce the expected order by itself.
    const Client byNote = t.addClient(QStringLiteral("Pia"), QStringLiteral("Moss"));
    REQUIRE(t.nb().addNote(noteAt(byNote.id, QStringLiteral("Booked the annual boiler service"), now)).ok());
    ClientChanges contact;
    contact.givenName = QStringLiteral("Zed");
    contact.familyName = QStringLiteral("Quill");
    contact.email = QStringLiteral("ann.fan@example.com");
    const Client byEmail = t.nb().createClient(contact).value();
    seen(byEmail, 0);
    const Client wordStartsSeenToday = t.addClient(QStringLiteral("Kofi"), QStringLiteral("Annan"));
    seen(wordStartsSeenToday, 0);
    const Client wordStartsOlder = t.addClient(QStringLiteral("Lou"), QString::fromUtf8("Ånnersson"));
    seen(wordStartsOlder, 40);
    const Client startsOlder = t.addClient(QStringLiteral("Annette"), QStringLiteral("Jones"));
    seen(startsOlder, 30);
    const Client startsRecent = t.addClient(QStringLiteral("Anna"), QStringLiteral("Smith"));
    seen(startsRecent, 1);
    const Client exact = t.addClient(QString::fromUtf8("Ann"), QString()); // never seen, still first
    const Client exactSeen = t.addClient(QString::fromUtf8("ÀNN"), QString());
    seen(exactSeen, 5);

    const ClientSearch search(t.nb().database().connection());
    const QStringList expected{exactSeen.id,           exact.id,         startsRecent.id,
                               startsOlder.id,         wordStartsSeenToday.id, wordStartsOlder.id,
                               byEmail.id,             byNote.id};
    CHECK(ids(search.page(QStringLiteral("ann"), 0, 20)) == expected);
    // Every page size gives the same order, each client once.
    for (int pageSize : {1, 2, 3, 5}) {
        INFO(pageSize);
        CHECK(ids(allPages(search, QStringLiteral("ann"), pageSize)) == expected);
    }
    // Two words: the name starts with "anna s"; "smith a" only matches word by word.
    CHECK(ids(search.page(QStringLiteral("Anna S"), 0, 5)) == QStringList{startsRecent.id});
    const Client smithAnnabel = t.addClient(QStringLiteral("Smith"), QStringLiteral("Annabel"));
    CHECK(ids(search.page(QStringLiteral("smith ann"), 0, 5)) == QStringList{smithAnnabel.id, startsRecent.id});
    // The whole name typed out, accents and punctuation aside.
    const Client obrien = t.addClient(QStringLiteral("Siobhan"), QStringLiteral("O'Brien"));
    const Client obrienJr = t.addClient(QStringLiteral("Siobhan"), QStringLiteral("O'Brien-Walsh"));
    seen(obrienJr, 0);
    CHECK(ids(search.page(QStringLiteral("siobhan o brien"), 0, 5)) == QStringList{obrien.id, obrienJr.id});
}

TEST_CASE("many clients starting with the query still come in tier and recency order", "[search]")
{
    TestNotebook t;
    QSqlQuery(t.nb().database().connection()).exec(QStringLiteral("PRAGMA synchronous=OFF"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // More than the small-set size in the "starts with" tier and in the word tier.
    for (int i = 0; i < 230; ++i)
        t.addClient(QStringLiteral("Mara"), QStringLiteral("Starts%1").arg(i));
    for (int i = 0; i < 230; ++i)
        t.addClient(QStringLiteral("Word%1").arg(i), QStringLiteral("Marado"));
    const Client seenWord = t.addClient(QStringLiteral("Seen"), QStringLiteral("Marado"));
    REQUIRE(t.nb().addNote(noteAt(seenWord.id, QStringLiteral("Visit"), now)).ok());
    const Client seenStart = t.addClient(QStringLiteral("Mara"), QStringLiteral("Seen"));
    REQUIRE(t.nb().addNote(noteAt(seenStart.id, QStringLiteral("Visit"), now.addDays(-3))).ok());
    const Client exact = t.addClient(QStringLiteral("Mara"), QString());

    const ClientSearch search(t.nb().database().connection());
    const QList<ClientListEntry> all = allPages(search, QStringLiteral("mara"), 50);
    REQUIRE(all.size() == 463);
    CHECK(all[0].id == exact.id);
    CHECK(all[1].id == seenStart.id);
    for (int i = 1; i <= 231; ++i)
        CHECK(all[i].displayName.startsWith(QStringLiteral("Mara ")));
    CHECK(all[232].id == seenWord.id);
    for (int i = 232; i < 463; ++i)
        CHECK(all[i].displayName.endsWith(QStringLiteral(" Marado")));
    const QStringList got = ids(all);
    CHECK(QSet<QString>(got.begin(), got.end()).size() == 463);
}

TEST_CASE("a misspelt name offers near misses, and nothing when it is spelt right", "[search]")
{
    TestNotebook t;
    const Client fischer = t.addClient(QStringLiteral("Hugo"), QStringLiteral("Fischer"));
    const Client johnson = t.addClient(QStringLiteral("Emma"), QStringLiteral("Johnson"));
    const Client muller = t.addClient(QStringLiteral("Jürgen"), QString::fromUtf8("Müller"));
    const Client smith = t.addClient(QStringLiteral("Ben"), QStringLiteral("Smith"));
    t.addClient(QStringLiteral("Fiona"), QStringLiteral("Fisk"));
    t.addClient(QStringLiteral("Ivo"), QStringLiteral("Ischer"));
    const ClientSearch search(t.nb().database().connection());

    CHECK(search.page(QStringLiteral("fisher"), 0, 10).isEmpty());
    CHECK(ids(search.closeMatches(QStringLiteral("fisher"), 10)) == QStringList{fischer.id});
    CHECK(ids(search.closeMatches(QStringLiteral("Jonson"), 10)) == QStringList{johnson.id});
    CHECK(ids(search.closeMatches(QStringLiteral("mueller"), 10)) == QStringList{muller.id}); // ü folds to u
    CHECK(ids(search.closeMatches(QStringLiteral("hugo fisher"), 10)) == QStringList{fischer.id});
    CHECK(ids(search.closeMatches(QStringLiteral("smtih"), 10)) == QStringList{smith.id}); // neighbours swapped
    CHECK(ids(search.closeMatches(QStringLiteral("emma jonsen"), 10)) == QStringList{johnson.id});
    // Spelt right: found by the search itself, which leaves nothing to offer.
    CHECK(ids(search.page(QStringLiteral("fischer"), 0, 10)) == QStringList{fischer.id});
    // Too far, too short, a different first letter, or words that match no one together.
    CHECK(search.closeMatches(QStringLiteral("fishmonger"), 10).isEmpty());
    CHECK(search.closeMatches(QStringLiteral("fsh"), 10).isEmpty());
    CHECK(search.closeMatches(QStringLiteral("vischer"), 10).isEmpty());
    CHECK(search.closeMatches(QStringLiteral("ben fisher"), 10).isEmpty());
    CHECK(search.closeMatches(QStringLiteral("555 0101"), 10).isEmpty());
    CHECK(search.closeMatches(QString(), 10).isEmpty());
}

TEST_CASE("near misses come fewest edits first", "[search]")
{
    TestNotebook t;
    const Client two = t.addClient(QStringLiteral("Ada"), QStringLiteral("Hansson"));
    const Client one = t.addClient(QStringLiteral("Bo"), QStringLiteral("Hanson"));
    const ClientSearch search(t.nb().database().connection());
    // "hansen": Hanson is one edit away, Hansson two.
    CHECK(ids(search.closeMatches(QStringLiteral("hansen"), 10)) == QStringList{one.id, two.id});
    CHECK(ids(search.closeMatches(QStringLiteral("hansen"), 1)) == QStringList{one.id});
}
