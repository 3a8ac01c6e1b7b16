#include "serverprocess.h"

#include "dbtemplate.h"

#include <QFile>

#include <sqlite3.h>

#include <catch2/catch.hpp>

#include <signal.h>

namespace {

/*
 * `rapport-server demo` makes the demo chain every test starts from; it hashes six passwords and
 * takes about a second. It is made once for each build of the server and copied (dbtemplate.h).
 */

/** Runs an admin command of rapport-server on `db`; returns stdout; stdin text and stderr optional. */
QString runServerCommand(const QStringList &args, const QString &db, const QByteArray &input = {},
                         int *exitCode = nullptr, QString *errorText = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(RAPPORT_SERVER_BINARY), args + QStringList{QStringLiteral("--db"), db});
    p.waitForStarted();
    p.write(input);
    p.closeWriteChannel();
    const bool finished = p.waitForFinished(60000);
    if (exitCode) // a command that crashed or hung counts as failed (-1)
        *exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    if (errorText)
        *errorText = QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

void runDemo(const QString &db)
{
    int code = -1;
    QString errors;
    runServerCommand({QStringLiteral("demo")}, db, {}, &code, &errors);
    INFO(errors.toStdString());
    REQUIRE(code == 0);
}

dbtemplate::Place templates()
{
    return {QStringLiteral(RAPPORT_TEST_TEMPLATE_DIR), QStringLiteral(RAPPORT_SERVER_BINARY)};
}

/** The demo chain in a SQLite file made by this build of the server. */
QString sqliteDemoTemplate()
{
    return dbtemplate::sqlite(templates(), QStringLiteral("demo"), runDemo);
}

/** The name of a PostgreSQL database in this run's cluster holding the demo chain made by this build. */
QString postgresDemoTemplate()
{
    return dbtemplate::postgres(templates(), QStringLiteral("demo"), runDemo);
}

} // namespace

ServerProcess::ServerProcess()
{
    REQUIRE(m_dir.isValid());
    if (PgTestDatabase::wanted()) {
        m_pg = std::make_unique<PgTestDatabase>(PgTestDatabase::FromTemplate{postgresDemoTemplate()});
        return;
    }
    REQUIRE(QFile::copy(sqliteDemoTemplate(), dbPath()));
}

ServerProcess::ServerProcess(SameDatabase, const ServerProcess &other)
    : m_sharedDb(other.dbPath()), m_sharedPg(other.postgres())
{
    REQUIRE(m_dir.isValid());
}

ServerProcess::ServerProcess(SameDatabase, const QString &db) : m_sharedDb(db)
{
    REQUIRE(m_dir.isValid());
}

ServerProcess::ServerProcess(SqliteOnly)
{
    REQUIRE(m_dir.isValid());
    REQUIRE(QFile::copy(sqliteDemoTemplate(), dbPath()));
}

ServerProcess::~ServerProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        kill9();
}

QString ServerProcess::command(const QStringList &args, const QByteArray &input, int *exitCode,
                               QString *errorText) const
{
    return runServerCommand(args, dbPath(), input, exitCode, errorText);
}

void ServerProcess::start(const QStringList &extraArgs)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->setStandardErrorFile(m_dir.filePath(QStringLiteral("server.log")), QIODevice::Append);
    QStringList args{QStringLiteral("serve"), QStringLiteral("--db"), dbPath(), QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:0")};
    args << extraArgs;
    m_process->start(QStringLiteral(RAPPORT_SERVER_BINARY), args);
    REQUIRE(m_process->waitForStarted(10000));
    QByteArray line;
    while (!line.contains('\n')) {
        REQUIRE(m_process->waitForReadyRead(20000));
        line += m_process->readAllStandardOutput();
    }
    const QString text = QString::fromUtf8(line).trimmed();
    REQUIRE(text.startsWith(QStringLiteral("listening on 127.0.0.1:")));
    m_port = text.section(QLatin1Char(':'), -1).toInt();
    REQUIRE(m_port > 0);
}

void ServerProcess::stop()
{
    if (!m_process)
        return;
    ::kill(static_cast<pid_t>(m_process->processId()), SIGTERM);
    REQUIRE(m_process->waitForFinished(10000));
    CHECK(m_process->exitStatus() == QProcess::NormalExit);
    m_process.reset();
}

void ServerProcess::kill9()
{
    if (!m_process)
        return;
    ::kill(static_cast<pid_t>(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
    m_process.reset();
}

std::pair<QString, QString> makeCertificate(const ServerProcess &server)
{
    const QString cert = server.dir() + QStringLiteral("/cert.pem");
    const QString key = server.dir() + QStringLiteral("/key.pem");
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(QStringLiteral("openssl"),
                  {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                   QStringLiteral("-nodes"), QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert,
                   QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                   QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1")});
    REQUIRE(openssl.waitForFinished(60000));
    REQUIRE(openssl.exitCode() == 0);
    REQUIRE(QFile::setPermissions(key, QFile::ReadOwner | QFile::WriteOwner));
    return {cert, key};
}

QString runOnSqliteFile(const QString &path, const char *statements)
{
    sqlite3 *db = nullptr;
    REQUIRE(sqlite3_open_v2(path.toUtf8().constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr)
            == SQLITE_OK);
    QString result;
    const char *rest = statements;
    while (rest && *rest) {
        sqlite3_stmt *stmt = nullptr;
        REQUIRE(sqlite3_prepare_v2(db, rest, -1, &stmt, &rest) == SQLITE_OK);
        if (!stmt)
            break;
        const int rc = sqlite3_step(stmt);
        INFO(sqlite3_errmsg(db));
        REQUIRE((rc == SQLITE_ROW || rc == SQLITE_DONE));
        if (rc == SQLITE_ROW && result.isEmpty() && sqlite3_column_text(stmt, 0))
            result = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
        sqlite3_finalize(stmt);
    }
    sqlite3_close(db);
    return result;
}
