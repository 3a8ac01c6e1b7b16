#include "dbmigration.h"

#include "pgconnection.h"
#include "sqlitedb.h"
#include "sqlstorage.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QStringList>

#include <cstring>

namespace rapport::server {

namespace {

struct Table
{
    const char *name;
    const char *columns;
    const char *order; // the primary key: rows are copied in this order
};

// Parents before children (foreign keys). Every column of SQLite's newest schema is copied;
// change_log's cursors keep their meaning (see cursor_base below).
const Table kTables[] = {
    {"org", "id, name, created_ms", "id"},
    {"store", "id, org_id, name, address", "id"},
    {"staff", "id, org_id, store_id, login, name, role, password_hash, active", "id"},
    {"device", "id, staff_id, name, token_sha256, created_ms, last_seen_ms, revoked, clock_id", "id"},
    {"device_state", "device_id, last_mid", "device_id"},
    {"record", "id, entity, org_id, client_id, deleted, deleted_ms, hlc", "id"},
    {"record_field", "id, field, value, hlc", "id, field"},
    {"change_log", "cursor, org_id, entity, id, op, hlc, device_id, fields, time_ms", "cursor"},
    {"erased", "org_id, id, time_ms", "org_id, id"},
    {"org_horizon", "org_id, cursor", "org_id"},
    {"meta", "key, value", "key"},
    {"activity", "seq, org_id, time_ms, staff_id, staff_name, kind, summary, subject_id, report_id", "seq"},
};

int columnCount(const char *columns)
{
    return static_cast<int>(QString::fromLatin1(columns).count(QLatin1Char(','))) + 1;
}

/** Rows and an order-independent checksum of every value (NULL apart from ""), per table. */
struct Summary
{
    qint64 rows = 0;
    quint64 sum[4] = {0, 0, 0, 0};

    void add(const Statement &row, int columns)
    {
        QCryptographicHash hash(QCryptographicHash::Sha256);
        for (int c = 0; c < columns; ++c) {
            if (row.isNull(c)) {
                hash.addData(QByteArrayView("\x01N", 2));
            } else {
                const QByteArray value = row.text(c).toUtf8();
                hash.addData(QByteArrayView("\x01V", 2));
                hash.addData(QByteArray::number(value.size()));
                hash.addData(QByteArrayView(":", 1));
                hash.addData(value);
            }
        }
        const QByteArray digest = hash.result();
        for (int i = 0; i < 4; ++i) {
            quint64 part = 0;
            std::memcpy(&part, digest.constData() + 8 * i, 8);
            sum[i] += part;
        }
        ++rows;
    }
    bool operator==(const Summary &other) const
    {
        return rows == other.rows && std::memcmp(sum, other.sum, sizeof sum) == 0;
    }
    QString checksum() const
    {
        return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(sum), sizeof sum).toHex().left(16));
    }
};

Summary summarise(SqlConnection &db, const Table &table)
{
    Summary summary;
    Statement s(db, (std::string("SELECT ") + table.columns + " FROM " + table.name).c_str());
    while (s.step())
        summary.add(s, columnCount(table.columns));
    return summary;
}

} // namespace

std::optional<QString> copySqliteToPostgres(const QString &from, const QString &to, QString *problem)
{
    if (from.isEmpty() || to.isEmpty()) {
        *problem = QStringLiteral("migrate needs --from FILE (the SQLite database) and --to CONNINFO (an empty "
                                  "PostgreSQL database: postgresql://… or host=… dbname=…).");
        return std::nullopt;
    }
    if (!QFileInfo(from).isFile()) {
        *problem = QStringLiteral("There is no SQLite database \"%1\"; nothing was copied.").arg(from);
        return std::nullopt;
    }
    if (!isPostgresConnectionString(to)) {
        *problem = QStringLiteral("--to must name a PostgreSQL database (postgresql://…, postgres://… or a libpq "
                                  "\"host=… dbname=…\" string), not \"%1\".").arg(to);
        return std::nullopt;
    }
    try {
        // Both schemas up to date first: the source as every command would, the target created.
        {
            SqliteStorage source(from);
            if (auto e = source.migrate()) {
                *problem = e->message;
                return std::nullopt;
            }
            SqlStorage target(std::make_unique<PgConnection>(to));
            if (auto e = target.migrate()) {
                *problem = e->message;
                return std::nullopt;
            }
        }
        SqliteConnection source(from);
        PgConnection target(to);
        // One snapshot of the source (a server may still be running on it) and one target transaction.
        ReadTransaction read(source);
        WriteTransaction write(target);
        QStringList filled;
        for (const Table &table : kTables) {
            Statement count(target, (std::string("SELECT count(*) FROM ") + table.name).c_str());
            if (count.step() && count.integer(0) > 0)
                filled.append(QStringLiteral("%1 (%2 rows)").arg(QString::fromLatin1(table.name)).arg(count.integer(0)));
        }
        if (!filled.isEmpty()) {
            *problem = QStringLiteral("The target database is not empty: %1. migrate copies into an empty database "
                                      "only; nothing was copied.").arg(filled.join(QStringLiteral(", ")));
            return std::nullopt;
        }

        QStringList report;
        qint64 maxCursor = 0;
        for (const Table &table : kTables) {
            const int columns = columnCount(table.columns);
            QStringList placeholders;
            for (int c = 1; c <= columns; ++c)
                placeholders.append(QStringLiteral("?%1").arg(c));
            const bool changeLog = std::strcmp(table.name, "change_log") == 0;
            // Copied changes all carry this transaction's id: older than any change written later.
            const std::string insert = std::string("INSERT INTO ") + table.name + "(" + table.columns
                + (changeLog ? ", xid" : "") + ") VALUES (" + placeholders.join(QStringLiteral(", ")).toStdString()
                + (changeLog ? ", pg_current_xact_id()" : "") + ")";
            Summary copied;
            Statement rows(source, (std::string("SELECT ") + table.columns + " FROM " + table.name + " ORDER BY "
                                    + table.order).c_str());
            while (rows.step()) {
                Statement put(target, insert.c_str());
                for (int c = 0; c < columns; ++c) {
                    if (rows.isNull(c))
                        put.bindNull(c + 1);
                    else
                        put.bind(c + 1, rows.text(c));
                }
                put.run();
                copied.add(rows, columns);
                if (changeLog)
                    maxCursor = std::max(maxCursor, rows.integer(0));
            }
            const Summary landed = summarise(target, table);
            if (!(landed == copied)) {
                *problem = QStringLiteral("The copy of %1 does not match the source (%2 rows, checksum %3; the copy has "
                                          "%4 rows, checksum %5); nothing was copied.")
                               .arg(QString::fromLatin1(table.name)).arg(copied.rows).arg(copied.checksum())
                               .arg(landed.rows).arg(landed.checksum());
                return std::nullopt;
            }
            report.append(QStringLiteral("%1: %2 rows, checksum %3 matches")
                              .arg(QString::fromLatin1(table.name), -12).arg(copied.rows).arg(copied.checksum()));
        }
        // New cursors start above every copied one, so a device's cursor keeps its meaning.
        Statement(target, "UPDATE server_state SET cursor_base = ?").bind(1, maxCursor / 1048576 + 1).run();
        // Activity entries copied with their seq: new ones continue after them.
        target.exec("SELECT setval(pg_get_serial_sequence('activity', 'seq'), "
                    "coalesce((SELECT max(seq) FROM activity), 0) + 1, false)");
        write.commit();
        report.append(QStringLiteral("Copied %1 into %2; devices continue with their sessions and cursors.")
                          .arg(from, target.describe()));
        return report.join(QLatin1Char('\n'));
    } catch (const DbFailure &e) {
        *problem = QStringLiteral("The copy failed, nothing was copied: %1").arg(QString::fromUtf8(e.what()));
        return std::nullopt;
    }
}

} // namespace rapport::server
