// Reading CSV files as spreadsheets save them, importing clients from them, and exporting.
#include "testsupport.h"

#include "csv/clientimport.h"
#include "csv/csvexport.h"
#include "csv/csvreader.h"

#include <QElapsedTimer>
#include <QSqlQuery>

using namespace rapport;
using namespace rapport::csv;
using rapport::test::TestNotebook;

namespace {

Table readOk(const QByteArray &bytes, const ReadOptions &options = {})
{
    const ReadResult read = readTable(bytes, options);
    INFO(read.error.toStdString());
    REQUIRE(read.ok);
    return read.table;
}

int outboxRows(Notebook &nb)
{
    QSqlQuery q(nb.database().connection());
    REQUIRE(q.exec(QStringLiteral("SELECT count(*) FROM outbox")));
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("csv: quoted cells keep separators, doubled quotes and line breaks", "[csv]")
{
    const Table t = readOk("name,notes,phone\r\n"
                           "\"Lovelace, Ada\",\"said \"\"hello\"\"\",555 1234\r\n"
                           "Grace,\"line one\r\nline two\nline three\",555 9999\r\n"
                           "Alan,plain,\r\n");
    CHECK(t.separator == QLatin1Char(','));
    CHECK(t.header == QStringList{QStringLiteral("name"), QStringLiteral("notes"), QStringLiteral("phone")});
    REQUIRE(t.rows.size() == 3);
    CHECK(t.rows[0][0] == QStringLiteral("Lovelace, Ada"));
    CHECK(t.rows[0][1] == QStringLiteral("said \"hello\""));
    CHECK(t.rows[1][1] == QStringLiteral("line one\r\nline two\nline three"));
    CHECK(t.rows[2] == QStringList{QStringLiteral("Alan"), QStringLiteral("plain"), QString()});
    // A record with line breaks in it is still one spreadsheet row.
    CHECK(t.rowNumbers == QList<int>{2, 3, 4});
    CHECK(t.problems.isEmpty());
}

TEST_CASE("csv: a UTF-8 byte order mark is skipped and semicolons are detected", "[csv]")
{
    const Table t = readOk("\xEF\xBB\xBFPr\xC3\xA9nom;Nom;T\xC3\xA9l\xC3\xA9phone\n"
                           "Zo\xC3\xAB;M\xC3\xBCller;\"+33 1,23\"\n");
    CHECK(t.separator == QLatin1Char(';'));
    CHECK(t.encoding == Encoding::Utf8);
    CHECK(t.header.first() == QStringLiteral("Pr\u00e9nom")); // no U+FEFF left in front
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0] == QStringList{QStringLiteral("Zo\u00eb"), QStringLiteral("M\u00fcller"), QStringLiteral("+33 1,23")});
}

TEST_CASE("csv: bytes that are not UTF-8 are read as the spreadsheet's Windows-1252", "[csv]")
{
    // "Zoë;Müller;€ 5 – “VIP”" as a Western European spreadsheet saves it.
    const Table t = readOk("first;last;note\r\nZo\xEB;M\xFCller;\x80 5 \x96 \x93VIP\x94\r\n");
    CHECK(t.encoding == Encoding::Windows1252);
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0][0] == QStringLiteral("Zo\u00eb"));
    CHECK(t.rows[0][1] == QStringLiteral("M\u00fcller"));
    CHECK(t.rows[0][2] == QStringLiteral("\u20ac 5 \u2013 \u201cVIP\u201d"));
    // Latin-1 (ISO 8859-1) text reads the same; an accented letter last in the file is no
    // unfinished UTF-8 sequence.
    const Table latin1 = readOk("name\nJos\xE9");
    CHECK(latin1.encoding == Encoding::Windows1252);
    CHECK(latin1.rows.value(0).value(0) == QStringLiteral("Jos\u00e9"));
}

TEST_CASE("csv: an over-long cell refuses its row with the row number and the reason", "[csv]")
{
    ReadOptions options;
    options.maxFieldLength = 100;
    const QByteArray longCell(101, 'a');
    const Table t = readOk("name,interests\nAda,short\nGrace," + longCell + "\nAlan,\"" + QByteArray(100, 'b') + "\"\n",
                           options);
    REQUIRE(t.rows.size() == 2);
    CHECK(t.rowNumbers == QList<int>{2, 4});
    REQUIRE(t.problems.size() == 1);
    CHECK(t.problems[0].row == 3);
    CHECK(t.problems[0].reason.contains(QStringLiteral("column 2 has 101 characters")));
}

TEST_CASE("csv: rows with too many cells, text after a quote, and blank lines", "[csv]")
{
    const Table t = readOk("a,b\n1,2\n\n3,4,5\n\"6\"x,7\n8,9,,\n");
    CHECK(t.rowNumbers == QList<int>{2, 6}); // the blank row 3 is skipped, trailing empty cells are fine
    REQUIRE(t.problems.size() == 2);
    CHECK(t.problems[0].row == 4);
    CHECK(t.problems[0].reason.contains(QStringLiteral("3 cells but the header names 2")));
    CHECK(t.problems[1].row == 5);
    CHECK(t.problems[1].reason.contains(QStringLiteral("after its closing quote")));
}

TEST_CASE("csv: files refused whole say why", "[csv]")
{
    CHECK_FALSE(readTable("").ok);
    CHECK(readTable("\xEF\xBB\xBF  \r\n").error.contains(QStringLiteral("empty")));
    const ReadResult open = readTable("a,b\n1,\"never closed\n2,3\n");
    CHECK_FALSE(open.ok);
    CHECK(open.error.contains(QStringLiteral("line 2")));
}

TEST_CASE("csv: written rows read back the same", "[csv]")
{
    const QStringList cells{QStringLiteral("a,b"), QStringLiteral("say \"hi\""), QStringLiteral("two\nlines"),
                            QStringLiteral(" padded "), QStringLiteral("plain")};
    const Table t = readOk((formatRow({QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"),
                                       QStringLiteral("5")}) + formatRow(cells)).toUtf8());
    REQUIRE(t.rows.size() == 1);
    CHECK(t.rows[0] == cells);
}

TEST_CASE("csv: header words guess the mapping", "[csv][import]")
{
    const QList<ImportField> m = guessMapping({QStringLiteral("First Name"), QStringLiteral("Nachname"),
                                               QStringLiteral("E-mail"), QStringLiteral("Mobile phone"),
                                               QStringLiteral("Newsletter"), QStringLiteral("Date of birth"),
                                               QStringLiteral("Favourite colour"), QStringLiteral("Name")});
    CHECK(m == QList<ImportField>{ImportField::GivenName, ImportField::FamilyName, ImportField::Email,
                                  ImportField::Phone, ImportField::MarketingConsent, ImportField::Birthday,
                                  ImportField::Ignore, ImportField::Ignore});
    CHECK(guessMapping({QStringLiteral("Client")}) == QList<ImportField>{ImportField::FullName});
}

TEST_CASE("import: the dry run lists creates, updates by phone or email, and refusals, nothing is written",
          "[csv][import]")
{
    TestNotebook t;
    const Client ada = t.addClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("+44 20 7946 0001"));
    ClientChanges withEmail;
    withEmail.email = QStringLiteral("grace@navy.example");
    const Client grace = t.nb().updateClient(t.addClient(QStringLiteral("Grace"), QStringLiteral("Hopper")).id,
                                             withEmail).value();
    const int outboxBefore = outboxRows(t.nb());
    const int clientsBefore = t.nb().clientCount();

    const Table table = readOk("first,last,phone,email,marketing,birthday\n"
                               "Ada,Lovelace,442079460001,,yes,1815-12-10\n" // row 2: update by phone digits
                               "Grace,Hopper,,GRACE@navy.example,,\n" // row 3: same email, nothing new
                               "Alan,Turing,555 0100,alan@example.com,no,1912-06-23\n" // row 4: new
                               "Bad,Date,,,,1990-02-31\n" // row 5: not a day
                               "Bad,Shape,,,,12/04/1990\n" // row 6: not YYYY-MM-DD
                               ",,555 0200,,,\n" // row 7: no name
                               "Twin,Turing,555-0100,,,\n" // row 8: same phone as row 4
                               "Odd,Consent,,,perhaps,\n" // row 9: consent word unknown
                               "Eve,Mail,,eve@,,\n"); // row 10: not an email
    ClientImport import(t.nb());
    const Result<ImportPlan> planned = import.plan(table, guessMapping(table.header));
    INFO(planned.errorMessage().toStdString());
    REQUIRE(planned.ok());
    const ImportPlan &plan = planned.value();
    CHECK(plan.creates == 1);
    CHECK(plan.updates == 1);
    CHECK(plan.unchanged == 1);
    CHECK(plan.refused == 6);
    REQUIRE(plan.rows.size() == 9);
    CHECK(plan.rows[0].action == PlannedRow::Action::Update);
    CHECK(plan.rows[0].clientId == ada.id);
    CHECK(plan.rows[0].reason == QStringLiteral("same phone"));
    CHECK(plan.rows[0].changedFields == QStringList{QStringLiteral("Marketing consent"),
                                                    QStringLiteral("Birthday (YYYY-MM-DD)")});
    CHECK(plan.rows[1].action == PlannedRow::Action::Unchanged);
    CHECK(plan.rows[1].clientId == grace.id);
    CHECK(plan.rows[2].action == PlannedRow::Action::Create);
    CHECK(plan.rows[2].name == QStringLiteral("Alan Turing"));
    const auto refusal = [&plan](int index) { return plan.rows[index].reason.toStdString(); };
    CHECK(plan.rows[3].row == 5);
    CHECK_THAT(refusal(3), Catch::Contains("not a day of the calendar"));
    CHECK_THAT(refusal(4), Catch::Contains("not a date written YYYY-MM-DD"));
    CHECK_THAT(refusal(5), Catch::Contains("no name"));
    CHECK_THAT(refusal(6), Catch::Contains("also on row 4"));
    CHECK_THAT(refusal(7), Catch::Contains("neither yes nor no"));
    CHECK_THAT(refusal(8), Catch::Contains("not an address"));
    for (int i = 3; i < 9; ++i)
        CHECK(plan.rows[i].action == PlannedRow::Action::Refuse);

    // A dry run writes nothing.
    CHECK(outboxRows(t.nb()) == outboxBefore);
    CHECK(t.nb().clientCount() == clientsBefore);
}

TEST_CASE("import: running it writes the good rows in one go, recorded for sync", "[csv][import]")
{
    TestNotebook t;
    const Client ada = t.addClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("555 0001"));
    const int outboxBefore = outboxRows(t.nb());
    const Table table = readOk("name;phone;marketing;tags\n"
                               "Ada Lovelace;5550001;yes;analyst\n"
                               "Alan Turing;555 0100;no;codes, chess\n"
                               "Nobody;;maybe;\n");
    ClientImport import(t.nb());
    QList<int> progress;
    const auto ran = import.run(table, guessMapping(table.header), [&progress](int done, int) { progress << done; });
    INFO(ran.errorMessage().toStdString());
    REQUIRE(ran.ok());
    CHECK(ran->createdIds.size() == 1);
    CHECK(ran->updatedIds == QStringList{ada.id});
    CHECK(ran->plan.refused == 1);
    CHECK(progress.last() == 2);
    const Client alan = t.nb().client(ran->createdIds.first()).value();
    CHECK(alan.givenName == QStringLiteral("Alan"));
    CHECK(alan.familyName == QStringLiteral("Turing"));
    CHECK(alan.tags == QStringList{QStringLiteral("codes"), QStringLiteral("chess")});
    CHECK(alan.marketingConsent.state == QStringLiteral("withdrawn"));
    CHECK(alan.marketingConsent.byStaffId == t.sam.id);
    CHECK(t.nb().client(ada.id)->marketingConsent.state == QStringLiteral("given"));
    // One create and one update, each in the outbox like an edit made by hand.
    CHECK(outboxRows(t.nb()) == outboxBefore + 2);
    CHECK(importSummary(ran->plan, QStringLiteral("x.csv")).contains(QStringLiteral("1 new, 1 updated")));
}

TEST_CASE("import: a failure part-way leaves nothing imported", "[csv][import]")
{
    TestNotebook t;
    const int outboxBefore = outboxRows(t.nb());
    const int clientsBefore = t.nb().clientCount();
    QByteArray file("first,last\n");
    for (int i = 0; i < 50; ++i)
        file += "Client,Number" + QByteArray::number(i) + "\n";
    const Table table = readOk(file);
    // A trigger makes the 31st client's insert fail, as a full disk would part-way through.
    QSqlQuery q(t.nb().database().connection());
    for (const char *when : {"INSERT", "UPDATE"})
        REQUIRE(q.exec(QStringLiteral("CREATE TEMP TRIGGER refuse_31_%1 BEFORE %1 ON client "
                                      "WHEN NEW.family_name = 'Number30' BEGIN SELECT RAISE(ABORT, 'disk full'); END")
                           .arg(QLatin1String(when))));
    ClientImport import(t.nb());
    const auto ran = import.run(table, guessMapping(table.header));
    REQUIRE_FALSE(ran.ok());
    CHECK_THAT(ran.errorMessage().toStdString(), Catch::Contains("nothing was imported"));
    CHECK(t.nb().clientCount() == clientsBefore);
    CHECK(outboxRows(t.nb()) == outboxBefore);
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_31_INSERT")));
    REQUIRE(q.exec(QStringLiteral("DROP TRIGGER refuse_31_UPDATE")));
    // The notebook still takes writes afterwards.
    CHECK(import.run(table, guessMapping(table.header)).ok());
    CHECK(t.nb().clientCount() == clientsBefore + 50);
}

TEST_CASE("csv: 10,000 rows are read, planned and imported quickly", "[csv][import]")
{
    QByteArray file("\xEF\xBB\xBFGiven name;Family name;Phone;Email;Marketing;Birthday\r\n");
    for (int i = 0; i < 10000; ++i) {
        file += "Client;\"Number " + QByteArray::number(i) + "\";+1 555 " + QByteArray::number(1000000 + i)
            + ";client" + QByteArray::number(i) + "@example.com;" + (i % 3 ? "yes" : "no") + ";"
            + (i % 1000 == 7 ? "1990-13-01" : "1990-01-01") + "\r\n";
    }
    QElapsedTimer timer;
    timer.start();
    const Table table = readOk(file);
    const qint64 readMs = timer.elapsed();
    CHECK(table.rows.size() == 10000);
    TestNotebook t;
    ClientImport import(t.nb());
    timer.restart();
    const auto planned = import.plan(table, guessMapping(table.header));
    const qint64 planMs = timer.elapsed();
    REQUIRE(planned.ok());
    CHECK(planned->creates == 9990);
    CHECK(planned->refused == 10);
    timer.restart();
    const auto ran = import.run(table, guessMapping(table.header));
    const qint64 runMs = timer.elapsed();
    REQUIRE(ran.ok());
    CHECK(t.nb().clientCount() == 9990);
    WARN("10,000 rows: read " << readMs << " ms, dry run " << planMs << " ms, import " << runMs << " ms");
    // Generous bounds: a shared, loaded test machine; the figures themselves are in BENCHMARKS.md.
    CHECK(readMs < 2000);
    CHECK(planMs < 5000);
}

TEST_CASE("export: clients without marketing consent are marked, and a marketing export leaves them out", "[csv]")
{
    TestNotebook t;
    const Client ada = t.addClient(QStringLiteral("Ada"), QStringLiteral("=Lovelace"), QStringLiteral("555 0001"));
    ClientChanges yes;
    yes.marketingConsent = Consent{QStringLiteral("given"), QDateTime::currentDateTimeUtc(), t.sam.id};
    REQUIRE(t.nb().updateClient(ada.id, yes).ok());
    t.addClient(QStringLiteral("Alan"), QStringLiteral("Turing"));
    t.addNote(ada.id, NoteKind::Need, QStringLiteral("Needs a hole in masonry, \"for a picture\""));

    CsvExport exporter(t.nb());
    const auto all = exporter.bytes(ExportKind::Clients);
    REQUIRE(all.ok());
    CHECK(all->first.startsWith("\xEF\xBB\xBF"));
    CHECK(all->second.rows == 2);
    CHECK(all->second.withoutMarketingConsent == 1);
    const Table clients = readOk(all->first);
    const int allowed = int(clients.header.indexOf(QStringLiteral("marketing_allowed")));
    const int family = int(clients.header.indexOf(QStringLiteral("family_name")));
    REQUIRE(clients.rows.size() == 2);
    // Sorted by family name: "'=Lovelace" (defused formula) then Turing.
    CHECK(clients.rows[0][family] == QStringLiteral("'=Lovelace"));
    CHECK(clients.rows[0][allowed] == QStringLiteral("yes"));
    CHECK(clients.rows[1][allowed] == QStringLiteral("NO marketing consent"));

    const auto marketing = exporter.bytes(ExportKind::MarketingClients);
    REQUIRE(marketing.ok());
    CHECK(marketing->second.rows == 1);
    CHECK(marketing->second.leftOut == 1);
    CHECK_FALSE(marketing->first.contains("Turing"));

    const auto notes = exporter.bytes(ExportKind::Notes);
    REQUIRE(notes.ok());
    const Table noteTable = readOk(notes->first);
    REQUIRE(noteTable.rows.size() == 1);
    CHECK(noteTable.rows[0][noteTable.header.indexOf(QStringLiteral("body"))]
          == QStringLiteral("Needs a hole in masonry, \"for a picture\""));
    CHECK(noteTable.rows[0][noteTable.header.indexOf(QStringLiteral("author"))] == t.sam.name);

    const auto followUps = exporter.bytes(ExportKind::FollowUps);
    REQUIRE(followUps.ok());
    CHECK(readOk(followUps->first).header.contains(QStringLiteral("due_date")));
}
