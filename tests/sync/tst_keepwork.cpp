// Nothing a device has written is thrown away: an ended session keeps the device's
// work until someone signs in again, batches fit the server's limit, and text arrives
// on other devices byte for byte.
#include "fixture.h"
#include "pushbatch.h"
#include "rawclient.h"
#include "tokenstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>

using namespace rapport;
using namespace rapport::test;

namespace {

/** Ends the device's session on the server, as a password reset or an expiry does. */
void endSessionOnServer(Device &device, const QString &url)
{
    const auto token = FileTokenStore(device.dataDir()).load(QStringLiteral("device-%1").arg(device.notebook().deviceId()));
    REQUIRE(token.has_value());
    RawClient raw(url);
    raw.setToken(*token);
    REQUIRE(raw.request("DELETE", QStringLiteral("/v1/session")).status == 204);
}

} // namespace

TEST_CASE("A session the server ended keeps the device's work, and signing in again sends it", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    const QString synced = createClient(a.notebook(), QStringLiteral("Synced-Before"));
    REQUIRE(a.sync());

    endSessionOnServer(a, chain.server.url());
    const QString unsent = createClient(a.notebook(), QStringLiteral("Written-After-The-Session-Ended"));
    REQUIRE(a.engine().pendingCount() == 1);

    QSignalSpy wiped(&a.engine(), &SyncEngine::localDataWiped);
    CHECK_FALSE(a.sync());
    CHECK(wiped.isEmpty());
    CHECK(a.engine().state() == SyncEngine::State::SignInRequired);
    CHECK(a.engine().signInRequired());
    CHECK_FALSE(a.engine().signedIn());
    CHECK(a.engine().lastErrorCode() == SyncError::SignInAgain);
    CHECK(a.engine().statusText().contains(QStringLiteral("sign in again"), Qt::CaseInsensitive));
    CHECK(a.engine().pendingCount() == 1);
    CHECK(a.notebook().client(synced).has_value());
    CHECK(a.notebook().client(unsent).has_value());

    // The app is closed and opened again: still waiting for a sign-in, nothing lost.
    {
        SyncEngine reopened(&a.notebook(), a.dataDir(), std::make_unique<FileTokenStore>(a.dataDir()));
        CHECK(reopened.signInRequired());
        CHECK(reopened.state() == SyncEngine::State::SignInRequired);
        CHECK(reopened.serverUrl() == chain.server.url());
        CHECK(reopened.login() == chain.sam.login);
    }

    signInOrFail(a, chain.server.url(), chain.sam);
    CHECK(a.engine().pendingCount() == 0);
    CHECK_FALSE(a.engine().signInRequired());

    Device b(QStringLiteral("B"));
    signInOrFail(b, chain.server.url(), chain.alex);
    CHECK(b.notebook().client(unsent).has_value());
    CHECK(b.notebook().client(synced).has_value());
}

TEST_CASE("Forty large notes go out in batches within the server's limit", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    const QString clientId = createClient(a.notebook(), QStringLiteral("Large-Notes"));
    // 40 notes of 40,000 three-byte characters: about 4.6 MiB in all, over the 4 MiB limit.
    const QString big(40000, QChar(0x20AC));
    QStringList ids;
    for (int i = 0; i < 40; ++i)
        ids.append(addNote(a.notebook(), clientId, QStringLiteral("%1 ").arg(i) + big));
    REQUIRE(a.sync());
    CHECK(a.engine().pendingCount() == 0);
    CHECK(a.engine().rejectedCount() == 0);

    Device b(QStringLiteral("B"));
    signInOrFail(b, chain.server.url(), chain.alex);
    for (int i = 0; i < ids.size(); ++i) {
        const auto note = findNote(b.notebook(), clientId, ids.at(i));
        REQUIRE(note.has_value());
        CHECK(note->body == QStringLiteral("%1 ").arg(i) + big);
    }
}

TEST_CASE("A change the server could never take is refused on the device, with the reason, and the rest still go",
          "[sync]")
{
    Chain chain;
    chain.server.stop();
    chain.server.setExtraServeArguments({QStringLiteral("--max-body-bytes"), QStringLiteral("65536")});
    chain.server.start();
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    CHECK(a.engine().maxPushBytes() == 65536); // announced at sign-in
    const QString clientId = createClient(a.notebook(), QStringLiteral("Limits"));
    const QString tooLarge = addNote(a.notebook(), clientId, QString(30000, QChar(0x20AC))); // 90 KB
    const QString fine = addNote(a.notebook(), clientId, QStringLiteral("A short note after the large one"));

    QSignalSpy rejected(&a.engine(), &SyncEngine::changesRejected);
    REQUIRE(a.sync());
    CHECK(a.engine().pendingCount() == 0);
    CHECK(a.engine().rejectedCount() == 1);
    CHECK(a.engine().lastRejection().contains(QStringLiteral("KB")));
    REQUIRE(rejected.count() == 1);
    CHECK(findNote(a.notebook(), clientId, tooLarge).has_value()); // still on this device

    Device b(QStringLiteral("B"));
    signInOrFail(b, chain.server.url(), chain.alex);
    CHECK(findNote(b.notebook(), clientId, fine).has_value());
    CHECK_FALSE(findNote(b.notebook(), clientId, tooLarge).has_value());
}

TEST_CASE("Text reaches other devices byte for byte: BOM, NUL, combining and bidi marks", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    Device b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.alex);
    const QString texts[] = {
        QString(QChar(0xFEFF)) + QStringLiteral("begins with a byte order mark"),
        QStringLiteral("nul") + QChar(0) + QStringLiteral("inside"),
        QStringLiteral("e") + QChar(0x0301) + QStringLiteral(" combining"),
        QChar(0x200F) + QStringLiteral("\u05E9\u05DC\u05D5\u05DD") + QChar(0x200E) + QStringLiteral(" marks"),
    };
    const QString clientId = createClient(a.notebook(), QString(QChar(0xFEFF)) + QStringLiteral("Bom"));
    QStringList ids;
    for (const QString &text : texts)
        ids.append(addNote(a.notebook(), clientId, text));
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    for (int i = 0; i < ids.size(); ++i) {
        INFO(texts[i].toUtf8().toHex().toStdString());
        const auto onA = findNote(a.notebook(), clientId, ids.at(i));
        const auto onB = findNote(b.notebook(), clientId, ids.at(i));
        REQUIRE(onA.has_value());
        REQUIRE(onB.has_value());
        CHECK(onA->body == texts[i]);
        CHECK(onB->body == texts[i]);
    }
    REQUIRE(b.notebook().client(clientId).has_value());
    CHECK(b.notebook().client(clientId)->givenName == QString(QChar(0xFEFF)) + QStringLiteral("Bom"));
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));

    // A fresh device pulling everything from the server agrees too.
    Device c(QStringLiteral("C"));
    signInOrFail(c, chain.server.url(), chain.sam);
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(c.notebook()));
}

TEST_CASE("A push batch is built within the byte limit and refuses what can never be sent", "[sync]")
{
    const auto mutation = [](qint64 mid, const QString &body) {
        Mutation m;
        m.mid = mid;
        m.entity = QStringLiteral("note");
        m.entityId = QStringLiteral("0191f0c2-7a3b-7c4d-8e5f-%1").arg(mid, 12, 10, QLatin1Char('0'));
        m.op = QStringLiteral("upsert");
        m.hlc = QStringLiteral("001764000000000-00000-0191f0c2-7a3b-7c4d-8e5f-0123456789ab");
        m.fieldsJson = QString::fromUtf8(QJsonDocument(QJsonObject{{QStringLiteral("body"), body}}).toJson());
        m.baseJson = QStringLiteral("{}");
        return m;
    };
    const QList<Mutation> outbox{mutation(1, QString(100, QLatin1Char('a'))), mutation(2, QString(100, QLatin1Char('b'))),
                                 mutation(3, QString(5000, QLatin1Char('c'))), mutation(4, QString(10, QLatin1Char('d')))};
    const PushBatch first = PushBatch::build(outbox, 1024, 1000);
    CHECK(first.count == 2);
    CHECK(first.lastMid == 2);
    CHECK(first.refused.isEmpty());
    CHECK(first.body.size() <= 1024);

    // The oversized change comes first next time: refused with a reason, the next one goes.
    const PushBatch second = PushBatch::build(outbox.mid(2), 1024, 1000);
    REQUIRE(second.refused.size() == 1);
    CHECK(second.refused.first().mid == 3);
    CHECK_FALSE(second.refused.first().reason.isEmpty());
    CHECK(second.count == 1);
    CHECK(second.lastMid == 4);

    // Invalid text (a lone surrogate) is refused by the protocol's own rules.
    const PushBatch invalid = PushBatch::build({mutation(5, QStringLiteral("x") + QChar(0xD800))}, 1 << 20, 1000);
    REQUIRE(invalid.refused.size() == 1);
    CHECK(invalid.count == 0);
    CHECK(invalid.body.isEmpty());

    const PushBatch counted = PushBatch::build(outbox, 1 << 20, 3);
    CHECK(counted.count == 3);
}
