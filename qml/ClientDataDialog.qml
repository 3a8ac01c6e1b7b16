import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// A client's data, for a manager answering a request: Export everything held about the
// client (JSON and a readable text file, into a folder), or Erase the client everywhere
// after typing their name.
Dialog {
    id: dialog
    property var shell
    property string clientId
    property string clientName
    property string exported: ""
    signal erased()

    function openFor(id, name) {
        clientId = id
        clientName = name
        exported = ""
        folder.text = clientData.defaultFolder()
        typedName.text = ""
        open()
    }

    ClientData { id: clientData }

    title: qsTr("Client data: %1").arg(clientName)
    modal: true
    Material.elevation: 0
    background: Rectangle {
        color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1
        OutsideTap { onTapped: if (dialog.opened) dialog.close() }
    }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 640, 640)
    closePolicy: Popup.CloseOnEscape
    padding: 16

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            visible: !clientData.allowed
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Exporting and erasing a client's data is for managers and admins.")
        }

        Label { text: qsTr("Export"); font.bold: true; font.pixelSize: Theme.headingFont; visible: clientData.allowed }
        Label {
            visible: clientData.allowed
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.secondaryText
            text: qsTr("Everything this device holds about the client — details, consent, every note, follow-up and edit to settle — as a JSON file and a text file to read, for an access request.")
        }
        RowLayout {
            visible: clientData.allowed
            Layout.fillWidth: true
            TextField {
                id: folder
                objectName: "exportFolder"
                Layout.fillWidth: true
                placeholderText: qsTr("Folder to save into")
                Accessible.name: qsTr("Folder to save the export into")
                selectByMouse: true
            }
            ActionButton {
                objectName: "exportButton"
                text: qsTr("Export")
                highlighted: true
                Accessible.name: qsTr("Export the client's data")
                onClicked: dialog.exported = clientData.exportTo(dialog.clientId, folder.text)
            }
        }
        Label {
            objectName: "exportResult"
            visible: dialog.exported.length > 0
            Layout.fillWidth: true
            wrapMode: Text.WrapAnywhere
            text: qsTr("Saved:\n%1").arg(dialog.exported)
        }

        Rectangle { visible: clientData.allowed; Layout.fillWidth: true; height: 1; color: Theme.divider }

        Label { text: qsTr("Erase"); font.bold: true; font.pixelSize: Theme.headingFont; color: Theme.danger; visible: clientData.allowed }
        Label {
            visible: clientData.allowed
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: qsTr("Erasing removes the client, every note and follow-up about them, from this device now and from the server and every other device at their next sync. It cannot be undone. Type the client's name to confirm.")
        }
        TextField {
            id: typedName
            objectName: "eraseConfirmName"
            visible: clientData.allowed
            Layout.fillWidth: true
            placeholderText: dialog.clientName
            Accessible.name: qsTr("Type the client's name, %1, to confirm erasing").arg(dialog.clientName)
        }
        Label {
            objectName: "clientDataError"
            visible: clientData.lastError.length > 0
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: Theme.danger
            text: clientData.lastError
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 16
        RowLayout {
            id: buttons
            anchors { right: parent.right; top: parent.top; rightMargin: 16 }
            spacing: 8
            ActionButton {
                objectName: "closeClientDataButton"
                text: qsTr("Close")
                onClicked: dialog.close()
            }
            ActionButton {
                objectName: "eraseButton"
                visible: clientData.allowed
                enabled: clientData.confirms(dialog.clientId, typedName.text)
                text: qsTr("Erase %1").arg(dialog.clientName)
                fill: Theme.danger
                ink: "white"
                Accessible.name: qsTr("Erase %1 everywhere").arg(dialog.clientName)
                onClicked: {
                    if (clientData.erase(dialog.clientId, typedName.text)) {
                        dialog.close()
                        dialog.erased()
                    }
                }
            }
        }
    }
}
