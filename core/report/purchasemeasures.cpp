#include "purchasemeasures.h"

#include "reportquery.h"

namespace rapport::report {

Status PurchaseMeasures::addTo(ReportBreakdown &breakdown) const
{
    const QString taughtBy = shiftedTime(QStringLiteral("p.created_at"), QStringLiteral("'+7'"));
    const QString statement = QStringLiteral(
        "SELECT p.store_id, p.author_id, count(*), "
        "  sum(p.created_at <= ?3), "
        "  sum(CASE WHEN p.created_at > ?3 THEN 0 "
        "      WHEN EXISTS (SELECT 1 FROM note e WHERE e.client_id = p.client_id AND e.deleted = 0 "
        "                   AND e.kind = 'education' AND e.created_at > p.created_at AND e.created_at <= %1) "
        "        THEN 1 "
        "      WHEN EXISTS (SELECT 1 FROM follow_up f WHERE f.origin_note_id = p.id AND f.deleted = 0 "
        "                   AND f.kind = 'education' AND f.status = 'done' AND f.done_at IS NOT NULL "
        "                   AND f.done_at <> '' AND f.done_at <= %1) "
        "        THEN 1 ELSE 0 END), "
        "  sum(EXISTS (SELECT 1 FROM note w WHERE w.client_id = p.client_id AND w.deleted = 0 "
        "              AND w.kind = 'need' AND w.created_at >= %2 AND w.created_at < p.created_at)) "
        "FROM note p "
        "WHERE p.kind = 'purchase' AND p.created_at >= ?1 AND p.created_at < ?2 AND p.deleted = 0 AND %3 "
        "GROUP BY p.store_id, p.author_id")
        .arg(taughtBy, shiftedTime(QStringLiteral("p.created_at"), QStringLiteral("'-30'")),
             liveClientOf(QStringLiteral("p")));
    return forEachRow(m_db, statement,
                      {m_bounds.start, m_bounds.end, m_bounds.nowMinusDays(7)},
                      [&breakdown](const sql::Statement &row) {
                          const qint64 purchases = row.integer(2);
                          const qint64 matured = row.integer(3);
                          const qint64 taught = row.integer(4);
                          const qint64 understood = row.integer(5);
                          breakdown.count(row.text(0), row.text(1), [&](Measures &m) {
                              m.educationFollowThrough.denominator += matured;
                              m.educationFollowThrough.numerator += taught;
                              m.needBeforePurchase.denominator += purchases;
                              m.needBeforePurchase.numerator += understood;
                          });
                      });
}

} // namespace rapport::report
