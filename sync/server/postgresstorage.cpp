#include "postgresstorage.h"

#include "pgconnection.h"

#include <QElapsedTimer>

#include <chrono>
#include <random>
#include <thread>

namespace rapport::server {

namespace {

/** How long a pull waits at most for older transactions that hold committed changes back. */
constexpr qint64 kHeldBackWaitMs = 2000;

/**
 * How long a call that keeps losing races (40001, 40P01) is run again before its error is
 * returned, and how often at least. With 500 devices pushing new notes through 3 instances, a
 * push lost about two races in three (SERIALIZABLE locks index pages, and new records' time-ordered
 * ids all land on the last page of each index), so 8 attempts left about 1 push in 20 failed.
 */
constexpr qint64 kRaceBudgetMs = 10000;
constexpr int kAttempts = 8;

template<class T>
bool lostRace(const std::variant<T, StorageError> &result)
{
    const auto *e = std::get_if<StorageError>(&result);
    return e && e->retry;
}

bool lostRace(const std::optional<StorageError> &result)
{
    return result && result->retry;
}

template<class T>
bool lostRace(const T &)
{
    return false;
}

template<class T>
bool unavailable(const std::variant<T, StorageError> &result)
{
    const auto *e = std::get_if<StorageError>(&result);
    return e && e->unavailable;
}

bool unavailable(const std::optional<StorageError> &result)
{
    return result && result->unavailable;
}

template<class T>
bool unavailable(const T &)
{
    return false;
}

/** A short random pause, so two transactions that collided do not collide again in step. */
void backOff(int attempt)
{
    thread_local std::minstd_rand random(std::random_device{}());
    const int ceilingMs = 2 << std::min(attempt, 6);
    std::this_thread::sleep_for(std::chrono::milliseconds(random() % ceilingMs));
}

} // namespace

class PostgresStorage::Lease
{
public:
    explicit Lease(PostgresStorage &pool) : m_pool(pool)
    {
        std::unique_lock lock(m_pool.m_mutex);
        m_pool.m_released.wait(lock, [this] { return !m_pool.m_idle.empty(); });
        m_storage = m_pool.m_idle.back();
        m_pool.m_idle.pop_back();
    }
    ~Lease()
    {
        {
            std::lock_guard lock(m_pool.m_mutex);
            m_pool.m_idle.push_back(m_storage);
        }
        m_pool.m_released.notify_one();
    }
    Lease(const Lease &) = delete;
    Lease &operator=(const Lease &) = delete;
    SqlStorage &operator*() const { return *m_storage; }

private:
    PostgresStorage &m_pool;
    SqlStorage *m_storage = nullptr;
};

PostgresStorage::PostgresStorage(const QString &conninfo, int connections)
{
    for (int i = 0; i < std::max(1, connections); ++i) {
        m_all.push_back(std::make_unique<SqlStorage>(std::make_unique<PgConnection>(conninfo)));
        m_idle.push_back(m_all.back().get());
    }
}

PostgresStorage::~PostgresStorage() = default;

template<class Call>
auto PostgresStorage::run(Call call)
{
    // After a database restart every connection is lost, but each finds out only when used: a
    // call tries each connection once (each resets itself on its next use) before it answers
    // unavailable. A failed transaction is rolled back whole, so running it again is safe.
    const int reconnects = static_cast<int>(m_all.size()) + 1;
    int lost = 0;
    QElapsedTimer racing;
    racing.start();
    for (int attempt = 1;; ++attempt) {
        try {
            auto result = [&] {
                Lease storage(*this);
                return call(*storage);
            }();
            if (unavailable(result) && ++lost < reconnects)
                continue;
            if (!lostRace(result) || (attempt >= kAttempts + lost && racing.elapsed() >= kRaceBudgetMs))
                return result;
        } catch (const StorageUnavailable &) {
            if (++lost >= reconnects)
                throw;
            continue;
        }
        backOff(attempt - lost);
    }
}

std::optional<StorageError> PostgresStorage::migrate()
{
    return run([&](SqlStorage &s) { return s.migrate(); });
}

std::variant<Org, StorageError> PostgresStorage::ensureOrg(const QString &name)
{
    return run([&](SqlStorage &s) { return s.ensureOrg(name); });
}

QList<Org> PostgresStorage::orgs()
{
    return run([&](SqlStorage &s) { return s.orgs(); });
}

std::variant<StoreRow, StorageError> PostgresStorage::addStore(const QString &orgId, const QString &name,
                                                               const QString &address)
{
    return run([&](SqlStorage &s) { return s.addStore(orgId, name, address); });
}

std::optional<StoreRow> PostgresStorage::storeById(const QString &id)
{
    return run([&](SqlStorage &s) { return s.storeById(id); });
}

std::optional<StoreRow> PostgresStorage::storeByName(const QString &orgId, const QString &name)
{
    return run([&](SqlStorage &s) { return s.storeByName(orgId, name); });
}

std::variant<StaffRow, StorageError> PostgresStorage::addStaff(const StaffRow &staff)
{
    return run([&](SqlStorage &s) { return s.addStaff(staff); });
}

std::optional<StaffRow> PostgresStorage::staffByLogin(const QString &login)
{
    return run([&](SqlStorage &s) { return s.staffByLogin(login); });
}

std::optional<StorageError> PostgresStorage::setPasswordHash(const QString &login, const QString &hash)
{
    return run([&](SqlStorage &s) { return s.setPasswordHash(login, hash); });
}

std::variant<StaffDeactivation, StorageError> PostgresStorage::setStaffActive(const QString &login, bool active)
{
    return run([&](SqlStorage &s) { return s.setStaffActive(login, active); });
}

std::variant<StaffChange, StorageError> PostgresStorage::setStaffRole(const QString &login, Role role)
{
    return run([&](SqlStorage &s) { return s.setStaffRole(login, role); });
}

std::variant<StaffChange, StorageError> PostgresStorage::setStaffStore(const QString &login,
                                                                       const QString &storeIdOrName)
{
    return run([&](SqlStorage &s) { return s.setStaffStore(login, storeIdOrName); });
}

std::optional<StorageError> PostgresStorage::revokeDevice(const QString &deviceId)
{
    return run([&](SqlStorage &s) { return s.revokeDevice(deviceId); });
}

QList<DeviceRow> PostgresStorage::devices()
{
    return run([&](SqlStorage &s) { return s.devices(); });
}

std::variant<int, StorageError> PostgresStorage::compact(qint64 olderThanMs)
{
    return run([&](SqlStorage &s) { return s.compact(olderThanMs); });
}

std::variant<QString, StorageError> PostgresStorage::createDevice(const QString &staffId, const QString &name,
                                                                  const QString &tokenSha256, const QString &clockId)
{
    return run([&](SqlStorage &s) { return s.createDevice(staffId, name, tokenSha256, clockId); });
}

std::pair<TokenState, std::optional<Caller>> PostgresStorage::callerForToken(const QString &tokenSha256)
{
    return run([&](SqlStorage &s) { return s.callerForToken(tokenSha256); });
}

void PostgresStorage::setSessionIdleMs(qint64 idleMs)
{
    for (const auto &storage : m_all)
        storage->setSessionIdleMs(idleMs);
}

qint64 PostgresStorage::sessionIdleMs() const
{
    return m_all.front()->sessionIdleMs();
}

std::optional<StorageError> PostgresStorage::endSession(const QString &deviceId)
{
    return run([&](SqlStorage &s) { return s.endSession(deviceId); });
}

std::variant<PushOutcome, StorageError> PostgresStorage::push(const Caller &caller,
                                                              const QList<protocol::Mutation> &mutations)
{
    return run([&](SqlStorage &s) { return s.push(caller, mutations); });
}

std::variant<std::optional<PullPage>, StorageError> PostgresStorage::pull(const QString &orgId, qint64 cursor,
                                                                          int limit, qint64 maxBytes)
{
    // A change committed after an older transaction that still runs is not pulled until that one
    // ends (docs/ARCHITECTURE.md). Pushes end within milliseconds, so a pull that would leave such
    // changes behind waits a little for them rather than making the device come back for them.
    // It waits only for the transactions older than what it found held back at its first look:
    // under a steady stream of pushes some running transaction is nearly always older than the
    // newest commit, and waiting for a moment with none held every pull for the whole 2 s.
    QElapsedTimer waited;
    waited.start();
    qint64 waitingFor = 0;
    for (;;) {
        auto page = run([&](SqlStorage &s) { return s.pull(orgId, cursor, limit, maxBytes); });
        const auto *found = std::get_if<std::optional<PullPage>>(&page);
        if (!found || !*found || (*found)->heldBackXid == 0 || waited.elapsed() >= kHeldBackWaitMs)
            return page;
        if (waitingFor == 0)
            waitingFor = (*found)->heldBackXid;
        else if ((*found)->snapshotXmin > waitingFor)
            return page;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::variant<std::optional<SnapshotPage>, StorageError>
PostgresStorage::snapshot(const QString &orgId, const std::optional<SnapshotPosition> &after, int limit,
                          qint64 maxBytes)
{
    // Pages need no wait for older transactions: the first page's cursor stops below them, so
    // what they write is pulled after the snapshot.
    return run([&](SqlStorage &s) { return s.snapshot(orgId, after, limit, maxBytes); });
}

bool PostgresStorage::healthy()
{
    // A connection lost in a restart fails its first probe and resets on the next: try them all.
    for (std::size_t attempt = 0; attempt <= m_all.size(); ++attempt) {
        if (run([&](SqlStorage &s) { return s.healthy(); }))
            return true;
    }
    return false;
}

std::optional<StorageError> PostgresStorage::recordActivity(const QString &orgId, const QString &staffId,
                                                            const QString &kind, const QString &summary,
                                                            const QString &subjectId, const QString &reportId)
{
    return run([&](SqlStorage &s) { return s.recordActivity(orgId, staffId, kind, summary, subjectId, reportId); });
}

std::variant<QList<ActivityRow>, StorageError> PostgresStorage::activity(const QString &orgId, qint64 before,
                                                                         int limit, const QString &kind)
{
    return run([&](SqlStorage &s) { return s.activity(orgId, before, limit, kind); });
}

} // namespace rapport::server
