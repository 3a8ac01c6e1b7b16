#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

#include <map>
#include <string>

struct HttpResponse
{
    int status = 0; // 0 = no answer (connection failed or closed)
    QByteArray body;
    std::map<std::string, std::string> headers;
    QJsonObject json() const;
    QString errorCode() const { return json().value(QLatin1String("error")).toObject().value(QLatin1String("code")).toString(); }
};

/** A small blocking HTTP/1.1 client (Boost.Beast), one connection per request, loopback only. */
class HttpClient
{
public:
    explicit HttpClient(int port) : m_port(port) {}
    /** Source address of the connection (any 127.x.y.z), to act as another machine. */
    void setSourceAddress(const std::string &address) { m_source = address; }
    /** Speak TLS and trust only this PEM certificate. */
    void setTls(const std::string &caFile) { m_tls = true; m_caFile = caFile; }

    HttpResponse request(const std::string &method, const std::string &target, const QByteArray &body = {},
                         const QString &token = {}, const std::map<std::string, std::string> &headers = {});
    HttpResponse post(const std::string &target, const QJsonObject &body, const QString &token = {});

private:
    int m_port;
    std::string m_source = "127.0.0.1";
    bool m_tls = false;
    std::string m_caFile;
};

/** A signed-in device. */
struct Device
{
    QString token;
    QString deviceId;
    QString staffId;
    QString orgId;
    qint64 nextMid = 1;
    int counter = 0;
};

Device signIn(HttpClient &client, const QString &login, const QString &password = QStringLiteral("rapport-demo"));
/** A fresh lower-case UUID. */
QString newId();
/** A clock text at now + offsetMs, counter from the device. */
QString clockFor(Device &device, qint64 offsetMs = 0);
/** One upsert/delete/erase mutation with the device's next mid; a new note without author_id gets the device's staff. */
QJsonObject mutation(Device &device, const QString &entity, const QString &id, const QString &op,
                     const QJsonObject &fields = {}, const QJsonObject &base = {}, qint64 clockOffsetMs = 0);
HttpResponse push(HttpClient &client, const Device &device, const QJsonArray &mutations);
/**
 * A pull or snapshot answer's "cursor" as the whole number the embedded and PostgreSQL servers
 * send; anything else (missing, a fraction, text) throws, which fails the test that asked.
 */
qint64 pullCursor(const QJsonObject &page);
/** Every change the device's org sees from cursor 0 (all pages). */
QJsonArray pullAll(HttpClient &client, const Device &device);
/** Field values of one record folded from a change list, as a device applying LWW would. */
QJsonObject foldRecord(const QJsonArray &changes, const QString &id);
