import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Every key the app answers to, in one list: opened with F1, or with ? when
// no text field has the keyboard; closed with Escape, F1 or Close. When a
// Shortcut or key handler is added elsewhere, it belongs in `keys` below.
Popup {
    id: help
    objectName: "shortcutHelp"
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? Math.min(parent.width - 32, 640) : 640
    height: parent ? Math.min(parent.height - 32, implicitHeight) : implicitHeight
    modal: true
    focus: true
    padding: 20
    closePolicy: Popup.CloseOnEscape | Popup.CloseOnPressOutside
    Material.elevation: 0
    background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1 }
    onOpened: closeButton.forceActiveFocus(Qt.TabFocusReason)

    // Escape reaches the popup even where an application Shortcut would take it first.
    Shortcut {
        sequences: ["Esc", "F1"]
        enabled: help.opened
        onActivated: help.close()
    }

    readonly property var keys: [
        { keys: qsTr("F1 or ?"), what: qsTr("Show this list of keys") },
        { keys: qsTr("Ctrl+F"), what: qsTr("Search clients") },
        { keys: qsTr("Ctrl+N"), what: qsTr("New client") },
        { keys: qsTr("Down, Up"), what: qsTr("In the search or the client list: move through the clients found") },
        { keys: qsTr("Enter"), what: qsTr("In the search or the client list: open the client picked (the first one when none is)") },
        { keys: qsTr("Escape"), what: qsTr("Empty the search; with nothing typed, go back") },
        { keys: qsTr("Escape, Alt+Left"), what: qsTr("Go back to where you were (Clients or Today)") },
        { keys: qsTr("Tab, Shift+Tab"), what: qsTr("Move to the next or the previous control") },
        { keys: qsTr("Space"), what: qsTr("Press the button or choice that has the keyboard") },
        { keys: qsTr("Enter, Space"), what: qsTr("On a client's name in Today: open the client") },
        { keys: qsTr("Enter"), what: qsTr("In a one-line field of a form: save the form") },
        { keys: qsTr("Ctrl+Enter"), what: qsTr("In a note, client or follow-up form: save it") },
        { keys: qsTr("Escape"), what: qsTr("In a form: close it (it asks before typed text is lost)") }
    ]

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Accessible.role: Accessible.Dialog
        Accessible.name: qsTr("Keyboard shortcuts")
        Label {
            text: qsTr("Keyboard shortcuts")
            font.pixelSize: Theme.titleFont
            font.bold: true
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ScrollView {
            id: scroller
            Layout.fillWidth: true
            Layout.fillHeight: true
            implicitHeight: list.implicitHeight
            contentWidth: availableWidth
            clip: true
            GridLayout {
                id: list
                width: scroller.availableWidth
                columns: width >= 420 ? 2 : 1
                columnSpacing: Theme.gap * 2
                rowSpacing: 8
                Repeater {
                    model: help.keys.length * 2
                    delegate: Label {
                        required property int index
                        readonly property var entry: help.keys[Math.floor(index / 2)]
                        readonly property bool isKeys: index % 2 === 0
                        objectName: isKeys ? "shortcutKeys_" + Math.floor(index / 2) : "shortcutWhat_" + Math.floor(index / 2)
                        text: isKeys ? entry.keys : entry.what
                        font.bold: isKeys
                        color: isKeys ? Theme.primary : Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: !isKeys || list.columns === 1
                        Layout.maximumWidth: isKeys && list.columns === 2 ? list.width * 0.35 : list.width
                        Layout.bottomMargin: isKeys && list.columns === 1 ? -6 : 0
                        // Read as one line: "Ctrl+F: Search clients"; the key cell alone stays silent.
                        Accessible.role: Accessible.StaticText
                        Accessible.name: isKeys ? qsTr("%1: %2").arg(entry.keys).arg(entry.what) : ""
                        Accessible.ignored: !isKeys
                    }
                }
            }
        }
        ActionButton {
            id: closeButton
            objectName: "shortcutHelpClose"
            text: qsTr("Close")
            highlighted: true
            Layout.alignment: Qt.AlignRight
            Accessible.description: qsTr("Or press Escape")
            onClicked: help.close()
        }
    }
}
