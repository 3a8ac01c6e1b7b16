#pragma once

#include "measures.h"
#include "reportperiod.h"

#include <QSqlDatabase>

namespace rapport::report {

/**
 * Who came in during the period:
 * - returning_clients: distinct clients with a note of the period (in the scope);
 *   returning when the client has any note, from anyone, before the period starts;
 * - notes_by_kind: the period's notes (in the scope) by kind.
 * A store's notes are those with its store_id, an associate's those they wrote.
 */
class VisitMeasures
{
public:
    VisitMeasures(const QSqlDatabase &db, const ReportBounds &bounds) : m_db(db), m_bounds(bounds) {}
    [[nodiscard]] Status addTo(ReportBreakdown &breakdown) const;

private:
    QSqlDatabase m_db;
    const ReportBounds &m_bounds;
};

} // namespace rapport::report
