// Push/pull semantics of the real server: idempotence, LWW, note conflicts, clock skew, org boundary.
#include "httpclient.h"
#include "serverprocess.h"

#include <QJsonDocument>

#include <catch2/catch.hpp>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QJsonArray changesFor(const QJsonArray &all, const QString &id)
{
    QJsonArray out;
    for (const QJsonValue &c : all)
        if (c.toObject().value(QLatin1String("id")).toString() == id)
            out.append(c);
    return out;
}

} // namespace

TEST_CASE("push then pull round trip, with reference rows and paging", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device a = signIn(client, s("sam"));
    Device b = signIn(client, s("maya"));
    const QString clientId = newId();
    const QString noteId = newId();
    const HttpResponse r = push(client, a, QJsonArray{
        mutation(a, s("client"), clientId, s("upsert"), {{s("given_name"), s("Ada")}, {s("keep_in_touch_days"), 30}}),
        mutation(a, s("note"), noteId, s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("need")}, {s("body"), s("Wants a drill")}})});
    REQUIRE(r.status == 200);
    CHECK(r.json().value(s("last_mid")).toInt() == 2);
    CHECK(r.json().value(s("results")).toArray().at(1).toObject().value(s("status")).toString() == s("applied"));

    const QJsonArray all = pullAll(client, b);
    CHECK(foldRecord(all, clientId).value(s("given_name")).toString() == s("Ada"));
    CHECK(foldRecord(all, clientId).value(s("keep_in_touch_days")).toInt() == 30);
    CHECK(foldRecord(all, noteId).value(s("body")).toString() == s("Wants a drill"));
    int stores = 0, staff = 0;
    for (const QJsonValue &c : all) {
        stores += c.toObject().value(s("entity")).toString() == s("store");
        staff += c.toObject().value(s("entity")).toString() == s("staff");
    }
    CHECK(stores == 2);
    CHECK(staff == 6);

    // Pages follow the cursor without gaps or repeats.
    const HttpResponse first = client.request("GET", "/v1/pull?cursor=0&limit=3", {}, b.token);
    REQUIRE(first.status == 200);
    CHECK(first.json().value(s("changes")).toArray().size() == 3);
    CHECK(first.json().value(s("has_more")).toBool());
    const qint64 cursor = pullCursor(first.json());
    const HttpResponse rest = client.request("GET", "/v1/pull?cursor=" + std::to_string(cursor) + "&limit=1000", {}, b.token);
    CHECK(rest.json().value(s("changes")).toArray().size() + 3 == all.size());
    CHECK_FALSE(rest.json().value(s("has_more")).toBool());
    server.stop();
}

TEST_CASE("a replayed push changes nothing, a rejected mutation still advances last_mid", "[server][sync][fault]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QString id = newId();
    const QJsonArray batch{mutation(sam, s("client"), id, s("upsert"), {{s("given_name"), s("Bo")}}),
                           mutation(sam, s("client"), id, s("upsert"), {{s("family_name"), s("Lund")}})};
    REQUIRE(push(client, sam, batch).status == 200);
    const QJsonArray before = pullAll(client, sam);

    // The response was "lost": the device sends the same batch again.
    const HttpResponse replay = push(client, sam, batch);
    REQUIRE(replay.status == 200);
    CHECK(replay.json().value(s("last_mid")).toInt() == 2);
    for (const QJsonValue &result : replay.json().value(s("results")).toArray())
        CHECK(result.toObject().value(s("status")).toString() == s("duplicate"));
    CHECK(pullAll(client, sam) == before);

    // An associate may not erase: rejected for good, yet the device is not stuck behind it.
    const HttpResponse denied = push(client, sam, QJsonArray{mutation(sam, s("client"), id, s("erase")),
                                                              mutation(sam, s("client"), id, s("upsert"), {{s("phone"), s("555")}})});
    REQUIRE(denied.status == 200);
    CHECK(denied.json().value(s("last_mid")).toInt() == 4);
    const QJsonArray results = denied.json().value(s("results")).toArray();
    CHECK(results.at(0).toObject().value(s("status")).toString() == s("rejected"));
    CHECK_FALSE(results.at(0).toObject().value(s("message")).toString().isEmpty());
    CHECK(results.at(1).toObject().value(s("status")).toString() == s("applied"));
    CHECK(foldRecord(pullAll(client, sam), id).value(s("given_name")).toString() == s("Bo"));
    server.stop();
}

TEST_CASE("field-level last writer wins on the server", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device a = signIn(client, s("sam"));
    Device b = signIn(client, s("alex"));
    const QString id = newId();
    REQUIRE(push(client, a, QJsonArray{mutation(a, s("client"), id, s("upsert"),
                                                {{s("given_name"), s("Cy")}, {s("phone"), s("1")}, {s("email"), s("c@x")}})})
                .status == 200);
    // Concurrent offline edits: A changes phone (later clock), B changes email and phone (earlier clock).
    const QJsonObject fromA = mutation(a, s("client"), id, s("upsert"), {{s("phone"), s("A-phone")}}, {}, 2000);
    const QJsonObject fromB = mutation(b, s("client"), id, s("upsert"), {{s("phone"), s("B-phone")}, {s("email"), s("b@x")}}, {}, 1000);
    REQUIRE(push(client, a, QJsonArray{fromA}).status == 200);
    REQUIRE(push(client, b, QJsonArray{fromB}).status == 200); // arrives last, but its phone is older
    const QJsonObject record = foldRecord(pullAll(client, a), id);
    CHECK(record.value(s("phone")).toString() == s("A-phone"));
    CHECK(record.value(s("email")).toString() == s("b@x"));
    CHECK(record.value(s("given_name")).toString() == s("Cy"));
    server.stop();
}

TEST_CASE("concurrent note body edits keep the losing text as a conflict record", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device a = signIn(client, s("sam"));
    Device b = signIn(client, s("maya"));
    const QString clientId = newId();
    const QString noteId = newId();
    const QJsonObject makeClient = mutation(a, s("client"), clientId, s("upsert"), {{s("given_name"), s("Di")}});
    const QJsonObject create = mutation(a, s("note"), noteId, s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), s("v1")}});
    const QString v1Clock = create.value(s("hlc")).toString();
    REQUIRE(push(client, a, QJsonArray{makeClient, create}).status == 200);

    // Both saw v1, both edit the body offline; B's clock is later.
    const QJsonObject editA = mutation(a, s("note"), noteId, s("upsert"), {{s("body"), s("text from A")}}, {{s("body"), v1Clock}}, 1000);
    const QJsonObject editB = mutation(b, s("note"), noteId, s("upsert"), {{s("body"), s("text from B")}}, {{s("body"), v1Clock}}, 2000);
    REQUIRE(push(client, b, QJsonArray{editB}).status == 200);
    REQUIRE(push(client, a, QJsonArray{editA}).status == 200);

    const QJsonArray all = pullAll(client, a);
    CHECK(foldRecord(all, noteId).value(s("body")).toString() == s("text from B"));
    QJsonObject conflict;
    QString conflictId;
    for (const QJsonValue &c : all) {
        if (c.toObject().value(s("entity")).toString() == s("conflict")) {
            conflictId = c.toObject().value(s("id")).toString();
            conflict = c.toObject().value(s("fields")).toObject();
        }
    }
    REQUIRE_FALSE(conflictId.isEmpty());
    CHECK(conflict.value(s("entity")).toString() == s("note"));
    CHECK(conflict.value(s("entity_id")).toString() == noteId);
    CHECK(conflict.value(s("field")).toString() == s("body"));
    CHECK(conflict.value(s("value")).toString() == s("text from A"));
    CHECK(conflict.value(s("hlc")).toString() == editA.value(s("hlc")).toString());
    CHECK(conflict.value(s("resolved")).toInt() == 0);

    // A sequential edit (base = current clock) makes no conflict.
    const QJsonObject next = mutation(a, s("note"), noteId, s("upsert"), {{s("body"), s("merged")}},
                                      {{s("body"), editB.value(s("hlc")).toString()}}, 3000);
    REQUIRE(push(client, a, QJsonArray{next}).status == 200);
    int conflicts = 0;
    for (const QJsonValue &c : pullAll(client, b))
        conflicts += c.toObject().value(s("entity")).toString() == s("conflict");
    CHECK(conflicts == 1);

    // Resolving it is an ordinary upsert of the conflict record.
    REQUIRE(push(client, b, QJsonArray{mutation(b, s("conflict"), conflictId, s("upsert"), {{s("resolved"), 1}}, {}, 4000)}).status == 200);
    CHECK(foldRecord(pullAll(client, a), conflictId).value(s("resolved")).toInt() == 1);
    server.stop();
}

TEST_CASE("a clock 10 minutes fast is refused with the server time and changes nothing", "[server][sync][fault]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QJsonArray before = pullAll(client, sam);
    const HttpResponse r = push(client, sam, QJsonArray{mutation(sam, s("client"), newId(), s("upsert"),
                                                                 {{s("given_name"), s("Future")}}, {}, 10 * 60 * 1000)});
    CHECK(r.status == 409);
    CHECK(r.errorCode() == s("clock_skew"));
    CHECK(r.json().value(s("server_time_ms")).toDouble() > 0);
    CHECK(pullAll(client, sam) == before);
    // 30 s ahead is within the bound.
    sam.nextMid = 1;
    CHECK(push(client, sam, QJsonArray{mutation(sam, s("client"), newId(), s("upsert"), {{s("given_name"), s("Soon")}}, {}, 30000)})
              .json().value(s("last_mid")).toInt() == 1);
    server.stop();
}

TEST_CASE("another organisation can neither read nor write the first one's records", "[server][sync]")
{
    ServerProcess server;
    server.command({s("init"), s("--org"), s("Other Co")});
    const QString storeId = server.command({s("add-store"), s("--org"), s("Other Co"), s("--name"), s("Elsewhere")}).trimmed();
    REQUIRE(storeId.size() == 36);
    int code = -1;
    server.command({s("add-staff"), s("--store"), storeId, s("--login"), s("otto"), s("--name"), s("Otto"), s("--role"), s("admin")},
                   "otto-password\n", &code);
    REQUIRE(code == 0);
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device otto = signIn(client, s("otto"), s("otto-password"));
    REQUIRE_FALSE(otto.token.isEmpty());
    const QString clientId = newId();
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), clientId, s("upsert"), {{s("given_name"), s("Private")}})}).status == 200);

    const QJsonArray ottoSees = pullAll(client, otto);
    CHECK(changesFor(ottoSees, clientId).isEmpty());
    for (const QJsonValue &c : ottoSees)
        CHECK_FALSE(QJsonDocument(c.toObject()).toJson().contains("Private"));
    CHECK(ottoSees.size() == 2); // its own store and staff row only

    const HttpResponse r = push(client, otto, QJsonArray{
        mutation(otto, s("client"), clientId, s("upsert"), {{s("given_name"), s("Hijack")}}),
        mutation(otto, s("note"), newId(), s("upsert"), {{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), s("sneaky")}}),
        mutation(otto, s("client"), clientId, s("delete")),
        mutation(otto, s("client"), clientId, s("erase"))});
    REQUIRE(r.status == 200);
    for (const QJsonValue &result : r.json().value(s("results")).toArray())
        CHECK(result.toObject().value(s("status")).toString() == s("rejected"));
    const QJsonArray samSees = pullAll(client, sam);
    CHECK(foldRecord(samSees, clientId).value(s("given_name")).toString() == s("Private"));
    for (const QJsonValue &c : samSees)
        CHECK_FALSE(QJsonDocument(c.toObject()).toJson().contains("sneaky"));
    server.stop();
}

TEST_CASE("a device behind the tombstone horizon is told to resync", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QString id = newId();
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), id, s("upsert"), {{s("given_name"), s("Gone")}})}).status == 200);
    const qint64 oldCursor = pullCursor(client.request("GET", "/v1/pull?cursor=0&limit=1000", {}, sam.token).json());
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), id, s("delete"))}).status == 200);
    server.stop();
    server.command({s("compact"), s("--tombstone-days"), s("0")});
    server.start();
    client = HttpClient(server.port());
    const HttpResponse stale = client.request("GET", "/v1/pull?cursor=" + std::to_string(oldCursor), {}, sam.token);
    CHECK(stale.status == 410);
    CHECK(stale.errorCode() == s("resync_required"));
    CHECK(changesFor(pullAll(client, sam), id).isEmpty()); // a fresh pull from 0 works
    // The deleted record stays dead even for a stale device.
    const HttpResponse revive = push(client, sam, QJsonArray{mutation(sam, s("client"), id, s("upsert"), {{s("given_name"), s("Back")}})});
    CHECK(revive.json().value(s("results")).toArray().at(0).toObject().value(s("status")).toString() == s("rejected"));
    server.stop();
}
