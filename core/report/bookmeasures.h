#pragma once

#include "definitions.h"
#include "measures.h"
#include "notewindow.h"
#include "reportperiod.h"

#include <QSqlDatabase>

#include <algorithm>

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
    /** The days a client's interval asks for (definition::keepInTouchDays), at most a million. */
    static qint64 keepInTouchDays(qint64 stored)
    {
        return std::min<qint64>(definition::keepInTouchDays(stored), 1000000);
    }
    /** The longest interval of the live clients, so the report reads notes that far back. */
    [[nodiscard]] static Result<qint64> longestInterval(const QSqlDatabase &db);

    BookMeasures(const QSqlDatabase &db, const ReportBounds &bounds, const NoteWindow &window)
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
