#pragma once

#include "api.h"
#include "connectiontable.h"
#include "signinqueue.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>
#include <boost/asio/steady_timer.hpp>

#include <chrono>
#include <memory>
#include <optional>

namespace rapport::server {

/** Bounds that keep one client from exhausting the server. */
struct HttpLimits
{
    std::size_t maxBodyBytes = 4 * 1024 * 1024;
    std::size_t maxHeaderBytes = 16 * 1024;
    /** Headers must arrive within it; each read of a body and each write of an answer must make progress within it. */
    int readTimeoutSeconds = 10;
    /** After the first readTimeoutSeconds of a body, its average rate must stay above this. */
    std::size_t minBodyBytesPerSecond = 4096;
    int maxConnections = 256;
    int maxConnectionsPerAddress = 32;
};

/** Accepts connections and runs each one's keep-alive request loop (plain or TLS). */
class HttpServer
{
public:
    HttpServer(boost::asio::io_context &io, Api &api, SignInQueue &signIns, HttpLimits limits,
               std::shared_ptr<boost::asio::ssl::context> tls);

    /** Binds and listens; returns the bound endpoint or a message on failure. */
    std::variant<boost::asio::ip::tcp::endpoint, QString> listen(const boost::asio::ip::tcp::endpoint &endpoint);
    void stop();

private:
    void accept();
    void acceptFailed(const boost::system::error_code &ec);
    void admit(boost::asio::ip::tcp::socket socket);

    boost::asio::io_context &m_io;
    Api &m_api;
    SignInQueue &m_signIns;
    HttpLimits m_limits;
    std::shared_ptr<boost::asio::ssl::context> m_tls;
    boost::asio::ip::tcp::acceptor m_acceptor;
    boost::asio::steady_timer m_acceptRetry;
    std::chrono::milliseconds m_acceptDelay{0};
    std::shared_ptr<ConnectionTable> m_table;
};

} // namespace rapport::server
