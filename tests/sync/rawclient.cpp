#include "rawclient.h"

#include "hlc.h"
#include "protocol/jsontext.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace rapport::test {

RawClient::Response RawClient::request(const QByteArray &method, const QString &path, const QJsonObject &body)
{
    QNetworkRequest request(QUrl(m_baseUrl + path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setTransferTimeout(30000);
    if (!m_token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
    QNetworkReply *reply = m_network.sendCustomRequest(
        request, method, body.isEmpty() ? QByteArray() : protocol::toJsonText(body));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Response response;
    response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    response.bytes = reply->readAll();
    response.json = protocol::parseJsonObject(response.bytes);
    reply->deleteLater();
    return response;
}

bool RawClient::signIn(const QString &login, const QString &password)
{
    const Response r = request("POST", QStringLiteral("/v1/session"),
                               {{QStringLiteral("login"), login},
                                {QStringLiteral("password"), password},
                                {QStringLiteral("device_name"), QStringLiteral("test console")}});
    m_token = r.json.value(QStringLiteral("token")).toString();
    m_deviceId = r.json.value(QStringLiteral("device_id")).toString();
    return r.status == 200 && !m_token.isEmpty();
}

QString RawClient::eraseClient(const QString &clientId)
{
    HlcStamp stamp;
    stamp.wallMs = QDateTime::currentMSecsSinceEpoch();
    stamp.deviceId = m_deviceId.isEmpty() ? newUuidV7() : m_deviceId;
    const QJsonObject mutation{{QStringLiteral("mid"), m_nextMid++},
                               {QStringLiteral("entity"), QStringLiteral("client")},
                               {QStringLiteral("id"), clientId},
                               {QStringLiteral("op"), QStringLiteral("erase")},
                               {QStringLiteral("hlc"), stamp.toString()},
                               {QStringLiteral("fields"), QJsonObject()},
                               {QStringLiteral("base"), QJsonObject()}};
    const Response r = request("POST", QStringLiteral("/v1/push"),
                               {{QStringLiteral("mutations"), QJsonArray{mutation}}});
    if (r.status != 200)
        return QStringLiteral("http %1 %2").arg(r.status).arg(QString::fromUtf8(QJsonDocument(r.json).toJson()));
    return r.json.value(QStringLiteral("results")).toArray().at(0).toObject().value(QStringLiteral("status")).toString();
}

} // namespace rapport::test
