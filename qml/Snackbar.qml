import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// A short message at the bottom, optionally with one action such as Undo.
// It stays about 4 s and sits in the page layer, below dialogs (popups), so
// it never covers a dialog's Save button.
Rectangle {
    id: bar
    property string text
    property string actionText
    property var action: null

    function show(message, actionLabel, callback) {
        text = message
        actionText = actionLabel || ""
        action = callback || null
        visible = true
        hideTimer.restart()
    }

    visible: false
    z: 1000
    color: Theme.snackbar
    radius: Theme.radius
    width: Math.min(parent.width - 32, 640)
    height: Math.max(Theme.touch + 8, layout.implicitHeight + 16)
    anchors.horizontalCenter: parent.horizontalCenter
    anchors.bottom: parent.bottom
    anchors.bottomMargin: 24

    Timer { id: hideTimer; interval: 4000; onTriggered: bar.visible = false }

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        Label {
            objectName: "snackbarText"
            text: bar.text
            color: Theme.inkOnPrimary
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Button {
            objectName: "snackbarAction"
            visible: bar.actionText.length > 0
            text: bar.actionText
            flat: true
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.snackbarAction
            onClicked: {
                bar.visible = false
                if (bar.action)
                    bar.action()
            }
        }
    }
}
