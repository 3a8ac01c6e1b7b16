#pragma once

#include "sqlconnection.h"
#include "storage.h"

#include <QJsonObject>

#include <atomic>
#include <memory>
#include <mutex>

namespace rapport::server {

/**
 * The server's storage written once over an SqlConnection (SQLite or PostgreSQL): every call runs
 * on its one connection, one at a time. PostgresStorage runs several of these side by side.
 */
class SqlStorage : public Storage
{
public:
    explicit SqlStorage(std::unique_ptr<SqlConnection> connection);

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
    struct RecordInfo
    {
        QString entity;
        QString orgId;
        QString clientId;
        bool deleted = false;
        QString hlc; // the record's clock: a field's, unless the field stores its own
    };
    struct FieldState
    {
        QJsonValue value;
        QString hlc;
    };
    struct Applied
    {
        QString status;
        QString message;
        bool erased = false;
        QString code; // see PushOutcome::Result::code

        static Applied done(bool erased = false) { return {QStringLiteral("applied"), QString(), erased, QString()}; }
        static Applied rejected(QString message, QString code = {})
        {
            return {QStringLiteral("rejected"), std::move(message), false, std::move(code)};
        }
    };

    // sqlsync.cpp: one mutation inside the push transaction.
    Applied applyMutation(const Caller &caller, const protocol::Mutation &m, qint64 nowMs);
    Applied applyUpsert(const Caller &caller, const protocol::Mutation &m, qint64 nowMs,
                        const std::optional<RecordInfo> &record);
    Applied applyDelete(const Caller &caller, const protocol::Mutation &m, qint64 nowMs,
                        const std::optional<RecordInfo> &record);
    Applied applyErase(const Caller &caller, const protocol::Mutation &m, qint64 nowMs,
                       const std::optional<RecordInfo> &record);
    std::optional<QString> checkReferences(const Caller &caller, const protocol::Mutation &m);
    /** Notes belong to their author, consent stamps to whoever records them (see sqlsync.cpp). */
    std::optional<QString> checkAuthorship(const Caller &caller, const protocol::Mutation &m,
                                           const std::optional<RecordInfo> &existing);
    void dropSuperseded(const QString &orgId, const QString &id, const QJsonObject &won);
    std::optional<QString> checkClientLink(const Caller &caller, const protocol::Mutation &m,
                                           const std::optional<RecordInfo> &record);
    QString clientOf(const QString &orgId, const QString &entity, const QString &id, const QJsonObject &fields,
                     const std::optional<RecordInfo> &record);
    // Merged clients (sqlmerge.cpp): a record written to a client merged into another lands
    // on the client kept (docs/ARCHITECTURE.md, Merging clients).
    std::optional<QString> checkMerge(const Caller &caller, const protocol::Mutation &m,
                                      const std::optional<RecordInfo> &existing);
    /** The live client `clientId` was merged into (followed to the end), or "" when it stands. */
    QString mergedInto(const QString &orgId, const QString &clientId);
    /** A clock after `hlc` (and after every clock the server made), for a change the server makes. */
    QString clockAfter(const QString &hlc, qint64 nowMs);
    /** Moves a note or follow-up to client `target` as a change the server makes and logs. */
    void moveToClient(const QString &orgId, const QString &entity, const QString &id, const QString &target,
                      qint64 nowMs);
    /** After an upsert of `m` won `won`: sends what landed on a merged client to the one kept. */
    void redirectMerged(const Caller &caller, const protocol::Mutation &m, const QJsonObject &won, qint64 nowMs);
    /** Ids of the clients merged into `clientId` (directly or through others). */
    QStringList clientsMergedInto(const QString &orgId, const QString &clientId);
    void writeConflict(const Caller &caller, const QString &noteId, const QString &clientId,
                       const FieldState &loser, const QString &clock, qint64 nowMs);

    std::optional<RecordInfo> record(const QString &id);
    std::optional<FieldState> fieldState(const QString &id, const QString &field);
    void setField(const QString &id, const QString &field, const QJsonValue &value, const QString &hlc);
    bool isErased(const QString &orgId, const QString &id);
    void logChange(const QString &orgId, const QString &entity, const QString &id, const QString &op,
                   const QString &hlc, const QString &deviceId, const QJsonObject &fields, qint64 nowMs);
    QString serverClock(qint64 nowMs);
    /** The staff row of a login, active or not. */
    std::optional<StaffRow> anyStaffByLogin(const QString &login);
    /**
     * Adds an activity entry inside the caller's write transaction (push, admin commands), so it
     * commits or rolls back with the change it tells of. Merges, reassignments and erasures in
     * the push path call this. False when `reportId` was recorded before (nothing added).
     */
    bool logActivity(const QString &orgId, const QString &staffId, const QString &kind, const QString &summary,
                     const QString &subjectId, qint64 nowMs, const QString &reportId = QString());
    /** Logs a staff member's reference fields (name, login, role, store) for devices to pull. */
    void logStaff(const StaffRow &row, qint64 nowMs);
    /** A StaffRow from the columns id, org_id, store_id, login, name, role, password_hash at `first`. */
    static StaffRow staffFrom(const Statement &s, int first);
    /** Remembers the failure for healthy() and turns it into the error a caller sees. */
    StorageError failed(const DbFailure &e);
    [[noreturn]] void thrown(const DbFailure &e);

    std::mutex m_mutex; // one connection, used by every I/O thread in turn
    std::unique_ptr<SqlConnection> m_connection;
    SqlConnection &m_db;
    std::atomic<qint64> m_sessionIdleMs{30LL * 86400000};
    qint64 m_lastFailureMs = 0; // guarded by m_mutex
};

/** Storage in one SQLite file (WAL, synchronous=FULL, secure_delete); one writer at a time. */
class SqliteStorage final : public SqlStorage
{
public:
    /** Opens (creating if needed) the file; throws DbFailure if it cannot be opened. */
    explicit SqliteStorage(const QString &path);
};

} // namespace rapport::server
