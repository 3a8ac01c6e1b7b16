#pragma once

#include "clockoffset.h"
#include "notebook.h"
#include "noteindexer.h"
#include "syncerror.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QVariantList>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPointer>
#include <QSslCertificate>
#include <QTimer>
#include <QUrl>

#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QThread;
class QNetworkReply;

namespace rapport {

class Notebook;
class TokenStore;
class Reachability;
class AppLifecycle;

/**
 * Keeps one device's notebook in step with the server: push the outbox in
 * batches, then pull pages and apply them on a worker thread, each page (or
 * each group of pages that arrived while the worker was busy) in one
 * transaction with its cursor. Never blocks the UI; every state is visible through the
 * properties below. Protocol: docs/ARCHITECTURE.md, "Wire protocol".
 */
class SyncEngine : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SyncEngine)
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY sessionChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY sessionChanged)
    Q_PROPERTY(QString login READ login NOTIFY sessionChanged)
    Q_PROPERTY(QString staffId READ staffId NOTIFY sessionChanged)
    Q_PROPERTY(QString staffName READ staffName NOTIFY sessionChanged)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY sessionChanged)
    Q_PROPERTY(QString serverDeviceId READ serverDeviceId NOTIFY sessionChanged)
    Q_PROPERTY(QDateTime lastSyncedAt READ lastSyncedAt NOTIFY stateChanged)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY pendingCountChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY stateChanged)
    Q_PROPERTY(QString tokenStorage READ tokenStorage NOTIFY sessionChanged)
    Q_PROPERTY(bool online READ online NOTIFY stateChanged)
    Q_PROPERTY(bool signInRequired READ signInRequired NOTIFY sessionChanged)
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY stateChanged)
    Q_PROPERTY(QString lastRejection READ lastRejection NOTIFY stateChanged)
    Q_PROPERTY(QVariantList people READ people NOTIFY sessionChanged)
    /** Changes applied by the running pull (0 when none runs). */
    Q_PROPERTY(qint64 pulledCount READ pulledCount NOTIFY pullProgressChanged)
    /** Records the running snapshot holds in all (0 when none runs or the server did not say). */
    Q_PROPERTY(qint64 snapshotTotal READ snapshotTotal NOTIFY pullProgressChanged)
public:
    /** The apply thread's name, as debuggers and /proc show it (Linux keeps its first 15 characters). */
    static constexpr char ApplyThreadName[] = "rapport-sync-apply";
    /** The thread that parses snapshot pages off the UI thread. */
    static constexpr char ReadThreadName[] = "rapport-sync-read";

    /** How a PIN check went (see unlock()). */
    enum class PinResult {
        Unlocked,
        Wrong, // tries remain
        LockedOut, // that was the last try: the PIN is gone until they sign in with their password
        PasswordNeeded, // no PIN chosen, or their session ended: only the password works
        UnknownPerson
    };
    Q_ENUM(PinResult)
    /** Wrong PINs in a row before a person must use their password again. */
    static constexpr int MaxPinTries = 5;

    /**
     * SignInRequired: the server ended this device's session (expired, password reset,
     * signed out elsewhere); local data and waiting changes are kept until someone signs
     * in again, then they are sent.
     */
    enum class State { SignedOut, Offline, Syncing, Synced, Error, SignInRequired };
    Q_ENUM(State)

    /**
     * What the engine is doing: the one state machine behind state() (which is what people
     * see). Every change goes through one transition function that logs it and checks it is
     * allowed (see docs/ARCHITECTURE.md, "The device's sync phases").
     */
    enum class Phase {
        SignedOut, // no session: nothing is sent
        SigningIn, // the first person's sign-in is on the wire
        Idle, // signed in, nothing running; the periodic timer pulls
        Pushing, // sending the outbox (a sync cycle has begun)
        Pulling, // fetching and applying pages
        LiveWait, // one pull held open by the server, waiting for a colleague's change
        Backoff, // a cycle failed; the retry timer runs (honouring the server's retry_after)
        Offline, // the server cannot be reached; retried on a timer and when the network returns
        SignInRequired, // the server ended the session; local data kept
        Snapshot, // no pull cursor (a fresh device, a wipe): loading the organisation's current state
    };
    Q_ENUM(Phase)
    /** True when `to` may follow `from` (the table in syncengine.cpp). */
    static bool transitionAllowed(Phase from, Phase to);

    /**
     * `notebook` must outlive the engine. `tokens` keeps the device token;
     * `dataDir` holds the non-secret session file. `clock` is the offset the
     * notebook's clock was opened with (see ClockOffset); may be null.
     */
    SyncEngine(Notebook *notebook, QString dataDir, std::unique_ptr<TokenStore> tokens,
               std::shared_ptr<ClockOffset> clock = {}, QObject *parent = nullptr);
    ~SyncEngine() override;

    // Wiring (optional): automatic triggers.
    void setReachability(Reachability *reachability);
    void setAppLifecycle(AppLifecycle *lifecycle);
    /** Extra CA certificates trusted for https servers (e.g. a store's own CA). */
    void setCaCertificates(const QList<QSslCertificate> &certificates);
    /** Off: only syncNow() syncs (tests drive the order themselves). On by default. */
    void setAutomaticSync(bool enabled);
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }
    void setPeriodicInterval(int ms) { m_periodic.setInterval(ms); }
    void setRequestTimeout(int ms) { m_requestTimeoutMs = ms; }
    void setPushBatchSize(int count) { m_pushBatchSize = qMax(1, count); }
    void setPullPageSize(int count)
    {
        m_pullPageSize = qMax(1, count);
        m_pullPageSizeSet = true;
    }
    /** Records asked per snapshot page (the server's largest page by default). */
    void setSnapshotPageSize(int count) { m_snapshotPageSize = qMax(1, count); }
    /**
     * On by default: a device with no pull cursor loads the organisation's current state
     * (Phase::Snapshot) instead of pulling its history from cursor 0. Off: the history is pulled.
     */
    void setSnapshotEnabled(bool enabled) { m_snapshotEnabled = enabled; }

    State state() const { return m_state; }
    Phase phase() const { return m_phase; }
    /** Transitions the table did not allow since the engine started (logged as warnings; tests expect 0). */
    int unexpectedTransitions() const { return m_unexpectedTransitions; }
    /** Live pull (on by default, with automatic sync): keep one waiting pull open while idle. */
    void setLivePull(bool enabled) { m_livePull = enabled; }
    /** How long the server may hold a waiting pull, in seconds (the `wait` parameter). */
    void setLiveWaitSeconds(int seconds) { m_liveWaitSeconds = qBound(1, seconds, 30); }
    /** Live pull falls back to periodic pulls for this long after a wait was cut or not held. */
    void setLiveFallbackInterval(int ms) { m_liveFallbackMs = ms; }
    /** Whether live pull is currently set aside for periodic pulls. */
    bool liveFallbackActive() const;
    QString statusText() const;
    /**
     * "1 change waiting", "3 changes waiting": the one wording of the outbox everywhere.
     * Translatable with plural forms (%n); English reads right without a catalogue.
     */
    static QString changesWaitingText(int count);
    bool signedIn() const { return !m_token.isEmpty(); }
    bool busy() const { return cycleRunning(); }
    bool online() const { return m_online; }
    bool signInRequired() const { return m_signInRequired; }
    /** Changes the server refused (or that could never be sent) since the app started. */
    int rejectedCount() const { return m_rejectedCount; }
    /** Why the last of them was refused, in words. */
    QString lastRejection() const { return m_lastRejection; }
    /** The request body limit pushes are built within (announced by the server). */
    qint64 maxPushBytes() const;
    QString serverUrl() const { return m_serverUrl.toString(); }
    QString login() const { return m_session.value(QStringLiteral("login")).toString(); }
    QString staffId() const;
    QString staffName() const;
    QString organisationName() const;
    QString serverDeviceId() const { return m_session.value(QStringLiteral("device_id")).toString(); }
    QDateTime lastSyncedAt() const { return m_lastSyncedAt; }
    int pendingCount() const { return m_pendingCount; }
    qint64 pulledCount() const { return m_pulledCount; }
    qint64 snapshotTotal() const { return m_phase == Phase::Snapshot ? m_snapshotTotal : 0; }
    /** Fills the note search index a large pull left for later (see NoteIndexer). */
    NoteIndexer *noteIndexer() const { return m_noteIndexer; }
    /** The last failure in words (derived from lastProblem()). */
    QString lastError() const { return m_problem.text(); }
    /** The last failure as a code, with the facts its words need. */
    SyncProblem lastProblem() const { return m_problem; }
    SyncError lastErrorCode() const { return m_problem.code; }
    /** Why the last sign-in failed (code None after a successful one). */
    SyncProblem signInProblem() const { return m_signInProblem; }
    QString tokenStorage() const;
    /** Current backoff delay after consecutive failures (0 when healthy). */
    int backoffMs() const { return m_backoffMs; }

    // ---- the people of a shared tablet (tabletpeople.cpp) ----
    /**
     * Everyone signed in on this device, each with their own server session:
     * [{staffId, name, login, role, storeId, active, hasPin, pinTriesLeft, signInRequired}].
     * Signing in again as another person adds them; the one who writes is the active one.
     */
    QVariantList people() const;
    /** The active person has chosen a PIN. */
    bool activeHasPin() const;
    /** Sets the active person's PIN (4-8 digits, kept only as an Argon2id hash); the problem, or "". */
    QString setPin(const QString &pin);
    /**
     * Makes `staffId` the active person if `pin` is theirs. After MaxPinTries wrong PINs in a row
     * their PIN is removed: only their password (a new sign-in) lets them back in.
     */
    PinResult unlock(const QString &staffId, const QString &pin);
    int pinTriesLeft(const QString &staffId) const;
    /**
     * Ends one person's session on this device, keeping everyone else's and the data. The last
     * person signing out is signOut(). False (with the reason) while their changes wait to be sent.
     */
    bool signOutPerson(const QString &staffId, QString *reason = nullptr);

    // ---- the activity trail (activityreports.cpp) ----
    /**
     * Tells the server's activity trail of an import, export, merge or reassignment made on
     * this device (`kind` "import", "export", "merge" or "reassign"; `subjectId` the client or
     * staff member concerned). The server takes imports, merges and reassignments from managers
     * and admins only. Kept in activity-reports.json in the data folder until the server has it, so
     * one made offline is sent after a later sync; each carries an id, so a retry counts once.
     */
    void reportActivity(const QString &kind, const QString &summary, const QString &subjectId = {});
    /** Reports not yet accepted by the server. */
    int pendingActivityReports() const;
    /**
     * The trail as last fetched (newest first), kept in activity.json for offline reading:
     * [{seq, time, staff_id, staff_name, kind, summary, subject_id}]. Empty for associates.
     */
    QJsonArray cachedActivity() const;
    /** When cachedActivity() was fetched (invalid: never). */
    QDateTime activityFetchedAt() const;

public Q_SLOTS:
    /** Fetches the newest entries of the trail (managers and admins); activityRefreshed() tells how it went. */
    void refreshActivity();
    /** Signs this device in; signInFinished() tells the outcome. Syncs on success. */
    void signIn(const QString &serverUrl, const QString &login, const QString &password,
                const QString &deviceName = QString());
    /** The person who writes from now on (also the notebook's current staff); they must be signed in here. */
    bool activate(const QString &staffId);
    /**
     * Pushes pending changes, ends the session and wipes local data. If changes
     * cannot be pushed and `discardPending` is false, nothing is wiped and
     * signOutBlocked() asks the person to confirm.
     */
    void signOut(bool discardPending = false);
    /** Push then pull now (or right after the running sync). */
    void syncNow();

Q_SIGNALS:
    void stateChanged();
    void pullProgressChanged();
    void phaseChanged(rapport::SyncEngine::Phase from, rapport::SyncEngine::Phase to);
    void sessionChanged();
    void pendingCountChanged();
    /** `error` is signInProblem().text(); look at signInProblem() to know what went wrong. */
    void signInFinished(bool ok, const QString &error);
    /** `reason` is why the changes could not be sent (lastProblem() in words). */
    void signOutBlocked(int pendingCount, const QString &reason);
    void signOutFinished();
    /** One sync cycle ended (ok = pushed and pulled everything). */
    void syncFinished(bool ok);
    /** The server refused some changes for good; they will not be retried. */
    void changesRejected(const QList<qint64> &mids, const QStringList &messages);
    /** Local data was removed: sign-out, revoked device, or a resync from scratch. */
    void localDataWiped(const QString &reason);
    /** The trail was fetched (ok) or refused; `problem` says why in words. */
    void activityRefreshed(bool ok, const QString &problem);
    void activityReportsChanged();

private:
    struct Reply
    {
        int status = 0; // HTTP status; 0 when no response arrived
        QJsonObject json;
        QByteArray body; // a 200's bytes, unparsed, when they were asked for (BodyAs::Bytes); json is empty then
        bool networkError = false;
        bool tlsError = false;
        SyncProblem transportProblem; // when networkError: unreachable, a TLS failure or a garbled body
        QString errorCode() const;
        /** The server's refusal as a problem (its code, message and status). */
        SyncProblem serverProblem() const;
    };
    using ReplyHandler = std::function<void(const Reply &)>;

    void send(const QByteArray &method, const QString &path, const QJsonObject &body,
              bool authorised, ReplyHandler handler);
    void sendText(const QByteArray &method, const QString &path, const QByteArray &payload,
                  bool authorised, ReplyHandler handler);
    /** Called as an answer is in, before its body is read: it may look at the headers. */
    using ArrivalHandler = std::function<void(const QNetworkReply &)>;
    /** How a successful answer reaches the handler: parsed on this thread, or as bytes to parse elsewhere. */
    enum class BodyAs { Json, Bytes };
    /** Sends with `token` (a person's session; empty: none). */
    QNetworkReply *sendTextWith(const QByteArray &method, const QString &path, const QByteArray &payload,
                                const QString &token, ReplyHandler handler, int timeoutMs = 0,
                                ArrivalHandler arrived = {}, BodyAs bodyAs = BodyAs::Json);
    void observeLimits(const QJsonObject &json);
    void noteRejected(const QList<qint64> &mids, const QStringList &reasons);
    void requireSignIn(const QString &code);
    /**
     * The server ended the session of `staffId`: their token goes, the reason stays with them
     * (saved). Their changes wait until they sign in again; the others' sessions carry on.
     */
    void forgetPersonToken(const QString &staffId, const QString &code);
    void observeServerTime(const QJsonObject &json);

    // The state machine: the one place the phase changes.
    void transition(Phase to, const char *why);
    bool cycleRunning() const
    {
        return m_phase == Phase::Pushing || m_phase == Phase::Pulling || m_phase == Phase::Snapshot;
    }
    /** The phase a cycle that is not running rests in (Idle, or LiveWait when a wait can be opened). */
    void rest();
    void beginCycle();
    void openLiveWait();
    void cancelLiveWait();
    void onLiveWaitReply(const Reply &reply, qint64 startedMs);
    void fallBackToPeriodic(const char *why);

    void pushStep();
    void pullStep();
    void startPull(const char *why);
    void resetPull();
    void fetchNextPage();
    /** A fetched page: a 200 goes to the read thread, anything else to onPullPage(). */
    void onPullAnswer(const Reply &reply);
    /** A waiting pull's answer, or a page that could not be had. */
    void onPullPage(const Reply &reply);
    struct PullRead;
    /** Checks one pull page and turns it into changes (any thread: nothing of the engine is touched). */
    static void readPullPage(const QJsonObject &json, PullRead &out);
    void onPullRead(PullRead &read);
    void advancePull();
    /** One apply at a time, on the applier thread; onApplied() goes on with the pull or the snapshot. */
    void startApply(qint64 count, std::function<Status()> apply);
    void onApplied(quint64 generation, const QString &error);
    /** A page could not be had: the failure waits for a running apply, or ends the pull now. */
    void pageFailed(const Reply &reply);
    static Reply malformedPage(const Reply &reply);
    /** A page the read thread could not take: `garbled` (not JSON: a cut answer) or refused by the protocol. */
    static Reply unreadablePage(bool garbled);
    void finishCycle(bool ok, const SyncProblem &problem = {});
    void handleCommonFailure(const Reply &reply);
    void resyncFromScratch();

    // The snapshot (snapshotsync.cpp): pages fetched one ahead of the apply.
    void snapshotStep();
    void fetchSnapshotPage();
    void onSnapshotArrival(const QNetworkReply &reply);
    void onSnapshotPage(const Reply &reply);
    struct SnapshotRead;
    /** Parses one page on the read thread, into `out` (nothing of the engine is touched). */
    static void readSnapshotPage(const QByteArray &body, const QByteArray &announced, SnapshotRead &out);
    void onSnapshotRead(quint64 generation, const std::shared_ptr<SnapshotRead> &read);
    int snapshotPagesAhead() const;
    void advanceSnapshot();
    void snapshotFailed(const Reply &reply);
    [[nodiscard]] bool restampFutureMutations();
    void wipeAfterRevocation();
    void wipeLocalData();
    void finishSignOut();

    /** After a good sync: sends waiting activity reports and, for a manager, fetches the trail. */
    void syncActivity();
    /** Sends the oldest waiting report of the active person; false when there is none to send. */
    bool sendActivityReports();
    void refreshActivityIfManager();
    void forgetActivity();
    bool m_sendingReports = false;
    bool m_fetchingActivity = false;

    void setState(State state);
    void setError(const SyncProblem &problem);
    void updatePendingCount();
    void scheduleRetry();
    void onLocalChange();
    void setOnline(bool online);
    void loadSession();
    void saveSession();
    void clearSession();
    QString tokenAccount() const;
    // People: the session file's "people" list; the top-level login/staff/device_id is the active one.
    QJsonArray peopleArray() const;
    QJsonObject personOf(const QString &staffId) const;
    void storePerson(const QJsonObject &person);
    void loadPeople();
    /** Adds or refreshes the person a sign-in reply names, and makes them active. */
    void addPerson(const QString &login, const QJsonObject &reply);
    QString personTokenAccount(const QString &staffId) const;
    /** Whose session changes by `authorId` are pushed with (the active person's for unknown authors). */
    QString pusherOf(const QString &authorId) const;

    Notebook *m_notebook;
    QString m_dataDir;
    std::unique_ptr<TokenStore> m_tokens;
    std::shared_ptr<ClockOffset> m_clock;
    QNetworkAccessManager m_network;
    QList<QSslCertificate> m_caCertificates;
    QThread *m_applyThread = nullptr;
    NoteIndexer *m_noteIndexer = nullptr; // held while a pull runs
    qint64 m_pulledCount = 0;
    qint64 m_applyingCount = 0; // changes in the group being applied
    QObject *m_applier = nullptr; // lives on m_applyThread
    QThread *m_readThread = nullptr;
    QObject *m_reader = nullptr; // lives on m_readThread

    QUrl m_serverUrl;
    QString m_token; // the active person's
    QJsonObject m_session;
    QHash<QString, QString> m_personTokens; // staff id -> token, for everyone signed in here
    QString m_pushStaffId; // whose session the push on the wire uses
    QString m_waitingFor; // the person whose changes wait for them to sign in (this cycle)

    State m_state = State::SignedOut;
    SyncProblem m_problem; // shown while the state is Error, SignInRequired or Offline
    SyncProblem m_signInProblem;
    QDateTime m_lastSyncedAt;
    int m_pendingCount = 0;
    Phase m_phase = Phase::SignedOut;
    /** What one cycle has tried already (each recovery runs once per cycle); reset as a cycle begins. */
    struct Cycle
    {
        bool restamped = false; // clock-skew refusal: waiting changes re-stamped
        bool shrunk = false; // 413: the batch built again within a smaller limit
        bool resynced = false; // 410: wiped and pulled from scratch
        qint64 lastAckedMid = 0;
    };
    Cycle m_cycle;
    int m_unexpectedTransitions = 0;
    bool m_online = true;
    bool m_again = false;
    bool m_signInRequired = false;
    int m_rejectedCount = 0;
    QString m_lastRejection;
    qint64 m_maxPushBytes = 0; // 0: not announced yet
    static constexpr qint64 DefaultPushBytes = 4 * 1024 * 1024; // the server's default limit
    static constexpr qint64 MinPushBytes = 16 * 1024;
    bool m_signingOut = false;
    bool m_discardOnSignOut = false;

    bool m_automatic = true;
    QTimer m_debounce;
    QTimer m_periodic;
    QTimer m_retry;
    int m_backoffMs = 0;
    int m_retryAfterMs = 0; // the server's retry_after with the last refusal (0: none)
    int m_failuresInRow = 0;
    int m_requestTimeoutMs = 30000;
    int m_pushBatchSize = 200;
    int m_pullPageSize = 500;
    bool m_pullPageSizeSet = false; // set explicitly: also used while catching up
    static constexpr int CatchUpPageSize = 1000; // the server's largest page
    bool m_catchingUp = false; // this pull began from nothing, or a page said more is waiting

    // Live pull: one waiting request while idle (Phase::LiveWait).
    bool m_livePull = true;
    bool m_foreground = true; // no wait is held while the app is in the background
    int m_liveWaitSeconds = 25;
    int m_liveFallbackMs = 10 * 60 * 1000;
    qint64 m_liveFallbackUntilMs = 0; // periodic pulls until then (a wait was cut or not held)
    quint64 m_liveGeneration = 0; // a reply of a cancelled wait is ignored
    QPointer<QNetworkReply> m_liveReply;

    // Pull pipeline: the next page is fetched while the worker applies the
    // pages before it; pages that arrive meanwhile are applied together (one
    // transaction, cursor of the last page) once the worker is free.
    static constexpr int MaxGroupChanges = 10000; // stop fetching ahead beyond this
    quint64 m_pullGeneration = 0; // replies and applies of an ended pull are ignored
    QString m_pullCursor; // what the next request asks from
    bool m_fetching = false;
    bool m_fetchDone = false;
    bool m_applying = false;
    bool m_groupPending = false;
    QList<Notebook::RemoteChange> m_group;
    QString m_groupCursor;
    std::optional<Reply> m_pullFailure; // a failed fetch waits for the running apply

    // Snapshot pipeline: one page is fetched while the one before it is applied (memory stays at
    // two pages whatever the organisation's size).
    struct SnapshotStep
    {
        QList<Notebook::RemoteChange> records;
        Notebook::SnapshotProgress progress; // stored with the page: where a restart resumes
        QString cursor; // where pulls continue after the last page
        qint64 entries = 0;
    };
    bool m_snapshotEnabled = true;
    bool m_snapshotUnsupported = false; // the server has no snapshot: pull from cursor 0
    int m_snapshotPageSize = 5000;
    QString m_snapshotAfter; // the token the next page is asked after (empty: the first page)
    qint64 m_snapshotTotal = 0;
    qint64 m_snapshotReceived = 0; // entries fetched, counting those applied before a restart
    /**
     * Snapshot pages read, waiting for the apply before them. A request for the next page goes out
     * while fewer than this many wait, counting the pages being read and an answer just in.
     */
    static constexpr int SnapshotPagesAhead = 2;
    std::deque<SnapshotStep> m_snapshotWaiting;
    int m_snapshotReading = 0; // pages handed to the read thread, not back yet
    bool m_snapshotNextKnown = true; // m_snapshotAfter names the page after the newest one in
    QByteArray m_snapshotAnnounced; // the next-page header of the answer being read (empty: none)
};

} // namespace rapport
