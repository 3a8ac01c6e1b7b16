// Notes and follow-ups always belong to a client the server knows: an upsert that would create one
// without it (or for an erased, unknown or foreign client) is rejected on its own, and the device's
// last_mid still moves past it.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QSet>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QString statusOf(const HttpResponse &r, int index)
{
    return r.json().value(s("results")).toArray().at(index).toObject().value(s("status")).toString();
}

QSet<QString> idsIn(const QJsonArray &changes)
{
    QSet<QString> ids;
    for (const QJsonValue &c : changes)
        ids.insert(c.toObject().value(s("id")).toString());
    return ids;
}

} // namespace

TEST_CASE("an edit whose note was never created does not create a headless note", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));
    const QString erasedClient = newId(), noteId = newId();
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), erasedClient, s("upsert"), {{s("given_name"), s("Ed")}})})
                .status == 200);
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), erasedClient, s("erase"), {}, {}, 500)}).status == 200);

    // Sam wrote a note for the client offline, then edited its body: the creation is rejected...
    const QJsonObject create = mutation(sam, s("note"), noteId, s("upsert"),
                                        {{s("client_id"), erasedClient}, {s("kind"), s("need")}, {s("body"), s("v1")}}, {}, 1000);
    const HttpResponse created = push(client, sam, QJsonArray{create});
    REQUIRE(created.status == 200);
    CHECK(statusOf(created, 0) == s("rejected"));
    // ...and the edit, arriving alone in a later push, must not create the note without client and kind.
    const QJsonObject edit = mutation(sam, s("note"), noteId, s("upsert"), {{s("body"), s("v2")}},
                                      {{s("body"), create.value(s("hlc")).toString()}}, 2000);
    const HttpResponse edited = push(client, sam, QJsonArray{edit});
    REQUIRE(edited.status == 200);
    CHECK(statusOf(edited, 0) == s("rejected"));
    CHECK(edited.json().value(s("last_mid")).toInteger() == edit.value(s("mid")).toInteger());
    CHECK_FALSE(idsIn(pullAll(client, maya)).contains(noteId));
    server.stop();
}

TEST_CASE("a new note or follow-up needs a known client of the organisation (and a note its kind)", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QString clientId = newId(), existingNote = newId();
    REQUIRE(push(client, sam, QJsonArray{
        mutation(sam, s("client"), clientId, s("upsert"), {{s("given_name"), s("Flo")}}),
        mutation(sam, s("note"), existingNote, s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), s("x")}})})
                .status == 200);

    struct Case { const char *what; QJsonObject mutation; const char *status; };
    const QString good = newId(), goodFollowUp = newId();
    const QList<Case> cases{
        {"note without client_id", mutation(sam, s("note"), newId(), s("upsert"), {{s("kind"), s("other")}, {s("body"), s("a")}}), "rejected"},
        {"note with null client_id", mutation(sam, s("note"), newId(), s("upsert"), {{s("client_id"), QJsonValue()}, {s("kind"), s("other")}}), "rejected"},
        {"note for an unknown client", mutation(sam, s("note"), newId(), s("upsert"), {{s("client_id"), newId()}, {s("kind"), s("other")}}), "rejected"},
        {"note whose client_id names a note", mutation(sam, s("note"), newId(), s("upsert"), {{s("client_id"), existingNote}, {s("kind"), s("other")}}), "rejected"},
        {"note without kind", mutation(sam, s("note"), newId(), s("upsert"), {{s("client_id"), clientId}, {s("body"), s("b")}}), "rejected"},
        {"note with null kind", mutation(sam, s("note"), newId(), s("upsert"), {{s("client_id"), clientId}, {s("kind"), QJsonValue()}}), "rejected"},
        {"follow-up without client_id", mutation(sam, s("follow_up"), newId(), s("upsert"), {{s("reason"), s("r")}}), "rejected"},
        {"follow-up for an unknown client", mutation(sam, s("follow_up"), newId(), s("upsert"), {{s("client_id"), newId()}}), "rejected"},
        {"conflict without its note", mutation(sam, s("conflict"), newId(), s("upsert"), {{s("resolved"), 1}}), "rejected"},
        // The batch goes on after rejections; valid writes in it are applied.
        {"complete note", mutation(sam, s("note"), good, s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("need")}, {s("body"), s("ok")}}), "applied"},
        {"body edit of a known note", mutation(sam, s("note"), good, s("upsert"), {{s("body"), s("ok2")}}, {}, 100), "applied"},
        {"removing a note's client", mutation(sam, s("note"), good, s("upsert"), {{s("client_id"), s("")}}, {}, 200), "rejected"},
        {"moving a note to an unknown client", mutation(sam, s("note"), good, s("upsert"), {{s("client_id"), newId()}}, {}, 200), "rejected"},
        {"follow-up without kind", mutation(sam, s("follow_up"), goodFollowUp, s("upsert"), {{s("client_id"), clientId}, {s("reason"), s("r")}}), "applied"},
    };
    QJsonArray batch;
    for (const Case &c : cases)
        batch.append(c.mutation);
    const HttpResponse r = push(client, sam, batch);
    REQUIRE(r.status == 200);
    CHECK(r.json().value(s("last_mid")).toInteger() == cases.last().mutation.value(s("mid")).toInteger());
    const QJsonArray results = r.json().value(s("results")).toArray();
    REQUIRE(results.size() == cases.size());
    for (int i = 0; i < cases.size(); ++i) {
        INFO(cases.at(i).what);
        CHECK(results.at(i).toObject().value(s("status")).toString() == s(cases.at(i).status));
        if (s(cases.at(i).status) == s("rejected"))
            CHECK_FALSE(results.at(i).toObject().value(s("message")).toString().isEmpty());
    }
    // Nothing of the rejected writes reaches a device.
    const QJsonArray all = pullAll(client, sam);
    const QSet<QString> ids = idsIn(all);
    for (int i = 0; i < cases.size(); ++i) {
        const QString id = cases.at(i).mutation.value(s("id")).toString();
        if (id != good && id != goodFollowUp) {
            INFO(cases.at(i).what);
            CHECK_FALSE(ids.contains(id));
        }
    }
    CHECK(foldRecord(all, good).value(s("body")).toString() == s("ok2"));
    CHECK(foldRecord(all, good).value(s("client_id")).toString() == clientId);
    server.stop();
}

TEST_CASE("a client_id that loses last-writer-wins does not drag the note into another client's erase", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));
    const QString kept = newId(), erased = newId(), noteId = newId();
    const QJsonObject stale = mutation(maya, s("note"), noteId, s("upsert"), {{s("client_id"), erased}}, {}, 1000);
    REQUIRE(push(client, sam, QJsonArray{
        mutation(sam, s("client"), kept, s("upsert"), {{s("given_name"), s("Kept")}}),
        mutation(sam, s("client"), erased, s("upsert"), {{s("given_name"), s("Gone")}}),
        mutation(sam, s("note"), noteId, s("upsert"), {{s("client_id"), kept}, {s("kind"), s("other")}, {s("body"), s("stays")}}, {}, 2000)})
                .status == 200);
    // An older write naming the other client arrives late: applied, but its client_id loses.
    const HttpResponse late = push(client, maya, QJsonArray{stale});
    REQUIRE(late.status == 200);
    CHECK(statusOf(late, 0) == s("applied"));
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), erased, s("erase"), {}, {}, 3000)}).status == 200);

    const QJsonArray all = pullAll(client, sam);
    CHECK(foldRecord(all, noteId).value(s("client_id")).toString() == kept);
    CHECK(foldRecord(all, noteId).value(s("body")).toString() == s("stays"));
    for (const QJsonValue &c : all) {
        if (c.toObject().value(s("id")).toString() == noteId)
            CHECK(c.toObject().value(s("op")).toString() == s("upsert"));
    }
    server.stop();
}
