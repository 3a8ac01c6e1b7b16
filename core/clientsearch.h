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
 * Client matches rank before note matches. An empty query lists recent clients.
 */
class ClientSearch
{
public:
    explicit ClientSearch(QSqlDatabase db);

    /** One page of results for `query`, `limit` rows from `offset`. */
    QList<ClientListEntry> page(const QString &query, int offset, int limit) const;

    /** The FTS5 MATCH expression used for `query` (empty when the query has no words). */
    static QString matchExpression(const QString &query);

private:
    QSqlDatabase m_db;
};

} // namespace rapport
