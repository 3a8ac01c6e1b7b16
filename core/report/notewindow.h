#pragma once

#include "reportperiod.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QStringList>

#include <limits>
#include <optional>
#include <vector>

namespace rapport::report {

constexpr qint64 kDayMs = 24LL * 3600 * 1000;

/** Milliseconds since the epoch of a stored time text; nullopt when it is not a time. */
std::optional<qint64> timeMs(QByteArrayView utf8);

/**
 * Small numbers for the few distinct texts of a column (stores, staff, kinds): a linear
 * search without copying the text, as a column holds a handful of values.
 */
class Interned
{
public:
    int of(QByteArrayView utf8);
    const QString &text(int index) const { return m_texts.at(index); }
    int size() const { return int(m_texts.size()); }

private:
    QList<QByteArray> m_utf8;
    QStringList m_texts;
};

/** The kinds of note the measures look for around a note; every other kind is Other. */
enum class NoteRole : quint8 { Need, Purchase, Education, Return, Other };

struct WindowNote
{
    qint64 ms = 0; // created_at
    int client = 0; // index into the window's clients
    int store = 0; // NoteWindow::stores
    int author = 0; // NoteWindow::authors
    int kind = 0; // NoteWindow::kinds
    NoteRole role = NoteRole::Other;
    int purchase = -1; // a purchase's index into purchaseIds(), else -1
};

/**
 * The live notes of live clients written in [from, to), read once from the covering
 * index note_period, in time order, with each client's notes beside each other. Every
 * measure looks at notes near the period: a Need up to 30 days before a purchase, an
 * Education up to 7 days after it, any note until now after a return, each client's last
 * note before now for its keep-in-touch interval. The report reads the one window that
 * holds all of them instead of every note the organisation ever wrote (a year of 500,000
 * notes grouped by client took 0.8 s; the 12-week report's window is a third of them).
 */
class NoteWindow
{
public:
    [[nodiscard]] static Result<NoteWindow> read(const QSqlDatabase &db, qint64 fromMs, qint64 toMs,
                                                 qint64 nowMs);

    qint64 fromMs() const { return m_fromMs; }
    const std::vector<WindowNote> &notes() const { return m_notes; }

    /** The client's notes in the window, as indexes into notes(), in time order. */
    template<typename Visit>
    void forEachNoteOf(int client, Visit visit) const
    {
        for (int i = m_clientStart.at(client); i < m_clientStart.at(client + 1); ++i)
            visit(m_notes.at(m_byClient.at(i)));
    }

    int clientCount() const { return int(m_clientIds.size()); }
    /** The client's index, or -1 when it has no note in the window (or is deleted). */
    int clientOf(QByteArrayView id) const;
    const QByteArray &clientId(int client) const { return m_clientIds.at(client); }
    /** The client's first note in the window (for a client with notes in it). */
    qint64 firstMs(int client) const { return m_first.at(client); }
    /** The client's last note before now, or kNone when it has none in the window. */
    qint64 lastBeforeNowMs(int client) const { return m_lastBeforeNow.at(client); }
    const QByteArray &purchaseId(int purchase) const { return m_purchaseIds.at(purchase); }

    static constexpr qint64 kNone = std::numeric_limits<qint64>::min();

    Interned stores;
    Interned authors;
    Interned kinds;

private:
    qint64 m_fromMs = 0;
    std::vector<WindowNote> m_notes;
    QList<QByteArray> m_clientIds;
    /**
     * Client id → index, open addressing with each slot's hash beside it: most probes
     * end on the hash without reading the id (a QHash compared ids on the heap, a
     * cache miss each, and took a fifth of the report's time).
     */
    struct Slot
    {
        std::size_t hash = 0;
        int client = -1;
    };
    std::vector<Slot> m_slots;
    /** The slot holding `id`, or the empty slot where it belongs. */
    std::size_t slotOf(QByteArrayView id, std::size_t hash) const;
    int addClient(QByteArrayView id, std::size_t hash);
    std::vector<qint64> m_first;
    std::vector<qint64> m_lastBeforeNow;
    std::vector<int> m_clientStart; // client → first position in m_byClient (one extra at the end)
    std::vector<int> m_byClient; // note indexes grouped by client, each group in time order
    QList<QByteArray> m_purchaseIds;
    std::vector<int> m_deleted; // deleted clients: known, so their notes are passed over
};

} // namespace rapport::report
