// Handing a book over across real devices and a real rapport-server: the new associate and the
// handover notes reach every device, a tablet that was offline during the handover keeps what
// it wrote, and an associate's own handover is refused by the server with its reason.
#include "fixture.h"

#include "handover.h"

#include <QSignalSpy>

using namespace rapport;
using namespace rapport::test;

namespace {

const Login kPriya{QStringLiteral("priya"), QStringLiteral("priya-secret-1"), QStringLiteral("associate")};

QString staffIdOf(Notebook &notebook, const QString &login)
{
    for (const Staff &member : notebook.staff()) {
        if (member.login == login)
            return member.id;
    }
    return {};
}

int handoverNotes(Notebook &notebook, const QString &clientId)
{
    int count = 0;
    for (const Note &note : notebook.notesForClient(clientId)) {
        if (note.body.contains(QStringLiteral("Handed over")))
            ++count;
    }
    return count;
}

} // namespace

TEST_CASE("A handed-over book converges on three devices, with one offline during the handover", "[sync][handover]")
{
    Chain chain({kPriya});
    Device desk(QStringLiteral("desk")); // sam, a manager
    Device tabA(QStringLiteral("tabA")); // alex, whose book is handed over
    Device tabB(QStringLiteral("tabB")); // alex again, on a tablet that goes offline
    signInOrFail(desk, chain.server.url(), chain.sam);
    signInOrFail(tabA, chain.server.url(), chain.alex);
    signInOrFail(tabB, chain.server.url(), chain.alex);

    const QString first = createClient(tabA.notebook(), QStringLiteral("Maria"), QStringLiteral("Lopez"));
    const QString second = createClient(tabA.notebook(), QStringLiteral("Tom"), QStringLiteral("Berg"));
    const QString alex = tabA.notebook().client(first)->associateId;
    REQUIRE_FALSE(alex.isEmpty());
    REQUIRE(tabA.notebook().client(second)->associateId == alex);
    for (int round = 0; round < 2; ++round) {
        REQUIRE(tabA.sync());
        REQUIRE(desk.sync());
        REQUIRE(tabB.sync());
    }
    const QString priya = staffIdOf(desk.notebook(), kPriya.login);
    REQUIRE_FALSE(priya.isEmpty());

    // tabB is offline: alex writes a note for one of the clients and edits the other's interests.
    const QString offlineNote = addNote(tabB.notebook(), first, QStringLiteral("Tried the boots on, size 39"));
    ClientChanges interests;
    interests.interests = QStringLiteral("Trail running");
    REQUIRE(tabB.notebook().updateClient(second, interests).ok());

    // The manager hands alex's whole book to priya, with a reason.
    const Result<int> handed = Handover(desk.notebook()).reassignBook(alex, priya, QStringLiteral("Alex moved store"));
    INFO(handed.errorMessage().toStdString());
    REQUIRE(handed.ok());
    CHECK(*handed == 2);
    REQUIRE(desk.sync());
    REQUIRE(tabA.sync());

    // tabB comes back; then everyone syncs until nothing is new.
    REQUIRE(tabB.sync());
    for (int round = 0; round < 2; ++round) {
        REQUIRE(desk.sync());
        REQUIRE(tabA.sync());
        REQUIRE(tabB.sync());
    }
    const QString reference = snapshot(desk.notebook());
    CHECK_SAME_DATA(snapshot(tabA.notebook()), reference);
    CHECK_SAME_DATA(snapshot(tabB.notebook()), reference);
    for (Device *device : {&desk, &tabA, &tabB}) {
        INFO(device->name().toStdString());
        Notebook &nb = device->notebook();
        CHECK(nb.client(first)->associateId == priya);
        CHECK(nb.client(second)->associateId == priya);
        CHECK(handoverNotes(nb, first) == 1);
        CHECK(handoverNotes(nb, second) == 1);
        // What the offline tablet wrote stays, beside the handover.
        CHECK(findNote(nb, first, offlineNote));
        CHECK(nb.client(second)->interests == QStringLiteral("Trail running"));
    }
    CHECK(desk.engine().rejectedCount() == 0);
    CHECK(tabB.engine().rejectedCount() == 0);
}

TEST_CASE("An associate cannot hand a client to someone else: the device refuses, and so does the server",
          "[sync][handover]")
{
    Chain chain({kPriya});
    Device desk(QStringLiteral("desk")); // sam, a manager until the server says otherwise
    Device tab(QStringLiteral("tab"));   // alex
    signInOrFail(desk, chain.server.url(), chain.sam);
    signInOrFail(tab, chain.server.url(), chain.alex);
    const QString client = createClient(tab.notebook(), QStringLiteral("Ann"), QStringLiteral("Lee"));
    REQUIRE(tab.sync());
    REQUIRE(desk.sync());
    const QString alex = tab.notebook().client(client)->associateId;
    const QString priya = staffIdOf(desk.notebook(), kPriya.login);
    REQUIRE_FALSE(priya.isEmpty());

    // On the associate's tablet the app refuses before anything is written.
    const Result<int> refused = Handover(tab.notebook()).reassign({client}, priya);
    CHECK_FALSE(refused.ok());
    CHECK_FALSE(refused.errorMessage().isEmpty());
    CHECK(tab.notebook().client(client)->associateId == alex);

    // Sam hands the client over offline; before the desktop syncs, an admin makes Sam an associate.
    REQUIRE(Handover(desk.notebook()).reassign({client}, priya).ok());
    chain.server.admin({QStringLiteral("set-role"), QStringLiteral("--db"), chain.server.dbPath(),
                        QStringLiteral("--login"), QStringLiteral("sam"), QStringLiteral("--role"),
                        QStringLiteral("associate")});
    QSignalSpy rejected(&desk.engine(), &SyncEngine::changesRejected);
    REQUIRE(desk.sync());
    QStringList reasons;
    for (const QList<QVariant> &signal : rejected)
        reasons << signal.at(1).toStringList();
    INFO(reasons.join(QLatin1Char('\n')).toStdString());
    CHECK(std::any_of(reasons.cbegin(), reasons.cend(), [](const QString &r) {
        return r.contains(QStringLiteral("Only a manager or admin can hand a client over"));
    }));

    // The server kept the client with alex: another device still sees it so.
    REQUIRE(tab.sync());
    CHECK(tab.notebook().client(client)->associateId == alex);
}
