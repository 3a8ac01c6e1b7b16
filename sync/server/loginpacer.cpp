#include "loginpacer.h"

#include "printable.h"

#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

Q_LOGGING_CATEGORY(lcSignIn, "rapport.server.signin")

namespace rapport::server {

namespace {
constexpr int kMaxAddressesCounted = 10000;
constexpr int kMaxLoginsKept = 50000;
}

void LoginPacer::refill(LoginState &state, qint64 nowMs) const
{
    const double perMs = m_limits.failureBudget / (m_limits.windowSeconds * 1000.0);
    state.tokens = std::min(m_limits.failureBudget, state.tokens + perMs * double(nowMs - state.updatedMs));
    state.updatedMs = nowMs;
    if (nowMs - state.windowStartMs >= qint64(m_limits.windowSeconds * 1000)) {
        state.windowStartMs = nowMs;
        state.failuresInWindow = 0;
        state.failingAddresses.clear();
        state.warned = false;
    }
}

void LoginPacer::forgetQuietLogins(qint64 nowMs)
{
    // Bounds memory under a flood of distinct logins: a login still within its budget with nobody
    // waiting is forgotten (it loses a few failures on record); logins being guessed are kept,
    // and each of those took a budget's worth of failures to get there.
    for (auto it = m_logins.begin(); it != m_logins.end();) {
        refill(*it, nowMs);
        it = it->tokens >= 1 && it->waiting.isEmpty() ? m_logins.erase(it) : ++it;
    }
}

LoginPacer::Ticket LoginPacer::reserve(const QString &login, const QString &address, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    // A login with no failure on record has its whole budget: nothing to keep for it yet.
    auto it = m_logins.find(login.toLower());
    if (it == m_logins.end())
        return {};
    LoginState &state = *it;
    refill(state, nowMs);
    Ticket ticket;
    if (state.tokens >= 1)
        return ticket;
    if (state.waiting.contains(address)) {
        ticket.refusedForSeconds = std::max<int>(1, int(std::ceil(double(state.nextSlotMs - nowMs) / 1000.0)));
        return ticket;
    }
    // The spacing grows by one base spacing for every further budget's worth of failures.
    const double excess = std::max(0.0, -state.tokens);
    const qint64 spacing = std::min<qint64>(
        m_limits.maxSpacingMs, qint64(double(m_limits.spacingMs) * (1.0 + excess / std::max(1.0, m_limits.failureBudget))));
    const qint64 slot = std::max(nowMs, state.nextSlotMs);
    state.nextSlotMs = slot + spacing;
    state.waiting.insert(address);
    ticket.waitMs = slot - nowMs;
    ticket.paced = true;
    return ticket;
}

void LoginPacer::finish(const QString &login, const QString &address, const Ticket &ticket, bool failed, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    const QString key = login.toLower();
    auto it = m_logins.find(key);
    if (it == m_logins.end()) {
        if (!failed)
            return;
        if (m_logins.size() > kMaxLoginsKept)
            forgetQuietLogins(nowMs);
        it = m_logins.insert(key, LoginState{m_limits.failureBudget, nowMs, 0, {}, nowMs, 0, {}, false});
    }
    LoginState &state = *it;
    if (ticket.paced)
        state.waiting.remove(address);
    if (!failed)
        return;
    refill(state, nowMs);
    // Bounded below so a login recovers within a few windows once the guessing stops.
    state.tokens = std::max(-4 * m_limits.failureBudget, state.tokens - 1);
    ++state.failuresInWindow;
    if (state.failingAddresses.size() < kMaxAddressesCounted)
        state.failingAddresses.insert(address);
    if (state.tokens < 1 && !state.warned) {
        state.warned = true;
        qCWarning(lcSignIn).noquote()
            << QStringLiteral("Password guessing on login \"%1\": %2 failed sign-ins from %3 addresses in %4 min; "
                              "its sign-ins are now checked one at a time, at least %5 s apart.")
                   .arg(escapeForTerminal(login))
                   .arg(state.failuresInWindow)
                   .arg(state.failingAddresses.size())
                   .arg(std::max<qint64>(1, qint64(m_limits.windowSeconds / 60)))
                   .arg(double(m_limits.spacingMs) / 1000.0);
    }
}

} // namespace rapport::server
