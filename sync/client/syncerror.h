#pragma once

#include <QCoreApplication>
#include <QString>

#include <utility>

namespace rapport {

/**
 * Why signing in or syncing failed, as a code. Failures travel as codes (with the facts a
 * sentence needs); SyncProblem::text() is the one place that turns them into words, so
 * nothing needs to look inside a message to know what went wrong.
 */
enum class SyncError {
    None,
    // Signing in.
    NotServerAddress, // detail: what was typed
    WrongPassword, // detail: the login (the server does not say which of the two was wrong)
    TooManyAttempts, // detail: the login
    OtherOrganisation, // detail: the organisation whose data this device holds
    UnreachableAtSignIn,
    // Signing in and syncing.
    Unreachable,
    TlsFailure, // detail: why the certificate was not accepted
    ServerRefused, // serverCode: the server's snake_case error code; detail: its message; httpStatus
    // Syncing.
    SignInAgain, // serverCode: why the server ended the session (e.g. session_expired)
    Revoked, // an administrator removed this device: its data was wiped
    MalformedPage, // a pulled page this app cannot read; nothing of it was applied
    WaitingForPerson, // detail: whose changes wait for them to sign in again here
    NotAccepted, // a push acknowledged nothing; the changes stay and are sent again
    ResyncBlocked, // the server wants a full resync while changes still wait
    StoreFailed, // detail: why pulled changes could not be stored
    LocalFailure, // detail: what failed on this device
    // One change refused by the server for the person's role.
    ChangeRefused, // serverCode: merge_not_allowed | erase_not_allowed | another; detail: the server's message
};

/** A failure: its code and the facts its words need. Empty (code None) when all is well. */
struct SyncProblem
{
    Q_DECLARE_TR_FUNCTIONS(SyncError)

public:
    SyncProblem() = default;
    SyncProblem(SyncError code, QString serverCode = {}, QString detail = {}, int httpStatus = 0)
        : code(code), serverCode(std::move(serverCode)), detail(std::move(detail)), httpStatus(httpStatus)
    {
    }

    SyncError code = SyncError::None;
    QString serverCode;
    QString detail;
    int httpStatus = 0;

    bool isError() const { return code != SyncError::None; }
    /** The words for this problem (translatable, context "SyncError"); "" when there is none. */
    QString text() const;
};

} // namespace rapport
