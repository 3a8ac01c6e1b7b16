// The device's side of GET /v1/snapshot (docs/ARCHITECTURE.md, Snapshot): a device with no pull
// cursor loads the organisation's current state page by page, then pulls what changed meanwhile.
#include "syncengine.h"

#include "protocol/snapshot.h"

#include <QLoggingCategory>
#include <QUrlQuery>

#include <map>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace rapport {

namespace {

/**
 * A snapshot entry as upserts the notebook merges like pulled changes: the fields written at the
 * entry's clock first (the record's row clock), then one upsert per other clock, so the device
 * keeps a clock row only for the fields whose clock differs from the row's.
 */
void appendRecords(QList<Notebook::RemoteChange> &records, const protocol::SnapshotEntry &entry)
{
    const QString upsert = QStringLiteral("upsert");
    if (entry.clocks.isEmpty()) {
        records.append(Notebook::RemoteChange{entry.entity, entry.id, upsert, entry.hlc, entry.fields});
        return;
    }
    QJsonObject atRow;
    std::map<QString, QJsonObject> atOther; // clock -> fields, in clock order
    for (auto it = entry.fields.begin(); it != entry.fields.end(); ++it) {
        const auto clock = entry.clocks.constFind(it.key());
        if (clock == entry.clocks.cend())
            atRow.insert(it.key(), it.value());
        else
            atOther[*clock].insert(it.key(), it.value());
    }
    if (!atRow.isEmpty())
        records.append(Notebook::RemoteChange{entry.entity, entry.id, upsert, entry.hlc, atRow});
    for (const auto &[clock, fields] : atOther)
        records.append(Notebook::RemoteChange{entry.entity, entry.id, upsert, clock, fields});
}

} // namespace

QList<Notebook::RemoteChange> SyncEngine::snapshotChanges(const QList<protocol::SnapshotEntry> &entries)
{
    QList<Notebook::RemoteChange> records;
    records.reserve(entries.size());
    for (const protocol::SnapshotEntry &entry : entries)
        appendRecords(records, entry);
    return records;
}

void SyncEngine::snapshotStep()
{
    transition(Phase::Snapshot, "no pull cursor: loading the organisation's current state");
    resetPull();
    // An app stopped mid-snapshot goes on after the last page it applied.
    const Notebook::SnapshotProgress stored = m_notebook->snapshotProgress();
    m_snapshotAfter = stored.next;
    m_snapshotTotal = stored.total;
    m_snapshotReceived = stored.applied;
    m_pulledCount = stored.applied;
    Q_EMIT pullProgressChanged();
    if (!stored.next.isEmpty())
        qCInfo(lcSync) << "resuming the snapshot after" << stored.applied << "of" << stored.total << "records";
    fetchSnapshotPage();
}

void SyncEngine::fetchSnapshotPage()
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(qMin(m_snapshotPageSize, protocol::kMaxSnapshotLimit)));
    if (!m_snapshotAfter.isEmpty())
        query.addQueryItem(protocol::key::after, m_snapshotAfter);
    m_fetching = true;
    const quint64 generation = m_pullGeneration;
    // Compression: Qt asks for the codings it can decode (zstd and deflate among them where it was
    // built with them) and decodes the answer itself.
    send("GET", QStringLiteral("/v1/snapshot?") + query.toString(QUrl::FullyEncoded), {}, true,
         [this, generation](const Reply &reply) {
             if (generation == m_pullGeneration && m_phase == Phase::Snapshot)
                 onSnapshotPage(reply);
         });
}

void SyncEngine::onSnapshotPage(const Reply &reply)
{
    m_fetching = false;
    if (reply.status != 200) {
        if (m_applying) {
            m_pullFailure = reply; // handled once the running apply ends
            return;
        }
        snapshotFailed(reply);
        return;
    }
    const auto parsed = protocol::parseSnapshotPage(reply.json);
    const protocol::SnapshotPage *page = std::get_if<protocol::SnapshotPage>(&parsed);
    if (!page) {
        qCWarning(lcSync) << "snapshot page refused:" << std::get<protocol::WireError>(parsed).message;
        Reply refused = reply;
        refused.status = 0;
        refused.networkError = true;
        refused.transportProblem = {SyncError::MalformedPage};
        if (m_applying)
            m_pullFailure = refused;
        else
            finishCycle(false, refused.transportProblem);
        return;
    }
    if (page->total)
        m_snapshotTotal = *page->total;
    m_snapshotReceived += page->entries.size();
    SnapshotStep step;
    step.records = snapshotChanges(page->entries);
    step.entries = page->entries.size();
    step.progress = {page->hasMore ? page->next : QString(), m_snapshotReceived, m_snapshotTotal};
    step.cursor = page->cursor;
    m_snapshotAfter = page->next;
    m_fetchDone = !page->hasMore;
    m_snapshotWaiting = std::move(step);
    advanceSnapshot();
}

void SyncEngine::advanceSnapshot()
{
    if (!m_applying && m_snapshotWaiting) {
        m_applying = true;
        SnapshotStep step = *std::exchange(m_snapshotWaiting, std::nullopt);
        m_applyingCount = step.entries;
        const quint64 generation = m_pullGeneration;
        QPointer<SyncEngine> self(this);
        Notebook *notebook = m_notebook;
        QMetaObject::invokeMethod(m_applier, [self, notebook, step = std::move(step), generation] {
            const Status applied = notebook->applySnapshotPage(step.records, step.progress, step.cursor);
            const QString error = applied ? QString() : applied.errorMessage();
            QMetaObject::invokeMethod(
                self.data(),
                [self, generation, error] {
                    if (self)
                        self->onSnapshotApplied(generation, error);
                },
                Qt::QueuedConnection);
        });
    }
    if (!m_fetchDone && !m_fetching && !m_pullFailure && !m_snapshotWaiting)
        fetchSnapshotPage();
    if (m_fetchDone && !m_fetching && !m_applying && !m_snapshotWaiting) {
        // Every page is in, with the pull cursor the snapshot was taken at: what was committed
        // while it streamed comes with an ordinary pull.
        m_snapshotTotal = 0;
        startPull("snapshot applied: pulling what changed during it");
    }
}

void SyncEngine::onSnapshotApplied(quint64 generation, const QString &error)
{
    if (generation != m_pullGeneration)
        return;
    m_applying = false;
    if (!error.isEmpty()) {
        finishCycle(false, {SyncError::StoreFailed, {}, error});
        return;
    }
    m_pulledCount += std::exchange(m_applyingCount, 0);
    Q_EMIT pullProgressChanged();
    if (m_pullFailure) {
        const Reply failure = *std::exchange(m_pullFailure, std::nullopt);
        m_snapshotWaiting.reset();
        if (failure.networkError && failure.transportProblem.code == SyncError::MalformedPage)
            finishCycle(false, failure.transportProblem);
        else
            snapshotFailed(failure);
        return;
    }
    advanceSnapshot();
}

void SyncEngine::snapshotFailed(const Reply &reply)
{
    if (reply.status == 404) {
        // A server from before the snapshot: the history from cursor 0 gives the same state.
        qCInfo(lcSync) << "the server has no snapshot; pulling the history from the start";
        m_snapshotUnsupported = true;
        startPull("no snapshot on this server");
        return;
    }
    if (reply.status == 410 && !m_cycle.resynced) {
        // The snapshot fell behind the deletions the server keeps: records applied from its
        // pages may be gone since, so the device starts again from nothing.
        resyncFromScratch();
        return;
    }
    handleCommonFailure(reply);
}

} // namespace rapport
