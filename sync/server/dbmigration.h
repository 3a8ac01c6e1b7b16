#pragma once

#include <QString>

#include <optional>

namespace rapport::server {

/**
 * `rapport-server migrate --from FILE --to CONNINFO`: copies an embedded (SQLite) database into an
 * empty PostgreSQL one in one transaction: every table, cursors and the change log as they are, so
 * devices continue with their tokens and cursors. Each table is checked (row count and a checksum
 * of every value) before the copy commits. Returns the report for people, or the error in
 * `problem` (nothing copied then).
 */
std::optional<QString> copySqliteToPostgres(const QString &from, const QString &to, QString *problem);

} // namespace rapport::server
