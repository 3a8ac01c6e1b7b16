#pragma once

#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace rapport::server {

/** A connection the table may close to make room; evict() runs on any thread and must only post. */
class Evictable
{
public:
    virtual ~Evictable() = default;
    virtual void evict() = 0;
};

/**
 * Every open connection with its client address and what it is doing. It admits a new
 * connection within a per-address and a global cap. At an address's cap, the newcomer takes
 * the place of one of that address's own waiting connections, else it is refused; when the
 * server is full it closes a
 * connection that is only waiting for a request (an idle keep-alive one, or one that has been
 * slowest to send its request), taken from the address holding the most connections, so a
 * client that hoards sockets loses them before anyone else is refused. Thread-safe.
 */
class ConnectionTable
{
public:
    enum class Phase {
        Waiting, // connected (or handshaking), no complete request header yet
        Idle,    // kept alive after an answer, waiting for the next request
        Held,    // a pull waiting for changes (wait=S): evicted after waiting and idle ones, and answered
        Working, // reading a body, handling, answering or draining: never evicted
        Closing, // evicted, closes soon
    };
    enum class Refusal { None, AddressFull, ServerFull };

    ConnectionTable(int maxTotal, int maxPerAddress) : m_maxTotal(maxTotal), m_maxPerAddress(maxPerAddress) {}

    /** Reserves a place for a new connection (id > 0), evicting a waiting one when full. */
    std::pair<std::uint64_t, Refusal> admit(const std::string &address);
    void attach(std::uint64_t id, std::weak_ptr<Evictable> connection);
    void setPhase(std::uint64_t id, Phase phase);
    void release(std::uint64_t id);

private:
    struct Entry
    {
        std::string address;
        Phase phase = Phase::Waiting;
        std::chrono::steady_clock::time_point since;
        std::weak_ptr<Evictable> connection;
    };
    /**
     * Marks a waiting connection (of fromAddress only, when given) as closing; its object, if
     * still alive, is for evict() outside the lock.
     */
    bool chooseVictim(const std::string *fromAddress, std::shared_ptr<Evictable> *connection);

    const int m_maxTotal;
    const int m_maxPerAddress;
    std::mutex m_mutex;
    std::uint64_t m_nextId = 1;
    int m_closing = 0;
    std::unordered_map<std::uint64_t, Entry> m_entries;
    std::unordered_map<std::string, int> m_perAddress;
    std::unordered_map<std::string, int> m_closingPerAddress;
};

} // namespace rapport::server
