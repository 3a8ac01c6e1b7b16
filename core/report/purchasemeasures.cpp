#include "purchasemeasures.h"

#include "definitions.h"
#include "reportquery.h"

namespace rapport::report {

Status PurchaseMeasures::addTo(ReportBreakdown &breakdown) const
{
    using namespace definition;
    const QString statement = QStringLiteral(
        "SELECT p.store_id, p.author_id, count(*), "
        "  sum(%1), "
        "  sum(CASE WHEN NOT (%1) THEN 0 ELSE %2 END), "
        "  sum(%3) "
        "FROM note p WHERE %4 "
        "GROUP BY p.store_id, p.author_id")
        .arg(purchaseMatured(), purchaseTaught(), purchaseUnderstood(), purchaseInPeriod());
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
