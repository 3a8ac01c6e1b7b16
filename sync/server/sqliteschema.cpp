// The server schema as numbered steps keyed on PRAGMA user_version. A step is never edited once
// released: a change is a new step, so every older file comes up the same way as a new one.
#include "sqliteschema.h"

#include <iterator>

namespace rapport::server::schema {

namespace {

const char *const kSteps[] = {
    // 1: the first released schema.
    R"sql(
CREATE TABLE IF NOT EXISTS org(id TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, created_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS store(id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES org(id),
    name TEXT NOT NULL, address TEXT NOT NULL DEFAULT '');
CREATE TABLE IF NOT EXISTS staff(id TEXT PRIMARY KEY, org_id TEXT NOT NULL REFERENCES org(id),
    store_id TEXT NOT NULL REFERENCES store(id), login TEXT NOT NULL UNIQUE, name TEXT NOT NULL,
    role TEXT NOT NULL, password_hash TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS device(id TEXT PRIMARY KEY, staff_id TEXT NOT NULL REFERENCES staff(id),
    name TEXT NOT NULL, token_sha256 TEXT UNIQUE, created_ms INTEGER NOT NULL,
    last_seen_ms INTEGER NOT NULL, revoked INTEGER NOT NULL DEFAULT 0);
CREATE TABLE IF NOT EXISTS device_state(device_id TEXT PRIMARY KEY REFERENCES device(id),
    last_mid INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS change_log(cursor INTEGER PRIMARY KEY AUTOINCREMENT, org_id TEXT NOT NULL,
    entity TEXT NOT NULL, id TEXT NOT NULL, op TEXT NOT NULL, hlc TEXT NOT NULL, device_id TEXT,
    fields TEXT NOT NULL, time_ms INTEGER NOT NULL);
CREATE INDEX IF NOT EXISTS change_log_org ON change_log(org_id, cursor);
CREATE INDEX IF NOT EXISTS change_log_id ON change_log(id);
CREATE TABLE IF NOT EXISTS record(id TEXT PRIMARY KEY, entity TEXT NOT NULL, org_id TEXT NOT NULL,
    client_id TEXT, deleted INTEGER NOT NULL DEFAULT 0, deleted_ms INTEGER);
CREATE INDEX IF NOT EXISTS record_client ON record(client_id);
CREATE TABLE IF NOT EXISTS record_field(id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL,
    hlc TEXT NOT NULL, PRIMARY KEY(id, field)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS erased(id TEXT PRIMARY KEY, org_id TEXT NOT NULL, time_ms INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT NOT NULL);
)sql",
    // 2: device clock ids (NULL on devices signed in before: learnt from their first push),
    // deactivated staff, a tombstone horizon per organisation (each starts at the old global one,
    // the only safe value), erase markers per organisation (the same id may be erased in two).
    R"sql(
ALTER TABLE device ADD COLUMN clock_id TEXT;
ALTER TABLE staff ADD COLUMN active INTEGER NOT NULL DEFAULT 1;
CREATE TABLE org_horizon(org_id TEXT PRIMARY KEY REFERENCES org(id), cursor INTEGER NOT NULL);
INSERT INTO org_horizon(org_id, cursor)
    SELECT org.id, CAST(meta.value AS INTEGER) FROM org, meta WHERE meta.key = 'horizon_cursor';
DELETE FROM meta WHERE key = 'horizon_cursor';
CREATE TABLE erased_by_org(org_id TEXT NOT NULL, id TEXT NOT NULL, time_ms INTEGER NOT NULL,
    PRIMARY KEY(org_id, id)) WITHOUT ROWID;
INSERT INTO erased_by_org(org_id, id, time_ms) SELECT org_id, id, time_ms FROM erased;
DROP TABLE erased;
ALTER TABLE erased_by_org RENAME TO erased;
DROP INDEX record_client;
CREATE INDEX record_org_client ON record(org_id, client_id);
CREATE INDEX change_log_org_id ON change_log(org_id, id);
DROP INDEX change_log_id;
)sql",
    // 3: the activity trail managers read (GET /v1/activity): who did what and when. The name is
    // kept as it was then, so the trail still reads after a rename; report_id makes a device's
    // retried report of an import or export count once.
    R"sql(
CREATE TABLE activity(seq INTEGER PRIMARY KEY AUTOINCREMENT, org_id TEXT NOT NULL, time_ms INTEGER NOT NULL,
    staff_id TEXT NOT NULL, staff_name TEXT NOT NULL, kind TEXT NOT NULL, summary TEXT NOT NULL,
    subject_id TEXT NOT NULL, report_id TEXT UNIQUE);
CREATE INDEX activity_org ON activity(org_id, seq);
CREATE INDEX activity_org_kind ON activity(org_id, kind, seq);
)sql",
    // 4: one clock per record (docs/ARCHITECTURE.md, The server's storage): `record.hlc` is the
    // clock most of its fields share (the newest of a tie); a field stores its own clock only
    // where it differs, NULL otherwise. SQLite cannot drop NOT NULL in place, so record_field is
    // rebuilt; both statements walk the primary keys once (set-based, no per-row code).
    R"sql(
ALTER TABLE record ADD COLUMN hlc TEXT NOT NULL DEFAULT '';
UPDATE record SET hlc = coalesce((SELECT f.hlc FROM record_field f WHERE f.id = record.id
    GROUP BY f.hlc ORDER BY count(*) DESC, f.hlc DESC LIMIT 1), '');
CREATE TABLE record_field_row_clock(id TEXT NOT NULL, field TEXT NOT NULL, value TEXT NOT NULL, hlc TEXT,
    PRIMARY KEY(id, field)) WITHOUT ROWID;
INSERT INTO record_field_row_clock(id, field, value, hlc)
    SELECT f.id, f.field, f.value, nullif(f.hlc, (SELECT r.hlc FROM record r WHERE r.id = f.id))
    FROM record_field f ORDER BY f.id, f.field;
DROP TABLE record_field;
ALTER TABLE record_field_row_clock RENAME TO record_field;
)sql",
};

} // namespace

int latestVersion()
{
    return static_cast<int>(std::size(kSteps));
}

const char *step(int version)
{
    return kSteps[version - 1];
}

} // namespace rapport::server::schema
