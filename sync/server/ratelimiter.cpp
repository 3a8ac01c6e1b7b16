#include "ratelimiter.h"

#include <algorithm>
#include <cmath>

namespace rapport::server {

double SignInLimiter::refill(Bucket &bucket, double burst, double perSecond, qint64 nowMs)
{
    bucket.tokens = std::min(burst, bucket.tokens + perSecond * double(nowMs - bucket.updatedMs) / 1000.0);
    bucket.updatedMs = nowMs;
    return bucket.tokens;
}

void SignInLimiter::forgetFullBuckets(qint64 nowMs)
{
    // Bounds memory under a flood of distinct logins: a full bucket carries no information.
    for (auto it = m_pairs.begin(); it != m_pairs.end();)
        it = refill(*it, m_limits.pairBurst, m_limits.pairPerSecond, nowMs) >= m_limits.pairBurst ? m_pairs.erase(it) : ++it;
    for (auto it = m_addresses.begin(); it != m_addresses.end();)
        it = refill(*it, m_limits.addressBurst, m_limits.addressPerSecond, nowMs) >= m_limits.addressBurst
            ? m_addresses.erase(it) : ++it;
}

int SignInLimiter::attempt(const QString &login, const QString &address, qint64 nowMs)
{
    std::lock_guard lock(m_mutex);
    if (m_pairs.size() + m_addresses.size() > 100000)
        forgetFullBuckets(nowMs);
    const QString pairKey = login.toLower() + QLatin1Char('\n') + address;
    Bucket &pair = m_pairs.insert(pairKey, m_pairs.value(pairKey, Bucket{m_limits.pairBurst, nowMs})).value();
    Bucket &addr = m_addresses.insert(address, m_addresses.value(address, Bucket{m_limits.addressBurst, nowMs})).value();
    const double pairTokens = refill(pair, m_limits.pairBurst, m_limits.pairPerSecond, nowMs);
    const double addrTokens = refill(addr, m_limits.addressBurst, m_limits.addressPerSecond, nowMs);
    if (pairTokens < 1 || addrTokens < 1) {
        const double pairWait = pairTokens < 1 ? (1 - pairTokens) / m_limits.pairPerSecond : 0;
        const double addrWait = addrTokens < 1 ? (1 - addrTokens) / m_limits.addressPerSecond : 0;
        return std::max(1, static_cast<int>(std::ceil(std::max(pairWait, addrWait))));
    }
    pair.tokens -= 1;
    addr.tokens -= 1;
    return 0;
}

} // namespace rapport::server
