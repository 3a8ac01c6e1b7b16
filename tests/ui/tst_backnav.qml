import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// Back goes to where you came from, on the real QML: a client opened from
// Today returns to Today at the same scroll position (landscape and portrait),
// by Escape, Alt+Left, the Android back key or the back button; editing or
// deleting a note keeps the timeline where it was.
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
        name: "BackNavigation"
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

        // Scrolls like a person with the wheel, until the list has moved well down.
        function scrollDown(list, steps) {
            for (let i = 0; i < steps; ++i)
                mouseWheel(list, list.width / 2, list.height / 2, 0, -120)
            tryVerify(function() { return !list.moving && !list.flicking })
            verify(list.contentY > list.originY + 200, "the list did not scroll: " + list.contentY + " (origin " + list.originY
                   + ", content height " + list.contentHeight + ", view height " + list.height + ")")
        }

        // A row of the list that lies fully in view, from the middle down.
        function rowInView(list, prefix) {
            list.forceLayout()
            const children = list.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                const child = children[i]
                if (!child || !child.visible || (child.objectName || "").indexOf(prefix) !== 0)
                    continue
                if (child.y > list.contentY + list.height / 3 && child.y + child.height < list.contentY + list.height - 80)
                    return child
            }
            const ys = []
            for (let i = 0; i < children.length; ++i)
                ys.push((children[i].objectName || "?") + "@" + children[i].y + "/" + children[i].height + (children[i].visible ? "" : "(hidden)"))
            verify(false, "no " + prefix + " row in the middle of the view: contentY " + list.contentY
                   + " height " + list.height + " " + ys.join(" "))
        }

        // The named item on screen now (a layout just left may linger until deleted).
        function shown(name) {
            let item = null
            tryVerify(function() {
                item = findChild(root, name)
                return item !== null && item.visible && item.width > 0
            }, 5000, name + " is not on screen")
            return item
        }

        // The note shown just above `note`, by id.
        function noteAbove(list, note) {
            const children = list.contentItem.children
            let best = null
            for (let i = 0; i < children.length; ++i) {
                const c = children[i]
                if (c.visible && (c.objectName || "").indexOf("note_") === 0 && c.y < note.y && (!best || c.y > best.y))
                    best = c
            }
            verify(best !== null, "no note above")
            return best.noteId
        }

        // Where the note with this id is on screen, relative to the list.
        function screenY(list, noteId) {
            list.forceLayout()
            const children = list.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                const c = children[i]
                if (c.visible && c.noteId === noteId)
                    return c.mapToItem(list, 0, 0).y
            }
            verify(false, "note " + noteId + " is not shown")
        }

        // Today's list must be longer than a portrait window, whatever day the demo was made:
        // a dozen more follow-ups over the coming days.
        function initTestCase() {
            const client = Session.mostRecentClientId()
            for (let i = 0; i < 12; ++i)
                verify(Session.addFollowUp(client, Session.addDays(Session.today(), 1 + i % 10),
                                           "Check the fit of the work boots, round " + (i + 1)), Session.lastError)
        }

        // Portrait pages slide; act once they stand still.
        function settled() {
            const stack = findChild(root, "pageStack")
            if (stack)
                tryCompare(stack, "busy", false)
        }

        function openFromTodayAndGoBack(how) {
            mouseClick(find("nav_today"))
            tryCompare(shell, "section", "today")
            settled()
            let list = shown("todayList")
            if (list.contentY < list.originY + 200)
                scrollDown(list, 8)
            const y = list.contentY
            const row = rowInView(list, "followUp_")
            const clientName = row.clientName
            const link = find("followUpClientLink", row)
            waitForRendering(list)
            mouseClick(link)
            tryCompare(shell, "section", "clients")
            tryVerify(function() { const n = findChild(root, "clientName"); return n !== null && n.visible && n.text === clientName })
            settled()
            how()
            tryCompare(shell, "section", "today")
            settled()
            compare(shell.clientId, "")
            list = shown("todayList")
            compare(list.contentY, y)
            verify(rowInView(list, "followUp_") !== null)
        }

        function test_1_back_from_a_client_returns_to_today_where_it_was() {
            Session.todayScope = "everyone" // a long list
            openFromTodayAndGoBack(function() { keyClick(Qt.Key_Escape) })
            openFromTodayAndGoBack(function() { keyClick(Qt.Key_Left, Qt.AltModifier) })
            openFromTodayAndGoBack(function() { keyClick(Qt.Key_Back) })
            openFromTodayAndGoBack(function() { mouseClick(find("clientBackButton")) })
        }

        function test_2_portrait_back_keeps_today_too() {
            root.width = 800
            root.height = 1280
            tryVerify(function() { return findChild(root, "pageStack") !== null })
            openFromTodayAndGoBack(function() { keyClick(Qt.Key_Escape) })
            openFromTodayAndGoBack(function() { mouseClick(find("clientBackButton")) })
            // From the list, back returns to the list.
            mouseClick(find("nav_clients"))
            tryCompare(shell, "section", "clients")
            shell.openClient(Session.mostRecentClientId())
            tryVerify(function() { const p = findChild(root, "clientPage"); return p !== null && p.visible })
            keyClick(Qt.Key_Escape)
            tryCompare(shell, "clientId", "")
            compare(shell.section, "clients")
            root.width = 1280
            root.height = 800
        }

        function test_3_editing_or_deleting_a_note_keeps_the_timeline_where_it_was() {
            const client = Session.mostRecentClientId()
            for (let i = 0; i < 12; ++i) {
                const added = Session.addNote({ clientId: client, kind: "conversation",
                                                body: "Back test note " + i + ": talked about the workshop and the new bench vice." })
                verify(added.ok, Session.lastError)
            }
            shell.openClient(client)
            const timeline = shown("timeline")
            tryVerify(function() { return timeline.count >= 12 })
            // Into the notes, short of the very end (where a shorter list has to move up).
            for (let step = 0; step < 30 && timeline.contentY < timeline.originY + timeline.headerItem.height; ++step) {
                mouseWheel(timeline, timeline.width / 2, timeline.height / 2, 0, -120)
                tryVerify(function() { return !timeline.moving && !timeline.flicking })
            }
            verify(timeline.contentY + timeline.height < timeline.originY + timeline.contentHeight - 300,
                   "scrolled to the end: " + timeline.contentY)

            // Delete a note in the middle of the view: what was on screen stays where it was.
            let note = rowInView(timeline, "note_")
            let keptId = noteAbove(timeline, note)
            let keptAt = screenY(timeline, keptId)
            const countBefore = timeline.count
            mouseClick(find("deleteNoteButton", note))
            tryCompare(timeline, "count", countBefore - 1)
            wait(50)
            compare(screenY(timeline, keptId), keptAt)

            // Edit another: saved, and the view has not moved.
            note = rowInView(timeline, "note_")
            const noteId = note.noteId
            keptId = noteAbove(timeline, note)
            keptAt = screenY(timeline, keptId)
            mouseClick(find("editNoteButton", note))
            const editor = find("noteEditor")
            tryCompare(editor, "opened", true)
            const body = find("bodyField", editor.contentItem)
            mouseClick(body)
            keyClick(Qt.Key_End, Qt.ControlModifier)
            typeText(" Edited.")
            mouseClick(find("saveNoteButton", editor.footer))
            tryCompare(editor, "visible", false)
            tryVerify(function() { return Session.noteFields(noteId).body.indexOf("Edited.") > 0 })
            wait(50)
            compare(screenY(timeline, keptId), keptAt)
        }

        // Portrait: the scroll bar lies beside the rows, never over their buttons.
        function test_4_portrait_scroll_bar_leaves_the_row_buttons_free() {
            root.width = 800
            root.height = 1280
            mouseClick(find("nav_today"))
            tryCompare(shell, "section", "today")
            settled()
            const list = shown("todayList")
            scrollDown(list, 4)
            const bar = find("listScrollBar", list)
            const barX = bar.mapToItem(root, 0, 0).x
            let rows = 0
            const children = list.contentItem.children
            for (let i = 0; i < children.length; ++i) {
                const row = children[i]
                if (!row || !row.visible || (row.objectName || "").indexOf("followUp_") !== 0)
                    continue
                ++rows
                const cancel = find("followUpCancelButton", row)
                const right = cancel.mapToItem(root, cancel.width, 0).x
                verify(right <= barX, "Cancel ends at " + right + ", under the scroll bar at " + barX)
                verify(row.mapToItem(root, row.width, 0).x <= barX)
            }
            verify(rows > 3)
            root.width = 1280
            root.height = 800
        }

        // Acting on a follow-up in a scrolled Today keeps the rows above where they were.
        function test_5_done_in_a_scrolled_today_keeps_the_view() {
            Session.todayScope = "everyone"
            mouseClick(find("nav_today"))
            tryCompare(shell, "section", "today")
            const list = shown("todayList")
            list.positionViewAtBeginning()
            for (let step = 0; step < 30 && list.contentY < list.originY + 250; ++step) {
                mouseWheel(list, list.width / 2, list.height / 2, 0, -120)
                tryVerify(function() { return !list.moving && !list.flicking })
            }
            verify(list.contentY + list.height < list.originY + list.contentHeight - 200, "scrolled to the end")
            const row = rowInView(list, "followUp_")
            // The row just above, by id, and where it is on screen.
            const children = list.contentItem.children
            let above = null
            for (let i = 0; i < children.length; ++i) {
                const c = children[i]
                if (c.visible && (c.objectName || "").indexOf("followUp_") === 0 && c.y < row.y && (!above || c.y > above.y))
                    above = c
            }
            verify(above !== null)
            const aboveId = above.followUpId
            const at = above.mapToItem(list, 0, 0).y
            const count = list.count
            mouseClick(find("followUpCancelButton", row))
            tryCompare(list, "count", count - 1)
            wait(50)
            list.forceLayout()
            let now = null
            for (let i = 0; i < children.length; ++i) {
                const c = list.contentItem.children[i]
                if (c && c.visible && c.followUpId === aboveId)
                    now = c
            }
            verify(now !== null, "the row above is gone from view")
            compare(now.mapToItem(list, 0, 0).y, at)
        }
    }
}
