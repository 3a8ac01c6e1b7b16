import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// The client form and the note dialogs forgive: a refused save keeps the
// dialog and says why beside the field, Escape asks before typed text is lost,
// a note being written comes back, dates and amounts are read as people write
// them, and the keyboard works (Enter, Ctrl+Enter, Tab). Driven with keys and
// clicks on the real AppShell.
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
        name: "Forms"
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
        function typeInto(name, text, from) {
            const field = find(name, from)
            mouseClick(field)
            tryCompare(field, "activeFocus", true)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            keyClick(Qt.Key_Backspace)
            typeText(text)
            compare(field.text, text)
            return field
        }
        function openedDialog(name) {
            const dialog = find(name)
            tryCompare(dialog, "opened", true)
            return dialog
        }
        function closedDialog(dialog) {
            tryCompare(dialog, "visible", false)
        }
        function saveShot(name) {
            waitForRendering(root)
            grabImage(root).save(screenshotDir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }
        // Visible labels in the form: a filled field must still say what it is.
        function labelTexts(item, out) {
            out = out || []
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.visible && child instanceof Label)
                    out.push(child.text)
                labelTexts(child, out)
            }
            return out
        }
        function radioTexts(item, out) {
            out = out || []
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i]
                if (child.visible && child instanceof RadioButton)
                    out.push(child.text)
                radioTexts(child, out)
            }
            return out
        }
        function newClientForm(search) {
            shell.closeClient()
            shell.query = search || ""
            mouseClick(find("nav_clients"))
            keyClick(Qt.Key_N, Qt.ControlModifier)
            return openedDialog("clientForm")
        }
        function openSomeClient() {
            shell.openClient(Session.mostRecentClientId())
            tryVerify(function() {
                const name = findChild(root, "clientName")
                return name !== null && name.visible && name.text.length > 0
            })
            const stack = findChild(root, "pageStack")
            if (stack)
                tryCompare(stack, "busy", false)
            return shell.clientId
        }
        function cleanUpDialogs() {
            for (const name of ["discardNoteDialog", "discardClientDialog", "noteEditor", "clientForm", "followUpOffer"]) {
                const d = findChild(root, name)
                if (d && d.visible) {
                    d.close()
                    tryCompare(d, "visible", false)
                }
            }
        }
        function cleanup() {
            cleanUpDialogs()
            root.width = 1280
            root.height = 800
        }

        // Item 1: a refused save keeps the dialog, the input and says why by the field.
        function test_refused_client_save_keeps_the_form() {
            const form = newClientForm("")
            typeInto("phoneField", "555 201 8842", form.contentItem)
            mouseClick(find("saveClientButton", form.footer))
            wait(300)
            verify(form.opened, "the form closed although nothing was saved")
            compare(find("phoneField", form.contentItem).text, "555 201 8842")
            const problem = find("nameProblem", form.contentItem)
            verify(problem.visible)
            verify(problem.text.indexOf("Type at least a first or last name") === 0, problem.text)
            tryCompare(find("givenNameField", form.contentItem), "activeFocus", true)
            saveShot("client-form-no-name")
            // Typing the name takes the message away; then it saves.
            typeText("Oona")
            verify(!problem.visible)
            keyClick(Qt.Key_Return)
            closedDialog(form)
            compare(databaseProbe.scalar("SELECT phone FROM client WHERE given_name = 'Oona'"), "555 201 8842")
        }

        function test_refused_note_save_keeps_the_note() {
            openSomeClient()
            mouseClick(find("addNote_purchase"))
            const editor = openedDialog("noteEditor")
            // Empty: refused beside the first field, dialog open.
            mouseClick(find("saveNoteButton", editor.footer))
            wait(300)
            verify(editor.opened, "an empty note closed the dialog")
            // An amount in words: the Save button says why it cannot save.
            typeInto("itemsField", "Cordless drill", editor.contentItem)
            typeInto("amountField", "twelve", editor.contentItem)
            const amountNote = find("amountNote", editor.contentItem)
            tryVerify(function() { return amountNote.text.indexOf("“twelve” is not an amount") === 0 }, 2000, amountNote.text)
            const save = find("saveNoteButton", editor.footer)
            verify(!save.enabled)
            compare(save.text, "Check the amount to save")
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            wait(300)
            verify(editor.opened)
            compare(find("itemsField", editor.contentItem).text, "Cordless drill")
            saveShot("note-amount-refused")
            // Read as people write it, in the store's currency.
            typeInto("amountField", "12,50", editor.contentItem)
            tryVerify(function() { return amountNote.text === "Understood as: " + Session.readAmount("12.50").understood })
            verify(amountNote.text.indexOf("12.50") > 0, amountNote.text)
            verify(save.enabled)
            Session.discardNoteDraft(shell.clientId)
        }

        // Item 2: Escape and Cancel ask before typed text goes.
        function test_escape_asks_before_discarding_a_note() {
            const clientId = openSomeClient()
            Session.discardNoteDraft(clientId)
            mouseClick(find("addNote_conversation"))
            const editor = openedDialog("noteEditor")
            typeInto("bodyField", "Talked about the garden shed roof", editor.contentItem)
            keyClick(Qt.Key_Escape)
            const ask = openedDialog("discardNoteDialog")
            verify(editor.visible)
            saveShot("note-discard-question")
            mouseClick(find("keepEditingButton", ask.footer))
            closedDialog(ask)
            verify(editor.visible)
            compare(find("bodyField", editor.contentItem).text, "Talked about the garden shed roof")
            mouseClick(find("cancelNoteButton", editor.footer))
            openedDialog("discardNoteDialog")
            mouseClick(find("discardButton", ask.footer))
            closedDialog(editor)
            compare(Object.keys(Session.noteDraft(clientId)).length, 0)
            // Nothing typed (a kind picked is not text): Escape just closes, and no draft is offered.
            mouseClick(find("addNote_other"))
            openedDialog("noteEditor")
            mouseClick(find("kind_purchase", editor.contentItem))
            keyClick(Qt.Key_Escape)
            closedDialog(editor)
            verify(!find("discardNoteDialog").visible)
            compare(Object.keys(Session.noteDraft(clientId)).length, 0)
            verify(!find("draftBanner").visible)
        }

        function test_escape_asks_before_discarding_a_client() {
            const form = newClientForm("")
            typeInto("sizesField", "Gloves M", form.contentItem)
            // A stray tap beside the form loses nothing: it asks, as Escape does.
            mouseClick(root, 8, root.height - 8)
            const ask = openedDialog("discardClientDialog")
            verify(form.opened)
            compare(find("sizesField", form.contentItem).text, "Gloves M")
            mouseClick(find("keepEditingButton", ask.footer))
            tryCompare(ask, "visible", false)
            keyClick(Qt.Key_Escape)
            openedDialog("discardClientDialog")
            verify(form.visible)
            mouseClick(find("discardButton", ask.footer))
            closedDialog(form)
        }

        function test_unfinished_note_comes_back_for_that_client() {
            const clientId = openSomeClient()
            Session.discardNoteDraft(clientId)
            mouseClick(find("addNote_need"))
            const editor = openedDialog("noteEditor")
            typeInto("needPurposeField", "Fix a wobbly banister", editor.contentItem)
            typeInto("bodyField", "Oak, 1930s house", editor.contentItem)
            // The app goes away mid-sentence (the C++ test covers a real kill).
            editor.close()
            closedDialog(editor)
            shell.closeClient()
            shell.openClient(clientId)
            const banner = find("draftBanner")
            tryCompare(banner, "visible", true)
            saveShot("client-draft-banner")
            mouseClick(find("resumeDraftButton", banner))
            openedDialog("noteEditor")
            compare(editor.kind, "need")
            compare(find("needPurposeField", editor.contentItem).text, "Fix a wobbly banister")
            compare(find("bodyField", editor.contentItem).text, "Oak, 1930s house")
            // Saved: the draft is gone.
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            closedDialog(editor)
            compare(Object.keys(Session.noteDraft(clientId)).length, 0)
            tryVerify(function() { return !find("draftBanner").visible })
        }

        function editNewestNote(timeline) {
            timeline.positionViewAtIndex(0, ListView.Beginning)
            timeline.forceLayout()
            waitForRendering(timeline)
            mouseClick(find("editNoteButton", timeline.itemAtIndex(0)))
        }

        function test_unsaved_changes_to_a_note_come_back_when_it_is_edited_again() {
            const clientId = openSomeClient()
            mouseClick(find("addNote_other"))
            const editor = openedDialog("noteEditor")
            typeInto("bodyField", "Wants a quote for decking", editor.contentItem)
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            closedDialog(editor)
            const timeline = find("timeline")
            timeline.positionViewAtIndex(0, ListView.Beginning)
            tryVerify(function() { return timeline.itemAtIndex(0) && timeline.itemAtIndex(0).body === "Wants a quote for decking" })
            editNewestNote(timeline)
            openedDialog("noteEditor")
            const body = find("bodyField", editor.contentItem)
            mouseClick(body)
            keyClick(Qt.Key_End, Qt.ControlModifier)
            typeText(", about 20 square metres")
            editor.close() // the app goes away
            closedDialog(editor)
            editNewestNote(timeline)
            openedDialog("noteEditor")
            compare(body.text, "Wants a quote for decking, about 20 square metres")
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            closedDialog(editor)
            tryVerify(function() { return timeline.itemAtIndex(0).body === "Wants a quote for decking, about 20 square metres" })
            // Saved: editing again starts from the note, not a draft.
            editNewestNote(timeline)
            openedDialog("noteEditor")
            compare(body.text, "Wants a quote for decking, about 20 square metres")
            keyClick(Qt.Key_Escape)
            closedDialog(editor)
        }

        // Item 3: important dates as people write them.
        function test_dates_are_read_and_shown_before_saving() {
            const form = newClientForm("")
            typeInto("givenNameField", "Dagny", form.contentItem)
            typeInto("familyNameField", "Oyelaran", form.contentItem)
            const dates = find("datesField", form.contentItem)
            // Further down the form: scroll to it, as a person would.
            mouseWheel(form.contentItem, form.contentItem.width / 2, form.contentItem.height / 2, 0, -1200)
            tryVerify(function() { return !form.contentItem.moving })
            mouseClick(dates)
            tryCompare(dates, "activeFocus", true)
            typeText("Birthday: 12 April")
            keyClick(Qt.Key_Return)
            typeText("Wedding: 1985-04-12")
            keyClick(Qt.Key_Return)
            typeText("Shop day: 32 April")
            tryCompare(find("dateReading_0", form.contentItem), "text", "Understood as: Birthday: 12 April, every year")
            compare(find("dateReading_1", form.contentItem).text, "Understood as: Wedding: 12 April 1985")
            const refused = find("dateReading_2", form.contentItem)
            verify(refused.text.indexOf("Shop day: April has no day 32") === 0, refused.text)
            const save = find("saveClientButton", form.footer)
            verify(!save.enabled)
            compare(save.text, "Check the dates to save")
            saveShot("client-form-dates")
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            keyClick(Qt.Key_Backspace)
            typeText("3 June")
            tryCompare(save, "enabled", true)
            mouseClick(save)
            closedDialog(form)
            const stored = databaseProbe.scalar("SELECT important_dates FROM client WHERE family_name = 'Oyelaran'")
            verify(stored.indexOf("\"date\":\"--04-12\"") >= 0, stored)
            verify(stored.indexOf("\"date\":\"1985-04-12\"") >= 0, stored)
            verify(stored.indexOf("\"date\":\"--06-03\"") >= 0, stored)
        }

        // Item 9: labels stay, one clear channel choice, the name only from a name, nothing jumps.
        function test_client_form_keeps_labels_and_clear_choices() {
            const form = newClientForm("")
            for (const field of ["givenNameField", "familyNameField", "phoneField", "emailField", "sizesField",
                                 "brandsField", "interestsField", "tagsField"])
                typeInto(field, "x" + field, form.contentItem)
            const labels = labelTexts(form.contentItem)
            for (const label of ["First name", "Last name", "Phone", "Email", "Sizes", "Brands they like",
                                 "Interests and projects", "Tags", "Prefers to be reached by"])
                verify(labels.indexOf(label) >= 0, "no visible label " + label + " in " + labels)
            const choices = radioTexts(form.contentItem)
            compare(choices.filter(function(t) { return t === "none" }).length, 0, "" + choices)
            compare(choices.filter(function(t) { return t === "No preference" }).length, 1, "" + choices)
            saveShot("client-form-filled")
            keyClick(Qt.Key_Escape)
            mouseClick(find("discardButton", openedDialog("discardClientDialog").footer))
            closedDialog(form)
        }

        function test_new_client_takes_only_a_name_from_the_search() {
            for (const search of ["555 0176", "Fischer 0176", "anna@example.com", "#vip"]) {
                const form = newClientForm(search)
                compare(find("givenNameField", form.contentItem).text, "", search)
                compare(find("familyNameField", form.contentItem).text, "", search)
                keyClick(Qt.Key_Escape)
                closedDialog(form)
            }
            const form = newClientForm("Anna Maria Fischer")
            compare(find("givenNameField", form.contentItem).text, "Anna")
            compare(find("familyNameField", form.contentItem).text, "Maria Fischer")
            keyClick(Qt.Key_Escape)
            closedDialog(form)
        }

        function test_duplicate_warning_does_not_move_the_fields() {
            const form = newClientForm("")
            const existing = databaseProbe.scalar("SELECT given_name || '|' || family_name FROM client WHERE deleted = 0 AND given_name GLOB '[A-Za-z]*' AND given_name NOT GLOB '*[^A-Za-z]*' AND family_name GLOB '[A-Za-z]*' AND family_name NOT GLOB '*[^A-Za-z]*' LIMIT 1").split("|")
            const given = typeInto("givenNameField", existing[0], form.contentItem)
            const family = find("familyNameField", form.contentItem)
            const phone = find("phoneField", form.contentItem)
            const before = [given.mapToItem(root, 0, 0).y, family.mapToItem(root, 0, 0).y, phone.mapToItem(root, 0, 0).y]
            mouseClick(family)
            typeText(existing[1])
            tryCompare(find("duplicateWarning", form.contentItem), "visible", true)
            waitForRendering(root)
            compare([given.mapToItem(root, 0, 0).y, family.mapToItem(root, 0, 0).y, phone.mapToItem(root, 0, 0).y], before)
            verify(family.activeFocus)
            saveShot("client-form-duplicate-below")
        }

        // Item 11: Enter, Ctrl+Enter and Tab.
        function test_keyboard_saves_and_tab_leaves_a_note() {
            const clientId = openSomeClient()
            Session.discardNoteDraft(clientId)
            const before = databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0", [clientId])
            mouseClick(find("addNote_other"))
            const editor = openedDialog("noteEditor")
            const body = typeInto("bodyField", "Asked about", editor.contentItem)
            keyClick(Qt.Key_Tab)
            verify(!body.activeFocus, "Tab stayed in the note")
            compare(body.text, "Asked about")
            mouseClick(body)
            keyClick(Qt.Key_Tab, Qt.ControlModifier)
            verify(!body.activeFocus, "Ctrl+Tab stayed in the note")
            compare(body.text, "Asked about")
            mouseClick(body)
            keyClick(Qt.Key_End, Qt.ControlModifier)
            typeText(" ladders")
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            closedDialog(editor)
            compare(databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0", [clientId]), before + 1)
            // Enter in a single-line field saves.
            mouseClick(find("addNote_purchase"))
            openedDialog("noteEditor")
            typeInto("itemsField", "Step ladder", editor.contentItem)
            keyClick(Qt.Key_Return)
            closedDialog(editor)
            compare(databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0", [clientId]), before + 2)
            const offer = openedDialog("followUpOffer")
            // Item 12: the reason is several lines when it is long, never clipped.
            const reason = find("offerReasonField", offer.contentItem)
            verify(reason instanceof TextArea)
            mouseClick(reason)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            typeText("Show them how to lock the spreader bars and check the feet before climbing, then ask how it went")
            verify(reason.lineCount > 1, "the reason is on one line")
            verify(reason.height >= reason.contentHeight, "the reason is clipped")
            saveShot("follow-up-reason-long")
            keyClick(Qt.Key_Return, Qt.ControlModifier)
            closedDialog(offer)
        }

        // Item 11: focus is visible on the dialog's controls when moving with Tab.
        function test_keyboard_focus_is_visible() {
            openSomeClient()
            mouseClick(find("addNote_need"))
            const editor = openedDialog("noteEditor")
            const cancel = find("cancelNoteButton", editor.footer)
            const temporary = find("needTemporary", editor.contentItem)
            let sawTemporary = false
            for (let i = 0; i < 30 && !cancel.activeFocus; ++i) {
                keyClick(Qt.Key_Tab)
                if (temporary.activeFocus) {
                    sawTemporary = true
                    verify(find("focusFrame", temporary).visible, "no visible focus on Temporary")
                }
            }
            verify(sawTemporary, "Tab never reached the Temporary choice")
            verify(cancel.activeFocus, "Tab never reached Cancel")
            verify(find("focusFrame", cancel).visible, "no visible focus on Cancel")
            saveShot("note-focus-cancel")
            keyClick(Qt.Key_Escape)
            closedDialog(editor)
        }

        // Item 12: the note dialog names the client.
        function test_note_dialog_names_the_client() {
            openSomeClient()
            const name = find("clientName").text
            mouseClick(find("addNote_conversation"))
            const editor = openedDialog("noteEditor")
            compare(editor.title, "New note for " + name)
            keyClick(Qt.Key_Escape)
            closedDialog(editor)
        }

        // Pictures of the changed dialogs at the other two sizes.
        function test_z_screenshots_other_sizes() {
            for (const size of [[800, 1280], [1920, 1080]]) {
                root.width = size[0]
                root.height = size[1]
                const form = newClientForm("")
                typeInto("givenNameField", "Dagny", form.contentItem)
                typeInto("sizesField", "Gloves M", form.contentItem)
                mouseWheel(form.contentItem, form.contentItem.width / 2, form.contentItem.height / 2, 0, -1200)
                tryVerify(function() { return !form.contentItem.moving })
                mouseClick(find("datesField", form.contentItem))
                typeText("Birthday: 12 April")
                saveShot("client-form-filled")
                keyClick(Qt.Key_Escape)
                const ask = openedDialog("discardClientDialog")
                saveShot("client-discard-question")
                mouseClick(find("discardButton", ask.footer))
                closedDialog(form)
                openSomeClient()
                mouseClick(find("addNote_purchase"))
                const editor = openedDialog("noteEditor")
                typeInto("itemsField", "Cordless drill", editor.contentItem)
                typeInto("amountField", "twelve", editor.contentItem)
                saveShot("note-amount-refused")
                typeInto("amountField", "$12.50", editor.contentItem)
                saveShot("note-amount-understood")
                editor.close()
                closedDialog(editor)
                shell.closeClient()
                openSomeClient()
                tryCompare(find("draftBanner"), "visible", true)
                saveShot("client-draft-banner")
                mouseClick(find("resumeDraftButton"))
                openedDialog("noteEditor")
                compare(find("amountField", editor.contentItem).text, "$12.50")
                keyClick(Qt.Key_Return, Qt.ControlModifier)
                closedDialog(editor)
                const offer = openedDialog("followUpOffer")
                typeText(", and show them how to lock the spreader bars before climbing")
                saveShot("follow-up-reason-long")
                keyClick(Qt.Key_Return, Qt.ControlModifier)
                closedDialog(offer)
            }
        }
    }
}
