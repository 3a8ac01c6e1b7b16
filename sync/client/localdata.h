#pragma once

#include "types.h"

namespace rapport {

class Notebook;

/**
 * The device-data operations the sync engine uses. They are kept as the
 * engine's vocabulary; the work is done by the Notebook (core), which owns the
 * tables.
 */
namespace LocalData {

/** Empties the device and scrubs the files (Notebook::wipe). */
[[nodiscard]] Status wipe(Notebook &notebook);

/** Re-stamps outbox rows beyond `nowMs + toleranceMs` (Notebook::restampPending); returns how many. */
[[nodiscard]] Result<int> restampFutureMutations(Notebook &notebook, qint64 nowMs, qint64 toleranceMs);

} // namespace LocalData
} // namespace rapport
