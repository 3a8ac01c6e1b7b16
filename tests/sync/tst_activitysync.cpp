// The activity trail from a device's side, on a real server: an import's report reaches the
// trail (also when made offline), a manager's device keeps the trail for offline reading, and
// an associate's device is refused with the reason and keeps nothing.
#include "fixture.h"

#include "csv/clientimport.h"

#include <QSignalSpy>

using namespace rapport;
using namespace rapport::test;

namespace {

QStringList summaries(const QJsonArray &trail)
{
    QStringList out;
    for (const QJsonValue &v : trail)
        out << v.toObject().value(QStringLiteral("summary")).toString();
    return out;
}

} // namespace

TEST_CASE("A manager's import and an export made offline reach the trail, which the device keeps", "[sync]")
{
    Chain chain;
    Device desk(QStringLiteral("desk"));
    signInOrFail(desk, chain.server.url(), chain.sam); // sam is the chain's manager
    QSignalSpy refreshed(&desk.engine(), &SyncEngine::activityRefreshed);

    const csv::ReadResult read = csv::readTable("name,phone\nAda Lovelace,555 0001\nAlan Turing,555 0002\n");
    REQUIRE(read.ok);
    csv::ClientImport import(desk.notebook());
    const auto ran = import.run(read.table, csv::guessMapping(read.table.header));
    REQUIRE(ran.ok());
    const QString summary = csv::importSummary(ran->plan, QStringLiteral("fair.csv"));
    desk.engine().reportActivity(QStringLiteral("import"), summary);
    REQUIRE(desk.sync());
    // After the sync the report is sent and the trail fetched.
    REQUIRE(waitFor([&] { return desk.engine().pendingActivityReports() == 0; }));
    REQUIRE(waitFor([&] { return summaries(desk.engine().cachedActivity()).contains(summary); }));
    CHECK(desk.engine().activityFetchedAt().isValid());

    // Offline: the export's report waits in the data folder, then goes with the next sync.
    const quint16 port = chain.server.port();
    chain.server.stop();
    desk.engine().reportActivity(QStringLiteral("export"), QStringLiteral("Exported 2 clients to clients.csv"));
    CHECK(desk.engine().pendingActivityReports() == 1);
    (void)desk.sync(15000); // fails: the server is down
    CHECK(desk.engine().pendingActivityReports() == 1);
    // What was fetched is still there to read offline.
    CHECK(summaries(desk.engine().cachedActivity()).contains(summary));

    chain.server.start(port);
    REQUIRE(desk.syncUntilOk());
    REQUIRE(waitFor([&] { return desk.engine().pendingActivityReports() == 0; }));
    REQUIRE(waitFor([&] {
        return summaries(desk.engine().cachedActivity()).value(0) == QStringLiteral("Exported 2 clients to clients.csv");
    }));
    CHECK(summaries(desk.engine().cachedActivity()).count(summary) == 1);
}

TEST_CASE("An associate's device cannot report an import or read the trail, and is told why", "[sync]")
{
    Chain chain;
    Device tablet(QStringLiteral("tablet"));
    signInOrFail(tablet, chain.server.url(), chain.alex); // alex is an associate
    QSignalSpy refreshed(&tablet.engine(), &SyncEngine::activityRefreshed);

    tablet.engine().reportActivity(QStringLiteral("import"), QStringLiteral("Imported x.csv: 1 new"));
    // Refused for good: dropped from the queue, the reason shown like a refused change.
    REQUIRE(waitFor([&] { return tablet.engine().pendingActivityReports() == 0; }));
    CHECK(tablet.engine().lastRejection().contains(QStringLiteral("managers and admins")));

    tablet.engine().refreshActivity();
    REQUIRE(waitFor([&] { return !refreshed.isEmpty(); }));
    CHECK_FALSE(refreshed.last().at(0).toBool());
    CHECK(refreshed.last().at(1).toString().contains(QStringLiteral("managers and admins")));
    CHECK(tablet.engine().cachedActivity().isEmpty());
}
