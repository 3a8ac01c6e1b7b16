#include "types.h"

#include "logging.h"

Q_LOGGING_CATEGORY(lcCore, "rapport.core", QtInfoMsg)

namespace rapport {

namespace {

// One table per enum keeps the wire names (docs/ARCHITECTURE.md) in one place.
template<typename E, size_t N>
QString nameOf(const std::pair<E, const char *> (&table)[N], E value)
{
    for (const auto &entry : table) {
        if (entry.first == value)
            return QLatin1String(entry.second);
    }
    return {};
}

template<typename E, size_t N>
std::optional<E> valueOf(const std::pair<E, const char *> (&table)[N], const QString &text)
{
    for (const auto &entry : table) {
        if (text == QLatin1String(entry.second))
            return entry.first;
    }
    return std::nullopt;
}

const std::pair<NoteKind, const char *> noteKinds[] = {
    {NoteKind::Need, "need"},       {NoteKind::Conversation, "conversation"},
    {NoteKind::Purchase, "purchase"}, {NoteKind::Education, "education"},
    {NoteKind::Return, "return"},   {NoteKind::Other, "other"},
};
const std::pair<FollowUpKind, const char *> followUpKinds[] = {
    {FollowUpKind::Education, "education"},
    {FollowUpKind::KeepInTouch, "keep_in_touch"},
    {FollowUpKind::Other, "other"},
};
const std::pair<FollowUpStatus, const char *> followUpStatuses[] = {
    {FollowUpStatus::Open, "open"},
    {FollowUpStatus::Done, "done"},
    {FollowUpStatus::Snoozed, "snoozed"},
    {FollowUpStatus::Cancelled, "cancelled"},
};
const std::pair<StaffRole, const char *> staffRoles[] = {
    {StaffRole::Associate, "associate"},
    {StaffRole::Manager, "manager"},
    {StaffRole::Admin, "admin"},
};

} // namespace

QString toString(NoteKind kind) { return nameOf(noteKinds, kind); }
std::optional<NoteKind> noteKindFromString(const QString &text) { return valueOf(noteKinds, text); }
QString toString(FollowUpKind kind) { return nameOf(followUpKinds, kind); }
std::optional<FollowUpKind> followUpKindFromString(const QString &text)
{
    return valueOf(followUpKinds, text);
}
QString toString(FollowUpStatus status) { return nameOf(followUpStatuses, status); }
std::optional<FollowUpStatus> followUpStatusFromString(const QString &text)
{
    return valueOf(followUpStatuses, text);
}
QString toString(StaffRole role) { return nameOf(staffRoles, role); }
std::optional<StaffRole> staffRoleFromString(const QString &text) { return valueOf(staffRoles, text); }

QString Client::displayName() const
{
    const QString name = (givenName.trimmed() + QLatin1Char(' ') + familyName.trimmed()).trimmed();
    if (!name.isEmpty())
        return name;
    // A client saved with only a phone or email still needs a label in lists.
    if (!phone.trimmed().isEmpty())
        return phone.trimmed();
    if (!email.trimmed().isEmpty())
        return email.trimmed();
    return QStringLiteral("Unnamed client");
}

} // namespace rapport
