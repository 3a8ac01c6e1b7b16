#pragma once

#include "changenotifier.h"

#include <atomic>
#include <mutex>
#include <thread>

typedef struct pg_conn PGconn;

namespace rapport::server {

/**
 * Several instances on one PostgreSQL database: a commit on any instance wakes the pulls held on
 * every instance. changed() wakes this instance's waiters at once and sends
 * `NOTIFY rapport_changes` with "<instance> <organisation>" on a connection of its own; a thread
 * keeps one `LISTEN rapport_changes` connection and wakes the waiters of the named organisation
 * for notifications from other instances. The listener reconnects after the database restarts,
 * and then wakes every held pull once, since notifications sent meanwhile are lost.
 */
class PostgresNotifier final : public ChangeNotifier
{
public:
    PostgresNotifier(int maxHeld, const QString &conninfo);
    ~PostgresNotifier() override;

    void changed(const QString &orgId) override;

    /** True while the listener holds its LISTEN connection (for logs and tests). */
    bool listening() const { return m_listening.load(); }

private:
    void listen();

    const QByteArray m_conninfo;
    const QByteArray m_instance; // tells this instance's own notifications apart
    std::mutex m_sendMutex;
    PGconn *m_send = nullptr; // guarded by m_sendMutex
    std::atomic<bool> m_stop{false};
    std::atomic<bool> m_listening{false};
    std::thread m_thread;
};

} // namespace rapport::server
