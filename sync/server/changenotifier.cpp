#include "changenotifier.h"

#include <vector>

namespace rapport::server {

std::uint64_t ChangeNotifier::generation(const QString &orgId) const
{
    std::lock_guard lock(m_mutex);
    return m_generations.value(orgId, 0);
}

ChangeNotifier::Hold ChangeNotifier::hold(const PullHold &pull, Wake wake, std::uint64_t *id)
{
    std::lock_guard lock(m_mutex);
    if (m_stopping)
        return Hold::Stopping;
    if (m_generations.value(pull.orgId, 0) != pull.generation)
        return Hold::Ready;
    if (static_cast<int>(m_waiters.size()) >= m_maxHeld)
        return Hold::Full;
    *id = m_nextId++;
    m_waiters.emplace(*id, Waiter{pull.orgId, std::move(wake)});
    return Hold::Waiting;
}

void ChangeNotifier::cancel(std::uint64_t id)
{
    Wake dropped; // destroyed outside the lock: it may hold the last reference to its connection
    std::lock_guard lock(m_mutex);
    if (auto it = m_waiters.find(id); it != m_waiters.end()) {
        dropped = std::move(it->second.wake);
        m_waiters.erase(it);
    }
}

void ChangeNotifier::wakeLocal(const QString &orgId)
{
    std::vector<Wake> woken;
    {
        std::lock_guard lock(m_mutex);
        ++m_generations[orgId];
        // Linear in the held requests of this instance (bounded by maxHeld), once per commit.
        for (auto it = m_waiters.begin(); it != m_waiters.end();) {
            if (it->second.orgId == orgId) {
                woken.push_back(std::move(it->second.wake));
                it = m_waiters.erase(it);
            } else {
                ++it;
            }
        }
    }
    for (Wake &wake : woken)
        wake();
}

void ChangeNotifier::shutdown()
{
    std::vector<Wake> woken;
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
        for (auto &[id, waiter] : m_waiters)
            woken.push_back(std::move(waiter.wake));
        m_waiters.clear();
    }
    for (Wake &wake : woken)
        wake();
}

int ChangeNotifier::heldCount() const
{
    std::lock_guard lock(m_mutex);
    return static_cast<int>(m_waiters.size());
}

bool ChangeNotifier::stopping() const
{
    std::lock_guard lock(m_mutex);
    return m_stopping;
}

} // namespace rapport::server
