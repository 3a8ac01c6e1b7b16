#include "syncerror.h"

namespace rapport {

// The only place a sync failure becomes words: the engine's lastError and statusText, the
// sign-in page and the sign-out question all show these.
QString SyncProblem::text() const
{
    switch (code) {
    case SyncError::None:
        return QString();
    case SyncError::NotServerAddress:
        return tr("“%1” is not a server address; it looks like https://rapport.example.com").arg(detail);
    case SyncError::WrongPassword:
        return detail.isEmpty()
            ? tr("Wrong password, or no such login on this server. Check both and try again.")
            : tr("Wrong password for “%1”, or no such login on this server. Check both and try again.").arg(detail);
    case SyncError::TooManyAttempts:
        return tr("Too many sign-in attempts for %1; wait a minute and try again").arg(detail);
    case SyncError::OtherOrganisation:
        return tr("This device holds the data of %1. Sign in with an account of %1, or sign out first to "
                  "remove it.")
            .arg(detail);
    case SyncError::UnreachableAtSignIn:
        return tr("Server not reachable — you can keep working offline once signed in. Check the address and "
                  "that this device is on the store network.");
    case SyncError::Unreachable:
        return tr("Server not reachable — you can keep working offline");
    case SyncError::TlsFailure:
        return tr("The server's certificate could not be verified (%1); Rapport will not send data to it. Ask "
                  "your administrator.")
            .arg(detail);
    case SyncError::ServerRefused:
        // The server words its refusals for people; its code alone is the fallback.
        if (!detail.isEmpty())
            return detail;
        if (!serverCode.isEmpty())
            return tr("The server refused the request (%1).").arg(serverCode);
        return tr("The server answered with HTTP status %1.").arg(httpStatus);
    case SyncError::SignInAgain:
        if (serverCode == QLatin1String("session_expired"))
            return tr("Your session ended after a long time without use. Sign in again: the changes on this "
                      "device are kept and will be sent.");
        return tr("The server asks you to sign in again. The changes on this device are kept and will be sent "
                  "once you do.");
    case SyncError::Revoked:
        return tr("This device was signed out by the server (revoked or expired); its local data has been "
                  "removed. Sign in again to continue.");
    case SyncError::MalformedPage:
        return tr("The server sent a change this app cannot read; nothing from it was applied. Ask your "
                  "administrator to check the server version.");
    case SyncError::WaitingForPerson:
        return detail.isEmpty() ? tr("Changes by a colleague wait until they sign in again on this device.")
                                : tr("Changes by %1 wait until %1 signs in again on this device.").arg(detail);
    case SyncError::NotAccepted:
        return tr("The server did not accept the waiting changes; they stay on this device and will be sent "
                  "again.");
    case SyncError::ResyncBlocked:
        return tr("The server asked for a full resync, but changes are still waiting.");
    case SyncError::StoreFailed:
        return tr("Could not store changes from the server: %1").arg(detail);
    case SyncError::LocalFailure:
        return detail;
    case SyncError::ChangeRefused:
        if (serverCode == QLatin1String("merge_not_allowed"))
            return tr("The server refused a merge of two clients: only a manager or an admin can merge clients "
                      "or undo a merge. The merge stays on this device only; ask a manager to merge them.");
        if (serverCode == QLatin1String("erase_not_allowed"))
            return tr("The server refused to erase a client: only a manager or an admin can erase a client. "
                      "The client is still on the server and will come back; ask a manager.");
        return detail.isEmpty() ? tr("The server refused a change (%1).").arg(serverCode) : detail;
    }
    return detail;
}

} // namespace rapport
