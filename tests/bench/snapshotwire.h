#pragma once

#include "syncload.h"

#include <QStringList>

namespace bench {

/**
 * Wire bytes per note of a fresh device's snapshot (GET /v1/snapshot) and of incremental pulls,
 * plain and compressed (Accept-Encoding zstd, deflate), per note the snapshot holds.
 */
void measureSnapshotWire(int port, const SimDevice &device, const QStringList &clientIds);

} // namespace bench
