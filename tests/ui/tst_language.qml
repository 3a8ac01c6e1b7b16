import QtQuick
import QtQuick.Controls
import QtTest
import Rapport.Ui

// The language choice in Settings applies at once: the QML words, the C++ models' words and
// the formats change without a restart, and "System language" goes back to the system's.
Item {
    id: root
    width: 1280
    height: 800

    AppShell {
        id: shell
        anchors.fill: parent
    }

    TestCase {
        name: "Language"
        when: windowShown

        function find(name, from) {
            const item = findChild(from || root, name)
            verify(item !== null, "nothing on screen is named " + name)
            return item
        }

        function cleanup() {
            Language.choice = "" // the test host has no LANG: English
        }

        function test_choosing_a_language_applies_at_once() {
            mouseClick(find("nav_settings"))
            tryCompare(shell, "section", "settings")
            const choice = find("settingsLanguageChoice")
            compare(choice.currentValue, "", "the system's language until someone picks one")
            compare(find("nav_settings").text, "Settings")

            choice.currentIndex = choice.indexOfValue("de")
            choice.activated(choice.currentIndex)
            compare(Language.code, "de")
            tryCompare(find("nav_settings"), "text", "Einstellungen")
            compare(find("nav_clients").text, "Kundschaft")
            compare(choice.currentValue, "de", "the choice still shows Deutsch after the words changed")
            // A model's words (C++ tr) and a date (the locale) follow as well.
            compare(Session.formatDate(new Date(2026, 2, 12)), "12. März 2026")

            choice.currentIndex = choice.indexOfValue("es")
            choice.activated(choice.currentIndex)
            tryCompare(find("nav_settings"), "text", "Ajustes")
            compare(Session.formatDate(new Date(2026, 2, 12)), "12 de mar de 2026")

            choice.currentIndex = choice.indexOfValue("")
            choice.activated(choice.currentIndex)
            tryCompare(find("nav_settings"), "text", "Settings")
            compare(Language.code, "en")
        }

        function test_the_choice_is_kept_on_this_device() {
            Language.choice = "de"
            compare(databaseProbe.scalar("SELECT value FROM meta WHERE key = 'setting.ui.language'"), "de")
            Language.choice = ""
            compare(databaseProbe.scalar("SELECT value FROM meta WHERE key = 'setting.ui.language'"), "")
        }
    }
}
