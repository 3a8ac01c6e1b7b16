import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// Settings keep file paths and device ids out of the way: they sit folded in
// "Technical details" and open with one tap.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Settings"
        when: windowShown

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }

        function test_technical_details_are_folded_away() {
            mouseClick(find("nav_settings"))
            tryCompare(shell, "section", "settings")
            const details = find("settingsTechnicalDetails")
            verify(details.visible)
            const folder = find("dataFolderRow")
            verify(!folder.visible, "the data folder is not on the page until asked for")
            waitForRendering(root)
            grabImage(root).save(screenshotDir + "/settings-" + root.width + "x" + root.height + ".png")
            // Scrolled to like a person would, with the wheel.
            const toggle = find("settingsTechnicalToggle")
            const page = find("settingsPage")
            for (let step = 0; step < 20 && toggle.mapToItem(root, 0, toggle.height).y > root.height - 8; ++step) {
                mouseWheel(page, page.width / 2, page.height / 2, 0, -120)
                wait(30)
            }
            mouseClick(toggle)
            tryCompare(folder, "visible", true)
            compare(folder.value, Session.dataDir)
            mouseClick(toggle)
            tryCompare(folder, "visible", false)
        }
    }
}
