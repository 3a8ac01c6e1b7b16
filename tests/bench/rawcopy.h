#pragma once

#include <QString>

#include <string>
#include <vector>

namespace bench {

/** One column value as sqlite3 returned it. */
struct Cell
{
    int type = 0; // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL
    long long integer = 0;
    double real = 0;
    std::string text;
};

struct TableRows
{
    std::string table;
    std::vector<std::string> columns;
    std::vector<std::vector<Cell>> rows;
};

/**
 * Every row a device stores for synced data (records, field clocks, search
 * index, pull cursor), read into memory from a notebook file. The baseline
 * loads these same rows into an empty notebook.
 */
std::vector<TableRows> readSyncedRows(const QString &dbPath);

/** Records among them (stores, staff, clients, notes, follow-ups, conflicts): what "rows/s" counts. */
long long recordCount(const std::vector<TableRows> &tables);

/**
 * Inserts `tables` into the notebook file at `dbPath` (already migrated, empty)
 * through the raw sqlite3 API: one transaction, cached prepared statements, the
 * app's pragmas. Returns the seconds it took, commit included.
 */
double rawLoadSeconds(const QString &dbPath, const std::vector<TableRows> &tables);

/** Which search indexes a minimal load writes beside the client and note rows. */
enum class MinimalIndexes { ClientOnly, Every };

/**
 * The least a device could write for the same clients and notes: their rows
 * (without the row clock columns) and the chosen search index rows, through the
 * raw sqlite3 API in one transaction into the empty notebook file at `dbPath`
 * (already migrated), with no field clocks, outbox, cursor or other sync
 * bookkeeping. Returns the seconds it took, commit included.
 */
double minimalLoadSeconds(const QString &dbPath, const std::vector<TableRows> &tables, MinimalIndexes indexes);

/** Client and note records among `tables`. */
long long clientAndNoteCount(const std::vector<TableRows> &tables);

} // namespace bench
