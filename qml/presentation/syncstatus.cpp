#include "syncstatus.h"

#include "formatting.h"
#include "language.h"
#include "session.h"

#include "syncengine.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcUiSync, "rapport.ui.sync")

namespace rapport::ui {

namespace {
SyncStatus *s_instance = nullptr;

QString timeOfDay(const QDateTime &when)
{
    return formatting::timeOfDay(when.toLocalTime().time());
}
} // namespace

SyncStatus::SyncStatus(SyncEngine *engine, Session *session, QObject *parent)
    : QObject(parent), m_engine(engine), m_session(session)
{
    if (Language *language = Language::instance())
        connect(language, &Language::changed, this, &SyncStatus::changed); // its texts in the new language
    if (!m_engine)
        return;
    setUpLock();
    connect(m_engine, &SyncEngine::stateChanged, this, &SyncStatus::changed);
    connect(m_engine, &SyncEngine::pendingCountChanged, this, &SyncStatus::changed);
    connect(m_engine, &SyncEngine::sessionChanged, this, &SyncStatus::changed);
    connect(m_engine, &SyncEngine::pullProgressChanged, this, &SyncStatus::progressChanged);
    connect(m_engine, &SyncEngine::phaseChanged, this, &SyncStatus::progressChanged);
    connect(m_engine->noteIndexer(), &NoteIndexer::progressChanged, this, &SyncStatus::progressChanged);
    // The engine makes the signed-in person the notebook's current staff (once
    // their row has arrived); the header and the note stamps follow it.
    const auto staffMayHaveChanged = [this] {
        if (m_session)
            m_session->refreshCurrentStaff();
    };
    connect(m_engine, &SyncEngine::sessionChanged, this, staffMayHaveChanged);
    connect(m_engine, &SyncEngine::syncFinished, this, staffMayHaveChanged);
    connect(m_engine, &SyncEngine::signInFinished, this, [this, staffMayHaveChanged](bool ok) {
        m_signingIn = false;
        // The engine's problem is a code; its words (SyncProblem::text) are the page's words.
        const SyncProblem problem = m_engine->signInProblem();
        m_signInError = ok ? QString() : problem.text();
        qCInfo(lcUiSync) << "sign-in" << (ok ? "succeeded" : "failed:") << int(problem.code) << problem.serverCode;
        staffMayHaveChanged();
        Q_EMIT changed();
        Q_EMIT signInFinished(ok, m_signInError);
    });
    connect(m_engine, &SyncEngine::signOutBlocked, this, &SyncStatus::signOutBlocked);
    connect(m_engine, &SyncEngine::signOutFinished, this, [this, staffMayHaveChanged] {
        if (m_session)
            m_session->forgetNoteDrafts(); // the notes' clients left with the data
        staffMayHaveChanged();
        Q_EMIT changed();
        Q_EMIT signedOut();
    });
    connect(m_engine, &SyncEngine::localDataWiped, this, [this, staffMayHaveChanged](const QString &reason) {
        if (m_session)
            m_session->forgetNoteDrafts();
        staffMayHaveChanged();
        Q_EMIT localDataWiped(reason);
    });
}

SyncStatus::~SyncStatus()
{
    if (s_instance == this)
        s_instance = nullptr;
}

void SyncStatus::setInstance(SyncStatus *status)
{
    s_instance = status;
}

SyncStatus *SyncStatus::instance()
{
    return s_instance;
}

SyncStatus *SyncStatus::create(QQmlEngine *, QJSEngine *jsEngine)
{
    Q_ASSERT_X(s_instance, "SyncStatus::create", "main() must make the SyncStatus before QML loads");
    jsEngine->setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void SyncStatus::setSuggestions(const QString &server, const QString &login)
{
    m_suggestedServer = server;
    m_suggestedLogin = login;
    Q_EMIT changed();
}

QString SyncStatus::state() const
{
    if (!m_engine)
        return QStringLiteral("signedOut");
    switch (m_engine->state()) {
    case SyncEngine::State::SignedOut: return QStringLiteral("signedOut");
    case SyncEngine::State::Offline: return QStringLiteral("offline");
    case SyncEngine::State::Syncing: return QStringLiteral("syncing");
    case SyncEngine::State::Error: return QStringLiteral("error");
    case SyncEngine::State::SignInRequired: return QStringLiteral("signInRequired");
    case SyncEngine::State::Synced: break;
    }
    return m_engine->pendingCount() > 0 ? QStringLiteral("waiting") : QStringLiteral("synced");
}

QString SyncStatus::badgeText() const
{
    if (m_engine && m_engine->signInRequired()) {
        const int waiting = m_engine->pendingCount();
        return waiting > 0 ? tr("Sign in again · %1").arg(SyncEngine::changesWaitingText(waiting))
                           : tr("Sign in again");
    }
    if (!m_engine || !m_engine->signedIn())
        return tr("This device only");
    const int pending = m_engine->pendingCount();
    switch (m_engine->state()) {
    case SyncEngine::State::SignedOut:
    case SyncEngine::State::SignInRequired: return tr("This device only");
    case SyncEngine::State::Offline:
        return pending > 0 ? tr("Offline · %1").arg(SyncEngine::changesWaitingText(pending)) : tr("Offline");
    case SyncEngine::State::Syncing: return tr("Syncing…");
    case SyncEngine::State::Error:
        // The full reason is on the sync page; the badge must stay short.
        return pending > 0 ? tr("Sync problem · %1").arg(SyncEngine::changesWaitingText(pending))
                           : tr("Sync problem");
    case SyncEngine::State::Synced: break;
    }
    if (pending > 0)
        return SyncEngine::changesWaitingText(pending);
    if (m_engine->lastSyncedAt().isValid())
        return tr("Synced at %1").arg(timeOfDay(m_engine->lastSyncedAt()));
    return tr("Not synced yet");
}

QString SyncStatus::statusText() const
{
    return m_engine ? m_engine->statusText() : tr("Not signed in");
}

QString SyncStatus::progressText() const
{
    if (!m_engine)
        return {};
    const QLocale locale;
    if (m_engine->phase() == SyncEngine::Phase::Snapshot && m_engine->snapshotTotal() > 0)
        return tr("%1 of %2 clients and notes").arg(locale.toString(m_engine->pulledCount()),
                                                      locale.toString(m_engine->snapshotTotal()));
    if ((m_engine->phase() == SyncEngine::Phase::Pulling || m_engine->phase() == SyncEngine::Phase::Snapshot)
        && m_engine->pulledCount() > 0)
        return tr("Receiving clients and notes: %1 so far").arg(locale.toString(m_engine->pulledCount()));
    const NoteIndexer *indexer = m_engine->noteIndexer();
    if (indexer->active())
        return tr("Indexing notes for search: %1 of %2").arg(locale.toString(indexer->indexed()),
                                                              locale.toString(indexer->total()));
    return {};
}

double SyncStatus::progressValue() const
{
    if (!m_engine || m_engine->phase() == SyncEngine::Phase::Pulling)
        return -1;
    if (m_engine->phase() == SyncEngine::Phase::Snapshot)
        return m_engine->snapshotTotal() > 0
            ? qMin(1.0, double(m_engine->pulledCount()) / double(m_engine->snapshotTotal()))
            : -1;
    const NoteIndexer *indexer = m_engine->noteIndexer();
    return indexer->total() > 0 ? double(indexer->indexed()) / double(indexer->total()) : -1;
}

bool SyncStatus::signedIn() const { return m_engine && m_engine->signedIn(); }
bool SyncStatus::signInRequired() const { return m_engine && m_engine->signInRequired(); }
int SyncStatus::rejectedCount() const { return m_engine ? m_engine->rejectedCount() : 0; }
QString SyncStatus::lastRejection() const { return m_engine ? m_engine->lastRejection() : QString(); }
bool SyncStatus::busy() const { return m_engine && m_engine->busy(); }
QString SyncStatus::serverUrl() const { return m_engine ? m_engine->serverUrl() : QString(); }
QString SyncStatus::login() const { return m_engine ? m_engine->login() : QString(); }
QString SyncStatus::staffName() const { return m_engine ? m_engine->staffName() : QString(); }
QString SyncStatus::organisationName() const { return m_engine ? m_engine->organisationName() : QString(); }
QString SyncStatus::deviceId() const { return m_engine ? m_engine->serverDeviceId() : QString(); }
int SyncStatus::pendingCount() const { return m_engine ? m_engine->pendingCount() : 0; }
QString SyncStatus::lastError() const { return m_engine ? m_engine->lastError() : QString(); }

QString SyncStatus::tokenStorage() const
{
    return m_engine ? m_engine->tokenStorage() : QString();
}

QString SyncStatus::lastSyncedText() const
{
    if (!m_engine || !m_engine->lastSyncedAt().isValid())
        return QString();
    const QDateTime local = m_engine->lastSyncedAt().toLocalTime();
    if (local.date() == QDate::currentDate())
        return tr("Today at %1").arg(timeOfDay(local));
    return tr("%1 at %2").arg(formatting::shortDate(local.date()), timeOfDay(local));
}

QString SyncStatus::suggestedServer() const
{
    const QString current = serverUrl();
    return current.isEmpty() ? m_suggestedServer : current;
}

QString SyncStatus::suggestedLogin() const
{
    const QString current = login();
    return current.isEmpty() ? m_suggestedLogin : current;
}

void SyncStatus::signIn(const QString &serverUrl, const QString &login, const QString &password)
{
    if (!m_engine) {
        m_signInError = tr("Sync is not available in this build.");
        Q_EMIT changed();
        Q_EMIT signInFinished(false, m_signInError);
        return;
    }
    if (serverUrl.trimmed().isEmpty() || login.trimmed().isEmpty() || password.isEmpty()) {
        m_signInError = tr("Fill in the server address, your login and your password.");
        Q_EMIT changed();
        Q_EMIT signInFinished(false, m_signInError);
        return;
    }
    m_suggestedServer = serverUrl.trimmed();
    m_suggestedLogin = login.trimmed();
    m_signingIn = true;
    m_signInError.clear();
    Q_EMIT changed();
    m_engine->signIn(m_suggestedServer, m_suggestedLogin, password);
}

void SyncStatus::signOut(bool discardPending)
{
    if (m_engine)
        m_engine->signOut(discardPending);
}

QString SyncStatus::syncNow()
{
    if (!m_engine)
        return QString();
    // Looked at before the attempt, which shows "Syncing…" while it tries.
    const bool offline = !m_engine->online() || m_engine->state() == SyncEngine::State::Offline;
    m_engine->syncNow();
    // Offline the attempt cannot reach the server: say what will happen instead of failing quietly.
    if (offline) {
        const int pending = m_engine->pendingCount();
        // English picks its singular here: without a catalogue Qt fills in %n but chooses no plural form.
        if (pending == 1)
            return tr("No connection to the server. The change will be sent when the connection returns.");
        if (pending > 1)
            return tr("No connection to the server. The %n changes will be sent when the connection returns.",
                      nullptr, pending);
        return tr("No connection to the server. New changes will be sent when the connection returns.");
    }
    return QString();
}

void SyncStatus::reportActivity(const QString &kind, const QString &summary, const QString &subjectId)
{
    SyncStatus *status = instance();
    SyncEngine *engine = status ? status->engine() : nullptr;
    if (engine && engine->signedIn())
        engine->reportActivity(kind, summary, subjectId);
}

} // namespace rapport::ui
