#include "api.h"

#include "crypto.h"
#include "protocol/jsontext.h"
#include "printable.h"
#include "protocol/schema.h"
#include "protocol/wire.h"
#include "workerpool.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>

#include <boost/asio/post.hpp>

#include <algorithm>
#include <memory>

Q_LOGGING_CATEGORY(lcApi, "rapport.server.api")

namespace rapport::server {

namespace {

ApiReply json(int status, QJsonObject body)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    body.insert(QStringLiteral("server_time"), protocol::isoTime(now));
    body.insert(QStringLiteral("server_time_ms"), static_cast<double>(now));
    return ApiReply{status, protocol::toJsonText(body), 0, std::nullopt, {}, {}};
}

/** The database cannot be reached right now (a PostgreSQL restart): the device tries again soon. */
ApiReply databaseUnavailable()
{
    constexpr int kRetryAfterSeconds = 5;
    return Api::retryLater(503, QStringLiteral("unavailable"),
                           QStringLiteral("The server cannot reach its database right now; try again in %1 s.")
                               .arg(kRetryAfterSeconds),
                           kRetryAfterSeconds);
}

} // namespace

ApiReply Api::storageFailure(const StorageError &e)
{
    qCWarning(lcApi) << "storage failure:" << e.message;
    if (e.unavailable)
        return databaseUnavailable();
    if (e.retry) {
        // Lost a race with other writers again and again (the storage already ran it again for
        // seconds); nothing of it was applied, so the device sends the same batch again.
        return retryLater(503, QStringLiteral("busy"),
                          QStringLiteral("The server is busy with many changes at once; try again in a second."), 1);
    }
    return error(500, QStringLiteral("server_error"),
                 QStringLiteral("The server could not store or read data; try again later."));
}

ApiReply Api::retryLater(int status, const QString &code, const QString &message, int seconds)
{
    QJsonObject body = protocol::errorBody(code, message);
    body.insert(QStringLiteral("retry_after"), seconds);
    ApiReply reply = json(status, std::move(body));
    reply.retryAfterSeconds = seconds;
    return reply;
}

ApiReply Api::answer(int status, QJsonObject body)
{
    return json(status, std::move(body));
}

ApiReply Api::error(int status, const QString &code, const QString &message)
{
    return json(status, protocol::errorBody(code, message));
}

QJsonObject Api::limits() const
{
    return QJsonObject{{QStringLiteral("max_body_bytes"), static_cast<double>(m_maxBodyBytes)},
                       {QStringLiteral("max_mutations"), protocol::kMaxMutationsPerPush}};
}

ApiReply Api::withLimits(ApiReply reply) const
{
    QJsonObject body = protocol::parseJsonObject(reply.body);
    body.insert(QStringLiteral("limits"), limits());
    reply.body = protocol::toJsonText(body);
    return reply;
}

ApiReply Api::handle(const ApiRequest &request)
{
    // The last line of defence: whatever a storage call throws ends this request with a 500,
    // never the process (a corrupt page must not take every other request down with it).
    try {
        return encoded(route(request), request);
    } catch (const StorageUnavailable &e) {
        qCWarning(lcApi) << "request failed:" << e.what();
        return databaseUnavailable();
    } catch (const std::exception &e) {
        qCWarning(lcApi) << "request failed:" << e.what();
    } catch (...) {
        qCWarning(lcApi) << "request failed with an unknown exception";
    }
    return error(500, QStringLiteral("server_error"),
                 QStringLiteral("The server could not store or read data; try again later."));
}

void Api::handleOnPool(ApiRequest request, boost::asio::any_io_executor executor, std::function<void(ApiReply)> done)
{
    auto shared = std::make_shared<std::function<void(ApiReply)>>(std::move(done));
    const bool queued = m_storagePool->tryPost([this, request = std::move(request), executor, shared] {
        ApiReply reply = handle(request);
        boost::asio::post(executor, [shared, reply = std::move(reply)]() mutable { (*shared)(std::move(reply)); });
    });
    if (queued)
        return;
    (*shared)(retryLater(503, QStringLiteral("busy"),
                         QStringLiteral("The server has many requests waiting for its database; try again in a second."),
                         1));
}

ApiReply Api::route(const ApiRequest &request)
{
    const QString path = request.target.section(QLatin1Char('?'), 0, 0);
    const bool isSession = path == QLatin1String("/v1/session");
    if (path == QLatin1String("/v1/health")) {
        if (request.method != QLatin1String("GET"))
            return error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use GET for /v1/health."));
        return health();
    }
    if (isSession && request.method == QLatin1String("POST"))
        return signIn(request);
    const bool known = isSession || path == QLatin1String("/v1/push") || path == QLatin1String("/v1/pull")
        || path == QLatin1String("/v1/activity") || path == QLatin1String("/v1/snapshot");
    if (!known)
        return error(404, QStringLiteral("not_found"), QStringLiteral("There is no %1 on this server.").arg(path));

    // Everything else needs a device token in the Authorization header (never in the URL).
    const QString prefix = QStringLiteral("Bearer ");
    if (!request.authorization.startsWith(prefix))
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("Sign in first: this request has no device token."));
    const auto [state, caller] = m_storage.callerForToken(crypto::sha256Hex(request.authorization.mid(prefix.size())));
    if (state == TokenState::Revoked)
        return error(401, QStringLiteral("device_revoked"),
                     QStringLiteral("This device was revoked by an administrator; its local data must be wiped."));
    if (state == TokenState::Expired)
        return error(401, QStringLiteral("session_expired"),
                     QStringLiteral("Your session ended after %1 days without use; sign in again.")
                         .arg(QString::number(double(m_storage.sessionIdleMs()) / 86400000.0, 'g', 6)));
    if (!caller)
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("The device token is not valid; sign in again."));

    if (isSession && request.method == QLatin1String("DELETE"))
        return signOut(*caller);
    if (path == QLatin1String("/v1/push") && request.method == QLatin1String("POST"))
        return push(*caller, request);
    if (path == QLatin1String("/v1/pull") && request.method == QLatin1String("GET"))
        return pull(*caller, request);
    if (path == QLatin1String("/v1/snapshot") && request.method == QLatin1String("GET"))
        return snapshot(*caller, request);
    if (path == QLatin1String("/v1/activity") && request.method == QLatin1String("GET"))
        return readActivity(*caller, request);
    if (path == QLatin1String("/v1/activity") && request.method == QLatin1String("POST"))
        return reportActivity(*caller, request);
    return error(405, QStringLiteral("method_not_allowed"),
                 QStringLiteral("%1 is not allowed on %2.").arg(request.method, path));
}

ApiReply Api::signIn(const ApiRequest &request)
{
    const std::optional<QJsonDocument> doc = protocol::parseJsonText(request.body);
    if (!doc || !doc->isObject())
        return error(400, QStringLiteral("invalid_json"), QStringLiteral("The request body is not a JSON object."));
    const QJsonObject o = doc->object();
    const QJsonValue login = o.value(QLatin1String("login"));
    const QJsonValue password = o.value(QLatin1String("password"));
    const QJsonValue deviceName = o.value(QLatin1String("device_name"));
    if (!login.isString() || !password.isString() || !deviceName.isString() || login.toString().isEmpty()
        || login.toString().size() > 200 || password.toString().size() > 1000 || deviceName.toString().size() > 200)
        return error(422, QStringLiteral("invalid_request"),
                     QStringLiteral("Sign-in needs text fields login, password and device_name."));
    // Optional: the device part of the clocks the device writes (its notebook id); pushes whose
    // clocks name another device are rejected. Absent: the new device id.
    const QJsonValue clockId = o.value(QLatin1String("clock_id"));
    if (!clockId.isUndefined()
        && (!clockId.isString() || !protocol::isUuid(clockId.toString())
            || clockId.toString() == protocol::serverClockId()))
        return error(422, QStringLiteral("invalid_request"),
                     QStringLiteral("clock_id must be the lower-case UUID the device's clocks carry."));
    // The name is printed in admin listings and logs: no control characters that could forge lines
    // or retitle a terminal, and short enough for one line.
    if (deviceName.toString().toUcs4().size() > 100 || !isPrintableText(deviceName.toString()))
        return error(422, QStringLiteral("invalid_request"),
                     QStringLiteral("device_name must be at most 100 characters of printable text, without control "
                                    "characters or line breaks."));

    const int wait = m_limiter.attempt(login.toString(), request.remoteAddress, QDateTime::currentMSecsSinceEpoch());
    if (wait > 0) {
        qCInfo(lcApi) << "sign-in rate limited for a login from" << request.remoteAddress;
        return retryLater(429, QStringLiteral("rate_limited"),
                          QStringLiteral("Too many sign-in attempts; wait %1 s and try again.").arg(wait), wait);
    }

    const auto staff = m_storage.staffByLogin(login.toString());
    // An unknown login still costs one hash check, so timing does not reveal which logins exist.
    static const QString dummyHash = crypto::hashPassword("not a password").value_or(QString());
    const bool ok = crypto::verifyPassword(staff ? staff->passwordHash : dummyHash, password.toString().toUtf8()) && staff;
    if (!ok) {
        qCInfo(lcApi) << "sign-in refused from" << request.remoteAddress;
        return error(401, QStringLiteral("invalid_credentials"), QStringLiteral("The login or the password is wrong."));
    }
    const QString token = crypto::randomToken();
    auto device = m_storage.createDevice(staff->id, deviceName.toString(), crypto::sha256Hex(token),
                                         clockId.toString());
    if (auto *e = std::get_if<StorageError>(&device))
        return storageFailure(*e);
    const QString deviceId = std::get<QString>(device);
    qCInfo(lcApi) << "signed in staff" << staff->id << "on new device" << deviceId;
    QString orgName;
    for (const Org &org : m_storage.orgs()) {
        if (org.id == staff->orgId)
            orgName = org.name;
    }
    return withLimits(json(200, QJsonObject{
        {QStringLiteral("token"), token},
        {QStringLiteral("device_id"), deviceId},
        {QStringLiteral("staff"), QJsonObject{{QStringLiteral("id"), staff->id}, {QStringLiteral("name"), staff->name},
                                              {QStringLiteral("login"), staff->login},
                                              {QStringLiteral("role"), toString(staff->role)},
                                              {QStringLiteral("store_id"), staff->storeId}}},
        {QStringLiteral("org"), QJsonObject{{QStringLiteral("id"), staff->orgId}, {QStringLiteral("name"), orgName}}}}));
}

ApiReply Api::signOut(const Caller &caller)
{
    if (auto e = m_storage.endSession(caller.deviceId))
        return storageFailure(*e);
    qCInfo(lcApi) << "device" << caller.deviceId << "signed out";
    return ApiReply{204, QByteArray(), 0, std::nullopt, {}, {}};
}

ApiReply Api::push(const Caller &caller, const ApiRequest &request)
{
    auto parsed = protocol::parsePushRequest(request.body);
    if (auto *e = std::get_if<protocol::WireError>(&parsed)) {
        ApiReply reply = error(e->code == QLatin1String("invalid_json") ? 400 : 422, e->code, e->message);
        if (e->mid) {
            QJsonObject body = protocol::parseJsonObject(reply.body);
            body.insert(QStringLiteral("mid"), static_cast<double>(*e->mid));
            reply.body = protocol::toJsonText(body);
        }
        return reply;
    }
    const QList<protocol::Mutation> &mutations = std::get<QList<protocol::Mutation>>(parsed);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (const protocol::Mutation &m : mutations) {
        if (protocol::hlcWallMs(m.hlc) > now + protocol::kMaxClockSkewMs)
            return error(409, QStringLiteral("clock_skew"),
                         QStringLiteral("Mutation %1 is dated %2, more than 60 s ahead of the server; set the device "
                                        "clock from server_time and push again.")
                             .arg(m.mid).arg(protocol::isoTime(protocol::hlcWallMs(m.hlc))));
    }
    auto outcome = m_storage.push(caller, mutations);
    if (auto *e = std::get_if<StorageError>(&outcome))
        return storageFailure(*e);
    const PushOutcome &done = std::get<PushOutcome>(outcome);
    // Committed: devices of the organisation holding a pull learn of it now. Admin commands run
    // as separate processes do not reach this process's notifier; their changes arrive with the
    // next pull (a held pull ends within 30 s).
    if (m_notifier
        && std::any_of(done.results.cbegin(), done.results.cend(),
                       [](const PushOutcome::Result &r) { return r.status == QLatin1String("applied"); }))
        m_notifier->changed(caller.staff.orgId);
    QJsonArray results;
    for (const PushOutcome::Result &r : done.results) {
        QJsonObject item{{QStringLiteral("mid"), static_cast<double>(r.mid)}, {QStringLiteral("status"), r.status}};
        if (!r.message.isEmpty())
            item.insert(QStringLiteral("message"), r.message);
        if (!r.code.isEmpty())
            item.insert(QStringLiteral("code"), r.code);
        results.append(item);
    }
    return json(200, QJsonObject{{QStringLiteral("last_mid"), static_cast<double>(done.lastMid)},
                                 {QStringLiteral("results"), results}});
}

ApiReply Api::pull(const Caller &caller, const ApiRequest &request)
{
    const QUrlQuery query(request.target.section(QLatin1Char('?'), 1));
    bool cursorOk = true;
    bool limitOk = true;
    const QString cursorText = query.queryItemValue(QStringLiteral("cursor"));
    const QString limitText = query.queryItemValue(QStringLiteral("limit"));
    int wait = 0;
    if (query.hasQueryItem(QStringLiteral("wait"))) {
        bool waitOk = false;
        const QString waitText = query.queryItemValue(QStringLiteral("wait"));
        // Digits only: no sign, fraction, unit or spaces.
        const bool digits = !waitText.isEmpty() && waitText.size() <= 2
            && std::all_of(waitText.cbegin(), waitText.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        wait = digits ? waitText.toInt(&waitOk) : -1;
        if (!waitOk || wait < 0 || wait > kMaxPullWaitSeconds)
            return error(400, QStringLiteral("invalid_request"),
                         QStringLiteral("wait must be a whole number of seconds from 0 to %1, got \"%2\".")
                             .arg(kMaxPullWaitSeconds)
                             .arg(waitText.left(40)));
    }
    const qint64 cursor = cursorText.isEmpty() ? 0 : cursorText.toLongLong(&cursorOk);
    const int limit = limitText.isEmpty() ? protocol::kDefaultPullLimit : limitText.toInt(&limitOk);
    if (!cursorOk || cursor < 0 || !limitOk || limit < 1)
        return error(400, QStringLiteral("invalid_request"),
                     QStringLiteral("cursor must be a whole number >= 0 and limit a whole number >= 1."));
    // Read before looking, so a change committed from here on is never slept through.
    const std::uint64_t generation = m_notifier ? m_notifier->generation(caller.staff.orgId) : 0;
    auto page = m_storage.pull(caller.staff.orgId, cursor, std::min(limit, protocol::kMaxPullLimit),
                               kDefaultPullMaxBytes);
    if (auto *e = std::get_if<StorageError>(&page))
        return storageFailure(*e);
    const auto &maybe = std::get<std::optional<PullPage>>(page);
    if (!maybe)
        return error(410, QStringLiteral("resync_required"),
                     QStringLiteral("This device was offline longer than the server keeps deletions; push, wipe "
                                    "local data and pull again from cursor 0."));
    QJsonArray changes;
    for (const protocol::Change &c : maybe->changes)
        changes.append(protocol::toJson(c));
    ApiReply reply = json(200, QJsonObject{{QStringLiteral("changes"), changes},
                                           {QStringLiteral("cursor"), static_cast<double>(maybe->cursor)},
                                           {QStringLiteral("has_more"), maybe->hasMore}});
    if (wait > 0 && m_notifier && maybe->changes.isEmpty() && !maybe->hasMore)
        reply.hold = PullHold{caller.staff.orgId, wait, generation};
    return reply;
}

ApiReply Api::health()
{
    if (!m_storage.healthy())
        return error(503, QStringLiteral("unavailable"), QStringLiteral("The server cannot read its database."));
    return json(200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")}, {QStringLiteral("limits"), limits()}});
}

} // namespace rapport::server
