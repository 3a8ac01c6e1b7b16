#include "pgtestdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QUuid>

#include <catch2/catch.hpp>
#include <libpq-fe.h>

#include <cstdio>
#include <cstdlib>

namespace {

QString run(const QString &conninfo, const QString &statement, QString *error)
{
    PGconn *conn = PQconnectdb(conninfo.toUtf8().constData());
    QString value;
    if (PQstatus(conn) != CONNECTION_OK) {
        *error = QString::fromUtf8(PQerrorMessage(conn));
    } else {
        PGresult *result = PQexec(conn, statement.toUtf8().constData());
        const auto status = PQresultStatus(result);
        if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK)
            *error = QString::fromUtf8(PQerrorMessage(conn));
        else if (status == PGRES_TUPLES_OK && PQntuples(result) > 0)
            value = QString::fromUtf8(PQgetvalue(result, 0, 0));
        PQclear(result);
    }
    PQfinish(conn);
    return value;
}

} // namespace

bool PgTestDatabase::wanted()
{
    return !qEnvironmentVariableIsEmpty("RAPPORT_TEST_PG_DIR");
}

QString PgTestDatabase::clusterConninfo()
{
    QFile file(qEnvironmentVariable("RAPPORT_TEST_PG_DIR") + QStringLiteral("/conninfo"));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll()).trimmed();
}

PgTestDatabase::PgTestDatabase() : PgTestDatabase(FromTemplate{}) {}

QString PgTestDatabase::clusterOrSkip()
{
    const QString cluster = clusterConninfo();
    if (cluster.isEmpty()) {
        std::printf("PostgreSQL is not available: the cluster of this run did not start (see the output of "
                    "the pg_cluster_start test); skipping.\n");
        std::fflush(stdout);
        std::_Exit(0);
    }
    return cluster;
}

PgTestDatabase::PgTestDatabase(const FromTemplate &copyOf)
{
    const QString cluster = clusterOrSkip();
    m_name = QStringLiteral("rapport_test_") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    QString create = QStringLiteral("CREATE DATABASE %1").arg(m_name);
    if (!copyOf.name.isEmpty())
        create += QStringLiteral(" TEMPLATE %1").arg(copyOf.name);
    run(cluster + QStringLiteral(" dbname=postgres"), create, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    m_conninfo = cluster + QStringLiteral(" dbname=") + m_name;
}

PgTestDatabase::~PgTestDatabase()
{
    QString error;
    run(clusterConninfo() + QStringLiteral(" dbname=postgres"),
        QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_name), &error);
}

QString PgTestDatabase::sql(const QString &statement) const
{
    return sqlOn(m_conninfo, statement);
}

QString PgTestDatabase::tryOn(const QString &conninfo, const QString &statement)
{
    QString error;
    run(conninfo, statement, &error);
    return error;
}

QString PgTestDatabase::sqlOn(const QString &conninfo, const QString &statement)
{
    QString error;
    const QString value = run(conninfo, statement, &error);
    INFO(error.toStdString());
    REQUIRE(error.isEmpty());
    return value;
}
