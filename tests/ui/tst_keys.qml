import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// The floor app by keyboard, on the real AppShell: every control of the
// Clients, client and Today pages is reached with Tab and shows where the
// focus is (header bar and note buttons included); Down/Up move a highlight
// through the search results while typing goes on, Enter opens it, Escape
// empties the search; a misspelt name offers near misses; a tap beside a form
// with typed text asks before anything is lost; timeline amounts carry the
// store's currency.
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
        name: "Keys"
        when: windowShown

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }
        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }
        function saveShot(name) {
            waitForRendering(root)
            grabImage(root).save(screenshotDir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }
        function openedDialog(name) {
            const dialog = find(name)
            tryCompare(dialog, "opened", true)
            return dialog
        }
        function settled() {
            const stack = findChild(root, "pageStack")
            if (stack)
                tryCompare(stack, "busy", false)
        }
        function shown(name) {
            let item = null
            tryVerify(function() {
                item = findChild(root, name)
                return item !== null && item.visible && item.width > 0
            }, 5000, name + " is not on screen")
            return item
        }
        function focused() {
            return root.Window.activeFocusItem
        }
        // The item the keyboard focus is in, or one of its named ancestors.
        function focusedName() {
            for (let item = focused(); item; item = item.parent) {
                if (item.objectName.indexOf("client_") === 0)
                    return "clientList"
                if (item.objectName && item.objectName.length > 0 && item.objectName !== "focusFrame")
                    return item.objectName
            }
            return ""
        }
        // A control's focus is visible: the ring of an ActionButton, a FocusFrame,
        // a text field's own cursor, or the list's highlighted row.
        function focusIsVisible(item) {
            if (item instanceof TextField || item instanceof TextArea)
                return item.cursorVisible
            // The list hands its focus to its current row; the highlight is what shows.
            if (item.objectName === "clientList" || item.objectName.indexOf("client_") === 0)
                return find("clientsPage").keyIndex >= 0
            for (const name of ["focusRing", "focusFrame"]) {
                const ring = findChild(item, name)
                if (ring)
                    return ring.visible
            }
            return false
        }
        // Presses Tab until the focus comes round again; names every control reached,
        // checking each shows its focus.
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
        function row(list, index) {
            list.forceLayout()
            const item = findChild(list, "client_" + index)
            verify(item !== null, "no row " + index)
            return item
        }
        function search(text) {
            shell.closeClient()
            mouseClick(find("nav_clients"))
            const field = shown("searchField")
            mouseClick(field)
            tryCompare(field, "activeFocus", true)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Backspace)
            typeText(text)
            tryCompare(shell, "query", text)
            return field
        }
        function cleanup() {
            for (const name of ["discardNoteDialog", "discardClientDialog", "discardFollowUpDialog", "discardOfferDialog",
                                "noteEditor", "clientForm", "followUpForm", "followUpOffer"]) {
                const d = findChild(root, name)
                if (d && d.visible) {
                    d.close()
                    tryCompare(d, "visible", false)
                }
            }
            shell.query = ""
            root.width = 1280
            root.height = 800
        }

        // Item 11: the header bar, the note buttons and every other control are reached and show focus.
        function test_1_tab_reaches_every_control_and_shows_it() {
            shell.openClient(Session.mostRecentClientId())
            tryVerify(function() { const n = findChild(root, "clientName"); return n !== null && n.text.length > 0 })
            mouseClick(find("searchField"))
            const reached = tabAround(300)
            for (const name of ["nav_clients", "nav_today", "nav_settings", "syncBadge", "currentStaffButton",
                                "searchField", "addClientButton", "clientList", "editClientButton",
                                "addNote_need", "addNote_conversation", "addNote_purchase", "addNote_education",
                                "addNote_return", "addNote_other", "consentButton_contact", "consentButton_marketing",
                                "clientAddFollowUpButton"])
                verify(reached[name], "Tab never reached " + name + "; reached " + Object.keys(reached).join(" "))

            // A note button shows its ring; a picture of it at three sizes.
            for (const size of [[1280, 800], [800, 1280], [1920, 1080]]) {
                root.width = size[0]
                root.height = size[1]
                shell.openClient(Session.mostRecentClientId())
                settled()
                const purchase = shown("addNote_purchase")
                purchase.forceActiveFocus(Qt.TabFocusReason)
                keyClick(Qt.Key_Tab)
                const education = find("addNote_education", purchase.parent)
                tryCompare(education, "activeFocus", true)
                verify(find("focusRing", education).visible)
                verify(!find("focusRing", purchase).visible)
                saveShot("keys-note-button-focus")
            }
        }

        function test_2_tab_reaches_every_control_of_today() {
            Session.todayScope = "everyone"
            mouseClick(find("nav_today"))
            tryCompare(shell, "section", "today")
            shown("todayList")
            mouseClick(find("nav_today"))
            const reached = tabAround(300)
            for (const name of ["addFollowUpButton", "followUpClientLink", "followUpDoneButton",
                                "followUpSnoozeButton", "followUpCancelButton", "nav_clients"])
                verify(reached[name], "Tab never reached " + name + "; reached " + Object.keys(reached).join(" "))
            // The client link opens its client from the keyboard too.
            const link = find("followUpClientLink", shown("todayList"))
            link.forceActiveFocus(Qt.TabFocusReason)
            tryCompare(link, "activeFocus", true)
            keyClick(Qt.Key_Return)
            tryCompare(shell, "section", "clients")
            verify(shell.clientId.length > 0)
        }

        // Item 12: Down/Up move a visible highlight; Enter opens it; Escape empties the search.
        function test_3_down_and_up_move_through_the_results() {
            const field = search("a")
            const page = find("clientsPage")
            const list = find("clientList")
            tryVerify(function() { return list.count > 20 })
            compare(page.keyIndex, -1)
            keyClick(Qt.Key_Down)
            compare(page.keyIndex, 0)
            verify(row(list, 0).keyed)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Up)
            compare(page.keyIndex, 1)
            verify(row(list, 1).keyed)
            verify(!row(list, 0).keyed)
            verify(field.activeFocus, "the search field kept the focus")
            // Far down the list, the highlighted row is scrolled into view.
            for (let i = 0; i < 14; ++i)
                keyClick(Qt.Key_Down)
            compare(page.keyIndex, 15)
            tryVerify(function() { return !list.moving })
            const far = row(list, 15)
            verify(far.y >= list.contentY && far.y + far.height <= list.contentY + list.height,
                   "row 15 at " + far.y + " is outside the view " + list.contentY + "+" + list.height)
            saveShot("keys-search-highlight")
            for (const size of [[800, 1280], [1920, 1080]]) {
                root.width = size[0]
                root.height = size[1]
                settled()
                const l = shown("clientList")
                find("clientsPage").keyIndex = -1
                find("searchField").forceActiveFocus()
                for (let i = 0; i < 4; ++i)
                    keyClick(Qt.Key_Down)
                saveShot("keys-search-highlight")
            }
            root.width = 1280
            root.height = 800
            settled()
            const list2 = shown("clientList")
            // Typing goes on: the highlight starts again for the new results.
            find("searchField").forceActiveFocus()
            typeText("n")
            tryCompare(shell, "query", "an")
            compare(find("clientsPage").keyIndex, -1)
            keyClick(Qt.Key_Down)
            keyClick(Qt.Key_Down)
            const wanted = row(list2, 1).clientId
            keyClick(Qt.Key_Return)
            tryCompare(shell, "clientId", wanted)
            // Escape empties the search; with nothing typed, it leaves the field
            // (with somewhere to go back to, it goes back: Back's own test covers that).
            shell.history = []
            const field2 = find("searchField")
            field2.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            tryCompare(shell, "query", "")
            compare(field2.text, "")
            keyClick(Qt.Key_Escape)
            verify(!field2.activeFocus)
            // Touch still opens a row.
            const first = row(list2, 0)
            mouseClick(first)
            tryCompare(shell, "clientId", first.clientId)
        }

        // Item 13: "fisher" offers Fischer; a name spelt right offers nothing.
        function test_4_a_misspelt_name_offers_near_misses() {
            const id = Session.createClient({ givenName: "Hugo", familyName: "Fischer" })
            verify(id.length > 0, Session.lastError)
            search("fisher")
            const summary = find("resultSummary")
            tryVerify(function() { return summary.text.indexOf("did you mean") >= 0 }, 3000, summary.text)
            const list = find("clientList")
            verify(list.count >= 1)
            let hugo = null
            for (let i = 0; i < list.count; ++i) {
                const r = row(list, i)
                verify(r.displayName.indexOf("Fischer") >= 0, r.displayName + " is no near miss of fisher")
                if (r.clientId === id)
                    hugo = r
            }
            verify(hugo !== null, "Hugo Fischer is not offered")
            // Enter alone opens nothing that was only offered; Down picks it first.
            const before = shell.clientId
            keyClick(Qt.Key_Return)
            wait(100)
            compare(shell.clientId, before)
            saveShot("keys-near-miss")
            for (const size of [[800, 1280], [1920, 1080]]) {
                root.width = size[0]
                root.height = size[1]
                settled()
                shown("resultSummary")
                saveShot("keys-near-miss")
            }
            root.width = 1280
            root.height = 800
            settled()
            const list2 = shown("clientList")
            mouseClick(row(list2, 0))
            tryCompare(shell, "clientId", row(list2, 0).clientId)
            // Spelt right: matches, and no offer.
            search("fischer")
            tryVerify(function() { return find("resultSummary").text.indexOf("did you mean") < 0 })
            verify(find("clientList").count >= 1)
            compare(row(find("clientList"), 0).displayName.indexOf("Fischer") >= 0, true)
            // Nothing near at all: the empty state, no offer.
            search("zzzzqqq")
            tryCompare(find("clientList"), "count", 0)
        }

        // Item 5: a tap beside a form with typed text asks; with nothing typed it closes.
        function test_5_a_tap_outside_a_form_never_discards_silently() {
            // Client form.
            shell.closeClient()
            keyClick(Qt.Key_N, Qt.ControlModifier)
            const form = openedDialog("clientForm")
            mouseClick(find("givenNameField", form.contentItem))
            typeText("Dagny")
            mouseClick(root, 6, root.height - 6)
            const askClient = openedDialog("discardClientDialog")
            verify(form.opened)
            compare(find("givenNameField", form.contentItem).text, "Dagny")
            mouseClick(find("keepEditingButton", askClient.footer))
            tryCompare(askClient, "visible", false)
            verify(form.opened)
            compare(find("givenNameField", form.contentItem).text, "Dagny")
            find("givenNameField", form.contentItem).text = ""
            mouseClick(root, 6, root.height - 6)
            tryCompare(form, "visible", false)
            verify(!askClient.visible)

            // Note editor.
            const clientId = Session.mostRecentClientId()
            shell.openClient(clientId)
            Session.discardNoteDraft(clientId)
            mouseClick(shown("addNote_conversation"))
            const editor = openedDialog("noteEditor")
            mouseClick(find("bodyField", editor.contentItem))
            typeText("Asked about hedge trimmers")
            mouseClick(root, 6, root.height - 6)
            const askNote = openedDialog("discardNoteDialog")
            compare(find("bodyField", editor.contentItem).text, "Asked about hedge trimmers")
            mouseClick(find("keepEditingButton", askNote.footer))
            tryCompare(askNote, "visible", false)
            verify(editor.opened)
            editor.close()
            Session.discardNoteDraft(clientId)

            // Follow-up form: Escape and a tap beside it both ask once a reason is typed.
            shell.addFollowUp(clientId)
            const followUp = openedDialog("followUpForm")
            const reason = find("followUpReason", followUp.contentItem)
            mouseClick(reason)
            typeText("Show the pruning saw")
            mouseClick(root, 6, root.height - 6)
            const askFollowUp = openedDialog("discardFollowUpDialog")
            compare(reason.text, "Show the pruning saw")
            mouseClick(find("keepEditingButton", askFollowUp.footer))
            tryCompare(askFollowUp, "visible", false)
            verify(followUp.opened)
            reason.forceActiveFocus()
            keyClick(Qt.Key_Escape)
            openedDialog("discardFollowUpDialog")
            verify(followUp.opened)
            mouseClick(find("discardButton", askFollowUp.footer))
            tryCompare(followUp, "visible", false)
            // Nothing typed: a tap beside it just closes.
            shell.addFollowUp(clientId)
            openedDialog("followUpForm")
            mouseClick(root, 6, root.height - 6)
            tryCompare(followUp, "visible", false)
            verify(!askFollowUp.visible)
        }

        // Item 6: a purchase amount in the timeline reads in the store's currency.
        function test_6_timeline_amounts_show_the_currency() {
            const clientId = Session.mostRecentClientId()
            shell.openClient(clientId)
            Session.discardNoteDraft(clientId)
            mouseClick(shown("addNote_purchase"))
            const editor = openedDialog("noteEditor")
            mouseClick(find("itemsField", editor.contentItem))
            typeText("Hedge trimmer")
            mouseClick(find("amountField", editor.contentItem))
            typeText("129")
            const expected = Session.readAmount("129").understood
            verify(expected.length > 3 && expected !== "129.00", "the store's currency: " + expected)
            mouseClick(find("saveNoteButton", editor.footer))
            tryCompare(editor, "visible", false)
            const offer = openedDialog("followUpOffer")
            // An edited reason is asked about before Escape or Skip drops it.
            const reasonField = find("offerReasonField", offer.contentItem)
            mouseClick(reasonField)
            keyClick(Qt.Key_End, Qt.ControlModifier)
            typeText(" and the spare blades")
            keyClick(Qt.Key_Escape)
            const askOffer = openedDialog("discardOfferDialog")
            mouseClick(find("keepEditingButton", askOffer.footer))
            tryCompare(askOffer, "visible", false)
            verify(offer.opened)
            verify(reasonField.text.indexOf("spare blades") > 0)
            mouseClick(find("skipOfferButton", offer.footer))
            openedDialog("discardOfferDialog")
            mouseClick(find("discardButton", askOffer.footer))
            tryCompare(offer, "visible", false)
            const timeline = find("timeline")
            tryVerify(function() {
                const n = findChild(timeline, "note_0")
                return n !== null && n.details.indexOf("Hedge trimmer") >= 0
            })
            compare(findChild(timeline, "note_0").details, "Items: Hedge trimmer · Amount: " + expected)
        }
    }
}
