#include "rawconnection.h"

#include <boost/asio/write.hpp>
#include <boost/beast/http.hpp>

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;

RawConnection::RawConnection(int port, const std::string &source, std::chrono::milliseconds timeout,
                             int receiveBufferBytes)
    : m_stream(m_io)
{
    beast::error_code ec;
    m_stream.socket().open(tcp::v4(), ec);
    if (receiveBufferBytes > 0)
        m_stream.socket().set_option(asio::socket_base::receive_buffer_size(receiveBufferBytes), ec);
    m_stream.socket().bind(tcp::endpoint(asio::ip::make_address(source), 0), ec);
    if (ec)
        return;
    m_stream.expires_after(timeout);
    m_stream.async_connect(tcp::endpoint(asio::ip::make_address("127.0.0.1"), static_cast<unsigned short>(port)),
                           [this](beast::error_code connectError) { m_connected = !connectError; });
    m_io.restart();
    m_io.run();
}

bool RawConnection::write(const std::string &data, std::chrono::milliseconds timeout)
{
    bool ok = false;
    m_stream.expires_after(timeout);
    asio::async_write(m_stream, asio::buffer(data), [&ok](beast::error_code ec, std::size_t) { ok = !ec; });
    m_io.restart();
    m_io.run();
    return ok;
}

HttpResponse RawConnection::read(std::chrono::milliseconds timeout)
{
    HttpResponse out;
    http::response_parser<http::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    m_stream.expires_after(timeout);
    beast::error_code result;
    http::async_read(m_stream, m_buffer, parser, [&result](beast::error_code ec, std::size_t) { result = ec; });
    m_io.restart();
    m_io.run();
    if (result || !parser.is_done())
        return out;
    out.status = static_cast<int>(parser.get().result_int());
    out.body = QByteArray::fromStdString(parser.get().body());
    for (const auto &field : parser.get())
        out.headers[std::string(field.name_string())] = std::string(field.value());
    return out;
}

std::size_t RawConnection::readSome(std::string &into, std::size_t max, std::chrono::milliseconds timeout)
{
    // Bytes a previous read() buffered come first.
    if (m_buffer.size() > 0) {
        const std::size_t n = std::min(max, m_buffer.size());
        const auto *data = static_cast<const char *>(m_buffer.data().data());
        into.append(data, n);
        m_buffer.consume(n);
        return n;
    }
    std::string chunk(max, '\0');
    std::size_t got = 0;
    m_stream.expires_after(timeout);
    m_stream.async_read_some(asio::buffer(chunk), [&got](beast::error_code ec, std::size_t n) { got = ec ? 0 : n; });
    m_io.restart();
    m_io.run();
    into.append(chunk.data(), got);
    return got;
}

bool RawConnection::closedByPeer(std::chrono::milliseconds timeout)
{
    const auto end = std::chrono::steady_clock::now() + timeout;
    char scratch[4096];
    while (std::chrono::steady_clock::now() < end) {
        beast::error_code result;
        m_stream.expires_at(end);
        m_stream.async_read_some(asio::buffer(scratch), [&result](beast::error_code ec, std::size_t) { result = ec; });
        m_io.restart();
        m_io.run();
        if (result == beast::error::timeout)
            return false;
        if (result)
            return true;
    }
    return false;
}
