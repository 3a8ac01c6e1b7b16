#pragma once

namespace rapport::server::schema {

/** The schema version a database has after every migration step ran (PRAGMA user_version). */
int latestVersion();

/** The DDL that brings a database from version `version - 1` to `version` (1..latestVersion()). */
const char *step(int version);

} // namespace rapport::server::schema
