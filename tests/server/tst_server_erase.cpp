// GDPR erase on the server: everything of the client goes, nothing readable stays in the files.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QJsonDocument>

#include <map>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/** The names of the database files (main, WAL, SHM, journal) whose bytes contain the text. */
QStringList filesContaining(const ServerProcess &server, const QString &text)
{
    QStringList found;
    if (const PgTestDatabase *pg = server.postgres()) {
        // PostgreSQL keeps dead tuples until VACUUM (docs/ARCHITECTURE.md): what is checked there
        // is that no live row of any table holds the text.
        for (const char *table : {"record_field", "change_log", "record", "erased", "activity"}) {
            const QString rows = pg->sql(QStringLiteral("SELECT count(*) FROM %1 t WHERE strpos(t::text, '%2') > 0")
                                             .arg(QString::fromLatin1(table), QString(text).replace(s("'"), s("''"))));
            if (rows != s("0"))
                found.append(QString::fromLatin1(table));
        }
        return found;
    }
    for (const QString &suffix : {s(""), s("-wal"), s("-shm"), s("-journal")}) {
        QFile f(server.dbPath() + suffix);
        if (f.open(QIODevice::ReadOnly) && f.readAll().contains(text.toUtf8()))
            found.append(f.fileName());
    }
    return found;
}

} // namespace

TEST_CASE("erase removes the client, its notes, follow-ups, conflicts and history, and blocks later writes", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya")); // manager: may erase
    const QString clientId = newId(), noteId = newId(), followUpId = newId(), keptId = newId();
    const QString marker = s("Zyxwvut-Quokka-4471"); // text that must vanish from the files
    const QJsonObject person = mutation(sam, s("client"), clientId, s("upsert"),
                                        {{s("given_name"), marker}, {s("email"), marker + s("@mail.test")}});
    const QJsonObject note = mutation(sam, s("note"), noteId, s("upsert"),
                                      {{s("client_id"), clientId}, {s("kind"), s("need")}, {s("body"), marker + s(" wants a ladder")}});
    REQUIRE(push(client, sam, QJsonArray{
        person,
        note,
        mutation(sam, s("follow_up"), followUpId, s("upsert"), {{s("client_id"), clientId}, {s("reason"), marker + s(" call back")}}),
        mutation(sam, s("client"), keptId, s("upsert"), {{s("given_name"), s("Kept Person")}})}).status == 200);
    // A concurrent body edit makes a conflict record holding the marker text too.
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("note"), noteId, s("upsert"), {{s("body"), marker + s(" other text")}},
                                                   {{s("body"), QJsonValue()}}, 1000)}).status == 200);
    int conflicts = 0;
    for (const QJsonValue &c : pullAll(client, sam))
        conflicts += c.toObject().value(s("entity")).toString() == s("conflict");
    REQUIRE(conflicts == 1);
    REQUIRE_FALSE(filesContaining(server, marker).isEmpty());

    const HttpResponse erased = push(client, maya, QJsonArray{mutation(maya, s("client"), clientId, s("erase"), {}, {}, 2000)});
    REQUIRE(erased.status == 200);
    REQUIRE(erased.json().value(s("results")).toArray().at(0).toObject().value(s("status")).toString() == s("applied"));

    const QJsonArray after = pullAll(client, sam);
    int eraseChanges = 0;
    for (const QJsonValue &v : after) {
        const QJsonObject c = v.toObject();
        CHECK_FALSE(QJsonDocument(c).toJson().contains(marker.toUtf8()));
        // The client and everything it owned appear only as erase markers without fields.
        const QString id = c.value(s("id")).toString();
        if (id == clientId || id == noteId || id == followUpId || c.value(s("entity")).toString() == s("conflict")) {
            CHECK(c.value(s("op")).toString() == s("erase"));
            CHECK(c.value(s("fields")).toObject().isEmpty());
            ++eraseChanges;
        }
    }
    CHECK(eraseChanges == 4); // client, note, follow-up, conflict
    CHECK(foldRecord(after, keptId).value(s("given_name")).toString() == s("Kept Person"));

    // Later writes to the client or its notes, or new notes for it, are rejected.
    const HttpResponse later = push(client, sam, QJsonArray{
        mutation(sam, s("client"), clientId, s("upsert"), {{s("given_name"), s("Again")}}, {}, 3000),
        mutation(sam, s("note"), noteId, s("upsert"), {{s("body"), s("late edit")}}, {}, 3000),
        mutation(sam, s("note"), newId(), s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), s("new note")}}, {}, 3000)});
    REQUIRE(later.status == 200);
    for (const QJsonValue &r : later.json().value(s("results")).toArray())
        CHECK(r.toObject().value(s("status")).toString() == s("rejected"));

    // The text is gone from the database file and its WAL, while the server keeps running.
    CHECK(filesContaining(server, marker).join(s(", ")).toStdString() == "");
    server.stop();
    CHECK(filesContaining(server, marker).join(s(", ")).toStdString() == "");
}

TEST_CASE("erase sends an erase for every record of the client, so a device holding a bare tombstone drops it",
          "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));
    const QString clientId = newId(), noteId = newId(), followUpId = newId(), otherId = newId(), otherNoteId = newId();
    REQUIRE(push(client, sam, QJsonArray{
        mutation(sam, s("client"), clientId, s("upsert"), {{s("given_name"), s("Bo")}}),
        mutation(sam, s("note"), noteId, s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), s("b")}}),
        mutation(sam, s("follow_up"), followUpId, s("upsert"), {{s("client_id"), clientId}, {s("reason"), s("call")}}),
        mutation(sam, s("client"), otherId, s("upsert"), {{s("given_name"), s("Cy")}}),
        mutation(sam, s("note"), otherNoteId, s("upsert"), {{s("client_id"), otherId}, {s("kind"), s("other")}, {s("body"), s("c")}}),
        mutation(sam, s("note"), noteId, s("delete"))}).status == 200);

    // Maya's device first syncs now: the note reaches it only as a delete, which names no client.
    const HttpResponse first = client.request("GET", "/v1/pull?cursor=0&limit=1000", {}, maya.token);
    REQUIRE(first.status == 200);
    QString noteOp;
    for (const QJsonValue &v : first.json().value(s("changes")).toArray()) {
        if (v.toObject().value(s("id")).toString() == noteId) {
            noteOp = v.toObject().value(s("op")).toString();
            CHECK_FALSE(v.toObject().value(s("fields")).toObject().contains(s("client_id")));
        }
    }
    REQUIRE(noteOp == s("delete"));
    const qint64 cursor = pullCursor(first.json());

    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), clientId, s("erase"), {}, {}, 1000)}).status == 200);

    // Her next pull names the deleted note and the follow-up one by one, with their own entity.
    const HttpResponse next = client.request("GET", "/v1/pull?cursor=" + std::to_string(cursor) + "&limit=1000", {},
                                             maya.token);
    REQUIRE(next.status == 200);
    std::map<QString, QString> erasedEntity;
    for (const QJsonValue &v : next.json().value(s("changes")).toArray()) {
        const QJsonObject c = v.toObject();
        CHECK(c.value(s("op")).toString() == s("erase"));
        CHECK(c.value(s("fields")).toObject().isEmpty());
        erasedEntity[c.value(s("id")).toString()] = c.value(s("entity")).toString();
    }
    CHECK(erasedEntity.size() == 3);
    CHECK(erasedEntity[clientId] == s("client"));
    CHECK(erasedEntity[noteId] == s("note"));
    CHECK(erasedEntity[followUpId] == s("follow_up"));

    // A fresh device sees no delete of the note any more (it would keep a tombstone the others dropped),
    // and the other client's note is untouched.
    const QJsonArray fresh = pullAll(client, sam);
    int noteChanges = 0;
    for (const QJsonValue &v : fresh) {
        const QJsonObject c = v.toObject();
        if (c.value(s("id")).toString() == noteId) {
            CHECK(c.value(s("op")).toString() == s("erase"));
            ++noteChanges;
        }
    }
    CHECK(noteChanges == 1);
    CHECK(foldRecord(fresh, otherNoteId).value(s("body")).toString() == s("c"));
    server.stop();
}
