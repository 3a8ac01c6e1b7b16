#include "returnmeasures.h"

#include "reportquery.h"

namespace rapport::report {

Status ReturnMeasures::addTo(ReportBreakdown &breakdown) const
{
    const QString statement = QStringLiteral(
        "SELECT r.store_id, r.author_id, count(*), "
        "  sum(EXISTS (SELECT 1 FROM note o WHERE o.client_id = r.client_id AND o.deleted = 0 "
        "              AND o.created_at > r.created_at AND o.created_at < ?3)) "
        "FROM note r "
        "WHERE r.kind = 'return' AND r.created_at >= ?1 AND r.created_at < ?2 AND r.deleted = 0 AND %1 "
        "GROUP BY r.store_id, r.author_id")
        .arg(liveClientOf(QStringLiteral("r")));
    return forEachRow(m_db, statement, {m_bounds.start, m_bounds.end, m_bounds.now},
                      [&breakdown](const sql::Statement &row) {
                          const qint64 returns = row.integer(2);
                          const qint64 cameBack = row.integer(3);
                          breakdown.count(row.text(0), row.text(1), [&](Measures &m) {
                              m.cameBackAfterReturn.denominator += returns;
                              m.cameBackAfterReturn.numerator += cameBack;
                          });
                      });
}

} // namespace rapport::report
