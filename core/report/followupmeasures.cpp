#include "followupmeasures.h"

#include "definitions.h"
#include "reportquery.h"

namespace rapport::report {

Status FollowUpMeasures::addTo(ReportBreakdown &breakdown) const
{
    // ?1 from, ?2 to, ?3 as-of (dates). Every follow-up counted is due on or before the as-of date.
    // Two index ranges of follow_up_status_due rather than every follow-up: the ones due in
    // the period up to the as-of day (cancelled ones are left out by their status), and the
    // open or snoozed ones due before the as-of day.
    using namespace definition;
    const QString statement = QStringLiteral(
        "SELECT assignee_id, sum(due), sum(on_time), sum(overdue) FROM ("
        "  SELECT f.assignee_id, 1 AS due, %1 AS on_time, 0 AS overdue FROM follow_up f WHERE %2 "
        "  UNION ALL "
        "  SELECT f.assignee_id, 0, 0, 1 FROM follow_up f WHERE %3) "
        "GROUP BY assignee_id")
        .arg(followUpOnTime(), followUpDue(), followUpOverdue());
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
