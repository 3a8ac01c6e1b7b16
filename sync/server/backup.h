#pragma once

#include <QString>

#include <functional>

namespace rapport::server {

struct BackupOptions
{
    QString database; // --db: the server's SQLite file (or a postgresql:// connection, refused)
    QString target;   // --to
    bool force = false;
    int pagesPerStep = 256;
    int pauseMs = 2; // between steps, so the copy does not hog the disk the server writes to
};

struct BackupOutcome
{
    bool ok = false;
    QString message; // the error, or what was copied
    long long pages = 0;
    long long bytes = 0;
};

/**
 * `rapport-server backup`: copies the embedded database with SQLite's online backup API while
 * the server keeps serving. The copy is one consistent snapshot: the source connection holds a
 * read transaction for the whole copy, which in WAL mode never blocks the server's writers (the
 * WAL only cannot be checkpointed past that snapshot until the copy ends). Pages are copied in
 * steps into a new 0600 file beside the target, checked with integrity_check, synced, and only
 * then renamed over the target, so a failed backup never leaves a half-written file or damages an
 * earlier one.
 */
BackupOutcome backupDatabase(const BackupOptions &options);

/** True for a PostgreSQL connection URI (postgresql:// or postgres://). */
bool isPostgresUri(const QString &database);

} // namespace rapport::server
