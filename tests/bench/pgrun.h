#pragma once

#include <QString>

#include <memory>

namespace bench {

class StopOnExit;

/**
 * A PostgreSQL 15 of the bench's own: tests/server/pgcluster.sh (initdb as the postgres user into
 * a folder under the temporary directory, 127.0.0.1 and a Unix socket only, durable defaults),
 * with an empty database "rapport". Stopped by its pid and its folder removed on destruction, and
 * also when the bench fails or is interrupted.
 */
class PostgresRun
{
public:
    PostgresRun();
    ~PostgresRun();
    PostgresRun(const PostgresRun &) = delete;
    PostgresRun &operator=(const PostgresRun &) = delete;

    /** The libpq connection string of the database, for rapport-server --db. */
    QString conninfo() const { return m_cluster + QStringLiteral(" dbname=rapport"); }

private:
    QString m_dir;
    QString m_cluster; // host, port and user, without a database
    std::unique_ptr<StopOnExit> m_guard;
};

} // namespace bench
