#include "visitmeasures.h"

#include "reportquery.h"
#include "sqlutil.h"

#include <algorithm>
#include <map>
#include <vector>

namespace rapport::report {

Status VisitMeasures::addTo(ReportBreakdown &breakdown) const
{
    // A client is counted once per scope, so the distinct (client, store) and (client,
    // author) pairs of the period are gathered (sorted at the end) rather than summed from
    // finer groups.
    std::vector<char> seen(std::size_t(m_window.clientCount()), 0);
    std::vector<quint64> storeVisits, authorVisits;
    const int storeCount = m_window.stores.size(), authorCount = m_window.authors.size();
    const int kindCount = m_window.kinds.size();
    // (store, author, kind) → notes
    std::vector<qint64> counts(std::size_t(storeCount) * std::size_t(authorCount) * std::size_t(kindCount));
    std::map<std::pair<int, int>, Ratio> cameBack; // (store, author) → came back of returns
    for (const WindowNote &note : m_window.notes()) {
        if (note.ms < m_bounds.startMs || note.ms >= m_bounds.endMs)
            continue;
        ++counts[(std::size_t(note.store) * std::size_t(authorCount) + std::size_t(note.author))
                     * std::size_t(kindCount)
                 + std::size_t(note.kind)];
        seen[std::size_t(note.client)] = 1;
        storeVisits.push_back(quint64(note.client) << 32 | quint32(note.store));
        authorVisits.push_back(quint64(note.client) << 32 | quint32(note.author));
        if (note.role == NoteRole::Return) {
            Ratio &r = cameBack[{note.store, note.author}];
            ++r.denominator;
            // The window runs until now, so the client's last note before now is in it.
            if (m_window.lastBeforeNowMs(note.client) > note.ms)
                ++r.numerator;
        }
    }

    for (int store = 0; store < storeCount; ++store) {
        for (int author = 0; author < authorCount; ++author) {
            for (int kind = 0; kind < kindCount; ++kind) {
                const qint64 n = counts[(std::size_t(store) * std::size_t(authorCount) + std::size_t(author))
                                            * std::size_t(kindCount)
                                        + std::size_t(kind)];
                if (n == 0)
                    continue;
                const QString &kindName = m_window.kinds.text(kind);
                breakdown.count(m_window.stores.text(store), m_window.authors.text(author),
                                [&](Measures &m) { m.notesByKind[kindName] += n; });
            }
        }
    }
    for (const auto &[key, ratio] : cameBack) {
        const Ratio r = ratio;
        breakdown.count(m_window.stores.text(key.first), m_window.authors.text(key.second), [&r](Measures &m) {
            m.cameBackAfterReturn.numerator += r.numerator;
            m.cameBackAfterReturn.denominator += r.denominator;
        });
    }

    // Returning: a note before the period. One in the window before the period start
    // settles it; otherwise the client's notes by time (note_client_time) are asked
    // for one before the window.
    sql::Statement before(m_db, QStringLiteral(
        "SELECT 1 FROM note WHERE client_id = ?1 AND created_at < ?2 AND deleted = 0 LIMIT 1"));
    if (before.prepareError())
        return *before.prepareError();
    const QByteArray windowStart =
        sql::timeText(QDateTime::fromMSecsSinceEpoch(m_window.fromMs(), Qt::UTC)).toUtf8();
    std::vector<char> returning(seen.size(), 0);
    std::vector<int> unknown; // seen first in the period: asked in the order of their ids
    for (int c = 0; c < int(seen.size()); ++c) {
        if (!seen[std::size_t(c)])
            continue;
        if (m_window.firstMs(c) < m_bounds.startMs)
            returning[std::size_t(c)] = 1;
        else
            unknown.push_back(c);
    }
    std::sort(unknown.begin(), unknown.end(),
              [this](int a, int b) { return m_window.clientId(a) < m_window.clientId(b); });
    for (const int c : unknown) {
        before.reset();
        before.bindUtf8(1, m_window.clientId(c));
        before.bindUtf8(2, windowStart);
        returning[std::size_t(c)] = before.next() ? 1 : 0;
        if (before.error())
            return *before.error();
    }
    for (std::size_t c = 0; c < seen.size(); ++c) {
        breakdown.org.returningClients.denominator += seen[c];
        breakdown.org.returningClients.numerator += returning[c];
    }
    const auto countVisitors = [&returning, &breakdown](std::vector<quint64> &visits, const Interned &names,
                                                        std::map<QString, Measures> &into) {
        std::sort(visits.begin(), visits.end());
        visits.erase(std::unique(visits.begin(), visits.end()), visits.end());
        for (const quint64 visit : visits) {
            const QString &id = names.text(int(visit & 0xffffffffU));
            if (id.isEmpty())
                continue;
            Ratio &r = into[id].returningClients;
            r.denominator += 1;
            r.numerator += returning[std::size_t(visit >> 32)];
        }
    };
    countVisitors(storeVisits, m_window.stores, breakdown.byStore);
    countVisitors(authorVisits, m_window.authors, breakdown.byAssociate);
    return Done{};
}

} // namespace rapport::report
