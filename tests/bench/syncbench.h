#pragma once

#include <QStringList>

namespace bench {

/**
 * `rapport-bench sync`: starts its own rapport-server on 127.0.0.1, fills it,
 * and times real devices (Notebook + SyncEngine) and raw HTTP devices against
 * it. Prints JSON lines like `local`; see docs/BENCHMARKS.md. Returns the exit code.
 */
int runSyncBench(const QStringList &arguments);

} // namespace bench
