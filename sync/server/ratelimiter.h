#pragma once

#include <QHash>
#include <QString>

#include <mutex>

namespace rapport::server {

/**
 * Token buckets for sign-in: one per (login, address) pair and one per address. Keying the
 * login bucket by the pair means an attacker hammering someone's login only locks out the
 * attacker's own address; the victim signing in from elsewhere is never blocked.
 */
class SignInLimiter
{
public:
    struct Limits
    {
        double pairBurst = 5;          // attempts per (login, address) before waiting
        double pairPerSecond = 1.0 / 60; // refill
        double addressBurst = 60;
        double addressPerSecond = 1;
    };
    explicit SignInLimiter(Limits limits) : m_limits(limits) {}

    /** 0 when the attempt may go ahead (and is counted), otherwise seconds to wait. */
    int attempt(const QString &login, const QString &address, qint64 nowMs);

private:
    struct Bucket
    {
        double tokens;
        qint64 updatedMs;
    };
    static double refill(Bucket &bucket, double burst, double perSecond, qint64 nowMs);
    void forgetFullBuckets(qint64 nowMs);

    Limits m_limits;
    std::mutex m_mutex;
    QHash<QString, Bucket> m_pairs;
    QHash<QString, Bucket> m_addresses;
};

} // namespace rapport::server
