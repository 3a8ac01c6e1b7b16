#pragma once

#include "types.h"

#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace rapport {

/**
 * The note search index can lag behind the notes after a large pull (a fresh
 * device's first sync): note_fts then holds exactly the live notes whose seq is
 * at or below a watermark kept in `meta`, and the notes above it are indexed
 * later in batches (Notebook::indexWaitingNotes). With no watermark every live
 * note is indexed. Whoever writes an index row for a note checks the watermark,
 * so a note is never indexed twice nor missed.
 */
namespace noteindex {

/** The meta key of the watermark. */
inline const QString ThroughKey = QStringLiteral("note_index_through");

/** The watermark, or nothing when every note is indexed. */
std::optional<qint64> indexedThrough(const QSqlDatabase &db);

/** True when the note with this seq has (or will get) its index row now, not from a batch later. */
bool indexedNow(const QSqlDatabase &db, qint64 seq);

/**
 * Indexes the live notes with `seq > ?1 AND seq <= ?2` in one statement; the
 * text is what reindexNote writes for each note.
 */
[[nodiscard]] Status indexRange(const QSqlDatabase &db, qint64 above, qint64 through);

/**
 * How the index writes and merges its segments. Each batch writes new segments
 * (one per 1 MiB of pending terms by default) and FTS5 merges them level by
 * level: by default 4 at a level, so a note's terms are rewritten at every
 * level and a catch-up of a million notes spends most of its time merging.
 * Catching up, a batch keeps up to 16 MiB of terms in memory (one segment per
 * batch) and levels merge 16 at a time: a million notes (the bench's text,
 * prefix indexes up to 8 letters) index in 14 s instead of 31 s, 100,000 in
 * 1.5 s instead of 1.9 s, with searches as fast after. The last batch sets
 * FTS5's usual values back for everyday writes.
 */
enum class Merging { CatchUp, Usual };

/** In the caller's transaction: sets how note_fts writes and merges (kept in the table's own config). */
[[nodiscard]] Status setMerging(const QSqlDatabase &db, Merging merging);

} // namespace noteindex

} // namespace rapport
