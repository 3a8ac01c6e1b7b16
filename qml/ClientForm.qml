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
    background: Rectangle {
        color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1
        // A press beside the dialog does what Escape does.
        OutsideTap { onTapped: if (dialog.opened && !discardDialog.visible) dialog.requestClose() }
    }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 640, 680)
    height: Overlay.overlay ? Math.min(Overlay.overlay.height - 32, 900) : 700
    // Escape and Cancel go through requestClose(), which asks before typed text is lost.
    closePolicy: Popup.NoAutoClose
    padding: 16

    property var problems: ({})
    property string savedFields: ""
    property bool keepsNoContact: false
    readonly property var dateReadings: Session.readImportantDates(dates.text)
    readonly property bool datesReadable: dateReadings.every(function(line) { return line.problem.length === 0 })
    // The dates are last: while typing them, keep what was understood in view below.
    onDateReadingsChanged: if (dates.activeFocus) Qt.callLater(function() {
        scroller.contentY = Math.max(0, scroller.contentHeight - scroller.height) })

    DiscardDialog {
        id: discardDialog
        objectName: "discardClientDialog"
        onDiscarded: dialog.close()
    }
    Shortcut {
        sequences: ["Esc"]
        enabled: dialog.opened && !discardDialog.visible
        onActivated: dialog.requestClose()
    }
    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: dialog.opened && !discardDialog.visible
        onActivated: dialog.save()
    }
    function requestClose() {
        if (JSON.stringify(fields()) !== savedFields)
            discardDialog.open()
        else
            close()
    }

    function openForNew(query) {
        clientId = ""
        keepsNoContact = false
        clear()
        // A search that found nobody is usually the name to add, when it reads like a name.
        const name = Session.nameFromSearch(query || "")
        givenName.text = name.givenName || ""
        familyName.text = name.familyName || ""
        savedFields = JSON.stringify(fields()) // what the search filled in was not typed here
        scroller.contentY = 0 // a form opens at its top, whatever the last one scrolled to
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
        keepsNoContact = editedCard.preferredChannel === "none"
        channel.currentIndex = Math.max(0, channel.model.indexOf(editedCard.preferredChannel))
        sizes.text = editedCard.sizes
        brands.text = editedCard.brands
        interests.text = editedCard.interests
        tags.text = editedCard.tagsInput
        keepInTouch.value = editedCard.keepInTouchDays
        dates.text = editedCard.importantDatesInput
        error.text = ""
        problems = ({})
        savedFields = JSON.stringify(fields())
        scroller.contentY = 0 // a form opens at its top, whatever the last one scrolled to
        open()
        givenName.forceActiveFocus()
    }

    function clear() {
        for (const field of [givenName, familyName, phone, email, sizes, brands, interests, tags, dates])
            field.text = ""
        channel.currentIndex = 0
        keepInTouch.value = 0
        error.text = ""
        problems = ({})
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
        problems = Session.clientProblems(fields())
        if (problems.givenName) {
            givenName.forceActiveFocus()
            return
        }
        if (problems.importantDates) {
            dates.forceActiveFocus()
            return
        }
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

    // Not an Accept role: the dialog would close itself even when the save is refused.
    footer: DialogButtonBox {
        ActionButton {
            objectName: "saveClientButton"
            text: !dialog.datesReadable ? qsTr("Check the dates to save")
                  : dialog.creating ? (duplicates.count > 0 ? qsTr("Create anyway") : qsTr("Create client")) : qsTr("Save")
            enabled: dialog.datesReadable
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.save()
        }
        Button {
            objectName: "cancelClientButton"
            FocusFrame {}
            text: qsTr("Cancel")
            flat: true
            font.capitalization: Font.MixedCase
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.requestClose()
        }
    }

    contentItem: Flickable {
        id: scroller
        contentHeight: form.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}
        boundsBehavior: Flickable.StopAtBounds

        // The field with the keyboard (Tab, or a tap) is scrolled into view with its label.
        function reveal(item) {
            let inside = item
            while (inside && inside !== form)
                inside = inside.parent
            if (!inside)
                return
            const top = item.mapToItem(form, 0, 0).y
            const bottom = top + item.height + 24 // and the line under it
            if (top - 30 < contentY)
                contentY = Math.max(0, top - 30)
            else if (bottom > contentY + height)
                contentY = Math.min(bottom - height, Math.max(0, contentHeight - height))
        }
        Connections {
            target: dialog.opened ? scroller.Window.window : null
            function onActiveFocusItemChanged() { scroller.reveal(scroller.Window.window.activeFocusItem) }
        }

        ColumnLayout {
            id: form
            // Clear of the scroll bar, so it never covers a field.
            width: parent.width - 14 // a constant: a width that follows the bar would feed back into the layout
            spacing: 6

            // Every field keeps its label once filled: a filled form must still say what each value is.
            GridLayout {
                id: contactGrid
                Layout.fillWidth: true
                columns: dialog.width >= 560 ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: 6
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 2
                    Label { text: qsTr("First name"); font.bold: true }
                    TextField { id: givenName; objectName: "givenNameField"; Accessible.name: qsTr("First name"); Layout.fillWidth: true; onAccepted: dialog.save(); onTextEdited: dialog.problems = ({}) }
                    FieldNote { objectName: "nameProblem"; problem: dialog.problems.givenName || "" }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    Layout.alignment: Qt.AlignTop
                    spacing: 2
                    Label { text: qsTr("Last name"); font.bold: true }
                    TextField { id: familyName; objectName: "familyNameField"; Accessible.name: qsTr("Last name"); Layout.fillWidth: true; onAccepted: dialog.save(); onTextEdited: dialog.problems = ({}) }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: 2
                    Label { text: qsTr("Phone"); font.bold: true }
                    TextField { id: phone; objectName: "phoneField"; Accessible.name: qsTr("Phone"); inputMethodHints: Qt.ImhDialableCharactersOnly; Layout.fillWidth: true; onAccepted: dialog.save() }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    spacing: 2
                    Label { text: qsTr("Email"); font.bold: true }
                    TextField { id: email; objectName: "emailField"; Accessible.name: qsTr("Email"); inputMethodHints: Qt.ImhEmailCharactersOnly; Layout.fillWidth: true; onAccepted: dialog.save() }
                }
            }

            // Below the fields being typed, so it never moves them while someone types.
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
                                Accessible.name: qsTr("Open %1").arg(displayName)
                                Accessible.description: reason
                                onClicked: {
                                    dialog.close()
                                    dialog.shell.openClient(clientId)
                                }
                            }
                        }
                    }
                }
            }

            Label { text: qsTr("Prefers to be reached by"); font.bold: true }
            Flow {
                id: channel
                objectName: "channelChoice"
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Prefers to be reached by")
                // A row of choices rather than a ComboBox: one tap, and its
                // popup does not depend on shader shadows. "none" (do not
                // contact) is only offered for a client who already has it:
                // whether to contact at all is what consent records.
                readonly property var model: dialog.keepsNoContact ? ["", "phone", "sms", "email", "none"] : ["", "phone", "sms", "email"]
                readonly property var labels: ({ "": qsTr("No preference"), "phone": qsTr("Phone call"), "sms": qsTr("Text message"),
                                                 "email": qsTr("Email"), "none": qsTr("Do not contact") })
                property int currentIndex: 0
                readonly property string currentText: model[currentIndex]
                Layout.fillWidth: true
                Repeater {
                    model: channel.model
                    delegate: RadioButton {
                        required property string modelData
                        required property int index
                        objectName: "channel_" + (modelData.length > 0 ? modelData : "any")
                        text: channel.labels[modelData]
                        checked: channel.currentIndex === index
                        onClicked: channel.currentIndex = index
                        FocusFrame {}
                    }
                }
            }
            Label { text: qsTr("Sizes"); font.bold: true }
            TextField { id: sizes; objectName: "sizesField"; Accessible.name: qsTr("Sizes"); Accessible.description: placeholderText; placeholderText: qsTr("e.g. shoe 42, shirt M"); Layout.fillWidth: true; onAccepted: dialog.save() }
            Label { text: qsTr("Brands they like"); font.bold: true }
            TextField { id: brands; objectName: "brandsField"; Accessible.name: qsTr("Brands they like"); Layout.fillWidth: true; onAccepted: dialog.save() }
            Label { text: qsTr("Interests and projects"); font.bold: true }
            TextField { id: interests; objectName: "interestsField"; Accessible.name: qsTr("Interests and projects"); Layout.fillWidth: true; onAccepted: dialog.save() }
            Label { text: qsTr("Tags"); font.bold: true }
            TextField { id: tags; objectName: "tagsField"; Accessible.name: qsTr("Tags"); Accessible.description: placeholderText; placeholderText: qsTr("separated by commas"); Layout.fillWidth: true; onAccepted: dialog.save() }
            RowLayout {
                Layout.fillWidth: true
                Label { text: qsTr("Keep in touch every (days, 0 = no)"); font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
                SpinBox { id: keepInTouch; objectName: "keepInTouchField"; Accessible.name: qsTr("Keep in touch every (days, 0 = no)"); from: 0; to: 365; stepSize: 7; editable: true }
            }
            Label { text: qsTr("Important dates, one per line"); font.bold: true }
            TextArea {
                id: dates
                objectName: "datesField"
                Accessible.name: qsTr("Important dates, one per line")
                Accessible.description: placeholderText
                placeholderText: qsTr("Birthday: 12 April 1985\nShop anniversary: 3 June")
                wrapMode: TextEdit.Wrap
                Layout.fillWidth: true
                Layout.minimumHeight: 80
                // Tab moves on; nobody needs a tab character in a date.
                Keys.onTabPressed: (event) => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                Keys.onBacktabPressed: (event) => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            }
            Repeater {
                model: dialog.dateReadings
                delegate: FieldNote {
                    required property var modelData
                    required property int index
                    objectName: "dateReading_" + index
                    problem: modelData.problem
                    understood: modelData.understood
                }
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
