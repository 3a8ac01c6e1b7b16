#include "visitmeasures.h"

#include "reportquery.h"

namespace rapport::report {

Status VisitMeasures::addTo(ReportBreakdown &breakdown) const
{
    if (Status s = addReturningClients(breakdown); !s)
        return s;
    return addNotesByKind(breakdown);
}

Status VisitMeasures::addReturningClients(ReportBreakdown &breakdown) const
{
    // A client is counted once per scope, so the sums cannot be added up from finer
    // groups: the organisation, each store and each associate are counted apart, from
    // one list of (client, store, author) seen in the period and one flag per client.
    const QString statement = QStringLiteral(
        "WITH visit AS MATERIALIZED ("
        "  SELECT DISTINCT n.client_id, n.store_id, n.author_id FROM note n "
        "  WHERE n.created_at >= ?1 AND n.created_at < ?2 AND n.deleted = 0 AND %1), "
        "seen AS MATERIALIZED ("
        "  SELECT v.client_id, EXISTS (SELECT 1 FROM note b WHERE b.client_id = v.client_id "
        "                              AND b.created_at < ?1 AND b.deleted = 0) AS known "
        "  FROM (SELECT DISTINCT client_id FROM visit) v) "
        "SELECT 0, '', count(*), sum(known) FROM seen "
        "UNION ALL "
        "SELECT 1, s.store_id, count(*), sum(seen.known) "
        "  FROM (SELECT DISTINCT client_id, store_id FROM visit) s JOIN seen ON seen.client_id = s.client_id "
        "  GROUP BY s.store_id "
        "UNION ALL "
        "SELECT 2, a.author_id, count(*), sum(seen.known) "
        "  FROM (SELECT DISTINCT client_id, author_id FROM visit) a JOIN seen ON seen.client_id = a.client_id "
        "  GROUP BY a.author_id")
        .arg(liveClientOf(QStringLiteral("n")));
    return forEachRow(m_db, statement, {m_bounds.start, m_bounds.end}, [&breakdown](const sql::Statement &row) {
        Ratio r{row.integer(3), row.integer(2)};
        const QString id = row.text(1);
        switch (row.integer(0)) {
        case 0:
            breakdown.org.returningClients = r;
            break;
        case 1:
            if (!id.isEmpty())
                breakdown.byStore[id].returningClients = r;
            break;
        default:
            if (!id.isEmpty())
                breakdown.byAssociate[id].returningClients = r;
        }
    });
}

Status VisitMeasures::addNotesByKind(ReportBreakdown &breakdown) const
{
    const QString statement = QStringLiteral(
        "SELECT n.store_id, n.author_id, n.kind, count(*) FROM note n "
        "WHERE n.created_at >= ?1 AND n.created_at < ?2 AND n.deleted = 0 AND %1 "
        "GROUP BY n.store_id, n.author_id, n.kind")
        .arg(liveClientOf(QStringLiteral("n")));
    return forEachRow(m_db, statement, {m_bounds.start, m_bounds.end}, [&breakdown](const sql::Statement &row) {
        const QString kind = row.text(2);
        const qint64 count = row.integer(3);
        breakdown.count(row.text(0), row.text(1), [&](Measures &m) { m.notesByKind[kind] += count; });
    });
}

} // namespace rapport::report
