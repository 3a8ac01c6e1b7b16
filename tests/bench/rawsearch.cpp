#include "rawsearch.h"

#include "clientsearch.h"
#include "sqlite.h"

#include <algorithm>
#include <unordered_set>

namespace bench {

namespace {

constexpr int SmallSet = 200; // as in clientsearch.cpp

#define CLIENT_COLUMNS "c.rowid, c.id, c.given_name, c.family_name, c.phone, c.email, c.tags, c.last_seen_at"

RawEntry entryFrom(const Statement &s)
{
    RawEntry e;
    e.rowId = s.integer(0);
    e.id = s.text(1);
    e.given = s.text(2);
    e.family = s.text(3);
    e.phone = s.text(4);
    e.email = s.text(5);
    e.tags = s.text(6);
    e.lastSeen = s.text(7);
    return e;
}

int countMatches(sqlite3 *db, const std::string &expr, int cap)
{
    const std::string sql = cap < 0
        ? std::string("SELECT count(*) FROM client_fts WHERE client_fts MATCH ?")
        : "SELECT count(*) FROM (SELECT rowid FROM client_fts WHERE client_fts MATCH ? LIMIT "
            + std::to_string(cap) + ")";
    Statement s(db, sql.c_str());
    s.bind(1, expr);
    return s.step() ? int(s.integer(0)) : 0;
}

void clientTier(sqlite3 *db, const std::string &expr, bool small, int offset, int limit,
                std::vector<RawEntry> &out)
{
    const char *sql = small
        ? "SELECT " CLIENT_COLUMNS " FROM client_fts JOIN client c ON c.rowid = client_fts.rowid"
          " WHERE client_fts MATCH ? AND c.deleted = 0"
          " ORDER BY bm25(client_fts, 10.0, 4.0, 2.0), c.last_seen_at DESC,"
          " c.created_at DESC, c.rowid DESC LIMIT ? OFFSET ?"
        : "SELECT " CLIENT_COLUMNS " FROM client c WHERE +c.rowid IN"
          " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)"
          " AND c.deleted = 0"
          " ORDER BY c.last_seen_at DESC, c.created_at DESC, c.rowid DESC"
          " LIMIT ? OFFSET ?";
    Statement s(db, sql);
    s.bind(1, expr);
    s.bind(2, qint64(limit));
    s.bind(3, qint64(offset));
    while (s.step())
        out.push_back(entryFrom(s));
}

void noteTier(sqlite3 *db, const std::string &expr, int offset, int limit, std::vector<RawEntry> &out)
{
    Statement s(db, "SELECT " CLIENT_COLUMNS ", snippet(note_fts, 0, '', '', '…', 12)"
                    " FROM note_fts JOIN client c ON c.id = note_fts.client_id"
                    " WHERE note_fts MATCH ? AND c.deleted = 0"
                    " AND c.rowid NOT IN (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)"
                    " ORDER BY note_fts.rowid DESC");
    s.bind(1, expr);
    s.bind(2, expr);
    std::unordered_set<qint64> seen;
    for (const RawEntry &e : out)
        seen.insert(e.rowId);
    int skipped = 0;
    int added = 0;
    while (added < limit && s.step()) {
        const qint64 rowId = s.integer(0);
        if (!seen.insert(rowId).second)
            continue;
        if (skipped < offset) {
            ++skipped;
            continue;
        }
        RawEntry e = entryFrom(s);
        e.snippet = s.text(8);
        out.push_back(std::move(e));
        ++added;
    }
}

} // namespace

std::vector<RawEntry> rawSearchPage(sqlite3 *db, const QString &query, int offset, int limit)
{
    std::vector<RawEntry> out;
    const std::string expr = rapport::ClientSearch::matchExpression(query).toStdString();
    if (expr.empty()) {
        Statement s(db, "SELECT " CLIENT_COLUMNS " FROM client c WHERE c.deleted = 0"
                        " ORDER BY c.last_seen_at DESC, c.created_at DESC, c.rowid DESC LIMIT ? OFFSET ?");
        s.bind(1, qint64(limit));
        s.bind(2, qint64(offset));
        while (s.step())
            out.push_back(entryFrom(s));
        return out;
    }
    const std::string tiers[] = {"{name} : (" + expr + ")", "(" + expr + ") NOT {name} : (" + expr + ")"};
    int skip = offset;
    for (const std::string &tier : tiers) {
        const int capped = countMatches(db, tier, SmallSet + 1);
        if (capped == 0)
            continue;
        const bool small = capped <= SmallSet;
        clientTier(db, tier, small, skip, limit - int(out.size()), out);
        if (int(out.size()) >= limit)
            return out;
        if (skip > 0)
            skip = std::max(0, skip - (small ? capped : countMatches(db, tier, -1)));
    }
    noteTier(db, expr, skip, limit - int(out.size()), out);
    return out;
}

} // namespace bench
