#pragma once

#include "entityspec.h"
#include "hlc.h"
#include "types.h"

#include <QHash>
#include <QSqlDatabase>
#include <QVariantMap>

#include <functional>

namespace rapport {

/** A row of a synced table as stored. */
struct StoredRow
{
    qint64 seq = 0;
    bool deleted = false;
    QVariantMap values; // every synced field of the spec
};

/**
 * Reads the row `id` of a synced table; nullopt when there is none. `fields` limits the
 * columns read (all of the spec when empty): migrations read with columns that existed then.
 */
std::optional<StoredRow> loadRow(const QSqlDatabase &db, const EntitySpec &spec, const QString &id,
                                 const QStringList &fields = {});

/**
 * Writes local changes to synced rows and records them: field clocks and one
 * outbox row per write, inside the caller's transaction. Remote changes do not go
 * through here (see Notebook::applyRemotePage), which is what keeps echoes out of
 * the outbox.
 */
class ChangeRecorder
{
public:
    using Tick = std::function<HlcStamp(QSqlDatabase)>;
    /** `staffId`: who makes the changes (each outbox row names them; may be empty). */
    ChangeRecorder(QSqlDatabase db, Tick tick, QString staffId = {});

    /**
     * Gives row `id` the `values` (fields not listed keep theirs; a missing row
     * starts from defaults). Records only the fields whose value changed, plus
     * updated_at when anything else changed. Returns the recorded field names.
     */
    [[nodiscard]] Result<QStringList> upsert(const EntitySpec &spec, const QString &id,
                                             const QVariantMap &values);
    /** Records the erasure of client `id` (the caller removes the rows; the server does the rest). */
    [[nodiscard]] Status recordErase(const EntitySpec &spec, const QString &id);
    /** Turns row `id` into a tombstone (see writeTombstone) and records the delete. */
    [[nodiscard]] Status tombstone(const EntitySpec &spec, const QString &id);

private:
    [[nodiscard]] Status record(const EntitySpec &spec, const QString &id, const QString &op,
                                const QVariantMap &changed, const HlcStamp &stamp, bool existed);
    QSqlDatabase m_db;
    Tick m_tick;
    QString m_staffId;
};

/**
 * Clocks are kept per record (schema 9): the row's `row_hlc` is the clock of
 * every field whose bit is set in its `row_clocked` mask (bit i is field i of
 * the spec, whose order therefore only ever grows at the end), and a field has
 * a `field_clock` row only when its clock differs from the row's (an edit of
 * some fields after the record was written; `deleted` of a tombstone). A field
 * with neither has no clock: any remote value for it is newer.
 */
qint64 clockMask(const EntitySpec &spec, const QStringList &fields);
/** The field clocks of one record, by field: its row clock where its mask says, and its own clock rows. */
QHash<QString, QString> fieldClocks(const QSqlDatabase &db, const EntitySpec &spec, const QString &id);
/**
 * Sets the clocks of `fields` of one record that exists to `hlc`: the row
 * clock's mask takes fields when `hlc` is the row's clock, the others get their
 * own clock rows (one statement each).
 */
[[nodiscard]] Status setFieldClocks(const QSqlDatabase &db, const EntitySpec &spec, const QString &id,
                                    const QStringList &fields, const QString &hlc);

/** What a tombstone keeps: the links that let an erasure find it later. */
QStringList tombstoneKeeps(const EntitySpec &spec);
/**
 * Clears the content of row `id` (all but tombstoneKeeps), marks it deleted,
 * sets updated_at to the delete clock's wall time and the `deleted` field clock
 * to `stamp`. A missing row becomes a bare tombstone, so a late upsert cannot
 * bring it back. Local and pulled deletes both go through here, so a tombstone
 * looks the same on every device.
 */
[[nodiscard]] Status writeTombstone(const QSqlDatabase &db, const EntitySpec &spec, const QString &id,
                                    const HlcStamp &stamp);

/** The name with ł, ø, ß, æ, œ, þ, đ written in plain letters (l, o, ss, ae, oe, th, d). */
QString foldLetters(const QString &text);
/** For a phone starting with "+": its digits without the 1- to 3-digit country code. */
QStringList nationalNumbers(const QString &phone);

/** What client_fts holds for one client: its three columns. */
struct ClientIndexText
{
    QString name, contact, tags;
};
/** The index text of a client with these values (see Full-text search in docs/ARCHITECTURE.md). */
ClientIndexText clientIndexText(const QString &givenName, const QString &familyName, const QString &phone,
                                const QString &email, const QString &tags);

// Search index and derived columns, refreshed from the stored rows.
// `hasIndexRow` false skips removing the old index row, for a row this
// transaction inserted (it has none yet).
// A client's merged flag (deleted = 2 while merged_into is set), index row and name_key (see namekey.h).
[[nodiscard]] Status reindexClient(const QSqlDatabase &db, const QString &clientId, bool hasIndexRow = true);
/** deleted = 2 for a client merged into another (hidden, still synced), 0 when unmerged; tombstones stay. */
[[nodiscard]] Status refreshMergedFlag(const QSqlDatabase &db, const QString &clientId);
/** The index row alone, as schema versions before 4 (no name_key column) kept it. */
[[nodiscard]] Status reindexClientText(const QSqlDatabase &db, const QString &clientId, bool hasIndexRow = true);
/** Sets client.name_key from the stored names (empty for a tombstone). */
[[nodiscard]] Status refreshNameKey(const QSqlDatabase &db, const QString &clientId);
[[nodiscard]] Status reindexNote(const QSqlDatabase &db, const QString &noteId, bool hasIndexRow = true);
/** Sets the client's local-only last_seen_* from its newest note. */
[[nodiscard]] Status refreshLastSeen(const QSqlDatabase &db, const QString &clientId);

} // namespace rapport
