#pragma once

#include "syncengine.h"

#include "idlewatch.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>

namespace rapport::ui {

class Session;

/**
 * The sync engine as QML sees it (the `Sync` singleton): the badge, the
 * sign-in page and the sync page bind to these properties. main() makes the
 * engine and injects one instance before QML loads, like Session. Without an
 * engine (tools, some tests) it reports "Not signed in" and does nothing.
 */
class SyncStatus : public QObject
{
    Q_OBJECT
    QML_NAMED_ELEMENT(Sync)
    QML_SINGLETON
    Q_DISABLE_COPY_MOVE(SyncStatus)

    /** signedOut | offline | syncing | waiting | synced | error */
    Q_PROPERTY(QString state READ state NOTIFY changed)
    Q_PROPERTY(QString badgeText READ badgeText NOTIFY changed)
    Q_PROPERTY(QString statusText READ statusText NOTIFY changed)
    Q_PROPERTY(bool available READ available CONSTANT)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY changed)
    Q_PROPERTY(bool busy READ busy NOTIFY changed)
    Q_PROPERTY(bool signingIn READ signingIn NOTIFY changed)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY changed)
    Q_PROPERTY(QString login READ login NOTIFY changed)
    Q_PROPERTY(QString staffName READ staffName NOTIFY changed)
    Q_PROPERTY(QString organisationName READ organisationName NOTIFY changed)
    Q_PROPERTY(QString deviceId READ deviceId NOTIFY changed)
    Q_PROPERTY(QString lastSyncedText READ lastSyncedText NOTIFY changed)
    Q_PROPERTY(int pendingCount READ pendingCount NOTIFY changed)
    Q_PROPERTY(QString lastError READ lastError NOTIFY changed)
    Q_PROPERTY(QString tokenStorage READ tokenStorage NOTIFY changed)
    Q_PROPERTY(QString signInError READ signInError NOTIFY changed)
    /** The server ended the session; local changes are kept until someone signs in again. */
    Q_PROPERTY(bool signInRequired READ signInRequired NOTIFY changed)
    /** Changes that could not be sent (refused by the server or too large), and why the last was. */
    Q_PROPERTY(int rejectedCount READ rejectedCount NOTIFY changed)
    Q_PROPERTY(QString lastRejection READ lastRejection NOTIFY changed)
    /** Prefills of the sign-in form (from --server / --login, or the last session). */
    Q_PROPERTY(QString suggestedServer READ suggestedServer NOTIFY changed)
    Q_PROPERTY(QString suggestedLogin READ suggestedLogin NOTIFY changed)
    // The shared tablet (tabletlock.cpp).
    /** Signed in to a server: the people below write here, and the tablet locks when idle. */
    Q_PROPERTY(bool shared READ shared NOTIFY changed)
    /** [{staffId, name, login, role, storeName, active, hasPin, pinTriesLeft, signInRequired}] */
    Q_PROPERTY(QVariantList people READ people NOTIFY peopleChanged)
    Q_PROPERTY(bool activeHasPin READ activeHasPin NOTIFY changed)
    /** The "who is using this tablet" screen is up; nothing behind it can be reached. */
    Q_PROPERTY(bool locked READ locked NOTIFY lockedChanged)
    /** Idle time before the tablet locks, in seconds (0: never); kept on this device. Default 300. */
    Q_PROPERTY(int idleLockSeconds READ idleLockSeconds WRITE setIdleLockSeconds NOTIFY idleLockChanged)
    /**
     * What a long sync is doing, in words ("" when nothing long runs): clients and
     * notes received by a pull, then notes indexed for search in the background.
     */
    Q_PROPERTY(QString progressText READ progressText NOTIFY progressChanged)
    /** The progress bar's value, 0 to 1; negative when the end is not known. */
    Q_PROPERTY(double progressValue READ progressValue NOTIFY progressChanged)

public:
    SyncStatus(SyncEngine *engine, Session *session, QObject *parent = nullptr);
    ~SyncStatus() override;

    static void setInstance(SyncStatus *status);
    static SyncStatus *instance();
    static SyncStatus *create(QQmlEngine *qmlEngine, QJSEngine *jsEngine);

    SyncEngine *engine() const { return m_engine; }
    /**
     * Tells the server's activity trail about a manager's action (import, export, merge,
     * reassign) when this device is signed in; without a server there is no trail.
     */
    static void reportActivity(const QString &kind, const QString &summary, const QString &subjectId = {});
    void setSuggestions(const QString &server, const QString &login);

    QString state() const;
    QString badgeText() const;
    QString statusText() const;
    bool available() const { return !m_engine.isNull(); }
    bool signedIn() const;
    bool signInRequired() const;
    int rejectedCount() const;
    QString lastRejection() const;
    bool busy() const;
    bool signingIn() const { return m_signingIn; }
    QString serverUrl() const;
    QString login() const;
    QString staffName() const;
    QString organisationName() const;
    QString deviceId() const;
    QString lastSyncedText() const;
    int pendingCount() const;
    QString lastError() const;
    QString tokenStorage() const;
    QString signInError() const { return m_signInError; }
    QString suggestedServer() const;
    QString suggestedLogin() const;

    /** Starts signing in; signInFinished() tells how it went (in words a person can act on). */
    Q_INVOKABLE void signIn(const QString &serverUrl, const QString &login, const QString &password);
    /** Sends what is waiting, ends the session and removes this device's data. */
    Q_INVOKABLE void signOut(bool discardPending = false);
    /** Starts a sync; offline, returns what will happen instead (for a notice), else "". */
    Q_INVOKABLE QString syncNow();

    QString progressText() const;
    double progressValue() const;

    bool shared() const;
    QVariantList people() const;
    bool activeHasPin() const;
    bool locked() const { return m_locked; }
    int idleLockSeconds() const;
    void setIdleLockSeconds(int seconds);
    /** Shows the "who is using this tablet" screen (Switch person). */
    Q_INVOKABLE void lockNow();
    /** Unlocks as `staffId` with their PIN: "" when it worked, else what to do, in words. */
    Q_INVOKABLE QString unlock(const QString &staffId, const QString &pin);
    /** After a password sign-in on the lock screen (with or without choosing a PIN). */
    Q_INVOKABLE bool unlockSignedIn();
    /** Sets the active person's PIN, typed twice: "" when saved, else why not. */
    Q_INVOKABLE QString setPin(const QString &pin, const QString &again);
    /** Signs one person out of this tablet (keeping the others and the data): "" or why not. */
    Q_INVOKABLE QString signOutPerson(const QString &staffId);

Q_SIGNALS:
    void changed();
    void signInFinished(bool ok, const QString &message);
    void signOutBlocked(int pendingCount, const QString &reason);
    void signedOut();
    void localDataWiped(const QString &reason);
    void lockedChanged();
    void idleLockChanged();
    void peopleChanged();
    void progressChanged();

private:
    void setLocked(bool locked);
    void setUpLock();
    void refreshPeople();

    QPointer<SyncEngine> m_engine;
    Session *m_session;
    bool m_signingIn = false;
    QString m_signInError;
    QString m_suggestedServer;
    QString m_suggestedLogin;
    IdleWatch m_idle;
    QVariantList m_people; // changes only when someone signs in or out, or their PIN state changes
    bool m_locked = false;
    bool m_signedInWhileLocked = false; // a password sign-in on the lock screen may unlock
};

} // namespace rapport::ui
