// Integration: several devices against the real rapport-server on loopback.
#include "fixture.h"
#include "rawclient.h"
#include "tokenstore.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace rapport;
using namespace rapport::test;

namespace {

QString lastHlc(Notebook &notebook)
{
    const QList<Mutation> pending = notebook.pendingMutations(100000);
    REQUIRE(!pending.isEmpty());
    return pending.last().hlc;
}

int conflictCount(Notebook &notebook, const QString &noteId)
{
    QSqlQuery q(notebook.database().connection());
    q.prepare(QStringLiteral("SELECT count(*) FROM conflict WHERE entity_id = ? AND deleted = 0"));
    q.addBindValue(noteId);
    REQUIRE(q.exec());
    REQUIRE(q.next());
    return q.value(0).toInt();
}

} // namespace

TEST_CASE("Sign-in errors are codes, shown in words", "[sync]")
{
    Chain chain;
    Device device(QStringLiteral("tablet"));
    Login wrong = chain.sam;
    wrong.password = QStringLiteral("not-the-password");
    CHECK(device.signIn(chain.server.url(), wrong)
          == QStringLiteral("Wrong password for “sam”, or no such login on this server. Check both and try again."));
    CHECK(device.engine().signInProblem().code == SyncError::WrongPassword);
    CHECK(device.engine().signInProblem().serverCode == QStringLiteral("invalid_credentials"));
    CHECK_FALSE(device.engine().signedIn());

    // An address that is not a server's is refused at once, without a request.
    QSignalSpy refused(&device.engine(), &SyncEngine::signInFinished);
    device.engine().signIn(QStringLiteral("ftp://rapport.example.com"), chain.sam.login, chain.sam.password);
    REQUIRE(refused.size() == 1);
    CHECK(refused.first().at(1).toString().startsWith(QStringLiteral("“ftp://rapport.example.com” is not a server")));
    CHECK(device.engine().signInProblem().code == SyncError::NotServerAddress);

    // A port nobody listens on: pick the server's, then stop the server.
    const QString url = chain.server.url();
    chain.server.stop();
    const QString offline = device.signIn(url, chain.sam);
    CHECK(offline.startsWith(QStringLiteral("Server not reachable — you can keep working offline once signed in.")));
    CHECK(device.engine().signInProblem().code == SyncError::UnreachableAtSignIn);
}

TEST_CASE("A client created offline on one device appears on another", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.sam);
    CHECK(a.engine().tokenStorage().startsWith(QStringLiteral("Stored in a file only you can read")));

    const QString id = createClient(a.notebook(), QStringLiteral("Oona"), QStringLiteral("Offline"));
    CHECK(a.engine().pendingCount() == 1);
    CHECK_FALSE(b.notebook().client(id).has_value());

    REQUIRE(a.sync());
    CHECK(a.engine().pendingCount() == 0);
    CHECK(a.notebook().pendingMutationCount() == 0);
    REQUIRE(b.sync());
    const auto seen = b.notebook().client(id);
    REQUIRE(seen.has_value());
    CHECK(seen->givenName == QStringLiteral("Oona"));
    CHECK(seen->familyName == QStringLiteral("Offline"));
    CHECK(a.engine().state() == SyncEngine::State::Synced);
    CHECK(a.engine().statusText().startsWith(QStringLiteral("Synced at ")));
}

TEST_CASE("Concurrent edits of different fields both survive", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.sam);
    const QString id = createClient(a.notebook(), QStringLiteral("Field"));
    REQUIRE(a.sync());
    REQUIRE(b.sync());

    ClientChanges phone;
    phone.phone = QStringLiteral("555 123 4567");
    REQUIRE(a.notebook().updateClient(id, phone).ok());
    ClientChanges email;
    email.email = QStringLiteral("field@example.com");
    REQUIRE(b.notebook().updateClient(id, email).ok());

    REQUIRE(a.sync());
    REQUIRE(b.sync());
    REQUIRE(a.sync());
    for (Device *d : {&a, &b}) {
        const auto c = d->notebook().client(id);
        REQUIRE(c.has_value());
        CHECK(c->phone == QStringLiteral("555 123 4567"));
        CHECK(c->email == QStringLiteral("field@example.com"));
    }
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));
}

TEST_CASE("The same field resolves to the same winner everywhere", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B")), c(QStringLiteral("C"));
    for (Device *d : {&a, &b, &c})
        signInOrFail(*d, chain.server.url(), chain.sam);
    const QString id = createClient(a.notebook(), QStringLiteral("Same"));
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    REQUIRE(c.sync());

    ClientChanges fromA, fromB;
    fromA.interests = QStringLiteral("written on A");
    fromB.interests = QStringLiteral("written on B");
    REQUIRE(b.notebook().updateClient(id, fromB).ok());
    const QString hlcB = lastHlc(b.notebook());
    REQUIRE(a.notebook().updateClient(id, fromA).ok());
    const QString hlcA = lastHlc(a.notebook());
    const QString expected = hlcA > hlcB ? *fromA.interests : *fromB.interests;

    // The later writer syncs first: order must not matter.
    REQUIRE((hlcA > hlcB ? a : b).sync());
    REQUIRE((hlcA > hlcB ? b : a).sync());
    for (Device *d : {&a, &b, &c})
        REQUIRE(d->sync());
    for (Device *d : {&a, &b, &c})
        CHECK(d->notebook().client(id)->interests == expected);
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));
    CHECK_SAME_DATA(snapshot(b.notebook()), snapshot(c.notebook()));
}

TEST_CASE("A note-body conflict keeps both texts on every device", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.sam);
    const QString clientId = createClient(a.notebook(), QStringLiteral("Conflicted"));
    Note note;
    note.clientId = clientId;
    note.kind = NoteKind::Conversation;
    note.body = QStringLiteral("Wants a drill");
    auto added = a.notebook().addNote(note);
    REQUIRE(added.ok());
    REQUIRE(a.sync());
    REQUIRE(b.sync());

    Note onA = *a.notebook().note(added->id);
    onA.body = QStringLiteral("Needs a hole in masonry for a picture hook");
    REQUIRE(a.notebook().updateNote(onA).ok());
    Note onB = *b.notebook().note(added->id);
    onB.body = QStringLiteral("Prefers a cordless drill");
    REQUIRE(b.notebook().updateNote(onB).ok());

    REQUIRE(a.sync());
    REQUIRE(b.sync());
    REQUIRE(a.sync());
    const QString bodyA = a.notebook().note(added->id)->body;
    CHECK(bodyA == b.notebook().note(added->id)->body);
    // The losing text is kept as a conflict record, visible on both devices.
    CHECK(conflictCount(a.notebook(), added->id) >= 1);
    CHECK(conflictCount(b.notebook(), added->id) >= 1);
    const QByteArray loser = (bodyA == onA.body ? onB.body : onA.body).toUtf8();
    CHECK(snapshot(a.notebook()).toUtf8().contains(loser));
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));
}

TEST_CASE("A delete reaches the other device", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.sam);
    const QString id = createClient(a.notebook(), QStringLiteral("Gone"));
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    REQUIRE(b.notebook().client(id).has_value());

    REQUIRE(b.notebook().deleteClient(id).ok());
    // A concurrent edit on A must not bring it back: deletes win.
    ClientChanges edit;
    edit.tags = QStringList{QStringLiteral("late")};
    REQUIRE(a.notebook().updateClient(id, edit).ok());
    REQUIRE(b.sync());
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    CHECK_FALSE(a.notebook().client(id).has_value());
    CHECK_FALSE(b.notebook().client(id).has_value());
    CHECK_SAME_DATA(snapshot(a.notebook()), snapshot(b.notebook()));
}

TEST_CASE("A GDPR erase reaches every device and leaves no trace in its files", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")), b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.sam);
    const QString secret = QStringLiteral("Zyxwquorp");
    const QString secretNote = QStringLiteral("allergic-to-qualmbrix");
    const QString id = createClient(a.notebook(), secret, QStringLiteral("Erasable"));
    Note note;
    note.clientId = id;
    note.kind = NoteKind::Need;
    note.body = secretNote;
    REQUIRE(a.notebook().addNote(note).ok());
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    REQUIRE(b.fileBytes().contains(secret.toUtf8()));

    RawClient console(chain.server.url());
    REQUIRE(console.signIn(chain.sam.login, chain.sam.password));
    REQUIRE(console.eraseClient(id) == QStringLiteral("applied"));

    REQUIRE(a.sync());
    REQUIRE(b.sync());
    for (Device *d : {&a, &b}) {
        INFO(d->name().toStdString());
        CHECK_FALSE(d->notebook().client(id).has_value());
        const QByteArray bytes = d->fileBytes();
        CHECK_FALSE(bytes.contains(secret.toUtf8()));
        CHECK_FALSE(bytes.contains(secretNote.toUtf8()));
        CHECK_FALSE(bytes.contains(id.toUtf8())); // not even the id
    }
    // A late write to the erased client is refused and does not come back.
    ClientChanges late;
    late.givenName = QStringLiteral("Again");
    (void)a.notebook().updateClient(id, late);
    (void)a.sync();
    REQUIRE(b.sync());
    CHECK_FALSE(b.notebook().client(id).has_value());
}

TEST_CASE("Echoes are harmless: pulling our own changes changes nothing", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    const QString id = createClient(a.notebook(), QStringLiteral("Echo"));
    ClientChanges more;
    more.phone = QStringLiteral("555 0000");
    REQUIRE(a.notebook().updateClient(id, more).ok());
    const QString before = snapshot(a.notebook());
    REQUIRE(a.sync());
    CHECK(a.notebook().pendingMutationCount() == 0);
    CHECK_SAME_DATA(snapshot(a.notebook()), before);
    // Pull everything again from the start: still nothing changes, nothing is queued.
    Device again(QStringLiteral("A-again"));
    signInOrFail(again, chain.server.url(), chain.sam);
    REQUIRE(a.sync());
    CHECK(a.notebook().pendingMutationCount() == 0);
    CHECK_SAME_DATA(snapshot(a.notebook()), before);
    CHECK_SAME_DATA(snapshot(again.notebook()), before);
}

TEST_CASE("A revoked device wipes itself at its next contact", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    const QString secret = QStringLiteral("Revokable-Qwmx");
    createClient(a.notebook(), secret);
    REQUIRE(a.sync());
    const QString deviceId = a.engine().serverDeviceId();
    REQUIRE(!deviceId.isEmpty());
    chain.server.admin({QStringLiteral("revoke-device"), QStringLiteral("--db"), chain.server.dbPath(),
                        QStringLiteral("--device"), deviceId});

    QSignalSpy wiped(&a.engine(), &SyncEngine::localDataWiped);
    CHECK_FALSE(a.sync());
    CHECK(wiped.count() == 1);
    CHECK_FALSE(a.engine().signedIn());
    CHECK(a.engine().state() == SyncEngine::State::SignedOut);
    CHECK(a.notebook().clientCount() == 0);
    CHECK_FALSE(a.fileBytes().contains(secret.toUtf8()));
    CHECK_FALSE(FileTokenStore(a.dataDir()).load(QStringLiteral("device-%1").arg(a.notebook().deviceId())));
}

TEST_CASE("A new role and store reach every device on its next pull, deactivation wipes the person's device", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A")); // alex, an associate
    Device b(QStringLiteral("B")); // sam, a manager
    signInOrFail(a, chain.server.url(), chain.alex);
    signInOrFail(b, chain.server.url(), chain.sam);
    const QString alexId = a.engine().staffId();
    REQUIRE(!alexId.isEmpty());
    const QString secret = QStringLiteral("Deactivated-Holder-Zqv");
    createClient(a.notebook(), secret);
    REQUIRE(a.sync());
    REQUIRE(b.notebook().staffById(alexId).has_value());
    REQUIRE(b.notebook().staffById(alexId)->role == StaffRole::Associate);
    const QString db = chain.server.dbPath();
    const QString second =
        chain.server.admin({QStringLiteral("add-store"), QStringLiteral("--db"), db, QStringLiteral("--name"),
                            QStringLiteral("Second Store")}).trimmed();
    REQUIRE(!second.isEmpty());

    chain.server.admin({QStringLiteral("set-role"), QStringLiteral("--db"), db, QStringLiteral("--login"),
                        QStringLiteral("alex"), QStringLiteral("--role"), QStringLiteral("manager")});
    chain.server.admin({QStringLiteral("set-store"), QStringLiteral("--db"), db, QStringLiteral("--login"),
                        QStringLiteral("alex"), QStringLiteral("--store"), QStringLiteral("Second Store")});
    REQUIRE(a.sync());
    REQUIRE(b.sync());
    for (Device *device : {&a, &b}) {
        INFO(device->name().toStdString());
        const auto alex = device->notebook().staffById(alexId);
        REQUIRE(alex.has_value());
        CHECK(alex->role == StaffRole::Manager);
        CHECK(alex->storeId == second);
    }

    chain.server.admin({QStringLiteral("deactivate-staff"), QStringLiteral("--db"), db, QStringLiteral("--login"),
                        QStringLiteral("alex")});
    QSignalSpy wiped(&a.engine(), &SyncEngine::localDataWiped);
    CHECK_FALSE(a.sync());
    CHECK(wiped.count() == 1);
    CHECK_FALSE(a.engine().signedIn());
    CHECK(a.notebook().clientCount() == 0);
    CHECK_FALSE(a.fileBytes().contains(secret.toUtf8()));
    // The other person's device goes on syncing and keeps the client.
    CHECK(b.sync());
    CHECK(b.notebook().clientCount() == 1);
}

TEST_CASE("Sign-out pushes first, refuses to lose changes, then wipes", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    const QString first = createClient(a.notebook(), QStringLiteral("Pushed-Before-Signout"));

    // Server down: sign-out must not wipe unsent work.
    const QString url = chain.server.url();
    chain.server.stop();
    QSignalSpy blocked(&a.engine(), &SyncEngine::signOutBlocked);
    a.engine().signOut();
    REQUIRE(waitFor([&] { return !blocked.isEmpty(); }));
    CHECK(blocked.first().at(0).toInt() == 1);
    CHECK(a.engine().signedIn());
    CHECK(a.notebook().client(first).has_value());

    // Server back: sign-out pushes, then wipes.
    chain.server.start(quint16(QUrl(url).port()));
    QSignalSpy finished(&a.engine(), &SyncEngine::signOutFinished);
    a.engine().signOut();
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }));
    CHECK_FALSE(a.engine().signedIn());
    CHECK(a.notebook().clientCount() == 0);

    Device b(QStringLiteral("B"));
    signInOrFail(b, chain.server.url(), chain.sam);
    CHECK(b.notebook().client(first).has_value());
}

TEST_CASE("An edit triggers a sync by itself", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    a.engine().setDebounceInterval(20);
    a.engine().setAutomaticSync(true);
    QSignalSpy synced(&a.engine(), &SyncEngine::syncFinished);
    createClient(a.notebook(), QStringLiteral("Automatic"));
    REQUIRE(synced.wait(30000));
    CHECK(synced.first().at(0).toBool());
    CHECK(a.notebook().pendingMutationCount() == 0);
}

TEST_CASE("A device clock 10 minutes fast recovers and does not win by cheating", "[sync]")
{
    Chain chain;
    const qint64 tenMinutes = 10 * 60 * 1000;
    Device fast(QStringLiteral("fast"), tenMinutes), honest(QStringLiteral("honest"));
    // Written offline before the device ever talked to the server: stamped 10 minutes ahead.
    const QString id = createClient(fast.notebook(), QStringLiteral("Skewed"));
    CHECK(fast.notebook().pendingMutations().first().hlc
          > HlcStamp{QDateTime::currentMSecsSinceEpoch() + tenMinutes / 2, 0, QString()}.toString());

    signInOrFail(fast, chain.server.url(), chain.sam);
    CHECK(fast.notebook().pendingMutationCount() == 0);
    signInOrFail(honest, chain.server.url(), chain.sam);
    REQUIRE(honest.notebook().client(id).has_value());

    // The fast device edited first in real time, the honest one second: the honest edit must win.
    ClientChanges fromFast, fromHonest;
    fromFast.sizes = QStringLiteral("from the fast clock");
    REQUIRE(fast.notebook().updateClient(id, fromFast).ok());
    fromHonest.sizes = QStringLiteral("from the honest clock");
    REQUIRE(honest.notebook().updateClient(id, fromHonest).ok());
    REQUIRE(honest.sync());
    REQUIRE(fast.sync());
    REQUIRE(honest.sync());
    CHECK(fast.notebook().client(id)->sizes == QStringLiteral("from the honest clock"));
    CHECK(honest.notebook().client(id)->sizes == QStringLiteral("from the honest clock"));
}

TEST_CASE("The app syncs as it starts, without waiting for an edit", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    Device b(QStringLiteral("B"));
    signInOrFail(a, chain.server.url(), chain.sam);
    signInOrFail(b, chain.server.url(), chain.alex);
    const QString id = createClient(a.notebook(), QStringLiteral("Arrives-At-Start"));
    REQUIRE(a.sync());
    REQUIRE_FALSE(b.notebook().client(id).has_value());

    // B's app starts again with its saved session: automatic sync is on, as in the app.
    SyncEngine started(&b.notebook(), b.dataDir(), std::make_unique<FileTokenStore>(b.dataDir()));
    QSignalSpy finished(&started, &SyncEngine::syncFinished);
    REQUIRE(waitFor([&] { return !finished.isEmpty(); }, 30000));
    CHECK(finished.first().at(0).toBool());
    CHECK(b.notebook().client(id).has_value());
}

TEST_CASE("After a server outage the first retries come within seconds, then back off", "[sync]")
{
    Chain chain;
    Device a(QStringLiteral("A"));
    signInOrFail(a, chain.server.url(), chain.sam);
    chain.server.stop();
    QList<int> delays;
    for (int i = 0; i < 9; ++i) {
        CHECK_FALSE(a.sync());
        delays.append(a.engine().backoffMs());
    }
    INFO("backoff after each failure: " << QStringList([&] {
        QStringList out;
        for (int d : delays)
            out << QString::number(d);
        return out;
    }()).join(QLatin1String(", ")).toStdString());
    for (int i = 0; i < 6; ++i)
        CHECK(delays.at(i) <= 4000);
    CHECK(delays.at(8) > 4000);
    CHECK(delays.at(8) <= 5 * 60 * 1000);
}
