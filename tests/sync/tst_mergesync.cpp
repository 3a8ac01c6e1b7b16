// Merging two clients across real devices and a real rapport-server: convergence with a
// device that kept writing to the merged-away client offline, undo, and the role checks.
#include "fixture.h"

#include <QSignalSpy>
#include <QSqlQuery>

using namespace rapport;
using namespace rapport::test;

namespace {

QString addClient(Notebook &notebook, const QString &given, const QString &family, const QString &phone)
{
    ClientChanges c;
    c.givenName = given;
    c.familyName = family;
    c.phone = phone;
    auto created = notebook.createClient(c);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->id;
}

void syncAll(std::initializer_list<Device *> devices, int rounds = 2)
{
    for (int round = 0; round < rounds; ++round) {
        for (Device *device : devices) {
            INFO(device->name().toStdString());
            REQUIRE(device->sync());
        }
    }
}

} // namespace

TEST_CASE("A merge converges on three devices, with one offline writing to the merged-away client", "[sync][merge]")
{
    Chain chain;
    Device desk(QStringLiteral("desk")); // sam, a manager
    Device tabA(QStringLiteral("tabA")); // alex, an associate
    Device tabB(QStringLiteral("tabB")); // alex again, on a second tablet
    signInOrFail(desk, chain.server.url(), chain.sam);
    signInOrFail(tabA, chain.server.url(), chain.alex);
    signInOrFail(tabB, chain.server.url(), chain.alex);

    const QString kept = addClient(tabA.notebook(), QStringLiteral("Maria"), QStringLiteral("Lopez"),
                                   QStringLiteral("07700 900123"));
    const QString other = addClient(tabA.notebook(), QStringLiteral("Maria"), QStringLiteral("Lopez Garcia"),
                                    QStringLiteral("+44 7700 900123"));
    const QString keptNote = addNote(tabA.notebook(), kept, QStringLiteral("Asked about boots"));
    const QString otherNote = addNote(tabA.notebook(), other, QStringLiteral("Needs a waterproof jacket"));
    syncAll({&tabA, &desk, &tabB});
    REQUIRE(desk.notebook().duplicatePairs().size() == 1);

    // tabB is offline: it adds a note to the other record and fills in its interests.
    const QString offlineNote = addNote(tabB.notebook(), other, QStringLiteral("Came back for reproofing spray"));
    ClientChanges interests;
    interests.interests = QStringLiteral("Hill walking");
    REQUIRE(tabB.notebook().updateClient(other, interests).ok());

    // Meanwhile the manager merges on the desktop.
    const Result<ClientMerge> merged = desk.notebook().mergeClients(kept, other);
    INFO(merged.errorMessage().toStdString());
    REQUIRE(merged.ok());
    REQUIRE(desk.sync());
    REQUIRE(tabA.sync());
    CHECK_FALSE(tabA.notebook().client(other));

    // tabB comes back; then everyone syncs until nothing is new.
    REQUIRE(tabB.sync());
    syncAll({&desk, &tabA, &tabB});

    const QString reference = snapshot(desk.notebook());
    CHECK_SAME_DATA(snapshot(tabA.notebook()), reference);
    CHECK_SAME_DATA(snapshot(tabB.notebook()), reference);
    for (Device *device : {&desk, &tabA, &tabB}) {
        INFO(device->name().toStdString());
        Notebook &nb = device->notebook();
        CHECK_FALSE(nb.client(other));
        CHECK(nb.clientCount() == 1);
        CHECK(nb.clientAfterMerges(other) == kept);
        // Every note is on the kept client, the one written offline too.
        CHECK(findNote(nb, kept, keptNote));
        CHECK(findNote(nb, kept, otherNote));
        CHECK(findNote(nb, kept, offlineNote));
        CHECK(nb.notesForClient(other).isEmpty());
        // The offline edit of the other record landed on the kept one.
        CHECK(nb.client(kept)->interests == QStringLiteral("Hill walking"));
        CHECK(nb.duplicatePairs().isEmpty());
    }

    // Undo on the desktop: the other record and its own note come back everywhere; what was
    // written to it after the merge stays on the kept client.
    const Result<ClientMerge> undone = desk.notebook().undoMerge(merged->id);
    INFO(undone.errorMessage().toStdString());
    REQUIRE(undone.ok());
    syncAll({&desk, &tabA, &tabB});
    const QString afterUndo = snapshot(desk.notebook());
    CHECK_SAME_DATA(snapshot(tabA.notebook()), afterUndo);
    CHECK_SAME_DATA(snapshot(tabB.notebook()), afterUndo);
    for (Device *device : {&desk, &tabA, &tabB}) {
        INFO(device->name().toStdString());
        Notebook &nb = device->notebook();
        REQUIRE(nb.client(other));
        CHECK(nb.client(other)->familyName == QStringLiteral("Lopez Garcia"));
        CHECK(findNote(nb, other, otherNote));
        CHECK(findNote(nb, kept, offlineNote));
        CHECK(nb.clientCount() == 2);
    }
}

TEST_CASE("An associate's device cannot merge or erase: the server refuses and the device says why", "[sync][merge]")
{
    Chain chain;
    Device desk(QStringLiteral("desk")); // sam, a manager until the server says otherwise
    Device tab(QStringLiteral("tab"));   // alex
    signInOrFail(desk, chain.server.url(), chain.sam);
    signInOrFail(tab, chain.server.url(), chain.alex);
    const QString a = addClient(tab.notebook(), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("07700 900001"));
    const QString b = addClient(tab.notebook(), QStringLiteral("Anne"), QStringLiteral("Lee"), QStringLiteral("07700 900001"));
    const QString c = addClient(tab.notebook(), QStringLiteral("Erin"), QStringLiteral("Keep"), QStringLiteral("07700 900002"));
    const QString bNote = addNote(tab.notebook(), b, QStringLiteral("Her own note"));
    syncAll({&tab, &desk}, 1);

    // On the associate's own tablet the app refuses before anything is written.
    CHECK_FALSE(tab.notebook().mergeClients(a, b).ok());
    CHECK_FALSE(tab.notebook().eraseClient(c).ok());

    // Sam merges and erases while offline; before the desktop syncs, an admin makes Sam an associate.
    REQUIRE(desk.notebook().mergeClients(a, b).ok());
    REQUIRE(desk.notebook().eraseClient(c).ok());
    chain.server.admin({QStringLiteral("set-role"), QStringLiteral("--db"), chain.server.dbPath(), QStringLiteral("--login"),
                        QStringLiteral("sam"), QStringLiteral("--role"), QStringLiteral("associate")});
    QSignalSpy rejected(&desk.engine(), &SyncEngine::changesRejected);
    REQUIRE(desk.sync());
    QStringList reasons;
    for (const QList<QVariant> &signal : rejected)
        reasons << signal.at(1).toStringList();
    INFO(reasons.join(QLatin1Char('\n')).toStdString());
    // The merge's moves and its tombstone, and the erase, each refused with words, not a code.
    CHECK(std::any_of(reasons.cbegin(), reasons.cend(), [](const QString &r) {
        return r.contains(QStringLiteral("only a manager or an admin can merge clients"));
    }));
    CHECK(std::any_of(reasons.cbegin(), reasons.cend(), [](const QString &r) {
        return r.contains(QStringLiteral("only a manager or an admin can erase a client"));
    }));
    CHECK_FALSE(reasons.join(QLatin1Char(' ')).contains(QStringLiteral("_not_allowed")));
    CHECK(desk.engine().rejectedCount() >= 3);
    CHECK_FALSE(desk.engine().lastRejection().isEmpty());

    // The server kept both records apart and the third client: another device still has them as they were.
    REQUIRE(tab.sync());
    REQUIRE(tab.notebook().client(b));
    CHECK(tab.notebook().client(b)->givenName == QStringLiteral("Anne"));
    CHECK(findNote(tab.notebook(), b, bNote));
    CHECK(tab.notebook().client(c));
    CHECK(tab.notebook().clientCount() == 3);
}

TEST_CASE("A merge that takes a consent an associate recorded reaches every device", "[sync][merge]")
{
    Chain chain;
    Device desk(QStringLiteral("desk")); // sam, a manager
    Device tab(QStringLiteral("tab"));   // alex, who recorded the consent
    signInOrFail(desk, chain.server.url(), chain.sam);
    signInOrFail(tab, chain.server.url(), chain.alex);
    const QString kept = addClient(tab.notebook(), QStringLiteral("Ann"), QStringLiteral("Lee"), QStringLiteral("07700 900001"));
    const QString other = addClient(tab.notebook(), QStringLiteral("Anne"), QStringLiteral("Lee"), QStringLiteral("07700 900001"));
    ClientChanges consent;
    consent.marketingConsent = Consent{QStringLiteral("given"), QDateTime::currentDateTimeUtc(),
                                       tab.notebook().client(other)->associateId};
    REQUIRE(tab.notebook().updateClient(other, consent).ok());
    syncAll({&tab, &desk});
    REQUIRE(desk.notebook().client(other)->marketingConsent.state == QStringLiteral("given"));

    // The default choice takes the other's consent, as the kept client has none.
    const Result<ClientMerge> merged = desk.notebook().mergeClients(kept, other);
    INFO(merged.errorMessage().toStdString());
    REQUIRE(merged.ok());
    QSignalSpy rejected(&desk.engine(), &SyncEngine::changesRejected);
    syncAll({&desk, &tab});
    CHECK(rejected.isEmpty());
    CHECK(desk.engine().rejectedCount() == 0);
    CHECK_SAME_DATA(snapshot(tab.notebook()), snapshot(desk.notebook()));
    for (Device *device : {&desk, &tab}) {
        INFO(device->name().toStdString());
        const std::optional<Client> client = device->notebook().client(kept);
        REQUIRE(client);
        CHECK(client->marketingConsent.state == QStringLiteral("given"));
    }

    // Undone, the consent goes back to the other record everywhere, again without a refusal.
    REQUIRE(desk.notebook().undoMerge(merged->id).ok());
    syncAll({&desk, &tab});
    CHECK(desk.engine().rejectedCount() == 0);
    CHECK_SAME_DATA(snapshot(tab.notebook()), snapshot(desk.notebook()));
    CHECK(tab.notebook().client(other)->marketingConsent.state == QStringLiteral("given"));
}

TEST_CASE("Erasing a client merged on another device removes the merge's record there too", "[sync][merge]")
{
    Chain chain;
    Device desk(QStringLiteral("desk"));   // sam, who merges
    Device office(QStringLiteral("office")); // sam again, who erases
    signInOrFail(desk, chain.server.url(), chain.sam);
    signInOrFail(office, chain.server.url(), chain.sam);
    const QString kept = addClient(desk.notebook(), QStringLiteral("Erin"), QStringLiteral("Vale"), QStringLiteral("07700 900003"));
    const QString other = addClient(desk.notebook(), QStringLiteral("Erin"), QStringLiteral("Vale-Hart"), QStringLiteral("07700 900003"));
    REQUIRE(desk.notebook().mergeClients(kept, other).ok());
    syncAll({&desk, &office});
    REQUIRE(desk.notebook().recentMerges().size() == 1);

    REQUIRE(office.notebook().eraseClient(kept).ok());
    syncAll({&office, &desk});
    CHECK_FALSE(desk.notebook().client(kept));
    // The journal kept both records' values for the undo: nothing of the person stays.
    CHECK(desk.notebook().recentMerges().isEmpty());
    QSqlQuery left(desk.notebook().database().connection());
    REQUIRE(left.exec(QStringLiteral("SELECT count(*) FROM merge_journal")));
    REQUIRE(left.next());
    CHECK(left.value(0).toInt() == 0);
}
