#pragma once

#include <QString>

/**
 * A fresh PostgreSQL database for one test, in the cluster tests/server/pgcluster.sh started for
 * this ctest run (its folder in RAPPORT_TEST_PG_DIR). Dropped again when the test ends.
 */
class PgTestDatabase
{
public:
    /** True when the tests run against PostgreSQL (RAPPORT_TEST_PG_DIR is set). */
    static bool wanted();
    /**
     * Creates the database; when the cluster did not start, prints why and ends the test process
     * with "PostgreSQL is not available", which ctest reports as skipped.
     */
    PgTestDatabase();
    /** A copy of the database `name` (CREATE DATABASE ... TEMPLATE): nobody may be connected to it. */
    struct FromTemplate
    {
        QString name;
    };
    explicit PgTestDatabase(const FromTemplate &copyOf);
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    /** The libpq connection string of the database, for --db. */
    QString conninfo() const { return m_conninfo; }
    /** The cluster's connection string without a database (connects to "postgres"). */
    static QString clusterConninfo();
    /** The same; when the cluster did not start, ends the test as skipped (as the constructor does). */
    static QString clusterOrSkip();
    /** Runs SQL on the database; returns the first column of the first row ("" if none), or fails the test. */
    QString sql(const QString &statement) const;
    /** The same on any database, given its connection string. */
    static QString sqlOn(const QString &conninfo, const QString &statement);
    /** Runs SQL on any database; returns PostgreSQL's error message, or "" when it succeeded. */
    static QString tryOn(const QString &conninfo, const QString &statement);

private:
    QString m_name;
    QString m_conninfo;
};
