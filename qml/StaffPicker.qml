import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Asks who is using the tablet (first run, or from the header).
Dialog {
    id: dialog
    property var shell
    title: qsTr("Who is using this tablet?")
    modal: true
    // Material draws popup shadows with a shader the software renderer drops.
    Material.elevation: 0
    background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1 }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 480, 480)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 32 : 600, implicitHeight)
    closePolicy: Session.needsStaff ? Popup.NoAutoClose : (Popup.CloseOnEscape | Popup.CloseOnPressOutside)
    standardButtons: Session.needsStaff ? Dialog.NoButton : Dialog.Close

    StaffModel { id: staffList }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Your name goes on every note you write.")
            color: Theme.secondaryText
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(contentHeight, 360)
            clip: true
            model: staffList
            delegate: ItemDelegate {
                required property string staffId
                required property string name
                required property string role
                required property string storeName
                required property bool isCurrent
                objectName: "pickStaff_" + staffId
                Accessible.name: isCurrent ? qsTr("%1 (using this tablet now)").arg(text) : text
                width: ListView.view.width
                text: name + "  ·  " + role + (storeName.length > 0 ? ", " + storeName : "")
                font.bold: isCurrent
                FocusFrame {}
                onClicked: {
                    if (Session.setCurrentStaff(staffId))
                        dialog.close()
                }
            }
        }
        Label {
            visible: staffList.count === 0
            text: qsTr("No staff list on this tablet yet. Type your name to start; your manager can link it to your account when sync is set up.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        RowLayout {
            visible: staffList.count === 0
            Layout.fillWidth: true
            TextField {
                id: newName
                objectName: "newStaffName"
                Accessible.name: qsTr("Your name")
                placeholderText: qsTr("Your name")
                Layout.fillWidth: true
            }
            ActionButton {
                text: qsTr("Start")
                highlighted: true
                enabled: newName.text.trim().length > 0
                onClicked: {
                    if (Session.addLocalStaff(newName.text))
                        dialog.close()
                }
            }
        }
        Button {
            objectName: "pickerSignIn"
            visible: !Sync.signedIn && !!dialog.shell
            text: qsTr("Or sign in to your company's Rapport server")
            flat: true
            font.capitalization: Font.MixedCase
            Layout.fillWidth: true
            onClicked: {
                dialog.close()
                dialog.shell.showSection("signin")
            }
            FocusFrame {}
        }
        Label {
            visible: Session.lastError.length > 0 && dialog.opened
            text: Session.lastError
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
