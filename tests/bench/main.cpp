// rapport-bench: builds a large notebook and times what floor staff feel:
// search as you type, opening a client, adding a note, opening the app.
// Prints one JSON object per line; see docs/BENCHMARKS.md.

#include "bulkload.h"
#include "report.h"
#include "reportbench.h"
#include "syncbench.h"
#include "rawsearch.h"
#include "sqlite.h"

#include "changerecorder.h"
#include "heapsettings.h"
#include "clientsearch.h"
#include "notebook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>
#include <cstdlib>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <optional>
#include <random>
#include <vector>

using namespace rapport;
using bench::fail;
using bench::msSince;
using bench::percentile;
using bench::report;
using bench::reportLoad;

namespace {

struct Options
{
    int clients = 50000;
    int notesPerClient = 10;
    QString dataDir;
    quint32 seed = 7;
};

std::optional<Options> parse(const QStringList &args)
{
    if (args.size() < 2 || args[1] != QLatin1String("local"))
        return std::nullopt;
    Options o;
    for (int i = 2; i < args.size(); ++i) {
        const QString &a = args[i];
        const bool hasValue = i + 1 < args.size();
        if (a == QLatin1String("--clients") && hasValue)
            o.clients = args[++i].toInt();
        else if (a == QLatin1String("--notes-per-client") && hasValue)
            o.notesPerClient = args[++i].toInt();
        else if (a == QLatin1String("--data-dir") && hasValue)
            o.dataDir = args[++i];
        else if (a == QLatin1String("--seed") && hasValue)
            o.seed = args[++i].toUInt();
        else
            return std::nullopt;
    }
    if (o.clients <= 0 || o.notesPerClient < 0)
        return std::nullopt;
    return o;
}

std::unique_ptr<Notebook> openNotebook(const QString &dir)
{
    auto opened = Notebook::open(dir);
    if (!opened)
        fail(opened.errorMessage());
    return std::move(opened.value());
}

/** Prefixes of 1 to 4 letters of names and note words, as typed one key at a time. */
QStringList searchQueries(std::mt19937 &random)
{
    QStringList queries;
    auto addPrefixes = [&](const QStringList &words, int count) {
        for (int i = 0; i < count; ++i) {
            const QString word = words[int(random() % quint32(words.size()))];
            for (int n = 1; n <= 4 && n <= word.size(); ++n)
                queries += word.left(n);
            queries += word; // the whole word, e.g. a note word like "masonry"
        }
    };
    addPrefixes(bench::nameWords(), 40);
    addPrefixes(bench::noteWords(), 40);
    return queries;
}

void measureSearch(Notebook &notebook, sqlite3 *raw, const QStringList &queries)
{
    const ClientSearch search(notebook.database().connection());
    // One warm-up pass so both sides start from the same page cache.
    for (const QString &q : queries) {
        (void)search.page(q, 0, 50);
        (void)bench::rawSearchPage(raw, q, 0, 50);
    }
    std::vector<double> real, baseline;
    std::vector<std::pair<double, QString>> slowest;
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            const QList<ClientListEntry> rows = search.page(q, 0, 50);
            real.push_back(msSince(t));
            slowest.emplace_back(real.back(), q);
            t.restart();
            const std::vector<bench::RawEntry> rawRows = bench::rawSearchPage(raw, q, 0, 50);
            baseline.push_back(msSince(t));
            if (size_t(rows.size()) != rawRows.size())
                fail(QStringLiteral("search and baseline disagree for \"%1\"").arg(q));
        }
    }
    // The slowest queries go to stderr, to see what a p99 is made of.
    std::sort(slowest.begin(), slowest.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
    for (size_t i = 0; i < std::min<size_t>(5, slowest.size()); ++i)
        std::cerr << "slow search: \"" << slowest[i].second.toStdString() << "\" " << slowest[i].first << " ms\n";
    report(QStringLiteral("search_p50"), percentile(real, 0.5), QStringLiteral("ms"), percentile(baseline, 0.5));
    report(QStringLiteral("search_p99"), percentile(real, 0.99), QStringLiteral("ms"), percentile(baseline, 0.99),
         QStringLiteral("< 16 ms and <= 1.5x baseline"));
}

/**
 * A name misspelt as people do: each name word of 5 letters or more with one
 * letter dropped and, separately, two neighbours swapped. Timed as the client
 * list runs it: the search, then the near-miss look-up when it found nothing.
 */
void measureNearMiss(Notebook &notebook)
{
    QStringList queries;
    for (const QString &word : bench::nameWords()) {
        if (word.size() < 5)
            continue;
        queries += QString(word).remove(2, 1);
        QString swapped = word;
        std::swap(swapped[1], swapped[2]);
        queries += swapped;
    }
    const ClientSearch search(notebook.database().connection());
    for (const QString &q : queries) // warm-up
        (void)search.closeMatches(q, 20);
    std::vector<double> times;
    int offered = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &q : queries) {
            QElapsedTimer t;
            t.start();
            if (search.page(q, 0, 50).isEmpty())
                offered += search.closeMatches(q, 20).isEmpty() ? 0 : 1;
            times.push_back(msSince(t));
        }
    }
    std::cerr << "near miss: " << offered / 3 << " of " << queries.size() << " misspellings offered close matches\n";
    report(QStringLiteral("near_miss_p50"), percentile(times, 0.5), QStringLiteral("ms"));
    report(QStringLiteral("near_miss_p99"), percentile(times, 0.99), QStringLiteral("ms"), {},
           QStringLiteral("< 16 ms"));
}

QStringList sampleClientIds(sqlite3 *raw, int count, std::mt19937 &random, int clients)
{
    QStringList ids;
    bench::Statement s(raw, "SELECT id FROM client WHERE seq = ?");
    for (int i = 0; i < count; ++i) {
        s.bind(1, qint64(1 + random() % quint32(clients)));
        if (s.step())
            ids += QString::fromStdString(s.text(0));
        s.reset();
    }
    return ids;
}

/** Opens each client as the client page does; the baseline reads the same rows raw. */
void measureOpenClient(Notebook &notebook, sqlite3 *raw, const QStringList &ids)
{
    bench::Statement card(raw, "SELECT * FROM client WHERE id = ? AND deleted = 0");
    bench::Statement timeline(raw, "SELECT * FROM note WHERE client_id = ? AND deleted = 0 "
                                   "ORDER BY created_at DESC, seq DESC");
    bench::Statement followUps(raw, "SELECT * FROM follow_up WHERE client_id = ? AND deleted = 0 "
                                    "AND status IN ('open', 'snoozed') ORDER BY due_date");
    std::vector<double> samples, baseline;
    for (const QString &id : ids) {
        QElapsedTimer t;
        t.start();
        const std::optional<Client> client = notebook.client(id);
        const QList<Note> notes = notebook.notesForClient(id);
        const QList<FollowUp> open = notebook.openFollowUpsForClient(id);
        samples.push_back(msSince(t));
        if (!client)
            fail(QStringLiteral("client %1 vanished").arg(id));
        Q_UNUSED(notes);
        Q_UNUSED(open);
        t.restart();
        for (bench::Statement *s : {&card, &timeline, &followUps}) {
            s->bind(1, id);
            while (s->step()) {
                for (int c = 0; c < 16; ++c)
                    (void)s->text(c);
            }
            s->reset();
        }
        baseline.push_back(msSince(t));
    }
    std::vector<double> sorted = samples;
    std::sort(sorted.rbegin(), sorted.rend());
    std::cerr << "slowest client opens (ms):";
    for (size_t i = 0; i < std::min<size_t>(5, sorted.size()); ++i)
        std::cerr << ' ' << sorted[i];
    std::cerr << '\n';
    report(QStringLiteral("open_client_p50"), percentile(samples, 0.5), QStringLiteral("ms"),
           percentile(baseline, 0.5));
    report(QStringLiteral("open_client_p99"), percentile(samples, 0.99), QStringLiteral("ms"),
           percentile(baseline, 0.99), QStringLiteral("< 5 ms"));
}

/**
 * The baseline for adding a note: the statements Notebook::addNote writes with
 * (note with its row clock, FTS, outbox, last seen from the newest note,
 * clock), with the same changed fields and values, through the
 * raw API with cached statements, one transaction each, same pragmas. What the
 * raw side skips is the app's own work: checks, reads of staff and client, the
 * read back of the saved note.
 */
class RawNoteWriter
{
public:
    explicit RawNoteWriter(sqlite3 *db)
        : m_db(db),
          m_note(db, "INSERT INTO note(id, client_id, kind, body, need_purpose, need_context, need_have, "
                     "need_duration, need_budget, items, amount_cents, author_id, store_id, created_at, "
                     "updated_at, deleted, row_hlc, row_clocked) VALUES(?, ?, 'conversation', ?, '', '', '', '', "
                     "'', '', NULL, ?, ?, ?, ?, 0, ?, ?)"),
          m_outbox(db, "INSERT INTO outbox(entity, entity_id, op, fields, base, hlc, created_at) "
                       "VALUES('note', ?, 'upsert', ?, ?, ?, ?)"),
          m_fts(db, "INSERT INTO note_fts(rowid, text, client_id) VALUES(last_insert_rowid(), ?, ?)"),
          m_seen(db, "UPDATE client SET (last_seen_at, last_seen_by, last_seen_store_id) = "
                     "(SELECT created_at, author_id, store_id FROM note "
                     "WHERE client_id = ? AND deleted = 0 ORDER BY created_at DESC LIMIT 1) WHERE id = ?"),
          m_meta(db, "INSERT INTO meta(key, value) VALUES('bench_hlc', ?) "
                     "ON CONFLICT(key) DO UPDATE SET value = excluded.value")
    {
    }

    void add(const QString &clientId, const QString &body, const QString &authorId, const QString &storeId)
    {
        const QString id = newUuidV7();
        const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        const QString hlc = QStringLiteral("%1-00000-bench").arg(QDateTime::currentMSecsSinceEpoch(), 15, 10,
                                                                 QLatin1Char('0'));
        // The fields a new conversation note changes from their defaults, as the app records them.
        const QJsonObject changed{{QStringLiteral("author_id"), authorId}, {QStringLiteral("body"), body},
                                  {QStringLiteral("client_id"), clientId}, {QStringLiteral("created_at"), now},
                                  {QStringLiteral("kind"), QStringLiteral("conversation")},
                                  {QStringLiteral("store_id"), storeId}, {QStringLiteral("updated_at"), now}};
        QJsonObject base;
        for (const QString &field : changed.keys())
            base.insert(field, QJsonValue::Null);
        bench::execute(m_db, "BEGIN IMMEDIATE");
        m_meta.bind(1, hlc);
        run(m_meta);
        m_note.bind(1, id);
        m_note.bind(2, clientId);
        m_note.bind(3, body);
        m_note.bind(4, authorId);
        m_note.bind(5, storeId);
        m_note.bind(6, now);
        m_note.bind(7, now);
        m_note.bind(8, hlc);
        m_note.bind(9, qint64(rapport::clockMask(rapport::noteSpec(), changed.keys())));
        run(m_note);
        m_fts.bind(1, body + QStringLiteral("     "));
        m_fts.bind(2, clientId);
        run(m_fts);
        m_outbox.bind(1, id);
        m_outbox.bind(2, QString::fromUtf8(QJsonDocument(changed).toJson(QJsonDocument::Compact)));
        m_outbox.bind(3, QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)));
        m_outbox.bind(4, hlc);
        m_outbox.bind(5, now);
        run(m_outbox);
        m_seen.bind(1, clientId);
        m_seen.bind(2, clientId);
        run(m_seen);
        bench::execute(m_db, "COMMIT");
    }

private:
    static void run(bench::Statement &s)
    {
        s.step();
        s.reset();
    }
    sqlite3 *m_db;
    bench::Statement m_note, m_outbox, m_fts, m_seen, m_meta;
};

/**
 * 1,000 notes each way on the same file with the same pragmas, the order within
 * each pair drawn at random. A fixed order would not be fair: every note flushes
 * the same number of FTS5 leaf pages, FTS5 merges segments each time its write
 * counter passes a multiple of 64 leaves, and with a fixed pattern (real, raw,
 * raw, real, ...) that boundary fell on a real note every time, so the real
 * side paid every merge (up to 600 pages) and the WAL checkpoints they brought
 * on while the raw side paid none. Drawn at random, a merge, checkpoint or
 * fsync stall lands on either side alike.
 */
void measureAddNote(Notebook &notebook, sqlite3 *raw, const QStringList &ids, std::mt19937 &random)
{
    const QString author = notebook.currentStaffId();
    const QString store = notebook.staffById(author)->storeId;
    QSqlQuery checkpoint(notebook.database().connection());
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_autocheckpoint")) || !checkpoint.next())
        fail(QStringLiteral("cannot read the notebook's wal_autocheckpoint"));
    const std::string autocheckpoint = "PRAGMA wal_autocheckpoint=" + checkpoint.value(0).toString().toStdString();
    checkpoint.finish();
    bench::execute(raw, autocheckpoint.c_str());
    RawNoteWriter writer(raw);
    std::vector<double> real, baseline;
    int i = 0;
    for (const QString &id : ids) {
        const QString body = QStringLiteral("Came back for wall plugs; the picture hook held (visit %1)").arg(++i);
        const auto addReal = [&] {
            Note n;
            n.clientId = id;
            n.kind = NoteKind::Conversation;
            n.body = body;
            QElapsedTimer t;
            t.start();
            const Result<Note> added = notebook.addNote(n);
            real.push_back(msSince(t));
            if (!added)
                fail(added.errorMessage());
        };
        const auto addRaw = [&] {
            QElapsedTimer t;
            t.start();
            writer.add(id, body, author, store);
            baseline.push_back(msSince(t));
        };
        if (random() & 1) {
            addReal();
            addRaw();
        } else {
            addRaw();
            addReal();
        }
    }
    const auto over = [](const std::vector<double> &samples, double ms) {
        return std::count_if(samples.begin(), samples.end(), [ms](double s) { return s > ms; });
    };
    std::cerr << "add note: " << real.size() << " samples each; real max " << percentile(real, 1.0)
              << " ms, raw max " << percentile(baseline, 1.0) << " ms; over 20 ms: real " << over(real, 20)
              << ", raw " << over(baseline, 20) << '\n';
    report(QStringLiteral("add_note_p50"), percentile(real, 0.5), QStringLiteral("ms"), percentile(baseline, 0.5));
    report(QStringLiteral("add_note_p99"), percentile(real, 0.99), QStringLiteral("ms"), percentile(baseline, 0.99),
         QStringLiteral("<= 2x baseline"));
}

double peakMemoryMb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

void bench::reportLoad()
{
    double load[1] = {0};
    if (getloadavg(load, 1) == 1)
        report(QStringLiteral("load_average_1m"), load[0], QStringLiteral("runnable processes"));
}

int main(int argc, char **argv)
{
    keepHeapForSyncAnswers(); // as the app does: the devices it runs allocate as the app's would
    QCoreApplication app(argc, argv);
    if (app.arguments().size() > 1 && app.arguments().at(1) == QLatin1String("sync"))
        return bench::runSyncBench(app.arguments());
    if (app.arguments().size() > 1 && app.arguments().at(1) == QLatin1String("report"))
        return bench::runReportBench(app.arguments());
    const std::optional<Options> options = parse(app.arguments());
    if (!options) {
        std::cerr << "usage: rapport-bench local [--clients N] [--notes-per-client N] [--data-dir DIR] [--seed S]\n"
                     "       rapport-bench sync [--clients N] [--notes-per-client N] [--devices N] [--seed S]\n"
                     "       rapport-bench report [--clients N] [--notes-per-client N] [--runs N] [--data-dir DIR]\n"
                     "Builds a notebook of N clients (default 50000, 10 notes each) in DIR (default: a\n"
                     "temporary folder, removed afterwards; an existing notebook in DIR is reused) and prints\n"
                     "one JSON object per line: {\"metric\", \"value\", \"unit\"} with \"baseline\" (raw sqlite3)\n"
                     "beside search and add-note.\n";
        return 2;
    }
    QTemporaryDir temporary;
    const QString dir = options->dataDir.isEmpty() ? temporary.path() : options->dataDir;
    if (!QDir().mkpath(dir))
        fail(QStringLiteral("cannot create %1").arg(dir));
    const QString dbPath = QDir(dir).filePath(QStringLiteral("rapport.db"));

    // Set-up: schema and staff through the app, bulk rows through the raw API.
    int clients = 0;
    {
        std::unique_ptr<Notebook> notebook = openNotebook(dir);
        clients = notebook->clientCount();
        if (clients == 0) {
            const Store store{newUuidV7(), QStringLiteral("Harbour St"), {}};
            if (!notebook->upsertStore(store))
                fail(QStringLiteral("cannot add the store"));
            bench::Authors authors;
            for (const char *name : {"Sam Okafor", "Priya Nair", "Dana Whitfield"}) {
                const Staff staff{newUuidV7(), store.id, QString::fromUtf8(name), QString::fromUtf8(name).toLower(),
                                  StaffRole::Associate};
                if (!notebook->upsertStaff(staff))
                    fail(QStringLiteral("cannot add staff"));
                authors.staffIds += staff.id;
                authors.storeIds += store.id;
            }
            if (!notebook->setCurrentStaff(authors.staffIds.first()))
                fail(QStringLiteral("cannot pick the staff member"));
            notebook.reset();
            QElapsedTimer t;
            t.start();
            bench::bulkLoad(dbPath, options->clients, options->notesPerClient, options->seed, authors);
            report(QStringLiteral("setup_bulk_load"), msSince(t) / 1000.0, QStringLiteral("s"));
            clients = options->clients;
        } else {
            std::cerr << "rapport-bench: reusing the notebook in " << dir.toStdString() << " (" << clients
                      << " clients)" << std::endl;
        }
    }
    report(QStringLiteral("clients"), clients, QStringLiteral("count"));
    reportLoad();

    // Open the notebook and show the first page of the client list.
    QElapsedTimer t;
    t.start();
    std::unique_ptr<Notebook> notebook = openNotebook(dir);
    const QList<ClientListEntry> firstPage = ClientSearch(notebook->database().connection()).page(QString(), 0, 50);
    report(QStringLiteral("open_and_first_page"), msSince(t), QStringLiteral("ms"), {}, QStringLiteral("< 1000 ms"));
    if (firstPage.size() != std::min(50, clients))
        fail(QStringLiteral("the first page has %1 rows").arg(firstPage.size()));

    sqlite3 *raw = bench::openRaw(dbPath);
    std::mt19937 random(options->seed);
    try {
        measureSearch(*notebook, raw, searchQueries(random));
        measureNearMiss(*notebook);
        measureOpenClient(*notebook, raw, sampleClientIds(raw, 1000, random, clients));
        measureAddNote(*notebook, raw, sampleClientIds(raw, 1000, random, clients), random);
    } catch (const std::exception &e) {
        fail(QString::fromUtf8(e.what()));
    }
    sqlite3_close(raw);
    reportLoad();
    report(QStringLiteral("peak_memory"), peakMemoryMb(), QStringLiteral("MB"), {}, QStringLiteral("< 200 MB"));
    return 0;
}
