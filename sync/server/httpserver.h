#pragma once

#include "api.h"

#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl/context.hpp>

#include <atomic>
#include <memory>
#include <optional>

namespace rapport::server {

/** Bounds that keep one client from exhausting the server. */
struct HttpLimits
{
    std::size_t maxBodyBytes = 4 * 1024 * 1024;
    std::size_t maxHeaderBytes = 16 * 1024;
    int readTimeoutSeconds = 10;
    int maxConnections = 256;
};

/** Accepts connections and runs each one's keep-alive request loop (plain or TLS). */
class HttpServer
{
public:
    HttpServer(boost::asio::io_context &io, Api &api, HttpLimits limits,
               std::shared_ptr<boost::asio::ssl::context> tls);

    /** Binds and listens; returns the bound endpoint or a message on failure. */
    std::variant<boost::asio::ip::tcp::endpoint, QString> listen(const boost::asio::ip::tcp::endpoint &endpoint);
    void stop();

private:
    void accept();

    boost::asio::io_context &m_io;
    Api &m_api;
    HttpLimits m_limits;
    std::shared_ptr<boost::asio::ssl::context> m_tls;
    boost::asio::ip::tcp::acceptor m_acceptor;
    std::shared_ptr<std::atomic<int>> m_open = std::make_shared<std::atomic<int>>(0);
};

} // namespace rapport::server
