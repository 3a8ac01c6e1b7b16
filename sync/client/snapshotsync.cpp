// The device's side of GET /v1/snapshot (docs/ARCHITECTURE.md, Snapshot): a device with no pull
// cursor loads the organisation's current state page by page, then pulls what changed meanwhile.
#include "syncengine.h"

#include "remotechanges.h"
#include "workerthread.h"

#include "protocol/jsontext.h"
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

/** A snapshot page as the read thread leaves it: ready to apply, or refused with why. */
struct SyncEngine::SnapshotRead
{
    bool garbled = false; // not a JSON object: a cut or garbled body
    std::optional<protocol::WireError> refused;
    SnapshotStep step; // progress is filled in on the engine's thread, in page order
    bool hasMore = false;
    QString next;
    std::optional<qint64> total;
    QJsonValue serverTime;
};

void SyncEngine::readSnapshotPage(const QByteArray &body, const QByteArray &announced, SnapshotRead &out)
{
    // Runs on the read thread: nothing of the engine is touched here.
    const QJsonObject json = protocol::parseJsonObject(body);
    if (json.isEmpty()) {
        out.garbled = true;
        return;
    }
    out.serverTime = json.value(QStringLiteral("server_time"));
    auto parsed = protocol::parseSnapshotPage(json);
    if (auto *error = std::get_if<protocol::WireError>(&parsed)) {
        out.refused = std::move(*error);
        return;
    }
    const protocol::SnapshotPage &page = std::get<protocol::SnapshotPage>(parsed);
    out.refused = protocol::checkAnnouncedNext(page, announced);
    if (out.refused)
        return;
    out.step.records = remotechanges::fromSnapshot(page.entries);
    out.step.entries = page.entries.size();
    out.step.cursor = page.cursor;
    out.hasMore = page.hasMore;
    out.next = page.next;
    out.total = page.total;
}

int SyncEngine::snapshotPagesAhead() const
{
    return static_cast<int>(m_snapshotWaiting.size()) + m_snapshotReading;
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
        },
        BodyAs::Bytes);
}

void SyncEngine::onSnapshotArrival(const QNetworkReply &reply)
{
    m_fetching = false;
    // The server names the page after this one in a header: ask for it now, so that it writes
    // that page while this one is read and applied here, rather than after. Without the header
    // (a server from before it) the next page is known once this one is read.
    m_snapshotAnnounced = reply.rawHeader(protocol::kNextHeader);
    const QString next = protocol::announcedNext(m_snapshotAnnounced);
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_snapshotNextKnown = status == 200 && !next.isEmpty();
    if (!m_snapshotNextKnown)
        return;
    m_snapshotAfter = next;
    if (!m_pullFailure && snapshotPagesAhead() + 1 < SnapshotPagesAhead)
        fetchSnapshotPage();
}

void SyncEngine::onSnapshotPage(const Reply &reply)
{
    if (reply.status != 200) {
        pageFailed(reply);
        return;
    }
    // Parsed on the read thread; pages come back in the order they went (one thread, one queue).
    ++m_snapshotReading;
    const quint64 generation = m_pullGeneration;
    runOnWorker(
        m_reader, this,
        [body = reply.body, announced = std::exchange(m_snapshotAnnounced, {})] {
            auto read = std::make_shared<SnapshotRead>();
            readSnapshotPage(body, announced, *read);
            return read;
        },
        [this, generation](const std::shared_ptr<SnapshotRead> &read) { onSnapshotRead(generation, read); });
}

void SyncEngine::onSnapshotRead(quint64 generation, const std::shared_ptr<SnapshotRead> &read)
{
    if (generation != m_pullGeneration || m_phase != Phase::Snapshot)
        return; // the cycle ended or started over meanwhile: the page comes again
    --m_snapshotReading;
    if (read->garbled || read->refused) {
        if (read->refused)
            qCWarning(lcSync) << "snapshot page refused:" << read->refused->message;
        pageFailed(unreadablePage(read->garbled));
        return;
    }
    observeServerTime(QJsonObject{{QStringLiteral("server_time"), read->serverTime}});
    if (read->total)
        m_snapshotTotal = *read->total;
    m_snapshotReceived += read->step.entries;
    SnapshotStep step = std::move(read->step);
    step.progress = {read->hasMore ? read->next : QString(), m_snapshotReceived, m_snapshotTotal};
    // The newest page in names the next one (a page read before it would name a page already
    // asked for); from a header it was known already, and the same.
    if (m_snapshotReading == 0) {
        m_snapshotAfter = read->next;
        m_snapshotNextKnown = true;
    }
    m_fetchDone = !read->hasMore;
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
    if (!m_fetchDone && !m_fetching && m_snapshotNextKnown && !m_pullFailure
        && snapshotPagesAhead() < SnapshotPagesAhead)
        fetchSnapshotPage();
    if (m_fetchDone && !m_fetching && m_snapshotReading == 0 && !m_applying && m_snapshotWaiting.empty()) {
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
