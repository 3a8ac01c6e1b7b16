#include "httpserver.h"

#include "httpconnection.h"

#include <boost/asio/strand.hpp>

#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

Q_LOGGING_CATEGORY(lcHttp, "rapport.server.http")

namespace rapport::server {

namespace http_detail {

http::response<http::string_body> toHttp(const ApiReply &reply, unsigned version, bool keepAlive)
{
    http::response<http::string_body> res{static_cast<http::status>(reply.status), version};
    res.set(http::field::server, "rapport-server");
    if (!reply.body.isEmpty()) {
        res.set(http::field::content_type, "application/json");
        if (!reply.contentEncoding.isEmpty())
            res.set(http::field::content_encoding, reply.contentEncoding.toStdString());
        res.body().assign(reply.body.constData(), static_cast<std::size_t>(reply.body.size()));
    }
    if (reply.retryAfterSeconds > 0)
        res.set(http::field::retry_after, std::to_string(reply.retryAfterSeconds));
    for (const auto &[name, value] : reply.headers)
        res.set(std::string_view(name.constData(), static_cast<std::size_t>(name.size())),
                std::string_view(value.constData(), static_cast<std::size_t>(value.size())));
    res.keep_alive(keepAlive);
    res.prepare_payload();
    return res;
}

bool isDisconnect(const beast::error_code &ec)
{
    return ec == http::error::end_of_stream || ec == http::error::partial_message || ec == beast::error::timeout
        || ec == asio::error::operation_aborted || ec == asio::error::connection_reset || ec == asio::error::eof
        || ec == asio::error::bad_descriptor || ec == asio::ssl::error::stream_truncated;
}

} // namespace http_detail

using namespace http_detail;

namespace {

/**
 * Whom a connection counts against: the IPv4 address, or the /64 prefix of an IPv6 one (one
 * subscriber commonly holds a whole /64, so single IPv6 addresses would be free to multiply).
 */
std::string connectionOwner(const asio::ip::address &address)
{
    if (!address.is_v6())
        return address.to_string();
    const asio::ip::address_v6 v6 = address.to_v6();
    if (v6.is_v4_mapped())
        return asio::ip::make_address_v4(asio::ip::v4_mapped, v6).to_string();
    asio::ip::address_v6::bytes_type bytes = v6.to_bytes();
    std::fill(bytes.begin() + 8, bytes.end(), 0);
    return asio::ip::address_v6(bytes).to_string() + "/64";
}

/** A tiny answer written straight on a socket the server will not keep. */
void refuse(tcp::socket &socket, const char *message)
{
    const std::string body = std::string(R"({"error":{"code":"busy","message":")") + message + "\"}}";
    const std::string text = "HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
                             "Retry-After: 1\r\nContent-Length: "
        + std::to_string(body.size()) + "\r\n\r\n" + body;
    beast::error_code ignored;
    // A new socket's send buffer is empty, so this small write does not block.
    asio::write(socket, asio::buffer(text), ignored);
    socket.close(ignored);
}

} // namespace

HttpServer::HttpServer(asio::io_context &io, Api &api, SignInQueue &signIns, HttpLimits limits,
                       std::shared_ptr<asio::ssl::context> tls)
    : m_io(io), m_api(api), m_signIns(signIns), m_limits(limits), m_tls(std::move(tls)),
      m_acceptor(asio::make_strand(io)), m_acceptRetry(m_acceptor.get_executor()),
      m_table(std::make_shared<ConnectionTable>(limits.maxConnections, limits.maxConnectionsPerAddress))
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
    asio::post(m_acceptor.get_executor(), [this] {
        beast::error_code ignored;
        m_acceptor.close(ignored);
        m_acceptRetry.cancel();
    });
}

void HttpServer::accept()
{
    m_acceptor.async_accept(asio::make_strand(m_io), [this](beast::error_code ec, tcp::socket socket) {
        if (ec == asio::error::operation_aborted)
            return;
        if (ec)
            return acceptFailed(ec);
        m_acceptDelay = std::chrono::milliseconds(0);
        admit(std::move(socket));
        accept();
    });
}

void HttpServer::acceptFailed(const boost::system::error_code &ec)
{
    // The peer gave up while waiting in the backlog: nothing wrong here.
    if (ec == asio::error::connection_aborted || ec == asio::error::connection_reset)
        return accept();
    // Out of descriptors (EMFILE, ENFILE) or kernel memory: accepting again at once fails again
    // and spins a core. Wait, 50 ms doubling to 1 s, until connections close and free some.
    if (m_acceptDelay.count() == 0) {
        qCWarning(lcHttp).noquote() << QStringLiteral("Cannot accept connections (%1); trying again shortly.")
                                           .arg(QString::fromStdString(ec.message()));
        m_acceptDelay = std::chrono::milliseconds(50);
    } else {
        m_acceptDelay = std::min(m_acceptDelay * 2, std::chrono::milliseconds(1000));
    }
    m_acceptRetry.expires_after(m_acceptDelay);
    m_acceptRetry.async_wait([this](beast::error_code waitError) {
        if (!waitError)
            accept();
    });
}

void HttpServer::admit(tcp::socket socket)
{
    beast::error_code peerError;
    const auto peer = socket.remote_endpoint(peerError);
    const std::string remote = peerError ? std::string("unknown") : peer.address().to_string();
    const auto [id, refusal] = m_table->admit(peerError ? remote : connectionOwner(peer.address()));
    if (refusal == ConnectionTable::Refusal::AddressFull)
        return refuse(socket, "This address has too many connections open; close idle ones and try again.");
    if (refusal == ConnectionTable::Refusal::ServerFull)
        return refuse(socket, "The server is busy; try again in a second.");
    // A reply is written whole; without this its last partial segment can wait for the
    // device's delayed ACK (up to 40 ms on Linux) before it leaves, once per pulled page.
    beast::error_code ignored;
    socket.set_option(tcp::no_delay(true), ignored);
#ifdef TCP_NOTSENT_LOWAT
    // The socket counts as writable again once less than this is waiting unsent, so an answer
    // to a slow reader moves in small steps that each meet the write deadline, and the kernel
    // holds little of it per connection.
    const int lowWater = 128 * 1024;
    ::setsockopt(socket.native_handle(), IPPROTO_TCP, TCP_NOTSENT_LOWAT, &lowWater, sizeof lowWater);
#endif
    if (m_tls) {
        auto connection = std::make_shared<Connection<beast::ssl_stream<beast::tcp_stream>>>(
            beast::ssl_stream<beast::tcp_stream>(beast::tcp_stream(std::move(socket)), *m_tls), m_api, m_signIns, m_limits,
            m_table, id, remote);
        m_table->attach(id, connection);
        connection->begin();
    } else {
        auto connection = std::make_shared<Connection<beast::tcp_stream>>(beast::tcp_stream(std::move(socket)), m_api,
                                                                          m_signIns, m_limits, m_table, id, remote);
        m_table->attach(id, connection);
        connection->begin();
    }
}

} // namespace rapport::server
