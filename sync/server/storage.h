#pragma once

#include "protocol/wire.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <stdexcept>
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

/** A staff member before and after an administrative change (set-role, set-store). */
struct StaffChange
{
    StaffRow before;
    StaffRow after;
};

/** What deactivating a staff member did to their devices. */
struct StaffDeactivation
{
    /** Devices revoked: each answers 401 device_revoked and wipes itself. */
    int devicesRevoked = 0;
    /** Sessions ended on a tablet others are still signed in on (it is theirs too: not wiped). */
    int sharedSessionsEnded = 0;
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
    /** The device part every HLC this device writes must carry (empty: not learnt yet, see push). */
    QString clockId;
    StaffRow staff;
};

/**
 * Unknown also covers a signed-out device and an ended session (sign in again). A device of a
 * deactivated staff member is Revoked: deactivation revokes every device of theirs.
 */
enum class TokenState { Valid, Unknown, Revoked, Expired };

struct PushOutcome
{
    qint64 lastMid = 0;
    struct Result
    {
        qint64 mid;
        QString status; // applied | rejected | duplicate
        QString message;
        QString code; // a rejection a device words itself (merge_not_allowed, erase_not_allowed), else ""
    };
    QList<Result> results;
};

/** One entry of the activity trail: who did what, when (see recordActivity). */
struct ActivityRow
{
    qint64 seq = 0; // increasing; the page's order and cursor
    qint64 timeMs = 0;
    QString staffId; // empty: an administrator on the server's command line
    QString staffName;
    QString kind; // one of activityKinds()
    QString summary;
    QString subjectId; // the record or staff member concerned, when there is one
};

/** The kinds of entry the activity trail holds. */
const QStringList &activityKinds();

struct PullPage
{
    QList<protocol::Change> changes;
    qint64 cursor = 0;
    bool hasMore = false;
    /**
     * PostgreSQL: committed changes after the page wait for an older transaction still running.
     * `heldBackXid` is the newest such change's transaction id (0: nothing is held back) and
     * `snapshotXmin` the oldest transaction the page's snapshot saw running; once a later
     * snapshot's xmin passes `heldBackXid`, everything held back at this look can be pulled.
     */
    qint64 heldBackXid = 0;
    qint64 snapshotXmin = 0;
};

/** Where a snapshot stands: the cursor it was taken at and the last entry sent (kind, id). */
struct SnapshotPosition
{
    qint64 cursor = 0;
    int kind = 0; // index into snapshotKinds()
    QString id;
};

/**
 * One page of `GET /v1/snapshot`: the entries as JSON text (objects joined by commas, ready to be
 * put between brackets), the cursor incremental pulls continue from, and where the next page starts.
 */
struct SnapshotPage
{
    QByteArray entries;
    int count = 0;
    qint64 cursor = 0;
    std::optional<SnapshotPosition> next; // nullopt on the last page
    std::optional<qint64> total; // first page only: the live records the whole snapshot holds
};

/** The kinds a snapshot holds, in the order it sends them (a record before what refers to it). */
const QStringList &snapshotKinds();

/** A failure a storage call reports; `message` is for people (and logs), never holds secrets. */
struct StorageError
{
    QString message;
    /** The database cannot be reached right now (it restarts): answered 503 with retry_after. */
    bool unavailable = false;
    /** Lost a race with another transaction (PostgreSQL 40001/40P01): the call may simply run again. */
    bool retry = false;
};

/**
 * Thrown by the storage calls that have no error in their result (lookups such as staffByLogin)
 * when the database fails; Api::handle answers it with 500 server_error.
 */
class StorageFailure : public std::runtime_error
{
public:
    using std::runtime_error::runtime_error;
};

/** A StorageFailure because the database cannot be reached right now: Api::handle answers 503. */
class StorageUnavailable : public StorageFailure
{
public:
    using StorageFailure::StorageFailure;
};

/** A pull page holds at most this many bytes of field JSON (but always at least one change). */
constexpr qint64 kDefaultPullMaxBytes = 4 * 1024 * 1024;

/**
 * Everything the server keeps: SqliteStorage (one file) or PostgresStorage (a pool of connections
 * to a database several instances share), both the one SqlStorage over their SqlConnection.
 * Every write call is atomic: it either commits entirely or changes nothing. A database failure
 * comes back as a StorageError, or, from calls without one in their result, as a StorageFailure.
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
    /** Also ends every session of that staff member. */
    virtual std::optional<StorageError> setPasswordHash(const QString &login, const QString &hash) = 0;
    /**
     * Inactive staff cannot sign in (staffByLogin does not find them). Deactivating also revokes
     * every signed-in device of theirs (401 device_revoked: the device wipes itself), except on a
     * shared tablet where another active person is signed in (same clock id): there only their
     * session ends, as the tablet holds its other users' work. Reactivating lets them sign in
     * again, never un-revokes a device.
     */
    virtual std::variant<StaffDeactivation, StorageError> setStaffActive(const QString &login, bool active) = 0;
    /**
     * Gives a staff member (active or not) another role. Their sessions stay and carry the new
     * role from their next request on; devices learn it from the next pull (a staff change).
     * The same role again changes nothing (before == after).
     */
    virtual std::variant<StaffChange, StorageError> setStaffRole(const QString &login, Role role) = 0;
    /**
     * Moves a staff member to another store of their own organisation, named by its id or, within
     * that organisation, by its name. A store of another organisation, an unknown store, or a name
     * two stores share is refused and changes nothing. Devices learn it from the next pull.
     */
    virtual std::variant<StaffChange, StorageError> setStaffStore(const QString &login,
                                                                  const QString &storeIdOrName) = 0;
    virtual std::optional<StorageError> revokeDevice(const QString &deviceId) = 0;
    virtual QList<DeviceRow> devices() = 0;
    /** Drops deleted records older than the horizon; returns how many records went. */
    virtual std::variant<int, StorageError> compact(qint64 olderThanMs) = 0;

    // Sessions.
    /** clockId: the device part of the HLCs the device writes; empty means the new device id. */
    virtual std::variant<QString, StorageError> createDevice(const QString &staffId, const QString &name,
                                                             const QString &tokenSha256,
                                                             const QString &clockId) = 0;
    /** A token unused for longer than the idle period is Expired; use refreshes last_seen_ms. */
    virtual std::pair<TokenState, std::optional<Caller>> callerForToken(const QString &tokenSha256) = 0;
    /** Sessions idle for longer than this expire (default 30 days). */
    virtual void setSessionIdleMs(qint64 idleMs) = 0;
    virtual qint64 sessionIdleMs() const = 0;
    virtual std::optional<StorageError> endSession(const QString &deviceId) = 0;

    // Sync.
    virtual std::variant<PushOutcome, StorageError> push(const Caller &caller,
                                                         const QList<protocol::Mutation> &mutations) = 0;
    /**
     * Nullopt page means the cursor is behind the organisation's tombstone horizon (410). A page
     * holds at most `limit` changes and `maxBytes` of stored field JSON, but always one change.
     */
    virtual std::variant<std::optional<PullPage>, StorageError> pull(const QString &orgId, qint64 cursor,
                                                                     int limit, qint64 maxBytes) = 0;
    /**
     * One page of the organisation's current state (docs/ARCHITECTURE.md, Snapshot): live records
     * with their values and clocks, ordered by (kind, id), after `after` (nullopt: the first page,
     * which fixes the cursor). Nullopt page means the snapshot's cursor fell behind the tombstone
     * horizon (410). At most `limit` entries and about `maxBytes` of entry text, but one entry always.
     */
    virtual std::variant<std::optional<SnapshotPage>, StorageError>
    snapshot(const QString &orgId, const std::optional<SnapshotPosition> &after, int limit, qint64 maxBytes) = 0;
    /** False while the database fails (a failure in the last minute, or the probe fails). */
    virtual bool healthy() = 0;

    // The activity trail (managers and admins read it through GET /v1/activity).
    /**
     * Adds an entry to `orgId`'s trail, stamped with the server's time: `staffId` did
     * something of `kind` (activityKinds()), told by `summary`, to `subjectId` (may be empty).
     * `reportId` (optional, a UUID the device made) makes a retried report count once.
     * Server code that already holds the write lock inside a push uses the backend's own
     * in-transaction call instead, so the entry commits with the change it tells of.
     */
    virtual std::optional<StorageError> recordActivity(const QString &orgId, const QString &staffId,
                                                       const QString &kind, const QString &summary,
                                                       const QString &subjectId,
                                                       const QString &reportId = QString()) = 0;
    /** Newest first: entries with seq < `before` (0: from the newest), at most `limit`, of `kind` (empty: all). */
    virtual std::variant<QList<ActivityRow>, StorageError> activity(const QString &orgId, qint64 before, int limit,
                                                                    const QString &kind) = 0;
};

} // namespace rapport::server
