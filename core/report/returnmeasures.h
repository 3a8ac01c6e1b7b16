#pragma once

#include "measures.h"
#include "reportperiod.h"

#include <QSqlDatabase>

namespace rapport::report {

/**
 * came_back_after_return: Return notes of the period; came back when the client has
 * another note after it and before now (from any store, by anyone). A return never
 * counts against anyone: it is only ever the denominator of coming back.
 */
class ReturnMeasures
{
public:
    ReturnMeasures(const QSqlDatabase &db, const ReportBounds &bounds) : m_db(db), m_bounds(bounds) {}
    [[nodiscard]] Status addTo(ReportBreakdown &breakdown) const;

private:
    QSqlDatabase m_db;
    const ReportBounds &m_bounds;
};

} // namespace rapport::report
