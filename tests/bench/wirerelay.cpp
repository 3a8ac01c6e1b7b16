#include "wirerelay.h"

#include <boost/asio.hpp>

#include <array>

namespace asio = boost::asio;
using tcp = asio::ip::tcp;

namespace bench {

namespace {

/** Both sockets of one relayed connection; each direction pumps until either side closes. */
struct Pair : std::enable_shared_from_this<Pair>
{
    Pair(asio::io_context &io, std::atomic<long long> &up, std::atomic<long long> &down)
        : device(io), server(io), up(up), down(down)
    {
    }
    tcp::socket device, server;
    std::array<char, 65536> toServer{}, toDevice{};
    std::atomic<long long> &up, &down;

    void pump(tcp::socket &from, tcp::socket &to, std::array<char, 65536> &buffer, std::atomic<long long> &count)
    {
        auto self = shared_from_this();
        from.async_read_some(asio::buffer(buffer), [self, &from, &to, &buffer, &count](auto ec, size_t n) {
            if (ec) {
                self->close();
                return;
            }
            count += static_cast<long long>(n);
            asio::async_write(to, asio::buffer(buffer.data(), n), [self, &from, &to, &buffer, &count](auto ec2, size_t) {
                if (ec2) {
                    self->close();
                    return;
                }
                self->pump(from, to, buffer, count);
            });
        });
    }
    void close()
    {
        boost::system::error_code ignored;
        device.close(ignored);
        server.close(ignored);
    }
};

} // namespace

struct WireRelay::Impl
{
    asio::io_context io;
    tcp::acceptor acceptor{io};
    tcp::endpoint target;
    std::atomic<long long> *up = nullptr, *down = nullptr;

    void accept()
    {
        auto pair = std::make_shared<Pair>(io, *up, *down);
        acceptor.async_accept(pair->device, [this, pair](auto ec) {
            if (ec)
                return; // the acceptor was closed
            boost::system::error_code connectError;
            pair->server.connect(target, connectError);
            if (connectError) {
                pair->close();
            } else {
                boost::system::error_code ignored;
                pair->device.set_option(tcp::no_delay(true), ignored);
                pair->server.set_option(tcp::no_delay(true), ignored);
                pair->pump(pair->device, pair->server, pair->toServer, *up);
                pair->pump(pair->server, pair->device, pair->toDevice, *down);
            }
            accept();
        });
    }
};

WireRelay::WireRelay(int serverPort) : m_impl(std::make_unique<Impl>())
{
    const auto loopback = asio::ip::make_address("127.0.0.1");
    m_impl->target = tcp::endpoint(loopback, static_cast<unsigned short>(serverPort));
    m_impl->up = &m_up;
    m_impl->down = &m_down;
    m_impl->acceptor.open(tcp::v4());
    m_impl->acceptor.bind(tcp::endpoint(loopback, 0));
    m_impl->acceptor.listen();
    m_port = m_impl->acceptor.local_endpoint().port();
    m_impl->accept();
    m_thread = std::thread([impl = m_impl.get()] { impl->io.run(); });
}

WireRelay::~WireRelay()
{
    m_impl->io.stop();
    m_thread.join();
}

} // namespace bench
