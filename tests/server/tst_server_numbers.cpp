// Numbers a 64-bit integer cannot hold are refused as malformed, never converted: turning 1e300
// into an integer is undefined behaviour, which the sanitized build (scripts/test-sanitized) stops on.
// Found by the fuzz_push_body target; the inputs are in tests/fuzz/corpus/*/huge_numbers.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
}

TEST_CASE("mids and integer fields beyond 64 bits are refused and change nothing", "[server][fault]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QString id = newId();
    const QJsonArray before = pullAll(client, sam);
    const auto withDays = [&](const QJsonValue &days) {
        return mutation(sam, s("client"), id, s("upsert"), {{s("given_name"), s("Eve")}, {s("keep_in_touch_days"), days}});
    };

    struct Case { const char *what; QJsonObject mutation; };
    QJsonObject hugeMid = withDays(30);
    hugeMid.insert(s("mid"), 1e300);
    QJsonObject midAtTwoTo63 = withDays(30);
    midAtTwoTo63.insert(s("mid"), 9223372036854775808.0);
    const Case cases[] = {
        {"mid 1e300", hugeMid},
        {"mid 2^63", midAtTwoTo63},
        {"integer field 1e300", withDays(1e300)},
        {"integer field -1e300", withDays(-1e300)},
        {"integer field 2^63", withDays(9223372036854775808.0)},
        {"integer field with a fraction", withDays(1.5)},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        const HttpResponse response = push(client, sam, QJsonArray{c.mutation});
        CHECK(response.status == 422);
        CHECK(response.errorCode() == s("invalid_mutation"));
    }
    CHECK(pullAll(client, sam) == before);

    // The largest whole numbers that fit are accepted.
    sam.nextMid = 1;
    const HttpResponse fits = push(client, sam, QJsonArray{withDays(-9223372036854775808.0)});
    REQUIRE(fits.status == 200);
    CHECK(fits.json().value(s("results")).toArray().at(0).toObject().value(s("status")).toString() == s("applied"));
    server.stop();
}
