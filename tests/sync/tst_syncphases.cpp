// The device's sync phases (SyncEngine::Phase) against a real server: the sequence of phases for
// a first sync (a snapshot, or the history from a server without one), a push, offline and back, a revoked device, an ended session, a busy server with
// retry_after, one person's ended session on a shared tablet, and live pull with its fallback.
#include "fixture.h"
#include "localdata.h"
#include "rawclient.h"
#include "tcpproxy.h"
#include "tokenstore.h"

#include "protocol/snapshot.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QPointer>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrlQuery>

using namespace rapport;
using namespace rapport::test;

using Phase = SyncEngine::Phase;

namespace {

const Login jon{QStringLiteral("jon"), QStringLiteral("jon-secret-1"), QStringLiteral("associate")};

/** Every phase an engine enters, in order, from the moment it is made. */
class PhaseLog
{
public:
    explicit PhaseLog(SyncEngine &engine)
    {
        QObject::connect(&engine, &SyncEngine::phaseChanged, &m_context,
                         [this](Phase, Phase to) { m_phases.append(to); });
    }
    /** The phases entered since the last take(). */
    QList<Phase> take() { return std::exchange(m_phases, {}); }

private:
    QObject m_context;
    QList<Phase> m_phases;
};

std::string describe(const QList<Phase> &phases)
{
    std::string text;
    for (Phase p : phases)
        text += std::string(text.empty() ? "" : ", ") + QVariant::fromValue(p).toString().toStdString();
    return "[" + text + "]";
}

#define CHECK_PHASES(log, ...)                                                                         \
    do {                                                                                               \
        const QList<Phase> seen_ = (log).take();                                                       \
        const QList<Phase> expected_{__VA_ARGS__};                                                     \
        INFO("phases seen " << describe(seen_) << ", expected " << describe(expected_));               \
        CHECK(seen_ == expected_);                                                                     \
    } while (false)

/**
 * Something between the device and the server that is not the server: a load balancer whose
 * servers are all busy (503 with retry_after), a server that does not hold waiting pulls (an
 * empty page at once), a proxy that cuts long requests, or one that garbles pages (well-formed
 * JSON whose one change or entry has no id, or a pull page that is not JSON at all). Real HTTP on
 * loopback.
 */
class Gateway : public QObject
{
public:
    enum class Mode { Busy, EmptyPages, CutWaits, NoSnapshot, Garbled, NotJson, Misannounced, Unannounced };

    explicit Gateway(Mode mode) : m_mode(mode)
    {
        REQUIRE(m_server.listen(QHostAddress::LocalHost));
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection())
                serve(socket);
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int waits() const { return m_waits; }
    /** Pull requests seen (a manager's device also fetches the activity trail after each cycle). */
    int pulls() const { return m_pulls; }
    int snapshots() const { return m_snapshots; }
    /** The `after` of each snapshot request, in the order they came. */
    QStringList snapshotAfters() const { return m_snapshotAfters; }

private:
    void serve(QTcpSocket *socket)
    {
        auto buffer = std::make_shared<QByteArray>();
        QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket, buffer] {
            buffer->append(socket->readAll());
            for (;;) {
                const qsizetype headEnd = buffer->indexOf("\r\n\r\n");
                if (headEnd < 0)
                    return;
                const QByteArray head = buffer->left(headEnd);
                qsizetype length = 0;
                for (const QByteArray &line : head.split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (buffer->size() < headEnd + 4 + length)
                    return; // the body is still coming
                buffer->remove(0, headEnd + 4 + length);
                answer(socket, head.left(head.indexOf('\r')));
            }
        });
    }

    void answer(QTcpSocket *socket, const QByteArray &requestLine)
    {
        const QList<QByteArray> parts = requestLine.split(' ');
        const QUrl target(QString::fromLatin1(parts.value(1)));
        const QUrlQuery query(target);
        m_pulls += target.path() == QLatin1String("/v1/pull") ? 1 : 0;
        m_snapshots += target.path() == QLatin1String("/v1/snapshot") ? 1 : 0;
        const bool wait = query.hasQueryItem(QStringLiteral("wait"));
        m_waits += wait ? 1 : 0;
        if (m_mode == Mode::CutWaits && wait) {
            // Holds the request a moment, then cuts it with the answer begun, as a proxy's timeout would.
            QPointer<QTcpSocket> held(socket);
            QTimer::singleShot(300, this, [held] {
                if (!held)
                    return;
                held->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 400\r\n\r\n{\"chan");
                held->flush();
                held->abort();
            });
            return;
        }
        int status = 200;
        QJsonObject body;
        QByteArray headers;
        QByteArray raw; // sent instead of the body when set
        if (m_mode == Mode::NoSnapshot && target.path() == QLatin1String("/v1/snapshot")) {
            // A server from before the snapshot knows no such path.
            status = 404;
            body = QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("not_found")},
                                                                      {QStringLiteral("message"), QStringLiteral("No such path.")}}}};
        } else if (m_mode == Mode::Busy) {
            status = 503;
            body = QJsonObject{{QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), QStringLiteral("busy")},
                                                                      {QStringLiteral("message"), QStringLiteral("All servers are busy.")}}},
                               {QStringLiteral("retry_after"), 2}};
        } else if (m_mode == Mode::Garbled && target.path() == QLatin1String("/v1/pull")) {
            body = QJsonObject{{QStringLiteral("changes"), QJsonArray{garbledRecord()}},
                               {QStringLiteral("cursor"), 999999},
                               {QStringLiteral("has_more"), false}};
        } else if (m_mode == Mode::NotJson && target.path() == QLatin1String("/v1/pull")) {
            raw = "{\"changes\":[{\"cursor\":999999,\"entity\":\"client\",\"id\":\"00000000-0000-7000-8000-0000000";
        } else if (m_mode == Mode::Garbled && target.path() == QLatin1String("/v1/snapshot")) {
            body = QJsonObject{{QStringLiteral("entries"), QJsonArray{garbledRecord()}},
                               {QStringLiteral("cursor"), 999999},
                               {QStringLiteral("has_more"), false}};
        } else if (m_mode == Mode::Misannounced && target.path() == QLatin1String("/v1/snapshot")) {
            // Well-formed, but the header names another page than the body's token.
            body = QJsonObject{{QStringLiteral("entries"), QJsonArray{goodEntry()}},
                               {QStringLiteral("cursor"), 999999},
                               {QStringLiteral("has_more"), true},
                               {QStringLiteral("next"), QStringLiteral("Qm9keQ")}};
            headers = QByteArray(rapport::protocol::kNextHeader) + ": SGVhZGVy\r\n";
        } else if (m_mode == Mode::Unannounced && target.path() == QLatin1String("/v1/snapshot")) {
            // A server from before the next-page header: three pages of one client each.
            const QString after = query.queryItemValue(QStringLiteral("after"));
            m_snapshotAfters.append(after);
            const int page = after.isEmpty() ? 1 : after.mid(4).toInt();
            body = QJsonObject{{QStringLiteral("entries"), QJsonArray{goodEntry(page)}},
                               {QStringLiteral("cursor"), 999999},
                               {QStringLiteral("has_more"), page < 3}};
            if (page < 3)
                body.insert(QStringLiteral("next"), QStringLiteral("page%1").arg(page + 1));
        } else if (target.path() == QLatin1String("/v1/pull")) {
            body = QJsonObject{{QStringLiteral("changes"), QJsonArray()},
                               {QStringLiteral("cursor"), query.queryItemValue(QStringLiteral("cursor")).toLongLong()},
                               {QStringLiteral("has_more"), false}};
        } else {
            body = QJsonObject{{QStringLiteral("results"), QJsonArray()}};
        }
        const QByteArray text = raw.isEmpty() ? QJsonDocument(body).toJson(QJsonDocument::Compact) : raw;
        socket->write("HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Service Unavailable")
                      + "\r\nContent-Type: application/json\r\n" + headers
                      + "Content-Length: " + QByteArray::number(text.size()) + "\r\n\r\n" + text);
    }

    /** A client record as a page carries it, but without its id. */
    static QJsonObject garbledRecord()
    {
        return QJsonObject{{QStringLiteral("cursor"), 999999},
                           {QStringLiteral("entity"), QStringLiteral("client")},
                           {QStringLiteral("op"), QStringLiteral("upsert")},
                           {QStringLiteral("hlc"), QStringLiteral("001900000000000-00000-00000000-0000-7000-8000-000000000001")},
                           {QStringLiteral("fields"), QJsonObject{{QStringLiteral("given_name"), QStringLiteral("Garbled")}}}};
    }

    /** A client as a snapshot page carries it. */
    static QJsonObject goodEntry(int n = 2)
    {
        return QJsonObject{{QStringLiteral("entity"), QStringLiteral("client")},
                           {QStringLiteral("id"), QStringLiteral("00000000-0000-7000-8000-00000000000%1").arg(n)},
                           {QStringLiteral("hlc"), QStringLiteral("001900000000000-00000-00000000-0000-7000-8000-000000000001")},
                           {QStringLiteral("fields"), QJsonObject{{QStringLiteral("given_name"), QStringLiteral("Announced")}}}};
    }

    Mode m_mode;
    QTcpServer m_server;
    int m_waits = 0;
    int m_pulls = 0;
    int m_snapshots = 0;
    QStringList m_snapshotAfters;
};

/** Waits until the engine rests in `phase` (or the timeout passes). */
bool settlesIn(SyncEngine &engine, Phase phase, int timeoutMs = 10000)
{
    return waitFor([&] { return engine.phase() == phase; }, timeoutMs);
}

/** Device A of a fresh chain, signed in through a proxy with live pull off: the proxy can then lead it to a Gateway. */
struct ProxiedDevice
{
    Chain chain;
    TcpProxy proxy{chain.server.port()};
    Device a{QStringLiteral("A")};

    ProxiedDevice()
    {
        signInOrFail(a, proxy.url(), chain.sam);
        a.engine().setLivePull(false);
    }
};

} // namespace

TEST_CASE("Phases: a first sync, then a push", "[sync][phases]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    PhaseLog log(a.engine());
    CHECK(a.engine().phase() == Phase::SignedOut);
    signInOrFail(a, chain.server.url(), chain.sam);
    // No cursor yet: the organisation's current state, then a pull from the snapshot's cursor.
    CHECK_PHASES(log, Phase::SigningIn, Phase::Idle, Phase::Pushing, Phase::Snapshot, Phase::Pulling, Phase::Idle);

    createClient(a.notebook(), QStringLiteral("Phased"));
    REQUIRE(a.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
    CHECK(a.notebook().pendingMutationCount() == 0);

    // A wrong password leaves a signed-out device signed out.
    Device b(QStringLiteral("B"));
    PhaseLog logB(b.engine());
    CHECK_FALSE(b.signIn(chain.server.url(), Login{chain.alex.login, QStringLiteral("not-the-password"), {}}).isEmpty());
    CHECK_PHASES(logB, Phase::SigningIn, Phase::SignedOut);
    CHECK(a.engine().unexpectedTransitions() == 0);
    CHECK(b.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: a fresh device loads the snapshot page by page with its progress, then pulls", "[sync][phases][snapshot]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    for (int i = 0; i < 30; ++i)
        createClient(a.notebook(), QStringLiteral("Snap%1").arg(i));
    REQUIRE(a.sync());

    Device b(QStringLiteral("B"));
    b.engine().setSnapshotPageSize(7);
    PhaseLog log(b.engine());
    QList<std::pair<qint64, qint64>> progress; // (applied, total) as the Sync page shows them
    QObject context;
    QObject::connect(&b.engine(), &SyncEngine::pullProgressChanged, &context, [&] {
        if (b.engine().phase() == Phase::Snapshot)
            progress.append(std::pair{b.engine().pulledCount(), b.engine().snapshotTotal()});
    });
    signInOrFail(b, chain.server.url(), chain.alex);
    CHECK_PHASES(log, Phase::SigningIn, Phase::Idle, Phase::Pushing, Phase::Snapshot, Phase::Pulling, Phase::Idle);
    CHECK(b.notebook().clientCount() == 30);
    CHECK(b.notebook().snapshotProgress().next.isEmpty());
    CHECK_FALSE(b.notebook().pullCursor().isEmpty());
    // One step per page of 7 (30 clients, the store and its staff), counting up to the total.
    REQUIRE(progress.size() >= 5);
    CHECK(progress.last().second >= 33);
    CHECK(progress.last().first == progress.last().second);
    for (qsizetype i = 1; i < progress.size(); ++i)
        CHECK(progress.at(i).first >= progress.at(i - 1).first);
    CHECK(b.engine().snapshotTotal() == 0); // no snapshot runs now

    // With a cursor, later cycles pull.
    createClient(a.notebook(), QStringLiteral("After"));
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
    CHECK(b.notebook().clientCount() == 31);
    CHECK(b.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: a device emptied for a resync meets a server without the snapshot and pulls from the start",
          "[sync][phases][snapshot]")
{
    Chain chain;
    TcpProxy proxy(chain.server.port());
    Device a(QStringLiteral("A"));
    signInOrFail(a, proxy.url(), chain.sam);
    REQUIRE(LocalData::wipe(a.notebook()).ok());
    REQUIRE(a.notebook().pullCursor().isEmpty());

    Gateway old(Gateway::Mode::NoSnapshot);
    proxy.setTargetPort(old.port());
    PhaseLog log(a.engine());
    REQUIRE(a.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Snapshot, Phase::Pulling, Phase::Idle);
    CHECK(old.snapshots() == 1);
    CHECK(old.pulls() == 1);
    CHECK(a.notebook().pullCursor() == QStringLiteral("0"));
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: an emptied device that made a client before its first pull takes the history and sees it erased",
          "[sync][phases][snapshot]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    REQUIRE(LocalData::wipe(a.notebook()).ok());
    (void)a.notebook().setCurrentStaff(a.engine().staffId());
    // Made here after the wipe, sent by the next cycle's push, then erased by a manager
    // before the pull: a snapshot would leave the erased client out and say nothing of
    // it, so this device would keep it for ever.
    const QString id = createClient(a.notebook(), QStringLiteral("Erased"));
    RawClient console(chain.server.url());
    REQUIRE(console.signIn(chain.sam.login, chain.sam.password));
    QString erased;
    QObject::connect(&a.engine(), &SyncEngine::phaseChanged, [&](Phase from, Phase) {
        if (from == Phase::Pushing && erased.isEmpty())
            erased = console.eraseClient(id);
    });
    PhaseLog log(a.engine());
    REQUIRE(a.sync());
    CHECK(erased == QStringLiteral("applied"));
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
    CHECK_FALSE(a.notebook().client(id).has_value());
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: offline, then back", "[sync][phases]")
{
    Chain chain;
    TcpProxy proxy(chain.server.port());
    Device a(QStringLiteral("A"));
    signInOrFail(a, proxy.url(), chain.sam);
    PhaseLog log(a.engine());
    createClient(a.notebook(), QStringLiteral("Offline"));

    proxy.setFault(TcpProxy::Fault::Refuse);
    CHECK_FALSE(a.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Offline);
    CHECK(a.engine().state() == SyncEngine::State::Offline);
    CHECK_FALSE(a.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Offline);

    proxy.setFault(TcpProxy::Fault::None);
    REQUIRE(a.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
    CHECK(a.notebook().pendingMutationCount() == 0);
    CHECK(a.engine().state() == SyncEngine::State::Synced);
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: a revoked device and an ended session", "[sync][phases]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.alex);
    PhaseLog logA(a.engine()), logB(b.engine());

    createClient(a.notebook(), QStringLiteral("Revoked"));
    chain.server.admin({QStringLiteral("revoke-device"), QStringLiteral("--db"), chain.server.dbPath(),
                        QStringLiteral("--device"), a.engine().serverDeviceId()});
    CHECK_FALSE(a.sync());
    CHECK_PHASES(logA, Phase::Pushing, Phase::SignedOut);
    CHECK(a.engine().state() == SyncEngine::State::SignedOut);

    // B's session ends on the server (its password was reset, say): its data stays.
    const QString waiting = createClient(b.notebook(), QStringLiteral("Kept"));
    {
        const auto token = FileTokenStore(b.dataDir()).load(QStringLiteral("device-%1").arg(b.notebook().deviceId()));
        REQUIRE(token.has_value());
        RawClient raw(chain.server.url());
        raw.setToken(*token);
        REQUIRE(raw.request("DELETE", QStringLiteral("/v1/session")).status == 204);
    }
    CHECK_FALSE(b.sync());
    CHECK_PHASES(logB, Phase::Pushing, Phase::SignInRequired);
    CHECK(b.engine().state() == SyncEngine::State::SignInRequired);
    CHECK(b.notebook().pendingMutationCount() == 1);
    signInOrFail(b, chain.server.url(), chain.alex);
    CHECK_PHASES(logB, Phase::SigningIn, Phase::Idle, Phase::Pushing, Phase::Pulling, Phase::Idle);
    CHECK(b.notebook().pendingMutationCount() == 0);
    CHECK(b.notebook().client(waiting).has_value());
    CHECK(a.engine().unexpectedTransitions() == 0);
    CHECK(b.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: a busy server's retry_after sets when the device comes back", "[sync][phases]")
{
    ProxiedDevice scene;
    Chain &chain = scene.chain;
    TcpProxy &proxy = scene.proxy;
    Device &a = scene.a;
    Gateway busy(Gateway::Mode::Busy);
    createClient(a.notebook(), QStringLiteral("Busy"));
    PhaseLog log(a.engine());

    proxy.setTargetPort(busy.port()); // open connections go: the next request meets the busy gateway
    QSignalSpy finished(&a.engine(), &SyncEngine::syncFinished);
    a.engine().setAutomaticSync(true);
    a.engine().syncNow();
    REQUIRE(waitFor([&] { return finished.count() == 1; }));
    QElapsedTimer sinceRefusal;
    sinceRefusal.start();
    CHECK_FALSE(finished.first().at(0).toBool());
    CHECK_PHASES(log, Phase::Pushing, Phase::Backoff);
    CHECK(a.engine().state() == SyncEngine::State::Error);
    CHECK(a.engine().lastProblem().httpStatus == 503);

    // Our own first backoff would retry within a second; the server asked for two.
    proxy.setTargetPort(chain.server.port());
    REQUIRE(waitFor([&] { return finished.count() == 2; }, 15000));
    const qint64 retriedAfter = sinceRefusal.elapsed();
    INFO("retried after " << retriedAfter << " ms");
    CHECK(retriedAfter >= 1900);
    CHECK(finished.last().at(0).toBool());
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
    CHECK(a.notebook().pendingMutationCount() == 0);
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: a pull page that is not JSON is a cut answer: its cursor is not taken and the next cycle goes on",
          "[sync][phases]")
{
    ProxiedDevice scene;
    Chain &chain = scene.chain;
    TcpProxy &proxy = scene.proxy;
    Device &a = scene.a;
    const QString cursor = a.notebook().pullCursor();
    const int clients = a.notebook().clientCount();
    REQUIRE_FALSE(cursor.isEmpty());

    Gateway cut(Gateway::Mode::NotJson);
    proxy.setTargetPort(cut.port());
    PhaseLog log(a.engine());
    CHECK_FALSE(a.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Offline);
    CHECK(cut.pulls() == 1);
    CHECK(a.engine().lastProblem().code == SyncError::Unreachable);
    CHECK(a.notebook().pullCursor() == cursor);
    CHECK(a.notebook().clientCount() == clients);

    // The real server again: the next cycle pulls from where the device stood.
    proxy.setTargetPort(chain.server.port());
    Device b(QStringLiteral("B"));
    signInOrFail(b, proxy.url(), chain.sam);
    createClient(b.notebook(), QStringLiteral("After"), QStringLiteral("Cut"));
    REQUIRE(b.sync());
    REQUIRE(a.sync());
    CHECK(a.notebook().clientCount() == clients + 1);
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: a garbled page is refused whole, in a pull and in a snapshot, and nothing of it is kept",
          "[sync][phases][snapshot]")
{
    ProxiedDevice scene;
    Chain &chain = scene.chain;
    TcpProxy &proxy = scene.proxy;
    Device &a = scene.a;
    const QString cursor = a.notebook().pullCursor();
    const int clients = a.notebook().clientCount();
    REQUIRE_FALSE(cursor.isEmpty());

    Gateway garbled(Gateway::Mode::Garbled);
    proxy.setTargetPort(garbled.port());
    PhaseLog log(a.engine());
    SECTION("a pull page")
    {
        CHECK_FALSE(a.sync());
        CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Backoff);
        CHECK(garbled.pulls() == 1);
        CHECK(a.notebook().pullCursor() == cursor); // the page's cursor was not taken
        CHECK(a.notebook().clientCount() == clients);
    }
    SECTION("a snapshot page")
    {
        REQUIRE(LocalData::wipe(a.notebook()).ok());
        CHECK_FALSE(a.sync());
        CHECK_PHASES(log, Phase::Pushing, Phase::Snapshot, Phase::Backoff);
        CHECK(garbled.snapshots() == 1);
        CHECK(a.notebook().pullCursor().isEmpty());
        CHECK(a.notebook().clientCount() == 0);
        CHECK(a.notebook().snapshotProgress().next.isEmpty());
    }
    SECTION("a snapshot page whose next-page header disagrees with its body")
    {
        Gateway misannounced(Gateway::Mode::Misannounced);
        proxy.setTargetPort(misannounced.port());
        REQUIRE(LocalData::wipe(a.notebook()).ok());
        CHECK_FALSE(a.sync());
        CHECK_PHASES(log, Phase::Pushing, Phase::Snapshot, Phase::Backoff);
        // The page after was asked for on the header as the answer came in, before the body
        // was read and refused; its answer is dropped.
        CHECK(waitFor([&] { return misannounced.snapshots() == 2; }, 5000));
        CHECK(a.notebook().pullCursor().isEmpty());
        CHECK(a.notebook().clientCount() == 0);
        CHECK(a.notebook().snapshotProgress().next.isEmpty());
    }
    CHECK(a.engine().lastProblem().code == SyncError::MalformedPage);
    CHECK_FALSE(a.engine().statusText().isEmpty());

    // The real server again: the next cycle goes on from where the device stood.
    proxy.setTargetPort(chain.server.port());
    REQUIRE(a.sync());
    CHECK(a.notebook().clientCount() == clients);
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: a snapshot from a server without the next-page header asks for each page once, after reading "
          "the one before",
          "[sync][phases][snapshot]")
{
    ProxiedDevice scene;
    TcpProxy &proxy = scene.proxy;
    Device &a = scene.a;
    Gateway older(Gateway::Mode::Unannounced);
    proxy.setTargetPort(older.port());
    REQUIRE(LocalData::wipe(a.notebook()).ok());
    PhaseLog log(a.engine());
    REQUIRE(a.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Snapshot, Phase::Pulling, Phase::Idle);
    CHECK(older.snapshotAfters() == QStringList{QString(), QStringLiteral("page2"), QStringLiteral("page3")});
    CHECK(a.notebook().clientCount() == 3);
    CHECK(a.notebook().pullCursor() == QStringLiteral("999999"));
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: one person's ended session on a shared tablet", "[sync][phases]")
{
    Chain chain({jon});
    Device tablet(QStringLiteral("tablet"));
    signInOrFail(tablet, chain.server.url(), jon);
    const QString jonId = tablet.engine().staffId();
    const QString clientId = createClient(tablet.notebook(), QStringLiteral("Shared"));
    REQUIRE(tablet.sync());
    PhaseLog log(tablet.engine());
    signInOrFail(tablet, chain.server.url(), chain.alex);
    // Someone joining a signed-in tablet is no sign-in phase: the tablet stays in sync.
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
    const QString alexId = tablet.engine().staffId();

    REQUIRE(tablet.engine().activate(jonId));
    addNote(tablet.notebook(), clientId, QStringLiteral("Jon's note before the reset"));
    {
        const auto token = FileTokenStore(tablet.dataDir()).load(QStringLiteral("device-%1").arg(tablet.notebook().deviceId()));
        REQUIRE(token.has_value());
        RawClient raw(chain.server.url());
        raw.setToken(*token);
        REQUIRE(raw.request("DELETE", QStringLiteral("/v1/session")).status == 204);
    }
    REQUIRE(tablet.engine().activate(alexId));
    // Jon's change waits for him; the cycle still pulls and ends well for everyone else.
    CHECK(tablet.sync());
    CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
    CHECK(tablet.engine().lastErrorCode() == SyncError::WaitingForPerson);
    CHECK(tablet.engine().signedIn());
    CHECK(tablet.engine().pendingCount() == 1);
    CHECK(tablet.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Phases: live pull falls back to periodic pulls when a wait is not held or is cut", "[sync][phases][live]")
{
    Chain chain;
    TcpProxy proxy(chain.server.port());
    Device a(QStringLiteral("A"));
    signInOrFail(a, proxy.url(), chain.sam);
    PhaseLog log(a.engine());

    SECTION("a server that answers a waiting pull at once")
    {
        Gateway old(Gateway::Mode::EmptyPages);
        proxy.setTargetPort(old.port());
        a.engine().setAutomaticSync(true);
        REQUIRE(a.sync());
        REQUIRE(settlesIn(a.engine(), Phase::Idle));
        const int pulls = old.pulls();
        waitFor([] { return false; }, 1500); // time for a tight loop to show itself
        CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle, Phase::LiveWait, Phase::Idle);
        CHECK(old.pulls() == pulls);
        CHECK(old.waits() >= 1);
        CHECK(a.engine().liveFallbackActive());
        // Later cycles pull periodically without opening another wait.
        const int waits = old.waits();
        REQUIRE(a.sync());
        CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle);
        CHECK(old.waits() == waits);
    }
    SECTION("a proxy that cuts long requests")
    {
        Gateway cutting(Gateway::Mode::CutWaits);
        proxy.setTargetPort(cutting.port());
        a.engine().setAutomaticSync(true);
        REQUIRE(a.sync());
        // Cut after 300 ms: one ordinary cycle a second later, then periodic pulls only.
        // (Qt itself may resend a request cut on a kept-alive connection, so requests are not counted one by one.)
        QSignalSpy synced(&a.engine(), &SyncEngine::syncFinished);
        REQUIRE(synced.wait(5000));
        REQUIRE(settlesIn(a.engine(), Phase::Idle));
        const int pulls = cutting.pulls();
        waitFor([] { return false; }, 1500); // time for a tight loop to show itself
        CHECK_PHASES(log, Phase::Pushing, Phase::Pulling, Phase::Idle, Phase::LiveWait, Phase::Idle, Phase::Pushing,
                     Phase::Pulling, Phase::Idle);
        CHECK(cutting.pulls() == pulls);
        CHECK(cutting.waits() >= 1);
        CHECK(a.engine().liveFallbackActive());
    }
    CHECK(a.engine().unexpectedTransitions() == 0);
}

TEST_CASE("Live pull: a note saved on one device appears on a waiting device within about a second", "[sync][phases][live]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.alex);
    const QString clientId = createClient(a.notebook(), QStringLiteral("Live"));
    REQUIRE(a.sync());
    b.engine().setAutomaticSync(true); // live pull rides on automatic sync
    REQUIRE(b.sync());
    REQUIRE(b.notebook().client(clientId).has_value());
    PhaseLog log(b.engine());
    // The server holds the wait: B is still waiting, with no fallback, well after it asked.
    waitFor([] { return false; }, 1500);
    REQUIRE(b.engine().phase() == Phase::LiveWait);
    CHECK_FALSE(b.engine().liveFallbackActive());

    for (int round = 0; round < 3; ++round) {
        const QString noteId = addNote(a.notebook(), clientId, QStringLiteral("Live note %1").arg(round));
        QElapsedTimer sinceSave;
        sinceSave.start();
        REQUIRE(a.sync());
        const qint64 pushed = sinceSave.elapsed();
        REQUIRE(waitFor([&] { return findNote(b.notebook(), clientId, noteId).has_value(); }, 10000));
        const qint64 seen = sinceSave.elapsed();
        qInfo("live pull: note saved on A, pushed in %lld ms, on B after %lld ms", pushed, seen);
        CHECK(seen < 1500);
        // B applied it like a pulled page and waits again, without a cycle of its own.
        REQUIRE(settlesIn(b.engine(), Phase::LiveWait));
        CHECK_PHASES(log, Phase::Pulling, Phase::Idle, Phase::LiveWait);
    }

    // A change made on B while it waits goes out at once: the wait gives way and opens again after.
    b.engine().setDebounceInterval(0);
    const QString fromB = addNote(b.notebook(), clientId, QStringLiteral("Written while waiting"));
    REQUIRE(waitFor([&] { return b.notebook().pendingMutationCount() == 0; }, 10000));
    REQUIRE(settlesIn(b.engine(), Phase::LiveWait));
    CHECK_PHASES(log, Phase::Idle, Phase::Pushing, Phase::Pulling, Phase::Idle, Phase::LiveWait);
    REQUIRE(a.sync());
    CHECK(findNote(a.notebook(), clientId, fromB).has_value());
    CHECK(b.engine().unexpectedTransitions() == 0);
}
