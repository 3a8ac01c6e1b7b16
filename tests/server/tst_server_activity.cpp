// The activity trail on the real server: role changes, deactivations, device revocations and
// erasures are recorded as they happen; devices report imports and exports; only managers and
// admins read it or report an import.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QJsonArray>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

HttpResponse readTrail(HttpClient &client, const Device &device, const std::string &query = {})
{
    return client.request("GET", "/v1/activity" + query, {}, device.token);
}

QJsonArray entries(const HttpResponse &r)
{
    return r.json().value(s("activity")).toArray();
}

QStringList kinds(const QJsonArray &list)
{
    QStringList out;
    for (const QJsonValue &v : list)
        out << v.toObject().value(s("kind")).toString();
    return out;
}

HttpResponse report(HttpClient &client, const Device &device, const QString &kind, const QString &summary,
                    const QString &id = newId())
{
    return client.post("/v1/activity", QJsonObject{{s("id"), id}, {s("kind"), kind}, {s("summary"), summary}},
                       device.token);
}

} // namespace

TEST_CASE("activity: only managers and admins read the trail, associates get 403 with a reason", "[server][activity]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam")); // associate
    Device maya = signIn(client, s("maya")); // manager
    Device alex = signIn(client, s("alex")); // admin
    REQUIRE_FALSE(sam.token.isEmpty());

    const HttpResponse refused = readTrail(client, sam);
    CHECK(refused.status == 403);
    CHECK(refused.errorCode() == s("forbidden"));
    CHECK(refused.json().value(s("error")).toObject().value(s("message")).toString().contains(s("managers and admins")));
    CHECK(readTrail(client, maya).status == 200);
    CHECK(readTrail(client, alex).status == 200);
    CHECK(client.request("GET", "/v1/activity").status == 401); // no token at all
    CHECK(readTrail(client, maya, "?limit=0").status == 400);
    CHECK(readTrail(client, maya, "?kind=gossip").status == 400);

    // An associate cannot report an import either; nothing is recorded.
    const HttpResponse importBySam = report(client, sam, s("import"), s("Imported clients.csv: 3 new"));
    CHECK(importBySam.status == 403);
    CHECK(importBySam.json().value(s("error")).toObject().value(s("message")).toString().contains(s("import")));
    CHECK(entries(readTrail(client, maya)).isEmpty());
}

TEST_CASE("activity: server commands, erasures and device reports are recorded, newest first, paged",
          "[server][activity]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device maya = signIn(client, s("maya"));
    Device lee = signIn(client, s("lee"));
    REQUIRE_FALSE(lee.token.isEmpty());

    int code = -1;
    server.command({s("set-role"), s("--login"), s("jon"), s("--role"), s("manager")}, {}, &code);
    REQUIRE(code == 0);
    server.command({s("deactivate-staff"), s("--login"), s("lee")}, {}, &code);
    REQUIRE(code == 0);
    CHECK(client.request("GET", "/v1/pull", {}, lee.token).status == 401); // lee's device is revoked

    // An erase by the manager.
    const QString clientId = newId();
    const QString noteId = newId();
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), clientId, s("upsert"), {{s("given_name"), s("Zed")}}),
                                          mutation(maya, s("note"), noteId, s("upsert"),
                                                   {{s("client_id"), clientId}, {s("kind"), s("need")},
                                                    {s("body"), s("private words")}, {s("author_id"), maya.staffId}})})
                .status == 200);
    REQUIRE(push(client, maya, QJsonArray{mutation(maya, s("client"), clientId, s("erase"), {})}).status == 200);

    // Reports from the device, one sent twice (a retry): recorded once.
    const QString importId = newId();
    REQUIRE(report(client, maya, s("import"), s("Imported clients.csv: 10 new, 2 updated"), importId).status == 200);
    REQUIRE(report(client, maya, s("import"), s("Imported clients.csv: 10 new, 2 updated"), importId).status == 200);
    REQUIRE(report(client, maya, s("export"), s("Exported 120 clients to clients.csv")).status == 200);
    CHECK(report(client, maya, s("erase"), s("a device cannot claim an erase")).status == 422);
    CHECK(report(client, maya, s("export"), s("two\nlines")).status == 422);
    CHECK(client.post("/v1/activity", QJsonObject{{s("kind"), s("export")}, {s("summary"), s("no id")}}, maya.token)
              .status == 422);

    const HttpResponse all = readTrail(client, maya);
    REQUIRE(all.status == 200);
    const QJsonArray list = entries(all);
    CHECK(kinds(list) == QStringList{s("export"), s("import"), s("erase"), s("deactivation"), s("role_change")});
    const QJsonObject erase = list.at(2).toObject();
    CHECK(erase.value(s("subject_id")).toString() == clientId);
    CHECK(erase.value(s("staff_id")).toString() == maya.staffId);
    CHECK(erase.value(s("staff_name")).toString().contains(s("maya")));
    CHECK(erase.value(s("summary")).toString().contains(s("1 records")));
    CHECK_FALSE(erase.value(s("summary")).toString().contains(s("Zed"))); // nothing of the erased person
    CHECK(list.at(3).toObject().value(s("summary")).toString().contains(s("1 devices revoked")));
    CHECK(list.at(4).toObject().value(s("summary")).toString().contains(s("associate \u2192 manager")));
    CHECK(list.at(4).toObject().value(s("staff_id")).toString().isEmpty()); // the command line
    CHECK_FALSE(list.at(0).toObject().value(s("time")).toString().isEmpty());

    // Paging: two at a time, then the rest from where the page stopped.
    const HttpResponse first = readTrail(client, maya, "?limit=2");
    CHECK(kinds(entries(first)) == QStringList{s("export"), s("import")});
    CHECK(first.json().value(s("has_more")).toBool());
    const qint64 before = qint64(first.json().value(s("before")).toDouble());
    const HttpResponse second = readTrail(client, maya, "?limit=10&before=" + std::to_string(before));
    CHECK(kinds(entries(second)) == QStringList{s("erase"), s("deactivation"), s("role_change")});
    CHECK_FALSE(second.json().value(s("has_more")).toBool());
    CHECK(second.json().value(s("before")).isNull());

    // Filtered by kind.
    CHECK(kinds(entries(readTrail(client, maya, "?kind=erase"))) == QStringList{s("erase")});

    // A device revocation from the command line.
    Device priya = signIn(client, s("priya"));
    server.command({s("revoke-device"), s("--device"), priya.deviceId}, {}, &code);
    REQUIRE(code == 0);
    const QJsonArray after = entries(readTrail(client, maya, "?kind=device_revocation"));
    REQUIRE(after.size() == 1);
    CHECK(after.at(0).toObject().value(s("subject_id")).toString() == priya.deviceId);
    CHECK(after.at(0).toObject().value(s("summary")).toString().contains(s("priya")));
}

TEST_CASE("activity: one organisation never sees another's trail", "[server][activity]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device maya = signIn(client, s("maya"));
    REQUIRE(report(client, maya, s("export"), s("Exported 3 notes to notes.csv")).status == 200);
    int code = -1;
    server.command({s("init"), s("--org"), s("Other Chain")}, {}, &code);
    REQUIRE(code == 0);
    const QString store = server.command({s("add-store"), s("--org"), s("Other Chain"), s("--name"), s("Far")}, {}, &code)
                              .trimmed();
    REQUIRE(code == 0);
    server.command({s("add-staff"), s("--store"), store, s("--login"), s("olga"), s("--name"), s("Olga"),
                    s("--role"), s("manager")}, "olga-password-1\n", &code);
    REQUIRE(code == 0);
    Device olga = signIn(client, s("olga"), s("olga-password-1"));
    REQUIRE_FALSE(olga.token.isEmpty());
    const HttpResponse theirs = readTrail(client, olga);
    REQUIRE(theirs.status == 200);
    CHECK(entries(theirs).isEmpty());
}
