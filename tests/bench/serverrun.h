#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

#include <memory>

namespace bench {

class StopOnExit;

/**
 * The rapport-server next to rapport-bench, on its own database in `dir`:
 * `demo` for the chain and logins, then `serve` on 127.0.0.1:0. Stopped by pid
 * (SIGTERM) on destruction, and also when the bench fails or is interrupted.
 */
class ServerRun
{
public:
    ServerRun(const QString &dir, const QStringList &serveOptions);
    enum class Demo { Load, AlreadyLoaded };
    /** `serve` on `db` (a file or a PostgreSQL connection string); `demo` first if asked. */
    ServerRun(const QString &db, Demo demo, const QStringList &serveOptions);
    ~ServerRun();
    ServerRun(const ServerRun &) = delete;
    ServerRun &operator=(const ServerRun &) = delete;

    int port() const { return m_port; }
    /** The serving process's id (0 once it stopped). */
    long long pid() const { return m_process.processId(); }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    /** `rapport-server demo --db db`: the demo chain and its logins. */
    static void loadDemo(const QString &db);

private:
    void start(const QString &db, const QStringList &serveOptions);
    QProcess m_process;
    std::unique_ptr<StopOnExit> m_guard;
    int m_port = 0;
};

} // namespace bench
