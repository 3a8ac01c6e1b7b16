// GET /v1/snapshot: a fresh device's first sync is the organisation's current state, resumable,
// with nothing committed during it lost, compressed when asked, and never another organisation's.
#include "httpclient.h"
#include "serverprocess.h"

#include "protocol/snapshot.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QThread>

#include <fcntl.h>
#include <sqlite3.h>
#include <sys/mman.h>
#include <unistd.h>
#include <zlib.h>
#include <zstd.h>

#include <map>
#include <set>
#include <variant>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/** One record as a device holds it: entity, and per field its value and clock. */
struct Held
{
    QString entity;
    std::map<QString, std::pair<QJsonValue, QString>> fields;
    bool operator==(const Held &o) const { return entity == o.entity && fields == o.fields; }
};
using State = std::map<QString, Held>;

/** Applies pull changes in order as a device does: newer clock wins per field, delete/erase drop. */
void applyChanges(State &state, const QJsonArray &changes)
{
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(s("id")).toString();
        const QString op = c.value(s("op")).toString();
        if (op != s("upsert")) {
            state.erase(id);
            continue;
        }
        Held &held = state[id];
        held.entity = c.value(s("entity")).toString();
        const QString hlc = c.value(s("hlc")).toString();
        const QJsonObject fields = c.value(s("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            auto &slot = held.fields[it.key()];
            if (hlc > slot.second)
                slot = {it.value(), hlc};
        }
    }
}

/** Applies snapshot entries the same way (an entry is a record as of its clocks). */
void applyEntries(State &state, const QList<rapport::protocol::SnapshotEntry> &entries)
{
    for (const auto &e : entries) {
        Held &held = state[e.id];
        held.entity = e.entity;
        for (auto it = e.fields.begin(); it != e.fields.end(); ++it) {
            auto &slot = held.fields[it.key()];
            if (e.clockOf(it.key()) > slot.second)
                slot = {it.value(), e.clockOf(it.key())};
        }
    }
}

rapport::protocol::SnapshotPage parsePage(const HttpResponse &r)
{
    REQUIRE(r.status == 200);
    auto parsed = rapport::protocol::parseSnapshotPage(r.json());
    if (auto *e = std::get_if<rapport::protocol::WireError>(&parsed))
        FAIL(e->message.toStdString());
    return std::get<rapport::protocol::SnapshotPage>(parsed);
}

/** A zstd body decompressed whole; an empty result (and a failed check) when it is not one frame. */
QByteArray unzstd(const QByteArray &body)
{
    const unsigned long long size = ZSTD_getFrameContentSize(body.constData(), body.size());
    if (size == ZSTD_CONTENTSIZE_UNKNOWN || size == ZSTD_CONTENTSIZE_ERROR) {
        FAIL_CHECK("not a zstd frame with its size");
        return {};
    }
    QByteArray out(static_cast<qsizetype>(size), '\0');
    const size_t written = ZSTD_decompress(out.data(), out.size(), body.constData(), body.size());
    CHECK(written == size_t(out.size()));
    return out;
}

HttpResponse snapshotPage(HttpClient &client, const Device &device, const QString &after, int limit,
                          const std::map<std::string, std::string> &headers = {})
{
    std::string target = "/v1/snapshot?limit=" + std::to_string(limit);
    if (!after.isEmpty())
        target += "&after=" + after.toStdString();
    return client.request("GET", target, {}, device.token, headers);
}

struct Snapshot
{
    QList<rapport::protocol::SnapshotEntry> entries;
    QString cursor;
    int pages = 0;
};

Snapshot snapshotAll(HttpClient &client, const Device &device, int limit, const QString &from = {})
{
    Snapshot all;
    QString after = from;
    for (;;) {
        const auto page = parsePage(snapshotPage(client, device, after, limit));
        ++all.pages;
        all.entries.append(page.entries);
        all.cursor = page.cursor;
        if (!page.hasMore)
            return all;
        REQUIRE(all.pages < 10000);
        after = page.next;
    }
}

QJsonArray pullFrom(HttpClient &client, const Device &device, const QString &cursor)
{
    QJsonArray all;
    QString at = cursor;
    for (int page = 0; page < 1000; ++page) {
        const HttpResponse r = client.request("GET", "/v1/pull?limit=500&cursor=" + at.toStdString(), {}, device.token);
        REQUIRE(r.status == 200);
        const QJsonObject o = r.json();
        for (const QJsonValue &c : o.value(s("changes")).toArray())
            all.append(c);
        at = QString::number(pullCursor(o));
        if (!o.value(s("has_more")).toBool())
            break;
    }
    return all;
}

State fullPullState(HttpClient &client, const Device &device)
{
    State state;
    applyChanges(state, pullAll(client, device));
    return state;
}

QList<QString> clientsWith(HttpClient &client, Device &device, int count, const QString &prefix)
{
    QList<QString> ids;
    QJsonArray batch;
    for (int i = 0; i < count; ++i) {
        ids.append(newId());
        batch.append(mutation(device, s("client"), ids.last(), s("upsert"),
                              {{s("given_name"), QStringLiteral("%1 %2").arg(prefix).arg(i)},
                               {s("family_name"), s("Okafor")}, {s("phone"), s("+44 20 7946 0000")},
                               {s("email"), QStringLiteral("person%1@mail.test").arg(i)}}));
    }
    REQUIRE(push(client, device, batch).status == 200);
    return ids;
}

std::set<QString> idsOf(const QList<rapport::protocol::SnapshotEntry> &entries)
{
    std::set<QString> ids;
    for (const auto &e : entries)
        ids.insert(e.id);
    return ids;
}

/** Runs SQL on the stopped server's database (SQLite file or PostgreSQL); the first column of the first row. */
QString onDatabase(const ServerProcess &server, const char *sqlite, const char *postgres)
{
    if (server.postgres())
        return server.postgres()->sql(QString::fromUtf8(postgres));
    return runOnSqliteFile(server.dbPath(), sqlite);
}

/**
 * Puts the stopped server's storage back into the layout before one clock per record (SQLite
 * schema 3, PostgreSQL step 1): every field stores its own clock, the record none.
 */
void toClockPerField(const ServerProcess &server)
{
    onDatabase(server, R"sql(
BEGIN;
CREATE TABLE record_field_per_field(id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
    hlc TEXT NOT NULL, PRIMARY KEY(id, field)) WITHOUT ROWID;
INSERT INTO record_field_per_field SELECT f.id, f.field, f.value, coalesce(f.hlc, r.hlc)
    FROM record_field f JOIN record r ON r.id = f.id;
DROP TABLE record_field;
ALTER TABLE record_field_per_field RENAME TO record_field;
ALTER TABLE record DROP COLUMN hlc;
PRAGMA user_version = 3;
COMMIT;
)sql", R"sql(
UPDATE record_field f SET hlc = r.hlc FROM record r WHERE r.id = f.id AND f.hlc IS NULL;
ALTER TABLE record_field ALTER COLUMN hlc SET NOT NULL;
ALTER TABLE record DROP COLUMN hlc;
UPDATE schema_version SET version = 1;
)sql");
}

/** The share (0 to 1) of the file's pages the kernel holds in memory now. */
double residentShare(const QString &path)
{
    const QByteArray name = path.toUtf8();
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    const auto size = static_cast<size_t>(QFileInfo(path).size());
    REQUIRE(size > 0);
    void *map = ::mmap(nullptr, size, PROT_READ, MAP_SHARED, fd, 0);
    ::close(fd);
    REQUIRE(map != MAP_FAILED);
    const auto pageSize = static_cast<size_t>(::sysconf(_SC_PAGESIZE));
    std::vector<unsigned char> pages((size + pageSize - 1) / pageSize);
    const bool read = ::mincore(map, size, pages.data()) == 0;
    ::munmap(map, size);
    REQUIRE(read);
    size_t resident = 0;
    for (unsigned char page : pages)
        resident += page & 1;
    return double(resident) / double(pages.size());
}

/** Asks the kernel to drop the file's pages from memory (written to disk first). */
void dropFromMemory(const QString &path)
{
    ::sync();
    const int fd = ::open(path.toUtf8().constData(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::close(fd);
}

} // namespace

TEST_CASE("a snapshot is the state a full pull folds to, without superseded values or deleted and erased records", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));
    const QList<QString> people = clientsWith(client, sam, 12, s("Ada"));
    const QString noteId = newId(), goneNote = newId(), followUp = newId();
    const QString oldText = s("Superseded-Marker-8812 first draft");
    const QJsonObject draft = mutation(sam, s("note"), noteId, s("upsert"),
                                       {{s("client_id"), people[0]}, {s("kind"), s("need")}, {s("body"), oldText}});
    REQUIRE(push(client, sam, QJsonArray{
        draft,
        mutation(sam, s("note"), goneNote, s("upsert"),
                 {{s("client_id"), people[1]}, {s("kind"), s("purchase")}, {s("body"), s("Deleted-Marker-5521")}}),
        mutation(sam, s("follow_up"), followUp, s("upsert"), {{s("client_id"), people[0]}, {s("reason"), s("teach")}})})
                .status == 200);
    // A later edit of some fields: the record then has two clocks. A delete and an erase leave nothing.
    REQUIRE(push(client, sam, QJsonArray{
        // The writer saw the draft: an edit, not a conflict (which would keep the draft's text).
        mutation(sam, s("note"), noteId, s("upsert"), {{s("body"), s("current text")}},
                 {{s("body"), draft.value(s("hlc"))}}, 500),
        mutation(sam, s("client"), people[2], s("upsert"), {{s("phone"), s("+44 20 7946 0999")}}, {}, 500),
        mutation(sam, s("note"), goneNote, s("delete"), {}, {}, 600)}).status == 200);
    const QString erasedName = s("Erased-Marker-3307");
    REQUIRE(push(client, maya, QJsonArray{
        mutation(maya, s("client"), people[3], s("upsert"), {{s("given_name"), erasedName}}, {}, 700)}).status == 200);
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), people[3], s("erase"), {}, {}, 800)}).status == 200);

    // Pages of 5 (every page boundary crossed) and one large page read the same state.
    const Snapshot small = snapshotAll(client, sam, 5);
    const Snapshot large = snapshotAll(client, sam, 5000);
    CHECK(small.pages > 3);
    CHECK(large.pages == 1);
    CHECK(small.cursor == large.cursor);
    // The first page counts the entries of the whole snapshot (a device's progress); later ones do not.
    const auto first = parsePage(snapshotPage(client, sam, {}, 5));
    CHECK(first.total == small.entries.size());
    CHECK_FALSE(parsePage(snapshotPage(client, sam, first.next, 5)).total.has_value());

    State fromSnapshot;
    applyEntries(fromSnapshot, small.entries);
    const State pulled = fullPullState(client, sam);
    CHECK(fromSnapshot.size() == pulled.size());
    CHECK(fromSnapshot == pulled);
    CHECK(small.entries.size() == large.entries.size());
    CHECK(static_cast<std::size_t>(small.entries.size()) == idsOf(small.entries).size()); // each record once

    const std::set<QString> ids = idsOf(small.entries);
    CHECK(ids.count(goneNote) == 0);
    CHECK(ids.count(people[3]) == 0);
    CHECK(ids.count(noteId) == 1);
    CHECK(ids.count(followUp) == 1);
    // Stores and staff come first, then clients, then notes, then follow-ups.
    QStringList order;
    for (const auto &e : small.entries) {
        if (order.isEmpty() || order.last() != e.entity)
            order.append(e.entity);
    }
    CHECK(order == QStringList{s("store"), s("staff"), s("client"), s("note"), s("follow_up")});
    for (const auto &e : small.entries) {
        // One clock for a record written once; the edited ones name the fields written at another.
        if (e.id == noteId || e.id == people[2])
            CHECK(e.clocks.size() >= 1);
        else if (e.entity == s("client"))
            CHECK(e.clocks.isEmpty());
    }
    // Nothing of the superseded, deleted or erased text is in any page.
    const QByteArray body = snapshotPage(client, sam, {}, 5000).body;
    CHECK_FALSE(body.contains(oldText.toUtf8()));
    CHECK_FALSE(body.contains("Deleted-Marker-5521"));
    CHECK_FALSE(body.contains(erasedName.toUtf8()));
    // Nothing happened since: pulling from the snapshot's cursor brings nothing the snapshot lacks.
    State after = fromSnapshot;
    applyChanges(after, pullFrom(client, sam, small.cursor));
    CHECK(after == pulled);
}

TEST_CASE("an interrupted snapshot resumes from its token and writes made during it are pulled from its cursor", "[server][sync]")
{
    ServerProcess server;
    server.start();
    std::unique_ptr<HttpClient> client = std::make_unique<HttpClient>(server.port());
    Device sam = signIn(*client, s("sam"));
    Device maya = signIn(*client, s("maya"));
    const QList<QString> people = clientsWith(*client, sam, 40, s("Bea"));

    // The device reads two pages, then is cut off.
    const auto first = parsePage(snapshotPage(*client, sam, {}, 9));
    REQUIRE(first.hasMore);
    const auto second = parsePage(snapshotPage(*client, sam, first.next, 9));
    REQUIRE(second.hasMore);
    QList<rapport::protocol::SnapshotEntry> got = first.entries + second.entries;
    const std::set<QString> sent = idsOf(got);

    // Meanwhile others write: an edit of a client already sent, a new client, a delete of one not
    // sent yet, an erase of one sent already, a second edit of one not sent yet.
    QString sentClient, unsentA, unsentB, sentErased;
    for (const QString &id : people) {
        if (sent.count(id) && sentClient.isEmpty())
            sentClient = id;
        else if (sent.count(id) && sentErased.isEmpty())
            sentErased = id;
        else if (!sent.count(id) && unsentA.isEmpty())
            unsentA = id;
        else if (!sent.count(id) && unsentB.isEmpty())
            unsentB = id;
    }
    REQUIRE_FALSE(sentClient.isEmpty());
    REQUIRE_FALSE(sentErased.isEmpty());
    REQUIRE_FALSE(unsentB.isEmpty());
    const QString added = newId();
    REQUIRE(push(*client, maya, QJsonArray{
        mutation(maya, s("client"), sentClient, s("upsert"), {{s("given_name"), s("Renamed during snapshot")}}, {}, 1000),
        mutation(maya, s("client"), added, s("upsert"), {{s("given_name"), s("Added during snapshot")}}, {}, 1000),
        mutation(maya, s("client"), unsentA, s("delete"), {}, {}, 1000),
        mutation(maya, s("client"), unsentB, s("upsert"), {{s("email"), s("new@mail.test")}}, {}, 1000)}).status == 200);
    REQUIRE(push(*client, maya, QJsonArray{mutation(maya, s("client"), sentErased, s("erase"), {}, {}, 1100)}).status == 200);

    // The server restarts in between (the token holds everything needed), and the device resumes.
    server.kill9();
    server.start();
    client = std::make_unique<HttpClient>(server.port());
    const Snapshot rest = snapshotAll(*client, sam, 9, second.next);
    CHECK(rest.cursor == first.cursor); // the cursor is the one the first page fixed
    got.append(rest.entries);
    CHECK(static_cast<std::size_t>(got.size()) == idsOf(got).size()); // no record twice
    CHECK(idsOf(rest.entries).count(unsentA) == 0);
    for (const auto &e : rest.entries)
        CHECK(sent.count(e.id) == 0); // nothing before the token again

    // Then incremental pulls from the snapshot's cursor: the result is the server's state.
    State device;
    applyEntries(device, got);
    applyChanges(device, pullFrom(*client, sam, first.cursor));
    const State server_state = fullPullState(*client, sam);
    CHECK(device == server_state);
    CHECK(device.count(sentErased) == 0);
    CHECK(device.count(unsentA) == 0);
    REQUIRE(device.count(added) == 1);
    CHECK(device.at(sentClient).fields.at(s("given_name")).first.toString() == s("Renamed during snapshot"));
    CHECK(device.at(unsentB).fields.at(s("email")).first.toString() == s("new@mail.test"));
}

TEST_CASE("snapshot pages are compressed with zstd or deflate when asked and read the same", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    clientsWith(client, sam, 60, s("Cai"));
    const HttpResponse plain = snapshotPage(client, sam, {}, 5000);
    REQUIRE(plain.status == 200);
    CHECK(plain.headers.count("Content-Encoding") == 0);
    const QJsonArray plainEntries = plain.json().value(s("entries")).toArray();
    REQUIRE(plainEntries.size() > 60);

    const auto entriesOf = [](const QByteArray &json) {
        return QJsonDocument::fromJson(json).object().value(QStringLiteral("entries")).toArray();
    };
    {
        const HttpResponse r = snapshotPage(client, sam, {}, 5000, {{"Accept-Encoding", "gzip, zstd, deflate"}});
        REQUIRE(r.status == 200);
        REQUIRE(r.headers.count("Content-Encoding") == 1);
        CHECK(r.headers.at("Content-Encoding") == "zstd");
        CHECK(r.body.size() * 3 < plain.body.size());
        CHECK(entriesOf(unzstd(r.body)) == plainEntries);
    }
    {
        const HttpResponse r = snapshotPage(client, sam, {}, 5000, {{"Accept-Encoding", "zstd;q=0, deflate"}});
        REQUIRE(r.status == 200);
        REQUIRE(r.headers.count("Content-Encoding") == 1);
        CHECK(r.headers.at("Content-Encoding") == "deflate");
        CHECK(r.body.size() * 3 < plain.body.size());
        uLongf size = static_cast<uLongf>(plain.body.size() + 4096);
        QByteArray out(static_cast<qsizetype>(size), '\0');
        REQUIRE(uncompress(reinterpret_cast<Bytef *>(out.data()), &size,
                           reinterpret_cast<const Bytef *>(r.body.constData()), r.body.size()) == Z_OK);
        out.truncate(static_cast<qsizetype>(size));
        CHECK(entriesOf(out) == plainEntries);
    }
    {
        // A coding the server does not write: the answer is plain.
        const HttpResponse r = snapshotPage(client, sam, {}, 5000, {{"Accept-Encoding", "br"}});
        REQUIRE(r.status == 200);
        CHECK(r.headers.count("Content-Encoding") == 0);
        CHECK(r.json().value(s("entries")).toArray() == plainEntries);
    }
    {
        // Pulls are compressed the same way.
        const HttpResponse r = client.request("GET", "/v1/pull?cursor=0", {}, sam.token, {{"Accept-Encoding", "zstd"}});
        REQUIRE(r.status == 200);
        CHECK(r.headers.count("Content-Encoding") == 1);
    }
}

TEST_CASE("each snapshot page but the last names the next one in a header too, compressed or not", "[server][sync]")
{
    // A device asks for the next page on the header as soon as an answer is in, before reading
    // the body; the body must say the same (docs/ARCHITECTURE.md, Snapshot).
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    clientsWith(client, sam, 30, s("Ines"));
    const std::string header = rapport::protocol::kNextHeader;
    QString after;
    int pages = 0;
    for (bool more = true; more; ++pages) {
        REQUIRE(pages < 100);
        // Every other page compressed: the header is not part of the body that is.
        const HttpResponse r = snapshotPage(client, sam, after, 7,
                                            pages % 2 ? std::map<std::string, std::string>{{"Accept-Encoding", "zstd"}}
                                                      : std::map<std::string, std::string>{});
        REQUIRE(r.status == 200);
        QJsonObject page;
        if (r.headers.count("Content-Encoding"))
            page = QJsonDocument::fromJson(unzstd(r.body)).object();
        else
            page = r.json();
        const auto parsed = rapport::protocol::parseSnapshotPage(page);
        REQUIRE(std::holds_alternative<rapport::protocol::SnapshotPage>(parsed));
        const auto &read = std::get<rapport::protocol::SnapshotPage>(parsed);
        more = read.hasMore;
        if (more) {
            REQUIRE(r.headers.count(header) == 1);
            CHECK(QString::fromStdString(r.headers.at(header)) == read.next);
            CHECK(rapport::protocol::announcedNext(QByteArray::fromStdString(r.headers.at(header))) == read.next);
            CHECK_FALSE(rapport::protocol::checkAnnouncedNext(read, QByteArray::fromStdString(r.headers.at(header))));
        } else {
            CHECK(r.headers.count(header) == 0); // the last page announces nothing
        }
        after = read.next;
    }
    CHECK(pages >= 5); // 30 clients and the organisation's stores and staff, 7 a page
}

TEST_CASE("bad snapshot tokens and limits are refused with a message", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    clientsWith(client, sam, 3, s("Dev"));
    const auto base64 = [](const char *plain) {
        return QByteArray(plain).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals).toStdString();
    };
    for (const std::string &query :
         {std::string("after=not-a-token!"), std::string("after="), "after=" + base64("12.99."),
          "after=" + base64("12.2.not-a-uuid"), "after=" + base64("-1.2."), "after=" + base64("12.2"),
          std::string("limit=0"), std::string("limit=5001"), std::string("limit=ten"), std::string("limit=-3"),
          "after=" + std::string(300, 'A')}) {
        INFO(query);
        const HttpResponse r = client.request("GET", "/v1/snapshot?" + query, {}, sam.token);
        CHECK(r.status == 400);
        CHECK(r.errorCode() == s("invalid_request"));
        CHECK_FALSE(r.json().value(s("error")).toObject().value(s("message")).toString().isEmpty());
    }
    CHECK(client.request("GET", "/v1/snapshot").status == 401);
    CHECK(client.request("POST", "/v1/snapshot", "{}", sam.token).status == 405);
    // A well-formed token from a first page still works afterwards.
    const auto first = parsePage(snapshotPage(client, sam, {}, 2));
    REQUIRE(first.hasMore);
    CHECK(snapshotPage(client, sam, first.next, 2).status == 200);
}

TEST_CASE("a snapshot never holds another organisation's records, stores or staff", "[server][sync]")
{
    ServerProcess server;
    server.start();
    int code = -1;
    server.command({s("init"), s("--org"), s("Org B")}, {}, &code);
    REQUIRE(code == 0);
    const QString storeB =
        server.command({s("add-store"), s("--org"), s("Org B"), s("--name"), s("B Store")}, {}, &code).trimmed();
    REQUIRE(code == 0);
    const QString staffB = server.command({s("add-staff"), s("--store"), storeB, s("--login"), s("bob"), s("--name"),
                                           s("Bob B"), s("--role"), s("manager")}, "bob-password\n", &code).trimmed();
    REQUIRE(code == 0);
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device bob = signIn(client, s("bob"), s("bob-password"));
    const QList<QString> ofA = clientsWith(client, sam, 8, s("Eve"));
    const QList<QString> ofB = clientsWith(client, bob, 8, s("Fay"));

    const Snapshot a = snapshotAll(client, sam, 3);
    const Snapshot b = snapshotAll(client, bob, 3);
    const std::set<QString> idsA = idsOf(a.entries), idsB = idsOf(b.entries);
    for (const QString &id : ofB)
        CHECK(idsA.count(id) == 0);
    for (const QString &id : ofA)
        CHECK(idsB.count(id) == 0);
    CHECK(idsA.count(storeB) == 0);
    CHECK(idsA.count(staffB) == 0);
    CHECK(idsB.count(storeB) == 1);
    CHECK(idsB.count(staffB) == 1);
    State stateB;
    applyEntries(stateB, b.entries);
    CHECK(stateB == fullPullState(client, bob));

    // A token of A's snapshot used by B's device reads only B's records.
    const auto firstA = parsePage(snapshotPage(client, sam, {}, 3));
    REQUIRE(firstA.hasMore);
    const Snapshot crossed = snapshotAll(client, bob, 3, firstA.next);
    for (const auto &e : crossed.entries)
        CHECK(idsB.count(e.id) == 1);
}

TEST_CASE("storage with a clock per field converts to one clock per record and every field reads back the same", "[server][sync]")
{
    ServerProcess server;
    server.start();
    QList<QString> people;
    const QString noteId = newId();
    // A client pushed without fields: storage before one clock per record has no clock for it.
    const QString bare = newId();
    const auto withoutBare = [&](State state) {
        state.erase(bare); // a snapshot has no entry for a record without fields
        return state;
    };
    Device sam;
    QString tieClock;
    State before;
    {
        HttpClient client(server.port());
        sam = signIn(client, s("sam"));
        // Written 10 s ago, so a later test write can fall between two clocks of one record.
        QJsonArray batch;
        for (int i = 0; i < 20; ++i) {
            people.append(newId());
            batch.append(mutation(sam, s("client"), people.last(), s("upsert"),
                                  {{s("given_name"), QStringLiteral("Iris %1").arg(i)}, {s("family_name"), s("Nwosu")},
                                   {s("phone"), s("+44 20 7946 0101")}, {s("email"), QStringLiteral("iris%1@mail.test").arg(i)}},
                                  {}, -10000));
        }
        batch.append(mutation(sam, s("client"), bare, s("upsert"), {}, {}, -10000));
        batch.append(mutation(sam, s("note"), noteId, s("upsert"),
                              {{s("client_id"), people[0]}, {s("kind"), s("need")}, {s("body"), s("first")}}, {}, -10000));
        REQUIRE(push(client, sam, batch).status == 200);
        // people[0]: one field of four edited later; people[1]: two of four (a tie: the newer
        // clock becomes the record's); the note's body edited by a writer who saw it.
        const QJsonObject tie = mutation(sam, s("client"), people[1], s("upsert"),
                                         {{s("given_name"), s("Iris B")}, {s("family_name"), s("Okoro")}}, {}, -5000);
        tieClock = tie.value(s("hlc")).toString();
        const QJsonArray edits{
            tie, mutation(sam, s("client"), people[0], s("upsert"), {{s("phone"), s("+44 20 7946 0202")}}, {}, -5000),
            mutation(sam, s("note"), noteId, s("upsert"), {{s("body"), s("second")}},
                     {{s("body"), batch.last().toObject().value(s("hlc"))}}, -5000)};
        REQUIRE(push(client, sam, edits).status == 200);
        before = withoutBare(fullPullState(client, sam));
        State snapshotted;
        applyEntries(snapshotted, snapshotAll(client, sam, 7).entries);
        REQUIRE(snapshotted == before);
    }
    server.stop();

    toClockPerField(server);
    const char *const ownClocks = "SELECT count(*) FROM record_field WHERE hlc IS NOT NULL";
    const QString fieldRows = onDatabase(server, "SELECT count(*) FROM record_field", "SELECT count(*) FROM record_field");
    REQUIRE(onDatabase(server, ownClocks, ownClocks) == fieldRows);

    server.start(); // migrates
    HttpClient client(server.port());
    CHECK(withoutBare(fullPullState(client, sam)) == before);
    State snapshotted;
    const Snapshot all = snapshotAll(client, sam, 7);
    applyEntries(snapshotted, all.entries);
    CHECK(snapshotted == before);
    for (const auto &e : all.entries) {
        if (e.id == people[1]) {
            CHECK(e.hlc == tieClock); // the newer clock of a tie
            CHECK(e.clocks.size() == 2);
        } else if (e.id == people[0] || e.id == noteId) {
            CHECK(e.clocks.size() == 1);
        } else if (e.entity == s("client")) {
            CHECK(e.clocks.isEmpty());
        }
    }
    // Only the fields edited after their record was written keep a clock of their own.
    CHECK(onDatabase(server, ownClocks, ownClocks) == s("4"));
    CHECK(onDatabase(server, "SELECT count(*) FROM record_field", "SELECT count(*) FROM record_field") == fieldRows);
    const char *const unclocked = "SELECT count(*) FROM record WHERE hlc = ''";
    CHECK(onDatabase(server, unclocked, unclocked) == s("1")); // the bare client

    // Its first fields give it its clock: they store none of their own.
    const QJsonObject firstFields =
        mutation(sam, s("client"), bare, s("upsert"), {{s("given_name"), s("Bare")}, {s("family_name"), s("Client")}});
    REQUIRE(push(client, sam, QJsonArray{firstFields}).status == 200);
    CHECK(onDatabase(server, unclocked, unclocked) == s("0"));
    CHECK(onDatabase(server, ownClocks, ownClocks) == s("4"));

    // Merging stays per field: a write between people[1]'s two clocks wins over the fields of the
    // older one (now stored with their own clock) and loses to those at the record's clock.
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), people[1], s("upsert"),
                                                  {{s("given_name"), s("Late")}, {s("family_name"), s("Late")},
                                                   {s("phone"), s("+44 20 7946 0303")}, {s("email"), s("late@mail.test")}},
                                                  {}, -7000)}).status == 200);
    const State pulled = fullPullState(client, sam);
    CHECK(pulled.at(bare).fields.at(s("given_name")) == std::pair(QJsonValue(s("Bare")), firstFields.value(s("hlc")).toString()));
    const Held &merged = pulled.at(people[1]);
    CHECK(merged.fields.at(s("given_name")).first == QJsonValue(s("Iris B")));
    CHECK(merged.fields.at(s("family_name")).first == QJsonValue(s("Okoro")));
    CHECK(merged.fields.at(s("phone")).first == QJsonValue(s("+44 20 7946 0303")));
    CHECK(merged.fields.at(s("email")).first == QJsonValue(s("late@mail.test")));
    State again;
    applyEntries(again, snapshotAll(client, sam, 7).entries);
    CHECK(again == pulled);
    server.stop();
}

TEST_CASE("a snapshot's first page reads the SQLite file ahead, so the walk that follows finds it in memory",
          "[server][sync][sqlite]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    for (int batch = 0; batch < 6; ++batch)
        clientsWith(client, sam, 1000, QStringLiteral("Ines %1").arg(batch));
    REQUIRE(QFileInfo(server.dbPath()).size() > 2 * 1024 * 1024); // the WAL was checkpointed into it

    dropFromMemory(server.dbPath());
    const double before = residentShare(server.dbPath());
    if (before > 0.5) {
        WARN("this file system keeps the file in memory whatever is asked (" << before << "); nothing to measure");
        return;
    }
    // The first page of a snapshot: the whole file comes into memory in the background.
    const auto first = parsePage(snapshotPage(client, sam, {}, 1));
    REQUIRE(first.hasMore);
    QElapsedTimer waited;
    waited.start();
    double share = residentShare(server.dbPath());
    while (share < 0.99 && waited.elapsed() < 10000) {
        QThread::msleep(50);
        share = residentShare(server.dbPath());
    }
    INFO("share of the file in memory: " << share << " (before: " << before << ")");
    CHECK(share >= 0.99);

    // A later page reads only its own rows: the file stays out of memory.
    dropFromMemory(server.dbPath());
    REQUIRE(snapshotPage(client, sam, first.next, 1).status == 200);
    QThread::msleep(500);
    CHECK(residentShare(server.dbPath()) < 0.5);
}
