import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Writing a note by kind. A Need note walks through the questions that turn
// "a drill" into "a hole in masonry for a picture hook".
Dialog {
    id: dialog
    property var shell
    property string clientId
    property string noteId: "" // empty: a new note
    property string kind: "need"

    title: noteId.length > 0 ? qsTr("Edit note") : qsTr("New note")
    modal: true
    // Material draws popup shadows with a shader the software renderer drops.
    Material.elevation: 0
    background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1 }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 640, 680)
    height: Overlay.overlay ? Math.min(Overlay.overlay.height - 32, 820) : 700
    closePolicy: Popup.CloseOnEscape
    padding: 16

    readonly property var kinds: [
        { kind: "need", label: qsTr("Need") },
        { kind: "conversation", label: qsTr("Conversation") },
        { kind: "purchase", label: qsTr("Purchase") },
        { kind: "education", label: qsTr("Education") },
        { kind: "return", label: qsTr("Return") },
        { kind: "other", label: qsTr("Other") }
    ]

    function openForNew(forClientId, noteKind) {
        clientId = forClientId
        noteId = ""
        kind = noteKind || "need"
        for (const field of [purpose, context, have, budget, items, amount, body])
            field.text = ""
        temporary.checked = false
        permanent.checked = false
        error.text = ""
        open()
        firstField().forceActiveFocus()
    }

    function openForEdit(id) {
        const note = Session.noteFields(id)
        if (!note.noteId) {
            shell.notify(qsTr("This note no longer exists."))
            return
        }
        noteId = id
        clientId = note.clientId
        kind = note.kind
        purpose.text = note.needPurpose
        context.text = note.needContext
        have.text = note.needHave
        temporary.checked = note.needDuration === "temporary"
        permanent.checked = note.needDuration === "permanent"
        budget.text = note.needBudget
        items.text = note.items
        amount.text = note.amount
        body.text = note.body
        error.text = ""
        open()
    }

    function firstField() {
        return kind === "need" ? purpose : (kind === "purchase" || kind === "return" || kind === "education") ? items : body
    }

    function fields() {
        const f = { clientId: clientId, kind: kind, body: body.text }
        if (kind === "need") {
            f.needPurpose = purpose.text
            f.needContext = context.text
            f.needHave = have.text
            f.needDuration = temporary.checked ? "temporary" : (permanent.checked ? "permanent" : "")
            f.needBudget = budget.text
        }
        if (kind === "purchase" || kind === "return" || kind === "education")
            f.items = items.text
        if (kind === "purchase")
            f.amount = amount.text
        return f
    }

    function save() {
        if (noteId.length > 0) {
            if (!Session.updateNote(noteId, fields())) {
                error.text = Session.lastError
                return
            }
            close()
            shell.notify(qsTr("Note saved."))
            return
        }
        const result = Session.addNote(fields())
        if (!result.ok) {
            error.text = Session.lastError
            return
        }
        close()
        if (result.offerDue)
            shell.offerFollowUp(result.noteId, result.offerDue, result.offerReason)
        else
            shell.notify(qsTr("Note saved."))
    }

    footer: DialogButtonBox {
        ActionButton {
            objectName: "saveNoteButton"
            text: qsTr("Save note")
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

            Flow {
                Layout.fillWidth: true
                spacing: 6
                visible: dialog.noteId.length === 0
                Repeater {
                    model: dialog.kinds
                    delegate: ActionButton {
                        required property var modelData
                        objectName: "kind_" + modelData.kind
                        text: Theme.kindGlyph(modelData.kind) + " " + modelData.label
                        checked: dialog.kind === modelData.kind
                        fill: checked ? Theme.kindColor(modelData.kind) : "#DCE2EA"
                        ink: checked ? "white" : Theme.text
                        onClicked: dialog.kind = modelData.kind
                    }
                }
            }

            // Need: the guided questions.
            Label { visible: dialog.kind === "need"; text: qsTr("What is it for?"); font.bold: true }
            TextField { id: purpose; objectName: "needPurposeField"; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. hang a heavy picture in the hallway") }
            Label { visible: dialog.kind === "need"; text: qsTr("Material or context"); font.bold: true }
            TextField { id: context; objectName: "needContextField"; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. old brick wall, rented flat") }
            Label { visible: dialog.kind === "need"; text: qsTr("What do they already have?"); font.bold: true }
            TextField { id: have; objectName: "needHaveField"; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. a screwdriver set, no drill") }
            RowLayout {
                visible: dialog.kind === "need"
                Label { text: qsTr("Temporary or permanent?"); font.bold: true }
                RadioButton { id: temporary; objectName: "needTemporary"; text: qsTr("Temporary") }
                RadioButton { id: permanent; objectName: "needPermanent"; text: qsTr("Permanent") }
            }
            Label { visible: dialog.kind === "need"; text: qsTr("Budget"); font.bold: true }
            TextField { id: budget; objectName: "needBudgetField"; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. around 40") }

            // Purchase, education, return: the item concerned.
            Label {
                visible: items.visible
                text: dialog.kind === "purchase" ? qsTr("What did they buy?")
                     : dialog.kind === "return" ? qsTr("What are they bringing back?") : qsTr("Which product?")
                font.bold: true
            }
            TextField {
                id: items
                objectName: "itemsField"
                visible: dialog.kind === "purchase" || dialog.kind === "return" || dialog.kind === "education"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. wall plugs 6 mm, masonry bit set")
            }
            Label { visible: dialog.kind === "purchase"; text: qsTr("Amount"); font.bold: true }
            TextField { id: amount; objectName: "amountField"; visible: dialog.kind === "purchase"; Layout.fillWidth: true; placeholderText: qsTr("e.g. 24.90"); inputMethodHints: Qt.ImhFormattedNumbersOnly }

            Label {
                text: dialog.kind === "need" ? qsTr("Anything else")
                     : dialog.kind === "conversation" ? qsTr("What did you talk about?")
                     : dialog.kind === "purchase" ? qsTr("Notes on the purchase")
                     : dialog.kind === "education" ? qsTr("What did you show or teach?")
                     : dialog.kind === "return" ? qsTr("Why it did not suit them")
                     : qsTr("Note")
                font.bold: true
            }
            TextArea {
                id: body
                objectName: "bodyField"
                Layout.fillWidth: true
                Layout.minimumHeight: 100
                wrapMode: TextEdit.Wrap
                placeholderText: dialog.kind === "return" ? qsTr("e.g. too heavy for overhead work; swapped for a lighter model")
                                 : qsTr("Write it as you would tell a colleague")
            }
            Label {
                id: error
                objectName: "noteError"
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
