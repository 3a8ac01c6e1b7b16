#pragma once

#include "clockoffset.h"
#include "notebook.h"
#include "serverprocess.h"
#include "syncengine.h"

#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace rapport::test {

/**
 * One tablet or desktop: its own data directory, notebook and sync engine.
 * Automatic triggers are off so each test decides when a device syncs.
 */
class Device
{
public:
    explicit Device(const QString &name, qint64 clockSkewMs = 0);
    ~Device();

    Notebook &notebook() { return *m_notebook; }
    SyncEngine &engine() { return *m_engine; }
    QString dataDir() const { return m_dir.path(); }
    QString name() const { return m_name; }

    /** Signs in and waits for the first sync; returns the error text ("" on success). */
    QString signIn(const QString &url, const Login &login);
    /** One push + pull cycle; true when it completed. */
    bool sync(int timeoutMs = 60000);
    /** Syncs until a cycle succeeds (faults make some fail); false if it never does. */
    bool syncUntilOk(int attempts = 30);

    /**
     * Closes the notebook and sync engine, lets `betweenRuns` change the files
     * (given the database path), and opens both again, still signed in: an app
     * restart, or an upgrade that finds an older database.
     */
    void reopen(const std::function<void(const QString &dbPath)> &betweenRuns = {});

    /** The database file, its WAL and shared memory, concatenated (for byte searches). */
    QByteArray fileBytes() const;

private:
    QString m_name;
    QTemporaryDir m_dir;
    std::shared_ptr<ClockOffset> m_clock;
    std::unique_ptr<Notebook> m_notebook;
    std::unique_ptr<SyncEngine> m_engine;
    void open();
};

/** Every live synced row of a notebook in a canonical text form (local-only columns and tombstones left out). */
QString snapshot(Notebook &notebook);

/** Where two snapshots first differ, with some context (for failure messages). */
QString firstDifference(const QString &a, const QString &b);

/** Spins the event loop until `done()` or the timeout; returns done(). */
bool waitFor(const std::function<bool()> &done, int timeoutMs = 30000);

} // namespace rapport::test
