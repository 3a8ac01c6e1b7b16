#pragma once

#include "api.h"
#include "loginpacer.h"
#include "workerpool.h"

#include <boost/asio/any_io_executor.hpp>

#include <functional>

namespace rapport::server {

/**
 * Runs sign-ins off the I/O threads: a sign-in first waits its turn on the login's pacer (on
 * an asio timer, never a sleeping thread), then the whole Api::handle call (Argon2id, 64 MiB)
 * runs on the hashing pool; the answer is posted back to the connection's executor. When the
 * pool's queue is full the answer is 503 `busy` with `retry_after`.
 */
class SignInQueue
{
public:
    using Done = std::function<void(ApiReply)>;

    SignInQueue(Api &api, WorkerPool &pool, LoginPacer &pacer) : m_api(api), m_pool(pool), m_pacer(pacer) {}

    /** done runs on executor (the connection's strand), exactly once unless the server stops. */
    void submit(ApiRequest request, boost::asio::any_io_executor executor, Done done);

private:
    void enqueue(ApiRequest request, QString login, LoginPacer::Ticket ticket, boost::asio::any_io_executor executor,
                 Done done);

    Api &m_api;
    WorkerPool &m_pool;
    LoginPacer &m_pacer;
};

} // namespace rapport::server
