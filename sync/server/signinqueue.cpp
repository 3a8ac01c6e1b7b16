#include "signinqueue.h"

#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

#include <memory>

namespace rapport::server {

namespace {

QString loginOf(const QByteArray &body)
{
    const QString login = QJsonDocument::fromJson(body).object().value(QLatin1String("login")).toString();
    // Longer logins are refused by the API before any password check, so they need no place in a queue.
    return login.size() > 200 ? QString() : login;
}

} // namespace

void SignInQueue::submit(ApiRequest request, boost::asio::any_io_executor executor, Done done)
{
    const QString login = loginOf(request.body);
    LoginPacer::Ticket ticket;
    if (!login.isEmpty())
        ticket = m_pacer.reserve(login, request.remoteAddress, QDateTime::currentMSecsSinceEpoch());
    if (ticket.refusedForSeconds > 0) {
        return done(Api::retryLater(
            429, QStringLiteral("rate_limited"),
            QStringLiteral("A sign-in for this login from this address is already waiting its turn; wait %1 s and try "
                           "again.")
                .arg(ticket.refusedForSeconds),
            ticket.refusedForSeconds));
    }
    if (ticket.waitMs <= 0)
        return enqueue(std::move(request), login, ticket, std::move(executor), std::move(done));
    auto timer = std::make_shared<boost::asio::steady_timer>(executor, std::chrono::milliseconds(ticket.waitMs));
    timer->async_wait([this, timer, request = std::move(request), login, ticket, executor,
                       done = std::move(done)](boost::system::error_code) mutable {
        enqueue(std::move(request), login, ticket, std::move(executor), std::move(done));
    });
}

void SignInQueue::enqueue(ApiRequest request, QString login, LoginPacer::Ticket ticket,
                          boost::asio::any_io_executor executor, Done done)
{
    const QString address = request.remoteAddress;
    auto shared = std::make_shared<Done>(std::move(done));
    const bool queued = m_pool.tryPost([this, request = std::move(request), login, ticket, executor, shared] {
        ApiReply reply = m_api.handle(request);
        if (!login.isEmpty())
            m_pacer.finish(login, request.remoteAddress, ticket, reply.status == 401,
                           QDateTime::currentMSecsSinceEpoch());
        boost::asio::post(executor, [shared, reply = std::move(reply)]() mutable { (*shared)(std::move(reply)); });
    });
    if (queued)
        return;
    if (!login.isEmpty())
        m_pacer.finish(login, address, ticket, false, QDateTime::currentMSecsSinceEpoch());
    (*shared)(Api::retryLater(503, QStringLiteral("busy"),
                              QStringLiteral("The server is checking many passwords right now; try again in a second."),
                              1));
}

} // namespace rapport::server
