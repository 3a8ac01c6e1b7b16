#include "httpclient.h"

#include <atomic>
#include <optional>
#include <stdexcept>

#include <boost/asio/connect.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include "protocol/jsontext.h"
#include "protocol/schema.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

QJsonObject HttpResponse::json() const
{
    return rapport::protocol::parseJsonObject(body);
}

namespace {

template<class Stream>
HttpResponse exchange(Stream &stream, http::request<http::string_body> &req)
{
    HttpResponse out;
    beast::error_code ec;
    http::write(stream, req, ec);
    beast::flat_buffer buffer;
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    http::read(stream, buffer, parser, ec);
    if (ec && !parser.is_header_done())
        return out;
    out.status = static_cast<int>(parser.get().result_int());
    out.body = QByteArray::fromStdString(parser.get().body());
    for (const auto &field : parser.get())
        out.headers[std::string(field.name_string())] = std::string(field.value());
    return out;
}

} // namespace

HttpResponse HttpClient::request(const std::string &method, const std::string &target, const QByteArray &body,
                                 const QString &token, const std::map<std::string, std::string> &headers)
{
    asio::io_context io;
    tcp::socket socket(io);
    beast::error_code ec;
    socket.open(tcp::v4(), ec);
    socket.bind(tcp::endpoint(asio::ip::make_address(m_source), 0), ec);
    socket.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(m_port)), ec);
    if (ec)
        return {};
    http::request<http::string_body> req{http::string_to_verb(method), target, 11};
    req.set(http::field::host, "127.0.0.1");
    if (!token.isEmpty())
        req.set(http::field::authorization, "Bearer " + token.toStdString());
    for (const auto &[name, value] : headers)
        req.set(name, value);
    if (!body.isEmpty())
        req.set(http::field::content_type, "application/json");
    req.body() = body.toStdString();
    req.prepare_payload();
    if (!m_tls) {
        return exchange(socket, req);
    }
    asio::ssl::context ctx(asio::ssl::context::tls_client);
    ctx.set_verify_mode(asio::ssl::verify_peer);
    if (!m_caFile.empty())
        ctx.load_verify_file(m_caFile, ec);
    asio::ssl::stream<tcp::socket> tls(std::move(socket), ctx);
    tls.handshake(asio::ssl::stream_base::client, ec);
    if (ec)
        return {};
    return exchange(tls, req);
}

HttpResponse HttpClient::post(const std::string &target, const QJsonObject &body, const QString &token)
{
    return request("POST", target, rapport::protocol::toJsonText(body), token);
}

Device signIn(HttpClient &client, const QString &login, const QString &password)
{
    const HttpResponse r = client.post("/v1/session", QJsonObject{{QStringLiteral("login"), login},
                                                                   {QStringLiteral("password"), password},
                                                                   {QStringLiteral("device_name"), QStringLiteral("test tablet")}});
    Device d;
    if (r.status != 200)
        return d;
    const QJsonObject o = r.json();
    d.token = o.value(QLatin1String("token")).toString();
    d.deviceId = o.value(QLatin1String("device_id")).toString();
    d.staffId = o.value(QLatin1String("staff")).toObject().value(QLatin1String("id")).toString();
    d.orgId = o.value(QLatin1String("org")).toObject().value(QLatin1String("id")).toString();
    return d;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString clockFor(Device &device, qint64 offsetMs)
{
    // One counter for every test device: a write made after another in the same
    // millisecond, by any device, has the later clock, as a real device's clock is
    // after everything it has seen (a per-device counter let a manager's change lose
    // to an older write of another device in the same millisecond).
    static std::atomic<int> counter{0};
    ++device.counter;
    return QStringLiteral("%1-%2-%3")
        .arg(QDateTime::currentMSecsSinceEpoch() + offsetMs, 15, 10, QLatin1Char('0'))
        .arg(counter++ % 100000, 5, 10, QLatin1Char('0'))
        .arg(device.deviceId);
}

QJsonObject mutation(Device &device, const QString &entity, const QString &id, const QString &op,
                     const QJsonObject &fields, const QJsonObject &base, qint64 clockOffsetMs)
{
    QJsonObject written = fields;
    // A new note is its pusher's (the server refuses any other author); tests that are about
    // something else need not say so. Tests of authorship pass author_id themselves.
    if (entity == QLatin1String("note") && op == QLatin1String("upsert") && fields.contains(QLatin1String("kind"))
        && !fields.contains(QLatin1String("author_id")))
        written.insert(QStringLiteral("author_id"), device.staffId);
    QJsonObject m{{QStringLiteral("mid"), static_cast<double>(device.nextMid++)},
                  {QStringLiteral("entity"), entity},
                  {QStringLiteral("id"), id},
                  {QStringLiteral("op"), op},
                  {QStringLiteral("hlc"), clockFor(device, clockOffsetMs)},
                  {QStringLiteral("fields"), written}};
    if (!base.isEmpty())
        m.insert(QStringLiteral("base"), base);
    return m;
}

HttpResponse push(HttpClient &client, const Device &device, const QJsonArray &mutations)
{
    return client.post("/v1/push", QJsonObject{{QStringLiteral("mutations"), mutations}}, device.token);
}

qint64 pullCursor(const QJsonObject &page)
{
    const std::optional<qint64> cursor = rapport::protocol::wholeNumber(page.value(QLatin1String("cursor")));
    if (!cursor)
        throw std::runtime_error("the answer has no whole-number cursor: "
                                 + page.value(QLatin1String("cursor")).toVariant().toString().toStdString());
    return *cursor;
}

QJsonArray pullAll(HttpClient &client, const Device &device)
{
    QJsonArray all;
    qint64 cursor = 0;
    for (int page = 0; page < 1000; ++page) {
        const HttpResponse r = client.request("GET", "/v1/pull?cursor=" + std::to_string(cursor) + "&limit=200", {},
                                              device.token);
        if (r.status != 200)
            return {};
        const QJsonObject o = r.json();
        for (const QJsonValue &c : o.value(QLatin1String("changes")).toArray())
            all.append(c);
        cursor = pullCursor(o);
        if (!o.value(QLatin1String("has_more")).toBool())
            break;
    }
    return all;
}

QJsonObject foldRecord(const QJsonArray &changes, const QString &id)
{
    QJsonObject values;
    QJsonObject clocks;
    for (const QJsonValue &v : changes) {
        const QJsonObject c = v.toObject();
        if (c.value(QLatin1String("id")).toString() != id)
            continue;
        const QString op = c.value(QLatin1String("op")).toString();
        if (op != QLatin1String("upsert"))
            return QJsonObject{{QStringLiteral("_op"), op}};
        const QString hlc = c.value(QLatin1String("hlc")).toString();
        const QJsonObject fields = c.value(QLatin1String("fields")).toObject();
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (hlc > clocks.value(it.key()).toString()) {
                values.insert(it.key(), it.value());
                clocks.insert(it.key(), hlc);
            }
        }
    }
    return values;
}
