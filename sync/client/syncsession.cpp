// The session half of the sync engine: sign-in, the saved session, sign-out
// and the local wipe that ends a session. Push and pull are in syncengine.cpp.
#include "syncengine.h"

#include "localdata.h"
#include "protocol/schema.h"
#include "notebook.h"
#include "tokenstore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSysInfo>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace rapport {

namespace {

QString sessionFilePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("session.json"));
}

} // namespace

// ---- session ---------------------------------------------------------------

QString SyncEngine::tokenAccount() const
{
    // One token per device (notebook), even if several devices share a machine.
    return QStringLiteral("device-%1").arg(m_notebook->deviceId());
}

void SyncEngine::loadSession()
{
    QFile file(sessionFilePath(m_dataDir));
    if (!file.open(QIODevice::ReadOnly))
        return;
    m_session = QJsonDocument::fromJson(file.readAll()).object();
    m_serverUrl = QUrl(m_session.value(QStringLiteral("server_url")).toString());
    loadPeople(); // the tokens of everyone signed in here; m_token is the active person's
    const qint64 limit = protocol::wholeNumber(m_session.value(QStringLiteral("max_body_bytes"))).value_or(0);
    if (limit >= MinPushBytes)
        m_maxPushBytes = limit;
    // A session the server ended keeps its server, login and organisation, so the
    // person signs in again to the same place and the waiting changes go there.
    m_signInRequired = m_token.isEmpty() && m_session.value(QStringLiteral("sign_in_required")).toBool();
    if (m_token.isEmpty() && !m_signInRequired) {
        m_session = {};
        m_personTokens.clear();
    }
}

void SyncEngine::saveSession()
{
    QSaveFile file(sessionFilePath(m_dataDir));
    if (file.open(QIODevice::WriteOnly)) {
        file.write(QJsonDocument(m_session).toJson());
        if (file.commit()) {
            // It holds the people's PIN hashes: readable by this user only, like the token file.
            QFile::setPermissions(file.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
            return;
        }
    }
    qCWarning(lcSync) << "could not save the session file" << file.fileName() << file.errorString();
}

void SyncEngine::clearSession()
{
    m_tokens->remove(tokenAccount());
    for (const QJsonValue &person : peopleArray())
        m_tokens->remove(person.toObject().value(QStringLiteral("token_account")).toString());
    m_personTokens.clear();
    QFile::remove(sessionFilePath(m_dataDir));
    m_token.clear();
    m_session = {};
    m_signInRequired = false;
    m_periodic.stop();
    m_retry.stop();
    m_debounce.stop();
    m_backoffMs = 0;
    Q_EMIT sessionChanged();
}

void SyncEngine::signIn(const QString &serverUrl, const QString &login, const QString &password,
                        const QString &deviceName)
{
    QUrl url = QUrl::fromUserInput(serverUrl.trimmed());
    if (!url.isValid() || (url.scheme() != QLatin1String("http") && url.scheme() != QLatin1String("https"))) {
        m_signInProblem = {SyncError::NotServerAddress, {}, serverUrl};
        Q_EMIT signInFinished(false, m_signInProblem.text());
        return;
    }
    m_serverUrl = url;
    const Phase before = m_phase;
    if (!signedIn())
        transition(Phase::SigningIn, "the first person signs in"); // someone joining a signed-in tablet changes no phase
    // clock_id: the device part of this notebook's clocks; the server accepts only changes made
    // with it from this session.
    QJsonObject body{{QStringLiteral("login"), login},
                     {QStringLiteral("password"), password},
                     {QStringLiteral("device_name"),
                      deviceName.isEmpty() ? QSysInfo::machineHostName() : deviceName},
                     {QStringLiteral("clock_id"), m_notebook->deviceId()}};
    send("POST", QStringLiteral("/v1/session"), body, false, [this, login, url, before](const Reply &reply) {
        // A failed first sign-in returns to where it began (signed out, or sign-in required).
        const auto failed = [this, before] {
            if (m_phase == Phase::SigningIn)
                transition(before == Phase::SigningIn ? Phase::SignedOut : before, "sign-in failed");
        };
        if (reply.status == 200 && !reply.json.value(QStringLiteral("token")).toString().isEmpty()) {
            const QString previousOrg = m_session.value(QStringLiteral("org")).toObject().value(QStringLiteral("id")).toString();
            const QJsonObject org = reply.json.value(QStringLiteral("org")).toObject();
            if (!previousOrg.isEmpty() && previousOrg != org.value(QStringLiteral("id")).toString()) {
                // This device's data belongs to another organisation: sending it here
                // would cross the boundary. End the new session at once.
                m_token = reply.json.value(QStringLiteral("token")).toString();
                send("DELETE", QStringLiteral("/v1/session"), {}, true, [](const Reply &) {});
                m_token.clear();
                m_signInProblem = {SyncError::OtherOrganisation, {}, organisationName()};
                failed();
                Q_EMIT signInFinished(false, m_signInProblem.text());
                return;
            }
            m_signInRequired = false;
            m_signInProblem = {};
            m_session.insert(QStringLiteral("server_url"), url.toString());
            observeLimits(reply.json);
            // Everyone already signed in here stays; the new person becomes the one who writes.
            addPerson(login, reply.json);
            qCInfo(lcSync) << "signed in as" << login << "to" << url.toString();
            Q_EMIT sessionChanged();
            if (m_phase == Phase::SigningIn)
                transition(Phase::Idle, "signed in");
            setState(State::Synced);
            Q_EMIT signInFinished(true, QString());
            if (m_automatic)
                m_periodic.start();
            syncNow();
            return;
        }
        if (reply.networkError)
            m_signInProblem = reply.tlsError ? reply.transportProblem : SyncProblem{SyncError::UnreachableAtSignIn};
        else if (reply.status == 401)
            m_signInProblem = {SyncError::WrongPassword, reply.errorCode(), login, reply.status};
        else if (reply.status == 429)
            m_signInProblem = {SyncError::TooManyAttempts, reply.errorCode(), login, reply.status};
        else
            m_signInProblem = reply.serverProblem();
        failed();
        Q_EMIT signInFinished(false, m_signInProblem.text());
    });
}

void SyncEngine::signOut(bool discardPending)
{
    if (!signedIn() && !m_signInRequired) {
        Q_EMIT signOutFinished();
        return;
    }
    m_signingOut = true;
    m_discardOnSignOut = discardPending;
    if (m_signInRequired) {
        finishSignOut(); // nothing can be sent without a session: ask before losing changes
        return;
    }
    syncNow();
}

void SyncEngine::finishSignOut()
{
    m_signingOut = false;
    const bool pushed = m_notebook->pendingMutationCount() == 0;
    if (!pushed && !m_discardOnSignOut) {
        const int pending = m_notebook->pendingMutationCount();
        Q_EMIT signOutBlocked(pending, m_problem.isError() ? m_problem.text() : tr("reason unknown"));
        return;
    }
    // Ending the session is a courtesy to the server; the local wipe happens regardless.
    if (signedIn())
        send("DELETE", QStringLiteral("/v1/session"), {}, true, [](const Reply &) {});
    wipeLocalData();
    transition(Phase::SignedOut, "signed out");
    setState(State::SignedOut);
    Q_EMIT localDataWiped(tr("Signed out; the local data was removed from this device."));
    Q_EMIT signOutFinished();
}

void SyncEngine::wipeAfterRevocation()
{
    qCWarning(lcSync) << "the server no longer accepts this device; wiping local data";
    m_signingOut = false;
    transition(Phase::SignedOut, "device revoked");
    wipeLocalData();
    m_state = State::SignedOut;
    m_problem = {SyncError::Revoked};
    Q_EMIT stateChanged();
    Q_EMIT localDataWiped(m_problem.text());
    Q_EMIT syncFinished(false);
}

void SyncEngine::requireSignIn(const QString &code)
{
    qCWarning(lcSync) << "the server ended this device's session (" << code << "); local data is kept";
    ++m_pullGeneration; // a fetch still on the wire is ignored
    transition(Phase::SignInRequired, "the server ended the session");
    m_token.clear();
    m_signInRequired = true;
    m_session.insert(QStringLiteral("sign_in_required"), true);
    m_session.insert(QStringLiteral("sign_in_reason"), code);
    forgetPersonToken(staffId(), code); // saves
    m_periodic.stop();
    m_retry.stop();
    m_debounce.stop();
    m_backoffMs = 0;
    updatePendingCount();
    m_problem = {SyncError::SignInAgain, code};
    m_state = State::SignInRequired;
    Q_EMIT sessionChanged();
    Q_EMIT stateChanged();
    Q_EMIT syncFinished(false);
    if (m_signingOut)
        finishSignOut(); // nothing waiting: signs out; changes waiting: asks first
}

/** Removes the device's data and session; the server keeps everything that was pushed. */
void SyncEngine::wipeLocalData()
{
    if (Status s = LocalData::wipe(*m_notebook); !s)
        qCWarning(lcSync) << "wiping local data failed:" << s.errorMessage();
    clearSession();
    forgetActivity();
    updatePendingCount();
    m_lastSyncedAt = {};
}

} // namespace rapport
