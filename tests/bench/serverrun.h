#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

namespace bench {

/**
 * The rapport-server next to rapport-bench, on its own database in `dir`:
 * `demo` for the chain and logins, then `serve` on 127.0.0.1:0. Stopped by pid
 * (SIGTERM) on destruction.
 */
class ServerRun
{
public:
    ServerRun(const QString &dir, const QStringList &serveOptions);
    ~ServerRun();
    ServerRun(const ServerRun &) = delete;
    ServerRun &operator=(const ServerRun &) = delete;

    int port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

private:
    QProcess m_process;
    int m_port = 0;
};

} // namespace bench
