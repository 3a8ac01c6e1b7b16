// The server's file: schema migrations, file modes, a corrupt page, bounded pull pages and
// superseded text that leaves the change log.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <sqlite3.h>
#include <sys/stat.h>

#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QSet>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

int modeOf(const QString &path)
{
    struct stat info{};
    if (::stat(path.toUtf8().constData(), &info) != 0)
        return -1;
    return static_cast<int>(info.st_mode & 0777);
}

QString statusOf(const HttpResponse &r, int index)
{
    return r.json().value(s("results")).toArray().at(index).toObject().value(s("status")).toString();
}

// The schema as the first release made it (user_version 1), kept here verbatim on purpose.
const char *const kVersion1 = R"sql(
CREATE TABLE org(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_ms INTEGER NOT NULL);
CREATE TABLE store(id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES org(id),
    name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '');
CREATE TABLE staff(id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES org(id),
    store_id TEXT NOT NULL REFERENCES store(id), login TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL, password_hash TEXT NOT NULL);
CREATE TABLE device(id TEXT PRIMARY KEY, staff_id TEXT NOT NULL REFERENCES staff(id),
    name TEXT NOT NULL, token_sha256 TEXT UNIQUE, created_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE device_state(device_id TEXT PRIMARY KEY REFERENCES device(id), last_mid INTEGER NOT NULL);
CREATE TABLE change_log(cursor INTEGER PRIMARY KEY AUTOINCREMENT, org_id TEXT NOT NULL,
    entity TEXT NOT NULL, id TEXT NOT NULL, op TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT,
    fields TEXT NOT NULL, time_ms INTEGER NOT NULL);
CREATE INDEX change_log_org ON change_log(org_id, cursor);
CREATE INDEX change_log_id ON change_log(id);
CREATE TABLE record(id TEXT PRIMARY KEY, entity TEXT NOT NULL, org_id TEXT NOT NULL,
    client_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, deleted_ms INTEGER);
CREATE INDEX record_client ON record(client_id);
CREATE TABLE record_field(id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
    hlc TEXT NOT NULL, PRIMARY KEY(id, field)) WITHOUT ROWID;
CREATE TABLE erased(id TEXT PRIMARY KEY, org_id TEXT NOT NULL, time_ms INTEGER NOT NULL);
CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA user_version = 1;
)sql";

} // namespace

TEST_CASE("a version-1 database is migrated with its data and sessions kept", "[server][sync]")
{
    ServerProcess server; // its demo file is replaced by a version-1 file below
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(server.dbPath() + QString::fromLatin1(suffix));
    const QByteArray token(64, 'a');
    const QString tokenSha = QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
    const QString now = QString::number(QDateTime::currentMSecsSinceEpoch());
    const QString clientId = s("11111111-2222-4333-8444-555555555555");
    runOnSqliteFile(server.dbPath(), kVersion1);
    const QString data = s(
        "INSERT INTO org VALUES ('aaaaaaaa-0000-4000-8000-000000000001', 'Old Org', 1);"
        "INSERT INTO store VALUES ('aaaaaaaa-0000-4000-8000-000000000002', 'aaaaaaaa-0000-4000-8000-000000000001', 'Shop', '');"
        "INSERT INTO staff VALUES ('aaaaaaaa-0000-4000-8000-000000000003', 'aaaaaaaa-0000-4000-8000-000000000001',"
        " 'aaaaaaaa-0000-4000-8000-000000000002', 'olga', 'Olga', 'manager', 'not a hash');"
        "INSERT INTO device(id, staff_id, name, token_sha256, created_ms, last_seen_ms) VALUES"
        " ('aaaaaaaa-0000-4000-8000-000000000004', 'aaaaaaaa-0000-4000-8000-000000000003', 'old tablet', '%1', %2, %2);"
        "INSERT INTO device_state VALUES ('aaaaaaaa-0000-4000-8000-000000000004', 7);"
        "INSERT INTO record(id, entity, org_id, client_id) VALUES ('%3', 'client', 'aaaaaaaa-0000-4000-8000-000000000001', '%3');"
        "INSERT INTO record_field VALUES ('%3', 'given_name', '[\"Vera\"]', '001700000000000-00000-aaaaaaaa-0000-4000-8000-000000000004');"
        "INSERT INTO change_log(org_id, entity, id, op, hlc, device_id, fields, time_ms) VALUES"
        " ('aaaaaaaa-0000-4000-8000-000000000001', 'client', '%3', 'upsert',"
        " '001700000000000-00000-aaaaaaaa-0000-4000-8000-000000000004', NULL, '{\"given_name\":\"Vera\"}', 1);"
        "INSERT INTO erased VALUES ('bbbbbbbb-0000-4000-8000-000000000009', 'aaaaaaaa-0000-4000-8000-000000000001', 1);"
        "INSERT INTO meta VALUES ('horizon_cursor', '0');").arg(tokenSha, now, clientId);
    runOnSqliteFile(server.dbPath(), data.toUtf8().constData());
    REQUIRE(runOnSqliteFile(server.dbPath(), "PRAGMA user_version") == s("1"));

    // Any command migrates.
    int code = -1;
    server.command({s("list-devices")}, {}, &code);
    REQUIRE(code == 0);
    CHECK(runOnSqliteFile(server.dbPath(), "PRAGMA user_version").toInt() >= 2);
    CHECK(runOnSqliteFile(server.dbPath(), "SELECT count(*) FROM erased WHERE id = 'bbbbbbbb-0000-4000-8000-000000000009'") == s("1"));
    CHECK(runOnSqliteFile(server.dbPath(), "SELECT cursor FROM org_horizon") == s("0"));
    CHECK(runOnSqliteFile(server.dbPath(), "SELECT count(*) FROM meta WHERE key = 'horizon_cursor'") == s("0"));
    CHECK(runOnSqliteFile(server.dbPath(), "PRAGMA integrity_check") == s("ok"));

    // The old session still works: it pulls the old data and pushes with its notebook's clock.
    server.start();
    Device old;
    old.token = QString::fromLatin1(token);
    old.deviceId = s("aaaaaaaa-0000-4000-8000-000000000004");
    old.nextMid = 8;
    {
        HttpClient client(server.port());
        CHECK(foldRecord(pullAll(client, old), clientId).value(s("given_name")).toString() == s("Vera"));
        const HttpResponse r = push(client, old, QJsonArray{mutation(old, s("client"), clientId, s("upsert"),
                                                                     {{s("given_name"), s("Vera B")}})});
        REQUIRE(r.status == 200);
        CHECK(statusOf(r, 0) == s("applied"));
        CHECK(foldRecord(pullAll(client, old), clientId).value(s("given_name")).toString() == s("Vera B"));
    }
    server.stop();

    // Migrating again changes nothing; a reset password ends the old session and lets olga in.
    server.command({s("reset-password"), s("--login"), s("olga")}, "olga-password\n", &code);
    REQUIRE(code == 0);
    CHECK(runOnSqliteFile(server.dbPath(), "PRAGMA integrity_check") == s("ok"));
    server.start();
    HttpClient client(server.port());
    CHECK(client.request("GET", "/v1/pull", {}, old.token).status == 401);
    Device olga = signIn(client, s("olga"), s("olga-password"));
    REQUIRE_FALSE(olga.token.isEmpty());
    CHECK(foldRecord(pullAll(client, olga), clientId).value(s("given_name")).toString() == s("Vera B"));
    server.stop();
}

TEST_CASE("a device signed in before clock ids were kept goes on pushing with its notebook clock", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    server.stop();
    // As a version-1 database left it: no clock id on the device row.
    runOnSqliteFile(server.dbPath(), "UPDATE device SET clock_id = NULL");
    server.start();
    HttpClient again(server.port());
    const QString notebookClock = newId();
    const auto withClock = [&](const QString &clockId, const char *name) {
        QJsonObject m = mutation(sam, s("client"), newId(), s("upsert"), {{s("given_name"), s(name)}});
        m.insert(s("hlc"), QStringLiteral("%1-00000-%2").arg(QDateTime::currentMSecsSinceEpoch(), 15, 10, QLatin1Char('0'))
                               .arg(clockId));
        return m;
    };
    const HttpResponse first = push(again, sam, QJsonArray{withClock(notebookClock, "First"), withClock(newId(), "Other")});
    REQUIRE(first.status == 200);
    CHECK(statusOf(first, 0) == s("applied"));
    CHECK(statusOf(first, 1) == s("rejected"));
    const HttpResponse later = push(again, sam, QJsonArray{withClock(notebookClock, "Later")});
    CHECK(statusOf(later, 0) == s("applied"));
    server.stop();
}

TEST_CASE("the database and its WAL files are readable by the server's user only", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), newId(), s("upsert"), {{s("given_name"), s("A")}})}).status == 200);
    CHECK(modeOf(server.dbPath()) == 0600);
    CHECK(modeOf(server.dbPath() + s("-wal")) == 0600);
    CHECK(modeOf(server.dbPath() + s("-shm")) == 0600);
    server.stop();

    // A file an older version left world-readable is narrowed at the next start.
    REQUIRE(::chmod(server.dbPath().toUtf8().constData(), 0644) == 0);
    server.start();
    HttpClient next(server.port());
    REQUIRE(push(next, sam, QJsonArray{mutation(sam, s("client"), newId(), s("upsert"), {{s("given_name"), s("B")}})}).status == 200);
    CHECK(modeOf(server.dbPath()) == 0600);
    CHECK(modeOf(server.dbPath() + s("-wal")) == 0600);
    CHECK(modeOf(server.dbPath() + s("-shm")) == 0600);
    server.stop();
}

TEST_CASE("a corrupt staff page makes requests answer 500 server_error while the process lives on", "[server][fault]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());
    server.stop();

    const qint64 pageSize = runOnSqliteFile(server.dbPath(), "PRAGMA page_size").toLongLong();
    const qint64 rootPage = runOnSqliteFile(server.dbPath(), "SELECT rootpage FROM sqlite_master WHERE name = 'staff'").toLongLong();
    REQUIRE(pageSize > 0);
    REQUIRE(rootPage > 1);
    {
        QFile file(server.dbPath());
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek((rootPage - 1) * pageSize));
        REQUIRE(file.write(QByteArray(static_cast<int>(pageSize), '\x5a')) == pageSize);
    }

    server.start();
    HttpClient after(server.port());
    const HttpResponse signInAnswer = after.post("/v1/session", QJsonObject{{s("login"), s("maya")},
        {s("password"), s("rapport-demo")}, {s("device_name"), s("t")}});
    CHECK(signInAnswer.status == 500);
    CHECK(signInAnswer.errorCode() == s("server_error"));
    CHECK_FALSE(signInAnswer.body.contains("SELECT"));
    CHECK_FALSE(signInAnswer.body.contains("malformed"));
    const HttpResponse pullAnswer = after.request("GET", "/v1/pull", {}, sam.token);
    CHECK(pullAnswer.status == 500);
    CHECK(pullAnswer.errorCode() == s("server_error"));
    // The process is still there: it answers, and says the database is failing.
    const HttpResponse health = after.request("GET", "/v1/health");
    CHECK(health.status == 503);
    const HttpResponse again = after.request("GET", "/v1/pull", {}, sam.token);
    CHECK(again.status == 500);
    server.stop();
    // Each failed request is logged once, for the administrator.
    QFile log(server.dir() + s("/server.log"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    const QByteArray text = log.readAll();
    CHECK(text.count("request failed") == 3);
    CHECK_FALSE(text.contains("terminate"));
}

TEST_CASE("a pull page is bounded by bytes and paging still returns every change once", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QString clientId = newId();
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), clientId, s("upsert"), {{s("given_name"), s("Big")}})}).status == 200);
    // 100 notes of ~60 KB (6 MB): more than one 4 MiB page, in pushes under the 4 MiB body limit.
    QSet<QString> noteIds;
    for (int batch = 0; batch < 2; ++batch) {
        QJsonArray mutations;
        for (int i = 0; i < 50; ++i) {
            const QString id = newId();
            noteIds.insert(id);
            mutations.append(mutation(sam, s("note"), id, s("upsert"),
                                      {{s("client_id"), clientId}, {s("kind"), s("other")},
                                       {s("body"), QString(60000, QLatin1Char('a' + i % 26))}}));
        }
        const HttpResponse r = push(client, sam, mutations);
        REQUIRE(r.status == 200);
        REQUIRE(statusOf(r, 49) == s("applied"));
    }

    qint64 cursor = 0;
    int pages = 0;
    QList<QString> seen;
    for (bool more = true; more && pages < 100; ++pages) {
        const HttpResponse r = client.request("GET", "/v1/pull?cursor=" + std::to_string(cursor) + "&limit=1000", {}, sam.token);
        REQUIRE(r.status == 200);
        const QJsonArray changes = r.json().value(s("changes")).toArray();
        qint64 fieldBytes = 0;
        for (const QJsonValue &c : changes) {
            fieldBytes += QJsonDocument(c.toObject().value(s("fields")).toObject()).toJson(QJsonDocument::Compact).size();
            seen.append(c.toObject().value(s("id")).toString());
        }
        CHECK((fieldBytes <= 4 * 1024 * 1024 || changes.size() == 1));
        CHECK(r.body.size() < 5 * 1024 * 1024);
        REQUIRE_FALSE(changes.isEmpty());
        cursor = pullCursor(r.json());
        more = r.json().value(s("has_more")).toBool();
    }
    CHECK(pages >= 2);
    int notes = 0;
    for (const QString &id : seen)
        notes += noteIds.contains(id);
    CHECK(notes == 100);
    CHECK(QSet<QString>(seen.begin(), seen.end()).size() == seen.size());
    server.stop();
}

TEST_CASE("an overwritten value leaves the change log: a fresh device never receives the old text", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QString clientId = newId(), noteId = newId();
    const QString oldText = s("Superseded-Walrus-9931 first draft");
    const QString oldName = s("Obsolete-Heron-2214");
    REQUIRE(push(client, sam, QJsonArray{
        mutation(sam, s("client"), clientId, s("upsert"), {{s("given_name"), oldName}, {s("family_name"), s("Kept")}}),
        mutation(sam, s("note"), noteId, s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("need")}, {s("body"), oldText}})})
                .status == 200);
    const HttpResponse firstPull = client.request("GET", "/v1/pull?cursor=0&limit=1000", {}, sam.token);
    REQUIRE(firstPull.status == 200);
    const qint64 midCursor = pullCursor(firstPull.json());
    QString bodyClock;
    for (const QJsonValue &c : firstPull.json().value(s("changes")).toArray()) {
        if (c.toObject().value(s("id")).toString() == noteId)
            bodyClock = c.toObject().value(s("hlc")).toString();
    }
    REQUIRE_FALSE(bodyClock.isEmpty());

    // A proper edit (the writer saw the current body), and a second client name.
    const HttpResponse edit = push(client, sam, QJsonArray{
        mutation(sam, s("note"), noteId, s("upsert"), {{s("body"), s("the new body")}}, {{s("body"), bodyClock}}),
        mutation(sam, s("client"), clientId, s("upsert"), {{s("given_name"), s("Vera")}})});
    REQUIRE(edit.status == 200);
    REQUIRE(statusOf(edit, 0) == s("applied"));

    // From 0: every answer byte is searched; the record folds to the current values, created whole.
    QByteArray everything;
    QJsonArray all;
    qint64 cursor = 0;
    for (int page = 0; page < 100; ++page) {
        const HttpResponse r = client.request("GET", "/v1/pull?cursor=" + std::to_string(cursor) + "&limit=2", {}, sam.token);
        REQUIRE(r.status == 200);
        everything += r.body;
        for (const QJsonValue &c : r.json().value(s("changes")).toArray())
            all.append(c);
        cursor = pullCursor(r.json());
        if (!r.json().value(s("has_more")).toBool())
            break;
    }
    CHECK_FALSE(everything.contains(oldText.toUtf8()));
    CHECK_FALSE(everything.contains(oldName.toUtf8()));
    const QJsonObject note = foldRecord(all, noteId);
    CHECK(note.value(s("body")).toString() == s("the new body"));
    CHECK(note.value(s("client_id")).toString() == clientId);
    CHECK(note.value(s("kind")).toString() == s("need"));
    const QJsonObject person = foldRecord(all, clientId);
    CHECK(person.value(s("given_name")).toString() == s("Vera"));
    CHECK(person.value(s("family_name")).toString() == s("Kept"));
    // No conflict was made (the edit saw the current body).
    for (const QJsonValue &c : all)
        CHECK(c.toObject().value(s("entity")).toString() != s("conflict"));

    // A device that had pulled the first version gets the new values from its cursor.
    const HttpResponse next = client.request("GET", "/v1/pull?cursor=" + std::to_string(midCursor) + "&limit=1000", {}, sam.token);
    REQUIRE(next.status == 200);
    const QJsonArray nextChanges = next.json().value(s("changes")).toArray();
    CHECK(foldRecord(nextChanges, noteId).value(s("body")).toString() == s("the new body"));
    CHECK(foldRecord(nextChanges, clientId).value(s("given_name")).toString() == s("Vera"));

    // And the old text is gone from the server's files.
    server.stop();
    for (const char *suffix : {"", "-wal", "-shm"}) {
        QFile f(server.dbPath() + QString::fromLatin1(suffix));
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            INFO(f.fileName().toStdString());
            CHECK_FALSE(bytes.contains(oldText.toUtf8()));
            CHECK_FALSE(bytes.contains(oldName.toUtf8()));
        }
    }
}
