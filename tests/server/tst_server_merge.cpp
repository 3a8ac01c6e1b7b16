// Merged clients on the server: only managers and admins merge, and what reaches a client
// merged into another lands on the one kept.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QJsonObject resultOf(const HttpResponse &response, int index)
{
    return response.json().value(s("results")).toArray().at(index).toObject();
}

/** The last change logged for a record and field, in pull order. */
QJsonObject lastChangeOf(const QJsonArray &changes, const QString &id, const QString &field)
{
    QJsonObject last;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(s("id")).toString() == id && c.value(s("fields")).toObject().contains(field))
            last = c;
    }
    return last;
}

} // namespace

TEST_CASE("an associate's merge, note move or erase is refused with a code the device words", "[server][sync][merge]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam")); // associate
    const QString kept = newId(), other = newId(), note = newId();
    REQUIRE(push(client, sam, QJsonArray{
        mutation(sam, s("client"), kept, s("upsert"), {{s("given_name"), s("Ann")}}),
        mutation(sam, s("client"), other, s("upsert"), {{s("given_name"), s("Anne")}}),
        mutation(sam, s("note"), note, s("upsert"), {{s("client_id"), other}, {s("kind"), s("need")}, {s("body"), s("A tent")}})})
                .status == 200);

    const HttpResponse refused = push(client, sam, QJsonArray{
        mutation(sam, s("note"), note, s("upsert"), {{s("client_id"), kept}}, {}, 1000),
        mutation(sam, s("client"), other, s("upsert"), {{s("merged_into"), kept}, {s("given_name"), s("")}}, {}, 1000),
        mutation(sam, s("client"), other, s("erase"), {}, {}, 1000)});
    REQUIRE(refused.status == 200);
    for (int i = 0; i < 3; ++i) {
        INFO(i);
        CHECK(resultOf(refused, i).value(s("status")).toString() == s("rejected"));
        CHECK_FALSE(resultOf(refused, i).value(s("message")).toString().isEmpty());
    }
    CHECK(resultOf(refused, 0).value(s("code")).toString() == s("merge_not_allowed"));
    CHECK(resultOf(refused, 1).value(s("code")).toString() == s("merge_not_allowed"));
    CHECK(resultOf(refused, 2).value(s("code")).toString() == s("erase_not_allowed"));
    // Nothing changed: the note is on its client and the other client has its name.
    const QJsonArray changes = pullAll(client, sam);
    CHECK(foldRecord(changes, note).value(s("client_id")).toString() == other);
    CHECK(foldRecord(changes, other).value(s("given_name")).toString() == s("Anne"));
    CHECK_FALSE(foldRecord(changes, other).contains(s("merged_into")));

    // A manager may not point a client at itself or at what is not a client.
    Device maya = signIn(client, s("maya"));
    const HttpResponse bad = push(client, maya, QJsonArray{
        mutation(maya, s("client"), other, s("upsert"), {{s("merged_into"), other}}),
        mutation(maya, s("client"), other, s("upsert"), {{s("merged_into"), note}})});
    CHECK(resultOf(bad, 0).value(s("status")).toString() == s("rejected"));
    CHECK(resultOf(bad, 1).value(s("status")).toString() == s("rejected"));
}

TEST_CASE("what an offline device writes to a merged-away client lands on the client kept", "[server][sync][merge]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));   // an associate's tablet, offline during the merge
    Device maya = signIn(client, s("maya")); // the manager's desktop
    const QString kept = newId(), other = newId(), moved = newId(), straggler = newId(), late = newId();
    REQUIRE(push(client, sam, QJsonArray{
        mutation(sam, s("client"), kept, s("upsert"), {{s("given_name"), s("Maria")}, {s("phone"), s("07700 900123")}}),
        mutation(sam, s("client"), other, s("upsert"), {{s("given_name"), s("Maria")}, {s("family_name"), s("Lopez")}}),
        mutation(sam, s("note"), moved, s("upsert"), {{s("client_id"), other}, {s("kind"), s("need")}, {s("body"), s("Jacket")}})})
                .status == 200);
    // Written on the tablet before the merge, pushed (by another tablet) after the desktop read the client.
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("note"), straggler, s("upsert"),
                                                  {{s("client_id"), other}, {s("kind"), s("other")}, {s("body"), s("Straggler")}},
                                                  {}, 100)})
                .status == 200);

    // The manager's merge: the note the desktop knew moves, then the other client points away.
    const HttpResponse merge = push(client, maya, QJsonArray{
        mutation(maya, s("note"), moved, s("upsert"), {{s("client_id"), kept}}, {}, 1000),
        mutation(maya, s("client"), kept, s("upsert"), {{s("family_name"), s("Lopez")}}, {}, 1000),
        mutation(maya, s("client"), other, s("upsert"),
                 {{s("merged_into"), kept}, {s("given_name"), s("")}, {s("family_name"), s("")}}, {}, 1000)});
    REQUIRE(merge.status == 200);
    for (int i = 0; i < 3; ++i)
        CHECK(resultOf(merge, i).value(s("status")).toString() == s("applied"));

    // The tablet comes back with an edit of the other client's interests (made before the
    // merge, so its clock is older than the merge's) and a new note for it.
    const HttpResponse offline = push(client, sam, QJsonArray{
        mutation(sam, s("client"), other, s("upsert"), {{s("interests"), s("Hill walking")}}, {}, 500),
        mutation(sam, s("note"), late, s("upsert"), {{s("client_id"), other}, {s("kind"), s("other")}, {s("body"), s("Late")}},
                 {}, 500)});
    REQUIRE(offline.status == 200);
    CHECK(resultOf(offline, 0).value(s("status")).toString() == s("applied"));
    CHECK(resultOf(offline, 1).value(s("status")).toString() == s("applied"));

    const QJsonArray changes = pullAll(client, sam);
    for (const QString &id : {moved, straggler, late}) {
        INFO(id.toStdString());
        CHECK(foldRecord(changes, id).value(s("client_id")).toString() == kept);
    }
    // The server's moves carry clocks after the writer's own, so the tablet takes them back.
    const QJsonObject lateMove = lastChangeOf(changes, late, s("client_id"));
    CHECK(lateMove.value(s("hlc")).toString().endsWith(s("00000000-0000-0000-0000-000000000000")));
    const QJsonObject keptNow = foldRecord(changes, kept);
    CHECK(keptNow.value(s("interests")).toString() == s("Hill walking"));
    CHECK(keptNow.value(s("family_name")).toString() == s("Lopez"));
    const QJsonObject otherNow = foldRecord(changes, other);
    CHECK(otherNow.value(s("merged_into")).toString() == kept);
    CHECK(otherNow.value(s("interests")).toString().isEmpty());
    CHECK(otherNow.value(s("given_name")).toString().isEmpty());

    // Undo (merged_into back to ""): writes to the other client stay there again.
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), other, s("upsert"),
                                                   {{s("merged_into"), s("")}, {s("given_name"), s("Maria")}}, {}, 2000),
                                          mutation(maya, s("note"), moved, s("upsert"), {{s("client_id"), other}}, {}, 2000)})
                .status == 200);
    const QString after = newId();
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("note"), after, s("upsert"),
                                                  {{s("client_id"), other}, {s("kind"), s("other")}, {s("body"), s("After undo")}},
                                                  {}, 3000)})
                .status == 200);
    const QJsonArray undone = pullAll(client, sam);
    CHECK(foldRecord(undone, moved).value(s("client_id")).toString() == other);
    CHECK(foldRecord(undone, after).value(s("client_id")).toString() == other);
    CHECK(foldRecord(undone, late).value(s("client_id")).toString() == kept);

    // Merge again, then erase the client kept: the record merged into it goes with it.
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), other, s("upsert"), {{s("merged_into"), kept}}, {}, 4000)})
                .status == 200);
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), kept, s("erase"), {}, {}, 5000)}).status == 200);
    const QJsonArray erased = pullAll(client, sam);
    for (const QString &id : {kept, other, moved, straggler, late, after}) {
        INFO(id.toStdString());
        bool erasedHere = false;
        for (const QJsonValue &v : erased) {
            const QJsonObject c = v.toObject();
            if (c.value(s("id")).toString() == id) {
                CHECK(c.value(s("op")).toString() == s("erase"));
                erasedHere = true;
            }
        }
        CHECK(erasedHere);
    }
}
