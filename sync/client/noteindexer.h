#pragma once

#include "notebook.h"

#include <QObject>
#include <QTimer>

class QThread;

namespace rapport {

/**
 * Fills the note search index after a large pull left it behind (a fresh
 * device's first sync): one batch per transaction on its own thread with its
 * own database connection, so the app stays usable and searches find every
 * client and the notes indexed so far. How far it got is stored with each
 * batch, so an app killed meanwhile continues where it stopped. Held while a
 * pull runs (the pull comes first: clients are what people look for).
 */
class NoteIndexer : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool active READ active NOTIFY progressChanged)
    Q_PROPERTY(qint64 indexed READ indexed NOTIFY progressChanged)
    Q_PROPERTY(qint64 total READ total NOTIFY progressChanged)

public:
    /** The indexing thread's name, as debuggers and /proc show it (Linux keeps its first 15 characters). */
    static constexpr char ThreadName[] = "rapport-note-index";

    explicit NoteIndexer(Notebook *notebook, QObject *parent = nullptr);
    ~NoteIndexer() override;

    /** Notes indexed per transaction. */
    void setBatchSize(int notes) { m_batchSize = qMax(1, notes); }
    /** While held no new batch starts; releasing continues with what waits. */
    void setHeld(bool held);
    bool held() const { return m_held; }
    /** Paused from outside the engine (a test, the app in the background); held() stays the engine's. */
    void setPaused(bool paused);
    /** Looks for waiting notes (after a pull, at start) and indexes them unless held. */
    void resume();

    /** Notes wait for the index (or a batch runs). */
    bool active() const { return !m_progress.complete; }
    qint64 indexed() const { return m_progress.indexed; }
    qint64 total() const { return m_progress.total; }

Q_SIGNALS:
    void progressChanged();
    /** Every note is in the index (after at least one batch ran). */
    void finished();

private:
    void runBatch();
    void onBatch(const Notebook::NoteIndexBatch &batch, const QString &error);

    Notebook *m_notebook;
    QThread *m_thread = nullptr;
    QObject *m_worker = nullptr; // lives on m_thread
    QTimer m_retry;
    Notebook::NoteIndexProgress m_progress;
    int m_batchSize = 5000;
    bool m_held = false;
    bool m_paused = false;
    bool m_running = false;
};

} // namespace rapport
