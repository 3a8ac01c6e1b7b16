#pragma once

#include "types.h"

namespace rapport {

class Notebook;

/**
 * Operations on the device database that the sync engine needs and the
 * Notebook API does not (yet) offer. They touch only tables named in
 * docs/ARCHITECTURE.md.
 */
namespace LocalData {

/**
 * Removes every synced row, the outbox, the search index, the pull cursor and
 * the signed-in staff, then vacuums and truncates the WAL so none of the old
 * bytes remain in the files. Keeps the device id and its clock.
 */
[[nodiscard]] Status wipe(Notebook &notebook);

/**
 * Makes sure erased text survives nowhere in the files: merges the full-text
 * indexes (FTS5 in SQLite 3.40 keeps deleted tokens in old segments until a
 * merge), rewrites the database without free pages and truncates the WAL.
 * Called on the thread that applied the erasure.
 */
[[nodiscard]] Status scrub(Notebook &notebook);

/**
 * Gives every pending outbox row whose clock lies more than `toleranceMs`
 * beyond `nowMs` a fresh clock from the (corrected) device clock, in mid
 * order, and moves the field clocks that carried the old values along. Used
 * after the server refused a push for clock skew. Returns how many rows changed.
 */
[[nodiscard]] Result<int> restampFutureMutations(Notebook &notebook, qint64 nowMs, qint64 toleranceMs);

} // namespace LocalData
} // namespace rapport
