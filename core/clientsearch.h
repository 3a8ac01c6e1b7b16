#pragma once

#include "types.h"

#include <QSqlDatabase>

namespace rapport {

/** One row of the client list: enough to draw it without loading the client. */
struct ClientListEntry
{
    qint64 rowId = 0;
    QString id;
    QString displayName;
    QString phone;
    QString email;
    QStringList tags;
    QDateTime lastSeenAt;
    QString matchedNote; // snippet of the note that matched, when the match was in a note
};

/**
 * Search over client names, phone, email, tags and note text (FTS5): prefix
 * matching as you type, accents ignored, phone numbers matched on digits.
 * Results come in relevance tiers, each in recency order: the whole name is
 * the query; the name starts with it; a name word starts with each query word;
 * phone, email or tags match; a note matches. An empty query lists recent
 * clients.
 */
class ClientSearch
{
public:
    explicit ClientSearch(QSqlDatabase db);

    /** One page of results for `query`, `limit` rows from `offset`. */
    QList<ClientListEntry> page(const QString &query, int offset, int limit) const;

    /**
     * Clients whose name is a near miss of `query`, for when page() found
     * nothing: each typed word of 4 letters or more is matched to name words
     * with the same first letter within 1 edit (4 or 5 letters) or 2 edits
     * (6 and more), shorter words as prefixes. Clients within one edit of
     * every word come first, then those within two; each group by recency.
     * "fisher" finds Fischer, "jonson" Johnson.
     */
    QList<ClientListEntry> closeMatches(const QString &query, int limit) const;

    /** The FTS5 MATCH expression used for `query` (empty when the query has no words). */
    static QString matchExpression(const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace rapport
