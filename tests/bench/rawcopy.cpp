#include "rawcopy.h"

#include "sqlite.h"

#include <QElapsedTimer>

#include <algorithm>

namespace bench {

namespace {

const char *const recordTables[] = {"store", "staff", "client", "note", "follow_up", "conflict"};

TableRows readTable(sqlite3 *db, const std::string &table, bool withRowid)
{
    TableRows out;
    out.table = table;
    const std::string sql = std::string("SELECT ") + (withRowid ? "rowid, * FROM " : "* FROM ") + table;
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK)
        throw std::runtime_error(std::string("cannot read ") + table + ": " + sqlite3_errmsg(db));
    const int columns = sqlite3_column_count(stmt);
    for (int c = 0; c < columns; ++c)
        out.columns.emplace_back(sqlite3_column_name(stmt, c));
    while (sqlite3_step(stmt) == SQLITE_ROW) {
        std::vector<Cell> row(static_cast<size_t>(columns));
        for (int c = 0; c < columns; ++c) {
            Cell &cell = row[size_t(c)];
            cell.type = sqlite3_column_type(stmt, c);
            if (cell.type == SQLITE_INTEGER)
                cell.integer = sqlite3_column_int64(stmt, c);
            else if (cell.type == SQLITE_FLOAT)
                cell.real = sqlite3_column_double(stmt, c);
            else if (cell.type != SQLITE_NULL)
                cell.text.assign(reinterpret_cast<const char *>(sqlite3_column_text(stmt, c)),
                                 size_t(sqlite3_column_bytes(stmt, c)));
        }
        out.rows.push_back(std::move(row));
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

std::vector<TableRows> readSyncedRows(const QString &dbPath)
{
    sqlite3 *db = openRaw(dbPath);
    std::vector<TableRows> tables;
    for (const char *table : recordTables)
        tables.push_back(readTable(db, table, false));
    tables.push_back(readTable(db, "field_clock", false));
    tables.push_back(readTable(db, "client_fts", true));
    tables.push_back(readTable(db, "note_fts", true));
    TableRows cursor = readTable(db, "meta", false);
    cursor.table = "meta"; // the pull cursor, and whatever else the notebook keeps there
    tables.push_back(std::move(cursor));
    sqlite3_close(db);
    return tables;
}

long long recordCount(const std::vector<TableRows> &tables)
{
    long long n = 0;
    for (const TableRows &t : tables) {
        for (const char *table : recordTables) {
            if (t.table == table)
                n += static_cast<long long>(t.rows.size());
        }
    }
    return n;
}

namespace {

/** Inserts the rows of `t`, leaving out the columns `skip` names. */
void insertRows(sqlite3 *db, const TableRows &t, const std::vector<std::string> &skip = {})
{
    std::string columns, marks;
    std::vector<size_t> kept;
    for (size_t c = 0; c < t.columns.size(); ++c) {
        if (std::find(skip.begin(), skip.end(), t.columns[c]) != skip.end())
            continue;
        kept.push_back(c);
        columns += (columns.empty() ? "" : ", ") + t.columns[c];
        marks += marks.empty() ? "?" : ", ?";
    }
    // meta already holds the new notebook's own keys (device id, schema); the copy overwrites them.
    const std::string verb = t.table == "meta" ? "INSERT OR REPLACE INTO " : "INSERT INTO ";
    Statement insert(db, (verb + t.table + "(" + columns + ") VALUES(" + marks + ")").c_str());
    for (const std::vector<Cell> &row : t.rows) {
        for (size_t k = 0; k < kept.size(); ++k) {
            const Cell &cell = row[kept[k]];
            const int index = int(k) + 1;
            if (cell.type == SQLITE_INTEGER)
                insert.bind(index, qint64(cell.integer));
            else if (cell.type == SQLITE_FLOAT)
                insert.bind(index, qint64(cell.real)); // no REAL columns in the schema
            else if (cell.type == SQLITE_NULL)
                insert.bindNull(index);
            else
                insert.bind(index, cell.text);
        }
        insert.step();
        insert.reset();
    }
}

} // namespace

double rawLoadSeconds(const QString &dbPath, const std::vector<TableRows> &tables)
{
    sqlite3 *db = openRaw(dbPath);
    QElapsedTimer timer;
    timer.start();
    execute(db, "BEGIN IMMEDIATE");
    for (const TableRows &t : tables)
        insertRows(db, t);
    execute(db, "COMMIT");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

double minimalLoadSeconds(const QString &dbPath, const std::vector<TableRows> &tables, MinimalIndexes indexes)
{
    sqlite3 *db = openRaw(dbPath);
    QElapsedTimer timer;
    timer.start();
    execute(db, "BEGIN IMMEDIATE");
    for (const TableRows &t : tables) {
        const bool wanted = t.table == "client" || t.table == "note" || t.table == "client_fts"
            || (t.table == "note_fts" && indexes == MinimalIndexes::Every);
        if (wanted)
            insertRows(db, t, {"row_hlc", "row_clocked"}); // a record's clock is sync bookkeeping
    }
    execute(db, "COMMIT");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    sqlite3_close(db);
    return seconds;
}

long long clientAndNoteCount(const std::vector<TableRows> &tables)
{
    long long n = 0;
    for (const TableRows &t : tables) {
        if (t.table == "client" || t.table == "note")
            n += static_cast<long long>(t.rows.size());
    }
    return n;
}

} // namespace bench
