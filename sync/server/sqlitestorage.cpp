#include "sqlitestorage.h"

#include "crypto.h"
#include "protocol/schema.h"

#include <QDateTime>
#include <QJsonDocument>

namespace rapport::server {

using protocol::Change;

QString toString(Role role)
{
    switch (role) {
    case Role::Associate: return QStringLiteral("associate");
    case Role::Manager: return QStringLiteral("manager");
    case Role::Admin: return QStringLiteral("admin");
    }
    return {};
}

std::optional<Role> roleFromString(const QString &text)
{
    if (text == QLatin1String("associate")) return Role::Associate;
    if (text == QLatin1String("manager")) return Role::Manager;
    if (text == QLatin1String("admin")) return Role::Admin;
    return std::nullopt;
}

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

StorageError failure(const SqliteFailure &e)
{
    return StorageError{QStringLiteral("Database error: %1").arg(QString::fromUtf8(e.what()))};
}

const char *const kSchema = R"sql(
CREATE TABLE IF NOT EXISTS org(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS store(id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES org(id),
    name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS staff(id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES org(id),
    store_id TEXT NOT NULL REFERENCES store(id), login TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL, password_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS device(id TEXT PRIMARY KEY, staff_id TEXT NOT NULL REFERENCES staff(id),
    name TEXT NOT NULL, token_sha256 TEXT UNIQUE, created_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS device_state(device_id TEXT PRIMARY KEY REFERENCES device(id),
    last_mid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS change_log(cursor INTEGER PRIMARY KEY AUTOINCREMENT, org_id TEXT NOT NULL,
    entity TEXT NOT NULL, id TEXT NOT NULL, op TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT,
    fields TEXT NOT NULL, time_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS change_log_org ON change_log(org_id, cursor);
CREATE INDEX IF NOT EXISTS change_log_id ON change_log(id);
CREATE TABLE IF NOT EXISTS record(id TEXT PRIMARY KEY, entity TEXT NOT NULL, org_id TEXT NOT NULL,
    client_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, deleted_ms INTEGER);
CREATE INDEX IF NOT EXISTS record_client ON record(client_id);
CREATE TABLE IF NOT EXISTS record_field(id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
    hlc TEXT NOT NULL, PRIMARY KEY(id, field)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS erased(id TEXT PRIMARY KEY, org_id TEXT NOT NULL, time_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
PRAGMA user_version = 1;
)sql";

StaffRow staffFrom(const Statement &s, int first)
{
    StaffRow row;
    row.id = s.text(first);
    row.orgId = s.text(first + 1);
    row.storeId = s.text(first + 2);
    row.login = s.text(first + 3);
    row.name = s.text(first + 4);
    row.role = roleFromString(s.text(first + 5)).value_or(Role::Associate);
    row.passwordHash = s.text(first + 6);
    return row;
}

constexpr const char *kStaffColumns = "id, org_id, store_id, login, name, role, password_hash";

} // namespace

SqliteStorage::SqliteStorage(const QString &path) : m_db(path) {}

std::optional<StorageError> SqliteStorage::migrate()
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        m_db.exec(kSchema);
        tx.commit();
        return std::nullopt;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

QString SqliteStorage::serverClock(qint64 now)
{
    // Server-made rows still need strictly increasing clocks, even within one millisecond.
    if (now > m_clockMs) {
        m_clockMs = now;
        m_clockCounter = 0;
    } else {
        ++m_clockCounter;
    }
    return protocol::makeHlc(m_clockMs, m_clockCounter, protocol::serverClockId());
}

std::variant<Org, StorageError> SqliteStorage::ensureOrg(const QString &name)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement find(m_db.handle(), "SELECT id FROM org WHERE name = ?");
        find.bind(1, name);
        if (find.step())
            return Org{find.text(0), name};
        Org org{crypto::randomUuid(), name};
        Statement(m_db.handle(), "INSERT INTO org(id, name, created_ms) VALUES (?, ?, ?)")
            .bind(1, org.id).bind(2, name).bind(3, nowMs()).run();
        tx.commit();
        return org;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

QList<Org> SqliteStorage::orgs()
{
    std::lock_guard lock(m_mutex);
    QList<Org> result;
    Statement s(m_db.handle(), "SELECT id, name FROM org ORDER BY created_ms, name");
    while (s.step())
        result.append(Org{s.text(0), s.text(1)});
    return result;
}

std::variant<StoreRow, StorageError> SqliteStorage::addStore(const QString &orgId, const QString &name,
                                                             const QString &address)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        StoreRow row{crypto::randomUuid(), orgId, name, address};
        Statement(m_db.handle(), "INSERT INTO store(id, org_id, name, address) VALUES (?, ?, ?, ?)")
            .bind(1, row.id).bind(2, orgId).bind(3, name).bind(4, address).run();
        const qint64 now = nowMs();
        logChange(orgId, QStringLiteral("store"), row.id, QStringLiteral("upsert"), serverClock(now),
                  QString(), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("address"), address}},
                  now);
        tx.commit();
        return row;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

std::optional<StoreRow> SqliteStorage::storeById(const QString &id)
{
    std::lock_guard lock(m_mutex);
    Statement s(m_db.handle(), "SELECT id, org_id, name, address FROM store WHERE id = ?");
    s.bind(1, id);
    if (!s.step())
        return std::nullopt;
    return StoreRow{s.text(0), s.text(1), s.text(2), s.text(3)};
}

std::optional<StoreRow> SqliteStorage::storeByName(const QString &orgId, const QString &name)
{
    std::lock_guard lock(m_mutex);
    Statement s(m_db.handle(), "SELECT id, org_id, name, address FROM store WHERE org_id = ? AND name = ?");
    s.bind(1, orgId).bind(2, name);
    if (!s.step())
        return std::nullopt;
    return StoreRow{s.text(0), s.text(1), s.text(2), s.text(3)};
}

std::variant<StaffRow, StorageError> SqliteStorage::addStaff(const StaffRow &staff)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement taken(m_db.handle(), "SELECT 1 FROM staff WHERE login = ?");
        taken.bind(1, staff.login);
        if (taken.step())
            return StorageError{QStringLiteral("The login \"%1\" is already taken.").arg(staff.login)};
        StaffRow row = staff;
        row.id = crypto::randomUuid();
        Statement(m_db.handle(), "INSERT INTO staff(id, org_id, store_id, login, name, role, password_hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, row.id).bind(2, row.orgId).bind(3, row.storeId).bind(4, row.login)
            .bind(5, row.name).bind(6, toString(row.role)).bind(7, row.passwordHash).run();
        const qint64 now = nowMs();
        logChange(row.orgId, QStringLiteral("staff"), row.id, QStringLiteral("upsert"), serverClock(now),
                  QString(),
                  QJsonObject{{QStringLiteral("name"), row.name}, {QStringLiteral("login"), row.login},
                              {QStringLiteral("role"), toString(row.role)},
                              {QStringLiteral("store_id"), row.storeId}},
                  now);
        tx.commit();
        return row;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

std::optional<StaffRow> SqliteStorage::staffByLogin(const QString &login)
{
    std::lock_guard lock(m_mutex);
    Statement s(m_db.handle(),
                (std::string("SELECT ") + kStaffColumns + " FROM staff WHERE login = ?").c_str());
    s.bind(1, login);
    if (!s.step())
        return std::nullopt;
    return staffFrom(s, 0);
}

std::optional<StorageError> SqliteStorage::setPasswordHash(const QString &login, const QString &hash)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement(m_db.handle(), "UPDATE staff SET password_hash = ? WHERE login = ?")
            .bind(1, hash).bind(2, login).run();
        if (sqlite3_changes(m_db.handle()) == 0)
            return StorageError{QStringLiteral("There is no staff member with the login \"%1\".").arg(login)};
        tx.commit();
        return std::nullopt;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

std::optional<StorageError> SqliteStorage::revokeDevice(const QString &deviceId)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement(m_db.handle(), "UPDATE device SET revoked = 1 WHERE id = ?").bind(1, deviceId).run();
        if (sqlite3_changes(m_db.handle()) == 0)
            return StorageError{QStringLiteral("There is no device with the id \"%1\"; list-devices "
                                               "shows them.").arg(deviceId)};
        tx.commit();
        return std::nullopt;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

QList<DeviceRow> SqliteStorage::devices()
{
    std::lock_guard lock(m_mutex);
    QList<DeviceRow> result;
    Statement s(m_db.handle(),
                "SELECT d.id, d.staff_id, s.login, d.name, d.created_ms, d.last_seen_ms, d.revoked, "
                "d.token_sha256 IS NOT NULL FROM device d JOIN staff s ON s.id = d.staff_id "
                "ORDER BY d.created_ms");
    while (s.step()) {
        result.append(DeviceRow{s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4), s.integer(5),
                                s.integer(6) != 0, s.integer(7) != 0});
    }
    return result;
}

std::variant<int, StorageError> SqliteStorage::compact(qint64 olderThanMs)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        // Tombstones (deleted records, erase markers) older than the horizon leave the change log.
        // The record row stays, so a stale device still cannot bring the record back.
        Statement horizon(m_db.handle(),
                          "SELECT max(c.cursor), count(DISTINCT c.id) FROM change_log c "
                          "WHERE c.time_ms < ?1 AND (c.op = 'erase' OR c.id IN "
                          "(SELECT id FROM record WHERE deleted = 1 AND deleted_ms < ?1))");
        horizon.bind(1, olderThanMs);
        horizon.step();
        if (horizon.isNull(0))
            return 0;
        const qint64 maxCursor = horizon.integer(0);
        const int count = static_cast<int>(horizon.integer(1));
        Statement(m_db.handle(),
                  "DELETE FROM change_log WHERE cursor <= ?2 AND (op = 'erase' OR id IN "
                  "(SELECT id FROM record WHERE deleted = 1 AND deleted_ms < ?1))")
            .bind(1, olderThanMs).bind(2, maxCursor).run();
        Statement(m_db.handle(),
                  "INSERT INTO meta(key, value) VALUES ('horizon_cursor', ?1) ON CONFLICT(key) DO UPDATE "
                  "SET value = max(CAST(value AS INTEGER), ?1)")
            .bind(1, maxCursor).run();
        tx.commit();
        return count;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

std::variant<QString, StorageError> SqliteStorage::createDevice(const QString &staffId, const QString &name,
                                                                const QString &tokenSha256)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        const QString id = crypto::randomUuid();
        const qint64 now = nowMs();
        Statement(m_db.handle(), "INSERT INTO device(id, staff_id, name, token_sha256, created_ms, last_seen_ms) "
                                 "VALUES (?, ?, ?, ?, ?, ?)")
            .bind(1, id).bind(2, staffId).bind(3, name).bind(4, tokenSha256).bind(5, now).bind(6, now).run();
        Statement(m_db.handle(), "INSERT INTO device_state(device_id, last_mid) VALUES (?, 0)").bind(1, id).run();
        tx.commit();
        return id;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

std::pair<TokenState, std::optional<Caller>> SqliteStorage::callerForToken(const QString &tokenSha256)
{
    std::lock_guard lock(m_mutex);
    Statement s(m_db.handle(),
                (std::string("SELECT d.id, d.revoked, s.") + "id, s.org_id, s.store_id, s.login, s.name, "
                 "s.role, '' FROM device d JOIN staff s ON s.id = d.staff_id WHERE d.token_sha256 = ?")
                    .c_str());
    s.bind(1, tokenSha256);
    if (!s.step())
        return {TokenState::Unknown, std::nullopt};
    if (s.integer(1) != 0)
        return {TokenState::Revoked, std::nullopt};
    return {TokenState::Valid, Caller{s.text(0), staffFrom(s, 2)}};
}

std::optional<StorageError> SqliteStorage::endSession(const QString &deviceId)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement(m_db.handle(), "UPDATE device SET token_sha256 = NULL WHERE id = ?").bind(1, deviceId).run();
        tx.commit();
        return std::nullopt;
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

std::variant<std::optional<PullPage>, StorageError> SqliteStorage::pull(const QString &orgId, qint64 cursor,
                                                                        int limit)
{
    std::lock_guard lock(m_mutex);
    try {
        // One read transaction, so the horizon and the page come from the same snapshot.
        m_db.exec("BEGIN");
        struct EndRead
        {
            SqliteDb &db;
            ~EndRead() { sqlite3_exec(db.handle(), "COMMIT", nullptr, nullptr, nullptr); }
        } endRead{m_db};
        Statement horizon(m_db.handle(), "SELECT CAST(value AS INTEGER) FROM meta WHERE key = 'horizon_cursor'");
        if (cursor > 0 && horizon.step() && cursor < horizon.integer(0))
            return std::optional<PullPage>();
        Statement s(m_db.handle(), "SELECT cursor, entity, id, op, hlc, fields FROM change_log "
                                   "WHERE org_id = ? AND cursor > ? ORDER BY cursor LIMIT ?");
        s.bind(1, orgId).bind(2, cursor).bind(3, static_cast<qint64>(limit) + 1);
        PullPage page;
        page.cursor = cursor;
        while (s.step()) {
            if (page.changes.size() == limit) {
                page.hasMore = true;
                break;
            }
            Change c;
            c.cursor = s.integer(0);
            c.entity = s.text(1);
            c.id = s.text(2);
            c.op = s.text(3);
            c.hlc = s.text(4);
            c.fields = QJsonDocument::fromJson(s.text(5).toUtf8()).object();
            page.cursor = c.cursor;
            page.changes.append(std::move(c));
        }
        return std::optional<PullPage>(std::move(page));
    } catch (const SqliteFailure &e) {
        return failure(e);
    }
}

bool SqliteStorage::healthy()
{
    std::lock_guard lock(m_mutex);
    try {
        Statement s(m_db.handle(), "SELECT count(*) FROM org");
        return s.step();
    } catch (const SqliteFailure &) {
        return false;
    }
}

} // namespace rapport::server
