#include "clientsearch.h"

#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <QSet>

#include <algorithm>

namespace rapport {

namespace {

// Up to this many matches a tier is ordered by relevance (bm25); above it the
// ranking would cost more than a keystroke allows (bm25 reads each match's
// column sizes: about 10 us a row, so 900 matches took 12 ms in the benchmark),
// and among hundreds of near-identical prefix matches recency is the more
// useful order anyway.
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

/** Matches of `expr` in client_fts, counted up to `cap` (-1: all). */
int countClientMatches(const QSqlDatabase &db, const QString &expr, int cap)
{
    QSqlQuery q(db);
    const QString sql = cap < 0
        ? QStringLiteral("SELECT count(*) FROM client_fts WHERE client_fts MATCH ?")
        : QStringLiteral("SELECT count(*) FROM (SELECT rowid FROM client_fts"
                         " WHERE client_fts MATCH ? LIMIT %1)").arg(cap);
    if (!run(q, sql, {expr}) || !q.next())
        return 0;
    return q.value(0).toInt();
}

QList<ClientListEntry> clientTier(const QSqlDatabase &db, const QString &expr, bool small,
                                  int offset, int limit)
{
    QString sql;
    if (small) {
        // Names weigh most, then contact, then tags; ties go to the client seen last.
        sql = QStringLiteral("SELECT ") + ClientColumns
            + QLatin1String(" FROM client_fts JOIN client c ON c.rowid = client_fts.rowid"
                            " WHERE client_fts MATCH ? AND c.deleted = 0"
                            " ORDER BY bm25(client_fts, 10.0, 4.0, 2.0), c.last_seen_at DESC,"
                            " c.created_at DESC, c.rowid DESC LIMIT ? OFFSET ?");
    } else {
        // "+c.rowid" keeps SQLite from driving the join from the (large) match
        // set and sorting it; instead it walks the recency index and stops
        // after `limit` hits, probing the match set built once.
        sql = QStringLiteral("SELECT ") + ClientColumns
            + QLatin1String(" FROM client c WHERE +c.rowid IN"
                            " (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)"
                            " AND c.deleted = 0"
                            " ORDER BY c.last_seen_at DESC, c.created_at DESC, c.rowid DESC"
                            " LIMIT ? OFFSET ?");
    }
    QList<ClientListEntry> rows;
    QSqlQuery q(db);
    if (!run(q, sql, {expr, limit, offset}))
        return rows;
    while (q.next())
        rows += entryFrom(q);
    return rows;
}

/**
 * Clients found only through their notes, newest matching note first, one row
 * per client. Walks note_fts in rowid order and stops as soon as the page is
 * full, so a common word in 100,000 notes costs no more than a rare one.
 */
void noteTier(const QSqlDatabase &db, const QString &expr, int offset, int limit,
              QList<ClientListEntry> &out)
{
    const QString sql = QStringLiteral("SELECT ") + ClientColumns
        + QStringLiteral(", snippet(note_fts, 0, '', '', '…', 12)"
                        " FROM note_fts JOIN client c ON c.id = note_fts.client_id"
                        " WHERE note_fts MATCH ? AND c.deleted = 0"
                        " AND c.rowid NOT IN (SELECT rowid FROM client_fts WHERE client_fts MATCH ?)"
                        " ORDER BY note_fts.rowid DESC");
    QSqlQuery q(db);
    if (!run(q, sql, {expr, expr}))
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

    // Tiers, each complete before the next: name matches, other client-field
    // matches, then clients found only in notes. `skip` is what is left of the
    // offset once the earlier tiers are accounted for.
    const QString tiers[] = {
        QLatin1String("{name} : (") + expr + u')',
        u'(' + expr + QLatin1String(") NOT {name} : (") + expr + u')',
    };
    QList<ClientListEntry> out;
    int skip = offset;
    for (const QString &tierExpr : tiers) {
        const int capped = countClientMatches(m_db, tierExpr, SmallSet + 1);
        if (capped == 0)
            continue;
        const bool small = capped <= SmallSet;
        out += clientTier(m_db, tierExpr, small, skip, limit - int(out.size()));
        if (out.size() >= limit)
            return out;
        if (skip > 0) {
            const int total = small ? capped : countClientMatches(m_db, tierExpr, -1);
            skip = std::max(0, skip - total);
        }
    }
    noteTier(m_db, expr, skip, limit - int(out.size()), out);
    return out;
}

} // namespace rapport
