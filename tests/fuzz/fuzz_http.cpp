// The bytes of one connection as rapport-server reads them: Boost.Beast's request_parser with the
// server's header and body limits, each request turned into an ApiRequest as httpserver.cpp does
// and answered by the real Api and storage; pipelined requests are read from what is left over.
// The first byte sets how many bytes each read returns, since TCP may cut a stream anywhere.
#include "apifixture.h"
#include "httpserver.h"

#include <boost/beast/_experimental/test/stream.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/http.hpp>

#include <cstdint>
#include <limits>

namespace beast = boost::beast;
namespace http = beast::http;
using rapport::fuzz::ApiFixture;

// A connection answers this many requests in one input at most; enough for pipelining.
constexpr int kMaxRequestsPerInput = 16;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static boost::asio::io_context io;
    const std::size_t readSize = data[0] < 64 ? 1 + data[0] * 3 : std::numeric_limits<std::size_t>::max();
    beast::test::stream stream(io, beast::string_view(reinterpret_cast<const char *>(data + 1), size - 1));
    stream.read_size(readSize);
    stream.close_remote(); // the client sent everything it will: the end is a closed connection
    const rapport::server::HttpLimits limits;
    beast::flat_buffer buffer;
    for (int i = 0; i < kMaxRequestsPerInput; ++i) {
        http::request_parser<http::string_body> parser;
        parser.body_limit(limits.maxBodyBytes);
        parser.header_limit(static_cast<std::uint32_t>(limits.maxHeaderBytes));
        beast::error_code ec;
        http::read(stream, buffer, parser, ec);
        if (ec)
            return 0; // the server answers 400, 413 or 431 and closes
        // Field by field as Connection::onRead in httpserver.cpp.
        const auto &req = parser.get();
        rapport::server::ApiRequest request;
        request.method = QString::fromStdString(std::string(req.method_string()));
        request.target = QString::fromStdString(std::string(req.target()));
        request.authorization = QString::fromStdString(std::string(req[http::field::authorization]));
        request.body = QByteArray(req.body().data(), static_cast<int>(req.body().size()));
        ApiFixture::checkReply(ApiFixture::instance().handle(request.method, request.target, request.authorization,
                                                             request.body));
        if (!req.keep_alive())
            return 0;
    }
    return 0;
}
