#include "connectiontable.h"

namespace rapport::server {

std::pair<std::uint64_t, ConnectionTable::Refusal> ConnectionTable::admit(const std::string &address)
{
    std::shared_ptr<Evictable> victim;
    std::pair<std::uint64_t, Refusal> result{0, Refusal::None};
    {
        std::lock_guard lock(m_mutex);
        int &fromAddress = m_perAddress[address];
        const auto closing = m_closingPerAddress.find(address);
        const int closingHere = closing == m_closingPerAddress.end() ? 0 : closing->second;
        // Tablets behind one shop router share an address: a new connection there may take the
        // place of one of that address's own waiting ones, never of anyone else's.
        const bool addressFull = fromAddress - closingHere >= m_maxPerAddress;
        if (addressFull && !chooseVictim(&address, &victim))
            return {0, Refusal::AddressFull};
        // Evicted connections still hold their socket for a moment; they do not count as room taken.
        if (!addressFull && static_cast<int>(m_entries.size()) - m_closing >= m_maxTotal
            && !chooseVictim(nullptr, &victim)) {
            if (fromAddress == 0)
                m_perAddress.erase(address);
            return {0, Refusal::ServerFull};
        }
        ++fromAddress;
        result.first = m_nextId++;
        m_entries.emplace(result.first, Entry{address, Phase::Waiting, std::chrono::steady_clock::now(), {}});
    }
    // Outside the lock: the last reference to the victim may go here, and its destructor calls release().
    if (victim)
        victim->evict();
    return result;
}

bool ConnectionTable::chooseVictim(const std::string *fromAddress, std::shared_ptr<Evictable> *connection)
{
    // Scanning is linear, but it only happens when the server is full.
    Entry *victim = nullptr;
    int victimAddressCount = 0;
    for (auto &[id, entry] : m_entries) {
        if ((entry.phase != Phase::Waiting && entry.phase != Phase::Idle && entry.phase != Phase::Held)
            || (fromAddress && entry.address != *fromAddress))
            continue;
        const auto found = m_perAddress.find(entry.address);
        const int count = found == m_perAddress.end() ? 0 : found->second;
        // A held pull is a signed-in device waiting on purpose: it goes only when nothing else can.
        const bool held = entry.phase == Phase::Held;
        const bool victimHeld = victim && victim->phase == Phase::Held;
        if (victim && held != victimHeld) {
            if (!held) {
                victim = &entry;
                victimAddressCount = count;
            }
            continue;
        }
        const bool better = !victim || count > victimAddressCount
            || (count == victimAddressCount
                && (entry.phase == Phase::Idle) > (victim->phase == Phase::Idle))
            || (count == victimAddressCount && entry.phase == victim->phase && entry.since < victim->since);
        if (better) {
            victim = &entry;
            victimAddressCount = count;
        }
    }
    if (!victim)
        return false;
    victim->phase = Phase::Closing;
    ++m_closing;
    ++m_closingPerAddress[victim->address];
    *connection = victim->connection.lock();
    return true;
}

void ConnectionTable::attach(std::uint64_t id, std::weak_ptr<Evictable> connection)
{
    std::lock_guard lock(m_mutex);
    if (auto it = m_entries.find(id); it != m_entries.end())
        it->second.connection = std::move(connection);
}

void ConnectionTable::setPhase(std::uint64_t id, Phase phase)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end() || it->second.phase == Phase::Closing)
        return;
    it->second.phase = phase;
    it->second.since = std::chrono::steady_clock::now();
}

void ConnectionTable::release(std::uint64_t id)
{
    std::lock_guard lock(m_mutex);
    auto it = m_entries.find(id);
    if (it == m_entries.end())
        return;
    if (it->second.phase == Phase::Closing) {
        --m_closing;
        auto closing = m_closingPerAddress.find(it->second.address);
        if (closing != m_closingPerAddress.end() && --closing->second <= 0)
            m_closingPerAddress.erase(closing);
    }
    auto count = m_perAddress.find(it->second.address);
    if (count != m_perAddress.end() && --count->second <= 0)
        m_perAddress.erase(count);
    m_entries.erase(it);
}

} // namespace rapport::server
