#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <string>

namespace bench {

struct HttpResult
{
    int status = 0; // 0: no answer (connection refused, cut or timed out)
    QByteArray body;
    qint64 bytesSent = 0;     // request line, headers and body as written
    qint64 bytesReceived = 0; // status line, headers and body as read
    QString error;            // transport failure, for the report on stderr
    QJsonObject json() const;
};

/**
 * One keep-alive HTTP/1.1 connection to 127.0.0.1 (Boost.Beast, blocking), as a
 * device holds one: every request reuses the socket. A request that finds the
 * socket closed by the server's idle timeout reconnects once before counting
 * as a failure. Not thread-safe; one per thread.
 */
class HttpConnection
{
public:
    explicit HttpConnection(int port);
    ~HttpConnection();
    HttpConnection(const HttpConnection &) = delete;
    HttpConnection &operator=(const HttpConnection &) = delete;

    void setToken(const QString &token) { m_token = token.toStdString(); }
    /** The Accept-Encoding header sent (empty: none, answers come plain). */
    void setAcceptEncoding(const std::string &codings) { m_acceptEncoding = codings; }
    HttpResult request(const char *method, const std::string &target, const QByteArray &body = {});
    HttpResult post(const std::string &target, const QJsonObject &body);
    /** How many times a closed keep-alive socket had to be reopened. */
    int reconnects() const { return m_reconnects; }

private:
    struct Socket;
    bool connect(QString *error);
    int m_port;
    std::string m_token;
    std::string m_acceptEncoding;
    std::unique_ptr<Socket> m_socket;
    int m_reconnects = 0;
};

} // namespace bench
