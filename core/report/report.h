#pragma once

#include "measures.h"
#include "reportperiod.h"

#include <QSqlDatabase>

namespace rapport {

/**
 * The manager's report, computed from the device's own database: every measure
 * for the organisation, each store and each associate in one pass (one read
 * snapshot, so the numbers agree with each other). The report command, the
 * manager's pages and the benchmark all use it.
 */
class Report
{
public:
    explicit Report(const QSqlDatabase &db) : m_db(db) {}

    [[nodiscard]] Result<ReportBreakdown> compute(const ReportPeriod &period) const;

private:
    QSqlDatabase m_db;
};

} // namespace rapport
