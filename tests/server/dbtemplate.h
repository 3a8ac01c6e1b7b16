#pragma once

#include <QString>

#include <functional>

/**
 * Databases that tests start from, made once for each build of rapport-server and each `key`, then
 * copied for every test: a SQLite file by copying the file, a PostgreSQL database as
 * CREATE DATABASE ... TEMPLATE (PgTestDatabase::FromTemplate). Making one runs admin commands of
 * the server, which hash passwords (about 0.2 s each); the copies are the same data but for a
 * random id or two the tests do not depend on. Test processes running side by side take turns
 * making them (a lock file in `dir`), and a new build of the server makes new ones.
 */
namespace dbtemplate {

/** Where the server binary is and where templates are kept. */
struct Place
{
    QString dir;          // in the build tree
    QString serverBinary; // its build time and size name the templates it made
};

/** The path of a SQLite file `make(path)` filled; copy it, never open it. */
QString sqlite(const Place &place, const QString &key, const std::function<void(const QString &db)> &make);

/**
 * The name of a database in this run's PostgreSQL cluster that `make(conninfo)` filled (ends the
 * test as skipped when the cluster did not start).
 */
QString postgres(const Place &place, const QString &key, const std::function<void(const QString &conninfo)> &make);

} // namespace dbtemplate
