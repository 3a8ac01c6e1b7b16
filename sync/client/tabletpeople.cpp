// The people half of the sync engine: a shared tablet is signed in by each person who uses it,
// with their own server session. Each person's changes are pushed with their session, so the
// server knows who wrote what; they switch back to themselves with a PIN kept only as a hash.
#include "syncengine.h"

#include "notebook.h"
#include "pinhash.h"
#include "tokenstore.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace rapport {

namespace {

const QString PeopleKey = QStringLiteral("people");
const QString StaffKey = QStringLiteral("staff");

QString staffIdOf(const QJsonObject &person)
{
    return person.value(StaffKey).toObject().value(QStringLiteral("id")).toString();
}

} // namespace

QJsonArray SyncEngine::peopleArray() const
{
    return m_session.value(PeopleKey).toArray();
}

QJsonObject SyncEngine::personOf(const QString &staffId) const
{
    if (staffId.isEmpty())
        return {};
    for (const QJsonValue &p : peopleArray()) {
        if (staffIdOf(p.toObject()) == staffId)
            return p.toObject();
    }
    return {};
}

void SyncEngine::storePerson(const QJsonObject &person)
{
    QJsonArray people = peopleArray();
    const QString id = staffIdOf(person);
    for (int i = 0; i < people.size(); ++i) {
        if (staffIdOf(people.at(i).toObject()) == id) {
            people.replace(i, person);
            m_session.insert(PeopleKey, people);
            return;
        }
    }
    people.append(person);
    m_session.insert(PeopleKey, people);
}

QString SyncEngine::personTokenAccount(const QString &staffId) const
{
    return personOf(staffId).value(QStringLiteral("token_account")).toString();
}

void SyncEngine::loadPeople()
{
    m_personTokens.clear();
    if (!m_session.contains(PeopleKey) && !staffId().isEmpty()) {
        // A session file from before shared tablets: its one person is the active one.
        QJsonObject person;
        person.insert(QStringLiteral("login"), login());
        person.insert(QStringLiteral("device_id"), serverDeviceId());
        person.insert(StaffKey, m_session.value(StaffKey));
        person.insert(QStringLiteral("token_account"), tokenAccount());
        m_session.insert(PeopleKey, QJsonArray{person});
    }
    for (const QJsonValue &p : peopleArray()) {
        const QJsonObject person = p.toObject();
        const QString account = person.value(QStringLiteral("token_account")).toString();
        if (account.isEmpty())
            continue;
        if (const std::optional<QString> token = m_tokens->load(account); token && !token->isEmpty())
            m_personTokens.insert(staffIdOf(person), *token);
    }
    m_token = m_personTokens.value(staffId());
}

void SyncEngine::addPerson(const QString &login, const QJsonObject &reply)
{
    const QJsonObject staff = reply.value(StaffKey).toObject();
    const QString id = staff.value(QStringLiteral("id")).toString();
    QJsonObject person = personOf(id);
    if (!person.contains(QStringLiteral("token_account"))) {
        // The first person keeps the device's original token name, so older sessions carry on.
        person.insert(QStringLiteral("token_account"),
                      peopleArray().isEmpty() ? tokenAccount() : QStringLiteral("%1-%2").arg(tokenAccount(), id));
    }
    person.insert(QStringLiteral("login"), login);
    person.insert(QStringLiteral("device_id"), reply.value(QStringLiteral("device_id")));
    person.insert(StaffKey, staff);
    // Signing in with the password is what lifts a PIN lock-out.
    person.insert(QStringLiteral("pin_failures"), 0);
    person.remove(QStringLiteral("sign_in_reason"));
    storePerson(person);
    m_session.insert(QStringLiteral("org"), reply.value(QStringLiteral("org")));
    const QString token = reply.value(QStringLiteral("token")).toString();
    m_personTokens.insert(id, token);
    if (!m_tokens->save(person.value(QStringLiteral("token_account")).toString(), token))
        qCWarning(lcSync) << "the token could not be stored; sign-in lasts until the app closes:"
                          << m_tokens->lastError();
    (void)activate(id);
}

bool SyncEngine::activate(const QString &staffId)
{
    const QJsonObject person = personOf(staffId);
    if (person.isEmpty())
        return false;
    m_session.insert(QStringLiteral("login"), person.value(QStringLiteral("login")));
    m_session.insert(QStringLiteral("device_id"), person.value(QStringLiteral("device_id")));
    m_session.insert(StaffKey, person.value(StaffKey));
    m_token = m_personTokens.value(staffId);
    m_signInRequired = m_token.isEmpty();
    if (m_signInRequired) {
        m_session.insert(QStringLiteral("sign_in_required"), true);
        m_session.insert(QStringLiteral("sign_in_reason"), person.value(QStringLiteral("sign_in_reason")));
    } else {
        m_session.remove(QStringLiteral("sign_in_required"));
        m_session.remove(QStringLiteral("sign_in_reason"));
    }
    saveSession();
    if (m_signInRequired && m_phase == Phase::LiveWait)
        cancelLiveWait(); // no waiting pull on the session of someone who is not the one writing
    // The staff row may only arrive with the first pull; finishCycle tries again then.
    (void)m_notebook->setCurrentStaff(staffId);
    Q_EMIT sessionChanged();
    Q_EMIT stateChanged();
    return true;
}

QString SyncEngine::pusherOf(const QString &authorId) const
{
    // Changes recorded before people were told apart, or by someone never signed in here
    // (the local staff list of an offline start), go with the active person's session.
    return personOf(authorId).isEmpty() ? staffId() : authorId;
}

void SyncEngine::forgetPersonToken(const QString &staffId, const QString &code)
{
    QJsonObject person = personOf(staffId);
    m_tokens->remove(person.isEmpty() ? tokenAccount() : person.value(QStringLiteral("token_account")).toString());
    m_personTokens.remove(staffId);
    if (!person.isEmpty()) {
        // Whether they must sign in follows from the missing token; the reason is kept for the words.
        person.insert(QStringLiteral("sign_in_reason"), code);
        storePerson(person);
    }
    saveSession();
}

QVariantList SyncEngine::people() const
{
    QVariantList out;
    for (const QJsonValue &p : peopleArray()) {
        const QJsonObject person = p.toObject();
        const QJsonObject staff = person.value(StaffKey).toObject();
        const QString id = staff.value(QStringLiteral("id")).toString();
        out.append(QVariantMap{{QStringLiteral("staffId"), id},
                               {QStringLiteral("name"), staff.value(QStringLiteral("name")).toString()},
                               {QStringLiteral("login"), person.value(QStringLiteral("login")).toString()},
                               {QStringLiteral("role"), staff.value(QStringLiteral("role")).toString()},
                               {QStringLiteral("storeId"), staff.value(QStringLiteral("store_id")).toString()},
                               {QStringLiteral("active"), id == staffId()},
                               {QStringLiteral("hasPin"), !person.value(QStringLiteral("pin_hash")).toString().isEmpty()},
                               {QStringLiteral("pinTriesLeft"), pinTriesLeft(id)},
                               {QStringLiteral("signInRequired"), !m_personTokens.contains(id)}});
    }
    return out;
}

bool SyncEngine::activeHasPin() const
{
    return !personOf(staffId()).value(QStringLiteral("pin_hash")).toString().isEmpty();
}

int SyncEngine::pinTriesLeft(const QString &staffId) const
{
    const QJsonObject person = personOf(staffId);
    if (person.value(QStringLiteral("pin_hash")).toString().isEmpty())
        return 0;
    return qMax(0, MaxPinTries - person.value(QStringLiteral("pin_failures")).toInt());
}

QString SyncEngine::setPin(const QString &pin)
{
    QJsonObject person = personOf(staffId());
    if (person.isEmpty() || m_token.isEmpty())
        return tr("Sign in with your password first; then choose your PIN.");
    if (const std::optional<QString> problem = pin::problem(pin))
        return *problem;
    const QString hash = pin::hash(pin);
    if (hash.isEmpty())
        return tr("The PIN could not be stored on this device.");
    person.insert(QStringLiteral("pin_hash"), hash);
    person.insert(QStringLiteral("pin_failures"), 0);
    storePerson(person);
    saveSession();
    Q_EMIT sessionChanged();
    return {};
}

SyncEngine::PinResult SyncEngine::unlock(const QString &staffId, const QString &pin)
{
    QJsonObject person = personOf(staffId);
    if (person.isEmpty())
        return PinResult::UnknownPerson;
    const QString hash = person.value(QStringLiteral("pin_hash")).toString();
    if (hash.isEmpty() || !m_personTokens.contains(staffId))
        return PinResult::PasswordNeeded;
    if (pin::verify(hash, pin)) {
        person.insert(QStringLiteral("pin_failures"), 0);
        storePerson(person);
        activate(staffId); // saves
        return PinResult::Unlocked;
    }
    const int failures = person.value(QStringLiteral("pin_failures")).toInt() + 1;
    person.insert(QStringLiteral("pin_failures"), failures);
    const bool lockedOut = failures >= MaxPinTries;
    if (lockedOut) {
        qCWarning(lcSync) << "too many wrong PINs for one person on this tablet; their PIN is removed";
        person.remove(QStringLiteral("pin_hash"));
    }
    storePerson(person);
    saveSession();
    Q_EMIT sessionChanged();
    return lockedOut ? PinResult::LockedOut : PinResult::Wrong;
}

bool SyncEngine::signOutPerson(const QString &staffId, QString *reason)
{
    const QJsonObject person = personOf(staffId);
    if (person.isEmpty())
        return true;
    if (peopleArray().size() <= 1) {
        signOut();
        return true;
    }
    const int waiting = m_notebook->pendingMutationCount(staffId);
    if (waiting > 0) {
        const QString name = person.value(StaffKey).toObject().value(QStringLiteral("name")).toString();
        // English picks its singular here: without a catalogue Qt fills in %n but chooses no plural form.
        if (reason)
            *reason = waiting == 1
                ? tr("1 change of %1 has not reached the server yet. Sync first, then sign out.").arg(name)
                : tr("%n changes of %1 have not reached the server yet. Sync first, then sign out.", nullptr,
                     waiting)
                      .arg(name);
        return false;
    }
    const QString token = m_personTokens.take(staffId);
    if (!token.isEmpty())
        sendTextWith("DELETE", QStringLiteral("/v1/session"), {}, token, [](const Reply &) {});
    m_tokens->remove(person.value(QStringLiteral("token_account")).toString());
    QJsonArray people = peopleArray();
    for (int i = 0; i < people.size(); ++i) {
        if (staffIdOf(people.at(i).toObject()) == staffId) {
            people.removeAt(i);
            break;
        }
    }
    m_session.insert(PeopleKey, people);
    if (staffId == this->staffId())
        activate(staffIdOf(people.first().toObject())); // saves; the lock screen asks who is next
    else
        saveSession();
    Q_EMIT sessionChanged();
    return true;
}

} // namespace rapport
