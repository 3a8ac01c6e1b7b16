#include "httpconn.h"

#include <boost/asio/ip/tcp.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>

#include <QJsonDocument>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace bench {

QJsonObject HttpResult::json() const
{
    return QJsonDocument::fromJson(body).object();
}

struct HttpConnection::Socket
{
    asio::io_context io;
    beast::tcp_stream stream{io};
    beast::flat_buffer buffer;
    bool open = false;
};

HttpConnection::HttpConnection(int port) : m_port(port), m_socket(std::make_unique<Socket>()) {}

HttpConnection::~HttpConnection()
{
    beast::error_code ignored;
    m_socket->stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
}

bool HttpConnection::connect(QString *error)
{
    beast::error_code ec;
    m_socket->stream.socket().close(ec);
    m_socket->buffer.clear();
    m_socket->stream.expires_after(std::chrono::seconds(30));
    m_socket->stream.connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(m_port)),
                             ec);
    m_socket->open = !ec;
    if (ec)
        *error = QStringLiteral("cannot connect to 127.0.0.1:%1: %2").arg(m_port).arg(QString::fromStdString(ec.message()));
    else
        m_socket->stream.socket().set_option(tcp::no_delay(true), ec);
    return m_socket->open;
}

HttpResult HttpConnection::request(const char *method, const std::string &target, const QByteArray &body)
{
    http::request<http::string_body> req{http::string_to_verb(method), target, 11};
    req.set(http::field::host, "127.0.0.1");
    req.keep_alive(true);
    if (!m_token.empty())
        req.set(http::field::authorization, "Bearer " + m_token);
    if (!m_acceptEncoding.empty())
        req.set(http::field::accept_encoding, m_acceptEncoding);
    if (!body.isEmpty()) {
        req.set(http::field::content_type, "application/json");
        req.body() = body.toStdString();
    }
    req.prepare_payload();

    HttpResult out;
    // A reused socket may have been closed by the server while idle; that is not a failure.
    for (int attempt = 0; attempt < 2; ++attempt) {
        const bool reused = m_socket->open;
        if (!m_socket->open && !connect(&out.error))
            return out;
        beast::error_code ec;
        m_socket->stream.expires_after(std::chrono::seconds(60));
        const size_t written = http::write(m_socket->stream, req, ec);
        http::response_parser<http::string_body> parser;
        parser.body_limit(64 * 1024 * 1024);
        size_t read = 0;
        if (!ec)
            read = http::read(m_socket->stream, m_socket->buffer, parser, ec);
        if (ec) {
            m_socket->open = false;
            if (reused && read == 0) {
                ++m_reconnects;
                continue;
            }
            out.error = QString::fromStdString(ec.message());
            return out;
        }
        out.status = static_cast<int>(parser.get().result_int());
        out.body = QByteArray::fromStdString(parser.get().body());
        out.bytesSent = qint64(written);
        out.bytesReceived = qint64(read);
        if (!parser.get().keep_alive())
            m_socket->open = false;
        return out;
    }
    out.error = QStringLiteral("the connection closed twice in a row");
    return out;
}

HttpResult HttpConnection::post(const std::string &target, const QJsonObject &body)
{
    return request("POST", target, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

} // namespace bench
