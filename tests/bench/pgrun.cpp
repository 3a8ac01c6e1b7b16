#include "pgrun.h"

#include "report.h"
#include "stoponexit.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>

#include <libpq-fe.h>

#include <csignal>
#include <unistd.h>

namespace bench {

namespace {

const QString kScript = QStringLiteral(RAPPORT_SOURCE_DIR "/tests/server/pgcluster.sh");

/** Runs pgcluster.sh ACTION DIR; returns what it printed. */
QString runScript(const QString &action, const QString &dir)
{
    QProcess script;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("RAPPORT_PG_DURABLE"), QStringLiteral("1"));
    script.setProcessEnvironment(environment);
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral("sh"), {kScript, action, dir});
    if (!script.waitForFinished(180000)) {
        script.kill();
        script.waitForFinished(10000);
        return QStringLiteral("%1 %2 did not finish within 3 minutes").arg(kScript, action);
    }
    return QString::fromUtf8(script.readAll());
}

QString readLine(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readLine()).trimmed();
}

} // namespace

PostgresRun::PostgresRun()
{
    // Directly under the temporary directory: when the bench runs as root, the postgres user
    // must reach the folder, and a private QTemporaryDir would shut it out.
    m_dir = QDir(QDir::tempPath()).filePath(QStringLiteral("rapport-bench-pg-%1").arg(::getpid()));
    const QString said = runScript(QStringLiteral("start"), m_dir);
    m_cluster = readLine(QDir(m_dir).filePath(QStringLiteral("conninfo")));
    const qint64 pid = readLine(QDir(m_dir).filePath(QStringLiteral("pid"))).toLongLong();
    if (m_cluster.isEmpty() || pid <= 0) {
        runScript(QStringLiteral("stop"), m_dir);
        fail(QStringLiteral("PostgreSQL did not start for --backend postgres:\n%1").arg(said.trimmed()));
    }
    // On a signal only the postmaster can be told (SIGINT: fast shutdown); otherwise the script
    // stops it by the same pid and removes the folder.
    m_guard = std::make_unique<StopOnExit>(pid_t(pid), SIGINT, [dir = m_dir] { runScript(QStringLiteral("stop"), dir); });

    PGconn *connection = PQconnectdb((m_cluster + QStringLiteral(" dbname=postgres")).toUtf8().constData());
    if (PQstatus(connection) != CONNECTION_OK) {
        const QString error = QString::fromUtf8(PQerrorMessage(connection));
        PQfinish(connection);
        fail(QStringLiteral("cannot connect to the bench's PostgreSQL: %1").arg(error));
    }
    PGresult *created = PQexec(connection, "CREATE DATABASE rapport");
    const bool ok = PQresultStatus(created) == PGRES_COMMAND_OK;
    const QString error = QString::fromUtf8(PQerrorMessage(connection));
    PQclear(created);
    PQfinish(connection);
    if (!ok)
        fail(QStringLiteral("cannot create the bench's database: %1").arg(error));
}

PostgresRun::~PostgresRun() { m_guard.reset(); }

} // namespace bench
