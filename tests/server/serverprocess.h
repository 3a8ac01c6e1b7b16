#pragma once

#include "pgtestdb.h"

#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>
#include <utility>

/**
 * A real rapport-server on 127.0.0.1 with its own temporary SQLite file, or, when the tests run
 * against PostgreSQL (RAPPORT_TEST_PG_DIR, see pgtestdb.h), its own fresh database; stopped by pid.
 */
class ServerProcess
{
public:
    /** Creates the temp dir and a database holding the demo chain (`demo`, made once per build and copied). */
    ServerProcess();
    struct SameDatabase
    {
    };
    /** Another instance on `other`'s database (several instances on one PostgreSQL database). */
    ServerProcess(SameDatabase, const ServerProcess &other);
    /** A server on the database `db` names (made and filled by the test), without `demo`. */
    ServerProcess(SameDatabase, const QString &db);
    struct SqliteOnly
    {
    };
    /** A server on its own SQLite file even when the suite runs against PostgreSQL. */
    explicit ServerProcess(SqliteOnly);
    ~ServerProcess();

    /** Starts `serve` on 127.0.0.1:0 and waits for "listening on"; extra args are appended. */
    void start(const QStringList &extraArgs = {});
    void stop();    // SIGTERM, wait
    void kill9();   // SIGKILL, wait
    int port() const { return m_port; }
    /** The serving process's id (0 when not running). */
    qint64 pid() const { return m_process ? m_process->processId() : 0; }
    /** What --db names: the SQLite file, or the PostgreSQL connection string. */
    QString dbPath() const
    {
        return !m_sharedDb.isEmpty() ? m_sharedDb : m_pg ? m_pg->conninfo() : m_dir.filePath(QStringLiteral("server.db"));
    }
    /** The PostgreSQL database under test, or null on SQLite. */
    const PgTestDatabase *postgres() const { return m_pg ? m_pg.get() : m_sharedPg; }
    QString dir() const { return m_dir.path(); }

    /** Runs an admin command on the same database; returns stdout; stdin text and stderr optional. */
    QString command(const QStringList &args, const QByteArray &input = {}, int *exitCode = nullptr,
                    QString *errorText = nullptr) const;

private:
    QTemporaryDir m_dir;
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_sharedDb;                      // SameDatabase: the other's --db
    const PgTestDatabase *m_sharedPg = nullptr;
    std::unique_ptr<QProcess> m_process;
    int m_port = 0;
};

/**
 * Runs `statements` (one or more, `;`-separated) on a server's SQLite file directly, the server
 * stopped; creates the file if needed. Returns the first column of the first row any returns.
 */
QString runOnSqliteFile(const QString &path, const char *statements);


/** A self-signed certificate for 127.0.0.1 and its key (0600), written into the server's folder. */
std::pair<QString, QString> makeCertificate(const ServerProcess &server);
