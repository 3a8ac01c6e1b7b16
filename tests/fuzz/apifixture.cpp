#include "apifixture.h"

#include "commands.h"
#include "crypto.h"
#include "ratelimiter.h"
#include "sqlstorage.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QLoggingCategory>
#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>
#include <memory>

namespace rapport::fuzz {

struct ApiFixture::Parts
{
    QTemporaryDir dir;
    std::unique_ptr<server::SqliteStorage> storage;
    std::unique_ptr<server::SignInLimiter> limiter;
    std::unique_ptr<server::Api> api;
};

namespace {

[[noreturn]] void fatal(const char *what)
{
    std::fprintf(stderr, "fuzz: %s\n", what);
    std::abort();
}

void signInDevice(server::Storage &storage, const QString &login, const QString &token)
{
    if (storage.callerForToken(server::crypto::sha256Hex(token)).first == server::TokenState::Valid)
        return;
    const auto staff = storage.staffByLogin(login);
    if (!staff)
        fatal("the demo chain has no such login");
    // No clock id: the device's clocks carry its server device id.
    const auto device = storage.createDevice(staff->id, QStringLiteral("fuzz device"),
                                             server::crypto::sha256Hex(token), QString());
    if (std::holds_alternative<server::StorageError>(device))
        fatal("cannot create a device");
}

} // namespace

ApiFixture &ApiFixture::instance()
{
    static ApiFixture fixture;
    return fixture;
}

ApiFixture::ApiFixture() : m_parts(new Parts)
{
    // Every input would log a line or two; the fuzzer's own output is what matters.
    QLoggingCategory::setFilterRules(QStringLiteral("rapport.*=false"));
    if (!server::crypto::initialise())
        fatal("libsodium could not start");
    if (!m_parts->dir.isValid())
        fatal("no temporary folder");
    const QString path = m_parts->dir.filePath(QStringLiteral("server.sqlite"));
    // The same seeding an operator runs: `rapport-server demo --db PATH` (it prints the logins).
    if (server::runCommand(QStringLiteral("demo"), server::Options{{QStringLiteral("db"), path}}) != 0)
        fatal("demo seeding failed");
    m_parts->storage = std::make_unique<server::SqliteStorage>(path);
    if (m_parts->storage->migrate())
        fatal("migrate failed");
    signInDevice(*m_parts->storage, QStringLiteral("sam"), associateToken());
    signInDevice(*m_parts->storage, QStringLiteral("maya"), managerToken());

    server::SignInLimiter::Limits limits;
    limits.pairBurst = 2;
    limits.addressBurst = 2;
    limits.pairPerSecond = 1.0 / 86400;
    limits.addressPerSecond = 1.0 / 86400;
    m_parts->limiter = std::make_unique<server::SignInLimiter>(limits);
    m_parts->api = std::make_unique<server::Api>(*m_parts->storage, *m_parts->limiter);
}

void ApiFixture::checkReply(const server::ApiReply &reply)
{
    if (reply.status < 200 || reply.status > 599)
        fatal("reply status out of range");
    if (reply.status == 500)
        fatal("the server answered 500 server_error to an input on a healthy database");
    if (reply.status == 204) {
        if (!reply.body.isEmpty())
            fatal("a 204 reply carries a body");
        return;
    }
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(reply.body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        fatal("a reply body is not a JSON object");
    if (reply.status < 400)
        return;
    static const QRegularExpression snakeCase(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z_]*")));
    const QJsonObject error = doc.object().value(QLatin1String("error")).toObject();
    if (!snakeCase.match(error.value(QLatin1String("code")).toString()).hasMatch()
        || error.value(QLatin1String("message")).toString().isEmpty())
        fatal("an error reply lacks a snake_case code or a message");
}

server::ApiReply ApiFixture::handle(const QString &method, const QString &target, const QString &authorization,
                                    const QByteArray &body)
{
    server::ApiRequest request;
    request.method = method;
    request.target = target;
    request.authorization = authorization;
    request.body = body;
    request.remoteAddress = QStringLiteral("127.0.0.1");
    server::ApiReply reply = m_parts->api->handle(request);
    if (reply.status == 204) {
        // An input signed a fuzz device out: sign it in again, or every later input meets a 401.
        signInDevice(*m_parts->storage, QStringLiteral("sam"), associateToken());
        signInDevice(*m_parts->storage, QStringLiteral("maya"), managerToken());
    }
    return reply;
}

} // namespace rapport::fuzz
