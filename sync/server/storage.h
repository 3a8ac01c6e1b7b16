#pragma once

#include "protocol/wire.h"

#include <QList>
#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace rapport::server {

enum class Role { Associate, Manager, Admin };
QString toString(Role role);
std::optional<Role> roleFromString(const QString &text);

struct Org
{
    QString id;
    QString name;
};

struct StoreRow
{
    QString id;
    QString orgId;
    QString name;
    QString address;
};

struct StaffRow
{
    QString id;
    QString orgId;
    QString storeId;
    QString login;
    QString name;
    Role role = Role::Associate;
    QString passwordHash;
};

struct DeviceRow
{
    QString id;
    QString staffId;
    QString staffLogin;
    QString name;
    qint64 createdMs = 0;
    qint64 lastSeenMs = 0;
    bool revoked = false;
    bool signedIn = false;
};

/** Who is calling, resolved from a device token. */
struct Caller
{
    QString deviceId;
    StaffRow staff;
};

enum class TokenState { Valid, Unknown, Revoked };

struct PushOutcome
{
    qint64 lastMid = 0;
    struct Result
    {
        qint64 mid;
        QString status; // applied | rejected | duplicate
        QString message;
    };
    QList<Result> results;
};

struct PullPage
{
    QList<protocol::Change> changes;
    qint64 cursor = 0;
    bool hasMore = false;
};

/** A failure a storage call reports; `message` is for people (and logs), never holds secrets. */
struct StorageError
{
    QString message;
};

/**
 * Everything the server keeps. The SQLite backend is the only one today; a PostgreSQL one
 * implements the same calls (its pull must follow the xid-snapshot rule of DESIGN.md).
 * Every write call is atomic: it either commits entirely or changes nothing.
 */
class Storage
{
public:
    virtual ~Storage() = default;

    // Administration (the command line).
    virtual std::optional<StorageError> migrate() = 0;
    virtual std::variant<Org, StorageError> ensureOrg(const QString &name) = 0;
    virtual QList<Org> orgs() = 0;
    virtual std::variant<StoreRow, StorageError> addStore(const QString &orgId, const QString &name,
                                                          const QString &address) = 0;
    virtual std::optional<StoreRow> storeById(const QString &id) = 0;
    virtual std::optional<StoreRow> storeByName(const QString &orgId, const QString &name) = 0;
    virtual std::variant<StaffRow, StorageError> addStaff(const StaffRow &staff) = 0;
    virtual std::optional<StaffRow> staffByLogin(const QString &login) = 0;
    virtual std::optional<StorageError> setPasswordHash(const QString &login, const QString &hash) = 0;
    virtual std::optional<StorageError> revokeDevice(const QString &deviceId) = 0;
    virtual QList<DeviceRow> devices() = 0;
    /** Drops deleted records older than the horizon; returns how many records went. */
    virtual std::variant<int, StorageError> compact(qint64 olderThanMs) = 0;

    // Sessions.
    virtual std::variant<QString, StorageError> createDevice(const QString &staffId, const QString &name,
                                                             const QString &tokenSha256) = 0;
    virtual std::pair<TokenState, std::optional<Caller>> callerForToken(const QString &tokenSha256) = 0;
    virtual std::optional<StorageError> endSession(const QString &deviceId) = 0;

    // Sync.
    virtual std::variant<PushOutcome, StorageError> push(const Caller &caller,
                                                         const QList<protocol::Mutation> &mutations) = 0;
    /** Nullopt page means the cursor is behind the tombstone horizon (410). */
    virtual std::variant<std::optional<PullPage>, StorageError> pull(const QString &orgId, qint64 cursor,
                                                                     int limit) = 0;
    virtual bool healthy() = 0;
};

} // namespace rapport::server
