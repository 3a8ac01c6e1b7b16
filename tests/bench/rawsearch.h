#pragma once

#include <sqlite3.h>

#include <QString>

#include <string>
#include <vector>

namespace bench {

/** A result row as the raw baseline reads it. */
struct RawEntry
{
    qint64 rowId = 0;
    std::string id, given, family, phone, email, tags, lastSeen, snippet;
};

/**
 * The baseline for search: the same FTS5 statements ClientSearch runs, in the
 * same tiers, through the raw sqlite3 API. The statements are copied from
 * core/clientsearch.cpp; keep them in step.
 */
std::vector<RawEntry> rawSearchPage(sqlite3 *db, const QString &query, int offset, int limit);

} // namespace bench
