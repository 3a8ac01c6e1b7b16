#include "noteindex.h"

#include "sqlutil.h"

namespace rapport::noteindex {

std::optional<qint64> indexedThrough(const QSqlDatabase &db)
{
    const QVariant value = sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {ThroughKey});
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toLongLong();
}

bool indexedNow(const QSqlDatabase &db, qint64 seq)
{
    const std::optional<qint64> through = indexedThrough(db);
    return !through || seq <= *through;
}

Status indexRange(const QSqlDatabase &db, qint64 above, qint64 through)
{
    return sql::exec(db,
                     QStringLiteral("INSERT INTO note_fts(rowid, text, client_id) "
                                    "SELECT seq, coalesce(body, '') || ' ' || coalesce(need_purpose, '') "
                                    "|| ' ' || coalesce(need_context, '') || ' ' || coalesce(need_have, '') "
                                    "|| ' ' || coalesce(need_budget, '') || ' ' || coalesce(items, ''), "
                                    "coalesce(client_id, '') FROM note WHERE seq > ? AND seq <= ? AND deleted = 0"),
                     {above, through});
}

Status setMerging(const QSqlDatabase &db, Merging merging)
{
    const bool catchUp = merging == Merging::CatchUp;
    if (Status s = sql::exec(db, QStringLiteral("INSERT INTO note_fts(note_fts, rank) VALUES('automerge', ?)"),
                             {catchUp ? 16 : 4});
        !s)
        return s;
    return sql::exec(db, QStringLiteral("INSERT INTO note_fts(note_fts, rank) VALUES('hashsize', ?)"),
                     {catchUp ? 16 * 1024 * 1024 : 1024 * 1024});
}

} // namespace rapport::noteindex
