// Sessions end: on a password reset and after an idle period; deactivating a staff member revokes their devices.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

HttpResponse pullWith(HttpClient &client, const Device &device)
{
    return client.request("GET", "/v1/pull?cursor=0&limit=1", {}, device.token);
}

} // namespace

TEST_CASE("a password reset ends every session of that staff member, and only theirs", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device first = signIn(client, s("sam"));
    Device second = signIn(client, s("sam"));
    Device other = signIn(client, s("maya"));
    REQUIRE(pullWith(client, first).status == 200);

    int code = -1;
    server.command({s("reset-password"), s("--login"), s("sam")}, "a-new-password\n", &code);
    REQUIRE(code == 0);

    for (const Device *d : {&first, &second}) {
        const HttpResponse r = pullWith(client, *d);
        CHECK(r.status == 401);
        CHECK(r.errorCode() == s("unauthorized"));
    }
    CHECK(pullWith(client, other).status == 200);
    CHECK(signIn(client, s("sam")).token.isEmpty());
    const Device again = signIn(client, s("sam"), s("a-new-password"));
    REQUIRE_FALSE(again.token.isEmpty());
    CHECK(pullWith(client, again).status == 200);
    server.stop();
}

TEST_CASE("a deactivated staff member's devices are revoked and they cannot sign in until reactivated", "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device samDesk = signIn(client, s("sam"));
    Device maya = signIn(client, s("maya"));
    REQUIRE(pullWith(client, sam).status == 200);

    int code = -1;
    const QString said = server.command({s("deactivate-staff"), s("--login"), s("sam")}, {}, &code);
    REQUIRE(code == 0);
    CHECK(said.contains(s("revoked 2 devices")));
    // Revoked, not merely signed out: each device hears device_revoked and wipes what it holds.
    for (const Device *d : {&sam, &samDesk}) {
        const HttpResponse ended = pullWith(client, *d);
        CHECK(ended.status == 401);
        CHECK(ended.errorCode() == s("device_revoked"));
    }
    const HttpResponse refused = client.post("/v1/session", QJsonObject{{s("login"), s("sam")},
        {s("password"), s("rapport-demo")}, {s("device_name"), s("t")}});
    CHECK(refused.status == 401);
    CHECK(pullWith(client, maya).status == 200);
    int revokedListed = 0;
    for (const QString &line : server.command({s("list-devices")}).split(QLatin1Char('\n'))) {
        if (line.contains(s("  sam  ")))
            revokedListed += line.endsWith(s("revoked"));
    }
    CHECK(revokedListed == 2);

    QString error;
    const QString none = server.command({s("deactivate-staff"), s("--login"), s("nobody")}, {}, &code, &error);
    CHECK(code != 0);
    CHECK(none.isEmpty());
    CHECK(error.contains(s("no staff member with the login \"nobody\"")));
    server.command({s("deactivate-staff")}, {}, &code, &error);
    CHECK(code != 0);
    CHECK(error.contains(s("--login")));

    const QString back = server.command({s("reactivate-staff"), s("--login"), s("sam")}, {}, &code);
    REQUIRE(code == 0);
    CHECK(back.contains(s("reactivated sam")));
    const Device again = signIn(client, s("sam"));
    REQUIRE_FALSE(again.token.isEmpty());
    CHECK(pullWith(client, again).status == 200);
    // Reactivation lets the person back in, not the devices that wiped themselves.
    CHECK(pullWith(client, sam).errorCode() == s("device_revoked"));
    server.stop();
}

TEST_CASE("deactivating someone on a shared tablet ends only their session there, the tablet is not wiped",
          "[server][sync]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    // One tablet: every person signed in on it registers the same clock id (the notebook's).
    const QString tabletClock = newId();
    const auto signInOnTablet = [&](const QString &login) {
        const HttpResponse r = client.post("/v1/session", QJsonObject{{s("login"), login},
            {s("password"), s("rapport-demo")}, {s("device_name"), s("shared tablet")}, {s("clock_id"), tabletClock}});
        REQUIRE(r.status == 200);
        Device d;
        d.token = r.json().value(s("token")).toString();
        return d;
    };
    const Device samOnTablet = signInOnTablet(s("sam"));
    const Device jonOnTablet = signInOnTablet(s("jon"));
    const Device samAlone = signIn(client, s("sam")); // a tablet of sam's own
    REQUIRE(pullWith(client, samOnTablet).status == 200);

    int code = -1;
    const QString said = server.command({s("deactivate-staff"), s("--login"), s("sam")}, {}, &code);
    REQUIRE(code == 0);
    CHECK(said.contains(s("revoked 1 device ")));
    CHECK(said.contains(s("ended their session on 1 shared tablet")));
    const HttpResponse ended = pullWith(client, samOnTablet);
    CHECK(ended.status == 401);
    CHECK(ended.errorCode() == s("unauthorized")); // not device_revoked: jon's work stays on the tablet
    CHECK(pullWith(client, jonOnTablet).status == 200);
    CHECK(pullWith(client, samAlone).errorCode() == s("device_revoked"));
    server.stop();
}

TEST_CASE("a token unused for the idle period answers 401 session_expired, and use keeps it alive", "[server][sync]")
{
    using namespace std::chrono;
    ServerProcess server;
    // 0.00005 days = 4.32 s: short for the test (last use is written at most every quarter of it,
    // 1.08 s); requests every 0.3 s for 6.5 s keep the session alive past the idle period.
    server.start({s("--session-idle-days"), s("0.00005")});
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    Device idle = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());

    const auto until = steady_clock::now() + milliseconds(6500);
    int answered = 0;
    while (steady_clock::now() < until) {
        const HttpResponse r = pullWith(client, sam);
        REQUIRE(r.status == 200);
        ++answered;
        std::this_thread::sleep_for(milliseconds(300));
    }
    CHECK(answered > 5);

    // The other device was never used after sign-in, more than the idle period ago.
    const HttpResponse expired = pullWith(client, idle);
    CHECK(expired.status == 401);
    CHECK(expired.errorCode() == s("session_expired"));
    CHECK(expired.json().value(s("error")).toObject().value(s("message")).toString().contains(s("sign in again")));
    // It stays expired (not merely unknown), and signing in again works.
    CHECK(pullWith(client, idle).errorCode() == s("session_expired"));
    const Device again = signIn(client, s("sam"));
    CHECK(pullWith(client, again).status == 200);

    std::this_thread::sleep_for(seconds(5));
    CHECK(pullWith(client, sam).errorCode() == s("session_expired"));
    server.stop();
}
