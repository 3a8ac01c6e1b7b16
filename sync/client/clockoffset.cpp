#include "clockoffset.h"

#include <QDateTime>

namespace rapport {

std::shared_ptr<ClockOffset> ClockOffset::create(Hlc::WallClock base)
{
    return std::shared_ptr<ClockOffset>(new ClockOffset(std::move(base)));
}

ClockOffset::ClockOffset(Hlc::WallClock base)
    : m_base(std::move(base)), m_offset(std::make_shared<std::atomic<qint64>>(0))
{
    if (!m_base)
        m_base = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Hlc::WallClock ClockOffset::wallClock() const
{
    // Captures copies, so the notebook's clock stays valid whoever owns this object.
    return [base = m_base, offset = m_offset] { return base() + offset->load(); };
}

qint64 ClockOffset::correctedNow() const
{
    return m_base() + m_offset->load();
}

bool ClockOffset::observeServerTime(qint64 serverMs)
{
    const qint64 raw = m_base();
    const qint64 wanted = serverMs - raw;
    const qint64 current = m_offset->load();
    if (qAbs(wanted - current) <= ToleranceMs)
        return false;
    // Only a clock off by more than the tolerance is corrected: a few seconds of
    // latency must not make the clock jitter back and forth.
    m_offset->store(qAbs(wanted) <= ToleranceMs ? 0 : wanted);
    return m_offset->load() != current;
}

} // namespace rapport
