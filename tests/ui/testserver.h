#pragma once

#include <QProcess>
#include <QString>

/**
 * A real rapport-server for UI tests: `demo` into a fresh database, then
 * `serve` on 127.0.0.1 with a port the system picks. Stopped by its pid when
 * destroyed (terminate, then kill if it does not go).
 */
class TestServer
{
public:
    TestServer() = default;
    ~TestServer();
    TestServer(const TestServer &) = delete;
    TestServer &operator=(const TestServer &) = delete;

    /** Starts the server on `databasePath`; false with error() when it did not come up. */
    bool start(const QString &serverBinary, const QString &databasePath);
    void stop();
    /** Serves the same database on the same port again after stop(). */
    bool resume();
    QString url() const { return m_url; }
    QString error() const { return m_error; }

private:
    bool serve(const QString &listen);

    QString m_binary;
    QString m_databasePath;
    QProcess m_process;
    QString m_url;
    QString m_error;
};
