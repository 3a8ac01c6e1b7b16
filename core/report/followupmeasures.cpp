#include "followupmeasures.h"

#include "reportquery.h"

namespace rapport::report {

Status FollowUpMeasures::addTo(ReportBreakdown &breakdown) const
{
    // ?1 from, ?2 to, ?3 as-of (dates). Every follow-up counted is due on or before the as-of date.
    // SQLite's 'localtime' reads the same time zone as Qt (the C library's), so the day of
    // done_at is the local day the report uses everywhere.
    const QString statement = QStringLiteral(
        "SELECT f.assignee_id, "
        "  sum(f.status <> 'cancelled' AND f.due_date >= ?1 AND f.due_date <= ?2), "
        "  sum(f.status = 'done' AND f.due_date >= ?1 AND f.due_date <= ?2 AND f.done_at IS NOT NULL "
        "      AND f.done_at <> '' AND date(f.done_at, 'localtime') <= f.due_date), "
        "  sum(f.status IN ('open', 'snoozed') AND f.due_date < ?3) "
        "FROM follow_up f "
        "WHERE f.due_date <= ?3 AND f.due_date <> '' AND f.deleted = 0 AND %1 "
        "GROUP BY f.assignee_id")
        .arg(liveClientOf(QStringLiteral("f")));
    return forEachRow(m_db, statement, {m_bounds.fromDate, m_bounds.toDate, m_bounds.asOfDate},
                      [this, &breakdown](const sql::Statement &row) {
                          const QString assignee = row.text(0);
                          const qint64 due = row.integer(1);
                          const qint64 onTime = row.integer(2);
                          const qint64 overdue = row.integer(3);
                          breakdown.count(m_storeOfStaff.value(assignee), assignee, [&](Measures &m) {
                              m.followUpsOnTime.denominator += due;
                              m.followUpsOnTime.numerator += onTime;
                              m.followUpsOverdueNow += overdue;
                          });
                      });
}

} // namespace rapport::report
