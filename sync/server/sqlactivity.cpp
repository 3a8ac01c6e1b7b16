// The activity trail in the SQLite backend: who merged, erased, reassigned, imported,
// exported, changed a role or revoked a device, and when.
#include "sqlstorage.h"

#include <QDateTime>

namespace rapport::server {

const QStringList &activityKinds()
{
    static const QStringList kinds{
        QStringLiteral("merge"),       QStringLiteral("erase"),        QStringLiteral("reassign"),
        QStringLiteral("import"),      QStringLiteral("export"),       QStringLiteral("role_change"),
        QStringLiteral("store_change"), QStringLiteral("deactivation"), QStringLiteral("reactivation"),
        QStringLiteral("device_revocation"),
    };
    return kinds;
}

bool SqlStorage::logActivity(const QString &orgId, const QString &staffId, const QString &kind,
                                const QString &summary, const QString &subjectId, qint64 nowMs,
                                const QString &reportId)
{
    QString staffName = QStringLiteral("Administrator (server command line)");
    if (!staffId.isEmpty()) {
        Statement s(m_db, "SELECT name, login FROM staff WHERE id = ? AND org_id = ?");
        s.bind(1, staffId).bind(2, orgId);
        staffName = s.step() ? QStringLiteral("%1 (%2)").arg(s.text(0), s.text(1)) : staffId;
    }
    Statement insert(m_db,
                     "INSERT INTO activity(org_id, time_ms, staff_id, staff_name, kind, summary, subject_id, "
                     "report_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    insert.bind(1, orgId).bind(2, nowMs).bind(3, staffId).bind(4, staffName).bind(5, kind).bind(6, summary)
        .bind(7, subjectId);
    if (reportId.isEmpty())
        insert.bindNull(8);
    else
        insert.bind(8, reportId);
    insert.run();
    return m_db.changes() > 0;
}

std::optional<StorageError> SqlStorage::recordActivity(const QString &orgId, const QString &staffId,
                                                          const QString &kind, const QString &summary,
                                                          const QString &subjectId, const QString &reportId)
{
    std::lock_guard lock(m_mutex);
    try {
        WriteTransaction tx(m_db, WriteScope::Shared);
        logActivity(orgId, staffId, kind, summary, subjectId, QDateTime::currentMSecsSinceEpoch(), reportId);
        tx.commit();
        return std::nullopt;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

std::variant<QList<ActivityRow>, StorageError> SqlStorage::activity(const QString &orgId, qint64 before,
                                                                        int limit, const QString &kind)
{
    std::lock_guard lock(m_mutex);
    try {
        QList<ActivityRow> rows;
        Statement s(m_db,
                    "SELECT seq, time_ms, staff_id, staff_name, kind, summary, subject_id FROM activity "
                    "WHERE org_id = ?1 AND (?2 = 0 OR seq < ?2) AND (?3 = '' OR kind = ?3) "
                    "ORDER BY seq DESC LIMIT ?4");
        s.bind(1, orgId).bind(2, before).bind(3, kind).bind(4, qint64(limit));
        while (s.step())
            rows.append(ActivityRow{s.integer(0), s.integer(1), s.text(2), s.text(3), s.text(4), s.text(5), s.text(6)});
        return rows;
    } catch (const DbFailure &e) {
        return failed(e);
    }
}

} // namespace rapport::server
