// Bad input gets the right 4xx and leaves the server's data exactly as it was.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }
}

TEST_CASE("malformed, mistyped, unknown and oversized input is refused and changes nothing", "[server][fault]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    const QString id = newId();
    REQUIRE(push(client, sam, QJsonArray{mutation(sam, s("client"), id, s("upsert"), {{s("given_name"), s("Eve")}})}).status == 200);
    const QJsonArray before = pullAll(client, sam);

    const auto pushRaw = [&](const QByteArray &body) { return client.request("POST", "/v1/push", body, sam.token); };
    const auto one = [&](QJsonObject m) {
        return push(client, sam, QJsonArray{m});
    };
    const auto good = [&]() { return mutation(sam, s("client"), id, s("upsert"), {{s("given_name"), s("Changed")}}); };

    struct Case { const char *what; HttpResponse response; int status; const char *code; };
    QJsonObject unknownEntity = good(); unknownEntity.insert(s("entity"), s("invoice"));
    QJsonObject unknownField = good(); unknownField.insert(s("fields"), QJsonObject{{s("shoe_size"), s("9")}});
    QJsonObject wrongType = good(); wrongType.insert(s("fields"), QJsonObject{{s("keep_in_touch_days"), s("ten")}});
    QJsonObject textAsNumber = good(); textAsNumber.insert(s("fields"), QJsonObject{{s("given_name"), 5}});
    QJsonObject badEnum = good(); badEnum.insert(s("fields"), QJsonObject{{s("preferred_channel"), s("pigeon")}});
    QJsonObject badId = good(); badId.insert(s("id"), s("not-a-uuid"));
    QJsonObject badClock = good(); badClock.insert(s("hlc"), s("yesterday"));
    QJsonObject badOp = good(); badOp.insert(s("op"), s("merge"));
    QJsonObject midText = good(); midText.insert(s("mid"), s("7"));
    QJsonObject storeWrite = good(); storeWrite.insert(s("entity"), s("store"));
    QJsonObject eraseNote = good(); eraseNote.insert(s("entity"), s("note")); eraseNote.insert(s("op"), s("erase"));
    eraseNote.insert(s("fields"), QJsonObject{});
    // A valid mutation before an invalid one: the whole batch is refused, the valid one too.
    const HttpResponse mixed = push(client, sam, QJsonArray{good(), unknownField});

    const Case cases[] = {
        {"malformed JSON", pushRaw("{\"mutations\": [ {\"mid\": 1,"), 400, "invalid_json"},
        {"not an object", pushRaw("[1,2,3]"), 400, "invalid_json"},
        {"mutations not an array", pushRaw("{\"mutations\": {}}"), 422, "invalid_mutation"},
        {"unknown entity", one(unknownEntity), 422, "invalid_mutation"},
        {"unknown field", one(unknownField), 422, "invalid_mutation"},
        {"integer field given text", one(wrongType), 422, "invalid_mutation"},
        {"text field given a number", one(textAsNumber), 422, "invalid_mutation"},
        {"value outside the enum", one(badEnum), 422, "invalid_mutation"},
        {"id not a UUID", one(badId), 422, "invalid_mutation"},
        {"clock malformed", one(badClock), 422, "invalid_mutation"},
        {"unknown op", one(badOp), 422, "invalid_mutation"},
        {"mid as text", one(midText), 422, "invalid_mutation"},
        {"write to read-only store", one(storeWrite), 422, "invalid_mutation"},
        {"erase of a note", one(eraseNote), 422, "invalid_mutation"},
        {"valid then invalid", mixed, 422, "invalid_mutation"},
        {"pull with a bad cursor", client.request("GET", "/v1/pull?cursor=abc", {}, sam.token), 400, "invalid_request"},
        {"sign-in with wrong types", client.post("/v1/session", {{s("login"), 5}, {s("password"), true}}), 422, "invalid_request"},
        {"wrong method", client.request("PUT", "/v1/push", "{}", sam.token), 405, "method_not_allowed"},
    };
    for (const Case &c : cases) {
        INFO(c.what);
        CHECK(c.response.status == c.status);
        CHECK(c.response.errorCode() == QLatin1String(c.code));
        CHECK_FALSE(c.response.json().value(s("error")).toObject().value(s("message")).toString().isEmpty());
    }

    // 5 MiB body: 413 before the server reads it all.
    QByteArray huge = "{\"mutations\":[{\"mid\":1,\"entity\":\"client\",\"id\":\"" + id.toLatin1()
        + "\",\"op\":\"upsert\",\"hlc\":\"x\",\"fields\":{\"given_name\":\"";
    huge += QByteArray(5 * 1024 * 1024, 'a') + "\"}}]}";
    const HttpResponse tooBig = pushRaw(huge);
    CHECK(tooBig.status == 413);
    CHECK(tooBig.errorCode() == s("body_too_large"));

    // 40 KiB of headers (the server takes 16 KiB): 431.
    const HttpResponse hugeHeader = client.request("GET", "/v1/health", {}, {},
        {{"X-Padding-1", std::string(20 * 1024, 'h')}, {"X-Padding-2", std::string(20 * 1024, 'h')}});
    CHECK(hugeHeader.status == 431);

    // Nothing above changed anything, and the device's last_mid did not move.
    CHECK(pullAll(client, sam) == before);
    sam.nextMid = 2;
    const HttpResponse next = push(client, sam, QJsonArray{good()});
    REQUIRE(next.status == 200);
    CHECK(next.json().value(s("results")).toArray().at(0).toObject().value(s("status")).toString() == s("applied"));
    server.stop();
}

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/read.hpp>
#include <boost/asio/write.hpp>

#include <thread>

TEST_CASE("slow and surplus connections are cut off", "[server][fault]")
{
    namespace asio = boost::asio;
    using tcp = asio::ip::tcp;
    ServerProcess server;
    server.start({s("--max-connections"), s("2"), s("--read-timeout"), s("1")});
    asio::io_context io;
    const tcp::endpoint endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(server.port()));

    // Two connections that never finish their request hold both slots...
    tcp::socket slow1(io), slow2(io);
    slow1.connect(endpoint);
    slow2.connect(endpoint);
    asio::write(slow1, asio::buffer(std::string("GET /v1/health HTTP/1.1\r\nHost: x\r\n")));
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    // ...so a third one closes the one waiting longest for its request and is served.
    HttpClient third(server.port());
    CHECK(third.request("GET", "/v1/health").status == 200);
    std::string rest;
    boost::system::error_code ec;
    asio::read(slow1, asio::dynamic_buffer(rest), ec);
    CHECK(ec == asio::error::eof);
    CHECK(rest.empty());

    // The server drops the other unfinished request after its read time limit: the read ends with EOF.
    asio::read(slow2, asio::dynamic_buffer(rest), ec);
    CHECK(ec == asio::error::eof);
    CHECK(rest.empty());

    // With the slots free again, requests are served.
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    HttpClient client(server.port());
    CHECK(client.request("GET", "/v1/health").status == 200);
    server.stop();
}
