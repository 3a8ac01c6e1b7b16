#pragma once

#include <QHash>
#include <QString>

#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <unordered_map>

namespace rapport::server {

/** The longest a pull may ask to be held (GET /v1/pull?wait=S). */
constexpr int kMaxPullWaitSeconds = 30;

/** What a pull with wait=S asks its connection to do when it found nothing to send. */
struct PullHold
{
    QString orgId;
    int seconds = 0;
    /** The organisation's change generation read before the pull looked for changes. */
    std::uint64_t generation = 0;
};

/**
 * Tells requests holding a pull (GET /v1/pull?wait=S) that their organisation has new changes.
 *
 * Two halves. The waiting half is the same everywhere and lives here: held requests register
 * per organisation, and wakeLocal() wakes those of one organisation. The publishing half is
 * changed(), called after a write that devices pull has committed; each backend decides how that
 * reaches every instance's waiters. The in-process notifier (one server process on an embedded
 * database) wakes its own waiters directly. A PostgreSQL notifier would send NOTIFY with the
 * organisation id on commit and keep one LISTEN connection per instance whose notifications call
 * wakeLocal(), so a push on one instance wakes devices waiting on another.
 *
 * Lost wake-ups are ruled out by the generation: a pull reads generation(org) before it looks for
 * changes, and hold() refuses to wait (returns Ready) when the generation has moved since, so a
 * change committed between the look and the registration is never slept through.
 *
 * Thread-safe. Wake callbacks run on the thread calling changed()/wakeLocal()/shutdown(), outside
 * the lock, and must only post work elsewhere.
 */
class ChangeNotifier
{
public:
    using Wake = std::function<void()>;
    enum class Hold {
        Waiting, // registered; the callback runs once, on a change or at shutdown
        Ready,   // changes arrived since the generation was read: pull again now
        Full,    // the per-instance cap of held requests is reached: answer now
        Stopping // the server is shutting down: answer now
    };

    explicit ChangeNotifier(int maxHeld) : m_maxHeld(maxHeld) {}
    virtual ~ChangeNotifier() = default;
    ChangeNotifier(const ChangeNotifier &) = delete;
    ChangeNotifier &operator=(const ChangeNotifier &) = delete;

    /** After a commit that gives devices of orgId something new to pull. */
    virtual void changed(const QString &orgId) = 0;

    /** Read before looking for changes; see hold(). */
    std::uint64_t generation(const QString &orgId) const;
    /** Registers a held request; *id names it for cancel() when the result is Waiting. */
    Hold hold(const PullHold &pull, Wake wake, std::uint64_t *id);
    /** Removes a held request (its deadline passed or its connection closed); no-op once woken. */
    void cancel(std::uint64_t id);
    /** Wakes every held request and refuses new ones from now on. */
    void shutdown();

    /**
     * Held requests not yet answered, counted by their connections from the hold until the answer
     * is written (or the connection closes); shutdown waits for it to reach 0.
     */
    void holdStarted() { ++m_open; }
    void holdEnded() { --m_open; }
    int openHolds() const { return m_open.load(); }

    int maxHeld() const { return m_maxHeld; }
    int heldCount() const;
    bool stopping() const;

protected:
    /** Advances orgId's generation and wakes its held requests in this process. */
    void wakeLocal(const QString &orgId);

private:
    struct Waiter
    {
        QString orgId;
        Wake wake;
    };

    const int m_maxHeld;
    std::atomic<int> m_open{0};
    mutable std::mutex m_mutex;
    std::uint64_t m_nextId = 1;
    bool m_stopping = false;
    std::unordered_map<std::uint64_t, Waiter> m_waiters;
    QHash<QString, std::uint64_t> m_generations;
};

/** One server process: a commit wakes this process's waiters directly. */
class InProcessNotifier final : public ChangeNotifier
{
public:
    using ChangeNotifier::ChangeNotifier;
    void changed(const QString &orgId) override { wakeLocal(orgId); }
};

} // namespace rapport::server
