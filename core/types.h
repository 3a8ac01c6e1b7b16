#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace rapport {

/** A failure a person can act on: the message is shown as it is. */
struct Error
{
    QString message;
};

/** The result of an operation that can fail: a value or an Error. */
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    QString errorMessage() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<T> m_value;
    std::optional<Error> m_error;
};

/** Result of an operation with no value. */
struct Done
{
};
using Status = Result<Done>;

enum class NoteKind { Need, Conversation, Purchase, Education, Return, Other };
enum class FollowUpKind { Education, KeepInTouch, Other };
enum class FollowUpStatus { Open, Done, Snoozed, Cancelled };
enum class StaffRole { Associate, Manager, Admin };

QString toString(NoteKind kind);
std::optional<NoteKind> noteKindFromString(const QString &text);
QString toString(FollowUpKind kind);
std::optional<FollowUpKind> followUpKindFromString(const QString &text);
QString toString(FollowUpStatus status);
std::optional<FollowUpStatus> followUpStatusFromString(const QString &text);
QString toString(StaffRole role);
std::optional<StaffRole> staffRoleFromString(const QString &text);

struct Store
{
    QString id;
    QString name;
    QString address;
};

struct Staff
{
    QString id;
    QString storeId;
    QString name;
    QString login;
    StaffRole role = StaffRole::Associate;
};

struct ImportantDate
{
    QString label;
    QDate date;
    /** False for a date that comes back every year and was given without one ("Birthday: 12 April"); `date` then holds it in the leap year 2000. */
    bool yearKnown = true;
};

/** Consent values: "" (not asked), "given" or "withdrawn". */
struct Consent
{
    QString state;
    QDateTime at;
    QString byStaffId;
};

struct Client
{
    QString id;
    QString givenName;
    QString familyName;
    QString phone;
    QString email;
    QString preferredChannel; // phone | sms | email | none | ""
    Consent contactConsent;
    Consent marketingConsent;
    QString sizes;
    QString brands;
    QString interests;
    QList<ImportantDate> importantDates;
    QStringList tags;
    int keepInTouchDays = 0;
    QString homeStoreId;
    QString associateId;
    QDateTime createdAt;
    QDateTime updatedAt;
    // Derived locally from the newest note; never synced.
    QDateTime lastSeenAt;
    QString lastSeenByStaffId;
    QString lastSeenStoreId;

    QString displayName() const;
};

struct Note
{
    QString id;
    QString clientId;
    NoteKind kind = NoteKind::Other;
    QString body;
    // Need fields: what it is for, material or context, what they already have,
    // temporary or permanent, budget.
    QString needPurpose;
    QString needContext;
    QString needHave;
    QString needDuration; // temporary | permanent | ""
    QString needBudget;
    // Purchase / return / education: the items concerned; purchases carry an amount.
    QString items;
    std::optional<qint64> amountCents;
    QString authorId;
    QString storeId;
    QDateTime createdAt;
    QDateTime updatedAt;
};

struct FollowUp
{
    QString id;
    QString clientId;
    QString assigneeId;
    QDate dueDate;
    QString reason;
    FollowUpKind kind = FollowUpKind::Other;
    FollowUpStatus status = FollowUpStatus::Open;
    QString originNoteId;
    // When it was marked done; null while not done, and for follow-ups finished before
    // the app recorded it (schema 4), which the report counts as not on time.
    QDateTime doneAt;
    QDateTime createdAt;
    QDateTime updatedAt;
};

/** One row of the outbox: a recorded local change waiting to be pushed. */
struct Mutation
{
    qint64 mid = 0;
    QString entity; // client | note | follow_up | conflict
    QString entityId;
    QString op; // upsert | delete | erase
    QString fieldsJson; // JSON object of changed fields and their new values
    QString baseJson; // JSON object: field -> clock of the value the writer saw (or null)
    QString hlc;
    QString staffId; // who made it (pushed with their session); empty: recorded before that was kept
};

} // namespace rapport
