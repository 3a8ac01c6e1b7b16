#pragma once

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QString>

namespace rapport::test {

/**
 * A bare HTTP client speaking the wire protocol directly, as a manager's
 * console would: used to erase clients (Notebook has no erase yet) and to see
 * raw answers.
 */
class RawClient
{
public:
    struct Response
    {
        int status = 0;
        QJsonObject json;
        QByteArray bytes; // the answer as sent
    };

    explicit RawClient(QString baseUrl) : m_baseUrl(std::move(baseUrl)) {}

    Response request(const QByteArray &method, const QString &path, const QJsonObject &body = {});
    /** Signs in; true on success. */
    bool signIn(const QString &login, const QString &password);
    /** Acts with another session's token (e.g. a device's own). */
    void setToken(const QString &token) { m_token = token; }
    /** Pushes one erase of a client; returns the result status ("applied", "rejected", ...). */
    QString eraseClient(const QString &clientId);

private:
    QString m_baseUrl;
    QString m_token;
    QString m_deviceId;
    qint64 m_nextMid = 1;
    QNetworkAccessManager m_network;
};

} // namespace rapport::test
