import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Add or edit a client. While a new client is typed in, likely existing
// matches are shown so nobody creates a second record by accident.
Dialog {
    id: dialog
    property var shell
    property string clientId: "" // empty: a new client
    readonly property bool creating: clientId.length === 0

    title: creating ? qsTr("New client") : qsTr("Edit client")
    modal: true
    // Material draws popup shadows with a shader the software renderer drops.
    Material.elevation: 0
    background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1 }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 640, 680)
    height: Overlay.overlay ? Math.min(Overlay.overlay.height - 32, 900) : 700
    closePolicy: Popup.CloseOnEscape
    padding: 16

    function openForNew(query) {
        clientId = ""
        clear()
        // A search that found nobody is usually the name to add.
        const words = (query || "").trim().split(/\s+/).filter(function(w) { return w.length > 0 && !/[0-9@]/.test(w) })
        givenName.text = words.length > 0 ? words[0] : ""
        familyName.text = words.length > 1 ? words.slice(1).join(" ") : ""
        open()
        givenName.forceActiveFocus()
    }

    function openForEdit(id) {
        clientId = id
        editedCard.clientId = id
        givenName.text = editedCard.givenName
        familyName.text = editedCard.familyName
        phone.text = editedCard.phone
        email.text = editedCard.email
        channel.currentIndex = Math.max(0, channel.model.indexOf(editedCard.preferredChannel))
        sizes.text = editedCard.sizes
        brands.text = editedCard.brands
        interests.text = editedCard.interests
        tags.text = editedCard.tagsInput
        keepInTouch.value = editedCard.keepInTouchDays
        dates.text = editedCard.importantDatesInput
        error.text = ""
        open()
    }

    function clear() {
        for (const field of [givenName, familyName, phone, email, sizes, brands, interests, tags, dates])
            field.text = ""
        channel.currentIndex = 0
        keepInTouch.value = 0
        error.text = ""
    }

    function fields() {
        return {
            givenName: givenName.text, familyName: familyName.text, phone: phone.text, email: email.text,
            preferredChannel: channel.currentText, sizes: sizes.text, brands: brands.text,
            interests: interests.text, tags: tags.text, keepInTouchDays: keepInTouch.value,
            importantDates: dates.text
        }
    }

    function save() {
        if (creating) {
            const id = Session.createClient(fields())
            if (id.length === 0) {
                error.text = Session.lastError
                return
            }
            close()
            shell.openClient(id)
            shell.notify(qsTr("%1 added.").arg((givenName.text + " " + familyName.text).trim()))
        } else {
            if (!Session.updateClient(clientId, fields())) {
                error.text = Session.lastError
                return
            }
            close()
            shell.notify(qsTr("Saved."))
        }
    }

    ClientCard { id: editedCard }
    DuplicateModel {
        id: duplicates
        givenName: givenName.text
        familyName: familyName.text
        phone: phone.text
        email: email.text
        excludeId: dialog.clientId
    }

    footer: DialogButtonBox {
        ActionButton {
            objectName: "saveClientButton"
            text: dialog.creating ? (duplicates.count > 0 ? qsTr("Create anyway") : qsTr("Create client")) : qsTr("Save")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.AcceptRole
        }
        Button {
            text: qsTr("Cancel")
            flat: true
            font.capitalization: Font.MixedCase
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
        onAccepted: dialog.save()
        onRejected: dialog.close()
    }

    contentItem: Flickable {
        contentHeight: form.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: form
            width: parent.width
            spacing: 6

            Rectangle {
                objectName: "duplicateWarning"
                visible: duplicates.count > 0
                Layout.fillWidth: true
                implicitHeight: dupColumn.implicitHeight + 20
                color: Theme.warningBackground
                border.color: Theme.warning
                radius: Theme.radius
                ColumnLayout {
                    id: dupColumn
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 10 }
                    Label {
                        text: qsTr("This may be someone you already know. Open them instead of creating a second record:")
                        color: Theme.warning
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Repeater {
                        model: duplicates
                        delegate: RowLayout {
                            required property string clientId
                            required property string displayName
                            required property string reason
                            required property int index
                            Layout.fillWidth: true
                            Label {
                                text: displayName + " — " + reason
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            ActionButton {
                                objectName: "openDuplicate_" + index
                                text: qsTr("Open this client")
                                onClicked: {
                                    dialog.close()
                                    dialog.shell.openClient(clientId)
                                }
                            }
                        }
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: dialog.width >= 560 ? 2 : 1
                columnSpacing: Theme.gap
                TextField { id: givenName; objectName: "givenNameField"; placeholderText: qsTr("First name"); Layout.fillWidth: true }
                TextField { id: familyName; objectName: "familyNameField"; placeholderText: qsTr("Last name"); Layout.fillWidth: true }
                TextField { id: phone; objectName: "phoneField"; placeholderText: qsTr("Phone"); inputMethodHints: Qt.ImhDialableCharactersOnly; Layout.fillWidth: true }
                TextField { id: email; objectName: "emailField"; placeholderText: qsTr("Email"); inputMethodHints: Qt.ImhEmailCharactersOnly; Layout.fillWidth: true }
            }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Prefers to be reached by"); color: Theme.secondaryText }
                Flow {
                    id: channel
                    // A row of choices rather than a ComboBox: one tap, and its
                    // popup does not depend on shader shadows.
                    readonly property var model: ["", "phone", "sms", "email", "none"]
                    property int currentIndex: 0
                    readonly property string currentText: model[currentIndex]
                    Layout.fillWidth: true
                    Repeater {
                        model: channel.model
                        delegate: RadioButton {
                            required property string modelData
                            required property int index
                            text: modelData.length > 0 ? modelData : qsTr("No preference")
                            checked: channel.currentIndex === index
                            onClicked: channel.currentIndex = index
                        }
                    }
                }
            }
            TextField { id: sizes; placeholderText: qsTr("Sizes (e.g. shoe 42, shirt M)"); Layout.fillWidth: true }
            TextField { id: brands; placeholderText: qsTr("Brands they like"); Layout.fillWidth: true }
            TextField { id: interests; placeholderText: qsTr("Interests and projects"); Layout.fillWidth: true }
            TextField { id: tags; placeholderText: qsTr("Tags, separated by commas"); Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Keep in touch every (days, 0 = no)"); color: Theme.secondaryText; wrapMode: Text.Wrap; Layout.fillWidth: true }
                SpinBox { id: keepInTouch; from: 0; to: 365; stepSize: 7; editable: true }
            }
            TextArea {
                id: dates
                placeholderText: qsTr("Important dates, one per line: Birthday: 1985-04-12")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: 80
            }
            Label {
                id: error
                objectName: "clientFormError"
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
