import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// Today as floor staff use it, on the real QML and a real notebook: whose
// follow-ups it shows (mine / my store / everyone, remembered), headings that
// always match the rows under them, follow-ups added by hand from Today and
// from the client card, and Done / Snooze / Cancel / consent with Undo.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    ClientCard { id: probeCard }

    TestCase {
        id: test
        name: "Today"
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

        function clientIdAt(n) {
            return databaseProbe.scalar("SELECT id FROM client WHERE deleted = 0 ORDER BY seq LIMIT 1 OFFSET ?", [n])
        }

        function nameOf(clientId) {
            probeCard.clientId = clientId
            return probeCard.displayName
        }

        function saveShot(name) {
            waitForRendering(root)
            grabImage(root).save(screenshotDir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }

        function goToday() {
            mouseClick(find("nav_today"))
            tryCompare(shell, "section", "today")
            return find("todayList")
        }

        // Everything the Today list shows, top to bottom: headings and rows.
        function shownInOrder(list) {
            list.forceLayout()
            waitForRendering(list)
            const items = []
            const children = list.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                const child = children[i]
                if (!child || !child.visible)
                    continue
                const name = child.objectName || ""
                if (name.indexOf("section_") === 0)
                    items.push({ y: child.y, heading: child.text })
                else if (name.indexOf("followUp_") === 0)
                    items.push({ y: child.y, row: child })
            }
            items.sort(function(a, b) { return a.y - b.y })
            return items
        }

        // Every row stands under the heading its due date calls for, every
        // heading has rows, and no heading comes twice.
        function checkHeadings(list, expectedFor, wantedHeadings) {
            const items = shownInOrder(list)
            let heading = ""
            const seen = []
            let rowsUnderHeading = 0
            for (const item of items) {
                if (item.heading !== undefined) {
                    verify(heading === "" || rowsUnderHeading > 0, "heading " + heading + " stands over no rows")
                    verify(seen.indexOf(item.heading) < 0, "heading " + item.heading + " shown twice")
                    heading = item.heading
                    seen.push(heading)
                    rowsUnderHeading = 0
                    continue
                }
                ++rowsUnderHeading
                compare(heading, expectedFor(item.row.reason),
                        "\"" + item.row.reason + "\" stands under " + heading)
            }
            verify(rowsUnderHeading > 0, "the last heading stands over no rows")
            compare(seen, wantedHeadings)
        }

        // The same check for a list longer than the window: the headings among the rows shown.
        function checkHeadingsInView(list, expectedFor) {
            const items = shownInOrder(list)
            let heading = ""
            for (const item of items) {
                if (item.heading !== undefined) {
                    heading = item.heading
                    continue
                }
                if (heading === "")
                    continue // above the first heading in view
                compare(heading, expectedFor(item.row), "\"" + item.row.reason + "\" stands under " + heading)
            }
            verify(heading !== "", "no heading in view")
        }

        function markDone(row, outcome) {
            mouseClick(find("followUpDoneButton", row))
            const popup = find("followUpDonePopup", row)
            tryCompare(popup, "opened", true)
            const field = find("followUpOutcome", popup.contentItem)
            tryCompare(field, "activeFocus", true)
            if (outcome)
                typeText(outcome)
            mouseClick(find("followUpMarkDone", popup.contentItem))
        }

        function rowWithReason(list, reason) {
            let found = null
            tryVerify(function() {
                list.forceLayout()
                for (let i = 0; i < list.count; ++i) {
                    list.positionViewAtIndex(i, ListView.Contain)
                    const row = list.itemAtIndex(i)
                    if (row && row.reason === reason) {
                        found = row
                        return true
                    }
                }
                return false
            }, 5000, "no row says " + reason)
            waitForRendering(list)
            return found
        }

        function test_1_manager_sees_store_then_picks_mine_and_everyone() {
            // The demo's first staff member by name is Alex Morgan, manager at Northgate.
            const me = Session.currentStaffId
            const myStore = databaseProbe.scalar("SELECT store_id FROM staff WHERE id = ?", [me])
            const list = goToday()
            compare(Session.todayScope, "store")
            verify(find("scope_store").highlighted)
            verify(list.count > 0)
            const storeCount = list.count
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                const id = list.itemAtIndex(i).followUpId
                compare(databaseProbe.scalar("SELECT s.store_id FROM follow_up f JOIN staff s ON s.id = f.assignee_id WHERE f.id = ?", [id]), myStore)
            }
            saveShot("today-store")

            list.positionViewAtBeginning()
            mouseClick(find("scope_mine"))
            tryCompare(Session, "todayScope", "mine")
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                compare(databaseProbe.scalar("SELECT assignee_id FROM follow_up WHERE id = ?", [list.itemAtIndex(i).followUpId]), me)
            }
            verify(list.count < storeCount)

            list.positionViewAtBeginning()
            mouseClick(find("scope_everyone"))
            tryCompare(Session, "todayScope", "everyone")
            verify(list.count > storeCount, "everyone shows the other store's follow-ups too")
            compare(databaseProbe.scalar("SELECT value FROM meta WHERE key = ?", ["setting.today_scope." + me]), "everyone")

            // An associate starts on their own; the manager's choice stays theirs.
            const associate = databaseProbe.scalar("SELECT id FROM staff WHERE role = 'associate' ORDER BY name LIMIT 1")
            verify(Session.setCurrentStaff(associate))
            compare(Session.todayScope, "mine")
            verify(find("scope_mine").highlighted)
            for (let i = 0; i < list.count; ++i) {
                list.positionViewAtIndex(i, ListView.Contain)
                compare(databaseProbe.scalar("SELECT assignee_id FROM follow_up WHERE id = ?", [list.itemAtIndex(i).followUpId]), associate)
            }
            verify(Session.setCurrentStaff(me))
            compare(Session.todayScope, "everyone")
            list.positionViewAtBeginning()
            mouseClick(find("scope_mine"))
            tryCompare(Session, "todayScope", "mine")
        }

        function test_2_headings_follow_the_data() {
            // A fixed "today" far from the demo's dates: only these rows are due.
            const page = find("todayPage")
            page.model.today = new Date(2001, 0, 10)
            const client = clientIdAt(1)
            const due = { "T8 overdue a": -3, "T8 overdue b": -1, "T8 today a": 0, "T8 today b": 0,
                          "T8 upcoming a": 2, "T8 upcoming b": 9 }
            for (const reason in due)
                verify(Session.addFollowUp(client, new Date(2001, 0, 10 + due[reason]), reason), Session.lastError)
            const expectedFor = function(reason) {
                const days = due[reason]
                verify(days !== undefined, "an unexpected row: " + reason)
                return days < 0 ? "Overdue" : days === 0 ? "Today" : "Upcoming"
            }
            const list = goToday()
            tryCompare(list, "count", 6)
            checkHeadings(list, expectedFor, ["Overdue", "Today", "Upcoming"])
            saveShot("today-headings")

            markDone(rowWithReason(list, "T8 overdue b"))
            tryCompare(list, "count", 5)
            checkHeadings(list, expectedFor, ["Overdue", "Today", "Upcoming"])
            markDone(rowWithReason(list, "T8 overdue a"))
            tryCompare(list, "count", 4)
            checkHeadings(list, expectedFor, ["Today", "Upcoming"])
            markDone(rowWithReason(list, "T8 today a"))
            tryCompare(list, "count", 3)
            checkHeadings(list, expectedFor, ["Today", "Upcoming"])
            mouseClick(find("followUpCancelButton", rowWithReason(list, "T8 today b")))
            tryCompare(list, "count", 2)
            checkHeadings(list, expectedFor, ["Upcoming"])

            // The same rows seen from a later day: the headings move with "today".
            page.model.today = new Date(2001, 0, 12)
            due["T8 upcoming a"] = 0
            due["T8 upcoming b"] = 7
            checkHeadings(list, expectedFor, ["Today", "Upcoming"])
            page.model.today = new Date(2001, 0, 13)
            due["T8 upcoming a"] = -1
            due["T8 upcoming b"] = 6
            checkHeadings(list, expectedFor, ["Overdue", "Upcoming"])
            page.model.today = undefined // back to the calendar

            // The real list against the calendar: each row's own due text says where it belongs.
            const byRow = rowSection(list)
            list.positionViewAtBeginning()
            checkHeadingsInView(list, byRow)
            markDone(rowWithReason(list, list.itemAtIndex(0).reason))
            list.positionViewAtBeginning()
            checkHeadingsInView(list, byRow)
        }

        // Where a row belongs by its own due text.
        function rowSection(list) {
            return function(row) {
                return row.overdue ? "Overdue" : row.dueText.indexOf("Due today") === 0 ? "Today" : "Upcoming"
            }
        }

        function test_3_add_follow_up_from_today_and_from_the_client() {
            const client = clientIdAt(2)
            const name = nameOf(client)
            goToday()
            mouseClick(find("addFollowUpButton"))
            const form = find("followUpForm")
            tryCompare(form, "opened", true)
            const search = find("followUpClientSearch", form.contentItem)
            tryCompare(search, "activeFocus", true)
            typeText(name)
            const match = find("followUpClientMatch_0", form.contentItem)
            tryVerify(function() { return match.text === name })
            mouseClick(match)
            tryCompare(form, "clientId", client)
            compare(find("followUpAssignee", form.contentItem).currentText, Session.currentStaffName)
            mouseClick(find("followUpReason", form.contentItem))
            typeText("Ask about the garden shed plans")
            saveShot("follow-up-form")
            mouseClick(find("saveFollowUpButton", form.footer))
            tryCompare(form, "visible", false)
            compare(databaseProbe.scalar("SELECT assignee_id FROM follow_up WHERE client_id = ? AND reason = ?",
                                         [client, "Ask about the garden shed plans"]), Session.currentStaffId)
            compare(databaseProbe.scalar("SELECT due_date FROM follow_up WHERE client_id = ? AND reason = ?",
                                         [client, "Ask about the garden shed plans"]),
                    Qt.formatDate(Session.addDays(Session.today(), 3), "yyyy-MM-dd"))

            // From the client card: the client is known; an empty reason keeps the form open and says why.
            shell.openClient(client)
            const timeline = find("timeline")
            tryCompare(timeline, "visible", true)
            mouseClick(find("clientAddFollowUpButton", timeline))
            tryCompare(form, "opened", true)
            compare(find("followUpClientName", form.contentItem).text, name)
            mouseClick(find("saveFollowUpButton", form.footer))
            verify(form.opened)
            verify(find("followUpError", form.contentItem).text.length > 0)
            mouseClick(find("followUpReason", form.contentItem))
            typeText("Bring the new catalogue")
            const due = find("followUpDue", form.contentItem)
            mouseClick(due)
            keyClick(Qt.Key_A, Qt.ControlModifier)
            typeText(Qt.formatDate(Session.addDays(Session.today(), 10), "yyyy-MM-dd"))
            mouseClick(find("saveFollowUpButton", form.footer))
            tryCompare(form, "visible", false)
            compare(databaseProbe.scalar("SELECT due_date FROM follow_up WHERE client_id = ? AND reason = ?",
                                         [client, "Bring the new catalogue"]),
                    Qt.formatDate(Session.addDays(Session.today(), 10), "yyyy-MM-dd"))
        }

        function test_4_done_snooze_cancel_and_consent_can_be_undone() {
            const client = clientIdAt(3)
            verify(Session.addFollowUp(client, Session.today(), "T4 show the sanding pads"), Session.lastError)
            const id = databaseProbe.scalar("SELECT id FROM follow_up WHERE reason = ?", ["T4 show the sanding pads"])
            const list = goToday()
            const snackbar = find("snackbar")

            // Done with an outcome: gone from Today, a line in the timeline, undone in one tap.
            markDone(rowWithReason(list, "T4 show the sanding pads"), "called, loves the new drill")
            tryCompare(snackbar, "visible", true)
            compare(find("snackbarText", snackbar).text, "Follow-up done.")
            compare(find("snackbarAction", snackbar).text, "Undo")
            compare(databaseProbe.scalar("SELECT status FROM follow_up WHERE id = ?", [id]), "done")
            const line = "Follow-up done: T4 show the sanding pads\nOutcome: called, loves the new drill"
            compare(databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND body = ? AND deleted = 0", [client, line]), 1)
            saveShot("today-done-undo")
            mouseClick(find("snackbarAction", snackbar))
            tryCompare(snackbar, "visible", false)
            compare(databaseProbe.scalar("SELECT status FROM follow_up WHERE id = ?", [id]), "open")
            checkHeadingsInView(list, rowSection(list))
            compare(databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND body = ? AND deleted = 0", [client, line]), 0)

            // Snooze and undo: back to today.
            const snoozeRow = rowWithReason(list, "T4 show the sanding pads")
            mouseClick(find("followUpSnoozeButton", snoozeRow))
            const tomorrow = find("snoozeTomorrow", snoozeRow)
            tryCompare(tomorrow, "visible", true)
            mouseClick(tomorrow)
            tryCompare(snackbar, "visible", true)
            compare(databaseProbe.scalar("SELECT due_date FROM follow_up WHERE id = ?", [id]),
                    Qt.formatDate(Session.addDays(Session.today(), 1), "yyyy-MM-dd"))
            mouseClick(find("snackbarAction", snackbar))
            tryCompare(snackbar, "visible", false)
            compare(databaseProbe.scalar("SELECT due_date FROM follow_up WHERE id = ?", [id]),
                    Qt.formatDate(Session.today(), "yyyy-MM-dd"))
            compare(databaseProbe.scalar("SELECT status FROM follow_up WHERE id = ?", [id]), "open")

            // Cancel and undo.
            mouseClick(find("followUpCancelButton", rowWithReason(list, "T4 show the sanding pads")))
            tryCompare(snackbar, "visible", true)
            compare(find("snackbarText", snackbar).text, "Follow-up cancelled.")
            compare(databaseProbe.scalar("SELECT status FROM follow_up WHERE id = ?", [id]), "cancelled")
            mouseClick(find("snackbarAction", snackbar))
            tryCompare(snackbar, "visible", false)
            compare(databaseProbe.scalar("SELECT status FROM follow_up WHERE id = ?", [id]), "open")

            // Done without an outcome still leaves its line, and shows in the client's timeline.
            markDone(rowWithReason(list, "T4 show the sanding pads"))
            tryCompare(snackbar, "visible", true)
            // The confirmation goes by itself after about 4 s (generous bound for a loaded machine).
            tryCompare(snackbar, "visible", false, 7000)
            shell.openClient(client)
            const timeline = find("timeline")
            tryVerify(function() {
                const first = timeline.itemAtIndex(0)
                return first !== null && first.body === "Follow-up done: T4 show the sanding pads"
            })

            // Consent: Record given, then Undo puts back what was there.
            const before = databaseProbe.scalar("SELECT coalesce(consent_marketing, '') FROM client WHERE id = ?", [client])
            timeline.positionViewAtBeginning()
            const button = find("consentButton_marketing", timeline)
            const wanted = before === "given" ? "withdrawn" : "given"
            mouseClick(button)
            tryCompare(snackbar, "visible", true)
            compare(databaseProbe.scalar("SELECT consent_marketing FROM client WHERE id = ?", [client]), wanted)
            saveShot("client-consent-undo")
            mouseClick(find("snackbarAction", snackbar))
            tryCompare(snackbar, "visible", false)
            compare(databaseProbe.scalar("SELECT coalesce(consent_marketing, '') FROM client WHERE id = ?", [client]), before)
        }

        // Every screen this work changed, at the three sizes, for looking at.
        function test_9_screens_at_three_sizes() {
            const sizes = [[1280, 800], [800, 1280], [1920, 1080]]
            for (const size of sizes) {
                root.width = size[0]
                root.height = size[1]
                mouseClick(find("nav_clients"))
                mouseClick(find("nav_today"))
                tryCompare(shell, "section", "today")
                const list = find("todayList")
                tryVerify(function() { const l = findChild(root, "todayList"); return l !== null && l.visible && l.count > 0 })
                const today = findChild(root, "todayList")
                today.positionViewAtBeginning()
                saveShot("today-mine")
                const row = today.itemAtIndex(0)
                mouseClick(find("followUpDoneButton", row))
                const popup = find("followUpDonePopup", row)
                tryCompare(popup, "opened", true)
                typeText("called, loves the new drill")
                saveShot("today-done-outcome")
                popup.close()
                tryCompare(popup, "visible", false)
                mouseClick(find("addFollowUpButton"))
                const form = find("followUpForm")
                tryCompare(form, "opened", true)
                typeText("Fis")
                saveShot("follow-up-form-pick-client")
                form.close()
                tryCompare(form, "visible", false)

                shell.openClient(clientIdAt(3))
                const timeline = findChild(root, "timeline")
                tryVerify(function() { const t = findChild(root, "timeline"); return t !== null && t.visible })
                saveShot("client-from-today")
                keyClick(Qt.Key_Escape)
                tryCompare(shell, "section", "today")

                mouseClick(find("nav_settings"))
                tryCompare(shell, "section", "settings")
                let toggle = null
                tryVerify(function() { toggle = findChild(root, "settingsTechnicalToggle"); return toggle !== null && toggle.visible })
                if (toggle.text === "Show")
                    toggle.clicked()
                const page = findChild(root, "settingsPage")
                for (let step = 0; step < 20 && toggle.mapToItem(root, 0, toggle.height).y > root.height - 8; ++step) {
                    mouseWheel(page, page.width / 2, page.height / 2, 0, -120)
                    wait(30)
                }
                saveShot("settings-technical")
            }
            root.width = 1280
            root.height = 800
        }
    }
}
