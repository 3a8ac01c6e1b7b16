import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// A manager merges two duplicate clients on the real QML and a real notebook: the page is
// offered to managers only, the pair is compared field by field, merged after a confirmation,
// undone from the snackbar and from the list of recent merges. Screenshots at desktop sizes.
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
        name: "Merge"
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

        function liveState(clientId) {
            return databaseProbe.scalar("SELECT deleted FROM client WHERE id = ?", [clientId])
        }

        function notesOf(clientId) {
            return databaseProbe.scalar("SELECT count(*) FROM note WHERE client_id = ? AND deleted = 0", [clientId])
        }

        function test_managerMergesTwoDuplicates() {
            // An associate is at the tablet: no Duplicates in the navigation.
            const associateId = databaseProbe.scalar("SELECT id FROM staff WHERE role = 'associate' ORDER BY name LIMIT 1")
            verify(Session.setCurrentStaff(associateId))
            waitForRendering(root)
            verify(!find("nav_manage").visible, "an associate is offered the Manage pages")

            // A client entered twice: the same phone number typed another way, one note each.
            const firstId = databaseProbe.scalar("SELECT id FROM client WHERE deleted = 0 AND phone <> '' ORDER BY seq LIMIT 1")
            const phone = databaseProbe.scalar("SELECT phone FROM client WHERE id = ?", [firstId])
            const family = databaseProbe.scalar("SELECT family_name FROM client WHERE id = ?", [firstId])
            const digits = String(phone).replace(/[^0-9]/g, "")
            const secondId = Session.createClient({ givenName: "Duplicate", familyName: family,
                                                    phone: digits, interests: "Bouldering" })
            verify(secondId.length > 0, Session.lastError)
            verify(Session.addNote({ clientId: secondId, kind: "need", body: "Needs chalk for bouldering" }).ok !== false)
            const firstNotes = notesOf(firstId)
            const secondNotes = notesOf(secondId)
            compare(secondNotes, 1)

            // The manager takes the desk.
            const managerId = databaseProbe.scalar("SELECT id FROM staff WHERE role = 'manager' ORDER BY name LIMIT 1")
            verify(Session.setCurrentStaff(managerId))
            const nav = find("nav_manage")
            tryCompare(nav, "visible", true)
            waitForRendering(root)
            mouseClick(nav)
            tryCompare(shell, "section", "manage")
            shell.showManagePage("duplicates")
            tryCompare(shell, "managePage", "duplicates")
            tryVerify(function() { return findChild(root, "duplicatesPage") !== null }, 5000, "the Duplicates page did not load")
            const page = find("duplicatesPage")
            tryVerify(function() { return page.pairs.count > 0 }, 5000, "no duplicate pairs listed")
            const pairsBefore = page.pairs.count

            // The pair we made: find its row.
            let row = -1
            for (let i = 0; i < page.pairs.count; ++i) {
                const a = page.pairs.data(page.pairs.index(i, 0), 257) // FirstIdRole
                const b = page.pairs.data(page.pairs.index(i, 0), 258)
                if ((a === firstId && b === secondId) || (a === secondId && b === firstId))
                    row = i
            }
            verify(row >= 0, "the pair with the same phone is not listed")
            root.width = 1920
            root.height = 1080
            saveShot("duplicates")
            root.width = 1280
            root.height = 800
            saveShot("duplicates")

            const list = find("duplicateList")
            list.positionViewAtIndex(row, ListView.Beginning)
            waitForRendering(list)
            mouseClick(find("compareButton_" + row))
            const dialog = find("mergeDialog", page)
            tryCompare(dialog, "opened", true)
            // The record created first is kept; its interests differ and the newer non-empty is offered.
            compare(dialog.keptId, firstId)
            const interests = dialog.rows.filter(function(r) { return r.field === "interests" })
            compare(interests.length, 1)
            compare(interests[0].other, "Bouldering")
            // Keep the first record's given name explicitly.
            const keepGiven = findChild(dialog.contentItem, "choice_given_name_kept")
            verify(keepGiven !== null)
            mouseClick(keepGiven)
            root.width = 1920
            root.height = 1080
            saveShot("merge-dialog")
            root.width = 1280
            root.height = 800
            mouseClick(find("mergeButton", dialog.footer))
            tryCompare(dialog, "confirming", true)
            mouseClick(find("confirmMergeButton", dialog.footer))
            tryCompare(dialog, "opened", false)

            // Merged: the second record is hidden, its note moved, the first took the interests.
            compare(liveState(secondId), 2)
            compare(notesOf(secondId), 0)
            compare(notesOf(firstId), firstNotes + secondNotes)
            compare(databaseProbe.scalar("SELECT interests FROM client WHERE id = ?", [firstId]), "Bouldering")
            compare(databaseProbe.scalar("SELECT merged_into FROM client WHERE id = ?", [secondId]), firstId)
            tryVerify(function() { return page.pairs.count < pairsBefore })
            const snackbar = find("snackbar")
            verify(snackbar.visible)
            verify(find("snackbarText").text.indexOf("Merged") === 0, find("snackbarText").text)
            tryCompare(page.merges, "count", 1)

            // Undo from the snackbar: both back, each with their own notes.
            tryCompare(dialog, "visible", false) // its closing overlay would take the click
            mouseClick(find("snackbarAction"))
            tryCompare(page.pairs, "count", pairsBefore)
            compare(liveState(secondId), 0)
            compare(notesOf(secondId), secondNotes)
            compare(notesOf(firstId), firstNotes)

            // Merge again (defaults), then undo from the list of recent merges.
            mouseClick(find("compareButton_" + row))
            tryCompare(dialog, "opened", true)
            mouseClick(find("mergeButton", dialog.footer))
            mouseClick(find("confirmMergeButton", dialog.footer))
            tryCompare(dialog, "visible", false)
            compare(liveState(secondId), 2)
            saveShot("duplicates-after-merge")
            tryVerify(function() { return findChild(root, "undoMergeButton_0") !== null })
            mouseClick(find("undoMergeButton_0"))
            compare(liveState(secondId), 0)
            compare(notesOf(secondId), secondNotes)
        }

        function test_managerExportsAndErasesAClient() {
            const managerId = databaseProbe.scalar("SELECT id FROM staff WHERE role = 'manager' ORDER BY name LIMIT 1")
            verify(Session.setCurrentStaff(managerId))
            const clientId = databaseProbe.scalar("SELECT id FROM client WHERE deleted = 0 ORDER BY seq DESC LIMIT 1")
            const name = databaseProbe.scalar("SELECT given_name || ' ' || family_name FROM client WHERE id = ?", [clientId])
            shell.openClient(clientId)
            const button = find("clientDataButton")
            tryCompare(button, "visible", true)
            waitForRendering(root)
            mouseClick(button)
            const dialog = find("clientDataDialog")
            tryCompare(dialog, "opened", true)

            const folder = find("exportFolder")
            folder.text = screenshotDir + "/../client-export"
            mouseClick(find("exportButton"))
            const result = find("exportResult")
            tryCompare(result, "visible", true)
            verify(result.text.indexOf(".json") > 0 && result.text.indexOf(".txt") > 0, result.text)

            // Erase stays off until the name is typed as shown.
            const erase = find("eraseButton")
            verify(!erase.enabled)
            const typed = find("eraseConfirmName")
            typed.text = "someone else"
            verify(!erase.enabled)
            typed.text = name.toUpperCase()
            tryCompare(erase, "enabled", true)
            saveShot("client-data")
            mouseClick(erase)
            tryCompare(dialog, "visible", false)
            compare(databaseProbe.scalar("SELECT count(*) FROM client WHERE id = ?", [clientId]), 0)
            compare(databaseProbe.scalar("SELECT op FROM outbox WHERE entity_id = ? ORDER BY mid DESC LIMIT 1", [clientId]), "erase")
            compare(shell.clientId, "")
        }
    }
}