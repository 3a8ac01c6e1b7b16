#include "bookmeasures.h"

#include "reportquery.h"

namespace rapport::report {

Status BookMeasures::addTo(ReportBreakdown &breakdown) const
{
    const QString since = shiftedTime(
        QStringLiteral("?3"),
        QStringLiteral("'-' || CASE WHEN c.keep_in_touch_days > 0 THEN c.keep_in_touch_days ELSE %1 END")
            .arg(DefaultKeepInTouchDays));
    const QString statement = QStringLiteral(
        "SELECT c.home_store_id, c.associate_id, count(*), "
        "  sum(EXISTS (SELECT 1 FROM note n WHERE n.client_id = c.id AND n.deleted = 0 "
        "              AND n.created_at >= %1 AND n.created_at < ?3)), "
        "  sum(c.created_at >= ?1 AND c.created_at < ?2) "
        "FROM client c WHERE c.deleted = 0 "
        "GROUP BY c.home_store_id, c.associate_id")
        .arg(since);
    return forEachRow(m_db, statement, {m_bounds.start, m_bounds.end, m_bounds.now},
                      [&breakdown](const sql::Statement &row) {
                          const qint64 clients = row.integer(2);
                          const qint64 inTouch = row.integer(3);
                          const qint64 added = row.integer(4);
                          breakdown.count(row.text(0), row.text(1), [&](Measures &m) {
                              m.bookHealth.denominator += clients;
                              m.bookHealth.numerator += inTouch;
                              m.clientsAdded += added;
                          });
                      });
}

} // namespace rapport::report
