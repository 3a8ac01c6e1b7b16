import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// The keyboard on its own, on the real AppShell: F1 (and ? outside a text
// field) opens the list of keys, Escape closes it without also going back;
// in each form and on Settings, Tab goes round every control, each showing
// where the focus is, and Escape closes the form; the sign-out question starts
// on Cancel and takes Enter; sign-in and sync go round by Tab too.
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
        name: "Help"
        when: windowShown

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }
        function focused() {
            return root.Window.activeFocusItem
        }
        // The nearest named item at or above the focus.
        function focusedName() {
            for (let item = focused(); item; item = item.parent) {
                if (item.objectName && item.objectName.length > 0 && item.objectName !== "focusFrame")
                    return item.objectName
            }
            return ""
        }
        // Focus shows: a text cursor, an ActionButton's ring or a FocusFrame (on the item or the control around it).
        function focusIsVisible(item) {
            if (item instanceof TextInput || item instanceof TextEdit)
                return item.cursorVisible
            for (let at = item; at && at !== root; at = at.parent) {
                for (const name of ["focusRing", "focusFrame"]) {
                    const ring = findChild(at, name)
                    if (ring && ring.visible)
                        return true
                }
                if (at instanceof Control)
                    break
            }
            return false
        }
        function tabAround(limit) {
            const reached = {}
            let first = ""
            for (let i = 0; i < limit; ++i) {
                keyClick(Qt.Key_Tab)
                const item = focused()
                verify(item !== null, "Tab left the window")
                const name = focusedName()
                if (name === first)
                    break
                if (first === "")
                    first = name
                if (reached[name])
                    continue
                reached[name] = true
                waitForRendering(root)
                verify(focusIsVisible(item), "focus on " + name + " (" + item + ") is not visible")
            }
            return reached
        }
        function cleanup() {
            for (const name of ["shortcutHelp", "discardNoteDialog", "discardClientDialog", "discardFollowUpDialog",
                                "noteEditor", "clientForm", "followUpForm"]) {
                const d = findChild(root, name)
                if (d && d.visible) {
                    d.close()
                    tryCompare(d, "visible", false)
                }
            }
            shell.query = ""
        }

        function test_1_f1_opens_the_keys_and_escape_closes_them() {
            shell.openClient(Session.mostRecentClientId())
            const edit = find("editClientButton")
            edit.forceActiveFocus(Qt.TabFocusReason)
            const help = find("shortcutHelp")
            verify(!help.visible)
            keyClick(Qt.Key_F1)
            tryCompare(help, "opened", true)
            // It lists the app's shortcuts, each with what it does.
            verify(help.keys.length >= 10)
            const keys = help.keys.map(function(k) { return k.keys }).join(" | ")
            for (const expected of ["Ctrl+F", "Ctrl+N", "Alt+Left", "Ctrl+Enter", "Tab"])
                verify(keys.indexOf(expected) >= 0, expected + " is not in the list: " + keys)
            compare(find("shortcutKeys_1", help.contentItem).text, help.keys[1].keys)
            compare(find("shortcutWhat_1", help.contentItem).text, help.keys[1].what)
            compare(find("shortcutHelpClose").activeFocus, true)
            // Pictures of the list, landscape and portrait.
            for (const size of [[1280, 800], [800, 1280]]) {
                root.width = size[0]
                root.height = size[1]
                waitForRendering(root)
                grabImage(root).save(screenshotDir + "/keys-help-" + root.width + "x" + root.height + ".png")
            }
            root.width = 1280
            root.height = 800
            const client = shell.clientId
            keyClick(Qt.Key_Escape)
            tryCompare(help, "visible", false)
            // Escape closed the list only; it did not also go back from the client.
            compare(shell.clientId, client)
            compare(shell.section, "clients")
        }

        function test_2_question_mark_opens_them_outside_a_text_field() {
            shell.openClient(Session.mostRecentClientId())
            find("editClientButton").forceActiveFocus(Qt.TabFocusReason)
            const help = find("shortcutHelp")
            keyClick(Qt.Key_Question, Qt.ShiftModifier)
            tryCompare(help, "opened", true)
            mouseClick(find("shortcutHelpClose"))
            tryCompare(help, "visible", false)

            // In the search field ? is a character like any other.
            const field = find("searchField")
            mouseClick(field)
            tryCompare(field, "activeFocus", true)
            keyClick(Qt.Key_Question, Qt.ShiftModifier)
            wait(50)
            verify(!help.visible, "? in the search field opened the list of keys")
            compare(field.text, "?")
            // F1 still works there.
            keyClick(Qt.Key_F1)
            tryCompare(help, "opened", true)
            keyClick(Qt.Key_F1)
            tryCompare(help, "visible", false)
        }

        function tabThroughDialog(name, open, expected) {
            open()
            const dialog = find(name)
            tryCompare(dialog, "opened", true)
            const reached = tabAround(80)
            for (const control of expected)
                verify(reached[control], "Tab never reached " + control + " in " + name + "; reached "
                       + Object.keys(reached).join(" "))
            // Escape closes a form with nothing typed in it.
            keyClick(Qt.Key_Escape)
            tryCompare(dialog, "visible", false)
        }

        function test_3_tab_goes_round_each_form_and_escape_closes_it() {
            shell.openClient(Session.mostRecentClientId())
            tabThroughDialog("clientForm", function() { shell.addClient() },
                             ["givenNameField", "familyNameField", "phoneField", "emailField", "channel_phone",
                              "sizesField", "brandsField", "interestsField", "tagsField", "keepInTouchField",
                              "datesField", "saveClientButton", "cancelClientButton"])
            tabThroughDialog("noteEditor", function() { shell.addNote(shell.clientId, "need") },
                             ["kind_need", "kind_purchase", "needPurposeField", "needContextField", "needHaveField",
                              "needTemporary", "needBudgetField", "bodyField", "saveNoteButton", "cancelNoteButton"])
            tabThroughDialog("followUpForm", function() { shell.addFollowUp("") },
                             ["followUpClientSearch", "followUpDueIn_1", "followUpDue", "followUpReason",
                              "followUpAssignee", "cancelFollowUpButton", "saveFollowUpButton"])
        }

        function test_5_enter_and_escape_answer_the_short_questions() {
            // Signing out: the keyboard starts on Cancel, so Enter keeps everything.
            shell.confirmSignOut()
            const signOut = find("signOutDialog")
            tryCompare(signOut, "opened", true)
            tryCompare(find("signOutCancel"), "activeFocus", true)
            keyClick(Qt.Key_Return)
            tryCompare(signOut, "visible", false)
            shell.confirmSignOut()
            tryCompare(signOut, "opened", true)
            keyClick(Qt.Key_Escape)
            tryCompare(signOut, "visible", false)
            // Data removed: Enter is OK.
            const wiped = find("dataWipedDialog")
            wiped.tell("test")
            tryCompare(wiped, "opened", true)
            keyClick(Qt.Key_Return)
            tryCompare(wiped, "visible", false)
            const picker = find("staffPicker")
            if (picker.visible) // asked again after a wipe when nobody is picked; not the case here
                picker.close()
        }

        function test_4_tab_goes_round_settings() {
            shell.showSection("settings")
            const page = find("settingsPage")
            tryVerify(function() { return page.visible })
            find("nav_settings").forceActiveFocus(Qt.TabFocusReason)
            const reached = tabAround(80)
            for (const control of ["nav_clients", "nav_today", "currentStaffButton", "settingsSyncButton",
                                   "settingsTechnicalToggle"])
                verify(reached[control], "Tab never reached " + control + "; reached " + Object.keys(reached).join(" "))
            shell.showSection("clients")
        }

        function test_6_tab_goes_round_sign_in_and_sync() {
            shell.showSection("signin")
            const page = find("signInPage")
            tryVerify(function() { return page.visible })
            find("nav_settings").forceActiveFocus(Qt.TabFocusReason)
            let reached = tabAround(80)
            for (const control of ["signInServer", "signInLogin", "signInPassword", "keepLocalButton"])
                verify(reached[control], "Tab never reached " + control + "; reached " + Object.keys(reached).join(" "))
            shell.showSection("sync")
            tryVerify(function() { return find("syncPage").visible })
            find("nav_settings").forceActiveFocus(Qt.TabFocusReason)
            reached = tabAround(80)
            for (const control of ["openSignInButton"]) // signed out: the rest of the page is hidden
                verify(reached[control], "Tab never reached " + control + "; reached " + Object.keys(reached).join(" "))
            shell.showSection("clients")
        }
    }
}
