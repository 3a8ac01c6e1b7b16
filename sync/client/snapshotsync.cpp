// The device's side of GET /v1/snapshot (docs/ARCHITECTURE.md, Snapshot): a device with no pull
// cursor loads the organisation's current state page by page, then pulls what changed meanwhile.
#include "syncengine.h"

#include "remotechanges.h"

#include "protocol/snapshot.h"

#include <QLoggingCategory>
#include <QUrlQuery>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace rapport {

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
        pageFailed(reply);
        return;
    }
    const auto parsed = protocol::parseSnapshotPage(reply.json);
    const protocol::SnapshotPage *page = std::get_if<protocol::SnapshotPage>(&parsed);
    if (!page) {
        qCWarning(lcSync) << "snapshot page refused:" << std::get<protocol::WireError>(parsed).message;
        pageFailed(malformedPage(reply));
        return;
    }
    if (page->total)
        m_snapshotTotal = *page->total;
    m_snapshotReceived += page->entries.size();
    SnapshotStep step;
    step.records = remotechanges::fromSnapshot(page->entries);
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
        SnapshotStep step = *std::exchange(m_snapshotWaiting, std::nullopt);
        const qint64 entries = step.entries;
        startApply(entries, [notebook = m_notebook, step = std::move(step)] {
            return notebook->applySnapshotPage(step.records, step.progress, step.cursor);
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
