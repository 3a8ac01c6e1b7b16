// The server under abuse from one client: hoarded sockets, no descriptors left, sign-in floods,
// pipelining, slow and over-sized bodies, distributed password guessing and hostile device names.
#include "httpclient.h"
#include "rawconnection.h"
#include "serverprocess.h"

#include <boost/asio/ip/tcp.hpp>

#include <catch2/catch.hpp>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>

#include <poll.h>
#include <sqlite3.h>
#include <sys/resource.h>
#include <unistd.h>

#include <atomic>
#include <list>
#include <mutex>
#include <thread>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;
using namespace std::chrono_literals;

namespace {

QString s(const char *text) { return QString::fromUtf8(text); }

/** Sockets that connect and then send nothing, from one source address. */
struct Hog
{
    asio::io_context io;
    std::list<tcp::socket> sockets;

    void open(int port, const std::string &source, int count)
    {
        for (int i = 0; i < count; ++i) {
            tcp::socket &socket = sockets.emplace_back(io);
            boost::system::error_code ec;
            socket.open(tcp::v4(), ec);
            socket.bind(tcp::endpoint(asio::ip::make_address(source), 0), ec);
            socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)), ec);
        }
    }
    void closeAll() { sockets.clear(); }
    /** Sockets the server has not closed (or answered and closed) so far. */
    int stillOpen()
    {
        int open = 0;
        for (tcp::socket &socket : sockets) {
            pollfd p{socket.native_handle(), POLLIN | POLLRDHUP, 0};
            if (::poll(&p, 1, 0) == 0)
                ++open;
        }
        return open;
    }
};

/** A health request on a fresh connection with deadlines; its status (0 = none in time). */
int health(int port, const std::string &source = "127.0.0.1", std::chrono::milliseconds timeout = 10s)
{
    RawConnection c(port, source, timeout);
    if (!c.connected() || !c.write("GET /v1/health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n", timeout))
        return 0;
    return c.read(timeout).status;
}

/** User plus system CPU time of a process, in seconds, from /proc. */
double cpuSeconds(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    REQUIRE(stat.open(QIODevice::ReadOnly));
    const QByteArray text = stat.readAll();
    // Fields after the command name (which may hold spaces) start at the last ')'.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    return (fields.at(11).toDouble() + fields.at(12).toDouble()) / double(sysconf(_SC_CLK_TCK));
}

QJsonObject signInBody(const QString &login, const QString &password, const QString &deviceName = s("t"))
{
    return {{s("login"), login}, {s("password"), password}, {s("device_name"), deviceName}};
}

/** Mutations for one client and `notes` notes of `noteBytes` characters each. */
QJsonArray bulkyBatch(Device &device, int notes, int noteBytes)
{
    const QString clientId = newId();
    QJsonArray batch{mutation(device, s("client"), clientId, s("upsert"), {{s("given_name"), s("Bulk")}})};
    const QString text(noteBytes, QLatin1Char('x'));
    for (int i = 0; i < notes; ++i)
        batch.append(mutation(device, s("note"), newId(), s("upsert"),
                              {{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), text}}));
    return batch;
}

std::string pushHeader(const Device &device, std::size_t length, bool expectContinue)
{
    std::string header = "POST /v1/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                          "Authorization: Bearer "
        + device.token.toStdString() + "\r\nContent-Length: " + std::to_string(length) + "\r\n";
    if (expectContinue)
        header += "Expect: 100-continue\r\n";
    return header + "\r\n";
}

QByteArray serverLog(const ServerProcess &server)
{
    QFile log(server.dir() + s("/server.log"));
    return log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray();
}

} // namespace

TEST_CASE("one address hoarding idle sockets leaves the server to everyone else", "[server][abuse]")
{
    ServerProcess server;
    server.start();
    Hog hog;
    hog.open(server.port(), "127.0.0.2", 300);
    CHECK(health(server.port(), "127.0.0.1") == 200);
    // The hoarder keeps at most 32: each connection past them took the place of one of its own
    // idle ones, so a real request from that address (another tablet behind the same router) works.
    CHECK(health(server.port(), "127.0.0.2") == 200);
    std::this_thread::sleep_for(500ms);
    CHECK(hog.stillOpen() <= 32);
    CHECK(health(server.port(), "127.0.0.3") == 200);
    hog.closeAll();
    server.stop();
}

TEST_CASE("a full server closes waiting connections to make room", "[server][abuse]")
{
    ServerProcess server;
    server.start({s("--max-connections"), s("40"), s("--max-connections-per-address"), s("1000")});
    Hog hog;
    hog.open(server.port(), "127.0.0.2", 100);
    for (int i = 0; i < 5; ++i)
        CHECK(health(server.port(), "127.0.0.1") == 200);
    // A kept-alive connection that is idle is a candidate too; one that answers keeps working.
    RawConnection kept(server.port(), "127.0.0.3");
    REQUIRE(kept.write("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
    CHECK(kept.read().status == 200);
    hog.closeAll();
    server.stop();
}

TEST_CASE("the server raises its open-file limit to the hard limit", "[server][abuse]")
{
    ServerProcess server;
    // Started with a low soft limit (inherited from this process), as a default shell gives it.
    rlimit mine{};
    REQUIRE(getrlimit(RLIMIT_NOFILE, &mine) == 0);
    rlimit low = mine;
    low.rlim_cur = std::min<rlim_t>(mine.rlim_max, 256);
    REQUIRE(setrlimit(RLIMIT_NOFILE, &low) == 0);
    server.start();
    REQUIRE(setrlimit(RLIMIT_NOFILE, &mine) == 0);
    rlimit theirs{};
    REQUIRE(prlimit(pid_t(server.pid()), RLIMIT_NOFILE, nullptr, &theirs) == 0);
    CHECK(theirs.rlim_cur == theirs.rlim_max);
    server.stop();
}

TEST_CASE("out of file descriptors the server waits instead of spinning, then recovers", "[server][abuse]")
{
    ServerProcess server;
    server.start({s("--max-connections-per-address"), s("100000")});
    const qint64 pid = server.pid();
    const int open = int(QDir(QStringLiteral("/proc/%1/fd").arg(pid)).entryList(QDir::NoDotAndDotDot | QDir::AllEntries).size());
    rlimit low{};
    REQUIRE(prlimit(pid_t(pid), RLIMIT_NOFILE, nullptr, &low) == 0);
    low.rlim_cur = rlim_t(open + 16);
    REQUIRE(prlimit(pid_t(pid), RLIMIT_NOFILE, &low, nullptr) == 0);

    Hog hog;
    hog.open(server.port(), "127.0.0.2", 60); // more than the 16 free descriptors: the rest wait in the backlog
    std::this_thread::sleep_for(500ms);
    const double before = cpuSeconds(pid);
    std::this_thread::sleep_for(3s);
    const double spent = cpuSeconds(pid) - before;
    INFO("CPU seconds while out of descriptors: " << spent);
    CHECK(spent < 0.3); // spinning on accept burns close to a core: ~3 s here
    CHECK(serverLog(server).contains("Cannot accept connections"));

    hog.closeAll();
    CHECK(health(server.port(), "127.0.0.1", 15s) == 200);
    server.stop();
}

TEST_CASE("a sign-in flood neither slows health and pulls nor queues without end", "[server][abuse]")
{
    ServerProcess server;
    server.start({s("--hash-threads"), s("2"), s("--hash-queue"), s("4")});
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());

    std::atomic<bool> stop{false};
    std::atomic<int> refusedChecks{0};
    std::atomic<int> busy{0};
    std::atomic<int> busyWithRetry{0};
    std::vector<std::thread> flood;
    for (int t = 0; t < 32; ++t) {
        flood.emplace_back([&, t] {
            HttpClient attacker(server.port());
            attacker.setSourceAddress("127.0.0." + std::to_string(2 + t % 8));
            for (int n = 0; !stop && n < 10000; ++n) {
                const HttpResponse r = attacker.post(
                    "/v1/session", signInBody(QStringLiteral("nobody-%1-%2").arg(t).arg(n), s("wrong password")));
                if (r.status == 401)
                    ++refusedChecks;
                if (r.status == 503 && r.errorCode() == s("busy")) {
                    ++busy;
                    if (r.json().value(s("retry_after")).toInt() > 0 && r.headers.count("Retry-After") == 1)
                        ++busyWithRetry;
                    std::this_thread::sleep_for(20ms);
                }
            }
        });
    }
    std::this_thread::sleep_for(1s);
    qint64 slowestMs = 0;
    for (int i = 0; i < 16; ++i) {
        QElapsedTimer timer;
        timer.start();
        CHECK(health(server.port(), "127.0.0.1", 10s) == 200);
        CHECK(client.request("GET", "/v1/pull?cursor=0&limit=10", {}, sam.token).status == 200);
        slowestMs = std::max(slowestMs, timer.elapsed());
        std::this_thread::sleep_for(250ms);
    }
    stop = true;
    for (std::thread &t : flood)
        t.join();
    INFO("slowest health + pull: " << slowestMs << " ms; checked " << refusedChecks << ", busy " << busy);
    CHECK(slowestMs < 2000);
    CHECK(refusedChecks > 0);
    CHECK(busy > 0);
    CHECK(busyWithRetry == busy);
    server.stop();
}

TEST_CASE("pipelined requests each get their answer", "[server][abuse]")
{
    ServerProcess server;
    server.start();
    RawConnection c(server.port());
    REQUIRE(c.write("GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\nGET /v1/nothing HTTP/1.1\r\nHost: x\r\n\r\n"
                    "GET /v1/health HTTP/1.1\r\nHost: x\r\n\r\n"));
    CHECK(c.read(5s).status == 200);
    CHECK(c.read(5s).status == 404);
    CHECK(c.read(5s).status == 200);
    server.stop();
}

TEST_CASE("an over-sized push gets a readable 413 carrying the limits", "[server][abuse]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());
    const QJsonObject limits = client.request("GET", "/v1/health").json().value(s("limits")).toObject();
    CHECK(limits.value(s("max_body_bytes")).toInt() == 4 * 1024 * 1024);
    CHECK(limits.value(s("max_mutations")).toInt() == 1000);

    // 40 notes of 120,000 bytes in UTF-8 (60,000 two-byte characters): 4.6 MiB, every note valid.
    const QString clientId = newId();
    QJsonArray batch;
    for (int i = 0; i < 40; ++i)
        batch.append(mutation(sam, s("note"), newId(), s("upsert"),
                              {{s("client_id"), clientId}, {s("kind"), s("other")}, {s("body"), QString(60000, QChar(0xe9))}}));
    const QByteArray body = QJsonDocument(QJsonObject{{s("mutations"), batch}}).toJson(QJsonDocument::Compact);
    REQUIRE(body.size() > 4 * 1024 * 1024 + 400 * 1024);
    for (const bool expect : {false, true}) {
        INFO("Expect: 100-continue " << expect);
        std::map<std::string, std::string> headers;
        if (expect)
            headers["Expect"] = "100-continue";
        const HttpResponse r = client.request("POST", "/v1/push", body, sam.token, headers);
        CHECK(r.status == 413);
        CHECK(r.errorCode() == s("body_too_large"));
        CHECK(r.json().value(s("limits")).toObject() == limits);
    }

    // Asked first, the server refuses at once, before any of the body is sent.
    RawConnection asking(server.port());
    REQUIRE(asking.write(pushHeader(sam, std::size_t(body.size()), true)));
    const HttpResponse early = asking.read(5s);
    CHECK(early.status == 413);
    CHECK(early.json().value(s("limits")).toObject().value(s("max_body_bytes")).toInt() == 4 * 1024 * 1024);

    // A body that fits gets 100 Continue, then its answer.
    const QByteArray small = QJsonDocument(QJsonObject{{s("mutations"), bulkyBatch(sam, 1, 100)}}).toJson(QJsonDocument::Compact);
    RawConnection fitting(server.port());
    REQUIRE(fitting.write(pushHeader(sam, std::size_t(small.size()), true)));
    CHECK(fitting.read(5s).status == 100);
    REQUIRE(fitting.write(small.toStdString()));
    CHECK(fitting.read(10s).status == 200);
    server.stop();
}

TEST_CASE("a slow large push is accepted while a trickling body is cut", "[server][abuse]")
{
    ServerProcess server;
    // A read timeout of 3 s (10 by default) keeps the test short; the rules are the same.
    server.start({s("--read-timeout"), s("3")});
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());

    // A slowloris body: one byte a second makes progress on every read, but not at 4 KiB/s.
    std::atomic<qint64> trickleCutMs{-1};
    std::thread trickle([&] {
        RawConnection c(server.port(), "127.0.0.2");
        if (!c.write(pushHeader(sam, 1000, false)))
            return;
        QElapsedTimer timer;
        timer.start();
        // Once the server has closed, the next write or the one after it fails.
        for (int i = 0; i < 40; ++i) {
            if (!c.write("{", 2s)) {
                trickleCutMs = timer.elapsed();
                return;
            }
            std::this_thread::sleep_for(1s);
        }
    });

    // 1 MB at about 150 KB/s (a 1.2 Mbit/s link): 7 s, twice the read timeout.
    const QJsonArray batch = bulkyBatch(sam, 17, 60000);
    const std::string body = QJsonDocument(QJsonObject{{s("mutations"), batch}}).toJson(QJsonDocument::Compact).toStdString();
    REQUIRE(body.size() > 1000000);
    RawConnection slow(server.port());
    REQUIRE(slow.write(pushHeader(sam, body.size(), false)));
    QElapsedTimer timer;
    timer.start();
    const std::size_t chunk = 15000;
    bool written = true;
    for (std::size_t at = 0; written && at < body.size(); at += chunk) {
        written = slow.write(body.substr(at, chunk));
        const qint64 due = qint64(at + chunk) * 1000 / 150000;
        if (due > timer.elapsed())
            std::this_thread::sleep_for(std::chrono::milliseconds(due - timer.elapsed()));
    }
    CHECK(written);
    CHECK(timer.elapsed() > 6000);
    const HttpResponse r = slow.read(30s);
    CHECK(r.status == 200);
    CHECK(r.json().value(s("last_mid")).toInt() == batch.last().toObject().value(s("mid")).toInt());

    trickle.join();
    INFO("trickling body cut after " << trickleCutMs << " ms");
    CHECK(trickleCutMs >= 0);
    CHECK(trickleCutMs < 10000);
    server.stop();
}

namespace {

/** Whether raw holds a whole HTTP response with a Content-Length body. */
bool completeResponse(const std::string &raw)
{
    const auto end = raw.find("\r\n\r\n");
    const auto at = raw.find("Content-Length: ");
    if (end == std::string::npos || at == std::string::npos || at > end)
        return false;
    return raw.size() >= end + 4 + std::stoull(raw.substr(at + 16, raw.find("\r\n", at) - at - 16));
}

} // namespace

TEST_CASE("a big answer reaches a slow reader and is dropped for one that stops reading", "[server][abuse]")
{
    ServerProcess server;
    server.start({s("--read-timeout"), s("1")});
    HttpClient client(server.port());
    Device sam = signIn(client, s("sam"));
    REQUIRE_FALSE(sam.token.isEmpty());
    for (int i = 0; i < 3; ++i)
        REQUIRE(push(client, sam, bulkyBatch(sam, 17, 60000)).status == 200);
    const std::string pull = "GET /v1/pull?cursor=0&limit=1000 HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
        + sam.token.toStdString() + "\r\n\r\n";

    // At most 64 KiB every 100 ms through a small receive window: a page of 400 KB or more takes
    // well over the 1 s read timeout, yet every write makes progress, so all of it arrives.
    RawConnection slow(server.port(), "127.0.0.1", 10s, 64 * 1024);
    REQUIRE(slow.write(pull));
    std::string got;
    QElapsedTimer timer;
    timer.start();
    while (!completeResponse(got) && timer.elapsed() < 60000) {
        if (slow.readSome(got, 64 * 1024, 5s) == 0)
            break;
        std::this_thread::sleep_for(100ms);
    }
    INFO("read " << got.size() << " bytes in " << timer.elapsed() << " ms");
    CHECK(completeResponse(got));
    REQUIRE(got.size() > 400000);
    CHECK(timer.elapsed() > 2000);

    // One that reads a little and then stops is cut off after the read timeout: the rest never comes.
    RawConnection stalled(server.port(), "127.0.0.1", 10s, 64 * 1024);
    REQUIRE(stalled.write(pull));
    std::string partial;
    REQUIRE(stalled.readSome(partial, 16384, 5s) > 0);
    std::this_thread::sleep_for(4s);
    while (stalled.readSome(partial, 1 << 20, 5s) > 0) {
    }
    INFO("the stalled reader got " << partial.size() << " bytes");
    CHECK_FALSE(completeResponse(partial));
    CHECK(health(server.port()) == 200);
    server.stop();
}

TEST_CASE("guessing one login from many addresses is slowed, the real person still signs in", "[server][abuse]")
{
    ServerProcess server;
    const int spacingMs = 700;
    server.start({s("--signin-spacing-ms"), QString::number(spacingMs), s("--signin-failures-per-login"), s("10")});
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < 30; ++i) {
        HttpClient guesser(server.port());
        guesser.setSourceAddress("127.0.0." + std::to_string(2 + i % 10));
        const HttpResponse r = guesser.post("/v1/session", signInBody(s("sam"), QStringLiteral("guess-%1").arg(i)));
        CHECK(r.status == 401);
    }
    const qint64 elapsed = timer.elapsed();
    // The first 10 failures are within budget; each of the other 20 waits at least one spacing
    // after the one before it. Without the limit, 30 checks take a few seconds.
    INFO("30 guesses took " << elapsed << " ms");
    CHECK(elapsed >= 19 * spacingMs);

    HttpClient sam(server.port());
    sam.setSourceAddress("127.0.0.12");
    QElapsedTimer own;
    own.start();
    CHECK_FALSE(signIn(sam, s("sam")).token.isEmpty());
    CHECK(own.elapsed() < 15 * spacingMs + 5000);

    const QByteArray log = serverLog(server);
    INFO(log.toStdString());
    CHECK(log.contains("Password guessing on login \"sam\""));
    CHECK(log.contains("from 10 addresses"));
    server.stop();
}

TEST_CASE("device names are printable text at sign-in and escaped when listed", "[server][abuse][sqlite]")
{
    ServerProcess server;
    server.start();
    HttpClient client(server.port());
    const QString bad[] = {s("tab\x1b]0;owned\x07"), s("two\nlines"), s("del\x7f"), QString(QChar(0x9b)),
                           s("evil") + QChar(0x202e) + s("txt"), s("line") + QChar(0x2028), QString(101, QLatin1Char('a'))};
    for (const QString &name : bad) {
        const HttpResponse r = client.post("/v1/session", signInBody(s("sam"), s("rapport-demo"), name));
        CHECK(r.status == 422);
        CHECK(r.errorCode() == s("invalid_request"));
    }
    const HttpResponse fine =
        client.post("/v1/session", signInBody(s("sam"), s("rapport-demo"), QString(99, QChar(0xe9)) + QChar(0x05d0)));
    REQUIRE(fine.status == 200);
    CHECK(fine.json().value(s("limits")).toObject().value(s("max_body_bytes")).toInt() == 4 * 1024 * 1024);
    const QString deviceId = fine.json().value(s("device_id")).toString();
    server.stop();

    // A name that got into the database another way is still printed inert.
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open(server.dbPath().toUtf8().constData(), &db) == SQLITE_OK);
    sqlite3_stmt *update = nullptr;
    REQUIRE(sqlite3_prepare_v2(db, "UPDATE device SET name = ? WHERE id = ?", -1, &update, nullptr) == SQLITE_OK);
    const QByteArray evil = QStringLiteral("a\x1b]0;owned\x07\nforged line\r\\").toUtf8();
    const QByteArray id = deviceId.toUtf8();
    sqlite3_bind_text(update, 1, evil.constData(), int(evil.size()), SQLITE_TRANSIENT);
    sqlite3_bind_text(update, 2, id.constData(), int(id.size()), SQLITE_TRANSIENT);
    REQUIRE(sqlite3_step(update) == SQLITE_DONE);
    sqlite3_finalize(update);
    sqlite3_close(db);

    const QString listing = server.command({s("list-devices")});
    CHECK(listing.contains(s("a\\x1b]0;owned\\x07\\x0aforged line\\x0d\\\\")));
    CHECK_FALSE(listing.contains(QChar(0x1b)));
    CHECK_FALSE(listing.contains(QChar(0x0d)));
    CHECK(listing.count(QLatin1Char('\n')) == 1);
}
