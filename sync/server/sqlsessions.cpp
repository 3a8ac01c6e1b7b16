// The session half of SqlStorage: devices and their tokens, idle expiry, and the admin
// commands that end sessions (password reset) or revoke devices (deactivation, revocation).
#include "sqlstorage.h"

#include "crypto.h"

#include <QDateTime>

#include <algorithm>

namespace rapport::server {

namespace {

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

/** How often a device's last_seen_ms is written at most: enough to measure idleness. */
qint64 lastSeenThrottleMs(qint64 idleMs)
{
    return std::clamp<qint64>(idleMs / 4, 0, 60000);
}

/** Ends every session of a staff member: their tokens stop working (401 unauthorized). */
void endSessionsOf(SqlConnection &db, const QString &login)
{
    Statement(db, "UPDATE device SET token_sha256 = NULL "
                           "WHERE staff_id = (SELECT id FROM staff WHERE login = ?)")
        .bind(1, login).run();
}

} // namespace

std::optional<StorageError> SqlStorage::setPasswordHash(const QString &login, const QString &hash)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement(m_db, "UPDATE staff SET password_hash = ? WHERE login = ?")
            .bind(1, hash).bind(2, login).run();
        if (m_db.changes() == 0)
            return StorageError{QStringLiteral("There is no staff member with the login \"%1\".").arg(login)};
        // Whoever knew the old password may hold a token: every session of this person ends.
        endSessionsOf(m_db, login);
        tx.commit();
        return std::nullopt;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::variant<StaffDeactivation, StorageError> SqlStorage::setStaffActive(const QString &login, bool active)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement(m_db, "UPDATE staff SET active = ? WHERE login = ?")
            .bind(1, qint64(active ? 1 : 0)).bind(2, login).run();
        if (m_db.changes() == 0)
            return StorageError{QStringLiteral("There is no staff member with the login \"%1\".").arg(login)};
        StaffDeactivation done;
        if (!active) {
            // A tablet another active person is signed in on holds their work too: only this
            // person's session there ends (401 unauthorized; their unsent changes wait).
            Statement(m_db,
                      "UPDATE device SET token_sha256 = NULL "
                      "WHERE staff_id = (SELECT id FROM staff WHERE login = ?1) AND revoked = 0 "
                      "AND token_sha256 IS NOT NULL AND clock_id IS NOT NULL AND EXISTS ("
                      "SELECT 1 FROM device other JOIN staff s ON s.id = other.staff_id "
                      "WHERE other.clock_id = device.clock_id AND other.staff_id <> device.staff_id "
                      "AND other.revoked = 0 AND other.token_sha256 IS NOT NULL AND s.active = 1)")
                .bind(1, login).run();
            done.sharedSessionsEnded = m_db.changes();
            // Every other device of theirs may hold the organisation's clients: revoked (the token
            // kept), so it hears 401 device_revoked and wipes itself, not merely signed out.
            Statement(m_db, "UPDATE device SET revoked = 1 WHERE revoked = 0 AND token_sha256 IS NOT NULL "
                                     "AND staff_id = (SELECT id FROM staff WHERE login = ?)")
                .bind(1, login).run();
            done.devicesRevoked = m_db.changes();
        }
        if (const auto staff = anyStaffByLogin(login)) {
            const QString who = QStringLiteral("%1 (%2)").arg(staff->name, staff->login);
            logActivity(staff->orgId, QString(), active ? QStringLiteral("reactivation") : QStringLiteral("deactivation"),
                        active ? QStringLiteral("%1 may sign in again").arg(who)
                               : QStringLiteral("%1 deactivated: %2 devices revoked, %3 sessions on shared tablets ended")
                                     .arg(who).arg(done.devicesRevoked).arg(done.sharedSessionsEnded),
                        staff->id, QDateTime::currentMSecsSinceEpoch());
        }
        tx.commit();
        return done;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::optional<StorageError> SqlStorage::revokeDevice(const QString &deviceId)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db);
        Statement(m_db, "UPDATE device SET revoked = 1 WHERE id = ?").bind(1, deviceId).run();
        if (m_db.changes() == 0)
            return StorageError{QStringLiteral("There is no device with the id \"%1\"; list-devices "
                                               "shows them.").arg(deviceId)};
        Statement s(m_db, "SELECT s.org_id, s.name, s.login, d.name FROM device d "
                                   "JOIN staff s ON s.id = d.staff_id WHERE d.id = ?");
        s.bind(1, deviceId);
        if (s.step())
            logActivity(s.text(0), QString(), QStringLiteral("device_revocation"),
                        QStringLiteral("Revoked the device \u201c%1\u201d of %2 (%3)").arg(s.text(3), s.text(1), s.text(2)),
                        deviceId, QDateTime::currentMSecsSinceEpoch());
        tx.commit();
        return std::nullopt;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

QList<DeviceRow> SqlStorage::devices()
{
    std::lock_guard lock(m_mutex);
    try {
        QList<DeviceRow> result;
        Statement s(m_db,
                    "SELECT d.id, d.staff_id, s.login, d.name, d.created_ms, d.last_seen_ms, d.revoked, "
                    "d.token_sha256 IS NOT NULL FROM device d JOIN staff s ON s.id = d.staff_id "
                    "ORDER BY d.created_ms");
        while (s.step()) {
            result.append(DeviceRow{s.text(0), s.text(1), s.text(2), s.text(3), s.integer(4), s.integer(5),
                                    s.integer(6) != 0, s.integer(7) != 0});
        }
        return result;
    } catch (const DbFailure &e) {
        thrown(e);
    }
}

std::variant<QString, StorageError> SqlStorage::createDevice(const QString &staffId, const QString &name,
                                                                const QString &tokenSha256, const QString &clockId)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db, WriteScope::Shared);
        const QString id = crypto::randomUuid();
        const qint64 now = nowMs();
        Statement(m_db, "INSERT INTO device(id, staff_id, name, token_sha256, created_ms, last_seen_ms, "
                                 "clock_id) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .bind(1, id).bind(2, staffId).bind(3, name).bind(4, tokenSha256).bind(5, now).bind(6, now)
            .bind(7, clockId.isEmpty() ? id : clockId).run();
        Statement(m_db, "INSERT INTO device_state(device_id, last_mid) VALUES (?, 0)").bind(1, id).run();
        tx.commit();
        return id;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::pair<TokenState, std::optional<Caller>> SqlStorage::callerForToken(const QString &tokenSha256)
{
    std::lock_guard lock(m_mutex);
    try {
        const qint64 now = nowMs();
        const qint64 idleMs = m_sessionIdleMs.load();
        Statement s(m_db,
                    "SELECT d.id, d.revoked, d.last_seen_ms, coalesce(d.clock_id, ''), s.id, s.org_id, s.store_id, "
                    "s.login, s.name, s.role, '', s.active FROM device d JOIN staff s ON s.id = d.staff_id "
                    "WHERE d.token_sha256 = ?");
        s.bind(1, tokenSha256);
        if (!s.step())
            return {TokenState::Unknown, std::nullopt};
        if (s.integer(1) != 0)
            return {TokenState::Revoked, std::nullopt};
        // Deactivation revokes every device; one that escaped (older data) is still refused.
        if (s.integer(11) == 0)
            return {TokenState::Unknown, std::nullopt};
        const qint64 lastSeen = s.integer(2);
        if (now - lastSeen > idleMs)
            return {TokenState::Expired, std::nullopt};
        Caller caller{s.text(0), s.text(3), staffFrom(s, 4)};
        if (now - lastSeen > lastSeenThrottleMs(idleMs)) {
            // Throttled: a busy device writes its last use about once a minute, not per request.
            // Best effort: a full disk or a busy admin command must not stop reads; the next
            // request tries again.
            try {
                Statement(m_db, "UPDATE device SET last_seen_ms = ? WHERE id = ?")
                    .bind(1, now).bind(2, caller.deviceId).run();
            } catch (const DbFailure &) {
            }
        }
        return {TokenState::Valid, std::move(caller)};
    } catch (const DbFailure &e) {
        thrown(e);
    }
}

void SqlStorage::setSessionIdleMs(qint64 idleMs)
{
    // Not a positive period (a typo in the option): keep the default rather than expire everything.
    if (idleMs > 0)
        m_sessionIdleMs = idleMs;
}

qint64 SqlStorage::sessionIdleMs() const
{
    return m_sessionIdleMs.load();
}

std::optional<StorageError> SqlStorage::endSession(const QString &deviceId)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db, WriteScope::Shared);
        Statement(m_db, "UPDATE device SET token_sha256 = NULL WHERE id = ?").bind(1, deviceId).run();
        tx.commit();
        return std::nullopt;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

} // namespace rapport::server
