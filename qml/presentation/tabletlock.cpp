// The shared-tablet half of SyncStatus: who is signed in on this tablet, their PINs, and the
// "who is using this tablet" screen that comes up after the idle time or on Switch person.
#include "syncstatus.h"

#include <algorithm>

#include "session.h"

#include "syncengine.h"

namespace rapport::ui {

namespace {

const QString IdleSetting = QStringLiteral("lock.idle_seconds");
constexpr int DefaultIdleSeconds = 5 * 60;

} // namespace

void SyncStatus::setUpLock()
{
    m_idle.setTimeoutMs(idleLockSeconds() * 1000);
    connect(&m_idle, &IdleWatch::idle, this, [this] {
        if (shared())
            setLocked(true);
    });
    const auto follow = [this] {
        refreshPeople();
        // Once people sign in here, only their own sign-in makes someone the writer.
        if (m_session)
            m_session->setStaffChosenBySignIn(shared());
        if (!shared())
            setLocked(false);
    };
    connect(m_engine, &SyncEngine::sessionChanged, this, follow);
    connect(m_engine, &SyncEngine::syncFinished, this, [this] { refreshPeople(); }); // store names arrive with a pull
    connect(m_engine, &SyncEngine::signInFinished, this, [this](bool ok) {
        if (ok && m_locked)
            m_signedInWhileLocked = true;
    });
    follow();
    // Opened again after a close or a crash: whoever picks it up says who they are.
    const bool anyPin = std::any_of(m_people.cbegin(), m_people.cend(), [](const QVariant &p) {
        return p.toMap().value(QStringLiteral("hasPin")).toBool();
    });
    if (anyPin)
        setLocked(true);
}

bool SyncStatus::shared() const
{
    return !m_people.isEmpty();
}

QVariantList SyncStatus::people() const
{
    return m_people;
}

void SyncStatus::refreshPeople()
{
    QVariantList out;
    for (const QVariant &p : m_engine->people()) {
        QVariantMap person = p.toMap();
        person.insert(QStringLiteral("storeName"),
                      m_session ? m_session->storeName(person.value(QStringLiteral("storeId")).toString()) : QString());
        out.append(person);
    }
    // Views rebuild their rows on a change: only a real one is announced.
    if (out == m_people)
        return;
    m_people = out;
    Q_EMIT peopleChanged();
}

bool SyncStatus::activeHasPin() const
{
    return m_engine && m_engine->activeHasPin();
}

int SyncStatus::idleLockSeconds() const
{
    if (!m_session)
        return DefaultIdleSeconds;
    bool ok = false;
    const int stored = m_session->notebook()->localSetting(IdleSetting).toInt(&ok);
    return ok && stored >= 0 ? stored : DefaultIdleSeconds;
}

void SyncStatus::setIdleLockSeconds(int seconds)
{
    seconds = qMax(0, seconds);
    if (m_session)
        (void)m_session->notebook()->setLocalSetting(IdleSetting, QString::number(seconds));
    m_idle.setTimeoutMs(seconds * 1000);
    Q_EMIT idleLockChanged();
}

void SyncStatus::setLocked(bool locked)
{
    m_signedInWhileLocked = false;
    if (locked == m_locked)
        return;
    m_locked = locked;
    if (!locked)
        m_idle.poke();
    Q_EMIT lockedChanged();
}

void SyncStatus::lockNow()
{
    if (shared())
        setLocked(true);
}

QString SyncStatus::unlock(const QString &staffId, const QString &pin)
{
    if (!m_engine)
        return tr("Sync is not available in this build.");
    using R = SyncEngine::PinResult;
    switch (m_engine->unlock(staffId, pin)) {
    case R::Unlocked:
        setLocked(false);
        return {};
    case R::Wrong: {
        const int left = m_engine->pinTriesLeft(staffId);
        return left == 1 ? tr("That PIN is not right. One more try, then your password is needed.")
                         : tr("That PIN is not right. %n tries left.", nullptr, left);
    }
    case R::LockedOut:
        return tr("Too many wrong PINs. Sign in with your password to choose a new PIN.");
    case R::PasswordNeeded:
        return tr("Sign in with your password.");
    case R::UnknownPerson:
        break;
    }
    return tr("This person is no longer signed in on this tablet.");
}

bool SyncStatus::unlockSignedIn()
{
    if (!m_signedInWhileLocked || !signedIn())
        return false;
    setLocked(false);
    return true;
}

QString SyncStatus::setPin(const QString &pin, const QString &again)
{
    if (!m_engine)
        return tr("Sync is not available in this build.");
    if (pin != again)
        return tr("The two PINs are not the same. Type the same PIN twice.");
    return m_engine->setPin(pin);
}

QString SyncStatus::signOutPerson(const QString &staffId)
{
    if (!m_engine)
        return tr("Sync is not available in this build.");
    QString reason;
    const bool alone = m_people.size() <= 1;
    if (!m_engine->signOutPerson(staffId, &reason))
        return reason;
    if (!alone)
        setLocked(true); // the tablet asks who is next
    return {};
}

} // namespace rapport::ui
