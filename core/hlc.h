#pragma once

#include "types.h"

#include <QMutex>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace rapport {

/** A parsed hybrid logical clock value; text form in docs/ARCHITECTURE.md. */
struct HlcStamp
{
    qint64 wallMs = 0;
    int counter = 0;
    QString deviceId;

    QString toString() const;
    static std::optional<HlcStamp> parse(const QString &text);
    bool operator<(const HlcStamp &other) const;
    bool operator==(const HlcStamp &other) const;
};

/**
 * Hybrid logical clock of this device, persisted in the meta table so it never
 * runs backwards across restarts, even when the wall clock does. Safe to share
 * between the UI thread and the sync worker (each passes its own connection).
 */
class Hlc
{
public:
    using WallClock = std::function<qint64()>; // unix ms; replaceable in tests

    Hlc(QString deviceId, WallClock wallClock = {});
    Q_DISABLE_COPY_MOVE(Hlc)

    /** Loads the last persisted value from `db`. */
    void load(QSqlDatabase db);
    /** Next clock value, strictly greater than every value issued or observed. Persists it in `db`. */
    HlcStamp tick(QSqlDatabase db);
    /** Advances past a received clock (a pulled change) and persists it in `db`, inside the
     *  transaction that stores the change, so the file never holds a clock above the device's. */
    void observe(const HlcStamp &remote, QSqlDatabase db);
    /** Advances past a clock no record carries (the server's time) without writing: the next
     *  tick persists it with its edit, and a restart before that loses nothing, since no stored
     *  field clock came from it. Writing here would contend with a sync applying pulled pages. */
    void observeWithoutPersisting(const HlcStamp &remote);

    QString deviceId() const { return m_deviceId; }
    HlcStamp last() const;
    /** The wall clock this clock reads (unix ms), so rules about "days ago" share the tests' time. */
    qint64 wallNow() const;

private:
    /** Raises m_last to `remote` if it is later; the caller holds m_mutex. */
    bool advanceTo(const HlcStamp &remote);

    const QString m_deviceId;
    WallClock m_wallClock;
    mutable QMutex m_mutex; // guards m_last
    HlcStamp m_last;
};

/** A new UUIDv7 in canonical text form. */
QString newUuidV7();

} // namespace rapport
