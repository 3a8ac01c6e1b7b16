#include "followupmeasures.h"

#include "reportquery.h"

namespace rapport::report {

Status FollowUpMeasures::addTo(ReportBreakdown &breakdown) const
{
    // ?1 from, ?2 to, ?3 as-of (dates). Every follow-up counted is due on or before the as-of date.
    // SQLite's 'localtime' reads the same time zone as Qt (the C library's), so the day of
    // done_at is the local day the report uses everywhere.
    // Two index ranges of follow_up_status_due rather than every follow-up: the ones due in
    // the period up to the as-of day (cancelled ones are left out by their status), and the
    // open or snoozed ones due before the as-of day.
    const QString live = liveClientOf(QStringLiteral("f"));
    const QString statement = QStringLiteral(
        "SELECT assignee_id, sum(due), sum(on_time), sum(overdue) FROM ("
        "  SELECT f.assignee_id, 1 AS due, "
        "    f.status = 'done' AND f.done_at IS NOT NULL AND f.done_at <> '' "
        "      AND date(f.done_at, 'localtime') <= f.due_date AS on_time, 0 AS overdue "
        "  FROM follow_up f WHERE f.status IN ('open', 'snoozed', 'done') AND f.due_date >= ?1 "
        "    AND f.due_date <= min(?2, ?3) AND f.deleted = 0 AND %1 "
        "  UNION ALL "
        "  SELECT f.assignee_id, 0, 0, 1 FROM follow_up f WHERE f.status IN ('open', 'snoozed') "
        "    AND f.due_date < ?3 AND f.due_date <> '' AND f.deleted = 0 AND %1) "
        "GROUP BY assignee_id")
        .arg(live);
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
