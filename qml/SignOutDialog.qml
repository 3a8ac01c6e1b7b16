import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Signing out removes this device's copy of the data. First asks; if changes
// could not be sent, says how many and why, and offers to sign out anyway.
Dialog {
    id: dialog
    property int pending: 0
    property string reason
    property bool blocked: false

    function confirm() {
        blocked = false
        open()
    }
    function showBlocked(count, why) {
        pending = count
        reason = why
        blocked = true
        open()
    }

    title: blocked ? qsTr("Changes not sent") : qsTr("Sign out of sync?")
    modal: true
    Material.elevation: 0
    background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1 }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 520, 520)
    // The keyboard starts on the safe answer: Enter or Space there keeps the data, Escape too.
    onOpened: cancelButton.forceActiveFocus(Qt.TabFocusReason)

    contentItem: ColumnLayout {
        spacing: Theme.gap
        Label {
            objectName: "signOutMessage"
            // The reason is the engine's last problem in words. English picks its singular here:
            // without a catalogue Qt fills in %n but chooses no plural form.
            text: dialog.blocked
                  ? (dialog.pending === 1
                     ? qsTr("1 change could not be sent (%1). Sign out anyway and lose it?").arg(dialog.reason)
                     : qsTr("%n changes could not be sent (%1). Sign out anyway and lose them?", "", dialog.pending)
                           .arg(dialog.reason))
                  : qsTr("Waiting changes are sent first. Then this device's copy of the clients and notes is removed; they stay on the server for your colleagues.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.gap
            Item { Layout.fillWidth: true }
            Button {
                id: cancelButton
                objectName: "signOutCancel"
                text: qsTr("Cancel")
                flat: true
                font.capitalization: Font.MixedCase
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: dialog.close()
                FocusFrame {}
            }
            ActionButton {
                objectName: "signOutConfirm"
                text: dialog.blocked ? qsTr("Sign out anyway") : qsTr("Sign out")
                fill: Theme.danger
                ink: Theme.inkOnPrimary
                Keys.onReturnPressed: clicked()
                Keys.onEnterPressed: clicked()
                onClicked: {
                    const discard = dialog.blocked
                    dialog.close()
                    Sync.signOut(discard)
                }
            }
        }
    }
}
