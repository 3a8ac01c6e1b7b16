// Faults between device and server: lost responses, cut, stalled and sliced
// connections through a misbehaving proxy, and a server killed mid-push.
#include "fixture.h"
#include "tcpproxy.h"

#include <QTimer>
#include <QUrl>

using namespace rapport;
using namespace rapport::test;

namespace {

/** What the server holds, seen by a brand-new device pulling from scratch. */
QString serverView(Chain &chain)
{
    Device fresh(QStringLiteral("fresh"));
    signInOrFail(fresh, chain.server.url(), chain.sam);
    return snapshot(fresh.notebook());
}

} // namespace

TEST_CASE("Nothing is lost or doubled when the response to a push is lost", "[fault]")
{
    Chain chain;
    TcpProxy proxy(chain.server.port());
    Device a(QStringLiteral("A"));
    signInOrFail(a, proxy.url(), chain.sam);
    QStringList ids;
    for (int i = 0; i < 30; ++i)
        ids << createClient(a.notebook(), QStringLiteral("Lost%1").arg(i));

    proxy.setFault(TcpProxy::Fault::DropResponse);
    CHECK_FALSE(a.sync());
    CHECK(a.notebook().pendingMutationCount() == 30); // not acknowledged, so kept
    CHECK(a.engine().lastErrorCode() == SyncError::Unreachable);
    CHECK(a.engine().lastError() == QStringLiteral("Server not reachable — you can keep working offline"));
    CHECK(a.engine().state() == SyncEngine::State::Offline);
    CHECK(a.engine().backoffMs() >= 1000);

    proxy.setFault(TcpProxy::Fault::None);
    REQUIRE(a.sync()); // the replay is recognised as already applied
    CHECK(a.notebook().pendingMutationCount() == 0);
    CHECK(a.engine().backoffMs() == 0);
    const QString view = serverView(chain);
    CHECK_SAME_DATA(view, snapshot(a.notebook()));
    for (const QString &id : ids)
        CHECK(view.count(QStringLiteral("client|id=%1|").arg(id)) == 1);
}

TEST_CASE("Cut, stalled and sliced connections end in the same data", "[fault]")
{
    Chain chain;
    TcpProxy proxy(chain.server.port());
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, proxy.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.sam);

    const auto fault = GENERATE(TcpProxy::Fault::CutMidway, TcpProxy::Fault::Stall, TcpProxy::Fault::Slice,
                                TcpProxy::Fault::Refuse);
    INFO("fault " << int(fault));
    for (int i = 0; i < 20; ++i)
        createClient(a.notebook(), QStringLiteral("Cut%1").arg(i));
    createClient(b.notebook(), QStringLiteral("FromB"));
    REQUIRE(b.sync());
    proxy.setFault(fault);
    const bool ok = a.sync();
    if (fault == TcpProxy::Fault::Slice)
        CHECK(ok); // slow is not broken
    if (fault == TcpProxy::Fault::Stall || fault == TcpProxy::Fault::Refuse)
        CHECK_FALSE(ok);
    proxy.setFault(TcpProxy::Fault::None);
    REQUIRE(a.syncUntilOk(3));
    REQUIRE(b.sync());
    CHECK(a.notebook().pendingMutationCount() == 0);
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));
    CHECK_SAME_DATA(snapshot(a.notebook()), serverView(chain));
}

TEST_CASE("The server killed with SIGKILL mid-push loses nothing after restart", "[fault]")
{
    Chain chain;
    TcpProxy proxy(chain.server.port());
    Device a(QStringLiteral("A"));
    signInOrFail(a, proxy.url(), chain.sam);
    a.engine().setPushBatchSize(100);
    for (int i = 0; i < 350; ++i)
        createClient(a.notebook(), QStringLiteral("Killed%1").arg(i));

    // Kill at a different point of the push each round: before, during and after the body.
    const int killAtPush = GENERATE(1, 2, 3);
    int pushesSeen = 0;
    proxy.setUpstreamObserver([&](const QByteArray &chunk) {
        if (chunk.contains("POST /v1/push") && ++pushesSeen == killAtPush)
            QTimer::singleShot(killAtPush * 3, [&] { chain.server.kill(); });
    });
    CHECK_FALSE(a.sync());
    REQUIRE_FALSE(chain.server.running());
    proxy.setUpstreamObserver({});
    chain.server.start();
    proxy.setTargetPort(chain.server.port());
    REQUIRE(a.syncUntilOk(3));
    CHECK(a.notebook().pendingMutationCount() == 0);
    const QString view = serverView(chain);
    CHECK_SAME_DATA(view, snapshot(a.notebook()));
    CHECK(view.count(QStringLiteral("client|id=")) == 350);
}
