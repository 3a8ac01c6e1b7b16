// The device's side of GET /v1/snapshot (docs/ARCHITECTURE.md, Snapshot): a device with no pull
// cursor loads the organisation's current state page by page, then pulls what changed meanwhile.
#include "syncengine.h"

#include "remotechanges.h"

#include "protocol/snapshot.h"

#include <QLoggingCategory>
#include <QNetworkReply>
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
    const auto current = [this, generation] { return generation == m_pullGeneration && m_phase == Phase::Snapshot; };
    // Compression: Qt asks for the codings it can decode (zstd and deflate among them where it was
    // built with them) and decodes the answer itself.
    sendTextWith(
        "GET", QStringLiteral("/v1/snapshot?") + query.toString(QUrl::FullyEncoded), {}, m_token,
        [this, current](const Reply &reply) {
            if (current())
                onSnapshotPage(reply);
        },
        0,
        [this, current](const QNetworkReply &reply) {
            if (current())
                onSnapshotArrival(reply);
        });
}

void SyncEngine::onSnapshotArrival(const QNetworkReply &reply)
{
    m_fetching = false;
    // The server names the page after this one in a header: ask for it now, so that it writes
    // that page while this one is read and applied here, rather than after.
    m_snapshotAnnounced = reply.rawHeader(protocol::kNextHeader);
    const QString next = protocol::announcedNext(m_snapshotAnnounced);
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && !next.isEmpty() && !m_pullFailure
        && static_cast<int>(m_snapshotWaiting.size()) + 1 < SnapshotPagesAhead) {
        m_snapshotAfter = next;
        fetchSnapshotPage();
    }
}

void SyncEngine::onSnapshotPage(const Reply &reply)
{
    if (reply.status != 200) {
        pageFailed(reply);
        return;
    }
    const auto parsed = protocol::parseSnapshotPage(reply.json);
    const protocol::SnapshotPage *page = std::get_if<protocol::SnapshotPage>(&parsed);
    std::optional<protocol::WireError> refused;
    if (!page)
        refused = std::get<protocol::WireError>(parsed);
    else
        refused = protocol::checkAnnouncedNext(*page, std::exchange(m_snapshotAnnounced, {}));
    if (refused) {
        qCWarning(lcSync) << "snapshot page refused:" << refused->message;
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
    // Unless the next page was asked for already (on the header, the same token), it is asked
    // after this one.
    m_snapshotAfter = page->next;
    m_fetchDone = !page->hasMore;
    m_snapshotWaiting.push_back(std::move(step));
    advanceSnapshot();
}

void SyncEngine::advanceSnapshot()
{
    if (!m_applying && !m_snapshotWaiting.empty()) {
        SnapshotStep step = std::move(m_snapshotWaiting.front());
        m_snapshotWaiting.pop_front();
        const qint64 entries = step.entries;
        startApply(entries, [notebook = m_notebook, step = std::move(step)] {
            return notebook->applySnapshotPage(step.records, step.progress, step.cursor);
        });
    }
    if (!m_fetchDone && !m_fetching && !m_pullFailure
        && static_cast<int>(m_snapshotWaiting.size()) < SnapshotPagesAhead)
        fetchSnapshotPage();
    if (m_fetchDone && !m_fetching && !m_applying && m_snapshotWaiting.empty()) {
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
