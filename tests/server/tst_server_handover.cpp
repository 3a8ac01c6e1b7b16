// Handing clients over to another associate is a manager's call: the server refuses an
// associate's change of a client's associate_id to anyone but themselves, with a reason.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

QJsonObject pushOne(HttpClient &client, Device &device, const QString &id, const QJsonObject &fields)
{
    const HttpResponse r = push(client, device, QJsonArray{mutation(device, s("client"), id, s("upsert"), fields)});
    REQUIRE(r.status == 200);
    return r.json().value(s("results")).toArray().at(0).toObject();
}

} // namespace

TEST_CASE("only a manager hands a client over to another associate", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device jon = signIn(client, s("jon"));
    Device maya = signIn(client, s("maya")); // manager
    const QString clientId = newId();
    // Creating a client in someone's book is not a handover.
    REQUIRE(pushOne(client, sam, clientId, {{s("given_name"), s("Ada")}, {s("associate_id"), sam.staffId}})
                .value(s("status")) == s("applied"));

    const QJsonObject given = pushOne(client, sam, clientId, {{s("associate_id"), jon.staffId}});
    CHECK(given.value(s("status")) == s("rejected"));
    CHECK(given.value(s("message")).toString().contains(s("Only a manager or admin can hand a client over")));
    CHECK(given.value(s("message")).toString().contains(s("sam")));
    const QJsonObject taken = pushOne(client, jon, clientId, {{s("associate_id"), jon.staffId}});
    CHECK(taken.value(s("status")) == s("applied")); // taking a client on oneself is allowed
    const QJsonObject back = pushOne(client, jon, clientId, {{s("associate_id"), sam.staffId}});
    CHECK(back.value(s("status")) == s("rejected"));
    // Other fields and the same associate again pass as before.
    CHECK(pushOne(client, sam, clientId, {{s("associate_id"), jon.staffId}, {s("given_name"), s("Ada B")}})
              .value(s("status")) == s("applied"));

    CHECK(pushOne(client, maya, clientId, {{s("associate_id"), sam.staffId}}).value(s("status")) == s("applied"));
    const QJsonObject folded = foldRecord(pullAll(client, jon), clientId);
    CHECK(folded.value(s("associate_id")) == sam.staffId);
    CHECK(folded.value(s("given_name")) == s("Ada B"));
}
