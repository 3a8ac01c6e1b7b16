#pragma once

#include "clienthistory.h"
#include "measures.h"
#include "reportperiod.h"

#include <QSqlDatabase>

namespace rapport::report {

/**
 * The clients of a book (a store's by home store, an associate's by associate):
 * - book_health: in touch when the client has a note in [now − N days, now), N being
 *   the client's keep-in-touch interval, or 90 days when it has none (that is, when
 *   its last note before now is at or after now − N days);
 * - clients_added: clients created in the period.
 */
class BookMeasures
{
public:

    BookMeasures(const QSqlDatabase &db, const ReportBounds &bounds, const ClientHistory &history)
        : m_db(db), m_bounds(bounds), m_history(history)
    {
    }
    [[nodiscard]] Status addTo(ReportBreakdown &breakdown) const;

private:
    QSqlDatabase m_db;
    const ReportBounds &m_bounds;
    const ClientHistory &m_history;
};

} // namespace rapport::report
