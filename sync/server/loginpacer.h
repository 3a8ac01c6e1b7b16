#pragma once

#include <QHash>
#include <QSet>
#include <QString>

#include <mutex>

namespace rapport::server {

/**
 * Slows password guessing on one login from any number of addresses, without locking anyone
 * out. Each login has a budget of failed attempts that refills over a window; past it, the
 * login's password checks are spaced (one per spacing, growing with the excess up to a
 * maximum). Each (login, address) pair holds at most one place in that queue, so the real
 * person on their own address waits its turn behind at most one attempt per guessing address
 * and is never refused because others guessed. Thread-safe.
 */
class LoginPacer
{
public:
    struct Limits
    {
        double failureBudget = 10;
        double windowSeconds = 600;
        qint64 spacingMs = 2000;
        qint64 maxSpacingMs = 30000;
    };
    struct Ticket
    {
        qint64 waitMs = 0;          // wait this long before checking the password
        bool paced = false;         // holds a place in the login's queue (give it back with finish())
        int refusedForSeconds = 0;  // > 0: this pair already waits; answer 429 with this retry time
    };

    explicit LoginPacer(Limits limits) : m_limits(limits) {}

    [[nodiscard]] Ticket reserve(const QString &login, const QString &address, qint64 nowMs);
    /** After the attempt: gives back the pair's place; a failed password check counts against the login. */
    void finish(const QString &login, const QString &address, const Ticket &ticket, bool failed, qint64 nowMs);

private:
    struct LoginState
    {
        double tokens = 0;
        qint64 updatedMs = 0;
        qint64 nextSlotMs = 0;
        QSet<QString> waiting;           // addresses holding a place in the queue
        qint64 windowStartMs = 0;
        int failuresInWindow = 0;
        QSet<QString> failingAddresses;  // in the current window, capped
        bool warned = false;
    };
    void refill(LoginState &state, qint64 nowMs) const;
    void forgetQuietLogins(qint64 nowMs);

    Limits m_limits;
    std::mutex m_mutex;
    QHash<QString, LoginState> m_logins;
};

} // namespace rapport::server
