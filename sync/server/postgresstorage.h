#pragma once

#include "sqlstorage.h"

#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

namespace rapport::server {

/**
 * Storage in a PostgreSQL database that any number of server instances share: a few SqlStorage
 * instances, each on its own connection, lent out one per call. The calls run on the server's
 * storage threads (see Api::setStoragePool), never on the Asio I/O threads. A call that lost a
 * race with another transaction (serialization failure, deadlock) runs again here, so callers
 * only ever see it when it keeps losing.
 */
class PostgresStorage final : public Storage
{
public:
    /** Opens `connections` connections; throws DbFailure if the database cannot be reached. */
    PostgresStorage(const QString &conninfo, int connections);
    ~PostgresStorage() override;

    std::optional<StorageError> migrate() override;
    std::variant<Org, StorageError> ensureOrg(const QString &name) override;
    QList<Org> orgs() override;
    std::variant<StoreRow, StorageError> addStore(const QString &orgId, const QString &name,
                                                  const QString &address) override;
    std::optional<StoreRow> storeById(const QString &id) override;
    std::optional<StoreRow> storeByName(const QString &orgId, const QString &name) override;
    std::variant<StaffRow, StorageError> addStaff(const StaffRow &staff) override;
    std::optional<StaffRow> staffByLogin(const QString &login) override;
    std::optional<StorageError> setPasswordHash(const QString &login, const QString &hash) override;
    std::variant<StaffDeactivation, StorageError> setStaffActive(const QString &login, bool active) override;
    std::variant<StaffChange, StorageError> setStaffRole(const QString &login, Role role) override;
    std::variant<StaffChange, StorageError> setStaffStore(const QString &login,
                                                          const QString &storeIdOrName) override;
    std::optional<StorageError> revokeDevice(const QString &deviceId) override;
    QList<DeviceRow> devices() override;
    std::variant<int, StorageError> compact(qint64 olderThanMs) override;

    std::variant<QString, StorageError> createDevice(const QString &staffId, const QString &name,
                                                     const QString &tokenSha256, const QString &clockId) override;
    std::pair<TokenState, std::optional<Caller>> callerForToken(const QString &tokenSha256) override;
    void setSessionIdleMs(qint64 idleMs) override;
    qint64 sessionIdleMs() const override;
    std::optional<StorageError> endSession(const QString &deviceId) override;

    std::variant<PushOutcome, StorageError> push(const Caller &caller,
                                                 const QList<protocol::Mutation> &mutations) override;
    std::variant<std::optional<PullPage>, StorageError> pull(const QString &orgId, qint64 cursor,
                                                             int limit, qint64 maxBytes) override;
    std::variant<std::optional<SnapshotPage>, StorageError>
    snapshot(const QString &orgId, const std::optional<SnapshotPosition> &after, int limit,
             qint64 maxBytes) override;
    bool healthy() override;

    std::optional<StorageError> recordActivity(const QString &orgId, const QString &staffId, const QString &kind,
                                               const QString &summary, const QString &subjectId,
                                               const QString &reportId = QString()) override;
    std::variant<QList<ActivityRow>, StorageError> activity(const QString &orgId, qint64 before, int limit,
                                                            const QString &kind) override;

private:
    class Lease;
    /** Runs `call` on an idle connection's storage, again (a few times) while it lost a race. */
    template<class Call>
    auto run(Call call);

    std::mutex m_mutex;
    std::condition_variable m_released;
    std::vector<std::unique_ptr<SqlStorage>> m_all;
    std::vector<SqlStorage *> m_idle; // guarded by m_mutex
};

} // namespace rapport::server
