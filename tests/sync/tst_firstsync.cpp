// A fresh device's first sync, killed with SIGKILL while it applies pulled
// pages or snapshot pages: each time the database opens whole, holds exactly
// the pages it committed with their cursor or snapshot token, and the next run
// resumes and ends equal to the server, with what a colleague wrote meanwhile. Its note search index, filled in the background after the pull, is
// exact whatever happens meanwhile (edits, a kill).
#include "clientsearch.h"
#include "fixture.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <QThread>

using namespace rapport;
using namespace rapport::test;

namespace {

/** Reads the device's files from outside, as a second process would. */
class Peek
{
public:
    explicit Peek(const QString &path) : m_name(QStringLiteral("peek-%1").arg(++s_count))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
        m_open = db.open();
    }
    ~Peek()
    {
        QSqlDatabase::database(m_name, false).close();
        QSqlDatabase::removeDatabase(m_name);
    }
    /** Every row, its columns joined with '|'. */
    QStringList rows(const QString &statement) const
    {
        QStringList all;
        if (!m_open)
            return all;
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement))
            return {QStringLiteral("error: ") + query.lastError().text()};
        while (query.next()) {
            QStringList columns;
            for (int i = 0; i < query.record().count(); ++i)
                columns << query.value(i).toString();
            all << columns.join(QLatin1Char('|'));
        }
        return all;
    }
    /** The first column of the first row, or an invalid value (no file yet, no table, no row). */
    QVariant value(const QString &statement) const
    {
        if (!m_open)
            return {};
        QSqlQuery query(QSqlDatabase::database(m_name, false));
        if (!query.exec(statement) || !query.next())
            return {};
        return query.value(0);
    }

private:
    static inline int s_count = 0;
    QString m_name;
    bool m_open = false;
};

// How many segments at a level the note index waits for before merging them, and how many bytes
// of terms it keeps in memory before writing a segment (FTS5 config).
const QString AutoMerge = QStringLiteral("SELECT v FROM note_fts_config WHERE k = 'automerge'");
const QString HashSize = QStringLiteral("SELECT v FROM note_fts_config WHERE k = 'hashsize'");
// The note index as stored, and as indexing every live note from scratch makes it.
const QString IndexedNotes = QStringLiteral("SELECT rowid, text, client_id FROM note_fts ORDER BY rowid");
const QString RebuiltNotes = QStringLiteral(
    "SELECT seq, coalesce(body, '') || ' ' || coalesce(need_purpose, '') || ' ' || coalesce(need_context, '') "
    "|| ' ' || coalesce(need_have, '') || ' ' || coalesce(need_budget, '') || ' ' || coalesce(items, ''), "
    "coalesce(client_id, '') FROM note WHERE deleted = 0 ORDER BY seq");
// The live notes a partial index must hold: those at or below its watermark (all without one).
const QString NotesBelowWatermark = QStringLiteral(
    "SELECT count(*) FROM note WHERE deleted = 0 AND seq <= coalesce("
    "(SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'note_index_through'), 9223372036854775807)");

QStringList rowsOf(const QSqlDatabase &db, const QString &statement)
{
    QStringList all;
    QSqlQuery query(db);
    if (!query.exec(statement))
        return {QStringLiteral("error: ") + query.lastError().text()};
    while (query.next()) {
        QStringList columns;
        for (int i = 0; i < query.record().count(); ++i)
            columns << query.value(i).toString();
        all << columns.join(QLatin1Char('|'));
    }
    return all;
}

int countOf(const QSqlDatabase &db, const QString &statement)
{
    const QStringList rows = rowsOf(db, statement);
    return rows.size() == 1 ? rows.first().toInt() : -1;
}

bool hasClient(const QList<ClientListEntry> &entries, const QString &id)
{
    return std::any_of(entries.cbegin(), entries.cend(), [&](const ClientListEntry &e) { return e.id == id; });
}

QString cursorOf(const QString &path)
{
    if (!QFile::exists(path))
        return {};
    return Peek(path).value(QStringLiteral("SELECT value FROM meta WHERE key = 'pull_cursor'")).toString();
}

/** Snapshot entries a device has applied so far (0 before its first page and after its last). */
qint64 snapshotAppliedOf(const QString &path)
{
    if (!QFile::exists(path))
        return 0;
    return Peek(path).value(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_applied'")).toLongLong();
}

/**
 * 1200 clients with a note each, pushed by `writer`, then a later history: some phones edited
 * (records with two clocks) and every hundredth client deleted. Returns the client ids.
 */
QStringList fillWithHistory(Device &writer)
{
    QStringList clients;
    {
        Notebook::BulkWrite bulk(writer.notebook());
        REQUIRE(bulk.began());
        for (int i = 0; i < 1200; ++i) {
            const QString id = createClient(writer.notebook(), QStringLiteral("First%1").arg(i),
                                            QStringLiteral("Sync%1").arg(i % 37));
            clients << id;
            addNote(writer.notebook(), id, QStringLiteral("Asked about masonry anchors, visit %1").arg(i));
        }
        REQUIRE(bulk.commit().ok());
    }
    ClientChanges phone;
    phone.phone = QStringLiteral("555 010 4242");
    for (int i = 0; i < 1200; i += 50)
        REQUIRE(writer.notebook().updateClient(clients.at(i), phone).ok());
    for (int i = 7; i < 1200; i += 100)
        REQUIRE(writer.notebook().deleteClient(clients.at(i)).ok());
    writer.engine().setPushBatchSize(500);
    REQUIRE(writer.sync(120000));
    REQUIRE(writer.notebook().pendingMutationCount() == 0);
    return clients;
}

} // namespace

TEST_CASE("A first sync killed while it applies pulled pages resumes and ends equal to the server",
          "[fault][firstsync]")
{
    Chain chain;
    Device writer(QStringLiteral("writer"));
    signInOrFail(writer, chain.server.url(), chain.sam);
    fillWithHistory(writer);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("rapport.db"));
    const QStringList arguments{dir.path(), chain.server.url(), chain.alex.login, chain.alex.password,
                                QStringLiteral("20")};
    // This device pulls the change history from cursor 0 (a server from before the snapshot).
    QProcessEnvironment history = QProcessEnvironment::systemEnvironment();
    history.insert(QStringLiteral("FIRST_SYNC_BY"), QStringLiteral("history"));
    QRandomGenerator random(20261130);
    QString lastCursor;
    int kills = 0;
    for (int run = 0; run < 8 && kills < 3; ++run) {
        QProcess device;
        device.setProcessEnvironment(history);
        device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
        REQUIRE(device.waitForStarted());
        // Wait until at least one more page has committed, then kill at a random moment of the next ones.
        QElapsedTimer waited;
        waited.start();
        bool finished = false;
        while (cursorOf(dbPath) == lastCursor) {
            if (device.waitForFinished(2)) {
                finished = true;
                break;
            }
            REQUIRE(waited.elapsed() < 60000);
        }
        if (finished) {
            INFO("the device finished its first sync before it could be killed (run " << run << ")");
            CHECK(device.exitCode() == 0);
            break;
        }
        QThread::usleep(random.bounded(20000));
        device.kill(); // SIGKILL
        REQUIRE(device.waitForFinished(10000));
        ++kills;

        // The file opens whole, and what it holds is what its cursor says: every
        // applied note is in the search index (pages commit with their index
        // rows), or up to the watermark when a large page left the rest to batches.
        Peek peek(dbPath);
        CHECK(peek.value(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        const QString cursor = peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'pull_cursor'")).toString();
        CHECK(cursor.toLongLong() >= lastCursor.toLongLong());
        CHECK(peek.value(NotesBelowWatermark).toInt() == peek.value(QStringLiteral("SELECT count(*) FROM note_fts")).toInt());
        CHECK(peek.value(QStringLiteral("SELECT count(*) FROM client WHERE deleted = 0")).toInt()
              == peek.value(QStringLiteral("SELECT count(*) FROM client_fts")).toInt());
        lastCursor = cursor;
    }
    CHECK(kills >= 1);

    // The next run resumes from the stored cursor and finishes.
    QProcess device;
    device.setProcessEnvironment(history);
    device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
    REQUIRE(device.waitForFinished(120000));
    REQUIRE(device.exitStatus() == QProcess::NormalExit);
    REQUIRE(device.exitCode() == 0);

    auto opened = Notebook::open(dir.path());
    REQUIRE(opened.ok());
    Notebook &resumed = *opened.value();
    CHECK(resumed.clientCount() == 1200 - 12);
    Device fresh(QStringLiteral("fresh"));
    signInOrFail(fresh, chain.server.url(), chain.sam);
    CHECK_SAME_DATA(snapshot(resumed), snapshot(fresh.notebook()));
    CHECK_SAME_DATA(snapshot(resumed), snapshot(writer.notebook()));
}

TEST_CASE("A first sync by snapshot killed between pages resumes and ends equal to the server with the writes made during it",
          "[fault][firstsync][snapshot]")
{
    Chain chain;
    Device writer(QStringLiteral("writer"));
    signInOrFail(writer, chain.server.url(), chain.sam);
    const QStringList clients = fillWithHistory(writer);

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("rapport.db"));
    // Snapshot pages of 20 entries: about 120 pages for 2,400 records.
    const QStringList arguments{dir.path(), chain.server.url(), chain.alex.login, chain.alex.password,
                                QStringLiteral("20")};
    QRandomGenerator random(20261201);
    qint64 lastApplied = 0;
    int kills = 0;
    int midSnapshot = 0;
    for (int run = 0; run < 8 && kills < 3; ++run) {
        QProcess device;
        device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
        REQUIRE(device.waitForStarted());
        // Wait until at least one more snapshot page has committed.
        QElapsedTimer waited;
        waited.start();
        bool finished = false;
        while (snapshotAppliedOf(dbPath) <= lastApplied) {
            if (device.waitForFinished(2)) {
                finished = true;
                break;
            }
            REQUIRE(waited.elapsed() < 60000);
        }
        if (finished) {
            INFO("the device finished its first sync before it could be killed (run " << run << ")");
            CHECK(device.exitCode() == 0);
            break;
        }
        // A colleague writes while the snapshot streams: a new client with a note, an edit of
        // a client the snapshot may have passed already, and a delete.
        const QString added = createClient(writer.notebook(), QStringLiteral("During%1").arg(run),
                                           QStringLiteral("Snapshot"));
        addNote(writer.notebook(), added, QStringLiteral("Came in while a tablet loaded, visit %1").arg(run));
        ClientChanges phone;
        phone.phone = QStringLiteral("555 020 %1").arg(run, 4, 10, QLatin1Char('0'));
        REQUIRE(writer.notebook().updateClient(clients.at(run * 3 + 10), phone).ok());
        REQUIRE(writer.notebook().deleteClient(clients.at(run * 3 + 11)).ok());
        REQUIRE(writer.sync(60000));
        QThread::usleep(random.bounded(20000));
        device.kill(); // SIGKILL
        REQUIRE(device.waitForFinished(10000));
        ++kills;

        // Whole, and what it holds is what its snapshot position says: every client is in the
        // client index, every note up to the watermark in the note index, and no pull cursor
        // until the last page is in (pulls must not skip what the snapshot has not sent yet).
        Peek peek(dbPath);
        CHECK(peek.value(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        const qint64 applied = peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_applied'")).toLongLong();
        if (peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_next'")).isValid()) {
            ++midSnapshot;
            CHECK(applied >= lastApplied);
            CHECK_FALSE(peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'pull_cursor'")).isValid());
            CHECK(peek.value(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_total'")).toLongLong() >= applied);
        }
        CHECK(peek.value(NotesBelowWatermark).toInt() == peek.value(QStringLiteral("SELECT count(*) FROM note_fts")).toInt());
        CHECK(peek.value(QStringLiteral("SELECT count(*) FROM client WHERE deleted = 0")).toInt()
              == peek.value(QStringLiteral("SELECT count(*) FROM client_fts")).toInt());
        lastApplied = applied;
    }
    CHECK(midSnapshot >= 1);

    // The next run resumes from the stored token, pulls what was written meanwhile and finishes.
    QProcess device;
    device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
    REQUIRE(device.waitForFinished(120000));
    REQUIRE(device.exitStatus() == QProcess::NormalExit);
    REQUIRE(device.exitCode() == 0);
    CHECK_FALSE(Peek(dbPath).value(QStringLiteral("SELECT value FROM meta WHERE key = 'snapshot_next'")).isValid());
    CHECK_FALSE(cursorOf(dbPath).isEmpty());

    auto opened = Notebook::open(dir.path());
    REQUIRE(opened.ok());
    Notebook &resumed = *opened.value();
    CHECK(resumed.clientCount() == writer.notebook().clientCount());
    for (int run = 0; run < kills; ++run) {
        const std::optional<Client> edited = resumed.client(clients.at(run * 3 + 10));
        REQUIRE(edited);
        CHECK(edited->phone == QStringLiteral("555 020 %1").arg(run, 4, 10, QLatin1Char('0')));
        CHECK_FALSE(resumed.client(clients.at(run * 3 + 11)).has_value());
    }
    Device fresh(QStringLiteral("fresh"));
    signInOrFail(fresh, chain.server.url(), chain.sam);
    CHECK_SAME_DATA(snapshot(resumed), snapshot(fresh.notebook()));
    CHECK_SAME_DATA(snapshot(resumed), snapshot(writer.notebook()));
}

TEST_CASE("A first sync is ready before its notes are indexed and edits meanwhile keep the note index exact",
          "[firstsync][noteindex]")
{
    Chain chain;
    Device writer(QStringLiteral("writer"));
    signInOrFail(writer, chain.server.url(), chain.sam);
    QStringList clients;
    {
        Notebook::BulkWrite bulk(writer.notebook());
        REQUIRE(bulk.began());
        for (int i = 0; i < 300; ++i) {
            clients << createClient(writer.notebook(), QStringLiteral("Ready%1").arg(i), QStringLiteral("Indexed"));
            addNote(writer.notebook(), clients.last(), QStringLiteral("Asked about masonry anchors, visit %1").arg(i));
        }
        addNote(writer.notebook(), clients.at(5), QStringLiteral("Wants a ranunculus bouquet for Friday"));
        REQUIRE(bulk.commit().ok());
    }
    REQUIRE(writer.sync(120000));

    // Every pulled note waits for the background index, which stays paused until the checks below.
    Device fresh(QStringLiteral("fresh"));
    fresh.notebook().setNoteIndexDeferThreshold(1);
    fresh.engine().noteIndexer()->setPaused(true);
    signInOrFail(fresh, chain.server.url(), chain.sam);
    const QSqlDatabase db = fresh.notebook().database().connection();
    const ClientSearch search(db);

    // Ready: every client is found by name and opens with its whole timeline; note text is not indexed yet.
    CHECK(fresh.notebook().clientCount() == 300);
    CHECK(hasClient(search.page(QStringLiteral("Ready123 Indexed"), 0, 5), clients.at(123)));
    CHECK(fresh.notebook().notesForClient(clients.at(5)).size() == 2);
    Notebook::NoteIndexProgress progress = fresh.notebook().noteIndexProgress();
    CHECK_FALSE(progress.complete);
    CHECK(progress.total == 301);
    CHECK(progress.indexed == 0);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM note_fts")) == 0);
    CHECK_FALSE(hasClient(search.page(QStringLiteral("ranunculus"), 0, 5), clients.at(5)));

    // One batch by hand: the oldest 100 notes are indexed, the rest wait.
    const auto batch = fresh.notebook().indexWaitingNotes(100);
    REQUIRE(batch.ok());
    CHECK(batch->indexed == 100);
    CHECK_FALSE(batch->complete);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM note_fts")) == 100);
    // Catching up, the index merges 16 segments at a level (fewer rewrites of each note's terms).
    CHECK(countOf(db, AutoMerge) == 16);
    CHECK(countOf(db, HashSize) == 16 * 1024 * 1024); // a batch's terms in one segment

    // Edits meanwhile, on both sides of the watermark: local edits, a local
    // delete, a new local note, and edits pulled from the other device.
    const QStringList byAge = rowsOf(db, QStringLiteral("SELECT client_id, id FROM note ORDER BY seq"));
    REQUIRE(byAge.size() == 301);
    const auto edit = [](Device &device, const QString &row, const QString &body) {
        const QStringList ids = row.split(QLatin1Char('|'));
        std::optional<Note> note = findNote(device.notebook(), ids.at(0), ids.at(1));
        REQUIRE(note);
        note->body = body;
        const auto updated = device.notebook().updateNote(*note);
        INFO(updated.errorMessage().toStdString());
        REQUIRE(updated.ok());
    };
    edit(fresh, byAge.at(10), QStringLiteral("Indexed already, now about hydrangea cuttings"));
    edit(fresh, byAge.at(200), QStringLiteral("Waiting for the index, now about gladiolus bulbs"));
    REQUIRE(fresh.notebook().deleteNote(byAge.at(250).section(QLatin1Char('|'), 1)).ok());
    REQUIRE(fresh.notebook().deleteNote(byAge.at(20).section(QLatin1Char('|'), 1)).ok());
    addNote(fresh.notebook(), clients.at(7), QStringLiteral("Brought back the chrysanthemum pots"));
    edit(writer, byAge.at(30), QStringLiteral("Changed elsewhere: asked about begonia soil"));
    edit(writer, byAge.at(280), QStringLiteral("Changed elsewhere: asked about dahlia tubers"));
    REQUIRE(writer.sync(60000));
    REQUIRE(fresh.sync(60000));
    CHECK_FALSE(fresh.notebook().noteIndexProgress().complete);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'hydrangea'")) == 1);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'begonia'")) == 1);
    CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'gladiolus'")) == 0);

    // The background index goes on and ends equal to a rebuild: no note twice, none missed.
    // Its progress (what the Sync page shows) climbs batch by batch and ends at every live note.
    NoteIndexer *indexer = fresh.engine().noteIndexer();
    indexer->setBatchSize(40);
    std::vector<std::pair<qint64, qint64>> shown; // indexed, total
    QObject::connect(indexer, &NoteIndexer::progressChanged, indexer,
                     [&] { shown.emplace_back(indexer->indexed(), indexer->total()); });
    QSignalSpy done(indexer, &NoteIndexer::finished);
    indexer->setPaused(false);
    REQUIRE((done.count() > 0 || done.wait(30000)));
    progress = fresh.notebook().noteIndexProgress();
    CHECK(progress.complete);
    CHECK(progress.indexed == 300);
    REQUIRE(shown.size() >= 5); // about 200 waiting notes in batches of 40
    for (size_t i = 1; i < shown.size(); ++i) {
        INFO("step " << i << ": " << shown[i - 1].first << " -> " << shown[i].first << " of " << shown[i].second);
        CHECK(shown[i].first >= shown[i - 1].first);
        if (i + 1 < shown.size()) // the last step says every live note, however the batches counted
            CHECK(shown[i].first - shown[i - 1].first <= 40);
        CHECK(shown[i].first <= shown[i].second);
    }
    CHECK(shown.front().first == 99); // the batch made by hand, less the note deleted since
    CHECK(shown.back() == std::pair<qint64, qint64>(300, 300));
    CHECK_FALSE(indexer->active());
    CHECK_FALSE(fresh.engine().noteIndexer()->active());
    CHECK(countOf(db, AutoMerge) == 4); // caught up: FTS5's usual values for everyday writes
    CHECK(countOf(db, HashSize) == 1024 * 1024);
    CHECK(rowsOf(db, IndexedNotes) == rowsOf(db, RebuiltNotes));
    for (const char *word : {"hydrangea", "gladiolus", "chrysanthemum", "begonia", "dahlia", "ranunculus"})
        CHECK(countOf(db, QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH '%1'")
                              .arg(QLatin1String(word))) == 1);
    const QList<ClientListEntry> found = search.page(QStringLiteral("ranunculus"), 0, 5);
    REQUIRE(found.size() == 1);
    CHECK(found.first().id == clients.at(5));
    CHECK(found.first().matchedNote.contains(QStringLiteral("ranunculus")));
    REQUIRE(writer.sync(60000));
    CHECK_SAME_DATA(snapshot(fresh.notebook()), snapshot(writer.notebook()));
}

TEST_CASE("Note indexing killed with SIGKILL in the background resumes and equals a rebuild",
          "[fault][firstsync][noteindex]")
{
    Chain chain;
    Device writer(QStringLiteral("writer"));
    signInOrFail(writer, chain.server.url(), chain.sam);
    {
        Notebook::BulkWrite bulk(writer.notebook());
        REQUIRE(bulk.began());
        for (int i = 0; i < 400; ++i) {
            const QString id = createClient(writer.notebook(), QStringLiteral("Kill%1").arg(i));
            for (int n = 0; n < 5; ++n)
                addNote(writer.notebook(), id, QStringLiteral("Visit %1 of client %2 about grout sealing").arg(n).arg(i));
        }
        REQUIRE(bulk.commit().ok());
    }
    writer.engine().setPushBatchSize(500);
    REQUIRE(writer.sync(120000));

    QTemporaryDir dir;
    REQUIRE(dir.isValid());
    const QString dbPath = dir.filePath(QStringLiteral("rapport.db"));
    // Pages of 500, indexed afterwards 5 notes per transaction.
    const QStringList arguments{dir.path(), chain.server.url(), chain.alex.login, chain.alex.password,
                                QStringLiteral("500"), QStringLiteral("5")};
    const QString watermark = QStringLiteral("SELECT value FROM meta WHERE key = 'note_index_through'");
    QRandomGenerator random(20261201);
    int kills = 0;
    for (int run = 0; run < 5 && kills < 2; ++run) {
        QProcess device;
        device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
        REQUIRE(device.waitForStarted());
        // Wait until the background index has moved past where it was, then kill it at a random moment.
        const qint64 before = QFile::exists(dbPath) ? Peek(dbPath).value(watermark).toLongLong() : 0;
        QElapsedTimer waited;
        waited.start();
        bool finished = false;
        while (true) {
            const QVariant through = QFile::exists(dbPath) ? Peek(dbPath).value(watermark) : QVariant();
            if (through.isValid() && through.toLongLong() > before)
                break;
            if (device.waitForFinished(2)) {
                finished = true;
                break;
            }
            REQUIRE(waited.elapsed() < 60000);
        }
        if (finished) {
            INFO("the device finished indexing before it could be killed (run " << run << ")");
            CHECK(device.exitCode() == 0);
            break;
        }
        QThread::usleep(random.bounded(20000));
        device.kill(); // SIGKILL
        REQUIRE(device.waitForFinished(10000));
        ++kills;
        // Whole, and the index holds exactly the notes at or below its watermark.
        Peek peek(dbPath);
        CHECK(peek.value(QStringLiteral("PRAGMA integrity_check")).toString() == QStringLiteral("ok"));
        CHECK(peek.value(NotesBelowWatermark).toInt() == peek.value(QStringLiteral("SELECT count(*) FROM note_fts")).toInt());
        CHECK(peek.value(QStringLiteral("SELECT count(*) FROM client WHERE deleted = 0")).toInt() == 400);
    }
    CHECK(kills >= 1);

    // The next run continues the index where it stopped and ends when it is complete.
    QProcess device;
    device.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    device.start(QStringLiteral(FIRST_SYNC_DEVICE), arguments);
    REQUIRE(device.waitForFinished(120000));
    REQUIRE(device.exitStatus() == QProcess::NormalExit);
    REQUIRE(device.exitCode() == 0);
    Peek peek(dbPath);
    CHECK_FALSE(peek.value(watermark).isValid());
    CHECK(peek.value(QStringLiteral("SELECT count(*) FROM note WHERE deleted = 0")).toInt() == 2000);
    const QStringList indexed = peek.rows(IndexedNotes);
    CHECK(indexed.size() == 2000);
    CHECK(indexed == peek.rows(RebuiltNotes));
    CHECK(peek.value(QStringLiteral("SELECT count(*) FROM note_fts WHERE note_fts MATCH 'grout'")).toInt() == 2000);
}
