#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <map>
#include <memory>

namespace rapport::test {

/**
 * A PostgreSQL 15 cluster of one test's own, made, restarted and stopped by
 * tests/server/pgcluster.sh: a test that restarts the database must not restart the
 * cluster the rest of the ctest run shares.
 */
class PgCluster
{
public:
    /**
     * Starts a cluster in `dir` (the script makes it; its parent must be reachable by the
     * postgres user). When PostgreSQL cannot start, prints why and ends the test process
     * with "PostgreSQL is not available", which ctest reports as skipped.
     */
    explicit PgCluster(QString dir);
    ~PgCluster();
    PgCluster(const PgCluster &) = delete;
    PgCluster &operator=(const PgCluster &) = delete;

    /** The libpq connection string of `database` in the cluster, for --db. */
    QString conninfo(const QString &database) const;
    /** Runs SQL on `database`; fails the test on an error. */
    void sql(const QString &database, const QString &statement) const;
    /**
     * A fast restart (every session ends) on the same port. The event loop keeps running
     * meanwhile, so devices syncing in this process see it as it happens.
     */
    void restart();

private:
    QString script(const QString &action) const;
    QString m_dir;
    QString m_conninfo;
};

/**
 * HAProxy on a free loopback port in front of server instances: round robin, health
 * checks on /v1/health, and a request log from which a test reads what clients got.
 */
class LoadBalancer
{
public:
    /** Writes the configuration into `dir` and starts HAProxy; waits until it accepts connections. */
    LoadBalancer(const QString &dir, const QList<quint16> &serverPorts);
    ~LoadBalancer();
    LoadBalancer(const LoadBalancer &) = delete;
    LoadBalancer &operator=(const LoadBalancer &) = delete;

    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    /** HTTP status of every answer passed to a client so far, counted. */
    std::map<int, int> statusCounts();
    /** The request log lines of answers other than 2xx. */
    QStringList unsuccessfulAnswers();
    /** Log lines where HAProxy took a server out of rotation or back in. */
    QStringList serverStateChanges();

private:
    void drain();
    bool tryStart(const QString &dir, const QList<quint16> &serverPorts);
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QString m_log;
};

} // namespace rapport::test
