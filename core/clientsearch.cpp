#include "clientsearch.h"

#include "logging.h"
#include "namekey.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QSet>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <vector>

namespace rapport {

namespace {

// Up to this many matches a tier is read whole and sorted; above it SQLite walks
// the recency index instead and stops once the page is full (sorting 900
// matches took 12 ms in the benchmark, more than a keystroke allows).
constexpr int SmallSet = 200;
// Words beyond this are ignored: nobody types more, and each word costs a doclist.
constexpr int MaxWords = 12;
// A run of bare numbers is treated as one phone number from this many digits on
// ("555 010"), below it as separate words ("size 10 12").
constexpr int PhoneMinDigits = 6;

const QString ClientColumns = QStringLiteral(
    "c.rowid, c.id, c.given_name, c.family_name, c.phone, c.email, c.tags, c.last_seen_at");

bool isPhonePunctuation(QChar c)
{
    return c == u'+' || c == u'(' || c == u')' || c == u'-' || c == u'.' || c == u'/';
}

bool looksLikePhoneWord(const QString &word)
{
    bool digit = false;
    for (const QChar c : word) {
        if (c.isDigit())
            digit = true;
        else if (!isPhonePunctuation(c))
            return false;
    }
    return digit;
}

QString quoted(QString text)
{
    text.replace(u'"', QLatin1String("\"\""));
    return u'"' + text + u'"';
}

// Removes accents the way the tokenizer does (remove_diacritics 2), so the query
// is the same text the index holds: "Zoë" -> "zoe".
QString withoutMarks(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (!c.isMark())
            out += c;
    }
    return out.toLower();
}

// Letters the tokenizer does not fold because Unicode gives them no
// decomposition. Offered as an alternative spelling so "lukasz" finds text
// indexed in folded form while "łukasz" still finds the original.
QString foldedLetters(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case 0x0142: out += u'l'; break; // ł
        case 0x00F8: out += u'o'; break; // ø
        case 0x0111: out += u'd'; break; // đ
        case 0x0131: out += u'i'; break; // ı
        case 0x00DF: out += QLatin1String("ss"); break; // ß
        case 0x00E6: out += QLatin1String("ae"); break; // æ
        case 0x0153: out += QLatin1String("oe"); break; // œ
        case 0x00FE: out += QLatin1String("th"); break; // þ
        default: out += c;
        }
    }
    return out;
}

// The parts of a typed word the tokenizer would index: runs of letters and
// digits. Everything else (quotes, *, -, parentheses, @) only separates, so no
// user input can reach FTS5 as syntax.
QStringList indexableParts(const QString &word)
{
    QStringList parts;
    QString current;
    for (const QChar c : word) {
        if (c.isLetterOrNumber() || c.isMark()) {
            current += c;
        } else if (!current.isEmpty()) {
            parts += current;
            current.clear();
        }
    }
    if (!current.isEmpty())
        parts += current;
    return parts;
}

QString alternatives(const QStringList &phrases)
{
    QStringList unique;
    for (const QString &p : phrases) {
        if (!p.isEmpty() && !unique.contains(p))
            unique += p;
    }
    QStringList terms;
    for (const QString &p : unique)
        terms += quoted(p) + u'*';
    if (terms.size() == 1)
        return terms.first();
    return u'(' + terms.join(QLatin1String(" OR ")) + u')';
}

QString textTerm(const QString &word)
{
    const QStringList parts = indexableParts(word);
    if (parts.isEmpty())
        return {};
    const QString phrase = withoutMarks(parts.join(u' '));
    return alternatives({phrase, foldedLetters(phrase)});
}

// A phone number typed in any format: matched on its digits (the index holds the
// number's digits as one token) or on its groups as they appear in the stored
// formatted number. With a leading "+", the national number without the
// country code (1 to 3 digits) is tried too.
QString phoneTerm(const QStringList &words)
{
    QString digits;
    QStringList groups;
    for (const QString &w : words) {
        QString group;
        for (const QChar c : w) {
            if (c.isDigit()) {
                digits += c;
                group += c;
            } else if (!group.isEmpty()) {
                groups += group;
                group.clear();
            }
        }
        if (!group.isEmpty())
            groups += group;
    }
    QStringList phrases{digits, groups.join(u' ')};
    if (words.first().startsWith(u'+')) {
        for (int cc = 1; cc <= 3; ++cc) {
            if (digits.size() - cc >= 7)
                phrases += digits.mid(cc);
        }
    }
    return alternatives(phrases);
}

int digitCount(const QStringList &words)
{
    int n = 0;
    for (const QString &w : words)
        n += int(std::count_if(w.begin(), w.end(), [](QChar c) { return c.isDigit(); }));
    return n;
}

bool hasPunctuation(const QStringList &words)
{
    for (const QString &w : words) {
        if (std::any_of(w.begin(), w.end(), isPhonePunctuation))
            return true;
    }
    return false;
}

ClientListEntry entryFrom(const QSqlQuery &q)
{
    ClientListEntry e;
    e.rowId = q.value(0).toLongLong();
    e.id = q.value(1).toString();
    Client c;
    c.givenName = q.value(2).toString();
    c.familyName = q.value(3).toString();
    c.phone = q.value(4).toString();
    c.email = q.value(5).toString();
    e.displayName = c.displayName();
    e.phone = c.phone;
    e.email = c.email;
    for (const QString &tag : q.value(6).toString().split(u',', Qt::SkipEmptyParts)) {
        const QString t = tag.trimmed();
        if (!t.isEmpty())
            e.tags += t;
    }
    const QString seen = q.value(7).toString();
    if (!seen.isEmpty())
        e.lastSeenAt = QDateTime::fromString(seen, Qt::ISODateWithMs);
    return e;
}

bool run(QSqlQuery &q, const QString &sql, const QVariantList &values)
{
    q.setForwardOnly(true);
    if (!q.prepare(sql)) {
        qCWarning(lcCore) << "Search query could not be prepared:" << q.lastError().text();
        return false;
    }
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qCWarning(lcCore) << "Search query failed:" << q.lastError().text();
        return false;
    }
    return true;
}

const QString Recency = QStringLiteral(" ORDER BY c.last_seen_at DESC, c.created_at DESC, c.rowid DESC");

/**
 * One tier of client matches: a query of client rowids (`rows`, ending in its
 * WHERE clause) read from an index alone, the client table or the FTS index,
 * never from client rows. A tier is counted from it without touching the
 * client table; with few matches SQLite starts from them and sorts them; with
 * many it walks the recency index, tests each entry against the matches (built
 * once) and stops once the page is full.
 */
struct ClientTier
{
    QString rows;
    QVariantList values;
};

// The rowids of clients whose name_key is in [key, keyEnd): tombstones have none.
const QString NameStartRows = QStringLiteral("SELECT rowid FROM client WHERE name_key >= ? AND name_key < ?");

/** Clients of `tier`, counted up to `cap` (-1: all). */
int countTier(const QSqlDatabase &db, const ClientTier &tier, int cap)
{
    QSqlQuery q(db);
    const QString sql = cap < 0 ? QStringLiteral("SELECT count(*) FROM (") + tier.rows + u')'
                                : QStringLiteral("SELECT count(*) FROM (") + tier.rows
            + QStringLiteral(" LIMIT %1)").arg(cap);
    if (!run(q, sql, tier.values) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<ClientListEntry> clientRows(const QSqlDatabase &db, const QString &sql, const QVariantList &values)
{
    QList<ClientListEntry> rows;
    QSqlQuery q(db);
    if (!run(q, sql, values))
        return rows;
    while (q.next())
        rows += entryFrom(q);
    return rows;
}

QList<ClientListEntry> tierPage(const QSqlDatabase &db, const ClientTier &tier, bool small, int offset, int limit)
{
    // "+" keeps SQLite from driving the query from the matches: it walks the recency index instead.
    const QString sql = QStringLiteral("SELECT ") + ClientColumns + QStringLiteral(" FROM client c WHERE c.deleted = 0 AND ")
        + (small ? QStringLiteral("c.rowid") : QStringLiteral("+c.rowid")) + QStringLiteral(" IN (") + tier.rows + u')'
        + Recency + QStringLiteral(" LIMIT ? OFFSET ?");
    return clientRows(db, sql, tier.values + QVariantList{limit, offset});
}

/**
 * Clients found only through their notes, newest matching note first, one row
 * per client. Walks note_fts in rowid order and stops as soon as the page is
 * full, so a common word in 100,000 notes costs no more than a rare one.
 */
void noteTier(const QSqlDatabase &db, const QString &expr, const ClientTier &nameStart, int offset, int limit,
              QList<ClientListEntry> &out)
{
    QString sql = QStringLiteral("SELECT ") + ClientColumns
        + QStringLiteral(", snippet(note_fts, 0, '', '', '…', 12)"
                        " FROM note_fts JOIN client c ON c.id = note_fts.client_id"
                        " WHERE note_fts MATCH ? AND c.deleted = 0"
                        " AND c.rowid NOT IN (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)");
    QVariantList values{expr, expr};
    if (!nameStart.rows.isEmpty()) {
        sql += QStringLiteral(" AND c.rowid NOT IN (") + nameStart.rows + u')';
        values += nameStart.values;
    }
    sql += QStringLiteral(" ORDER BY note_fts.rowid DESC");
    QSqlQuery q(db);
    if (!run(q, sql, values))
        return;
    QSet<qint64> seen;
    for (const ClientListEntry &e : out)
        seen.insert(e.rowId);
    int skipped = 0;
    int added = 0;
    while (added < limit && q.next()) {
        const qint64 rowId = q.value(0).toLongLong();
        if (seen.contains(rowId))
            continue;
        seen.insert(rowId);
        if (skipped < offset) {
            ++skipped;
            continue;
        }
        ClientListEntry e = entryFrom(q);
        e.matchedNote = q.value(8).toString().simplified();
        out += e;
        ++added;
    }
}

// Near misses: how far a name word may be from a typed word, in edits
// (insert, delete, substitute a letter, swap two neighbours). Short words
// allow one edit and words of 6 letters and more two, so "jonson" finds
// "johnson" and "fisher" "fischer" while "ana" finds nothing it was not typed as.
constexpr int NearMissMinLength = 4;
int nearMissEdits(int length)
{
    return length >= 6 ? 2 : 1;
}

/**
 * Edits between `a` and `b` (optimal string alignment), or max + 1 as soon
 * as that many are certain.
 */
int editDistance(const QString &a, const QString &b, int max)
{
    const int n = int(a.size());
    const int m = int(b.size());
    if (std::abs(n - m) > max)
        return max + 1;
    std::vector<int> before(size_t(m + 1)), previous(size_t(m + 1)), current(size_t(m + 1));
    for (int j = 0; j <= m; ++j)
        previous[size_t(j)] = j;
    for (int i = 1; i <= n; ++i) {
        current[0] = i;
        int rowBest = current[0];
        for (int j = 1; j <= m; ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            int d = std::min({previous[size_t(j)] + 1, current[size_t(j - 1)] + 1, previous[size_t(j - 1)] + cost});
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                d = std::min(d, before[size_t(j - 2)] + 1);
            current[size_t(j)] = d;
            rowBest = std::min(rowBest, d);
        }
        if (rowBest > max)
            return max + 1;
        std::swap(before, previous);
        std::swap(previous, current);
    }
    return previous[size_t(m)];
}

QList<ClientListEntry> recentPage(const QSqlDatabase &db, int offset, int limit)
{
    const QString sql = QStringLiteral("SELECT ") + ClientColumns
        + QLatin1String(" FROM client c WHERE c.deleted = 0"
                        " ORDER BY c.last_seen_at DESC, c.created_at DESC, c.rowid DESC"
                        " LIMIT ? OFFSET ?");
    QList<ClientListEntry> rows;
    QSqlQuery q(db);
    if (!run(q, sql, {limit, offset}))
        return rows;
    while (q.next())
        rows += entryFrom(q);
    return rows;
}

} // namespace

ClientSearch::ClientSearch(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString ClientSearch::matchExpression(const QString &query)
{
    const QStringList words = query.simplified().split(u' ', Qt::SkipEmptyParts);
    QStringList terms;
    QStringList phoneRun;
    auto flushPhoneRun = [&]() {
        if (phoneRun.isEmpty())
            return;
        if (phoneRun.size() == 1 || hasPunctuation(phoneRun)
            || digitCount(phoneRun) >= PhoneMinDigits) {
            terms += phoneTerm(phoneRun);
        } else {
            for (const QString &w : phoneRun)
                terms += textTerm(w);
        }
        phoneRun.clear();
    };
    for (const QString &word : words) {
        if (terms.size() + phoneRun.size() >= MaxWords)
            break;
        if (looksLikePhoneWord(word)) {
            phoneRun += word;
            continue;
        }
        flushPhoneRun();
        const QString term = textTerm(word);
        if (!term.isEmpty())
            terms += term;
    }
    flushPhoneRun();
    return terms.join(QLatin1String(" AND "));
}

QList<ClientListEntry> ClientSearch::page(const QString &query, int offset, int limit) const
{
    if (limit <= 0)
        return {};
    offset = std::max(0, offset);
    const QString expr = matchExpression(query);
    if (expr.isEmpty())
        return recentPage(m_db, offset, limit);

    // Relevance tiers, each complete before the next and in recency order
    // within (last seen, then created): 1. the whole name is the query,
    // 2. the name starts with it, 3. a word of the name starts with each query
    // word, 4. a match in the other fields (phone, email, tags), 5. clients
    // found only in their notes. Names compare as nameKey() forms, given name
    // first. `skip` is what is left of the offset once the earlier tiers are
    // accounted for.
    const QString key = nameKey(query);
    // Every key that starts with `key` sorts below key + U+10FFFF.
    const QString keyEnd = key + QChar(0xDBFF) + QChar(0xDFFF);
    ClientTier nameStart;
    QList<ClientTier> tiers;
    if (!key.isEmpty()) {
        nameStart = {NameStartRows, {key, keyEnd}};
        tiers += ClientTier{QStringLiteral("SELECT rowid FROM client WHERE name_key = ?"), {key}};
        tiers += ClientTier{QStringLiteral("SELECT rowid FROM client WHERE name_key > ? AND name_key < ?"),
                            {key, keyEnd}};
    }
    const auto indexTier = [&](const QString &ftsExpr) {
        ClientTier tier{QStringLiteral("SELECT rowid FROM client_fts WHERE client_fts MATCH ?"), {ftsExpr}};
        if (!nameStart.rows.isEmpty()) {
            tier.rows += QStringLiteral(" AND rowid NOT IN (") + nameStart.rows + u')';
            tier.values += nameStart.values;
        }
        return tier;
    };
    tiers += indexTier(QLatin1String("{name} : (") + expr + u')');
    tiers += indexTier(u'(' + expr + QLatin1String(") NOT {name} : (") + expr + u')');

    QList<ClientListEntry> out;
    int skip = offset;
    for (const ClientTier &tier : tiers) {
        const int capped = countTier(m_db, tier, SmallSet + 1);
        if (capped == 0)
            continue;
        const bool small = capped <= SmallSet;
        out += tierPage(m_db, tier, small, skip, limit - int(out.size()));
        if (out.size() >= limit)
            return out;
        if (skip > 0)
            skip = std::max(0, skip - (small ? capped : countTier(m_db, tier, -1)));
    }
    noteTier(m_db, expr, nameStart, skip, limit - int(out.size()), out);
    return out;
}

QList<ClientListEntry> ClientSearch::closeMatches(const QString &query, int limit) const
{
    if (limit <= 0)
        return {};
    const QStringList typed = nameKeyWords(query);
    if (typed.isEmpty() || std::any_of(typed.begin(), typed.end(), [](const QString &w) {
            return std::any_of(w.begin(), w.end(), [](QChar c) { return c.isDigit(); });
        }))
        return {};
    // Only a word long enough to be misspelt makes a near miss; short words narrow it down.
    if (std::none_of(typed.begin(), typed.end(), [](const QString &w) { return w.size() >= NearMissMinLength; }))
        return {};
    // The name words of the index, read per first letter (a typo rarely hits
    // the first letter, and one letter's words are a small part of the index).
    QSqlQuery create(m_db);
    if (!create.exec(QStringLiteral("CREATE VIRTUAL TABLE IF NOT EXISTS temp.client_fts_terms"
                                    " USING fts5vocab(main, 'client_fts', 'col')"))) {
        qCWarning(lcCore) << "Name words could not be listed:" << create.lastError().text();
        return {};
    }
    // Per typed word and number of edits (0, 1, 2): the name words within reach.
    QList<std::array<QStringList, 3>> close;
    for (const QString &word : typed) {
        std::array<QStringList, 3> byEdits;
        if (word.size() < NearMissMinLength) {
            byEdits[0] += quoted(word) + u'*'; // short words narrow it down as prefixes
            close += byEdits;
            continue;
        }
        const int edits = nearMissEdits(int(word.size()));
        QSqlQuery q(m_db);
        const QString first = word.left(1);
        if (!run(q, QStringLiteral("SELECT term FROM temp.client_fts_terms WHERE term >= ? AND term < ?"
                                   " AND col = 'name'"),
                 {first, QString(QChar(first[0].unicode() + 1))}))
            return {};
        bool any = false;
        while (q.next()) {
            const QString term = q.value(0).toString();
            const int d = editDistance(word, term, edits);
            if (d <= edits) {
                byEdits[size_t(d)] += quoted(term);
                any = true;
            }
        }
        if (!any)
            return {};
        close += byEdits;
    }
    // Every word within `edits` edits (at most its own limit), as one FTS expression.
    const auto within = [&](int edits) {
        QStringList all;
        for (const auto &byEdits : std::as_const(close)) {
            QStringList alternatives;
            for (int d = 0; d <= edits; ++d)
                alternatives += byEdits[size_t(d)];
            if (alternatives.isEmpty())
                return QString();
            all += u'(' + alternatives.join(QLatin1String(" OR ")) + u')';
        }
        return QLatin1String("{name} : (") + all.join(QLatin1String(" AND ")) + u')';
    };
    // Fewest edits first: clients within one edit of every word, then the
    // others within two; each group by recency, walked like a search tier.
    const QString one = within(1);
    const QString two = within(2);
    QList<ClientTier> tiers;
    if (!one.isEmpty())
        tiers += ClientTier{QStringLiteral("SELECT rowid FROM client_fts WHERE client_fts MATCH ?"), {one}};
    if (two != one)
        tiers += ClientTier{QStringLiteral("SELECT rowid FROM client_fts WHERE client_fts MATCH ?"),
                            {one.isEmpty() ? two : u'(' + two + QLatin1String(") NOT (") + one + u')'}};
    QList<ClientListEntry> out;
    for (const ClientTier &tier : std::as_const(tiers)) {
        const int capped = countTier(m_db, tier, SmallSet + 1);
        if (capped == 0)
            continue;
        out += tierPage(m_db, tier, capped <= SmallSet, 0, limit - int(out.size()));
        if (out.size() >= limit)
            break;
    }
    return out;
}

} // namespace rapport
