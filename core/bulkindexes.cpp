#include "bulkindexes.h"

#include "sqlutil.h"

#include <QSqlError>
#include <QSqlQuery>

namespace rapport::bulkindexes {

namespace {

const QString KeyPrefix = QStringLiteral("deferred_index:");

/** The (name, text) rows of a query run by sql::exec; a read that stops early is an error. */
Status readAll(QSqlQuery &query, QList<std::pair<QString, QString>> &rows)
{
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString()});
    if (query.lastError().isValid())
        return Error{query.lastError().text()};
    query.finish();
    return Done{};
}

} // namespace

bool deferred(const QSqlDatabase &db)
{
    const QVariant any = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM meta WHERE key >= ? AND key < ?)"),
                                     {KeyPrefix, KeyPrefix + QChar(0xffff)});
    return any.isValid() && any.toInt() == 1;
}

Status defer(const QSqlDatabase &db)
{
    if (deferred(db))
        return Done{};
    QSqlQuery query(db);
    if (Status s = sql::exec(query,
                             QStringLiteral("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
                                            "AND tbl_name IN ('client', 'note', 'follow_up') "
                                            "AND name NOT IN ('note_client_time', 'follow_up_client') ORDER BY name"));
        !s)
        return s;
    QList<std::pair<QString, QString>> indexes;
    if (Status s = readAll(query, indexes); !s)
        return s;
    for (const auto &[name, definition] : indexes) {
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
    QSqlQuery query(db);
    if (Status s = sql::exec(query, QStringLiteral("SELECT key, value FROM meta WHERE key >= ? AND key < ? ORDER BY key"),
                             {KeyPrefix, KeyPrefix + QChar(0xffff)});
        !s)
        return s;
    QList<std::pair<QString, QString>> indexes;
    if (Status s = readAll(query, indexes); !s)
        return s;
    for (const auto &[key, definition] : indexes) {
        const QString name = key.mid(KeyPrefix.size());
        const QVariant exists = sql::scalar(
            db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?)"), {name});
        if (exists.toInt() == 0) {
            if (Status s = sql::exec(db, definition); !s)
                return s;
        }
        if (Status s = sql::exec(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {key}); !s)
            return s;
    }
    return Done{};
}

Status restoreAtOpen(QSqlDatabase &db)
{
    const QVariant hasMeta = sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM sqlite_master "
                                                            "WHERE type = 'table' AND name = 'meta')"));
    if (hasMeta.toInt() == 0 || !deferred(db))
        return Done{}; // a new file, or nothing waits: the usual case costs two look-ups
    if (!db.transaction())
        return Error{QStringLiteral("Could not rebuild the indexes an interrupted first sync left out: %1")
                         .arg(db.lastError().text())};
    if (Status s = restore(db); !s) {
        db.rollback();
        return s;
    }
    if (!db.commit()) {
        const QString problem = db.lastError().text();
        db.rollback();
        return Error{QStringLiteral("Could not rebuild the indexes an interrupted first sync left out: %1").arg(problem)};
    }
    return Done{};
}

} // namespace rapport::bulkindexes
