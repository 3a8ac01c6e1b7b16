#pragma once

#include "hlc.h"

#include <atomic>
#include <memory>

namespace rapport {

/**
 * The device's wall clock corrected by what the server says the time is. A
 * tablet whose clock runs minutes fast would stamp every edit into the future
 * and have every push refused (409 clock_skew); the notebook is opened with
 * wallClock() so the engine can pull its clock back to the server's.
 */
class ClockOffset
{
public:
    /** `base` is the uncorrected clock (unix ms); the system clock when empty. */
    static std::shared_ptr<ClockOffset> create(Hlc::WallClock base = {});

    /** A clock for Notebook::open: base time plus the learned offset. Thread safe. */
    Hlc::WallClock wallClock() const;

    /**
     * Learns from a server time received now. Small differences are network
     * latency and are ignored; returns true when the offset changed.
     */
    bool observeServerTime(qint64 serverMs);
    qint64 offsetMs() const { return m_offset->load(); }
    qint64 correctedNow() const;

    /** Differences up to this are treated as latency, not a wrong clock. */
    static constexpr qint64 ToleranceMs = 5000;

private:
    explicit ClockOffset(Hlc::WallClock base);
    Hlc::WallClock m_base;
    std::shared_ptr<std::atomic<qint64>> m_offset;
};

} // namespace rapport
