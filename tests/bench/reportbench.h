#pragma once

#include <QStringList>

namespace bench {

/**
 * `rapport-bench report`: builds a two-store chain (bulk notes, follow-ups planned from
 * purchases, keep-in-touch intervals) and times the organisation's report for 12 weeks
 * with its breakdown by store and associate, beside the same measures in hand-written
 * SQL through the raw sqlite3 API; fails when the two disagree. Returns the exit code.
 */
int runReportBench(const QStringList &arguments);

} // namespace bench
