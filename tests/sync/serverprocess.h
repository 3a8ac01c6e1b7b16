#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

class PgTestDatabase;

namespace rapport::test {

/** A login made on the test server, with the password the test chose. */
struct Login
{
    QString login;
    QString password;
    QString role;
};

/**
 * The real rapport-server executable, run on loopback with its own SQLite
 * file. Administration commands are run the way an operator would run them.
 */
class ServerProcess
{
public:
    /** On `dbPath`, or on a fresh PostgreSQL database when the tests run against it (pgtestdb.h). */
    explicit ServerProcess(QString dbPath);
    ~ServerProcess();

    /** init + one store + the given staff logins (password on standard input). */
    void setUpChain(const QList<Login> &logins, const QString &org = QStringLiteral("Rapport Test Chain"));

    /** Starts `serve` on 127.0.0.1 (port 0 = any free port); waits until it listens. */
    void start(quint16 port = 0);
    /** SIGKILL, as a crash or power cut would. */
    void kill();
    /** SIGSTOP: the process stands still with its connections open, as a hung one does (kill() ends it). */
    void freeze();
    /** SIGTERM and wait. */
    void stop();
    bool running() const;

    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString dbPath() const { return m_dbPath; }

    /** Runs an admin subcommand and returns its standard output; fails the test on a non-zero exit. */
    QString admin(const QStringList &arguments, const QByteArray &input = {});

    void setExtraServeArguments(const QStringList &arguments) { m_extraServe = arguments; }
    void setScheme(const QString &scheme) { m_scheme = scheme; }
    QString baseUrl() const { return QStringLiteral("%1://127.0.0.1:%2").arg(m_scheme, QString::number(m_port)); }

    static QString executable();

private:
    std::unique_ptr<PgTestDatabase> m_pg;
    QString m_dbPath;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QStringList m_extraServe;
    QString m_scheme = QStringLiteral("http");
};

} // namespace rapport::test
