#include "syncengine.h"

#include "remotechanges.h"

#include "applifecycle.h"
#include "localdata.h"
#include "protocol/jsontext.h"
#include "protocol/schema.h"
#include "protocol/wire.h"
#include "pushbatch.h"
#include "notebook.h"
#include "reachability.h"
#include "tokenstore.h"
#include "workerthread.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QLoggingCategory>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QSslConfiguration>
#include <QSysInfo>
#include <QThread>

#include <utility>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSync, "rapport.sync")

namespace rapport {

namespace {

constexpr int MinBackoffMs = 1000;
constexpr int MaxBackoffMs = 5 * 60 * 1000;
// A server that restarts is usually back within seconds: the first retries stay
// short, and only a longer outage backs off towards MaxBackoffMs.
constexpr int QuickRetries = 6;
constexpr int QuickBackoffCapMs = 4000;
// Where live pull is not available (the server or a proxy does not hold requests), a device
// in use pulls this often, so a colleague's note arrives within seconds; in the background
// it pulls rarely.
constexpr int ForegroundPeriodMs = 15 * 1000;
constexpr int BackgroundPeriodMs = 5 * 60 * 1000;

/** server_time arrives as unix ms or as ISO-8601 text. */
std::optional<qint64> parseServerTime(const QJsonValue &value)
{
    if (value.isDouble())
        return protocol::wholeNumber(value);
    if (value.isString()) {
        const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (time.isValid())
            return time.toMSecsSinceEpoch();
        if (const auto stamp = HlcStamp::parse(value.toString()))
            return stamp->wallMs;
    }
    return std::nullopt;
}

} // namespace

QString SyncEngine::Reply::errorCode() const
{
    return json.value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

SyncProblem SyncEngine::Reply::serverProblem() const
{
    const QJsonObject error = json.value(QStringLiteral("error")).toObject();
    return {SyncError::ServerRefused, error.value(QStringLiteral("code")).toString(),
            error.value(QStringLiteral("message")).toString(), status};
}

SyncEngine::SyncEngine(Notebook *notebook, QString dataDir, std::unique_ptr<TokenStore> tokens,
                       std::shared_ptr<ClockOffset> clock, QObject *parent)
    : QObject(parent), m_notebook(notebook), m_dataDir(std::move(dataDir)), m_tokens(std::move(tokens)),
      m_clock(std::move(clock))
{
    // Pulled pages are applied here, never on the UI thread; the notebook opens
    // a separate database connection for this thread.
    m_applyThread = new QThread(this);
    m_applyThread->setObjectName(QString::fromLatin1(ApplyThreadName));
    m_applier = new QObject;
    m_applier->moveToThread(m_applyThread);
    connect(m_applyThread, &QThread::finished, m_applier, &QObject::deleteLater);
    // finished is emitted on the worker thread itself, the last moment its own
    // database connection can be closed (a connection belongs to its thread).
    connect(
        m_applyThread, &QThread::finished, m_applyThread,
        [database = m_notebook->database()] { database.closeThisThreadConnection(); }, Qt::DirectConnection);
    m_applyThread->start();
    // Snapshot and pull pages (thousands of entries each) are parsed on a thread of their own, so
    // the UI stays smooth during a first sync or a long catch-up, and the parse runs beside the apply.
    m_readThread = new QThread(this);
    m_readThread->setObjectName(QString::fromLatin1(ReadThreadName));
    m_reader = new QObject;
    m_reader->moveToThread(m_readThread);
    connect(m_readThread, &QThread::finished, m_reader, &QObject::deleteLater);
    m_readThread->start();
    // Notes a large pull stored without their search index are indexed after
    // it; an app killed meanwhile continues once it runs again.
    m_noteIndexer = new NoteIndexer(m_notebook, this);
    QTimer::singleShot(0, m_noteIndexer, &NoteIndexer::resume);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(2000);
    m_periodic.setInterval(BackgroundPeriodMs);
    m_retry.setSingleShot(true);
    connect(&m_debounce, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(&m_periodic, &QTimer::timeout, this, [this] {
        // A waiting pull already brings every change as it commits.
        if (m_phase != Phase::LiveWait)
            syncNow();
    });
    connect(&m_retry, &QTimer::timeout, this, &SyncEngine::syncNow);
    connect(m_notebook, &Notebook::changed, this, &SyncEngine::onLocalChange);

    loadSession();
    updatePendingCount();
    // Sync as the app starts (once the event loop runs, so whoever made the engine can
    // still turn automatic sync off first).
    QTimer::singleShot(0, this, [this] {
        if (m_automatic && signedIn())
            syncNow();
    });
    if (signedIn()) {
        m_phase = Phase::Idle;
        setState(State::Synced);
        m_periodic.start();
    } else if (m_signInRequired) {
        m_phase = Phase::SignInRequired;
        m_problem = {SyncError::SignInAgain, m_session.value(QStringLiteral("sign_in_reason")).toString()};
        m_state = State::SignInRequired;
    }
}

SyncEngine::~SyncEngine()
{
    m_applyThread->quit();
    m_readThread->quit();
    m_applyThread->wait();
    m_readThread->wait();
}

// ---- wiring ----------------------------------------------------------------

void SyncEngine::setReachability(Reachability *reachability)
{
    connect(reachability, &Reachability::onlineChanged, this, &SyncEngine::setOnline);
    setOnline(reachability->online());
}

void SyncEngine::setAppLifecycle(AppLifecycle *lifecycle)
{
    m_periodic.setInterval(lifecycle->active() ? ForegroundPeriodMs : BackgroundPeriodMs);
    m_foreground = lifecycle->active();
    connect(lifecycle, &AppLifecycle::resumed, this, [this] {
        m_foreground = true;
        m_periodic.setInterval(ForegroundPeriodMs);
        if (m_automatic)
            syncNow();
    });
    connect(lifecycle, &AppLifecycle::suspended, this, [this] {
        m_foreground = false;
        m_periodic.setInterval(BackgroundPeriodMs);
        // In the background nobody looks: no request is held open, the rare periodic pull suffices.
        if (m_phase == Phase::LiveWait)
            cancelLiveWait();
    });
}

void SyncEngine::setCaCertificates(const QList<QSslCertificate> &certificates)
{
    m_caCertificates = certificates;
}

void SyncEngine::setAutomaticSync(bool enabled)
{
    m_automatic = enabled;
    if (!enabled) {
        m_debounce.stop();
        m_periodic.stop();
        m_retry.stop();
        if (m_phase == Phase::LiveWait)
            cancelLiveWait();
    } else if (signedIn()) {
        m_periodic.start();
    }
}

void SyncEngine::setOnline(bool online)
{
    if (online == m_online)
        return;
    m_online = online;
    qCInfo(lcSync) << "network" << (online ? "reachable" : "unreachable");
    if (!signedIn())
        return;
    if (!online) {
        // A running cycle ends by itself (its requests fail); a resting engine is offline now.
        if (m_phase == Phase::LiveWait)
            cancelLiveWait();
        if (m_phase == Phase::Idle || m_phase == Phase::Backoff)
            transition(Phase::Offline, "the network went away");
        setState(State::Offline);
        return;
    }
    // Coming back online is the best moment to retry: skip the backoff.
    m_retry.stop();
    m_backoffMs = 0;
    m_failuresInRow = 0;
    if (m_automatic)
        syncNow();
}

void SyncEngine::onLocalChange()
{
    updatePendingCount();
    // Applying a pulled page also emits changed(); only real local edits (which
    // leave something in the outbox) should trigger a sync.
    if (m_automatic && signedIn() && m_pendingCount > 0)
        m_debounce.start();
}

// ---- status ----------------------------------------------------------------

QString SyncEngine::changesWaitingText(int count)
{
    // Without a catalogue Qt puts the number in %n but picks no plural form, so English
    // chooses its singular here; a translation's plural forms come from the second string.
    return count == 1 ? tr("1 change waiting") : tr("%n changes waiting", nullptr, count);
}

QString SyncEngine::statusText() const
{
    switch (m_state) {
    case State::SignedOut:
        return tr("Not signed in");
    case State::Offline:
        return m_pendingCount > 0 ? tr("Offline — %1").arg(changesWaitingText(m_pendingCount)) : tr("Offline");
    case State::Syncing:
        return tr("Syncing…");
    case State::Error:
    case State::SignInRequired:
        return m_problem.text();
    case State::Synced:
        break;
    }
    if (m_pendingCount > 0)
        return changesWaitingText(m_pendingCount);
    if (m_lastSyncedAt.isValid())
        return tr("Synced at %1").arg(QLocale().toString(m_lastSyncedAt.toLocalTime().time(), QLocale::ShortFormat));
    return tr("Not synced yet");
}

QString SyncEngine::staffId() const
{
    return m_session.value(QStringLiteral("staff")).toObject().value(QStringLiteral("id")).toString();
}

QString SyncEngine::staffName() const
{
    return m_session.value(QStringLiteral("staff")).toObject().value(QStringLiteral("name")).toString();
}

QString SyncEngine::organisationName() const
{
    return m_session.value(QStringLiteral("org")).toObject().value(QStringLiteral("name")).toString();
}

QString SyncEngine::tokenStorage() const
{
    return m_tokens->description();
}

void SyncEngine::setState(State state)
{
    if (state != State::Error && state != State::SignInRequired)
        m_problem = {};
    m_state = state;
    Q_EMIT stateChanged();
}

void SyncEngine::setError(const SyncProblem &problem)
{
    m_problem = problem;
    m_state = m_online && problem.code != SyncError::Unreachable ? State::Error : State::Offline;
    Q_EMIT stateChanged();
}

void SyncEngine::updatePendingCount()
{
    const int count = m_notebook->pendingMutationCount();
    if (count == m_pendingCount)
        return;
    m_pendingCount = count;
    Q_EMIT pendingCountChanged();
    Q_EMIT stateChanged(); // statusText depends on it
}

// ---- HTTP ------------------------------------------------------------------

void SyncEngine::send(const QByteArray &method, const QString &path, const QJsonObject &body, bool authorised,
                      ReplyHandler handler)
{
    sendText(method, path, body.isEmpty() ? QByteArray() : protocol::toJsonText(body), authorised, std::move(handler));
}

void SyncEngine::sendText(const QByteArray &method, const QString &path, const QByteArray &payload, bool authorised,
                          ReplyHandler handler)
{
    sendTextWith(method, path, payload, authorised ? m_token : QString(), std::move(handler));
}

QNetworkReply *SyncEngine::sendTextWith(const QByteArray &method, const QString &path, const QByteArray &payload,
                                        const QString &token, ReplyHandler handler, int timeoutMs,
                                        ArrivalHandler arrived, BodyAs bodyAs)
{
    QUrl url = m_serverUrl;
    const int queryAt = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path().chopped(url.path().endsWith(QLatin1Char('/')) ? 1 : 0)
                + (queryAt < 0 ? path : path.left(queryAt)));
    if (queryAt >= 0)
        url.setQuery(path.mid(queryAt + 1));
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    request.setRawHeader("Accept", "application/json");
    request.setTransferTimeout(timeoutMs > 0 ? timeoutMs : m_requestTimeoutMs);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    if (url.scheme() == QLatin1String("https")) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (!m_caCertificates.isEmpty())
            tls.addCaCertificates(m_caCertificates);
        tls.setPeerVerifyMode(QSslSocket::VerifyPeer); // never accept a certificate we cannot verify
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, method, payload);
    connect(reply, &QNetworkReply::finished, this,
            [this, reply, handler = std::move(handler), arrived = std::move(arrived), bodyAs] {
        reply->deleteLater();
        if (arrived)
            arrived(*reply);
        Reply result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray data = reply->readAll();
        const bool asBytes = bodyAs == BodyAs::Bytes && result.status == 200 && !data.isEmpty();
        if (asBytes)
            result.body = data; // the handler has it parsed elsewhere, and looks at the server's time then
        else
            result.json = protocol::parseJsonObject(data);
        if (result.status == 0) {
            result.networkError = true;
            result.tlsError = reply->error() == QNetworkReply::SslHandshakeFailedError;
            result.transportProblem = result.tlsError ? SyncProblem{SyncError::TlsFailure, {}, reply->errorString()}
                                                      : SyncProblem{SyncError::Unreachable};
            qCInfo(lcSync) << "request failed:" << reply->error() << reply->errorString();
        } else if (result.status == 200 && result.json.isEmpty() && !asBytes) {
            // A 200 with a cut or garbled body is a transport failure, not a success.
            result.status = 0;
            result.networkError = true;
            result.transportProblem = {SyncError::Unreachable};
        } else {
            observeServerTime(result.json);
        }
        handler(result);
    });
    return reply;
}

void SyncEngine::observeServerTime(const QJsonObject &json)
{
    const auto serverMs = parseServerTime(json.value(QStringLiteral("server_time")));
    if (!serverMs)
        return;
    if (m_clock && m_clock->observeServerTime(*serverMs))
        qCInfo(lcSync) << "device clock corrected by" << m_clock->offsetMs() << "ms to match the server";
    // The server's time is a clock like any other: never issue one below it.
    HlcStamp stamp;
    stamp.wallMs = *serverMs;
    m_notebook->clock().observeWithoutPersisting(stamp);
}

// ---- the phases -------------------------------------------------------------

bool SyncEngine::transitionAllowed(Phase from, Phase to)
{
    if (from == to || to == Phase::SignedOut)
        return true; // staying is no change; a sign-out or a revocation may end anything
    // Every phase with a session may learn that the session ended.
    const bool withSession = from != Phase::SignedOut && from != Phase::SigningIn && from != Phase::SignInRequired;
    if (to == Phase::SignInRequired && withSession)
        return true;
    switch (from) {
    case Phase::SignedOut:
        return to == Phase::SigningIn;
    case Phase::SigningIn:
        return to == Phase::Idle || to == Phase::SignInRequired;
    case Phase::SignInRequired:
        return to == Phase::SigningIn;
    case Phase::Idle:
        return to == Phase::Pushing || to == Phase::LiveWait || to == Phase::Offline;
    case Phase::Pushing:
        return to == Phase::Pulling || to == Phase::Snapshot || to == Phase::Idle || to == Phase::Backoff
            || to == Phase::Offline;
    case Phase::Pulling:
    case Phase::Snapshot:
        return to == Phase::Pulling || to == Phase::Snapshot || to == Phase::Idle || to == Phase::Backoff
            || to == Phase::Offline;
    case Phase::LiveWait:
        return to == Phase::Idle || to == Phase::Pulling || to == Phase::Backoff || to == Phase::Offline;
    case Phase::Backoff:
    case Phase::Offline:
        return to == Phase::Pushing || to == Phase::Offline || to == Phase::Backoff;
    }
    return false;
}

void SyncEngine::transition(Phase to, const char *why)
{
    const Phase from = m_phase;
    if (from == to)
        return;
    if (!transitionAllowed(from, to)) {
        ++m_unexpectedTransitions;
        qCWarning(lcSync) << "unexpected phase change" << from << "->" << to << "(" << why << ")";
    } else {
        qCDebug(lcSync) << "phase" << from << "->" << to << "(" << why << ")";
    }
    if (from == Phase::LiveWait) {
        // Leaving the wait ends its request; a late answer is ignored.
        ++m_liveGeneration;
        if (QNetworkReply *reply = m_liveReply.data()) {
            m_liveReply = nullptr;
            reply->abort();
        }
    }
    m_phase = to;
    m_noteIndexer->setHeld(to == Phase::Pulling || to == Phase::Snapshot);
    Q_EMIT phaseChanged(from, to);
}

bool SyncEngine::liveFallbackActive() const
{
    return QDateTime::currentMSecsSinceEpoch() < m_liveFallbackUntilMs;
}

void SyncEngine::fallBackToPeriodic(const char *why)
{
    m_liveFallbackUntilMs = QDateTime::currentMSecsSinceEpoch() + m_liveFallbackMs;
    qCInfo(lcSync) << "live pull set aside for" << m_liveFallbackMs / 1000 << "s, pulling periodically:" << why;
}

void SyncEngine::rest()
{
    if (m_phase != Phase::Idle)
        return;
    if (m_automatic && m_livePull && m_foreground && m_online && signedIn() && !liveFallbackActive())
        openLiveWait();
}

void SyncEngine::openLiveWait()
{
    transition(Phase::LiveWait, "idle and online: waiting for changes");
    const quint64 generation = ++m_liveGeneration;
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("cursor"), m_notebook->pullCursor());
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pullPageSize));
    query.addQueryItem(QStringLiteral("wait"), QString::number(m_liveWaitSeconds));
    const qint64 started = QDateTime::currentMSecsSinceEpoch();
    // The server sends nothing while it holds the request: allow the wait and a margin.
    m_liveReply = sendTextWith(
        "GET", QStringLiteral("/v1/pull?") + query.toString(QUrl::FullyEncoded), {}, m_token,
        [this, generation, started](const Reply &reply) {
            if (generation == m_liveGeneration && m_phase == Phase::LiveWait)
                onLiveWaitReply(reply, started);
        },
        (m_liveWaitSeconds + 15) * 1000);
}

void SyncEngine::cancelLiveWait()
{
    transition(Phase::Idle, "the waiting pull gives way");
}

void SyncEngine::onLiveWaitReply(const Reply &reply, qint64 startedMs)
{
    m_liveReply = nullptr;
    const qint64 elapsed = QDateTime::currentMSecsSinceEpoch() - startedMs;
    // Held for most of the wait and answered empty: the normal end of a quiet wait.
    const bool heldLongEnough = elapsed >= qint64(m_liveWaitSeconds) * 800;
    if (reply.status == 200) {
        const auto page = protocol::parsePullPage(reply.json);
        const protocol::PullPage *parsed = std::get_if<protocol::PullPage>(&page);
        const bool nothing = parsed && parsed->changes.isEmpty() && parsed->cursor == m_notebook->pullCursor();
        if (nothing) {
            if (heldLongEnough) {
                openLiveWait(); // the next wait, at once
                return;
            }
            // This server (or a proxy before it) does not hold requests: pull periodically instead.
            fallBackToPeriodic("the server answered a waiting pull at once with nothing");
            transition(Phase::Idle, "live pull not held");
            return;
        }
        // A colleague's change: apply it like any pulled page (more pages are fetched if it says so).
        transition(Phase::Pulling, "a waiting pull brought changes");
        beginCycle();
        setState(State::Syncing);
        resetPull();
        onPullPage(reply);
        return;
    }
    if (reply.networkError || reply.status == 504 || reply.status == 502) {
        // Cut before its time by a proxy, a timeout or the network: periodic pulls for a while,
        // and one ordinary cycle soon to learn whether the server is still there.
        fallBackToPeriodic("the waiting pull was cut");
        transition(Phase::Idle, "live pull cut");
        if (m_automatic)
            m_retry.start(MinBackoffMs);
        return;
    }
    if (reply.status == 410) {
        transition(Phase::Idle, "the cursor is too old for a waiting pull");
        syncNow(); // the cycle resyncs
        return;
    }
    if (reply.status == 400)
        fallBackToPeriodic("the server refused the waiting pull");
    // 401 (ended session, revoked device), 503 with retry_after, …: as for any pull.
    handleCommonFailure(reply);
}

// ---- the sync cycle --------------------------------------------------------

void SyncEngine::syncNow()
{
    if (!signedIn())
        return;
    if (cycleRunning()) {
        m_again = true;
        return;
    }
    // A waiting pull gives way: the push goes out now, and the wait opens again after the cycle.
    if (m_phase == Phase::LiveWait)
        cancelLiveWait();
    m_debounce.stop();
    m_retry.stop();
    transition(Phase::Pushing, "sync cycle begins");
    beginCycle();
    setState(State::Syncing);
    pushStep();
}

void SyncEngine::beginCycle()
{
    m_again = false;
    m_cycle = {};
    m_retryAfterMs = 0;
    m_waitingFor.clear();
}

void SyncEngine::pushStep()
{
    // Each person's changes go with their own session, in outbox order: a batch is the run of
    // waiting changes at the head made by one person. When that person must sign in again,
    // everything behind waits too (a later change may need theirs on the server first), and
    // the cycle only pulls.
    QList<Mutation> pending = m_notebook->pendingMutations(m_pushBatchSize);
    QString pushToken;
    if (!pending.isEmpty()) {
        m_pushStaffId = pusherOf(pending.first().staffId);
        pushToken = m_personTokens.value(m_pushStaffId);
        qsizetype run = 1;
        while (run < pending.size() && pusherOf(pending.at(run).staffId) == m_pushStaffId)
            ++run;
        pending = pending.mid(0, run);
        if (pushToken.isEmpty()) {
            m_waitingFor = m_pushStaffId;
            if (m_signingOut)
                finishCycle(true);
            else
                pullStep();
            return;
        }
    }
    const PushBatch batch = PushBatch::build(pending, maxPushBytes(), qMin(m_pushBatchSize, protocol::kMaxMutationsPerPush));
    if (!batch.refused.isEmpty()) {
        // The server could never take these (invalid, or too large alone): keeping them
        // would block every change behind them, so they leave the outbox with the reason.
        QList<qint64> mids;
        QStringList reasons;
        for (const PushBatch::Refused &r : batch.refused) {
            qCWarning(lcSync) << "change" << r.mid << "to" << r.entity << r.entityId << "cannot be sent:" << r.reason;
            mids.append(r.mid);
            reasons.append(r.reason);
        }
        if (Status s = m_notebook->acknowledgeMutations(mids.last()); !s) {
            finishCycle(false, {SyncError::LocalFailure, {}, s.errorMessage()});
            return;
        }
        noteRejected(mids, reasons);
        updatePendingCount();
    }
    if (batch.count == 0) {
        if (!batch.refused.isEmpty()) {
            pushStep();
            return;
        }
        if (m_signingOut) {
            finishCycle(true);
            return;
        }
        pullStep();
        return;
    }
    const qint64 lastSent = batch.lastMid;
    sendTextWith("POST", QStringLiteral("/v1/push"), batch.body, pushToken, [this, lastSent](const Reply &reply) {
        observeLimits(reply.json);
        if (reply.status == 401 && reply.errorCode() != QLatin1String("device_revoked")
            && m_pushStaffId != staffId()) {
            // Another person's session ended: their changes wait for them, the rest goes on.
            qCWarning(lcSync) << "the server ended the session of a person on this tablet ("
                              << reply.errorCode() << "); their changes wait for them";
            forgetPersonToken(m_pushStaffId, reply.errorCode());
            Q_EMIT sessionChanged();
            pushStep();
            return;
        }
        if (reply.status == 200) {
            // A number that is not a whole 64-bit value acknowledges nothing.
            const qint64 lastMid = protocol::wholeNumber(reply.json.value(QStringLiteral("last_mid"))).value_or(0);
            QStringList rejected;
            QList<qint64> rejectedMids;
            for (const QJsonValue &r : reply.json.value(QStringLiteral("results")).toArray()) {
                const QJsonObject result = r.toObject();
                if (result.value(QStringLiteral("status")).toString() == QLatin1String("rejected")) {
                    // A refusal with a code is worded here, in the person's language; others
                    // carry the server's own sentence.
                    const QString code = result.value(QStringLiteral("code")).toString();
                    const QString message = result.value(QStringLiteral("message")).toString();
                    rejected.append(code.isEmpty() ? message
                                                   : SyncProblem(SyncError::ChangeRefused, code, message).text());
                    rejectedMids.append(protocol::wholeNumber(result.value(QStringLiteral("mid"))).value_or(0));
                }
            }
            if (!rejected.isEmpty()) {
                qCWarning(lcSync) << rejected.size() << "changes rejected by the server, first:" << rejected.first();
                noteRejected(rejectedMids, rejected);
            }
            // last_mid can exceed what we sent only if this device's outbox was
            // reset; it can never be trusted beyond what we actually sent.
            const qint64 ack = qMin(lastMid, lastSent);
            if (ack <= m_cycle.lastAckedMid) {
                finishCycle(false, {SyncError::NotAccepted});
                return;
            }
            m_cycle.lastAckedMid = ack;
            if (Status s = m_notebook->acknowledgeMutations(ack); !s) {
                finishCycle(false, {SyncError::LocalFailure, {}, s.errorMessage()});
                return;
            }
            updatePendingCount();
            pushStep();
            return;
        }
        if (reply.status == 413 && !m_cycle.shrunk) {
            // The server's limit is smaller than we thought (it said so, or we halve our
            // guess): build the batch again within it.
            m_cycle.shrunk = true;
            if (!reply.json.contains(QStringLiteral("limits")))
                m_maxPushBytes = qMax<qint64>(MinPushBytes, maxPushBytes() / 2);
            pushStep();
            return;
        }
        if (reply.status == 409 && reply.errorCode() == QLatin1String("clock_skew") && !m_cycle.restamped) {
            m_cycle.restamped = true;
            if (restampFutureMutations()) {
                pushStep();
                return;
            }
        }
        handleCommonFailure(reply);
    });
}

void SyncEngine::noteRejected(const QList<qint64> &mids, const QStringList &reasons)
{
    m_rejectedCount += int(mids.size());
    m_lastRejection = reasons.last();
    Q_EMIT changesRejected(mids, reasons);
    Q_EMIT stateChanged();
}

qint64 SyncEngine::maxPushBytes() const
{
    return m_maxPushBytes > 0 ? m_maxPushBytes : DefaultPushBytes;
}

void SyncEngine::observeLimits(const QJsonObject &json)
{
    // The server announces its request body limit with a sign-in, a 413 and health.
    const std::optional<qint64> announced =
        protocol::wholeNumber(json.value(QStringLiteral("limits")).toObject().value(QStringLiteral("max_body_bytes")));
    if (!announced || *announced < MinPushBytes)
        return;
    const qint64 limit = *announced;
    if (limit == m_maxPushBytes)
        return;
    m_maxPushBytes = limit;
    if (signedIn() || m_signInRequired) {
        m_session.insert(QStringLiteral("max_body_bytes"), double(limit));
        saveSession();
    }
}

bool SyncEngine::restampFutureMutations()
{
    const qint64 now = m_clock ? m_clock->correctedNow() : QDateTime::currentMSecsSinceEpoch();
    const Result<int> changed = LocalData::restampFutureMutations(*m_notebook, now, ClockOffset::ToleranceMs);
    if (!changed) {
        qCWarning(lcSync) << "could not re-stamp waiting changes:" << changed.errorMessage();
        return false;
    }
    qCInfo(lcSync) << "re-stamped" << *changed << "waiting changes after a clock-skew refusal";
    return *changed > 0;
}

void SyncEngine::pullStep()
{
    // A device with no cursor needs the current state, not the history that led to it.
    // Only an empty device (or one resuming its snapshot) takes it: records made here before it
    // could have been deleted or erased on the server since, which a snapshot does not say; the
    // history from the start does.
    if (m_snapshotEnabled && !m_snapshotUnsupported && m_notebook->pullCursor().isEmpty()
        && (!m_notebook->snapshotProgress().next.isEmpty() || !m_notebook->holdsRecords())) {
        snapshotStep();
        return;
    }
    startPull("pushed everything there was");
}

void SyncEngine::startPull(const char *why)
{
    transition(Phase::Pulling, why);
    resetPull();
    fetchNextPage();
}

void SyncEngine::resetPull()
{
    ++m_pullGeneration;
    m_pullCursor = m_notebook->pullCursor();
    m_catchingUp = m_pullCursor.isEmpty() || m_pullCursor == QLatin1String("0");
    m_fetching = false;
    m_fetchDone = false;
    m_applying = false;
    m_groupPending = false;
    m_group.clear();
    m_groupCursor.clear();
    m_pullFailure.reset();
    m_snapshotWaiting.clear();
    m_snapshotReading = 0;
    m_snapshotNextKnown = true;
    m_snapshotAnnounced.clear();
    m_applyingCount = 0;
    if (std::exchange(m_pulledCount, 0) != 0)
        Q_EMIT pullProgressChanged();
}

void SyncEngine::fetchNextPage()
{
    QUrlQuery query;
    // A device starting from nothing, or with more waiting after a full page,
    // pulls the server's largest pages: each page costs a request and a
    // transaction, and nobody waits on a partial list.
    const int limit = m_catchingUp && !m_pullPageSizeSet ? CatchUpPageSize : m_pullPageSize;
    query.addQueryItem(QStringLiteral("cursor"), m_pullCursor);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    m_fetching = true;
    const quint64 generation = m_pullGeneration;
    sendTextWith(
        "GET", QStringLiteral("/v1/pull?") + query.toString(QUrl::FullyEncoded), {}, m_token,
        [this, generation](const Reply &reply) {
            if (generation == m_pullGeneration)
                onPullAnswer(reply);
        },
        0, {}, BodyAs::Bytes);
}

/** A pull page as the read thread leaves it: its changes ready to apply, or refused with why. */
struct SyncEngine::PullRead
{
    bool garbled = false; // not a JSON object: a cut or garbled body
    std::optional<protocol::WireError> refused;
    QList<Notebook::RemoteChange> changes;
    QString cursor;
    bool hasMore = false;
    QJsonValue serverTime; // read with the page off the engine's thread, observed on it
};

void SyncEngine::readPullPage(const QJsonObject &json, PullRead &out)
{
    // Checked by the protocol's rules: a page with a malformed change or cursor is
    // refused whole (its cursor not taken), never applied half-understood.
    auto parsed = protocol::parsePullPage(json);
    if (auto *error = std::get_if<protocol::WireError>(&parsed)) {
        out.refused = std::move(*error);
        return;
    }
    const protocol::PullPage &page = std::get<protocol::PullPage>(parsed);
    out.changes = remotechanges::fromPull(page.changes);
    out.cursor = page.cursor;
    out.hasMore = page.hasMore;
}

void SyncEngine::onPullAnswer(const Reply &reply)
{
    if (reply.status != 200) {
        onPullPage(reply);
        return;
    }
    // A catch-up page holds thousands of changes: parsed on the read thread, so the UI stays
    // smooth. m_fetching stays set until it is back, so no page is asked for twice meanwhile.
    const quint64 generation = m_pullGeneration;
    runOnWorker(
        m_reader, this,
        [body = reply.body] {
            auto read = std::make_shared<PullRead>();
            const QJsonObject json = protocol::parseJsonObject(body);
            read->garbled = json.isEmpty();
            if (!read->garbled) {
                read->serverTime = json.value(QStringLiteral("server_time"));
                readPullPage(json, *read);
            }
            return read;
        },
        [this, generation](const std::shared_ptr<PullRead> &read) {
            if (generation != m_pullGeneration)
                return; // the cycle ended or started over meanwhile: the page comes again
            observeServerTime(QJsonObject{{QStringLiteral("server_time"), read->serverTime}});
            onPullRead(*read);
        });
}

void SyncEngine::onPullPage(const Reply &reply)
{
    if (reply.status == 200) {
        // A waiting pull's answer (parsed where it arrived: it holds a colleague's few changes).
        PullRead read;
        readPullPage(reply.json, read);
        onPullRead(read);
        return;
    }
    m_fetching = false;
    const bool idle = !m_applying && !m_groupPending;
    if (reply.status == 410 && !m_cycle.resynced && idle) {
        resyncFromScratch();
        return;
    }
    pageFailed(reply);
}

void SyncEngine::onPullRead(PullRead &read)
{
    m_fetching = false;
    if (read.garbled || read.refused) {
        if (read.refused)
            qCWarning(lcSync) << "pull page refused:" << read.refused->message;
        pageFailed(unreadablePage(read.garbled));
        return;
    }
    QList<Notebook::RemoteChange> &changes = read.changes;
    const QString &cursor = read.cursor;
    const bool hasMore = read.hasMore;
    if (changes.isEmpty() && cursor == m_pullCursor) {
        m_fetchDone = true;
    } else {
        // Pages are applied in the order they came; a group of them is the
        // same changes as the pages one after another.
        m_group.append(std::move(changes));
        m_groupCursor = cursor;
        m_groupPending = true;
        m_pullCursor = cursor;
        m_fetchDone = !hasMore;
        m_catchingUp = m_catchingUp || hasMore;
    }
    advancePull();
}

void SyncEngine::advancePull()
{
    if (!m_applying && m_groupPending) {
        m_groupPending = false;
        const QList<Notebook::RemoteChange> changes = std::exchange(m_group, {});
        // The group and its cursor commit in one transaction. An erasure is scrubbed from the
        // files by applyRemotePage itself.
        startApply(changes.size(), [notebook = m_notebook, changes, cursor = m_groupCursor] {
            return notebook->applyRemotePage(changes, cursor);
        });
    }
    if (!m_fetchDone && !m_fetching && !m_pullFailure && m_group.size() < MaxGroupChanges)
        fetchNextPage();
    if (m_fetchDone && !m_fetching && !m_applying && !m_groupPending)
        finishCycle(true);
}

void SyncEngine::startApply(qint64 count, std::function<Status()> apply)
{
    m_applying = true;
    m_applyingCount = count;
    const quint64 generation = m_pullGeneration;
    runOnWorker(
        m_applier, this,
        [apply = std::move(apply)] {
            const Status applied = apply();
            return applied ? QString() : applied.errorMessage();
        },
        [this, generation](const QString &error) { onApplied(generation, error); });
}

void SyncEngine::onApplied(quint64 generation, const QString &error)
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
        // Pages fetched but not applied are dropped: they come again next time.
        const Reply failure = *std::exchange(m_pullFailure, std::nullopt);
        m_groupPending = false;
        m_group.clear();
        m_snapshotWaiting.clear();
        pageFailed(failure);
        return;
    }
    if (m_phase == Phase::Snapshot)
        advanceSnapshot();
    else
        advancePull();
}

void SyncEngine::pageFailed(const Reply &reply)
{
    if (m_applying) {
        // Never wipe or end the cycle under a running apply: the failure waits for it.
        m_pullFailure = reply;
        return;
    }
    if (m_phase == Phase::Snapshot)
        snapshotFailed(reply);
    else
        handleCommonFailure(reply);
}

SyncEngine::Reply SyncEngine::malformedPage(const Reply &reply)
{
    Reply refused = reply;
    refused.status = 0;
    refused.json = {};
    refused.networkError = true;
    refused.transportProblem = {SyncError::MalformedPage};
    return refused;
}

SyncEngine::Reply SyncEngine::unreadablePage(bool garbled)
{
    // A cut or garbled body is a transport failure, as for every other answer.
    Reply failed = malformedPage({});
    if (garbled)
        failed.transportProblem = {SyncError::Unreachable};
    return failed;
}

void SyncEngine::resyncFromScratch()
{
    // Our cursor is older than the server's tombstones: the outbox is already
    // pushed (push runs first), so start over from an empty notebook.
    m_cycle.resynced = true;
    if (m_notebook->pendingMutationCount() > 0) {
        finishCycle(false, {SyncError::ResyncBlocked});
        return;
    }
    qCInfo(lcSync) << "server requires a full resync; wiping and pulling from scratch";
    if (Status s = LocalData::wipe(*m_notebook); !s) {
        finishCycle(false, {SyncError::LocalFailure, {}, s.errorMessage()});
        return;
    }
    (void)m_notebook->setCurrentStaff(staffId());
    Q_EMIT localDataWiped(tr("This device was offline too long and reloaded everything from the server."));
    pullStep();
}

void SyncEngine::handleCommonFailure(const Reply &reply)
{
    // Only an administrator's revocation wipes the device. Any other 401 (an expired or
    // ended session, a server restored from a backup, a proxy in the way) keeps every
    // local change and asks the person to sign in again.
    if (reply.status == 401 && reply.errorCode() == QLatin1String("device_revoked")) {
        wipeAfterRevocation();
        return;
    }
    if (reply.status == 401) {
        requireSignIn(reply.errorCode());
        return;
    }
    // A busy or rate-limiting server says when to come back; that wins over our own backoff.
    m_retryAfterMs = 0;
    if (const auto seconds = protocol::wholeNumber(reply.json.value(QStringLiteral("retry_after"))); seconds && *seconds > 0)
        m_retryAfterMs = int(qMin<qint64>(*seconds, MaxBackoffMs / 1000) * 1000);
    finishCycle(false, reply.networkError ? reply.transportProblem : reply.serverProblem());
}

void SyncEngine::finishCycle(bool ok, const SyncProblem &problem)
{
    ++m_pullGeneration; // a fetch still on the wire is ignored
    updatePendingCount();
    if (ok) {
        transition(Phase::Idle, "cycle complete");
        m_backoffMs = 0;
        m_failuresInRow = 0;
        if (!m_signingOut) {
            m_lastSyncedAt = QDateTime::currentDateTime();
            (void)m_notebook->setCurrentStaff(staffId());
            setState(State::Synced);
            if (!m_waitingFor.isEmpty()) {
                // Pulled, but someone's changes wait for them to sign in again here.
                const QString name = personOf(m_waitingFor).value(QStringLiteral("staff")).toObject()
                                         .value(QStringLiteral("name")).toString();
                m_problem = {SyncError::WaitingForPerson, {}, name};
                m_state = State::Error;
                Q_EMIT stateChanged();
            }
        }
    } else {
        qCInfo(lcSync) << "sync failed:" << int(problem.code) << problem.serverCode << problem.text();
        transition(problem.code == SyncError::Unreachable || !m_online ? Phase::Offline : Phase::Backoff,
                   "cycle failed");
        setError(problem);
        scheduleRetry();
    }
    Q_EMIT syncFinished(ok);
    if (ok && !m_signingOut)
        syncActivity();
    if (m_signingOut) {
        finishSignOut();
        return;
    }
    if (m_again && signedIn())
        QTimer::singleShot(0, this, &SyncEngine::syncNow);
    else if (ok)
        rest();
}

void SyncEngine::scheduleRetry()
{
    ++m_failuresInRow;
    m_backoffMs = m_backoffMs == 0 ? MinBackoffMs : qMin(MaxBackoffMs, m_backoffMs * 2);
    if (m_failuresInRow <= QuickRetries)
        m_backoffMs = qMin(m_backoffMs, QuickBackoffCapMs);
    if (!m_automatic || !signedIn())
        return;
    // Full jitter in the upper half: devices that failed together do not retry together.
    int delay = m_backoffMs / 2 + int(QRandomGenerator::global()->bounded(m_backoffMs / 2 + 1));
    if (m_retryAfterMs > 0)
        delay = qMax(delay, m_retryAfterMs);
    m_retry.start(delay);
}

} // namespace rapport
