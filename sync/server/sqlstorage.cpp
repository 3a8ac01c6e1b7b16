#include "sqlstorage.h"

#include "crypto.h"
#include "protocol/jsontext.h"
#include "protocol/schema.h"
#include "sqlitedb.h"

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

constexpr const char *kStaffColumns = "id, org_id, store_id, login, name, role, password_hash";

/** After a failure, health answers 503 for this long (a failing page is not found by a probe). */
constexpr qint64 kUnhealthyAfterFailureMs = 60000;

} // namespace

StaffRow SqlStorage::staffFrom(const Statement &s, int first)
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

SqlStorage::SqlStorage(std::unique_ptr<SqlConnection> connection)
    : m_connection(std::move(connection)), m_db(*m_connection)
{
}

SqliteStorage::SqliteStorage(const QString &path) : SqlStorage(std::make_unique<SqliteConnection>(path)) {}

StorageError SqlStorage::failed(const DbFailure &e)
{
    // A lost race or a restarting database says nothing about the data: health probes the database.
    if (e.kind() == DbFailure::Kind::Error)
        m_lastFailureMs = nowMs();
    StorageError error{QStringLiteral("Database error: %1").arg(QString::fromUtf8(e.what()))};
    error.unavailable = e.kind() == DbFailure::Kind::Unavailable;
    error.retry = e.kind() == DbFailure::Kind::Retry;
    return error;
}

void SqlStorage::thrown(const DbFailure &e)
{
    const StorageError error = failed(e);
    if (error.unavailable)
        throw StorageUnavailable(error.message.toStdString());
    throw StorageFailure(error.message.toStdString());
}

std::optional<StorageError> SqlStorage::migrate()
{
    std::lock_guard lock(m_mutex);
    try {
        const int latest = m_db.latestSchemaVersion();
        const int found = m_db.schemaVersion();
        if (found > latest)
            return StorageError{QStringLiteral("The database has schema version %1, made by a newer "
                                               "rapport-server; this one knows up to version %2.")
                                    .arg(found).arg(latest)};
        // One transaction per step: a failed step leaves the database at the previous version. The
        // version is read again under the write lock, as another process (an admin command next
        // to `serve`, another instance) may have run the step meanwhile.
        for (int next = found + 1; next <= latest; ++next) {
            WriteTransaction tx(m_db);
            if (m_db.schemaVersion() >= next)
                continue;
            m_db.migrateTo(next);
            tx.commit();
        }
        return std::nullopt;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

QString SqlStorage::serverClock(qint64 now)
{
    // Server-made rows still need strictly increasing clocks, even within one millisecond and
    // across every process using the database.
    const auto [ms, counter] = m_db.nextServerClock(now);
    return protocol::makeHlc(ms, counter, protocol::serverClockId());
}

std::variant<Org, StorageError> SqlStorage::ensureOrg(const QString &name)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement find(m_db, "SELECT id FROM org WHERE name = ?");
        find.bind(1, name);
        if (find.step())
            return Org{find.text(0), name};
        Org org{crypto::randomUuid(), name};
        Statement(m_db, "INSERT INTO org(id, name, created_ms) VALUES (?, ?, ?)")
            .bind(1, org.id).bind(2, name).bind(3, nowMs()).run();
        tx.commit();
        return org;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

QList<Org> SqlStorage::orgs()
{
    std::lock_guard lock(m_mutex);
    try {
        QList<Org> result;
        Statement s(m_db, "SELECT id, name FROM org ORDER BY created_ms, name");
        while (s.step())
            result.append(Org{s.text(0), s.text(1)});
        return result;
    } catch (const DbFailure &e) {
        thrown(e);
    }
}

std::variant<StoreRow, StorageError> SqlStorage::addStore(const QString &orgId, const QString &name,
                                                             const QString &address)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        StoreRow row{crypto::randomUuid(), orgId, name, address};
        Statement(m_db, "INSERT INTO store(id, org_id, name, address) VALUES (?, ?, ?, ?)")
            .bind(1, row.id).bind(2, orgId).bind(3, name).bind(4, address).run();
        const qint64 now = nowMs();
        logChange(orgId, QStringLiteral("store"), row.id, QStringLiteral("upsert"), serverClock(now),
                  QString(), QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("address"), address}},
                  now);
        tx.commit();
        return row;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::optional<StoreRow> SqlStorage::storeById(const QString &id)
{
    std::lock_guard lock(m_mutex);
    try {
        Statement s(m_db, "SELECT id, org_id, name, address FROM store WHERE id = ?");
        s.bind(1, id);
        if (!s.step())
            return std::nullopt;
        return StoreRow{s.text(0), s.text(1), s.text(2), s.text(3)};
    } catch (const DbFailure &e) {
        thrown(e);
    }
}

std::optional<StoreRow> SqlStorage::storeByName(const QString &orgId, const QString &name)
{
    std::lock_guard lock(m_mutex);
    try {
        Statement s(m_db, "SELECT id, org_id, name, address FROM store WHERE org_id = ? AND name = ?");
        s.bind(1, orgId).bind(2, name);
        if (!s.step())
            return std::nullopt;
        return StoreRow{s.text(0), s.text(1), s.text(2), s.text(3)};
    } catch (const DbFailure &e) {
        thrown(e);
    }
}

std::variant<StaffRow, StorageError> SqlStorage::addStaff(const StaffRow &staff)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement taken(m_db, "SELECT 1 FROM staff WHERE login = ?");
        taken.bind(1, staff.login);
        if (taken.step())
            return StorageError{QStringLiteral("The login \"%1\" is already taken.").arg(staff.login)};
        StaffRow row = staff;
        row.id = crypto::randomUuid();
        Statement(m_db, "INSERT INTO staff(id, org_id, store_id, login, name, role, password_hash) "
                                 "VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, row.id).bind(2, row.orgId).bind(3, row.storeId).bind(4, row.login)
            .bind(5, row.name).bind(6, toString(row.role)).bind(7, row.passwordHash).run();
        logStaff(row, nowMs());
        tx.commit();
        return row;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::optional<StaffRow> SqlStorage::staffByLogin(const QString &login)
{
    std::lock_guard lock(m_mutex);
    try {
        Statement s(m_db,
                    (std::string("SELECT ") + kStaffColumns + " FROM staff WHERE login = ? AND active = 1").c_str());
        s.bind(1, login);
        if (!s.step())
            return std::nullopt;
        return staffFrom(s, 0);
    } catch (const DbFailure &e) {
        thrown(e);
    }
}

std::optional<StaffRow> SqlStorage::anyStaffByLogin(const QString &login)
{
    Statement s(m_db, (std::string("SELECT ") + kStaffColumns + " FROM staff WHERE login = ?").c_str());
    s.bind(1, login);
    if (!s.step())
        return std::nullopt;
    return staffFrom(s, 0);
}

void SqlStorage::logStaff(const StaffRow &row, qint64 now)
{
    // Devices apply staff rows in pull order, so the newest entry in the log is what they keep.
    logChange(row.orgId, QStringLiteral("staff"), row.id, QStringLiteral("upsert"), serverClock(now), QString(),
              QJsonObject{{QStringLiteral("name"), row.name}, {QStringLiteral("login"), row.login},
                          {QStringLiteral("role"), toString(row.role)}, {QStringLiteral("store_id"), row.storeId}},
              now);
}

std::variant<StaffChange, StorageError> SqlStorage::setStaffRole(const QString &login, Role role)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        const auto before = anyStaffByLogin(login);
        if (!before)
            return StorageError{QStringLiteral("There is no staff member with the login \"%1\".").arg(login)};
        StaffChange change{*before, *before};
        if (before->role == role)
            return change;
        change.after.role = role;
        Statement(m_db, "UPDATE staff SET role = ? WHERE id = ?")
            .bind(1, toString(role)).bind(2, before->id).run();
        const qint64 now = nowMs();
        logStaff(change.after, now);
        logActivity(before->orgId, QString(), QStringLiteral("role_change"),
                    QStringLiteral("%1 (%2): %3 \u2192 %4").arg(before->name, before->login, toString(before->role),
                                                            toString(role)),
                    before->id, now);
        tx.commit();
        return change;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::variant<StaffChange, StorageError> SqlStorage::setStaffStore(const QString &login,
                                                                     const QString &storeIdOrName)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        const auto before = anyStaffByLogin(login);
        if (!before)
            return StorageError{QStringLiteral("There is no staff member with the login \"%1\".").arg(login)};
        QStringList ownStores; // "name (id)" of every store of the member's organisation, for the error
        QString byId;          // the organisation's store with that id
        QStringList byName;    // ids of the organisation's stores with that name
        {
            Statement s(m_db, "SELECT id, name FROM store WHERE org_id = ? ORDER BY name, id");
            s.bind(1, before->orgId);
            while (s.step()) {
                ownStores.append(QStringLiteral("%1 (%2)").arg(s.text(1), s.text(0)));
                if (s.text(0) == storeIdOrName)
                    byId = s.text(0);
                else if (s.text(1) == storeIdOrName)
                    byName.append(s.text(0));
            }
        }
        // An id is unique, so it wins over a name that happens to look like it.
        const QStringList matches = byId.isEmpty() ? byName : QStringList{byId};
        const QString stores = QStringLiteral(" The stores of their organisation: %1.")
                                    .arg(ownStores.join(QStringLiteral(", ")));
        if (matches.isEmpty()) {
            Statement other(m_db, "SELECT 1 FROM store WHERE id = ? OR name = ?");
            other.bind(1, storeIdOrName).bind(2, storeIdOrName);
            if (other.step())
                return StorageError{QStringLiteral("The store \"%1\" belongs to another organisation than %2's; "
                                                   "nothing changed.").arg(storeIdOrName, login) + stores};
            return StorageError{QStringLiteral("There is no store \"%1\"; nothing changed.").arg(storeIdOrName)
                                + stores};
        }
        if (matches.size() > 1)
            return StorageError{QStringLiteral("%1 stores are named \"%2\"; give the store's id instead. "
                                               "Nothing changed.").arg(matches.size()).arg(storeIdOrName)
                                + stores};
        StaffChange change{*before, *before};
        if (before->storeId == matches.first())
            return change;
        change.after.storeId = matches.first();
        Statement(m_db, "UPDATE staff SET store_id = ? WHERE id = ?")
            .bind(1, change.after.storeId).bind(2, before->id).run();
        const qint64 now = nowMs();
        logStaff(change.after, now);
        QString storeName = change.after.storeId;
        {
            Statement name(m_db, "SELECT name FROM store WHERE id = ?");
            name.bind(1, change.after.storeId);
            if (name.step())
                storeName = name.text(0);
        }
        logActivity(before->orgId, QString(), QStringLiteral("store_change"),
                    QStringLiteral("%1 (%2) moved to %3").arg(before->name, before->login, storeName), before->id, now);
        tx.commit();
        return change;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::variant<int, StorageError> SqlStorage::compact(qint64 olderThanMs)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db, WriteScope::Shared);
        if (!m_db.tryLockOnce("compact"))
            return 0; // another instance is compacting the same database right now
        // Tombstones (deleted records, erase markers) older than the horizon leave the change log.
        // The record row stays, so a stale device still cannot bring the record back. Each
        // organisation has its own horizon: one org's deletions never send another's devices 410.
        QList<std::pair<QString, qint64>> horizons; // (org, max dropped cursor)
        int count = 0;
        {
            Statement s(m_db,
                        "SELECT c.org_id, max(c.cursor), count(DISTINCT c.id) FROM change_log c "
                        "WHERE c.time_ms < ?1 AND (c.op = 'erase' OR c.id IN (SELECT r.id FROM record r "
                        "WHERE r.org_id = c.org_id AND r.deleted = 1 AND r.deleted_ms < ?1)) GROUP BY c.org_id");
            s.bind(1, olderThanMs);
            while (s.step()) {
                horizons.append({s.text(0), s.integer(1)});
                count += static_cast<int>(s.integer(2));
            }
        }
        for (const auto &[orgId, maxCursor] : horizons) {
            Statement(m_db,
                      "DELETE FROM change_log WHERE org_id = ?3 AND cursor <= ?2 AND (op = 'erase' OR id IN "
                      "(SELECT id FROM record WHERE org_id = ?3 AND deleted = 1 AND deleted_ms < ?1))")
                .bind(1, olderThanMs).bind(2, maxCursor).bind(3, orgId).run();
            Statement(m_db,
                      "INSERT INTO org_horizon(org_id, cursor) VALUES (?1, ?2) ON CONFLICT(org_id) DO UPDATE "
                      "SET cursor = ?2 WHERE org_horizon.cursor < ?2")
                .bind(1, orgId).bind(2, maxCursor).run();
        }
        tx.commit();
        return count;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::variant<std::optional<PullPage>, StorageError> SqlStorage::pull(const QString &orgId, qint64 cursor,
                                                                        int limit, qint64 maxBytes)
{
    std::lock_guard lock(m_mutex);
    try {
        // One read transaction, so the horizon and the page come from the same snapshot.
        ReadTransaction read(m_db);
        Statement horizon(m_db, "SELECT cursor FROM org_horizon WHERE org_id = ?");
        horizon.bind(1, orgId);
        if (cursor > 0 && horizon.step() && cursor < horizon.integer(0))
            return std::optional<PullPage>();
        const std::string sql = std::string("SELECT cursor, entity, id, op, hlc, fields FROM change_log "
                                            "WHERE org_id = ? AND cursor > ? ")
            + m_db.pullVisibleSql() + " ORDER BY cursor LIMIT ?";
        Statement s(m_db, sql.c_str());
        s.bind(1, orgId).bind(2, cursor).bind(3, static_cast<qint64>(limit) + 1);
        PullPage page;
        page.cursor = cursor;
        qint64 bytes = 0;
        while (s.step()) {
            // Bounded by bytes too, so large notes cannot make one answer of hundreds of MiB;
            // a change larger than the bound still goes alone, or the device would be stuck.
            const qint64 size = s.bytes(5);
            if (page.changes.size() == limit || (!page.changes.isEmpty() && bytes + size > maxBytes)) {
                page.hasMore = true;
                break;
            }
            bytes += size;
            Change c;
            c.cursor = s.integer(0);
            c.entity = s.text(1);
            c.id = s.text(2);
            c.op = s.text(3);
            c.hlc = s.text(4);
            c.fields = protocol::parseJsonObject(s.text(5).toUtf8());
            page.cursor = c.cursor;
            page.changes.append(std::move(c));
        }
        if (!page.hasMore && m_db.pullHeldBackSql()) {
            Statement held(m_db, m_db.pullHeldBackSql());
            held.bind(1, orgId).bind(2, page.cursor);
            if (held.step()) {
                page.heldBackXid = held.integer(0);
                page.snapshotXmin = held.integer(1);
            }
        }
        return std::optional<PullPage>(std::move(page));
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

bool SqlStorage::healthy()
{
    std::lock_guard lock(m_mutex);
    // A corrupt page is found only by the request that reads it, so a recent failure counts too.
    if (m_lastFailureMs != 0 && nowMs() - m_lastFailureMs < kUnhealthyAfterFailureMs)
        return false;
    try {
        Statement s(m_db, "SELECT count(*) FROM org");
        return s.step();
    } catch (const DbFailure &e) {
        failed(e);
        return false;
    }
}

} // namespace rapport::server
