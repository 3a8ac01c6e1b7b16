// The organisation boundary: erase, tombstone horizon and pushed references never cross it,
// and a device writes only with its own clock.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QDateTime>
#include <QJsonDocument>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/** A second organisation "Org B" with one store and a manager bob; returns (store id, staff id). */
std::pair<QString, QString> addOrgB(const ServerProcess &server)
{
    int code = -1;
    server.command({s("init"), s("--org"), s("Org B")}, {}, &code);
    REQUIRE(code == 0);
    const QString store = server.command({s("add-store"), s("--org"), s("Org B"), s("--name"), s("B Store")}, {}, &code).trimmed();
    REQUIRE(code == 0);
    const QString staff = server.command({s("add-staff"), s("--store"), store, s("--login"), s("bob"), s("--name"), s("Bob B"),
                                          s("--role"), s("manager")}, "bob-password\n", &code).trimmed();
    REQUIRE(code == 0);
    return {store, staff};
}

QString clockWith(const QString &clockId, int counter, qint64 offsetMs = 0)
{
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentMSecsSinceEpoch() + offsetMs, 15, 10, QLatin1Char('0'))
        .arg(counter, 5, 10, QLatin1Char('0'))
        .arg(clockId);
}

QSet<QString> idsOf(const QJsonArray &changes)
{
    QSet<QString> ids;
    for (const QJsonValue &c : changes)
        ids.insert(c.toObject().value(s("id")).toString());
    return ids;
}

QString statusOf(const HttpResponse &r, int index)
{
    return r.json().value(s("results")).toArray().at(index).toObject().value(s("status")).toString();
}

QString messageOf(const HttpResponse &r, int index)
{
    return r.json().value(s("results")).toArray().at(index).toObject().value(s("message")).toString();
}

} // namespace

TEST_CASE("a manager of one organisation cannot erase another organisation's records", "[server][sync]")
{
    ServerProcess server;
    addOrgB(server);
    server.start();
    HttpClient client(server.port());
    Device bob = signIn(client, s("bob"), s("bob-password"));
    Device maya = signIn(client, s("maya"));
    REQUIRE_FALSE(bob.token.isEmpty());
    REQUIRE(bob.orgId != maya.orgId);

    // B's conflict names an id no record has: its client is that unknown id.
    const QString unknownId = newId(), conflictId = newId();
    const HttpResponse made = push(client, bob, QJsonArray{mutation(bob, s("conflict"), conflictId, s("upsert"),
        {{s("entity"), s("note")}, {s("entity_id"), unknownId}, {s("field"), s("body")}, {s("value"), s("B's text")},
         {s("hlc"), clockFor(bob)}, {s("resolved"), 0}})});
    REQUIRE(made.status == 200);
    REQUIRE(statusOf(made, 0) == s("applied"));
    const QJsonArray bBefore = pullAll(client, bob);
    REQUIRE(idsOf(bBefore).contains(conflictId));

    const HttpResponse erase = push(client, maya, QJsonArray{mutation(maya, s("client"), unknownId, s("erase"))});
    REQUIRE(erase.status == 200);

    // B sees exactly what it saw; A never hears of B's record; B's conflict is still writable.
    CHECK(pullAll(client, bob) == bBefore);
    CHECK_FALSE(idsOf(pullAll(client, maya)).contains(conflictId));
    const HttpResponse resolve = push(client, bob, QJsonArray{mutation(bob, s("conflict"), conflictId, s("upsert"),
                                                                       {{s("resolved"), 1}})});
    REQUIRE(resolve.status == 200);
    CHECK(statusOf(resolve, 0) == s("applied"));
    CHECK(foldRecord(pullAll(client, bob), conflictId).value(s("value")).toString() == s("B's text"));
    server.stop();
}

TEST_CASE("compacting one organisation's tombstones does not send another's current devices 410", "[server][sync]")
{
    ServerProcess server;
    addOrgB(server);
    server.start();
    HttpClient client(server.port());
    Device bob = signIn(client, s("bob"), s("bob-password"));
    Device sam = signIn(client, s("sam"));

    REQUIRE(statusOf(push(client, bob, QJsonArray{mutation(bob, s("client"), newId(), s("upsert"),
                                                           {{s("given_name"), s("B person")}})}), 0) == s("applied"));
    const HttpResponse bobPage = client.request("GET", "/v1/pull?cursor=0&limit=1000", {}, bob.token);
    REQUIRE(bobPage.status == 200);
    const qint64 bobCursor = pullCursor(bobPage.json());
    REQUIRE(bobCursor > 0);

    // Org A deletes a client after B's last change, and compacts every tombstone now.
    const QString gone = newId();
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), gone, s("upsert"), {{s("given_name"), s("A")}}),
                                         mutation(sam, s("client"), gone, s("delete"))}).status == 200);
    int code = -1;
    const QString compacted = server.command({s("compact"), s("--tombstone-days"), s("0")}, {}, &code);
    REQUIRE(code == 0);
    REQUIRE(compacted.contains(s("of 1 records")));

    // B's device is current: it goes on pulling. A's device behind the dropped tombstone must resync.
    const HttpResponse bobNext = client.request("GET", "/v1/pull?cursor=" + std::to_string(bobCursor), {}, bob.token);
    CHECK(bobNext.status == 200);
    const HttpResponse samOld = client.request("GET", "/v1/pull?cursor=1", {}, sam.token);
    CHECK(samOld.status == 410);
    CHECK(samOld.errorCode() == s("resync_required"));
    server.stop();
}

TEST_CASE("pushed staff and store references must exist in the caller's organisation", "[server][sync]")
{
    ServerProcess server;
    const auto [bStore, bStaff] = addOrgB(server);
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const HttpResponse mayaSignIn = client.post("/v1/session", QJsonObject{{s("login"), s("maya")},
        {s("password"), s("rapport-demo")}, {s("device_name"), s("t")}});
    REQUIRE(mayaSignIn.status == 200);
    const QString aStore = mayaSignIn.json().value(s("staff")).toObject().value(s("store_id")).toString();

    const QString clientId = newId();
    REQUIRE(statusOf(push(client, sam, QJsonArray{mutation(sam, s("client"), clientId, s("upsert"),
                                                           {{s("given_name"), s("Ann")}})}), 0) == s("applied"));
    const auto note = [&](const QJsonObject &extra) {
        QJsonObject fields{{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), s("text")}};
        for (auto it = extra.begin(); it != extra.end(); ++it)
            fields.insert(it.key(), it.value());
        return mutation(sam, s("note"), newId(), s("upsert"), fields);
    };
    const HttpResponse r = push(client, sam, QJsonArray{
        note({{s("author_id"), newId()}}),                                            // nobody
        note({{s("author_id"), bStaff}}),                                             // another org's staff
        note({{s("store_id"), bStore}}),                                              // another org's store
        note({{s("store_id"), newId()}}),                                             // no store
        mutation(sam, s("client"), clientId, s("upsert"), {{s("consent_marketing_by"), newId()}}),
        mutation(sam, s("client"), clientId, s("upsert"), {{s("home_store_id"), newId()}}),
        note({{s("author_id"), sam.staffId}, {s("store_id"), aStore}}),               // own note, a store of the org
        mutation(sam, s("client"), clientId, s("upsert"), {{s("consent_marketing_by"), sam.staffId}}),
        mutation(sam, s("client"), clientId, s("upsert"), {{s("associate_id"), QJsonValue()}})});
    REQUIRE(r.status == 200);
    for (int i = 0; i < 6; ++i) {
        INFO("mutation " << i);
        CHECK(statusOf(r, i) == s("rejected"));
        CHECK_FALSE(messageOf(r, i).isEmpty());
    }
    CHECK(messageOf(r, 0).contains(s("author_id")));
    for (int i = 6; i < 9; ++i) {
        INFO("mutation " << i);
        CHECK(statusOf(r, i) == s("applied"));
    }
    server.stop();
}

TEST_CASE("a device pushes only changes made with its own clock", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));

    // Without clock_id the device's clock is its server device id (what clockFor writes).
    QJsonObject spoofed = mutation(sam, s("client"), newId(), s("upsert"), {{s("given_name"), s("Spoof")}});
    spoofed.insert(s("hlc"), clockWith(maya.deviceId, 0, 1000));
    const QJsonObject own = mutation(sam, s("client"), newId(), s("upsert"), {{s("given_name"), s("Own")}});
    const HttpResponse r = push(client, sam, QJsonArray{spoofed, own});
    REQUIRE(r.status == 200);
    CHECK(statusOf(r, 0) == s("rejected"));
    CHECK(messageOf(r, 0).contains(s("clock")));
    CHECK(statusOf(r, 1) == s("applied"));
    CHECK(r.json().value(s("last_mid")).toDouble() == own.value(s("mid")).toDouble());

    // With clock_id, that id is the device's clock, and its server id is not.
    const QString clockId = newId();
    const HttpResponse bad = client.post("/v1/session", QJsonObject{{s("login"), s("sam")}, {s("password"), s("rapport-demo")},
                                                                    {s("device_name"), s("t")}, {s("clock_id"), s("NOT-A-UUID")}});
    CHECK(bad.status == 422);
    CHECK(bad.errorCode() == s("invalid_request"));
    const HttpResponse ok = client.post("/v1/session", QJsonObject{{s("login"), s("sam")}, {s("password"), s("rapport-demo")},
                                                                   {s("device_name"), s("t")}, {s("clock_id"), clockId}});
    REQUIRE(ok.status == 200);
    Device tablet;
    tablet.token = ok.json().value(s("token")).toString();
    tablet.deviceId = ok.json().value(s("device_id")).toString();
    QJsonObject withClock = mutation(tablet, s("client"), newId(), s("upsert"), {{s("given_name"), s("Tablet")}});
    withClock.insert(s("hlc"), clockWith(clockId, 1));
    const QJsonObject withDeviceId = mutation(tablet, s("client"), newId(), s("upsert"), {{s("given_name"), s("No")}});
    const HttpResponse t = push(client, tablet, QJsonArray{withClock, withDeviceId});
    REQUIRE(t.status == 200);
    CHECK(statusOf(t, 0) == s("applied"));
    CHECK(statusOf(t, 1) == s("rejected"));
    server.stop();
}
