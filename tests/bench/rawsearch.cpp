#include "rawsearch.h"

#include "clientsearch.h"
#include "namekey.h"
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

struct Tier
{
    std::string rows; // a query of client rowids, ending in its WHERE clause
    std::vector<std::string> values;
};

void bindAll(Statement &s, const std::vector<std::string> &values)
{
    for (size_t i = 0; i < values.size(); ++i)
        s.bind(int(i + 1), values[i]);
}

int countTier(sqlite3 *db, const Tier &tier, int cap)
{
    const std::string sql = cap < 0 ? "SELECT count(*) FROM (" + tier.rows + ")"
                                    : "SELECT count(*) FROM (" + tier.rows + " LIMIT " + std::to_string(cap) + ")";
    Statement s(db, sql.c_str());
    bindAll(s, tier.values);
    return s.step() ? int(s.integer(0)) : 0;
}

void tierPage(sqlite3 *db, const Tier &tier, bool small, int offset, int limit, std::vector<RawEntry> &out)
{
    const std::string sql = "SELECT " CLIENT_COLUMNS " FROM client c WHERE c.deleted = 0 AND "
        + std::string(small ? "c.rowid" : "+c.rowid") + " IN (" + tier.rows + ")"
        + " ORDER BY c.last_seen_at DESC, c.created_at DESC, c.rowid DESC LIMIT ? OFFSET ?";
    Statement s(db, sql.c_str());
    bindAll(s, tier.values);
    s.bind(int(tier.values.size() + 1), qint64(limit));
    s.bind(int(tier.values.size() + 2), qint64(offset));
    while (s.step())
        out.push_back(entryFrom(s));
}

void noteTier(sqlite3 *db, const std::string &expr, const Tier &nameStart, int offset, int limit,
              std::vector<RawEntry> &out)
{
    std::string sql = "SELECT " CLIENT_COLUMNS ", snippet(note_fts, 0, '', '', '…', 12)"
                      " FROM note_fts JOIN client c ON c.id = note_fts.client_id"
                      " WHERE note_fts MATCH ? AND c.deleted = 0"
                      " AND c.rowid NOT IN (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)";
    if (!nameStart.rows.empty())
        sql += " AND c.rowid NOT IN (" + nameStart.rows + ")";
    sql += " ORDER BY note_fts.rowid DESC";
    Statement s(db, sql.c_str());
    s.bind(1, expr);
    s.bind(2, expr);
    for (size_t i = 0; i < nameStart.values.size(); ++i)
        s.bind(int(i + 3), nameStart.values[i]);
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
    const std::string key = rapport::nameKey(query).toStdString();
    const std::string keyEnd = key + "\xF4\x8F\xBF\xBF"; // U+10FFFF
    Tier nameStart;
    std::vector<Tier> tiers;
    if (!key.empty()) {
        nameStart = {"SELECT rowid FROM client WHERE name_key >= ? AND name_key < ?", {key, keyEnd}};
        tiers.push_back({"SELECT rowid FROM client WHERE name_key = ?", {key}});
        tiers.push_back({"SELECT rowid FROM client WHERE name_key > ? AND name_key < ?", {key, keyEnd}});
    }
    auto indexTier = [&](const std::string &fts) {
        Tier tier{"SELECT rowid FROM client_fts WHERE client_fts MATCH ?", {fts}};
        if (!nameStart.rows.empty()) {
            tier.rows += " AND rowid NOT IN (" + nameStart.rows + ")";
            tier.values.insert(tier.values.end(), nameStart.values.begin(), nameStart.values.end());
        }
        return tier;
    };
    tiers.push_back(indexTier("{name} : (" + expr + ")"));
    tiers.push_back(indexTier("(" + expr + ") NOT {name} : (" + expr + ")"));
    int skip = offset;
    for (const Tier &tier : tiers) {
        const int capped = countTier(db, tier, SmallSet + 1);
        if (capped == 0)
            continue;
        const bool small = capped <= SmallSet;
        tierPage(db, tier, small, skip, limit - int(out.size()), out);
        if (int(out.size()) >= limit)
            return out;
        if (skip > 0)
            skip = std::max(0, skip - (small ? capped : countTier(db, tier, -1)));
    }
    noteTier(db, expr, nameStart, skip, limit - int(out.size()), out);
    return out;
}

} // namespace bench
