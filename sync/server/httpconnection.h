#pragma once

// One HTTP connection's request loop; included by httpserver.cpp only.

#include "api.h"
#include "connectiontable.h"
#include "httpserver.h"
#include "signinqueue.h"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>

#include <QLoggingCategory>

#include <array>
#include <cerrno>
#include <chrono>

#include <sys/socket.h>

Q_DECLARE_LOGGING_CATEGORY(lcHttp)

namespace rapport::server::http_detail {

namespace asio = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
using Phase = ConnectionTable::Phase;

http::response<http::string_body> toHttp(const ApiReply &reply, unsigned version, bool keepAlive);

/** Errors that mean the peer went away or was cut off: close without an answer. */
bool isDisconnect(const beast::error_code &ec);

/** An answer being written; the serializer refers to the response, so neither moves. */
struct Outgoing
{
    explicit Outgoing(http::response<http::string_body> r) : response(std::move(r))
    {
        // Small writes keep "progress" meaningful for the per-write deadline (see HttpServer::admit).
        serializer.limit(64 * 1024);
    }
    http::response<http::string_body> response;
    http::response_serializer<http::string_body> serializer{response};
};

/**
 * Reads a request (headers within the read timeout, then the body with progress on every read
 * and a minimum average rate), answers it, and repeats while kept alive. Bytes read beyond one
 * request stay in the buffer for the next (pipelining). Everything runs on the connection's
 * strand; evict() may be called from any thread.
 */
template<class Stream>
class Connection : public Evictable, public std::enable_shared_from_this<Connection<Stream>>
{
public:
    Connection(Stream stream, Api &api, SignInQueue &signIns, const HttpLimits &limits,
               std::shared_ptr<ConnectionTable> table, std::uint64_t id, std::string remote)
        : m_stream(std::move(stream)), m_api(api), m_signIns(signIns), m_limits(limits), m_table(std::move(table)),
          m_id(id), m_remote(std::move(remote)), m_holdTimer(m_stream.get_executor())
    {
    }
    ~Connection() override
    {
        if (m_holdCounted)
            m_api.notifier()->holdEnded();
        m_table->release(m_id);
    }

    /** Starts on the connection's own strand, so evict() never races with it. */
    void begin()
    {
        asio::post(m_stream.get_executor(), [self = this->shared_from_this()] { self->start(); });
    }

    void evict() override
    {
        asio::post(m_stream.get_executor(), [self = this->shared_from_this()] {
            self->m_evicted = true;
            // A held pull is answered now with what there is, then the connection closes.
            if (self->m_held)
                return self->finishHold();
            // A connection at work finishes its answer and then closes instead of staying alive.
            if (self->m_phase != Phase::Working)
                self->close();
        });
    }

private:
    static constexpr bool kTls = std::is_same_v<Stream, beast::ssl_stream<beast::tcp_stream>>;

    void start()
    {
        if (m_closed)
            return;
        if constexpr (kTls) {
            lowest().expires_after(readTimeout());
            m_stream.async_handshake(asio::ssl::stream_base::server,
                                     [self = this->shared_from_this()](beast::error_code ec) {
                                         if (ec)
                                             return self->close();
                                         self->readHeader();
                                     });
        } else {
            readHeader();
        }
    }

    beast::tcp_stream &lowest() { return beast::get_lowest_layer(m_stream); }
    std::chrono::seconds readTimeout() const { return std::chrono::seconds(m_limits.readTimeoutSeconds); }
    void setPhase(Phase phase)
    {
        m_phase = phase;
        m_table->setPhase(m_id, phase);
    }

    void readHeader()
    {
        if (m_closed)
            return;
        if (m_evicted)
            return close();
        m_parser.emplace();
        m_parser->body_limit(m_limits.maxBodyBytes);
        m_parser->header_limit(static_cast<std::uint32_t>(m_limits.maxHeaderBytes));
        setPhase(m_answered ? Phase::Idle : Phase::Waiting);
        // Not cleared: it may already hold the next pipelined request.
        lowest().expires_after(readTimeout());
        http::async_read_header(m_stream, m_buffer, *m_parser,
                                [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->onHeader(ec); });
    }

    void onHeader(beast::error_code ec)
    {
        if (m_closed)
            return;
        if (ec)
            return onReadError(ec);
        setPhase(Phase::Working);
        const auto length = m_parser->content_length();
        if (length && *length > m_limits.maxBodyBytes)
            return refuseBody();
        if (m_parser->is_done())
            return dispatch();
        m_bodyStarted = Clock::now();
        if (beast::iequals(m_parser->get()[http::field::expect], "100-continue")) {
            static constexpr std::string_view kContinue = "HTTP/1.1 100 Continue\r\n\r\n";
            lowest().expires_after(readTimeout());
            asio::async_write(m_stream, asio::buffer(kContinue.data(), kContinue.size()),
                              [self = this->shared_from_this()](beast::error_code writeError, std::size_t) {
                                  if (writeError)
                                      return self->close();
                                  self->readBody();
                              });
            return;
        }
        readBody();
    }

    void readBody()
    {
        if (m_closed)
            return;
        lowest().expires_after(readTimeout());
        http::async_read_some(m_stream, m_buffer, *m_parser,
                              [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->onBody(ec); });
    }

    void onBody(beast::error_code ec)
    {
        if (m_closed)
            return;
        if (ec)
            return onReadError(ec);
        if (m_parser->is_done())
            return dispatch();
        // Progress on every read is not enough against a body trickling a byte at a time.
        const double seconds = std::chrono::duration<double>(Clock::now() - m_bodyStarted).count();
        if (seconds > m_limits.readTimeoutSeconds
            && double(m_parser->get().body().size()) < double(m_limits.minBodyBytesPerSecond) * seconds) {
            qCInfo(lcHttp) << "cut a request body from" << m_remote.c_str() << "arriving slower than"
                           << m_limits.minBodyBytesPerSecond << "bytes/s";
            return close();
        }
        readBody();
    }

    void onReadError(beast::error_code ec)
    {
        if (ec == http::error::body_limit)
            return refuseBody();
        if (isDisconnect(ec))
            return close();
        // The client may still be sending: read and drop the rest after the answer, so closing
        // does not reset the connection before the client has read why.
        m_drainAfterAnswer = true;
        if (ec == http::error::header_limit)
            return answer(Api::error(431, QStringLiteral("header_too_large"),
                                     QStringLiteral("The request headers are larger than %1 bytes.").arg(m_limits.maxHeaderBytes)),
                          11, false);
        answer(Api::error(400, QStringLiteral("bad_request"), QStringLiteral("The request is not valid HTTP.")), 11, false);
    }

    void dispatch()
    {
        const auto &req = m_parser->get();
        ApiRequest request;
        request.method = QString::fromStdString(std::string(req.method_string()));
        request.target = QString::fromStdString(std::string(req.target()));
        request.authorization = QString::fromStdString(std::string(req[http::field::authorization]));
        request.acceptEncoding = QString::fromStdString(std::string(req[http::field::accept_encoding]));
        request.body = QByteArray(req.body().data(), static_cast<qsizetype>(req.body().size()));
        request.remoteAddress = QString::fromStdString(m_remote);
        const unsigned version = req.version();
        const bool keepAlive = req.keep_alive();
        if (request.method == QLatin1String("POST")
            && request.target.section(QLatin1Char('?'), 0, 0) == QLatin1String("/v1/session")) {
            // Password hashing must not hold an I/O thread: the queue answers on this strand later.
            m_signIns.submit(std::move(request), m_stream.get_executor(),
                             [self = this->shared_from_this(), version, keepAlive](ApiReply reply) {
                                 qCDebug(lcHttp) << "POST /v1/session" << reply.status;
                                 self->answer(reply, version, keepAlive);
                             });
            return;
        }
        runApi(request, [self = this->shared_from_this(), request, version, keepAlive](ApiReply reply) {
            if (reply.hold && self->m_api.notifier())
                return self->startHold(request, reply, version, keepAlive);
            // The target may carry a cursor, never a secret, so it can be logged.
            qCDebug(lcHttp) << request.method << request.target << reply.status;
            self->answer(reply, version, keepAlive);
        });
    }

    /**
     * Runs a request through the API: on the I/O thread for the embedded database, on the
     * storage threads for PostgreSQL (`done` then runs on this connection's strand).
     */
    void runApi(ApiRequest request, std::function<void(ApiReply)> done)
    {
        if (m_api.storagePool())
            return m_api.handleOnPool(std::move(request), m_stream.get_executor(), std::move(done));
        done(m_api.handle(request));
    }

    // A pull with wait=S that found nothing is held here: no thread waits, only a timer, a
    // registration with the notifier and a watch for the peer going away. The stream's own
    // deadline is not running meanwhile (it only runs during reads and writes), so a held request
    // counts against no request or idle timeout; it ends at its own deadline at the latest.

    struct Held
    {
        ApiRequest request;
        unsigned version = 11;
        bool keepAlive = false;
        Clock::time_point deadline;
    };

    void startHold(ApiRequest request, const ApiReply &reply, unsigned version, bool keepAlive)
    {
        const std::uint64_t seq = ++m_holdSeq;
        m_held = Held{std::move(request), version, keepAlive, Clock::now() + std::chrono::seconds(reply.hold->seconds)};
        setPhase(Phase::Held);
        if (!m_holdCounted) {
            m_holdCounted = true;
            m_api.notifier()->holdStarted();
        }
        m_holdTimer.expires_at(m_held->deadline);
        m_holdTimer.async_wait([self = this->shared_from_this(), seq](beast::error_code ec) {
            if (!ec && seq == self->m_holdSeq)
                self->finishHold();
        });
        watchPeer(seq);
        registerHold(*reply.hold, reply);
    }

    /**
     * Readable while held means the device closed (or sent its next request early): a closed one
     * frees its place now instead of at the deadline. A readiness report can be stale (the
     * request's own bytes may have been read before it was delivered), so only a peek that
     * sees the end of the stream closes; nothing to read yet means watch again.
     */
    void watchPeer(std::uint64_t seq)
    {
        lowest().socket().async_wait(tcp::socket::wait_read, [self = this->shared_from_this(), seq](beast::error_code ec) {
            if (ec || seq != self->m_holdSeq || !self->m_held)
                return;
            char byte = 0;
            const ssize_t n = ::recv(self->lowest().socket().native_handle(), &byte, 1, MSG_PEEK | MSG_DONTWAIT);
            if (n > 0)
                return; // the next request, read after the answer
            if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
                return self->watchPeer(seq);
            self->close();
        });
    }

    void registerHold(const PullHold &hold, const ApiReply &reply)
    {
        const std::uint64_t seq = m_holdSeq;
        auto wake = [self = this->shared_from_this(), seq] {
            asio::post(self->m_stream.get_executor(), [self, seq] {
                if (seq == self->m_holdSeq)
                    self->onWake();
            });
        };
        std::uint64_t id = 0;
        switch (m_api.notifier()->hold(hold, std::move(wake), &id)) {
        case ChangeNotifier::Hold::Waiting:
            m_holdId = id;
            return;
        case ChangeNotifier::Hold::Ready:
            // Something committed between the look and the registration: look again on the
            // strand (posted, so a burst of commits cannot nest calls).
            asio::post(m_stream.get_executor(), [self = this->shared_from_this(), seq] {
                if (seq == self->m_holdSeq)
                    self->onWake();
            });
            return;
        case ChangeNotifier::Hold::Full:
            qCInfo(lcHttp) << "answered a pull at once: the cap of" << m_api.notifier()->maxHeld()
                           << "held requests is reached";
            [[fallthrough]];
        case ChangeNotifier::Hold::Stopping:
            return answerHeld(reply);
        }
    }

    /** A change for the organisation (or shutdown): pull again; hold on if still nothing and time is left. */
    void onWake()
    {
        if (!m_held || m_closed)
            return;
        m_holdId = 0;
        if (m_evicted || m_api.notifier()->stopping() || Clock::now() >= m_held->deadline)
            return finishHold();
        const std::uint64_t seq = m_holdSeq;
        runApi(m_held->request, [self = this->shared_from_this(), seq](ApiReply reply) {
            if (seq != self->m_holdSeq || !self->m_held || self->m_closed)
                return; // answered meanwhile (deadline, shutdown)
            if (reply.hold)
                return self->registerHold(*reply.hold, reply);
            self->answerHeld(reply);
        });
    }

    /** The deadline, shutdown or eviction: answer with what the pull finds now, held or not. */
    void finishHold()
    {
        if (!m_held || m_closed)
            return;
        const std::uint64_t seq = m_holdSeq;
        runApi(m_held->request, [self = this->shared_from_this(), seq](ApiReply reply) {
            if (seq == self->m_holdSeq && self->m_held && !self->m_closed)
                self->answerHeld(reply);
        });
    }

    void answerHeld(const ApiReply &reply)
    {
        if (!m_held)
            return;
        if (m_holdId) {
            m_api.notifier()->cancel(m_holdId);
            m_holdId = 0;
        }
        ++m_holdSeq; // late timers, wakes and watches of this hold find nothing to do
        m_holdTimer.cancel();
        beast::error_code ignored;
        lowest().socket().cancel(ignored);
        const Held held = std::move(*m_held);
        m_held.reset();
        qCDebug(lcHttp) << held.request.method << held.request.target << reply.status << "(held)";
        // At shutdown the device is told to reconnect: the answer closes the connection.
        answer(reply, held.version, held.keepAlive && !m_api.notifier()->stopping());
    }

    /** 413 with the limits, then a half-close and a bounded drain, so the client reads the answer instead of a reset. */
    void refuseBody()
    {
        m_drainAfterAnswer = true;
        answer(m_api.withLimits(Api::error(413, QStringLiteral("body_too_large"),
                                           QStringLiteral("The request body is larger than %1 bytes; send smaller batches.")
                                               .arg(m_limits.maxBodyBytes))),
               11, false);
    }

    void answer(const ApiReply &reply, unsigned version, bool keepAlive)
    {
        if (m_closed)
            return;
        setPhase(Phase::Working);
        m_keepAlive = keepAlive && !m_evicted;
        m_out = std::make_unique<Outgoing>(toHttp(reply, version, m_keepAlive));
        writeSome();
    }

    void writeSome()
    {
        // A deadline per write, not per answer: a slow reader of a big answer is served as long as
        // it keeps reading; one that stops reading is cut off and the answer freed.
        lowest().expires_after(readTimeout());
        http::async_write_some(m_stream, m_out->serializer,
                               [self = this->shared_from_this()](beast::error_code ec, std::size_t) { self->onWrite(ec); });
    }

    void onWrite(beast::error_code ec)
    {
        if (m_closed)
            return;
        if (ec)
            return close();
        if (!m_out->serializer.is_done())
            return writeSome();
        m_out.reset();
        m_answered = true;
        if (m_holdCounted && !m_held) {
            m_holdCounted = false;
            m_api.notifier()->holdEnded();
        }
        if (m_drainAfterAnswer)
            return drain();
        if (m_keepAlive)
            return readHeader();
        close();
    }

    void drain()
    {
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_send, ignored);
        m_drainStarted = Clock::now();
        drainSome();
    }

    void drainSome()
    {
        lowest().expires_after(readTimeout());
        lowest().async_read_some(asio::buffer(m_scratch), [self = this->shared_from_this()](beast::error_code ec,
                                                                                              std::size_t n) {
            self->m_drained += n;
            const bool tooLong = Clock::now() - self->m_drainStarted > 2 * self->readTimeout();
            if (ec || tooLong || self->m_drained > self->m_limits.maxBodyBytes + 4 * 1024 * 1024)
                return self->close();
            self->drainSome();
        });
    }

    void close()
    {
        if (m_closed)
            return;
        m_closed = true;
        if (m_held) {
            if (m_holdId)
                m_api.notifier()->cancel(m_holdId);
            m_holdId = 0;
            ++m_holdSeq;
            m_held.reset();
            m_holdTimer.cancel();
        }
        beast::error_code ignored;
        lowest().socket().shutdown(tcp::socket::shutdown_both, ignored);
        // Frees the descriptor now and ends pending operations; they see m_closed.
        lowest().close();
    }

    Stream m_stream;
    Api &m_api;
    SignInQueue &m_signIns;
    const HttpLimits m_limits;
    std::shared_ptr<ConnectionTable> m_table;
    const std::uint64_t m_id;
    const std::string m_remote;
    asio::steady_timer m_holdTimer;
    std::optional<Held> m_held;
    std::uint64_t m_holdSeq = 0;
    std::uint64_t m_holdId = 0;
    bool m_holdCounted = false;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    std::unique_ptr<Outgoing> m_out;
    Phase m_phase = Phase::Waiting;
    Clock::time_point m_bodyStarted;
    Clock::time_point m_drainStarted;
    std::size_t m_drained = 0;
    std::array<char, 16384> m_scratch{};
    bool m_answered = false;
    bool m_keepAlive = false;
    bool m_evicted = false;
    bool m_drainAfterAnswer = false;
    bool m_closed = false;
};

} // namespace rapport::server::http_detail
