import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// A manager on a desktop-sized window imports a CSV file with two bad rows: the dry run
// reports both with their row numbers and reasons, the import writes only the good rows,
// and an associate is not offered the page at all. Screenshots at 1280x800 and 1920x1080.
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
        name: "ImportClients"
        when: windowShown

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }

        function saveShot(name) {
            waitForRendering(root)
            grabImage(root).save(screenshotDir + "/" + name + "-" + root.width + "x" + root.height + ".png")
        }

        function staffWithRole(role) {
            return databaseProbe.scalar("SELECT id FROM staff WHERE role = ? ORDER BY id LIMIT 1", [role])
        }

        function clientCount() {
            return Number(databaseProbe.scalar("SELECT count(*) FROM client WHERE deleted = 0"))
        }

        // Import / export and Activity are pages of the Manage area.
        function offered(name) {
            const button = findChild(root, "nav_manage")
            return button !== null && button.visible && shell.managePageIndex(name) >= 0
        }

        function openManagePage(name, objectName) {
            // The Manage button appears when a manager signs in; the bar lays it out
            // after that, so a click may land on the old layout: click until it is taken.
            const nav = findChild(root, "nav_manage")
            tryVerify(function() {
                waitForRendering(root)
                if (shell.section !== "manage")
                    mouseClick(nav)
                return shell.section === "manage"
            }, 5000, "the Manage button did not open the Manage area")
            shell.showManagePage(name)
            tryCompare(shell, "managePage", name)
            tryVerify(function() { return findChild(root, objectName) !== null }, 5000, name + " did not load")
            waitForRendering(root)
        }

        function test_1_associate_is_not_offered_the_page() {
            verify(Session.setCurrentStaff(staffWithRole("associate")))
            tryVerify(function() { return !offered("import") })
            verify(!offered("activity"))
        }

        function test_2_manager_imports_and_sees_two_bad_rows() {
            verify(Session.setCurrentStaff(staffWithRole("manager")))
            tryVerify(function() { return offered("import") && offered("activity") })
            openManagePage("import", "importExportPage")
            const page = find("importExportPage")
            const before = clientCount()
            const outboxBefore = Number(databaseProbe.scalar("SELECT count(*) FROM outbox"))

            const path = find("importFilePath", page)
            path.text = Qt.resolvedUrl("data/import-two-bad.csv").toString()
            mouseClick(find("openImportFile", page))

            // The dry run: four new clients, two refused, each with its row and reason; nothing written.
            tryCompare(find("importRefused", page), "text", "2 refused")
            compare(find("importCreates", page).text, "4 new")
            compare(clientCount(), before)
            const list = find("importPlanList", page)
            tryCompare(list, "count", 6)
            // Refused rows come first, in row order.
            list.forceLayout()
            tryVerify(function() { return list.itemAtIndex(1) !== null })
            const first = list.itemAtIndex(0)
            const second = list.itemAtIndex(1)
            compare(first.rowNumber, 4)
            compare(first.action, "refuse")
            verify(first.reason.indexOf("marta.q@example") >= 0, first.reason)
            compare(second.rowNumber, 5)
            compare(second.action, "refuse")
            verify(second.reason.indexOf("not a day of the calendar") >= 0, second.reason)
            verify(find("importMapping", page).visible)
            saveShot("import-dryrun")

            // Import: the four good rows arrive in one go, each recorded for sync.
            const button = find("importButton", page)
            verify(button.enabled)
            // Scrolled to, as a person would, before clicking.
            const scroll = find("importScroll", page)
            scroll.contentY = Math.max(0, Math.min(button.mapToItem(scroll.contentItem, 0, 0).y - 200,
                                                   scroll.contentHeight - scroll.height))
            waitForRendering(root)
            verify(button.text.indexOf("leave out 2 refused") >= 0, button.text)
            mouseClick(button)
            tryCompare(find("importMessage", page), "text", "Imported import-two-bad.csv: 4 new, 0 updated, 0 unchanged; 2 rows refused.")
            compare(clientCount(), before + 4)
            compare(Number(databaseProbe.scalar("SELECT count(*) FROM outbox")), outboxBefore + 4)
            compare(String(databaseProbe.scalar("SELECT tags FROM client WHERE family_name = 'Wróbel'")), "tools,workshop")
            compare(String(databaseProbe.scalar("SELECT given_name FROM client WHERE family_name = 'Berg'")), "Hannah \"Jo\"")
            compare(Number(databaseProbe.scalar("SELECT count(*) FROM client WHERE family_name IN ('Quintana', 'Adeyemi')")), 0)
            verify(!button.enabled) // done: nothing left to import from this dry run
            saveShot("import-done")

            // The same file again: all four match by phone or email and are unchanged.
            scroll.contentY = 0
            waitForRendering(root)
            mouseClick(find("openImportFile", page))
            tryCompare(find("importUnchanged", page), "text", "4 unchanged")
            compare(find("importCreates", page).text, "0 new")
            root.width = 1920
            root.height = 1080
            saveShot("import-again")
            root.width = 1280
            root.height = 800
        }

        function test_3_mapping_change_reruns_the_dry_run() {
            const page = find("importExportPage")
            // Column 6 (Birthday) left out: the bad date no longer refuses row 5.
            const combo = find("mapping_5", page)
            combo.currentIndex = combo.indexOfValue("ignore")
            combo.activated(combo.currentIndex)
            tryCompare(find("importRefused", page), "text", "1 refused")
        }

        function test_4_activity_page_without_a_server_says_so() {
            openManagePage("activity", "activityPage")
            const state = find("activityState", find("activityPage"))
            verify(state.text.indexOf("sign in to a server") >= 0, state.text)
            compare(find("activityList").count, 0)
        }
    }
}
