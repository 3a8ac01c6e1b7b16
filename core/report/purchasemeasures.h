#pragma once

#include "measures.h"
#include "notewindow.h"
#include "reportperiod.h"

#include <QSqlDatabase>

namespace rapport::report {

/**
 * What happened around each purchase of the period:
 * - education_follow_through: purchases at least 7 days before now; taught when the
 *   client has an Education note in (t, t + 7 days], or the Education follow-up
 *   planned from the purchase was done with done_at ≤ t + 7 days;
 * - need_before_purchase: purchases; understood first when the client has a Need note
 *   in [t − 30 days, t).
 * Purchases count for their note's store and author; the notes around them may be
 * from any store and author.
 */
class PurchaseMeasures
{
public:
    PurchaseMeasures(const QSqlDatabase &db, const ReportBounds &bounds, const NoteWindow &window)
        : m_db(db), m_bounds(bounds), m_window(window) {}
    [[nodiscard]] Status addTo(ReportBreakdown &breakdown) const;

private:
    QSqlDatabase m_db;
    const ReportBounds &m_bounds;
    const NoteWindow &m_window;
};

} // namespace rapport::report
