// Sign-in, tokens, revocation, rate limiting and TLS against the real server process.
#include "httpclient.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QProcess>

TEST_CASE("health answers ok with the server time", "[server][session]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    const HttpResponse r = client.request("GET", "/v1/health");
    REQUIRE(r.status == 200);
    CHECK(r.json().value(QLatin1String("status")).toString() == QLatin1String("ok"));
    CHECK(r.json().value(QLatin1String("server_time")).toString().endsWith(QLatin1Char('Z')));
    CHECK(client.request("GET", "/v1/nothing").status == 404);
    server.stop();
}

TEST_CASE("sign-in gives a token, wrong password, sign-out and revocation refuse it", "[server][session]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());

    const HttpResponse wrong = client.post("/v1/session", {{QStringLiteral("login"), QStringLiteral("sam")},
                                                           {QStringLiteral("password"), QStringLiteral("not-it")},
                                                           {QStringLiteral("device_name"), QStringLiteral("t")}});
    CHECK(wrong.status == 401);
    CHECK(wrong.errorCode() == QLatin1String("invalid_credentials"));

    Device sam = signIn(client, QStringLiteral("sam"));
    REQUIRE(sam.token.size() == 64); // 256 bits in hex
    CHECK(client.request("GET", "/v1/pull?cursor=0", {}, sam.token).status == 200);
    CHECK(client.request("GET", "/v1/pull?cursor=0").status == 401);
    CHECK(client.request("GET", "/v1/pull?cursor=0", {}, QString(64, QLatin1Char('a'))).status == 401);

    // The token is stored only as a hash: its text is nowhere in the database file.
    if (const PgTestDatabase *pg = server.postgres()) {
        CHECK(pg->sql(QStringLiteral("SELECT count(*) FROM device d WHERE strpos(d::text, '%1') > 0").arg(sam.token))
              == QLatin1String("0"));
    } else {
        QFile db(server.dbPath());
        REQUIRE(db.open(QIODevice::ReadOnly));
        CHECK_FALSE(db.readAll().contains(sam.token.toLatin1()));
    }
    QFile log(server.dir() + QStringLiteral("/server.log"));
    REQUIRE(log.open(QIODevice::ReadOnly));
    CHECK_FALSE(log.readAll().contains(sam.token.toLatin1()));

    // Sign-out: the token stops working at once.
    CHECK(client.request("DELETE", "/v1/session", {}, sam.token).status == 204);
    CHECK(client.request("GET", "/v1/pull?cursor=0", {}, sam.token).status == 401);

    // Revocation by an administrator: 401 device_revoked so the device wipes itself.
    Device jon = signIn(client, QStringLiteral("jon"));
    REQUIRE(!jon.token.isEmpty());
    int code = -1;
    server.command({QStringLiteral("revoke-device"), QStringLiteral("--device"), jon.deviceId}, {}, &code);
    REQUIRE(code == 0);
    const HttpResponse revoked = client.request("GET", "/v1/pull?cursor=0", {}, jon.token);
    CHECK(revoked.status == 401);
    CHECK(revoked.errorCode() == QLatin1String("device_revoked"));
    CHECK(server.command({QStringLiteral("list-devices")}).contains(QStringLiteral("revoked")));
    server.stop();
}

TEST_CASE("sign-in rate limit stops the guesser without locking out others", "[server][session]")
{
    ServerProcess server;
    server.start({QStringLiteral("--signin-burst-per-login"), QStringLiteral("3"),
                  QStringLiteral("--signin-burst-per-address"), QStringLiteral("6")});
    HttpClient attacker(server.port());
    for (int i = 0; i < 3; ++i)
        CHECK(attacker.post("/v1/session", {{QStringLiteral("login"), QStringLiteral("sam")},
                                            {QStringLiteral("password"), QStringLiteral("guess-%1").arg(i)},
                                            {QStringLiteral("device_name"), QStringLiteral("x")}})
                  .status == 401);
    // Even the right password waits now, from this address.
    const HttpResponse limited = attacker.post("/v1/session", {{QStringLiteral("login"), QStringLiteral("sam")},
                                                               {QStringLiteral("password"), QStringLiteral("rapport-demo")},
                                                               {QStringLiteral("device_name"), QStringLiteral("x")}});
    CHECK(limited.status == 429);
    CHECK(limited.errorCode() == QLatin1String("rate_limited"));
    CHECK(limited.json().value(QLatin1String("retry_after")).toInt() > 0);
    CHECK(limited.headers.count("Retry-After") == 1);

    // The real Sam on another machine is not locked out.
    HttpClient victim(server.port());
    victim.setSourceAddress("127.0.0.2");
    CHECK_FALSE(signIn(victim, QStringLiteral("sam")).token.isEmpty());

    // Other logins from the attacker's address still work until the per-address budget is spent.
    CHECK_FALSE(signIn(attacker, QStringLiteral("jon")).token.isEmpty());
    CHECK_FALSE(signIn(attacker, QStringLiteral("maya")).token.isEmpty());
    CHECK_FALSE(signIn(attacker, QStringLiteral("lee")).token.isEmpty());
    CHECK(attacker.post("/v1/session", {{QStringLiteral("login"), QStringLiteral("priya")},
                                        {QStringLiteral("password"), QStringLiteral("rapport-demo")},
                                        {QStringLiteral("device_name"), QStringLiteral("x")}})
              .status == 429);
    server.stop();
}

TEST_CASE("TLS round trip with a certificate made by the test", "[server][session][tls]")
{
    ServerProcess server;
    const QString cert = server.dir() + QStringLiteral("/cert.pem");
    const QString key = server.dir() + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
    server.start({QStringLiteral("--tls-cert"), cert, QStringLiteral("--tls-key"), key});

    HttpClient trusting(server.port());
    trusting.setTls(cert.toStdString());
    const HttpResponse health = trusting.request("GET", "/v1/health");
    CHECK(health.status == 200);
    Device sam = signIn(trusting, QStringLiteral("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());
    const QString id = newId();
    CHECK(push(trusting, sam, QJsonArray{mutation(sam, QStringLiteral("client"), id, QStringLiteral("upsert"),
                                                  {{QStringLiteral("given_name"), QStringLiteral("Tess")}})})
              .status == 200);
    CHECK(foldRecord(pullAll(trusting, sam), id).value(QLatin1String("given_name")).toString() == QLatin1String("Tess"));

    // A client that cannot verify the certificate gets no answer; plain HTTP gets none either.
    HttpClient untrusting(server.port());
    untrusting.setTls({});
    CHECK(untrusting.request("GET", "/v1/health").status == 0);
    HttpClient plain(server.port());
    CHECK(plain.request("GET", "/v1/health").status != 200);
    server.stop();
}
