import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// A manager on a desktop-sized window: the Manage area in the navigation,
// Overview with every number opening its records (the overdue follow-ups, each
// one click from its client), and a whole book handed over on Team. An
// associate sees none of it, and is refused a handover in words.
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
        name: "Manage"
        when: windowShown

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }
        function staffWith(role) {
            return databaseProbe.scalar("SELECT id FROM staff WHERE role = ? AND deleted = 0 ORDER BY name LIMIT 1", [role])
        }
        function saveShot(name) {
            waitForRendering(root)
            grabImage(root).save(screenshotDir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }
        function openManage() {
            mouseClick(find("nav_manage"))
            tryCompare(shell, "section", "manage")
        }

        function init() {
            verify(Session.setCurrentStaff(staffWith("manager")))
            shell.history = []
            shell.section = "clients"
            shell.clientId = ""
            shell.managePage = "overview"
        }

        function test_a_associates_see_no_manage_area() {
            verify(Session.setCurrentStaff(staffWith("associate")))
            compare(Session.canManage, false)
            waitForRendering(root)
            compare(find("nav_manage").visible, false)
            verify(find("nav_today").visible)
            // Back as a manager the entry is there.
            verify(Session.setCurrentStaff(staffWith("manager")))
            compare(Session.canManage, true)
            tryCompare(find("nav_manage"), "visible", true)
        }

        function test_b_overview_drills_into_overdue_follow_ups_and_opens_a_client() {
            openManage()
            const page = find("managePage_overview")
            tryVerify(function() { return page.item !== null })
            const report = page.item.report
            report.usePreset("12w")
            tryCompare(report, "busy", false, 30000)
            // The number is the live overdue follow-ups of live clients, counted here by hand.
            const overdue = databaseProbe.scalar(
                "SELECT count(*) FROM follow_up f JOIN client c ON c.id = f.client_id WHERE f.deleted = 0 AND c.deleted = 0 "
                + "AND f.status IN ('open', 'snoozed') AND f.due_date < ? AND f.due_date <> ''",
                [Qt.formatDate(Session.today(), "yyyy-MM-dd")])
            verify(overdue > 0, "the demo has overdue follow-ups")
            compare(find("value_follow_ups_overdue_now").text, String(overdue))
            saveShot("manage-overview")

            mouseClick(find("measure_follow_ups_overdue_now"))
            const pane = find("measureListPane")
            verify(pane.visible)
            tryCompare(pane.model, "busy", false, 10000)
            compare(pane.model.total, overdue)
            const list = find("measureList")
            tryVerify(function() { return list.count > 0 })
            const firstClient = pane.model.clientIdAt(0)
            saveShot("manage-overview-overdue")
            const row = find("measureRow_0")
            mouseClick(row)
            tryCompare(shell, "section", "clients")
            compare(shell.clientId, firstClient)
            // Back returns to the list as it was.
            verify(shell.goBack())
            compare(shell.section, "manage")
            compare(shell.managePage, "overview")
            verify(pane.visible)
            compare(pane.model.total, overdue)
        }

        function test_c_a_whole_book_is_handed_over() {
            openManage()
            mouseClick(find("manageNav_team"))
            compare(shell.managePage, "team")
            const page = find("managePage_team")
            tryVerify(function() { return page.item !== null })
            const team = page.item.team
            tryCompare(team, "busy", false, 10000)
            const leaving = staffWith("associate")
            const taking = databaseProbe.scalar(
                "SELECT id FROM staff WHERE role = 'associate' AND deleted = 0 AND id <> ? ORDER BY name LIMIT 1", [leaving])
            const bookSize = databaseProbe.scalar("SELECT count(*) FROM client WHERE associate_id = ? AND deleted = 0", [leaving])
            verify(bookSize > 0)
            const takerBefore = databaseProbe.scalar("SELECT count(*) FROM client WHERE associate_id = ? AND deleted = 0", [taking])

            // Choose the leaving associate's row.
            const list = find("teamList")
            let row = -1
            for (let i = 0; i < list.count; ++i) {
                list.currentIndex = i
                const item = find("teamRow_" + i)
                if (item.staffId === leaving) { row = i; break }
            }
            verify(row >= 0)
            compare(find("teamRow_" + row).clients, bookSize)
            mouseClick(find("teamRow_" + row))
            compare(page.item.staffId, leaving)
            tryCompare(page.item.book, "count", Math.min(bookSize, 50))
            saveShot("manage-team")

            mouseClick(find("handOverBook"))
            const dialog = page.item.handoverDialog
            tryCompare(dialog, "opened", true)
            // Without a choice it says what is missing and changes nothing.
            mouseClick(find("confirmHandover", dialog.contentItem))
            verify(find("handoverProblem", dialog.contentItem).text.length > 0)
            compare(databaseProbe.scalar("SELECT count(*) FROM client WHERE associate_id = ? AND deleted = 0", [leaving]), bookSize)
            const target = find("handoverTarget", dialog.contentItem)
            target.currentIndex = target.indexOfValue(taking)
            verify(target.currentIndex >= 0)
            find("handoverReason", dialog.contentItem).text = "Moving to the other store"
            saveShot("manage-team-handover")
            mouseClick(find("confirmHandover", dialog.contentItem))
            tryCompare(dialog, "visible", false)

            compare(databaseProbe.scalar("SELECT count(*) FROM client WHERE associate_id = ? AND deleted = 0", [leaving]), 0)
            compare(databaseProbe.scalar("SELECT count(*) FROM client WHERE associate_id = ? AND deleted = 0", [taking]),
                    takerBefore + bookSize)
            compare(databaseProbe.scalar("SELECT count(*) FROM note WHERE deleted = 0 AND kind = 'other' "
                                         + "AND body LIKE 'Handed over from %' AND body LIKE '%Moving to the other store'"), bookSize)
            // Each change waits in the outbox for the server.
            verify(databaseProbe.scalar("SELECT count(*) FROM outbox WHERE entity = 'client' AND fields LIKE ?",
                                        ['%"associate_id":"' + taking + '"%']) >= bookSize)
            tryCompare(page.item.book, "count", 0)
            tryVerify(function() { return find("teamRow_" + row).clients === 0 }, 10000)
        }

        function test_d_an_associate_is_refused_a_handover_in_words() {
            const associate = staffWith("associate")
            const other = databaseProbe.scalar(
                "SELECT id FROM staff WHERE role = 'associate' AND deleted = 0 AND id <> ? ORDER BY name LIMIT 1", [associate])
            const client = databaseProbe.scalar("SELECT id FROM client WHERE deleted = 0 LIMIT 1")
            const before = databaseProbe.scalar("SELECT associate_id FROM client WHERE id = ?", [client])
            verify(Session.setCurrentStaff(associate))
            verify(!Session.reassignClients([client], other, ""))
            verify(Session.lastError.indexOf("Only a manager or admin") === 0)
            compare(databaseProbe.scalar("SELECT associate_id FROM client WHERE id = ?", [client]), before)
        }
    }
}
