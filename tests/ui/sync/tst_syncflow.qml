import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// The sync screens on the real QML, a real sync engine and a real
// rapport-server on loopback: wrong password and unreachable server say so in
// words, a right sign-in turns the badge to "Synced at", a note written here
// reaches a second device through the server, and a note edited on both
// devices at once shows the conflict and is settled with a merge.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        id: test
        name: "SyncFlow"
        when: windowShown

        readonly property string password: "rapport-demo"
        property string clientId
        property string noteId

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }

        function typeInto(name, text) {
            const field = find(name)
            waitForRendering(field) // a field just shown is laid out before it is clicked
            mouseClick(field)
            tryCompare(field, "activeFocus", true, 5000, "focus on " + name)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Backspace)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
            compare(field.text, text)
        }

        function signInWith(server, login, password) {
            typeInto("signInServer", server)
            typeInto("signInLogin", login)
            typeInto("signInPassword", password)
            const button = find("signInButton")
            tryCompare(button, "enabled", true)
            mouseClick(button)
        }

        /** The lock screen's row of a person signed in on this tablet. */
        function lockPerson(login) {
            const people = find("lockPeople")
            waitForRendering(people.parent) // the rows are laid out before one is tapped
            for (let i = 0; i < people.count; ++i) {
                if (people.itemAt(i).objectName === "lockPerson_" + login)
                    return people.itemAt(i)
            }
            fail("the lock screen does not list " + login)
        }

        function badgeText() {
            return find("syncBadgeText").text
        }

        function waitUntilSynced() {
            tryVerify(function() { return Sync.pendingCount === 0 && !Sync.busy && Sync.state === "synced" },
                      20000, "sync did not settle: " + Sync.statusText)
        }

        function syncSecondDevice() {
            const before = secondDevice.syncCount
            secondDevice.syncNow()
            tryVerify(function() { return secondDevice.syncCount > before }, 20000, "the second device did not sync")
        }

        function shot(name) {
            grabImage(root).save(screenshotDir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }

        function test_1_startsOnSignInAndOffline() {
            compare(shell.section, "signin")
            compare(Sync.signedIn, false)
            compare(badgeText(), "This device only")
            verify(find("tokenStorageText").text.length > 0, "the page says where the sign-in is kept")
        }

        function test_2_wrongPassword() {
            signInWith(serverUrl, "sam", "not-the-password")
            const error = find("signInError")
            tryVerify(function() { return error.visible && error.text.length > 0 }, 15000, "no error shown")
            verify(error.text.indexOf("Wrong password") === 0, "says wrong password: " + error.text)
            compare(Sync.signedIn, false)
            compare(find("signInPassword").text, "", "the password is not left in the field")
            shot("signin-wrong-password")
        }

        function test_3_unreachableServer() {
            // Port 1 on loopback: nothing listens there, the connection is refused at once.
            signInWith("http://127.0.0.1:1", "sam", password)
            const error = find("signInError")
            tryVerify(function() { return error.visible && error.text.indexOf("Server not reachable") === 0 }, 20000,
                      "no unreachable message: " + error.text)
            verify(error.text.indexOf("keep working offline") > 0, error.text)
            compare(Sync.signedIn, false)
        }

        function test_4_signIn() {
            signInWith(serverUrl, "sam", password)
            tryCompare(Sync, "signedIn", true, 15000)
            tryCompare(shell, "section", "sync")
            waitUntilSynced()
            verify(badgeText().indexOf("Synced at ") === 0, "badge says " + badgeText())
            // The server's staff rows arrived and the signed-in associate signs the notes.
            tryCompare(Session, "needsStaff", false, 10000)
            compare(Session.currentStaffName, Sync.staffName)
            verify(find("syncStatusText").text.indexOf("Synced at") === 0)
            // The device id and file paths are folded into Technical details.
            const deviceRow = find("deviceIdRow")
            verify(!deviceRow.visible, "the device id is not on the page until asked for")
            shot("sync-page-signed-in")
            const toggle = find("syncTechnicalToggle")
            const page = find("syncPage")
            for (let step = 0; step < 20 && toggle.mapToItem(root, 0, toggle.height).y > root.height - 8; ++step) {
                mouseWheel(page, page.width / 2, page.height / 2, 0, -120)
                wait(30)
            }
            mouseClick(toggle)
            tryCompare(deviceRow, "visible", true)
            compare(deviceRow.value, Sync.deviceId)
            shot("sync-page-technical")
            mouseClick(toggle)
            tryCompare(deviceRow, "visible", false)
        }

        function test_5_noteReachesTheServer() {
            clientId = Session.createClient({ givenName: "Ines", familyName: "Quarshie", phone: "07700 900 412" })
            verify(clientId.length > 0, Session.lastError)
            const added = Session.addNote({ clientId: clientId, kind: "conversation",
                                            body: "Wants to hang a mirror on a brick wall" })
            verify(added.ok, Session.lastError)
            noteId = added.noteId
            waitUntilSynced()
            verify(badgeText().indexOf("Synced at ") === 0, "badge says " + badgeText())

            secondDevice.signIn(serverUrl, "sam", password)
            tryVerify(function() { return secondDevice.signedIn && secondDevice.syncCount >= 1 }, 20000,
                      "the second device did not sign in and sync")
            compare(secondDevice.noteBody(noteId), "Wants to hang a mirror on a brick wall")
        }

        function test_6_conflictShownAndMerged() {
            const theirs = "Brick wall; bought 8 mm masonry bit"
            const ours = "Mirror is 12 kg; needs heavy-duty plugs"
            verify(secondDevice.editNote(noteId, theirs))
            syncSecondDevice()
            compare(secondDevice.pendingCount(), 0)

            // Written here without having pulled the other edit: both texts must survive.
            verify(Session.updateNote(noteId, { body: ours }), Session.lastError)
            waitUntilSynced()
            tryVerify(function() { return Session.noteConflicts(noteId).length === 1 }, 20000, "no conflict pulled")

            shell.openClient(clientId)
            const timeline = find("timeline")
            tryVerify(function() { return timeline.count > 0 && timeline.itemAtIndex(0) !== null })
            timeline.positionViewAtIndex(0, ListView.Contain) // the note, below the client's card
            waitForRendering(timeline)
            const banner = find("conflictBanner", timeline.itemAtIndex(0))
            tryCompare(banner, "visible", true)
            shot("conflict-banner")
            mouseClick(banner)

            const dialog = find("conflictDialog")
            tryCompare(dialog, "opened", true)
            const shown = [find("conflictText_current", dialog.contentItem).text,
                           find("conflictText_other", dialog.contentItem).text].sort()
            compare(shown, [ours, theirs].sort(), "both texts are on screen")
            const merged = find("mergedText", dialog.contentItem)
            verify(merged.text.indexOf(ours) >= 0 && merged.text.indexOf(theirs) >= 0, "merge starts with both")
            shot("conflict-dialog")
            mouseClick(find("saveMerge", dialog.contentItem))
            tryCompare(dialog, "visible", false)

            compare(Session.noteConflicts(noteId).length, 0)
            const body = Session.noteFields(noteId).body
            verify(body.indexOf(ours) >= 0 && body.indexOf(theirs) >= 0, "the merge is the note now: " + body)
            tryVerify(function() { return !find("conflictBanner", timeline.itemAtIndex(0)).visible }, 5000)

            waitUntilSynced()
            syncSecondDevice()
            compare(secondDevice.noteBody(noteId), body, "the merge reached the other device")
        }

        // The server goes away: the badge and the page count what waits in words,
        // Sync now says it will be sent when the connection returns, and it is.
        function test_6b_offlineSaysWhatWaits() {
            serverControl.stop()
            const added = Session.addNote({ clientId: clientId, kind: "conversation", body: "Asked for the tile cutter" })
            verify(added.ok, Session.lastError)
            tryVerify(function() { return Sync.state === "offline" && !Sync.busy }, 20000, "not offline: " + Sync.statusText)
            compare(Sync.pendingCount, 1)
            compare(badgeText(), "Offline · 1 change waiting")
            compare(Sync.statusText, "Offline — 1 change waiting")
            shell.showSection("sync")
            const button = find("syncNowButton")
            tryCompare(button, "enabled", true)
            mouseClick(button)
            const snackbar = find("snackbar")
            tryCompare(snackbar, "visible", true)
            compare(find("snackbarText", snackbar).text,
                    "No connection to the server. The change will be sent when the connection returns.")
            shot("sync-offline")
            verify(serverControl.resume(), "the server did not come back")
            tryCompare(button, "enabled", true, 20000)
            mouseClick(button)
            waitUntilSynced()
            compare(Sync.pendingCount, 0)
        }

        function test_6c_endedSessionKeepsWorkUntilSignedInAgain() {
            // An administrator resets the password: the server ends every session of sam.
            verify(serverAdmin.resetPassword("sam", "rapport-demo-2"), "reset-password failed")
            const kept = Session.createClient({ givenName: "Kept", familyName: "Through A Reset" })
            verify(kept.length > 0, Session.lastError)
            tryCompare(Sync, "signInRequired", true, 20000)
            compare(Sync.signedIn, false)
            compare(Sync.pendingCount, 1, "the change waits on this device")
            verify(Session.clientCount > 0, "nothing was wiped")
            verify(badgeText().indexOf("Sign in again") === 0, "badge says " + badgeText())

            shell.showSection("sync")
            const again = find("signInAgainButton")
            tryCompare(again, "visible", true)
            verify(find("signInAgainText").text.indexOf("kept") >= 0, find("signInAgainText").text)
            shot("sync-page-sign-in-again")
            mouseClick(again)
            tryCompare(shell, "section", "signin")
            tryCompare(find("signInAgainNotice"), "visible", true)
            compare(find("signInLogin").text, "sam", "the form remembers who was signed in")
            shot("sign-in-again")

            signInWith(serverUrl, "sam", "rapport-demo-2")
            tryCompare(Sync, "signedIn", true, 15000)
            waitUntilSynced()
            compare(Sync.signInRequired, false)

            secondDevice.signIn(serverUrl, "sam", "rapport-demo-2")
            const before = secondDevice.syncCount
            tryVerify(function() { return secondDevice.signedIn && secondDevice.syncCount > before }, 20000,
                      "the second device did not sign in again")
        }

        function test_6d_sharedTabletKnowsWhoIsWho() {
            // Sam, signed in, chooses a PIN in Settings.
            shell.showSection("settings")
            tryCompare(Sync, "shared", true)
            compare(find("settingsPeople").visible, true)
            const samId = Session.currentStaffId
            typeInto("settingsPin", "2580")
            typeInto("settingsPinAgain", "2580")
            mouseClick(find("settingsSavePin"))
            tryCompare(Sync, "activeHasPin", true)
            verify(!Session.setCurrentStaff("anyone-else"), "nobody becomes someone else by a tap")

            // Switch person: the lock screen covers everything; Jon signs in with his password.
            mouseClick(find("currentStaffButton"))
            tryCompare(Sync, "locked", true)
            const lockScreen = find("lockScreen")
            tryCompare(lockScreen, "opened", true)
            shot("lock-screen")
            mouseClick(find("lockSomeoneElse"))
            tryCompare(find("lockLogin"), "activeFocus", true)
            typeInto("lockLogin", "jon")
            typeInto("lockPassword", password)
            mouseClick(find("lockSignIn"))
            tryCompare(lockScreen, "mode", "choosePin", 15000)
            compare(Sync.locked, true, "still locked until Jon chose a PIN or skipped it")
            typeInto("lockNewPin", "1379")
            typeInto("lockNewPinAgain", "1370")
            mouseClick(find("lockSavePin"))
            verify(find("lockMessage").text.indexOf("not the same") >= 0, find("lockMessage").text)
            typeInto("lockNewPinAgain", "1379")
            mouseClick(find("lockSavePin"))
            tryCompare(Sync, "locked", false)
            verify(Session.currentStaffId !== samId, "Jon writes now")
            compare(Sync.people.length, 2)

            // Back to Sam with his PIN; a wrong one says how many tries are left.
            mouseClick(find("currentStaffButton"))
            tryCompare(lockScreen, "opened", true)
            mouseClick(lockPerson("sam"))
            tryCompare(lockScreen, "mode", "pin")
            compare(find("lockTitle").text, "Hello, Sam Ortiz")
            typeInto("lockPin", "1111")
            keyClick(Qt.Key_Return)
            verify(find("lockMessage").text.indexOf("4 tries left") >= 0, find("lockMessage").text)
            compare(Sync.locked, true)
            typeInto("lockPin", "2580")
            keyClick(Qt.Key_Return)
            tryCompare(Sync, "locked", false)
            compare(Session.currentStaffId, samId)

            // Left alone, the tablet locks by itself.
            Sync.idleLockSeconds = 1
            tryCompare(Sync, "locked", true, 5000)
            Sync.idleLockSeconds = 300
            mouseClick(lockPerson("sam"))
            typeInto("lockPin", "2580")
            keyClick(Qt.Key_Return)
            tryCompare(Sync, "locked", false)
            waitUntilSynced()
        }

        function test_7_signOutWipesThisDevice() {
            // Changes that could not be sent: the question says how many, in the right number, and why.
            const blocked = find("signOutDialog")
            const reason = "Server not reachable — you can keep working offline"
            blocked.showBlocked(1, reason)
            compare(find("signOutMessage", blocked.contentItem).text,
                    "1 change could not be sent (" + reason + "). Sign out anyway and lose it?")
            blocked.showBlocked(3, reason)
            compare(find("signOutMessage", blocked.contentItem).text,
                    "3 changes could not be sent (" + reason + "). Sign out anyway and lose them?")
            blocked.close()
            tryCompare(blocked, "visible", false)

            shell.showSection("sync")
            const signOut = find("signOutButton")
            tryCompare(signOut, "visible", true)
            mouseClick(signOut)
            const confirm = find("signOutDialog")
            tryCompare(confirm, "opened", true)
            mouseClick(find("signOutConfirm", confirm.contentItem))
            tryCompare(Sync, "signedIn", false, 20000)
            const wiped = find("dataWipedDialog")
            tryCompare(wiped, "opened", true)
            compare(wiped.contentItem.objectName, "dataWipedReason")
            verify(wiped.contentItem.text.indexOf("Signed out") === 0, wiped.contentItem.text)
            compare(Session.clientCount, 0, "the local copy is gone")
            compare(badgeText(), "This device only")
            wiped.close()
            tryCompare(wiped, "visible", false)
            // The note is still on the server: the other device keeps it after syncing.
            syncSecondDevice()
            verify(secondDevice.noteBody(noteId) !== "<missing>")
        }
    }
}
