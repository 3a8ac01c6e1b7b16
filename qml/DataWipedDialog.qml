import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Says plainly when this device's data was removed (sign-out, a device the
// server no longer accepts, or a reload from the server) and why.
Dialog {
    id: dialog
    property string reason
    signal acknowledged()

    function tell(why) {
        reason = why
        open()
    }

    title: qsTr("Data on this device was removed")
    modal: true
    Material.elevation: 0
    background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1 }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 520, 520)
    standardButtons: Dialog.Ok
    onClosed: acknowledged()
    // Enter (or Escape) says it was read, as the OK button does.
    onOpened: standardButton(Dialog.Ok).forceActiveFocus(Qt.TabFocusReason)
    Shortcut {
        sequences: ["Return", "Enter"]
        enabled: dialog.opened
        onActivated: dialog.accept()
    }

    contentItem: Label {
        objectName: "dataWipedReason"
        text: dialog.reason
        wrapMode: Text.Wrap
    }
}
