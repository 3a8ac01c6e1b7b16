#include "bulkindexes.h"

#include "database.h"
#include "logging.h"
#include "sqlutil.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace rapport::bulkindexes {

namespace {

const QString KeyPrefix = QStringLiteral("deferred_index:");
const QString RecordRange = QStringLiteral("key >= ? AND key < ?");
const QVariantList RecordBounds{KeyPrefix, KeyPrefix + QChar(0xffff)};

/** The two text columns of every row `statement` reads. */
Result<QList<std::pair<QString, QString>>> pairsOf(const QSqlDatabase &db, const QString &statement,
                                                  const QVariantList &binds = {})
{
    QSqlQuery query(db);
    if (Status s = sql::exec(query, statement, binds); !s)
        return Error{s.errorMessage()};
    QList<std::pair<QString, QString>> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString()});
    if (query.lastError().isValid())
        return Error{query.lastError().text()};
    return rows;
}

/** The table a recorded `CREATE INDEX name ON table(...)` indexes (empty when it reads otherwise). */
QString tableOf(const QString &definition)
{
    static const QRegularExpression on(QStringLiteral("\\sON\\s+\"?(\\w+)\"?\\s*\\("),
                                       QRegularExpression::CaseInsensitiveOption);
    return on.match(definition).captured(1);
}

/** Builds a recorded index unless the notebook has it already. */
Status build(const QSqlDatabase &db, const QString &key, const QString &definition)
{
    const QVariant exists =
        sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)"),
                    {key.mid(KeyPrefix.size())});
    return exists.toInt() == 0 ? sql::exec(db, definition) : Status(Done{});
}

/**
 * While it lives, SQLite sorts an index build's keys with a helper thread beside the
 * connection's (each sorts its share in memory of the page cache's size, then they are
 * merged): the last page builds every index at once, and nothing else runs on the device then.
 */
class SorterThreads
{
public:
    explicit SorterThreads(const QSqlDatabase &db) : m_db(db)
    {
        if (QThread::idealThreadCount() > 1 && !sql::exec(m_db, QStringLiteral("PRAGMA threads = 1")))
            qCWarning(lcCore) << "building the indexes without a helper thread";
    }
    ~SorterThreads()
    {
        if (!sql::exec(m_db, QStringLiteral("PRAGMA threads = 0")))
            qCWarning(lcCore) << "could not end the index builds' helper thread";
    }
    Q_DISABLE_COPY_MOVE(SorterThreads)

private:
    QSqlDatabase m_db;
};

} // namespace

bool deferred(const QSqlDatabase &db)
{
    const QVariant any =
        sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM meta WHERE %1)").arg(RecordRange), RecordBounds);
    return any.isValid() && any.toInt() == 1;
}

Status defer(const QSqlDatabase &db)
{
    if (deferred(db))
        return Done{};
    const auto indexes =
        pairsOf(db, QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                   "AND tbl_name IN ('client', 'note', 'follow_up') "
                                   "AND name <> 'follow_up_client' ORDER BY name"));
    if (!indexes)
        return Error{indexes.errorMessage()};
    for (const auto &[name, definition] : *indexes) {
        if (Status s = sql::exec(db, QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?)"),
                                 {KeyPrefix + name, definition});
            !s)
            return s;
        if (Status s = sql::exec(db, QStringLiteral("DROP INDEX \"%1\"").arg(name)); !s)
            return s;
    }
    return Done{};
}

Status restore(const QSqlDatabase &db)
{
    const auto recorded =
        pairsOf(db, QStringLiteral("SELECT key, value FROM meta WHERE %1 ORDER BY key").arg(RecordRange), RecordBounds);
    if (!recorded)
        return Error{recorded.errorMessage()};
    if (recorded->isEmpty())
        return Done{};
    const SorterThreads sorting(db);
    // The clients' indexes come after their last seen is written: built before, each of the
    // update's rows would move its entries in the indexes on last seen.
    QList<std::pair<QString, QString>> clientIndexes;
    for (const auto &[key, definition] : *recorded) {
        if (tableOf(definition) == QLatin1String("client"))
            clientIndexes.append({key, definition});
        else if (Status s = build(db, key, definition); !s)
            return s;
    }
    // Each client's last seen, from its newest note: one walk of the clients in key order, each
    // reading its newest note through note_client_time (just built), where the pages would have
    // moved it note by note.
    if (Status s = sql::exec(db, QStringLiteral("UPDATE client SET (last_seen_at, last_seen_by, last_seen_store_id) = "
                                                "(SELECT created_at, author_id, store_id FROM note "
                                                "WHERE client_id = client.id AND deleted = 0 "
                                                "ORDER BY created_at DESC LIMIT 1)"));
        !s)
        return s;
    for (const auto &[key, definition] : clientIndexes) {
        if (Status s = build(db, key, definition); !s)
            return s;
    }
    return sql::exec(db, QStringLiteral("DELETE FROM meta WHERE %1").arg(RecordRange), RecordBounds);
}

Status restoreAtOpen(QSqlDatabase &db)
{
    const QVariant hasMeta = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM sqlite_master "
                                                            "WHERE type = 'table' AND name = 'meta')"));
    if (hasMeta.toInt() == 0 || !deferred(db))
        return Done{}; // a new file, or nothing waits: the usual case costs two look-ups
    WriteTransaction transaction(db);
    if (!transaction.began())
        return Error{QStringLiteral("Could not rebuild the indexes an interrupted first sync left out: "
                                    "the notebook is busy. Close other copies of the app and open it again.")};
    if (Status s = restore(db); !s)
        return s;
    return transaction.commit();
}

} // namespace rapport::bulkindexes
