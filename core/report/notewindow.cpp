#include "notewindow.h"

#include "reportquery.h"
#include "sqlutil.h"

#include <QDate>
#include <QHashFunctions>

#include <algorithm>

namespace rapport::report {

namespace {

/** Digits at `at` of `text` as a number, or -1 when one of them is not a digit. */
int digits(QByteArrayView text, int at, int count)
{
    int value = 0;
    for (int i = at; i < at + count; ++i) {
        const char c = text.at(i);
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}

NoteRole roleOf(QByteArrayView kind)
{
    if (kind == QByteArrayView("need"))
        return NoteRole::Need;
    if (kind == QByteArrayView("purchase"))
        return NoteRole::Purchase;
    if (kind == QByteArrayView("education"))
        return NoteRole::Education;
    if (kind == QByteArrayView("return"))
        return NoteRole::Return;
    return NoteRole::Other;
}

} // namespace

std::optional<qint64> timeMs(QByteArrayView utf8)
{
    // The stored form, "2026-03-14T09:26:53.589Z", read directly; anything else through Qt.
    if (utf8.size() == 24 && utf8.at(4) == '-' && utf8.at(7) == '-' && utf8.at(10) == 'T' && utf8.at(13) == ':'
        && utf8.at(16) == ':' && utf8.at(19) == '.' && utf8.at(23) == 'Z') {
        const int year = digits(utf8, 0, 4), month = digits(utf8, 5, 2), day = digits(utf8, 8, 2);
        const int hour = digits(utf8, 11, 2), minute = digits(utf8, 14, 2), second = digits(utf8, 17, 2);
        const int milli = digits(utf8, 20, 3);
        const QDate date(year, month, day);
        if (date.isValid() && hour >= 0 && hour < 24 && minute >= 0 && minute < 60 && second >= 0 && second < 60
            && milli >= 0) {
            constexpr qint64 epochJulianDay = 2440588; // 1970-01-01
            return (date.toJulianDay() - epochJulianDay) * kDayMs + ((hour * 60LL + minute) * 60 + second) * 1000
                + milli;
        }
    }
    const QDateTime time = sql::timeFromText(QString::fromUtf8(utf8));
    if (!time.isValid())
        return std::nullopt;
    return time.toMSecsSinceEpoch();
}

int Interned::of(QByteArrayView utf8)
{
    for (int i = 0; i < m_utf8.size(); ++i) {
        if (QByteArrayView(m_utf8.at(i)) == utf8)
            return i;
    }
    m_utf8.append(utf8.toByteArray());
    m_texts.append(QString::fromUtf8(utf8));
    return int(m_texts.size() - 1);
}

std::size_t NoteWindow::slotOf(QByteArrayView id, std::size_t hash) const
{
    const std::size_t mask = m_slots.size() - 1;
    for (std::size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot &slot = m_slots[i];
        if (slot.client < 0 || (slot.hash == hash && QByteArrayView(m_clientIds.at(slot.client)) == id))
            return i;
    }
}

int NoteWindow::addClient(QByteArrayView id, std::size_t hash)
{
    if ((m_clientIds.size() + 1) * 2 > qsizetype(m_slots.size())) {
        std::vector<Slot> old(std::max<std::size_t>(1024, m_slots.size() * 2));
        old.swap(m_slots);
        for (const Slot &slot : old) {
            if (slot.client >= 0)
                m_slots[slotOf(m_clientIds.at(slot.client), slot.hash)] = slot;
        }
    }
    const int client = int(m_clientIds.size());
    m_clientIds.append(id.toByteArray());
    m_slots[slotOf(id, hash)] = Slot{hash, client};
    m_first.push_back(std::numeric_limits<qint64>::max());
    m_lastBeforeNow.push_back(kNone);
    return client;
}

int NoteWindow::clientOf(QByteArrayView id) const
{
    if (m_slots.empty())
        return -1;
    return m_slots[slotOf(id, qHashBits(id.data(), std::size_t(id.size())))].client;
}

Result<NoteWindow> NoteWindow::read(const QSqlDatabase &db, qint64 fromMs, qint64 toMs, qint64 nowMs)
{
    NoteWindow window;
    window.m_fromMs = fromMs;
    const auto text = [](qint64 ms) { return sql::timeText(QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC)); };
    // Notes of deleted clients do not count. Their few ids are known first, and their notes
    // are passed over here (a NOT IN in the statement cost a look-up for every note).
    Status deleted = forEachRow(db, QStringLiteral("SELECT id FROM client WHERE deleted > 0"), {},
                                [&window](const sql::Statement &row) {
                                    const QByteArrayView id = row.utf8(0);
                                    const std::size_t hash = qHashBits(id.data(), std::size_t(id.size()));
                                    if (window.m_slots.empty() || window.m_slots[window.slotOf(id, hash)].client < 0)
                                        window.m_deleted.push_back(window.addClient(id, hash));
                                });
    if (!deleted)
        return Error{deleted.errorMessage()};
    std::vector<bool> isDeleted(std::size_t(window.m_clientIds.size()), false);
    for (const int client : window.m_deleted)
        isDeleted[std::size_t(client)] = true;

    // Every column comes from note_period; its order is the time order.
    const QString statement = QStringLiteral(
        "SELECT created_at, kind, client_id, store_id, author_id, CASE kind WHEN 'purchase' THEN id END FROM note "
        "WHERE created_at >= ?1 AND created_at < ?2 AND deleted = 0 ORDER BY created_at");
    window.m_notes.reserve(1 << 16);
    Status read = forEachRow(db, statement, {text(fromMs), text(toMs)}, [&](const sql::Statement &row) {
        const QByteArrayView client = row.utf8(2);
        const std::size_t hash = qHashBits(client.data(), std::size_t(client.size()));
        int index = window.m_slots.empty() ? -1 : window.m_slots[window.slotOf(client, hash)].client;
        if (index < 0)
            index = window.addClient(client, hash);
        else if (std::size_t(index) < isDeleted.size() && isDeleted[std::size_t(index)])
            return;
        const std::optional<qint64> ms = timeMs(row.utf8(0));
        if (!ms)
            return; // not a time: no measure can place it
        WindowNote note;
        note.ms = *ms;
        note.client = index;
        const QByteArrayView kind = row.utf8(1);
        note.kind = window.kinds.of(kind);
        note.role = roleOf(kind);
        note.store = window.stores.of(row.utf8(3));
        note.author = window.authors.of(row.utf8(4));
        if (note.role == NoteRole::Purchase) {
            note.purchase = int(window.m_purchaseIds.size());
            window.m_purchaseIds.append(row.utf8(5).toByteArray());
        }
        qint64 &first = window.m_first[std::size_t(note.client)];
        first = std::min(first, note.ms);
        qint64 &last = window.m_lastBeforeNow[std::size_t(note.client)];
        if (note.ms < nowMs && note.ms > last)
            last = note.ms;
        window.m_notes.push_back(note);
    });
    if (!read)
        return Error{read.errorMessage()};

    // Each client's notes together (a counting sort keeps them in time order).
    const std::size_t clients = std::size_t(window.m_clientIds.size());
    window.m_clientStart.assign(clients + 1, 0);
    for (const WindowNote &note : window.m_notes)
        ++window.m_clientStart[std::size_t(note.client) + 1];
    for (std::size_t c = 0; c < clients; ++c)
        window.m_clientStart[c + 1] += window.m_clientStart[c];
    std::vector<int> next(window.m_clientStart.begin(), window.m_clientStart.end() - 1);
    window.m_byClient.resize(window.m_notes.size());
    for (std::size_t i = 0; i < window.m_notes.size(); ++i)
        window.m_byClient[std::size_t(next[std::size_t(window.m_notes[i].client)]++)] = int(i);
    return window;
}

} // namespace rapport::report
