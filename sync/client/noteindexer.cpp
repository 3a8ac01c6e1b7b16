#include "noteindexer.h"

#include "database.h"
#include "workerthread.h"

#include <QLoggingCategory>
#include <QThread>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace rapport {

NoteIndexer::NoteIndexer(Notebook *notebook, QObject *parent) : QObject(parent), m_notebook(notebook)
{
    m_thread = new QThread(this);
    m_thread->setObjectName(QString::fromLatin1(ThreadName));
    m_worker = new QObject;
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    // The thread's own connection closes on the thread, as it ends.
    connect(
        m_thread, &QThread::finished, m_thread,
        [database = m_notebook->database()] { database.closeThisThreadConnection(); }, Qt::DirectConnection);
    m_thread->start();
    m_retry.setSingleShot(true);
    m_retry.setInterval(1000);
    connect(&m_retry, &QTimer::timeout, this, &NoteIndexer::resume);
    if (!m_notebook->noteIndexComplete())
        m_progress = m_notebook->noteIndexProgress();
}

NoteIndexer::~NoteIndexer()
{
    m_thread->quit();
    m_thread->wait();
}

void NoteIndexer::setHeld(bool held)
{
    if (m_held == held)
        return;
    m_held = held;
    if (!held)
        resume();
}

void NoteIndexer::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    if (!paused)
        resume();
}

void NoteIndexer::resume()
{
    if (m_running || m_held || m_paused)
        return;
    const bool wasComplete = m_progress.complete;
    if (wasComplete && m_notebook->noteIndexComplete())
        return; // the usual case, without counting notes on this thread
    m_progress = m_notebook->noteIndexProgress();
    if (m_progress.complete != wasComplete || !m_progress.complete)
        Q_EMIT progressChanged();
    if (!m_progress.complete)
        runBatch();
}

void NoteIndexer::runBatch()
{
    m_running = true;
    Notebook *notebook = m_notebook;
    const int batch = m_batchSize;
    runOnWorker(
        m_worker, this,
        [notebook, batch] {
            const Result<Notebook::NoteIndexBatch> done = notebook->indexWaitingNotes(batch);
            return std::pair{done ? *done : Notebook::NoteIndexBatch{0, false},
                             done ? QString() : done.errorMessage()};
        },
        [this](const std::pair<Notebook::NoteIndexBatch, QString> &result) { onBatch(result.first, result.second); });
}

void NoteIndexer::onBatch(const Notebook::NoteIndexBatch &batch, const QString &error)
{
    m_running = false;
    if (!error.isEmpty()) {
        // Busy (a long write elsewhere) or a full disk: tried again shortly, nothing lost.
        qCWarning(lcSync) << "note indexing paused:" << error;
        m_retry.start();
        return;
    }
    // Counted once when indexing resumed, then added to batch by batch: counting every
    // note each batch would make indexing a large organisation quadratic. Notes that
    // arrived since only raise the total.
    m_progress.indexed += batch.indexed;
    m_progress.total = qMax(m_progress.total, m_progress.indexed);
    m_progress.complete = batch.complete;
    if (batch.complete)
        m_progress.indexed = m_progress.total;
    Q_EMIT progressChanged();
    if (m_progress.complete) {
        Q_EMIT finished();
        return;
    }
    if (!m_held && !m_paused)
        runBatch();
}

} // namespace rapport
