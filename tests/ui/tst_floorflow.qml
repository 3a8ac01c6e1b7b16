import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// The floor flow on the real QML and a real notebook, driven with mouse and
// keyboard like an associate would: add a client, find them, open them, write
// a Need and a Purchase, accept the education follow-up, find it in Today and
// mark it done. Checks what is on screen and what is in the database.
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
        name: "FloorFlow"
        when: windowShown

        readonly property string givenName: "Wilhelmina"
        readonly property string familyName: "Quistgaard"
        readonly property string fullName: givenName + " " + familyName

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }

        function typeText(text) {
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function typeInto(name, text, from) {
            const field = find(name, from)
            mouseClick(field)
            tryCompare(field, "activeFocus", true)
            keyClick(Qt.Key_A, Qt.ControlModifier) // forms may prefill from the search
            keyClick(Qt.Key_Backspace)
            typeText(text)
            compare(field.text, text)
        }

        function openedDialog(name) {
            const dialog = find(name)
            tryCompare(dialog, "opened", true)
            return dialog
        }

        function closedDialog(dialog) {
            tryCompare(dialog, "visible", false)
        }

        // Rows of the Today list the user can see for this client.
        // Scrolling on through a long list releases rows left behind, so each
        // match is scrolled back into view before it is handed out.
        function todayRowsFor(clientName) {
            const list = find("todayList")
            const indices = []
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                const row = list.itemAtIndex(i)
                if (row && row.clientName === clientName)
                    indices.push(i)
            }
            const rows = []
            for (const i of indices) {
                list.positionViewAtIndex(i, ListView.Contain)
                list.forceLayout()
                rows.push(list.itemAtIndex(i))
            }
            return rows
        }

        // Dialogs are not reachable from the command line, so the flow saves
        // pictures of them next to the app's screenshots, for people to look at.
        function saveShot(name) {
            waitForRendering(root)
            const image = grabImage(root)
            image.save(screenshotDir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }

        // The row the list shows now for `index`. Typing resets the results on
        // every key, so a row found by name may be a delegate already released;
        // itemAtIndex gives the live one once it is in the window.
        function liveRow(list, index) {
            let row = null
            tryVerify(function() {
                list.forceLayout()
                row = list.itemAtIndex(index)
                return row !== null && row.visible && row.Window.window !== null
            })
            waitForRendering(list)
            return list.itemAtIndex(index)
        }

        function searchFor(text) {
            mouseClick(find("nav_clients"))
            tryCompare(shell, "section", "clients")
            const search = find("searchField")
            mouseClick(search)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Backspace)
            typeText(text)
        }

        function test_1_empty_search_says_what_to_do() {
            searchFor("zzqxv")
            const list = find("clientList")
            tryCompare(list, "count", 0)
            const message = find("emptyStateMessage", list)
            verify(message.visible)
            compare(message.text, "No clients match “zzqxv”. Check the spelling or add them as a new client.")
        }

        function test_2_floor_flow() {
            // Add the client.
            mouseClick(find("addClientButton"))
            const form = openedDialog("clientForm")
            typeInto("givenNameField", givenName, form.contentItem)
            typeInto("familyNameField", familyName, form.contentItem)
            typeInto("phoneField", "555 867 5309", form.contentItem)
            verify(!find("duplicateWarning", form.contentItem).visible, "a new name must not look like a duplicate")
            mouseClick(find("saveClientButton", form.footer))
            closedDialog(form)

            // Find them by typing part of the name; best match first.
            shell.closeClient()
            searchFor("quistg")
            const list = find("clientList")
            tryCompare(list, "count", 1)
            const entry = liveRow(list, 0)
            compare(entry.displayName, fullName)
            mouseClick(entry)
            const clientId = shell.clientId
            verify(clientId.length > 0)
            tryCompare(find("clientName"), "text", fullName)
            verify(find("lastSeenText").text.indexOf("Not seen yet") === 0)

            // A Need note with the guided prompts.
            const timeline = find("timeline")
            compare(timeline.count, 0)
            mouseClick(find("addNote_need"))
            const editor = openedDialog("noteEditor")
            typeInto("needPurposeField", "Hang a heavy mirror", editor.contentItem)
            typeInto("needContextField", "Brick wall", editor.contentItem)
            typeInto("needHaveField", "Screwdriver", editor.contentItem)
            mouseClick(find("needPermanent", editor.contentItem))
            typeInto("needBudgetField", "40", editor.contentItem)
            saveShot("note-need")
            mouseClick(find("saveNoteButton", editor.footer))
            closedDialog(editor)
            tryCompare(timeline, "count", 1)
            let newest = timeline.itemAtIndex(0)
            compare(newest.kind, "need")
            verify(newest.details.indexOf("For: Hang a heavy mirror") >= 0, newest.details)
            verify(newest.details.indexOf("Needed: permanent") >= 0, newest.details)
            compare(newest.authorName, Session.currentStaffName)
            tryCompare(find("lastSeenText"), "text",
                       "Last seen today by " + Session.currentStaffName + " at the " + Session.currentStoreName + " store")

            // A Purchase; the app offers the education follow-up in three days.
            mouseClick(find("addNote_purchase"))
            openedDialog("noteEditor")
            typeInto("itemsField", "Masonry bit set", editor.contentItem)
            typeInto("amountField", "24.90", editor.contentItem)
            mouseClick(find("saveNoteButton", editor.footer))
            closedDialog(editor)
            const offer = openedDialog("followUpOffer")
            const inThreeDays = Session.formatDate(Session.addDays(Session.today(), 3))
            compare(find("offerDaysField", offer.contentItem).value, 3)
            verify(find("offerDateText", offer.contentItem).text.indexOf(inThreeDays) >= 0)
            saveShot("follow-up-offer")
            tryCompare(timeline, "count", 2)
            newest = timeline.itemAtIndex(0)
            compare(newest.kind, "purchase")
            // In the store's currency, as the note form read it.
            verify(newest.details.indexOf("Amount: " + Session.readAmount("24.90").understood) >= 0, newest.details)
            verify(newest.details.indexOf("Amount: 24.90") < 0, newest.details)
            mouseClick(find("acceptOfferButton", offer.footer))
            closedDialog(offer)

            // It is in Today, under Upcoming, and can be marked done.
            mouseClick(find("nav_today"))
            tryCompare(shell, "section", "today")
            let rows = todayRowsFor(fullName)
            compare(rows.length, 1)
            verify(rows[0].dueText.indexOf("Due in 3 days") === 0, rows[0].dueText)
            verify(rows[0].reason.length > 0)
            mouseClick(find("followUpDoneButton", rows[0]))
            const donePopup = find("followUpDonePopup", rows[0])
            tryCompare(donePopup, "opened", true)
            mouseClick(find("followUpMarkDone", donePopup.contentItem))
            tryVerify(function() { return todayRowsFor(fullName).length === 0 })

            // And the database says so; the finished follow-up left its line in the timeline.
            compare(databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0", [clientId]), 3)
            compare(databaseProbe.scalar("SELECT status FROM follow_up WHERE client_id = ? AND kind = 'education'", [clientId]), "done")
            compare(databaseProbe.scalar("SELECT amount_cents FROM note WHERE client_id = ? AND kind = 'purchase'", [clientId]), 2490)
            compare(databaseProbe.scalar("SELECT need_duration FROM note WHERE client_id = ? AND kind = 'need'", [clientId]), "permanent")
        }

        function test_3_delete_note_and_undo() {
            searchFor("quistg")
            const list = find("clientList")
            tryCompare(list, "count", 1)
            mouseClick(liveRow(list, 0))
            const timeline = find("timeline")
            tryCompare(timeline, "count", 3) // the need, the purchase and the finished follow-up
            timeline.positionViewAtIndex(1, ListView.Contain) // scroll to the purchase

            // Edit your own note: the form comes back filled in.
            mouseClick(find("editNoteButton", timeline.itemAtIndex(1)))
            const editor = openedDialog("noteEditor")
            compare(find("itemsField", editor.contentItem).text, "Masonry bit set")
            typeInto("amountField", "19.50", editor.contentItem)
            mouseClick(find("saveNoteButton", editor.footer))
            closedDialog(editor)
            tryVerify(function() { return timeline.itemAtIndex(1).details.indexOf("Amount: " + Session.readAmount("19.50").understood) >= 0 })
            compare(timeline.count, 3)

            timeline.positionViewAtIndex(1, ListView.Beginning) // clear of the snackbar
            const noteId = timeline.itemAtIndex(1).noteId
            const details = timeline.itemAtIndex(1).details
            const clientId = shell.clientId
            mouseClick(find("deleteNoteButton", timeline.itemAtIndex(1)))
            tryCompare(timeline, "count", 2)
            const snackbar = find("snackbar")
            verify(snackbar.visible)
            compare(find("snackbarText", snackbar).text, "Note deleted.")
            mouseClick(find("snackbarAction", snackbar))
            tryCompare(timeline, "count", 3)
            // Deletes win in sync, so the undone note comes back as a new note with the same content.
            timeline.positionViewAtIndex(1, ListView.Contain)
            compare(timeline.itemAtIndex(1).details, details)
            compare(databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0", [clientId]), 3)
            compare(databaseProbe.scalar("SELECT deleted FROM note WHERE id = ?", [noteId]), 1)
        }

        function test_4_duplicate_warning_opens_the_existing_client() {
            mouseClick(find("nav_clients"))
            mouseClick(find("addClientButton"))
            const form = openedDialog("clientForm")
            typeInto("givenNameField", givenName, form.contentItem)
            typeInto("familyNameField", familyName, form.contentItem)
            const warning = find("duplicateWarning", form.contentItem)
            tryCompare(warning, "visible", true)
            saveShot("client-form-duplicate")
            compare(find("saveClientButton", form.footer).text, "Create anyway")
            mouseClick(find("openDuplicate_0", form.contentItem))
            closedDialog(form)
            tryCompare(find("clientName"), "text", fullName)
            compare(databaseProbe.scalar("SELECT count(*) FROM client WHERE family_name = ?", [familyName]), 1)
        }

        function test_5_desktop_shortcuts() {
            mouseClick(find("nav_today"))
            keyClick(Qt.Key_F, Qt.ControlModifier)
            tryCompare(shell, "section", "clients")
            tryCompare(find("searchField"), "activeFocus", true)
            keyClick(Qt.Key_N, Qt.ControlModifier)
            const form = openedDialog("clientForm")
            keyClick(Qt.Key_Escape)
            closedDialog(form)
        }

        function test_6_portrait_stacks_pages() {
            root.width = 800
            root.height = 1280
            verify(!shell.wide)
            const stack = find("pageStack")
            tryVerify(function() { return stack.currentItem !== null && !stack.busy })
            shell.closeClient()
            tryVerify(function() { return stack.depth === 1 && !stack.busy })
            compare(stack.currentItem.objectName, "clientsPage")
            const search = find("searchField", stack.currentItem)
            mouseClick(search)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            typeText("quistg")
            const list = find("clientList", stack.currentItem)
            tryCompare(list, "count", 1)
            mouseClick(liveRow(list, 0))
            tryCompare(stack, "depth", 2)
            tryCompare(stack, "busy", false)
            compare(stack.currentItem.objectName, "clientPage")
            compare(find("clientName", stack.currentItem).text, fullName)
            shell.closeClient() // the "‹ Clients" button
            tryCompare(stack, "depth", 1)
            compare(stack.currentItem.objectName, "clientsPage")
            root.width = 1280
            root.height = 800
            verify(shell.wide)
        }
    }
}
