// Randomised convergence: several devices make random edits, deletes and
// erasures, sync in random order through a proxy that injects faults, and now
// and then one is emptied and joins again late, loading the organisation by
// snapshot (cut by the same faults, with the others writing meanwhile); at the
// end every device equals the server's view and no acknowledged write is lost.
#include "convergencerun.h"
#include "fixture.h"
#include "tcpproxy.h"

#include <QFile>

using namespace rapport;
using namespace rapport::test;

namespace {

/** One seeded run on its own copy of the template database, behind a fault proxy. */
class Run
{
public:
    Run(quint32 seed, const QString &templateDb, const QList<Login> &logins, QTemporaryDir &dir)
        : m_seed(seed), m_server(dir.filePath(QStringLiteral("seed-%1.db").arg(seed)))
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFile::exists(templateDb + suffix))
                REQUIRE(QFile::copy(templateDb + suffix, m_server.dbPath() + suffix));
        }
        m_server.start();
        m_proxy = std::make_unique<TcpProxy>(m_server.port());
        m_play = std::make_unique<ConvergenceRun>(seed, logins, m_proxy->url(), m_server.url());
        m_proxy->setRandomFaults(0.3, seed);
        m_play->setConnectionCutter([this] { m_proxy->dropConnections(); });
    }

    void play(int steps) { m_play->play(steps); }

    void settle()
    {
        m_proxy->setRandomFaults(0.0, m_seed);
        m_play->settle();
    }

    void verify()
    {
        m_play->verify(m_server.url());
        UNSCOPED_INFO("faults injected: " << m_proxy->faultsInjected() << " of " << m_proxy->connectionsSeen());
    }

    int writes() const { return m_play->writes(); }
    int fieldsChecked() const { return m_play->fieldsChecked(); }
    int faults() const { return m_proxy->faultsInjected(); }
    int rejoins() const { return m_play->rejoins(); }

private:
    quint32 m_seed;
    ServerProcess m_server;
    std::unique_ptr<TcpProxy> m_proxy;
    std::unique_ptr<ConvergenceRun> m_play;
};

} // namespace

TEST_CASE("Random edits, syncs and faults converge on every device", "[convergence]")
{
    const int seeds = qEnvironmentVariableIsSet("RAPPORT_CONVERGENCE_SEEDS")
        ? qEnvironmentVariableIntValue("RAPPORT_CONVERGENCE_SEEDS")
        : 20;
    const int steps = qEnvironmentVariableIsSet("RAPPORT_CONVERGENCE_STEPS")
        ? qEnvironmentVariableIntValue("RAPPORT_CONVERGENCE_STEPS")
        : 150;
    // One manager login per device, one for the erasing console, one for the final
    // fresh device: sign-ins are rate-limited per login.
    QList<Login> logins;
    for (int i = 0; i < ConvergenceRun::LoginCount; ++i)
        logins.append(Login{QStringLiteral("manager%1").arg(i), QStringLiteral("manager-secret-%1").arg(i),
                            QStringLiteral("manager")});
    Chain chain(logins); // builds the template database once
    chain.server.stop();
    int totalWrites = 0;
    int totalChecked = 0;
    int totalFaults = 0;
    int totalRejoins = 0;
    for (quint32 seed = 1; seed <= quint32(seeds); ++seed) {
        INFO("seed " << seed << " (rerun one seed: RAPPORT_CONVERGENCE_FIRST_SEED=" << seed << ")");
        const quint32 first = quint32(qEnvironmentVariableIntValue("RAPPORT_CONVERGENCE_FIRST_SEED"));
        const quint32 actual = first ? first + seed - 1 : seed;
        INFO("actual seed " << actual);
        Run run(actual, chain.server.dbPath(), logins, chain.dir);
        run.play(steps);
        run.settle();
        run.verify();
        totalWrites += run.writes();
        totalChecked += run.fieldsChecked();
        totalFaults += run.faults();
        totalRejoins += run.rejoins();
    }
    WARN("convergence: " << seeds << " seeds, " << totalWrites << " writes, " << totalFaults
                         << " injected faults, " << totalRejoins
                         << " devices joined late by snapshot, " << totalChecked << " fields matched their newest acknowledged write");
    CHECK(totalWrites > 0);
    CHECK(totalChecked > 0);
    CHECK(totalRejoins > 0);
}
