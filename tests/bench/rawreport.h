#pragma once

#include "report/measures.h"

#include <sqlite3.h>

#include <QString>

namespace bench {

/** The instants and days a report compares against, as stored text. */
struct RawBounds
{
    QString start, end, now, nowLess7Days; // time text (UTC, ms)
    QString fromDate, toDate, asOfDate; // YYYY-MM-DD
};

/**
 * The report's measures written out by hand in SQL and run through the raw sqlite3
 * API: the baseline `rapport-bench report` times rapport::Report against, and a
 * second reading of the definitions that the two must agree on (docs/BENCHMARKS.md).
 */
rapport::ReportBreakdown rawReport(sqlite3 *db, const RawBounds &bounds);

} // namespace bench
