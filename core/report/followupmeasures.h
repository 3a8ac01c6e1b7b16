#pragma once

#include "measures.h"
#include "reportperiod.h"

#include <QHash>
#include <QSqlDatabase>

namespace rapport::report {

/**
 * follow_ups_on_time: follow-ups not cancelled, due in the period and not after the
 * as-of date; on time when done and the local date of done_at is not after the due
 * date (done without done_at: not on time). follow_ups_overdue_now: open or snoozed
 * follow-ups due before the as-of date. Both count for the assignee and the
 * assignee's store.
 */
class FollowUpMeasures
{
public:
    FollowUpMeasures(const QSqlDatabase &db, const ReportBounds &bounds, const QHash<QString, QString> &storeOfStaff)
        : m_db(db), m_bounds(bounds), m_storeOfStaff(storeOfStaff)
    {
    }
    [[nodiscard]] Status addTo(ReportBreakdown &breakdown) const;

private:
    QSqlDatabase m_db;
    const ReportBounds &m_bounds;
    const QHash<QString, QString> &m_storeOfStaff;
};

} // namespace rapport::report
