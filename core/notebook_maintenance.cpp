#include "notebook.h"

#include "bulkindexes.h"
#include "logging.h"
#include "notebook_p.h"
#include "sqlutil.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace rapport {

namespace {

constexpr int MaxCounter = 99999; // as in hlc.cpp: five digits in the text form

HlcStamp after(HlcStamp stamp)
{
    if (stamp.counter < MaxCounter) {
        ++stamp.counter;
    } else {
        ++stamp.wallMs;
        stamp.counter = 0;
    }
    return stamp;
}

Status setMeta(const QSqlDatabase &db, const QString &key, const QString &value)
{
    return sql::exec(db,
                     QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

} // namespace

Status Notebook::scrubFiles()
{
    QSqlDatabase db = d->connection();
    // FTS5 keeps deleted tokens in old segments until a merge; VACUUM drops free
    // pages (secure_delete zeroes what it frees meanwhile); the checkpoint empties the WAL.
    for (const QString &statement :
         {QStringLiteral("PRAGMA secure_delete = ON"),
          QStringLiteral("INSERT INTO client_fts(client_fts) VALUES('optimize')"),
          QStringLiteral("INSERT INTO note_fts(note_fts) VALUES('optimize')"), QStringLiteral("VACUUM")}) {
        if (Status s = sql::exec(db, statement); !s)
            return s;
    }
    QSqlQuery checkpoint(db);
    if (Status s = sql::exec(checkpoint, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !s)
        return s;
    // Row: busy, WAL frames, checkpointed frames. Busy means a reader held the
    // WAL; the next checkpoint (or close) finishes the job.
    if (checkpoint.next() && checkpoint.value(0).toInt() != 0)
        qCInfo(lcCore) << "WAL checkpoint was busy; it completes at the next checkpoint";
    return Done{};
}

Status Notebook::wipe()
{
    QSqlDatabase db = d->connection();
    {
        WriteTransaction transaction(db);
        if (!transaction.began())
            return Error{QStringLiteral("Could not remove the local data: the notebook is busy. Try again.")};
        for (const char *table : {"client", "note", "follow_up", "conflict", "field_clock", "outbox", "store",
                                  "staff", "client_fts", "note_fts"}) {
            if (Status s = sql::exec(db, QStringLiteral("DELETE FROM ") + QLatin1String(table)); !s)
                return s;
        }
        // Indexes a stopped snapshot left to build (quick now the tables are empty) come
        // back before meta forgets them.
        if (Status s = bulkindexes::restore(db); !s)
            return s;
        // The device id and the clock stay: the clock must never run backwards,
        // and sqlite_sequence (kept) makes outbox ids keep rising.
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM meta WHERE key NOT IN ('hlc', 'device_id')")); !s)
            return s;
        if (Status s = transaction.commit(); !s)
            return s;
    }
    d->currentStaffId.clear();
    Status scrubbed = scrubFiles();
    notifyChanged();
    return scrubbed;
}

Result<int> Notebook::restampPending(qint64 nowMs, qint64 toleranceMs)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (!transaction.began())
        return Error{QStringLiteral("Could not correct the clock of waiting changes: the notebook is busy.")};
    const qint64 limit = nowMs + toleranceMs;
    if (d->hlc.last().wallMs <= limit)
        return 0;

    struct Row
    {
        qint64 mid;
        QString hlc;
        QString entity;
        QString entityId;
        QString base;
    };
    QList<Row> rows;
    // New clocks start at now, but above every row that keeps its clock, so the
    // outbox stays in clock order.
    HlcStamp next{nowMs, 0, d->deviceId};
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (Status s = sql::exec(query, QStringLiteral("SELECT mid, hlc, entity, entity_id, base FROM outbox "
                                                       "ORDER BY mid"));
            !s)
            return Error{s.errorMessage()};
        while (query.next()) {
            const Row row{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                          query.value(3).toString(), query.value(4).toString()};
            const std::optional<HlcStamp> stamp = HlcStamp::parse(row.hlc);
            if (stamp && stamp->wallMs <= limit) {
                if (next < *stamp)
                    next = {stamp->wallMs, stamp->counter, d->deviceId};
                continue;
            }
            rows.append(row);
        }
    }
    QHash<QString, QString> renamed; // old clock -> new clock
    for (const Row &row : std::as_const(rows)) {
        next = after(next);
        const QString fresh = next.toString();
        renamed.insert(row.hlc, fresh);
        // A later edit of the same field saw the old clock as its base: keep it pointing at the value.
        QJsonObject base = QJsonDocument::fromJson(row.base.toUtf8()).object();
        for (auto it = base.begin(); it != base.end(); ++it) {
            if (it->isString() && renamed.contains(it->toString()))
                *it = renamed.value(it->toString());
        }
        if (Status s = sql::exec(db, QStringLiteral("UPDATE outbox SET hlc = ?, base = ? WHERE mid = ?"),
                                 {fresh, QString::fromUtf8(QJsonDocument(base).toJson(QJsonDocument::Compact)),
                                  row.mid});
            !s)
            return Error{s.errorMessage()};
        if (Status s = sql::exec(db, QStringLiteral("UPDATE field_clock SET hlc = ? WHERE entity = ? AND "
                                                    "entity_id = ? AND hlc = ?"),
                                 {fresh, row.entity, row.entityId, row.hlc});
            !s)
            return Error{s.errorMessage()};
        if (const EntitySpec *spec = entitySpec(row.entity)) {
            if (Status s = sql::exec(db, QStringLiteral("UPDATE %1 SET row_hlc = ? WHERE id = ? AND row_hlc = ?")
                                             .arg(spec->table),
                                     {fresh, row.entityId, row.hlc});
                !s)
                return Error{s.errorMessage()};
        }
    }
    // Rewind the persisted clock, then let the in-memory clock follow it.
    if (Status s = setMeta(db, QStringLiteral("hlc"), next.toString()); !s)
        return Error{s.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    d->hlc.load(db);
    return int(rows.size());
}

} // namespace rapport

namespace rapport {

Notebook::BulkWrite::BulkWrite(Notebook &notebook) : m_db(notebook.d->connection())
{
    // NORMAL in WAL mode still keeps the file consistent; only the last
    // commits before a power cut can be lost, and this scope commits once.
    if (!sql::exec(m_db, QStringLiteral("PRAGMA synchronous=NORMAL")))
        return;
    m_began = bool(sql::exec(m_db, QStringLiteral("BEGIN IMMEDIATE")));
    if (m_began) {
        ++sql::bulkDepth(m_db);
        m_open = true;
    } else {
        (void)sql::exec(m_db, QStringLiteral("PRAGMA synchronous=FULL"));
    }
}

Notebook::BulkWrite::~BulkWrite()
{
    if (m_open && !sql::exec(m_db, QStringLiteral("ROLLBACK")))
        qCWarning(lcCore) << "rolling back a bulk write failed";
    end();
}

void Notebook::BulkWrite::end()
{
    if (!m_open)
        return;
    m_open = false;
    --sql::bulkDepth(m_db);
    if (!sql::exec(m_db, QStringLiteral("PRAGMA synchronous=FULL")))
        qCWarning(lcCore) << "could not restore synchronous=FULL";
}

Status Notebook::BulkWrite::commit()
{
    if (!m_open)
        return Error{QStringLiteral("The changes were not saved because the notebook was busy. Try again.")};
    Status s = sql::exec(m_db, QStringLiteral("COMMIT"));
    if (!s)
        return s; // the destructor rolls back
    end();
    return Done{};
}

} // namespace rapport
