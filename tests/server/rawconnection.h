#pragma once

#include "httpclient.h"

#include <boost/asio/io_context.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>

#include <chrono>
#include <string>

/**
 * One loopback connection driven byte by byte with a deadline on every step, for clients that
 * misbehave on purpose (pipelining, trickling, not reading) and for servers that may not answer:
 * nothing here blocks longer than its timeout.
 */
class RawConnection
{
public:
    /** receiveBufferBytes > 0 shrinks the socket's receive buffer, so a slow reader holds the server back. */
    RawConnection(int port, const std::string &source = "127.0.0.1",
                  std::chrono::milliseconds timeout = std::chrono::seconds(10), int receiveBufferBytes = 0);
    bool connected() const { return m_connected; }
    /** All of data within the timeout; false on error or time-out. */
    bool write(const std::string &data, std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /** The next response (a 100 Continue is one too); status 0 when none came in time. */
    HttpResponse read(std::chrono::milliseconds timeout = std::chrono::seconds(10));
    /** Appends up to max bytes that arrive within the timeout; 0 on end of stream, error or time-out. */
    std::size_t readSome(std::string &into, std::size_t max, std::chrono::milliseconds timeout);
    /** True when the server closed (end of stream or reset) within the timeout; data is discarded. */
    bool closedByPeer(std::chrono::milliseconds timeout);

private:
    boost::asio::io_context m_io;
    boost::beast::tcp_stream m_stream;
    boost::beast::flat_buffer m_buffer;
    bool m_connected = false;
};
