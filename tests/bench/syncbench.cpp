// rapport-bench sync: what sync feels like with a real server on loopback.
// Order matters: the offline push runs first (its pull then carries only its
// own notes, so wire bytes per note are clean), then the server is filled,
// then fresh devices pull everything, then small changes, then the crowd.

#include "syncbench.h"

#include "bulkload.h"
#include "cpuuse.h"
#include "haproxyrun.h"
#include "httpconn.h"
#include "livedelay.h"
#include "pgrun.h"
#include "rawcopy.h"
#include "report.h"
#include "serverrun.h"
#include "syncload.h"
#include "snapshotwire.h"
#include "wirerelay.h"

#include "hlc.h"
#include "notebook.h"
#include "protocol/jsontext.h"
#include "protocol/schema.h"
#include "protocol/snapshot.h"
#include "remotechanges.h"
#include "syncengine.h"
#include "tokenstore.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>
#include <QUrl>

#include <memory>
#include <optional>
#include <random>

#include <unistd.h>

using namespace rapport;

namespace bench {

namespace {

const QString kPassword = QStringLiteral("rapport-demo");

struct SyncOptions
{
    int clients = 10000;
    int notesPerClient = 10;
    int devices = 100;     // simulated devices syncing at once
    int changes = 100;     // incremental changes, one round trip each
    int rounds = 3;        // push + pull rounds per simulated device
    quint32 seed = 7;
    bool postgres = false; // --backend postgres: PostgreSQL, `instances` servers, HAProxy in front
    int instances = 1;
    bool firstSyncOnly = false; // --part first-sync: fill, then the fresh devices' first syncs only
    int laterDevices = 2;       // fresh devices after the second one, for the median of those after the first
};

std::optional<SyncOptions> parseSync(const QStringList &args)
{
    SyncOptions o;
    bool instancesGiven = false;
    for (int i = 2; i < args.size(); ++i) {
        const QString &a = args[i];
        if (i + 1 >= args.size())
            return std::nullopt;
        if (a == QLatin1String("--backend")) {
            const QString backend = args[++i];
            if (backend != QLatin1String("postgres") && backend != QLatin1String("sqlite"))
                return std::nullopt;
            o.postgres = backend == QLatin1String("postgres");
            continue;
        }
        if (a == QLatin1String("--part")) {
            const QString part = args[++i];
            if (part != QLatin1String("first-sync") && part != QLatin1String("all"))
                return std::nullopt;
            o.firstSyncOnly = part == QLatin1String("first-sync");
            continue;
        }
        bool isNumber = false;
        const int value = args[++i].toInt(&isNumber);
        if (!isNumber)
            return std::nullopt;
        if (a == QLatin1String("--instances")) {
            o.instances = value;
            instancesGiven = true;
            continue;
        }
        if (a == QLatin1String("--clients"))
            o.clients = value;
        else if (a == QLatin1String("--notes-per-client"))
            o.notesPerClient = value;
        else if (a == QLatin1String("--devices"))
            o.devices = value;
        else if (a == QLatin1String("--changes"))
            o.changes = value;
        else if (a == QLatin1String("--rounds"))
            o.rounds = value;
        else if (a == QLatin1String("--seed"))
            o.seed = quint32(value);
        else if (a == QLatin1String("--later-devices"))
            o.laterDevices = value;
        else
            return std::nullopt;
    }
    if (o.clients <= 0 || o.notesPerClient < 0 || o.devices <= 0 || o.changes <= 0 || o.rounds <= 0
        || o.laterDevices < 0 || o.laterDevices > 20)
        return std::nullopt;
    // The embedded database belongs to one process; several instances need PostgreSQL.
    if (o.instances < 1 || o.instances > 16 || (instancesGiven && !o.postgres))
        return std::nullopt;
    return o;
}

/**
 * Indexes every pulled note of `notebook` that waits for the note search index,
 * in the batches the device's background indexer uses; returns the seconds
 * taken (0 when applying the pages indexed them).
 */
double waitForNoteIndex(Notebook &notebook)
{
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const Result<Notebook::NoteIndexBatch> batch = notebook.indexWaitingNotes();
        if (!batch)
            fail(batch.errorMessage());
        if (batch->complete)
            break;
    }
    return double(timer.nsecsElapsed()) / 1e9;
}

/** Ready and complete seconds of one fresh device's first sync. */
struct FreshTimes
{
    double ready = 0;
    double complete = 0;
};

/** A real device: its own folder, notebook and SyncEngine; automatic triggers off. */
class EngineDevice
{
public:
    explicit EngineDevice(QString name) : m_name(std::move(name))
    {
        if (!m_dir.isValid())
            fail(QStringLiteral("cannot create a temporary folder"));
        auto opened = Notebook::open(m_dir.path());
        if (!opened)
            fail(opened.errorMessage());
        m_notebook = std::move(opened.value());
        m_engine = std::make_unique<SyncEngine>(m_notebook.get(), m_dir.path(),
                                                std::make_unique<FileTokenStore>(m_dir.path()));
        m_engine->setAutomaticSync(false);
        m_engine->setRequestTimeout(600000); // a loaded machine must not turn a slow page into a retry
    }
    ~EngineDevice()
    {
        m_engine.reset();
        m_notebook.reset();
    }
    Notebook &notebook() { return *m_notebook; }
    SyncEngine &engine() { return *m_engine; }
    /**
     * Waits until every pulled note is in the note search index; returns the
     * seconds waited (0 when the sync indexed them itself).
     */
    double waitForNoteIndex()
    {
        // The engine's own indexer, which starts when the pull ends.
        QElapsedTimer timer;
        timer.start();
        NoteIndexer *indexer = m_engine->noteIndexer();
        if (indexer->active()) {
            QEventLoop loop;
            QObject::connect(indexer, &NoteIndexer::finished, &loop, &QEventLoop::quit);
            loop.exec();
        }
        return double(timer.nsecsElapsed()) / 1e9;
    }
    QString dbPath() const { return QDir(m_dir.path()).filePath(QStringLiteral("rapport.db")); }

    /** A fresh device's first sync through `url`: ready (the first cycle) and complete (notes indexed too). */
    FreshTimes firstSync(const QString &url, const QString &login)
    {
        const double ready = signIn(url, login);
        return {ready, ready + waitForNoteIndex()};
    }

    /** Signs in and waits for the first sync; returns its seconds (sign-in itself not counted). */
    double signIn(const QString &url, const QString &login)
    {
        QEventLoop loop;
        QElapsedTimer timer;
        QString error;
        bool done = false, ok = false;
        QObject::connect(m_engine.get(), &SyncEngine::signInFinished, &loop, [&](bool good, const QString &e) {
            if (good) {
                timer.start();
            } else {
                error = e;
                loop.quit();
            }
        });
        QObject::connect(m_engine.get(), &SyncEngine::syncFinished, &loop, [&](bool good) {
            done = true;
            ok = good;
            loop.quit();
        });
        m_engine->signIn(url, login, kPassword, m_name);
        if (!done && error.isEmpty())
            loop.exec();
        if (!error.isEmpty() || !ok)
            fail(QStringLiteral("%1 could not sign in and sync: %2 %3").arg(m_name, error, m_engine->lastError()));
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        if (!m_notebook->setCurrentStaff(m_engine->staffId()))
            fail(QStringLiteral("%1: the signed-in staff member did not arrive with the first pull").arg(m_name));
        return seconds;
    }

    /** One push + pull cycle; returns its milliseconds. */
    double sync()
    {
        QEventLoop loop;
        bool done = false, ok = false;
        QObject::connect(m_engine.get(), &SyncEngine::syncFinished, &loop, [&](bool good) {
            done = true;
            ok = good;
            loop.quit();
        });
        QElapsedTimer timer;
        timer.start();
        m_engine->syncNow();
        if (!done)
            loop.exec();
        const double ms = msSince(timer);
        if (!ok)
            fail(QStringLiteral("%1: sync failed: %2").arg(m_name, m_engine->lastError()));
        return ms;
    }

private:
    QString m_name;
    QTemporaryDir m_dir;
    std::unique_ptr<Notebook> m_notebook;
    std::unique_ptr<SyncEngine> m_engine;
};

SimDevice signInRaw(HttpConnection &connection, const QString &login)
{
    const HttpResult answer = connection.post("/v1/session", QJsonObject{{QStringLiteral("login"), login},
                                                                         {QStringLiteral("password"), kPassword},
                                                                         {QStringLiteral("device_name"), QStringLiteral("bench")}});
    if (answer.status != 200)
        fail(QStringLiteral("sign-in of %1: HTTP %2 %3 %4").arg(login).arg(answer.status).arg(answer.error, QString::fromUtf8(answer.body)));
    const QJsonObject json = answer.json();
    const QJsonObject staff = json.value(QStringLiteral("staff")).toObject();
    return SimDevice{json.value(QStringLiteral("token")).toString(), json.value(QStringLiteral("device_id")).toString(),
                     staff.value(QStringLiteral("id")).toString(), staff.value(QStringLiteral("store_id")).toString()};
}

QString words(std::mt19937 &random, const QStringList &pool, int count)
{
    QStringList out;
    for (int i = 0; i < count; ++i)
        out += pool[int(random() % quint32(pool.size()))];
    return out.join(QLatin1Char(' '));
}

/**
 * Set-up, through the protocol: a writer pushes every client then every note
 * in batches of 1,000, each mutation shaped as a device sends it.
 */
/** Whether a set-up step prints its figures (not when it only builds the embedded baseline). */
enum class Figures { Print, Quiet };

QStringList fillServer(int port, const SyncOptions &o, std::mt19937 &random, Figures figures = Figures::Print)
{
    HttpConnection connection(port);
    const SimDevice writer = signInRaw(connection, QStringLiteral("alex"));
    connection.setToken(writer.token);
    const QStringList names = nameWords();
    const QStringList shop = noteWords();
    const char *const kinds[] = {"need", "conversation", "purchase", "education", "return", "other"};
    const qint64 total = qint64(o.clients) * (1 + o.notesPerClient);
    const qint64 firstClock = QDateTime::currentMSecsSinceEpoch() - total - 1000;
    qint64 mid = 0;
    QJsonArray batch;
    QElapsedTimer timer;
    timer.start();
    auto flush = [&] {
        const HttpResult pushed = connection.post("/v1/push", QJsonObject{{QStringLiteral("mutations"), batch}});
        if (pushed.status != 200)
            fail(QStringLiteral("filling the server: HTTP %1 %2 %3").arg(pushed.status).arg(pushed.error, QString::fromUtf8(pushed.body.left(300))));
        for (const QJsonValue &r : pushed.json().value(QStringLiteral("results")).toArray()) {
            if (r.toObject().value(QStringLiteral("status")).toString() != QLatin1String("applied"))
                fail(QStringLiteral("filling the server: %1").arg(QString::fromUtf8(QJsonDocument(r.toObject()).toJson())));
        }
        batch = QJsonArray();
    };
    auto add = [&](const QString &entity, const QString &id, const QJsonObject &fields, const QJsonObject &base) {
        ++mid;
        batch.append(QJsonObject{{QStringLiteral("mid"), mid}, {QStringLiteral("entity"), entity},
                                 {QStringLiteral("id"), id}, {QStringLiteral("op"), QStringLiteral("upsert")},
                                 {QStringLiteral("hlc"), protocol::makeHlc(firstClock + mid, 0, writer.deviceId)},
                                 {QStringLiteral("fields"), fields}, {QStringLiteral("base"), base}});
        if (batch.size() == 1000)
            flush();
    };
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QStringList clientIds;
    for (int c = 0; c < o.clients; ++c) {
        const QString id = newUuidV7();
        clientIds += id;
        const QString given = names[int(random() % 60)], family = names[60 + int(random() % quint32(names.size() - 60))];
        add(QStringLiteral("client"), id,
            QJsonObject{{QStringLiteral("given_name"), given}, {QStringLiteral("family_name"), family},
                        {QStringLiteral("phone"), QStringLiteral("+44 7700 %1").arg(900000 + c % 100000)},
                        {QStringLiteral("email"), QStringLiteral("%1.%2@example.com").arg(given, family).toLower()},
                        {QStringLiteral("preferred_channel"), QStringLiteral("email")},
                        {QStringLiteral("consent_contact"), QStringLiteral("given")},
                        {QStringLiteral("consent_contact_at"), now}, {QStringLiteral("consent_contact_by"), writer.staffId},
                        {QStringLiteral("tags"), c % 7 == 0 ? QStringLiteral("vip,trade") : QString()},
                        {QStringLiteral("keep_in_touch_days"), c % 3 == 0 ? 30 : 0},
                        {QStringLiteral("home_store_id"), writer.storeId}, {QStringLiteral("associate_id"), writer.staffId},
                        {QStringLiteral("created_at"), now}, {QStringLiteral("updated_at"), now}},
            QJsonObject{});
    }
    for (qint64 n = 0; n < qint64(o.clients) * o.notesPerClient; ++n) {
        const QString kind = QLatin1String(kinds[random() % 6]);
        add(QStringLiteral("note"), newUuidV7(),
            QJsonObject{{QStringLiteral("client_id"), clientIds[int(random() % quint32(o.clients))]},
                        {QStringLiteral("kind"), kind},
                        {QStringLiteral("body"), words(random, shop, 8 + int(random() % 22))},
                        {QStringLiteral("need_purpose"), QString()}, {QStringLiteral("need_context"), QString()},
                        {QStringLiteral("need_have"), QString()}, {QStringLiteral("need_duration"), QString()},
                        {QStringLiteral("need_budget"), QString()}, {QStringLiteral("items"), QString()},
                        {QStringLiteral("amount_cents"), kind == QLatin1String("purchase") ? QJsonValue(int(random() % 50000)) : QJsonValue()},
                        {QStringLiteral("author_id"), writer.staffId}, {QStringLiteral("store_id"), writer.storeId},
                        {QStringLiteral("created_at"), now}, {QStringLiteral("updated_at"), now}},
            QJsonObject{{QStringLiteral("body"), QJsonValue::Null}});
    }
    if (!batch.isEmpty())
        flush();
    if (figures == Figures::Print)
        report(QStringLiteral("setup_server_fill"), double(mid) / (double(timer.nsecsElapsed()) / 1e9),
               QStringLiteral("mutations/s"));
    return clientIds;
}

/** A device writes notes while offline, then pushes them all; the relay counts the wire bytes. */
void measureOfflinePush(int serverPort, const QString &login, int noteCount, std::mt19937 &random,
                        Figures figures = Figures::Print)
{
    WireRelay relay(serverPort);
    EngineDevice tablet(QStringLiteral("offline tablet"));
    tablet.signIn(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()), login);
    QStringList clients;
    for (int c = 0; c < std::max(1, noteCount / 100); ++c) {
        ClientChanges fields;
        fields.givenName = QStringLiteral("Offline");
        fields.familyName = QStringLiteral("Client %1").arg(c);
        const Result<Client> created = tablet.notebook().createClient(fields);
        if (!created)
            fail(created.errorMessage());
        clients += created.value().id;
    }
    (void)tablet.sync();

    // Writing is set-up, not measured: without an fsync per note it takes seconds, not minutes.
    QSqlQuery pragma(tablet.notebook().database().connection());
    (void)pragma.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    const QStringList shop = noteWords();
    for (int n = 0; n < noteCount; ++n) {
        Note note;
        note.clientId = clients[n % clients.size()];
        note.kind = NoteKind::Conversation;
        note.body = words(random, shop, 8 + int(random() % 22));
        const Result<Note> added = tablet.notebook().addNote(note);
        if (!added)
            fail(added.errorMessage());
    }
    (void)pragma.exec(QStringLiteral("PRAGMA synchronous=FULL"));
    const int pending = tablet.notebook().pendingMutationCount();
    if (pending != noteCount)
        fail(QStringLiteral("expected %1 notes waiting, found %2").arg(noteCount).arg(pending));

    const long long before = relay.bytesToServer() + relay.bytesFromServer();
    long long afterPush = -1;
    double pushMs = 0;
    QElapsedTimer timer;
    const QMetaObject::Connection watch =
        QObject::connect(&tablet.engine(), &SyncEngine::pendingCountChanged, &tablet.engine(), [&] {
        if (afterPush < 0 && tablet.engine().pendingCount() == 0) {
            pushMs = msSince(timer);
            afterPush = relay.bytesToServer() + relay.bytesFromServer();
        }
    });
    timer.start();
    const double cycleMs = tablet.sync();
    QObject::disconnect(watch);
    if (afterPush < 0 || tablet.notebook().pendingMutationCount() != 0)
        fail(QStringLiteral("the offline notes were not all acknowledged"));
    const long long after = relay.bytesToServer() + relay.bytesFromServer();
    if (figures == Figures::Quiet)
        return;
    report(QStringLiteral("offline_push_notes"), noteCount, QStringLiteral("notes"));
    report(QStringLiteral("offline_push_seconds"), pushMs / 1000.0, QStringLiteral("s"));
    report(QStringLiteral("offline_push_rate"), noteCount / (pushMs / 1000.0), QStringLiteral("notes/s"));
    report(QStringLiteral("offline_push_and_pull_seconds"), cycleMs / 1000.0, QStringLiteral("s"));
    const double pushBytes = double(afterPush - before) / noteCount, pullBytes = double(after - afterPush) / noteCount;
    report(QStringLiteral("wire_bytes_per_note_push"), pushBytes, QStringLiteral("bytes"));
    report(QStringLiteral("wire_bytes_per_note_pull"), pullBytes, QStringLiteral("bytes"));
    report(QStringLiteral("wire_bytes_per_note"), pushBytes + pullBytes, QStringLiteral("bytes"));
}

/**
 * The peak resident memory of this process (VmHWM, kilobytes as MB) since the
 * last resetPeakMemory(): the device under test runs in this process.
 */
double peakMemoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

/**
 * Before a timed fresh device: what the steps before it wrote (the server's fill, the previous
 * device's notebook, the minimal loads' files) goes to disk now (sync(2)), so that no device pays
 * for the writes of the one measured before it.
 */
void settleDisk()
{
    ::sync();
}

/** Starts the peak (VmHWM) again from the current resident size (Linux 4.0 and later). */
void resetPeakMemory()
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (!refs.open(QIODevice::WriteOnly) || refs.write("5") != 1)
        std::cerr << "cannot reset the peak memory figure; it counts from the start of the process\n";
}

/** The first fresh device's sync, measured (measureFirstDevice) before its baselines are loaded. */
struct FirstDevice
{
    double readySeconds = 0;
    double syncSeconds = 0; // complete
    CpuUse used;
    double baseMb = 0, peakMb = 0;
};

struct MinimalLoads
{
    double clientIndexSeconds = 0, everyIndexSeconds = 0;
    long long syncRows = 0; // the rows the first device stored, which the loads load
};

/**
 * A fresh device loads the organisation (a snapshot, then a pull from its cursor) through a
 * counting relay, as the second device does. Two moments: ready (every client findable and
 * openable with its timeline) and complete (note text searchable too).
 */
FirstDevice measureFirstDevice(EngineDevice &fresh, const WireRelay &relay, const QString &login,
                               const std::vector<long long> &serverPids)
{
    settleDisk();
    resetPeakMemory();
    FirstDevice first;
    first.baseMb = peakMemoryMb();
    const CpuMeter cpu(serverPids);
    const FreshTimes times = fresh.firstSync(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()), login);
    first.readySeconds = times.ready;
    first.syncSeconds = times.complete;
    first.used = cpu.elapsed();
    first.peakMb = peakMemoryMb();
    return first;
}

/**
 * The first device's figures, each beside a minimal raw load of the same client and note rows into
 * an empty notebook, with the client index only and with every index; today's raw load of every
 * row the device stores (clocks and bookkeeping included) beside. Run after the second device, so
 * that nothing but the first device's sync comes between the two.
 */
MinimalLoads reportFirstDevice(const FirstDevice &first, const QString &dbPath)
{
    const std::vector<TableRows> rows = readSyncedRows(dbPath);
    const long long records = recordCount(rows);
    const auto emptyNotebook = [](QTemporaryDir &dir) {
        auto schema = Notebook::open(dir.path());
        if (!schema)
            fail(schema.errorMessage());
        return QDir(dir.path()).filePath(QStringLiteral("rapport.db"));
    };
    QTemporaryDir rawDir, clientIndexDir, everyIndexDir;
    const double rawSeconds = rawLoadSeconds(emptyNotebook(rawDir), rows);
    const double clientIndexSeconds = minimalLoadSeconds(emptyNotebook(clientIndexDir), rows, MinimalIndexes::ClientOnly);
    const double everyIndexSeconds = minimalLoadSeconds(emptyNotebook(everyIndexDir), rows, MinimalIndexes::Every);
    const double complete = first.syncSeconds;
    report(QStringLiteral("initial_sync_rows"), double(records), QStringLiteral("rows"));
    report(QStringLiteral("initial_sync_clients_and_notes"), double(clientAndNoteCount(rows)), QStringLiteral("rows"));
    report(QStringLiteral("initial_sync_rate"), records / complete, QStringLiteral("rows/s"), records / rawSeconds);
    report(QStringLiteral("initial_sync_seconds"), complete, QStringLiteral("s"), rawSeconds,
           QStringLiteral("today's raw load of every row the device stores"));
    report(QStringLiteral("initial_sync_ready_seconds"), first.readySeconds, QStringLiteral("s"), clientIndexSeconds,
           QStringLiteral("<= 2x baseline (minimal load, client index only)"));
    report(QStringLiteral("initial_sync_complete_seconds"), complete, QStringLiteral("s"), everyIndexSeconds,
           QStringLiteral("<= 2x baseline (minimal load, every index)"));
    report(QStringLiteral("raw_load_seconds"), rawSeconds, QStringLiteral("s"));
    report(QStringLiteral("minimal_load_client_index_seconds"), clientIndexSeconds, QStringLiteral("s"));
    report(QStringLiteral("minimal_load_every_index_seconds"), everyIndexSeconds, QStringLiteral("s"));
    report(QStringLiteral("initial_sync_peak_memory"), first.peakMb, QStringLiteral("MB"), first.baseMb,
           QStringLiteral("< 200 MB"));
    reportDeviceCpu(QStringLiteral("initial_sync"), QString(), first.used);
    return {clientIndexSeconds, everyIndexSeconds, records};
}

/**
 * The same first sync the way a device made it before the snapshot (and still does against a
 * server without one): the change history pulled from cursor 0.
 */
void measureHistorySync(const QString &url, const QString &login, const std::vector<long long> &serverPids)
{
    EngineDevice history(QStringLiteral("history tablet"));
    history.engine().setSnapshotEnabled(false);
    settleDisk();
    const CpuMeter cpu(serverPids);
    const FreshTimes times = history.firstSync(url, login);
    // The UI thread's share shows whether pulled pages are read off it.
    reportDeviceCpu(QStringLiteral("initial_sync_history"), QString(), cpu.elapsed());
    report(QStringLiteral("initial_sync_history_ready_seconds"), times.ready, QStringLiteral("s"));
    report(QStringLiteral("initial_sync_history_complete_seconds"), times.complete, QStringLiteral("s"));
}

/**
 * The device's own share of a first sync: the organisation's snapshot fetched again over raw HTTP
 * in pages of 5,000 (not timed, kept as the bytes the server sent), then each page parsed, checked
 * and applied to an empty notebook as the sync engine does it (remotechanges::fromSnapshot,
 * Notebook::applySnapshotPage; timed, summed), then the waiting notes indexed
 * (Notebook::indexWaitingNotes; timed). Beside the minimal loads: what the server and the wire add
 * is the rest of initial_sync_ready_seconds.
 */
void measureApplyOnly(int port, const QString &login, const MinimalLoads &minimal)
{
    HttpConnection connection(port);
    connection.setToken(signInRaw(connection, login).token);
    std::vector<QByteArray> pages;
    for (std::string target = "/v1/snapshot?limit=5000";;) {
        const HttpResult page = connection.request("GET", target);
        if (page.status != 200)
            fail(QStringLiteral("fetching the snapshot for the apply figure: HTTP %1 %2").arg(page.status).arg(page.error));
        pages.push_back(page.body);
        const QJsonObject json = page.json();
        if (!json.value(QStringLiteral("has_more")).toBool())
            break;
        target = "/v1/snapshot?limit=5000&after="
            + QUrl::toPercentEncoding(json.value(QStringLiteral("next")).toString()).toStdString();
    }
    QTemporaryDir dir;
    auto opened = Notebook::open(dir.path());
    if (!opened)
        fail(opened.errorMessage());
    Notebook &notebook = *opened.value();
    double readySeconds = 0;
    double lastPageSeconds = 0; // the last page also builds back the indexes left out during the load
    qint64 applied = 0;
    for (size_t i = 0; i < pages.size(); ++i) {
        QElapsedTimer timer;
        timer.start();
        const auto parsed = protocol::parseSnapshotPage(protocol::parseJsonObject(pages[i]));
        const auto *page = std::get_if<protocol::SnapshotPage>(&parsed);
        if (!page)
            fail(QStringLiteral("snapshot page refused: %1").arg(std::get<protocol::WireError>(parsed).message));
        applied += page->entries.size();
        const Notebook::SnapshotProgress progress{page->hasMore ? page->next : QString(), applied, applied};
        if (Status s = notebook.applySnapshotPage(remotechanges::fromSnapshot(page->entries), progress, page->cursor); !s)
            fail(s.errorMessage());
        lastPageSeconds = double(timer.nsecsElapsed()) / 1e9;
        readySeconds += lastPageSeconds;
        pages[i] = QByteArray(); // the device holds two pages at most
    }
    report(QStringLiteral("initial_sync_apply_ready_seconds"), readySeconds, QStringLiteral("s"), minimal.clientIndexSeconds,
           QStringLiteral("the device's share of ready, beside the minimal load with the client index"));
    report(QStringLiteral("initial_sync_apply_last_page_seconds"), lastPageSeconds, QStringLiteral("s"));
    const double completeSeconds = readySeconds + waitForNoteIndex(notebook);
    report(QStringLiteral("initial_sync_apply_seconds"), completeSeconds, QStringLiteral("s"), minimal.everyIndexSeconds,
           QStringLiteral("the device's apply alone, beside the minimal load with every index"));
}

/** A second fresh device pulls everything through a relay that counts the bytes on the wire. */
FreshTimes measureSecondDevice(EngineDevice &desk, const WireRelay &relay, const QString &login, long long notes,
                               const FirstDevice &first, const std::vector<long long> &serverPids)
{
    settleDisk();
    const CpuMeter cpu(serverPids);
    const FreshTimes times = desk.firstSync(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()), login);
    reportDeviceCpu(QStringLiteral("initial_sync"), QStringLiteral("_second_device"), cpu.elapsed());
    report(QStringLiteral("initial_sync_ready_seconds_second_device"), times.ready, QStringLiteral("s"), first.readySeconds,
           QStringLiteral("<= baseline (the first fresh device's ready)"));
    report(QStringLiteral("initial_sync_seconds_second_device"), times.complete, QStringLiteral("s"), first.syncSeconds,
           QStringLiteral("<= baseline (the first fresh device's complete)"));
    if (notes > 0) {
        report(QStringLiteral("initial_pull_wire_bytes_per_note"),
               double(relay.bytesFromServer() + relay.bytesToServer()) / double(notes), QStringLiteral("bytes"));
    }
    return times;
}

double median(std::vector<double> samples)
{
    std::sort(samples.begin(), samples.end());
    const size_t n = samples.size();
    return n == 0 ? 0 : n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
}

/**
 * `count` more fresh devices, one after the other right after the second (logins alternating,
 * each through its own counting relay, each removed before the next starts). One device's first
 * sync scatters by 10-20% on a shared machine; the median of every device after the first
 * (the second included) says whether later devices are slower than the first better than the
 * second device alone does.
 */
void measureLaterDevices(int port, int count, const FreshTimes &second, const FirstDevice &first)
{
    if (count <= 0)
        return;
    std::vector<double> ready{second.ready}, complete{second.complete};
    for (int i = 0; i < count; ++i) {
        const QString login = i % 2 == 0 ? QStringLiteral("priya") : QStringLiteral("maya");
        const WireRelay relay(port);
        EngineDevice device(QStringLiteral("fresh device %1").arg(i + 3));
        settleDisk();
        const FreshTimes times = device.firstSync(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()), login);
        ready.push_back(times.ready);
        complete.push_back(times.complete);
        std::cerr << "fresh device " << i + 3 << " (" << login.toStdString() << "): ready " << ready.back()
                  << " s, complete " << complete.back() << " s\n";
    }
    report(QStringLiteral("initial_sync_later_devices"), double(ready.size()), QStringLiteral("devices"));
    report(QStringLiteral("initial_sync_ready_seconds_later_devices_median"), median(ready), QStringLiteral("s"),
           first.readySeconds, QStringLiteral("<= baseline (the first fresh device's ready)"));
    report(QStringLiteral("initial_sync_seconds_later_devices_median"), median(complete), QStringLiteral("s"),
           first.syncSeconds, QStringLiteral("<= baseline (the first fresh device's complete)"));
}

/** Device A changes one client and syncs; device B syncs and must see it. B's sync is the figure. */
void measureIncremental(EngineDevice &a, EngineDevice &b, const QStringList &clientIds, int changes,
                        std::mt19937 &random)
{
    std::vector<double> pull, roundTrip;
    int missing = 0;
    for (int i = 0; i < changes; ++i) {
        const QString id = clientIds[int(random() % quint32(clientIds.size()))];
        ClientChanges change;
        change.interests = QStringLiteral("Deck stain, change %1").arg(i);
        if (!a.notebook().updateClient(id, change))
            fail(QStringLiteral("device A could not edit client %1").arg(id));
        const double aMs = a.sync();
        const double bMs = b.sync();
        pull.push_back(bMs);
        roundTrip.push_back(aMs + bMs);
        const std::optional<Client> seen = b.notebook().client(id);
        if (!seen || seen->interests != *change.interests)
            ++missing;
    }
    report(QStringLiteral("incremental_sync_p50"), percentile(pull, 0.5), QStringLiteral("ms"));
    report(QStringLiteral("incremental_sync_p99"), percentile(pull, 0.99), QStringLiteral("ms"), {},
           QStringLiteral("< 50 ms"));
    report(QStringLiteral("incremental_round_trip_p50"), percentile(roundTrip, 0.5), QStringLiteral("ms"));
    report(QStringLiteral("incremental_round_trip_p99"), percentile(roundTrip, 0.99), QStringLiteral("ms"));
    report(QStringLiteral("incremental_missing"), missing, QStringLiteral("changes"), {}, QStringLiteral("0"));
}

void measureCrowd(int port, const SyncOptions &o, const QStringList &clientIds, const QString &headCursor)
{
    const QStringList logins = {QStringLiteral("alex"), QStringLiteral("maya"), QStringLiteral("priya"),
                                QStringLiteral("sam"), QStringLiteral("jon"), QStringLiteral("lee")};
    std::vector<SimDevice> devices;
    HttpConnection connection(port);
    for (int i = 0; i < o.devices; ++i)
        devices.push_back(signInRaw(connection, logins[i % logins.size()]));
    const LoadResult load = runLoad(port, devices, clientIds, headCursor, o.rounds, 2);
    for (const QString &e : load.firstErrors)
        std::cerr << "load error: " << e.toStdString() << '\n';
    std::cerr << "load: " << load.notesPushed << " notes pushed, " << load.changesPulled << " changes pulled, "
              << load.reconnects << " reconnects after idle close\n";
    report(QStringLiteral("load_devices"), o.devices, QStringLiteral("devices"));
    report(QStringLiteral("load_throughput"), load.requests / load.seconds, QStringLiteral("requests/s"));
    report(QStringLiteral("load_p50"), percentile(load.latenciesMs, 0.5), QStringLiteral("ms"));
    report(QStringLiteral("load_p99"), percentile(load.latenciesMs, 0.99), QStringLiteral("ms"));
    report(QStringLiteral("load_errors"), double(load.errors), QStringLiteral("errors"), {}, QStringLiteral("0"));
}

/**
 * Push on one device, the note arriving at another device holding GET /v1/pull?wait=S; with
 * several instances the two talk to different ones directly, so the wake-up crosses PostgreSQL.
 */
void measureLiveDelay(int waiterPort, int pusherPort, const QStringList &clientIds, const QString &headCursor)
{
    HttpConnection waiterConnection(waiterPort), pusherConnection(pusherPort);
    const SimDevice pusher = signInRaw(pusherConnection, QStringLiteral("sam"));
    const SimDevice waiter = signInRaw(waiterConnection, QStringLiteral("priya"));
    const LiveDelayResult live = bench::measureLiveDelay(waiterPort, pusherPort, pusher, waiter, clientIds, headCursor, 100);
    for (const QString &e : live.firstErrors)
        std::cerr << "live pull error: " << e.toStdString() << '\n';
    report(QStringLiteral("live_delay_p50"), percentile(live.delaysMs, 0.5), QStringLiteral("ms"));
    report(QStringLiteral("live_delay_p99"), percentile(live.delaysMs, 0.99), QStringLiteral("ms"), {},
           QStringLiteral("< 1000 ms"));
    report(QStringLiteral("live_errors"), double(live.errors), QStringLiteral("errors"), {}, QStringLiteral("0"));
}

/** The serve options of every instance: the bench's devices all come from 127.0.0.1. */
QStringList serveOptions(const SyncOptions &o)
{
    const QString limit = QString::number(std::max(1000, 2 * o.devices));
    QStringList options{QStringLiteral("--signin-burst-per-address"), limit,
                        QStringLiteral("--signin-burst-per-login"), limit,
                        QStringLiteral("--max-connections"), QString::number(o.devices + 64)};
    // Behind HAProxy every connection comes from 127.0.0.1: one per device must fit.
    if (o.postgres)
        options << QStringLiteral("--max-connections-per-address") << QString::number(o.devices + 64);
    return options;
}

/**
 * The embedded backend's first sync, the baseline of PostgreSQL's, in the same run: a server on
 * its own SQLite file gets the same rows (the same offline push and fill, drawn from the same
 * seed), then a fresh device pulls everything from it.
 */
void measureEmbeddedBaseline(const SyncOptions &o, std::mt19937 random, int offlineNotes, const FirstDevice &postgres,
                             long long postgresRows)
{
    QTemporaryDir dir;
    if (!dir.isValid())
        fail(QStringLiteral("cannot create a temporary folder"));
    SyncOptions embedded = o;
    embedded.postgres = false;
    embedded.instances = 1;
    ServerRun server(dir.path(), serveOptions(embedded));
    measureOfflinePush(server.port(), QStringLiteral("sam"), offlineNotes, random, Figures::Quiet);
    (void)fillServer(server.port(), o, random, Figures::Quiet);
    const WireRelay relay(server.port()); // the path PostgreSQL's fresh device took
    EngineDevice fresh(QStringLiteral("embedded baseline tablet"));
    settleDisk();
    const double seconds =
        fresh.firstSync(QStringLiteral("http://127.0.0.1:%1").arg(relay.port()), QStringLiteral("priya")).complete;
    const long long rows = recordCount(readSyncedRows(fresh.dbPath()));
    std::cerr << "initial sync: " << postgresRows << " rows from PostgreSQL in " << postgres.syncSeconds
              << " s, " << rows << " rows from the embedded backend in " << seconds << " s\n";
    if (rows != postgresRows)
        fail(QStringLiteral("the embedded baseline pulled %1 rows, PostgreSQL %2: not the same data").arg(rows).arg(postgresRows));
    report(QStringLiteral("initial_sync_seconds_postgres"), postgres.syncSeconds, QStringLiteral("s"), seconds,
           QStringLiteral("<= 1.5x baseline (embedded backend, same rows, same run)"));
}

/**
 * Where the figures run: one embedded server, or PostgreSQL with `instances` servers on it and
 * HAProxy in front (always, so 1 and 3 instances are measured through the same path).
 */
class ServerSetUp
{
public:
    explicit ServerSetUp(const SyncOptions &o)
    {
        if (!m_dir.isValid())
            fail(QStringLiteral("cannot create a temporary folder"));
        if (!o.postgres) {
            m_servers.push_back(std::make_unique<ServerRun>(m_dir.path(), serveOptions(o)));
            return;
        }
        m_postgres = std::make_unique<PostgresRun>();
        ServerRun::loadDemo(m_postgres->conninfo());
        std::vector<int> ports;
        for (int i = 0; i < o.instances; ++i) {
            m_servers.push_back(std::make_unique<ServerRun>(m_postgres->conninfo(), ServerRun::Demo::AlreadyLoaded,
                                                            serveOptions(o)));
            ports.push_back(m_servers.back()->port());
        }
        m_proxy = std::make_unique<HaproxyRun>(m_dir.path(), ports, std::max(4096, 2 * o.devices + 256));
        report(QStringLiteral("instances"), o.instances, QStringLiteral("servers"));
    }
    ~ServerSetUp()
    {
        // HAProxy, then the servers, then the database under them.
        m_proxy.reset();
        m_servers.clear();
        m_postgres.reset();
    }

    /** Where devices connect: HAProxy, or the one embedded server. */
    int port() const { return m_proxy ? m_proxy->port() : m_servers.front()->port(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }
    /** Live delay: the waiting device on the first instance, the pushing one on the second (if any). */
    int waiterPort() const { return m_servers.front()->port(); }
    /** The server instances' process ids (PostgreSQL's own processes are not among them). */
    std::vector<long long> pids() const
    {
        std::vector<long long> ids;
        for (const auto &server : m_servers)
            ids.push_back(server->pid());
        return ids;
    }
    int pusherPort() const { return m_servers[m_servers.size() > 1 ? 1 : 0]->port(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PostgresRun> m_postgres;
    std::vector<std::unique_ptr<ServerRun>> m_servers;
    std::unique_ptr<HaproxyRun> m_proxy;
};

} // namespace

int runSyncBench(const QStringList &arguments)
{
    const std::optional<SyncOptions> options = parseSync(arguments);
    if (!options) {
        std::cerr << "usage: rapport-bench sync [--clients N] [--notes-per-client N] [--devices N] [--changes N]\n"
                     "                          [--rounds N] [--seed S] [--backend sqlite|postgres [--instances N]]\n"
                     "                          [--part all|first-sync] [--later-devices N]\n"
                     "Starts rapport-server (next to rapport-bench) on 127.0.0.1, fills it with N clients\n"
                     "(default 10000, 10 notes each) and prints JSON lines: offline push, initial sync beside a\n"
                     "raw sqlite3 load of the same rows, incremental sync, devices syncing at once, wire bytes.\n"
                     "--backend postgres starts its own PostgreSQL 15, N instances (1 to 16, default 1) on it\n"
                     "and HAProxy in front, and adds the embedded backend's initial sync as a baseline;\n"
                     "--instances needs --backend postgres. --part first-sync stops after the fresh devices'\n"
                     "first syncs (a 100,000-client run needs no load test). --later-devices N (0 to 20, default\n"
                     "2) syncs N more fresh devices after the second and prints the median of those after the first.\n";
        return 2;
    }
    std::mt19937 random(options->seed);
    const std::mt19937 startState = random;
    ServerSetUp servers(*options);
    reportLoad();
    try {
        const int offlineNotes = int(std::min<qint64>(10000, std::max<qint64>(1, qint64(options->clients) * options->notesPerClient)));
        measureOfflinePush(servers.port(), QStringLiteral("sam"), offlineNotes, random);
        const QStringList clientIds = fillServer(servers.port(), *options, random);
        // Both fresh devices sync through a counting relay, so that the second one's time compares
        // with the first's over the same path; each keeps syncing through its own.
        WireRelay freshRelay(servers.port());
        EngineDevice fresh(QStringLiteral("fresh tablet"));
        const FirstDevice first = measureFirstDevice(fresh, freshRelay, QStringLiteral("priya"), servers.pids());
        // The second fresh device right after the first, nothing between them (the first one's
        // baselines are loaded afterwards): the same work on the same machine state, so "no
        // slower" compares like with like.
        WireRelay deskRelay(servers.port());
        EngineDevice desk(QStringLiteral("desk"));
        const FreshTimes second =
            measureSecondDevice(desk, deskRelay, QStringLiteral("maya"),
                                qint64(options->clients) * options->notesPerClient + offlineNotes, first, servers.pids());
        measureLaterDevices(servers.port(), options->laterDevices, second, first);
        const MinimalLoads minimal = reportFirstDevice(first, fresh.dbPath());
        if (options->postgres)
            measureEmbeddedBaseline(*options, startState, offlineNotes, first, minimal.syncRows);
        measureApplyOnly(servers.port(), QStringLiteral("jon"), minimal);
        measureHistorySync(servers.url(), QStringLiteral("jon"), servers.pids());
        if (options->firstSyncOnly) {
            reportLoad();
            return 0;
        }
        measureIncremental(desk, fresh, clientIds, options->changes, random);
        measureLiveDelay(servers.waiterPort(), servers.pusherPort(), clientIds, fresh.notebook().pullCursor());
        measureCrowd(servers.port(), *options, clientIds, fresh.notebook().pullCursor());
        // Last: it writes notes of its own, which would reach the measures above.
        HttpConnection connection(servers.port());
        measureSnapshotWire(servers.port(), signInRaw(connection, QStringLiteral("lee")), clientIds);
    } catch (const std::exception &e) {
        fail(QString::fromUtf8(e.what()));
    }
    reportLoad();
    return 0;
}

} // namespace bench
