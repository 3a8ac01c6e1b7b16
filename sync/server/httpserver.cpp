#include "httpserver.h"

#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcHttp, "rapport.server.http")

namespace rapport::server {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

namespace {

http::response<http::string_body> toHttp(const ApiReply &reply, unsigned version, bool keepAlive)
{
    http::response<http::string_body> res{static_cast<http::status>(reply.status), version};
    res.set(http::field::server, "rapport-server");
    if (!reply.body.isEmpty()) {
        res.set(http::field::content_type, "application/json");
        res.body().assign(reply.body.constData(), static_cast<std::size_t>(reply.body.size()));
    }
    if (reply.retryAfterSeconds > 0)
        res.set(http::field::retry_after, std::to_string(reply.retryAfterSeconds));
    res.keep_alive(keepAlive);
    res.prepare_payload();
    return res;
}

/** One connection: read a request within the time limit, answer, repeat while kept alive. */
template<class Stream>
class Connection : public std::enable_shared_from_this<Connection<Stream>>
{
public:
    Connection(Stream stream, Api &api, const HttpLimits &limits, std::shared_ptr<std::atomic<int>> open,
               std::string remote)
        : m_stream(std::move(stream)), m_api(api), m_limits(limits), m_open(std::move(open)), m_remote(std::move(remote))
    {
    }
    ~Connection() { --*m_open; }

    void start()
    {
        if constexpr (std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>) {
            beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_limits.readTimeoutSeconds));
            m_stream.async_handshake(asio::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code ec) {
                                         if (!ec)
                                             self->read();
                                     });
        } else {
            read();
        }
    }

private:
    void read()
    {
        m_parser.emplace();
        m_parser->body_limit(m_limits.maxBodyBytes);
        m_parser->header_limit(static_cast<std::uint32_t>(m_limits.maxHeaderBytes));
        m_buffer.clear();
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_limits.readTimeoutSeconds));
        http::async_read(m_stream, m_buffer, *m_parser,
                         [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->onRead(ec); });
    }

    void onRead(beast::error_code ec)
    {
        if (ec == http::error::end_of_stream || ec == beast::error::timeout || ec == asio::error::operation_aborted
            || ec == asio::error::connection_reset || ec == asio::error::eof) {
            return close();
        }
        if (ec == http::error::body_limit)
            return answer(Api::error(413, QStringLiteral("body_too_large"),
                                     QStringLiteral("The request body is larger than %1 bytes; send smaller batches.")
                                         .arg(m_limits.maxBodyBytes)),
                          11, false);
        if (ec == http::error::header_limit)
            return answer(Api::error(431, QStringLiteral("header_too_large"),
                                     QStringLiteral("The request headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes)),
                          11, false);
        if (ec)
            return answer(Api::error(400, QStringLiteral("bad_request"), QStringLiteral("The request is not valid HTTP.")), 11,
                          false);
        const auto &req = m_parser->get();
        ApiRequest request;
        request.method = QString::fromStdString(std::string(req.method_string()));
        request.target = QString::fromStdString(std::string(req.target()));
        request.authorization = QString::fromStdString(std::string(req[http::field::authorization]));
        request.body = QByteArray(req.body().data(), static_cast<int>(req.body().size()));
        request.remoteAddress = QString::fromStdString(m_remote);
        const ApiReply reply = m_api.handle(request);
        // The target may carry a cursor, never a secret, so it can be logged.
        qCDebug(lcHttp) << request.method << request.target << reply.status;
        answer(reply, req.version(), req.keep_alive());
    }

    void answer(const ApiReply &reply, unsigned version, bool keepAlive)
    {
        auto res = std::make_shared<http::response<http::string_body>>(toHttp(reply, version, keepAlive));
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_limits.readTimeoutSeconds));
        http::async_write(m_stream, *res, [self = this->shared_from_this(), res, keepAlive](beast::error_code ec, std::size_t) {
            if (!ec && keepAlive)
                return self->read();
            self->close();
        });
    }

    void close()
    {
        beast::error_code ignored;
        beast::get_lowest_layer(m_stream).socket().shutdown(tcp::socket::shutdown_both, ignored);
    }

    Stream m_stream;
    Api &m_api;
    HttpLimits m_limits;
    std::shared_ptr<std::atomic<int>> m_open;
    std::string m_remote;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
};

} // namespace

HttpServer::HttpServer(asio::io_context &io, Api &api, HttpLimits limits, std::shared_ptr<asio::ssl::context> tls)
    : m_io(io), m_api(api), m_limits(limits), m_tls(std::move(tls)), m_acceptor(asio::make_strand(io))
{
}

std::variant<tcp::endpoint, QString> HttpServer::listen(const tcp::endpoint &endpoint)
{
    beast::error_code ec;
    m_acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        m_acceptor.set_option(asio::socket_base::reuse_address(true), ec);
    if (!ec)
        m_acceptor.bind(endpoint, ec);
    if (!ec)
        m_acceptor.listen(asio::socket_base::max_listen_connections, ec);
    if (ec)
        return QStringLiteral("Cannot listen on %1:%2: %3")
            .arg(QString::fromStdString(endpoint.address().to_string()))
            .arg(endpoint.port())
            .arg(QString::fromStdString(ec.message()));
    accept();
    return m_acceptor.local_endpoint();
}

void HttpServer::stop()
{
    beast::error_code ignored;
    m_acceptor.close(ignored);
}

void HttpServer::accept()
{
    m_acceptor.async_accept(asio::make_strand(m_io), [this](beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted)
            return;
        if (!ec) {
            beast::error_code peerError;
            const auto peer = socket.remote_endpoint(peerError);
            const std::string remote = peerError ? std::string("unknown") : peer.address().to_string();
            if (m_open->load() >= m_limits.maxConnections) {
                // Over the limit: answer 503 synchronously (tiny write) and drop the socket.
                const std::string busy =
                    "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    "Retry-After: 1\r\nContent-Length: 80\r\n\r\n"
                    "{\"error\":{\"code\":\"busy\",\"message\":\"The server is busy; try again in a second.\"}}";
                beast::error_code ignored;
                asio::write(socket, asio::buffer(busy.data(), busy.size()), ignored);
                socket.close(ignored);
            } else {
                ++*m_open;
                // A reply is written whole; without this its last partial
                // segment can wait for the device's delayed ACK (up to 40 ms
                // on Linux) before it leaves, once per pulled page.
                beast::error_code ignored;
                socket.set_option(tcp::no_delay(true), ignored);
                if (m_tls) {
                    std::make_shared<Connection<beast::ssl_stream<beast::tcp_stream>>>(
                        beast::ssl_stream<beast::tcp_stream>(beast::tcp_stream(std::move(socket)), *m_tls), m_api, m_limits,
                        m_open, remote)
                        ->start();
                } else {
                    std::make_shared<Connection<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), m_api, m_limits,
                                                                    m_open, remote)
                        ->start();
                }
            }
        }
        accept();
    });
}

} // namespace rapport::server
