import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Asked before a form holding typed text closes: nothing typed is lost by a
// stray Escape or Cancel. "Keep editing" is the default (Enter, Escape).
Dialog {
    id: dialog
    signal discarded()

    title: qsTr("Discard what you typed?")
    modal: true
    Material.elevation: 0
    background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1 }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 460, 460)
    closePolicy: Popup.CloseOnEscape
    padding: 16
    // Shown with its focus ring: Enter keeps editing.
    onOpened: keepButton.forceActiveFocus(Qt.TabFocusReason)

    contentItem: Label {
        text: qsTr("The text in this form has not been saved.")
        wrapMode: Text.Wrap
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 16
        RowLayout {
            id: buttons
            anchors { right: parent.right; top: parent.top; rightMargin: 16 }
            spacing: 8
            ActionButton {
                objectName: "discardButton"
                text: qsTr("Discard")
                fill: Theme.danger
                ink: Theme.inkOnPrimary
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    dialog.close()
                    dialog.discarded()
                }
            }
            ActionButton {
                id: keepButton
                objectName: "keepEditingButton"
                text: qsTr("Keep editing")
                highlighted: true
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: dialog.close()
            }
        }
    }
}
