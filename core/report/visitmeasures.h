#pragma once

#include "measures.h"
#include "notewindow.h"
#include "reportperiod.h"

#include <QSqlDatabase>

namespace rapport::report {

/**
 * The period's notes, in one pass:
 * - returning_clients: distinct clients with a note of the period (in the scope);
 *   returning when the client has any note, from anyone, before the period starts;
 * - came_back_after_return: Return notes; came back when the client has another note
 *   after it and before now (from any store, by anyone). A return never counts against
 *   anyone: it is only ever the denominator of coming back;
 * - notes_by_kind: the period's notes (in the scope) by kind.
 * A store's notes are those with its store_id, an associate's those they wrote.
 */
class VisitMeasures
{
public:
    VisitMeasures(const QSqlDatabase &db, const ReportBounds &bounds, const NoteWindow &window)
        : m_db(db), m_bounds(bounds), m_window(window)
    {
    }
    [[nodiscard]] Status addTo(ReportBreakdown &breakdown) const;

private:
    QSqlDatabase m_db;
    const ReportBounds &m_bounds;
    const NoteWindow &m_window;
};

} // namespace rapport::report
