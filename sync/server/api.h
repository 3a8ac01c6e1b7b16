#pragma once

#include "changenotifier.h"
#include "ratelimiter.h"
#include "storage.h"

#include <boost/asio/any_io_executor.hpp>

#include <functional>

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace rapport::server {

class WorkerPool;

struct ApiRequest
{
    QString method;
    QString target; // path and query
    QString authorization;
    QByteArray body;
    QString remoteAddress;
    QString acceptEncoding; // the Accept-Encoding header, for pull and snapshot answers
};

struct ApiReply
{
    int status = 200;
    QByteArray body; // JSON, empty for 204
    int retryAfterSeconds = 0;
    /** Set by a pull with wait=S that found nothing: the transport may hold it (see ChangeNotifier). */
    std::optional<PullHold> hold;
    /** The Content-Encoding of `body` ("zstd", "deflate"), empty when it is plain JSON. */
    QByteArray contentEncoding;
    /** Further response headers (name, value), such as a snapshot page's next token. */
    std::vector<std::pair<QByteArray, QByteArray>> headers;
};

/** The answer to a failed storage call: 503 with retry_after when the database is away, else 500. */
ApiReply storageFailed(const StorageError &e);

/** The /v1 routes, independent of the HTTP transport. Thread-safe. */
class Api
{
public:
    Api(Storage &storage, SignInLimiter &limiter) : m_storage(storage), m_limiter(limiter) {}

    ApiReply handle(const ApiRequest &request);

    /** Storage calls then run on `pool` (PostgreSQL), not on the caller's thread; null: inline. */
    void setStoragePool(WorkerPool *pool) { m_storagePool = pool; }
    WorkerPool *storagePool() const { return m_storagePool; }
    /**
     * Handles the request on the storage pool and posts the reply to `executor` (the connection's
     * strand); a full queue is answered 503 busy with retry_after at once.
     */
    void handleOnPool(ApiRequest request, boost::asio::any_io_executor executor,
                      std::function<void(ApiReply)> done);

    static ApiReply error(int status, const QString &code, const QString &message);
    /**
     * A refusal the device retries after `seconds`: an error body with "retry_after", and the
     * Retry-After header (429 too many attempts, 503 busy or without its database).
     */
    static ApiReply retryLater(int status, const QString &code, const QString &message, int seconds);
    /** A JSON answer with server_time and server_time_ms added. */
    static ApiReply answer(int status, QJsonObject body);
    /** The request body limit the transport enforces, announced to devices in "limits". */
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    /** {"max_body_bytes","max_mutations"}: what a device may send in one push. */
    QJsonObject limits() const;
    /** The reply with "limits" added to its JSON body. */
    ApiReply withLimits(ApiReply reply) const;

    /** Woken after pushes commit; pulls with wait=S hold on it. Without one, wait is accepted and ignored. */
    void setNotifier(ChangeNotifier *notifier) { m_notifier = notifier; }
    ChangeNotifier *notifier() const { return m_notifier; }

private:
    ApiReply route(const ApiRequest &request);
    ApiReply signIn(const ApiRequest &request);
    ApiReply signOut(const Caller &caller);
    ApiReply push(const Caller &caller, const ApiRequest &request);
    ApiReply pull(const Caller &caller, const ApiRequest &request);
    // apisnapshot.cpp: a fresh device's first sync, and compressing large sync answers.
    ApiReply snapshot(const Caller &caller, const ApiRequest &request);
    static ApiReply encoded(ApiReply reply, const ApiRequest &request);
    // apiactivity.cpp: the activity trail (GET for managers and admins, POST for a device's report).
    ApiReply readActivity(const Caller &caller, const ApiRequest &request);
    ApiReply reportActivity(const Caller &caller, const ApiRequest &request);
    ApiReply health();
    // Every route answers a failed storage call through here: 503 with retry_after while the
    // database cannot be reached (a restart), 500 server_error otherwise.
    static ApiReply storageFailure(const StorageError &e);

    Storage &m_storage;
    SignInLimiter &m_limiter;
    qint64 m_maxBodyBytes = 4 * 1024 * 1024;
    WorkerPool *m_storagePool = nullptr;
    ChangeNotifier *m_notifier = nullptr;
};

} // namespace rapport::server
