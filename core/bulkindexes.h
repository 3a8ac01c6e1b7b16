#pragma once

#include "types.h"

#include <QSqlDatabase>

namespace rapport {

/**
 * A fresh device's snapshot loads every record into empty tables. Keeping the
 * secondary indexes of clients, notes and follow-ups up to date row by row
 * means an insert at a random place of each index for every row: once the
 * indexes outgrow the page cache, every page's commit writes pages all over
 * them, and the load grows faster than the organisation. So a snapshot into
 * empty tables drops those indexes after its first page and builds them again
 * with its last page (one sorted build each, in that page's transaction).
 * Each client's last seen (its newest note) waits with them: moved forward
 * page by page, it rewrote a client row at a random place for nearly every
 * note. restore() derives it for every client in one statement.
 *
 * Each dropped index keeps its definition in `meta` (committed with the drop),
 * so nothing depends on this code knowing the schema: opening the notebook
 * (before its migrations), wiping it, or the snapshot's end builds exactly
 * what was dropped. Kept: the ids (the apply finds records by them) and a
 * follow-up's client (an erasure reads it).
 */
namespace bulkindexes {

/** In the caller's transaction: drops the deferrable indexes, recording each. No-op if any is already recorded. */
[[nodiscard]] Status defer(const QSqlDatabase &db);

/** In the caller's transaction: builds every recorded index again, derives each client's last seen, and forgets the records. */
[[nodiscard]] Status restore(const QSqlDatabase &db);

/** True when indexes wait to be built again (and last seen to be derived: pages leave it alone). */
bool deferred(const QSqlDatabase &db);

/** Database::open, before migrations: restore() in its own transaction if anything waits. */
[[nodiscard]] Status restoreAtOpen(QSqlDatabase &db);

} // namespace bulkindexes

} // namespace rapport
