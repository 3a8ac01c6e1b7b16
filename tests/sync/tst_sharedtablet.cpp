// A tablet shared by several people: each signs in once with their own password, each change
// goes to the server with its writer's session, they switch back with a PIN, and one person's
// ended session never holds up or loses anyone's work.
#include "fixture.h"
#include "rawclient.h"
#include "tokenstore.h"

#include <QFile>
#include <QSignalSpy>

using namespace rapport;
using namespace rapport::test;

namespace {

QVariantMap personNamed(SyncEngine &engine, const QString &login)
{
    for (const QVariant &p : engine.people()) {
        if (p.toMap().value(QStringLiteral("login")).toString() == login)
            return p.toMap();
    }
    return {};
}

const Login jon{QStringLiteral("jon"), QStringLiteral("jon-secret-1"), QStringLiteral("associate")};

} // namespace

TEST_CASE("Two people on one tablet: each note reaches the server under its real author", "[sync]")
{
    Chain chain({jon});
    Device tablet(QStringLiteral("tablet"));
    signInOrFail(tablet, chain.server.url(), chain.alex);
    const QString alexId = tablet.engine().staffId();
    const QString clientId = createClient(tablet.notebook(), QStringLiteral("Shared"));
    const QString alexNote = addNote(tablet.notebook(), clientId, QStringLiteral("Alex: wants a masonry bit"));

    // Jon signs in on the same tablet; Alex stays signed in.
    signInOrFail(tablet, chain.server.url(), jon);
    const QString jonId = tablet.engine().staffId();
    REQUIRE(jonId != alexId);
    CHECK(tablet.engine().people().size() == 2);
    CHECK(tablet.notebook().currentStaffId() == jonId);
    const QString jonNote = addNote(tablet.notebook(), clientId, QStringLiteral("Jon: showed the hooks"));
    REQUIRE(tablet.sync());
    CHECK(tablet.engine().pendingCount() == 0);
    CHECK(tablet.engine().rejectedCount() == 0);

    Device other(QStringLiteral("other"));
    signInOrFail(other, chain.server.url(), chain.sam);
    const auto a = findNote(other.notebook(), clientId, alexNote);
    const auto j = findNote(other.notebook(), clientId, jonNote);
    REQUIRE(a.has_value());
    REQUIRE(j.has_value());
    CHECK(a->authorId == alexId);
    CHECK(j->authorId == jonId);

    // The session file keeps both people and neither token nor PIN in plain text.
    QFile session(tablet.dataDir() + QStringLiteral("/session.json"));
    REQUIRE(session.open(QIODevice::ReadOnly));
    CHECK(session.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                    | QFileDevice::ReadUser | QFileDevice::WriteUser));
}

TEST_CASE("A PIN switches back to a person, and five wrong PINs need the password", "[sync]")
{
    Chain chain({jon});
    Device tablet(QStringLiteral("tablet"));
    signInOrFail(tablet, chain.server.url(), chain.alex);
    const QString alexId = tablet.engine().staffId();
    CHECK_FALSE(tablet.engine().activeHasPin());
    CHECK_FALSE(tablet.engine().setPin(QStringLiteral("12")).isEmpty());
    CHECK_FALSE(tablet.engine().setPin(QStringLiteral("12a4")).isEmpty());
    REQUIRE(tablet.engine().setPin(QStringLiteral("2580")).isEmpty());
    CHECK(tablet.engine().activeHasPin());

    signInOrFail(tablet, chain.server.url(), jon);
    const QString jonId = tablet.engine().staffId();
    REQUIRE(tablet.engine().setPin(QStringLiteral("1379")).isEmpty());

    // Only a hash is kept.
    QFile session(tablet.dataDir() + QStringLiteral("/session.json"));
    REQUIRE(session.open(QIODevice::ReadOnly));
    const QByteArray text = session.readAll();
    CHECK_FALSE(text.contains("2580"));
    CHECK(text.contains("$argon2id$"));

    using R = SyncEngine::PinResult;
    CHECK(tablet.engine().unlock(alexId, QStringLiteral("1379")) == R::Wrong); // Jon's PIN is not Alex's
    CHECK(tablet.notebook().currentStaffId() == jonId);
    CHECK(tablet.engine().unlock(alexId, QStringLiteral("2580")) == R::Unlocked);
    CHECK(tablet.engine().staffId() == alexId);
    CHECK(tablet.notebook().currentStaffId() == alexId);
    CHECK(tablet.engine().pinTriesLeft(alexId) == SyncEngine::MaxPinTries); // a success starts the count again

    for (int i = 1; i < SyncEngine::MaxPinTries; ++i) {
        CHECK(tablet.engine().unlock(jonId, QStringLiteral("0000")) == R::Wrong);
        CHECK(tablet.engine().pinTriesLeft(jonId) == SyncEngine::MaxPinTries - i);
    }
    CHECK(tablet.engine().unlock(jonId, QStringLiteral("0000")) == R::LockedOut);
    CHECK(tablet.engine().unlock(jonId, QStringLiteral("1379")) == R::PasswordNeeded);
    CHECK(tablet.engine().staffId() == alexId);
    CHECK(personNamed(tablet.engine(), QStringLiteral("jon")).value(QStringLiteral("hasPin")).toBool() == false);

    // The lock-out survives the app being closed and opened again.
    {
        SyncEngine reopened(&tablet.notebook(), tablet.dataDir(), std::make_unique<FileTokenStore>(tablet.dataDir()));
        reopened.setAutomaticSync(false);
        CHECK(reopened.people().size() == 2);
        CHECK(reopened.unlock(jonId, QStringLiteral("1379")) == R::PasswordNeeded);
        CHECK(reopened.unlock(alexId, QStringLiteral("2580")) == R::Unlocked);
    }

    // Jon's password lets him in again; he chooses a new PIN.
    signInOrFail(tablet, chain.server.url(), jon);
    CHECK(tablet.engine().staffId() == jonId);
    REQUIRE(tablet.engine().setPin(QStringLiteral("4682")).isEmpty());
    CHECK(tablet.engine().unlock(alexId, QStringLiteral("2580")) == R::Unlocked);
    CHECK(tablet.engine().unlock(jonId, QStringLiteral("4682")) == R::Unlocked);
}

TEST_CASE("One person's ended session holds their changes only, and signing in again sends them", "[sync]")
{
    Chain chain({jon});
    Device tablet(QStringLiteral("tablet"));
    signInOrFail(tablet, chain.server.url(), jon);
    const QString jonId = tablet.engine().staffId();
    const QString clientId = createClient(tablet.notebook(), QStringLiteral("Waiting"));
    REQUIRE(tablet.sync());
    signInOrFail(tablet, chain.server.url(), chain.alex);
    const QString alexId = tablet.engine().staffId();
    REQUIRE(tablet.engine().setPin(QStringLiteral("2580")).isEmpty());

    // Jon's session is ended on the server (say, his password was reset) while he writes.
    REQUIRE(tablet.engine().activate(jonId));
    const QString jonNote = addNote(tablet.notebook(), clientId, QStringLiteral("Jon's note written before the reset"));
    {
        // Jon signed in first: his token keeps the device's original name.
        const auto token = FileTokenStore(tablet.dataDir())
                               .load(QStringLiteral("device-%1").arg(tablet.notebook().deviceId()));
        REQUIRE(token.has_value());
        RawClient raw(chain.server.url());
        raw.setToken(*token);
        REQUIRE(raw.request("DELETE", QStringLiteral("/v1/session")).status == 204);
    }
    REQUIRE(tablet.engine().activate(alexId));
    const QString alexNote = addNote(tablet.notebook(), clientId, QStringLiteral("Alex's note after Jon's"));

    QSignalSpy wiped(&tablet.engine(), &SyncEngine::localDataWiped);
    tablet.sync();
    CHECK(wiped.isEmpty());
    CHECK(tablet.engine().pendingCount() == 2); // Jon's, and Alex's behind it, wait
    CHECK(tablet.engine().signedIn());
    INFO("status: " << tablet.engine().statusText().toStdString());
    CHECK(tablet.engine().lastErrorCode() == SyncError::WaitingForPerson);
    CHECK(tablet.engine().statusText().contains(QStringLiteral("Changes by jon wait until jon signs in again")));
    CHECK(personNamed(tablet.engine(), QStringLiteral("jon")).value(QStringLiteral("signInRequired")).toBool());
    // Nobody can sign Jon out of the tablet while his change waits.
    QString reason;
    CHECK_FALSE(tablet.engine().signOutPerson(jonId, &reason));
    CHECK(reason.startsWith(QStringLiteral("1 change of jon has not reached the server yet.")));

    // A colleague's note still arrives meanwhile.
    Device other(QStringLiteral("other"));
    signInOrFail(other, chain.server.url(), chain.sam);
    const QString samNote = addNote(other.notebook(), clientId, QStringLiteral("Sam's note from the desktop"));
    REQUIRE(other.sync());
    tablet.sync();
    CHECK(findNote(tablet.notebook(), clientId, samNote).has_value());

    signInOrFail(tablet, chain.server.url(), jon);
    REQUIRE(tablet.sync());
    CHECK(tablet.engine().pendingCount() == 0);
    CHECK(tablet.engine().rejectedCount() == 0);
    REQUIRE(other.sync());
    const auto j = findNote(other.notebook(), clientId, jonNote);
    const auto a = findNote(other.notebook(), clientId, alexNote);
    REQUIRE(j.has_value());
    REQUIRE(a.has_value());
    CHECK(j->authorId == jonId);
    CHECK(a->authorId == alexId);

    // Now Jon can leave the tablet; Alex stays signed in and becomes the one who writes.
    REQUIRE(tablet.engine().signOutPerson(jonId, &reason));
    CHECK(tablet.engine().people().size() == 1);
    CHECK(tablet.engine().staffId() == alexId);
    CHECK(tablet.engine().signedIn());
    CHECK(tablet.notebook().client(clientId).has_value());
}
