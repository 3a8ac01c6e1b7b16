#include "localdata.h"

#include "notebook.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace rapport::LocalData {

namespace {

Status exec(QSqlDatabase &db, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return Error{QStringLiteral("Could not prepare a local database statement: %1").arg(query.lastError().text())};
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec())
        return Error{QStringLiteral("The local database refused a change: %1").arg(query.lastError().text())};
    return Done{};
}

} // namespace

Status wipe(Notebook &notebook)
{
    QSqlDatabase db = notebook.database().connection();
    // secure_delete overwrites freed pages, so erased text does not linger in the file.
    if (Status s = exec(db, QStringLiteral("PRAGMA secure_delete = ON")); !s)
        return s;
    {
        WriteTransaction tx(db);
        if (!tx.began())
            return Error{QStringLiteral("Could not start wiping the local data: the database is busy.")};
        const QStringList tables = {QStringLiteral("client"),      QStringLiteral("note"),
                                    QStringLiteral("follow_up"),   QStringLiteral("conflict"),
                                    QStringLiteral("field_clock"), QStringLiteral("outbox"),
                                    QStringLiteral("store"),       QStringLiteral("staff"),
                                    QStringLiteral("client_fts"),  QStringLiteral("note_fts")};
        for (const QString &table : tables) {
            if (Status s = exec(db, QStringLiteral("DELETE FROM %1").arg(table)); !s)
                return s;
        }
        // Keep only what identifies the device and keeps its clock monotonic.
        if (Status s = exec(db, QStringLiteral("DELETE FROM meta WHERE key NOT IN ('hlc', 'device_id')")); !s)
            return s;
        if (Status s = tx.commit(); !s)
            return s;
    }
    return scrub(notebook);
}

Status scrub(Notebook &notebook)
{
    QSqlDatabase db = notebook.database().connection();
    for (const QString &statement :
         {QStringLiteral("PRAGMA secure_delete = ON"),
          QStringLiteral("INSERT INTO client_fts(client_fts) VALUES('optimize')"),
          QStringLiteral("INSERT INTO note_fts(note_fts) VALUES('optimize')"), QStringLiteral("VACUUM")}) {
        if (Status s = exec(db, statement); !s)
            return s;
    }
    QSqlQuery checkpoint(db);
    if (!checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")))
        return Error{QStringLiteral("Could not clear the write-ahead log: %1").arg(checkpoint.lastError().text())};
    return Done{};
}

Result<int> restampFutureMutations(Notebook &notebook, qint64 nowMs, qint64 toleranceMs)
{
    QSqlDatabase db = notebook.database().connection();
    WriteTransaction tx(db);
    if (!tx.began())
        return Error{QStringLiteral("Could not correct the clock of waiting changes: the database is busy.")};

    // Pull the clock back first; otherwise tick() would continue from the future value.
    HlcStamp rewound = notebook.clock().last();
    const qint64 limit = nowMs + toleranceMs;
    if (rewound.wallMs <= limit)
        return 0;
    rewound.wallMs = nowMs;
    rewound.counter = 0;
    if (Status s = exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES('hlc', ?) "
                                           "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                        {rewound.toString()});
        !s)
        return Error{s.errorMessage()};
    notebook.clock().load(db);

    QSqlQuery rows(db);
    rows.setForwardOnly(true);
    if (!rows.exec(QStringLiteral("SELECT mid, hlc FROM outbox ORDER BY mid")))
        return Error{QStringLiteral("Could not read the waiting changes: %1").arg(rows.lastError().text())};
    QList<QPair<qint64, QString>> future;
    while (rows.next()) {
        const auto stamp = HlcStamp::parse(rows.value(1).toString());
        if (stamp && stamp->wallMs > limit)
            future.append({rows.value(0).toLongLong(), rows.value(1).toString()});
    }
    rows.finish();
    for (const auto &[mid, oldHlc] : future) {
        const QString fresh = notebook.clock().tick(db).toString();
        if (Status s = exec(db, QStringLiteral("UPDATE outbox SET hlc = ? WHERE mid = ?"), {fresh, mid}); !s)
            return Error{s.errorMessage()};
        if (Status s = exec(db, QStringLiteral("UPDATE field_clock SET hlc = ? WHERE hlc = ?"), {fresh, oldHlc}); !s)
            return Error{s.errorMessage()};
    }
    if (Status s = tx.commit(); !s)
        return Error{s.errorMessage()};
    return int(future.size());
}

} // namespace rapport::LocalData
