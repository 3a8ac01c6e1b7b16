// A shared tablet's people each push with their own session: the server holds every note to its
// real author and every consent stamp to the person who recorded it.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QJsonObject resultOf(const HttpResponse &r, int index)
{
    return r.json().value(s("results")).toArray().at(index).toObject();
}

/** Pushes one mutation and returns its result ({status, message}). */
QJsonObject pushOne(HttpClient &client, Device &device, const QString &entity, const QString &id, const QString &op,
                    const QJsonObject &fields = {})
{
    const HttpResponse r = push(client, device, QJsonArray{mutation(device, entity, id, op, fields)});
    REQUIRE(r.status == 200);
    return resultOf(r, 0);
}

QString newClient(HttpClient &client, Device &device)
{
    const QString id = newId();
    REQUIRE(pushOne(client, device, s("client"), id, s("upsert"), {{s("given_name"), s("Ada")}}).value(s("status"))
            == s("applied"));
    return id;
}

QJsonObject noteFields(const QString &clientId, const QString &authorId, const QString &body)
{
    return {{s("client_id"), clientId}, {s("kind"), s("need")}, {s("body"), body}, {s("author_id"), authorId}};
}

/** Signs `login` in on a tablet whose notebook writes with `clockId`; the device's clocks use it. */
Device signInOnTablet(HttpClient &client, const QString &login, const QString &clockId)
{
    const HttpResponse r = client.post("/v1/session", QJsonObject{{s("login"), login}, {s("password"), s("rapport-demo")},
                                                                   {s("device_name"), s("shared tablet")},
                                                                   {s("clock_id"), clockId}});
    REQUIRE(r.status == 200);
    Device d;
    d.token = r.json().value(s("token")).toString();
    d.deviceId = clockId; // clockFor() stamps the device part with this
    d.staffId = r.json().value(s("staff")).toObject().value(s("id")).toString();
    d.orgId = r.json().value(s("org")).toObject().value(s("id")).toString();
    return d;
}

} // namespace

TEST_CASE("a new note's author is the person pushing it", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device jon = signIn(client, s("jon"));
    REQUIRE_FALSE(sam.token.isEmpty());
    const QString clientId = newClient(client, sam);

    const QJsonObject forged = pushOne(client, sam, s("note"), newId(), s("upsert"),
                                       noteFields(clientId, jon.staffId, s("written by sam as jon")));
    CHECK(forged.value(s("status")) == s("rejected"));
    CHECK(forged.value(s("message")).toString().contains(s("author")));
    const QJsonObject unsigned_ = pushOne(client, sam, s("note"), newId(), s("upsert"),
                                          noteFields(clientId, QString(), s("no author")));
    CHECK(unsigned_.value(s("status")) == s("rejected"));
    const QJsonObject own = pushOne(client, sam, s("note"), newId(), s("upsert"),
                                    noteFields(clientId, sam.staffId, s("sam's own note")));
    CHECK(own.value(s("status")) == s("applied"));

    // Nothing of the refused notes reached the server.
    const QJsonArray changes = pullAll(client, jon);
    const QByteArray all = QJsonDocument(changes).toJson();
    CHECK_FALSE(all.contains("written by sam as jon"));
    CHECK(all.contains("sam's own note"));
}

TEST_CASE("only a note's author or a manager changes or deletes it", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device jon = signIn(client, s("jon"));
    Device maya = signIn(client, s("maya")); // manager
    const QString clientId = newClient(client, sam);
    const QString noteId = newId();
    REQUIRE(pushOne(client, sam, s("note"), noteId, s("upsert"), noteFields(clientId, sam.staffId, s("v1")))
                .value(s("status")) == s("applied"));

    const QJsonObject edit = pushOne(client, jon, s("note"), noteId, s("upsert"), {{s("body"), s("jon's edit")}});
    CHECK(edit.value(s("status")) == s("rejected"));
    CHECK(edit.value(s("message")).toString().contains(s("author or a manager")));
    const QJsonObject takeOver = pushOne(client, jon, s("note"), noteId, s("upsert"), {{s("author_id"), jon.staffId}});
    CHECK(takeOver.value(s("status")) == s("rejected"));
    const QJsonObject remove = pushOne(client, jon, s("note"), noteId, s("delete"));
    CHECK(remove.value(s("status")) == s("rejected"));
    CHECK(remove.value(s("message")).toString().contains(s("delete")));
    // A manager may not hand the note to someone else either.
    const QJsonObject handOver = pushOne(client, maya, s("note"), noteId, s("upsert"), {{s("author_id"), jon.staffId}});
    CHECK(handOver.value(s("status")) == s("rejected"));

    CHECK(pushOne(client, sam, s("note"), noteId, s("upsert"), {{s("body"), s("v2 by sam")}}).value(s("status"))
          == s("applied"));
    CHECK(pushOne(client, maya, s("note"), noteId, s("upsert"), {{s("body"), s("v3 by maya")}}).value(s("status"))
          == s("applied"));
    QJsonObject note = foldRecord(pullAll(client, sam), noteId);
    CHECK(note.value(s("body")) == s("v3 by maya"));
    CHECK(note.value(s("author_id")) == sam.staffId);

    CHECK(pushOne(client, maya, s("note"), noteId, s("delete")).value(s("status")) == s("applied"));
}

TEST_CASE("a consent stamp names the person who recorded it", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));
    const QString clientId = newClient(client, sam);
    const QJsonObject forged = pushOne(client, sam, s("client"), clientId, s("upsert"),
                                       {{s("consent_marketing"), s("given")},
                                        {s("consent_marketing_by"), maya.staffId}});
    CHECK(forged.value(s("status")) == s("rejected"));
    CHECK(forged.value(s("message")).toString().contains(s("consent_marketing_by")));
    CHECK(pushOne(client, sam, s("client"), clientId, s("upsert"),
                  {{s("consent_marketing"), s("given")}, {s("consent_marketing_by"), sam.staffId}})
              .value(s("status")) == s("applied"));
    const QJsonObject folded = foldRecord(pullAll(client, maya), clientId);
    CHECK(folded.value(s("consent_marketing_by")) == sam.staffId);
}

TEST_CASE("two people on one tablet push with their own sessions and one clock", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    const QString tabletClock = newId();
    Device sam = signInOnTablet(client, s("sam"), tabletClock);
    Device jon = signInOnTablet(client, s("jon"), tabletClock);
    REQUIRE(sam.staffId != jon.staffId);

    // The tablet's outbox numbers changes across both people: 1 sam, 2 jon, 3 sam.
    sam.nextMid = 1;
    const QString clientId = newClient(client, sam);
    jon.nextMid = 2;
    const QString jonsNote = newId();
    CHECK(pushOne(client, jon, s("note"), jonsNote, s("upsert"), noteFields(clientId, jon.staffId, s("jon here")))
              .value(s("status")) == s("applied"));
    sam.nextMid = 3;
    const QString samsNote = newId();
    CHECK(pushOne(client, sam, s("note"), samsNote, s("upsert"), noteFields(clientId, sam.staffId, s("sam here")))
              .value(s("status")) == s("applied"));
    // A retry of sam's push is recognised as one already applied.
    sam.nextMid = 3;
    CHECK(pushOne(client, sam, s("note"), samsNote, s("upsert"), noteFields(clientId, sam.staffId, s("sam here")))
              .value(s("status")) == s("duplicate"));

    const QJsonArray changes = pullAll(client, sam);
    CHECK(foldRecord(changes, jonsNote).value(s("author_id")) == jon.staffId);
    CHECK(foldRecord(changes, samsNote).value(s("author_id")) == sam.staffId);
    // Jon cannot change sam's note from the same tablet.
    CHECK(pushOne(client, jon, s("note"), samsNote, s("upsert"), {{s("body"), s("jon's edit")}}).value(s("status"))
          == s("rejected"));
}
