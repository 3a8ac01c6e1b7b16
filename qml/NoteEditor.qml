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

    // Named, so a note never lands on the wrong client by mistake.
    title: (noteId.length > 0 ? qsTr("Edit note for %1") : qsTr("New note for %1")).arg(client.displayName)
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
    height: Overlay.overlay ? Math.min(Overlay.overlay.height - 32, 820) : 700
    // Escape and Cancel go through requestClose(), which asks before typed text is lost.
    closePolicy: Popup.NoAutoClose
    padding: 16

    property var problems: ({})
    property string savedFields: "" // the fields as opened, to tell whether anything was typed
    property bool loading: false
    readonly property var amountReading: Session.readAmount(amount.text)
    readonly property bool amountReadable: kind !== "purchase" || amountReading.ok

    ClientCard { id: client; clientId: dialog.clientId }
    DiscardDialog {
        id: discardDialog
        objectName: "discardNoteDialog"
        onDiscarded: {
            if (dialog.noteId.length === 0)
                Session.discardNoteDraft(dialog.clientId)
            else
                Session.discardNoteEditDraft(dialog.noteId)
            dialog.close()
        }
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

    function hasText() {
        const f = fields()
        return ["body", "needPurpose", "needContext", "needHave", "needBudget", "items", "amount"].some(function(key) {
            return (f[key] || "").trim().length > 0 })
    }
    // A new note with only its kind picked holds nothing to lose; an edit holds its changes.
    function hasUnsavedText() {
        return noteId.length > 0 ? JSON.stringify(fields()) !== savedFields : hasText()
    }
    function requestClose() {
        if (hasUnsavedText())
            discardDialog.open()
        else
            close()
    }
    // Every change of a new note reaches the draft on disk (debounced in C++).
    function edited() {
        if (loading || !opened && !visible)
            return
        problems = ({})
        if (noteId.length === 0) {
            if (hasText())
                Session.keepNoteDraft(clientId, fields())
            else
                Session.discardNoteDraft(clientId)
        } else if (hasUnsavedText()) {
            Session.keepNoteEditDraft(noteId, fields())
        } else {
            Session.discardNoteEditDraft(noteId)
        }
    }
    onKindChanged: edited()

    readonly property var kinds: [
        { kind: "need", label: qsTr("Need") },
        { kind: "conversation", label: qsTr("Conversation") },
        { kind: "purchase", label: qsTr("Purchase") },
        { kind: "education", label: qsTr("Education") },
        { kind: "return", label: qsTr("Return") },
        { kind: "other", label: qsTr("Other") }
    ]

    function openForNew(forClientId, noteKind) {
        loading = true
        clientId = forClientId
        noteId = ""
        kind = noteKind || "need"
        for (const field of [purpose, context, have, budget, items, amount, body])
            field.text = ""
        temporary.checked = false
        permanent.checked = false
        error.text = ""
        problems = ({})
        savedFields = JSON.stringify(fields())
        // A note left unfinished (closed, or the app killed) comes back as it was.
        const draft = Session.noteDraft(forClientId)
        if (draft.kind)
            restore(draft)
        loading = false
        scroller.contentY = 0 // a form opens at its top, whatever the last one scrolled to
        open()
        firstField().forceActiveFocus()
    }

    function openForEdit(id) {
        const note = Session.noteFields(id)
        if (!note.noteId) {
            shell.notify(qsTr("This note no longer exists."))
            return
        }
        loading = true
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
        problems = ({})
        savedFields = JSON.stringify(fields())
        // Changes left unsaved (closed, or the app killed) come back, as long as the note is unchanged since.
        const draft = Session.noteEditDraft(id)
        if (draft.kind)
            restore(draft)
        loading = false
        scroller.contentY = 0 // a form opens at its top, whatever the last one scrolled to
        open()
        firstField().forceActiveFocus()
    }

    function restore(draft) {
        kind = draft.kind
        purpose.text = draft.needPurpose || ""
        context.text = draft.needContext || ""
        have.text = draft.needHave || ""
        temporary.checked = draft.needDuration === "temporary"
        permanent.checked = draft.needDuration === "permanent"
        budget.text = draft.needBudget || ""
        items.text = draft.items || ""
        amount.text = draft.amount || ""
        body.text = draft.body || ""
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
        problems = Session.noteProblems(fields())
        if (problems.amount) {
            amount.forceActiveFocus()
            return
        }
        if (problems.empty) {
            firstField().forceActiveFocus()
            return
        }
        if (noteId.length > 0) {
            if (!Session.updateNote(noteId, fields())) {
                error.text = Session.lastError
                return
            }
            Session.discardNoteEditDraft(noteId)
            close()
            shell.notify(qsTr("Note saved."))
            return
        }
        const result = Session.addNote(fields())
        if (!result.ok) {
            error.text = Session.lastError
            return
        }
        Session.discardNoteDraft(clientId)
        close()
        if (result.offerDue)
            shell.offerFollowUp(result.noteId, result.offerDue, result.offerReason)
        else
            shell.notify(qsTr("Note saved."))
    }

    // Not an Accept role: the dialog would close itself even when the save is refused.
    footer: DialogButtonBox {
        ActionButton {
            objectName: "saveNoteButton"
            // Says why it cannot save when that is not beside the field in view.
            text: dialog.amountReadable ? qsTr("Save note") : qsTr("Check the amount to save")
            enabled: dialog.amountReadable
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.save()
        }
        Button {
            objectName: "cancelNoteButton"
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
                        fill: checked ? Theme.kindColor(modelData.kind) : Theme.buttonFill
                        ink: checked ? Theme.inkOnKind : Theme.text
                        onClicked: dialog.kind = modelData.kind
                        // One of six: a screen reader says which kind is chosen, without the glyph.
                        Accessible.role: Accessible.RadioButton
                        Accessible.name: modelData.label
                        Accessible.checked: checked
                    }
                }
            }

            // Need: the guided questions.
            Label { visible: dialog.kind === "need"; text: qsTr("What is it for?"); font.bold: true }
            TextField { id: purpose; onTextChanged: dialog.edited(); onAccepted: dialog.save(); objectName: "needPurposeField"; Accessible.name: qsTr("What is it for?"); Accessible.description: placeholderText; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. hang a heavy picture in the hallway") }
            FieldNote { visible: !!dialog.problems.empty && dialog.firstField() === purpose; problem: dialog.problems.empty || "" }
            Label { visible: dialog.kind === "need"; text: qsTr("Material or context"); font.bold: true }
            TextField { id: context; onTextChanged: dialog.edited(); onAccepted: dialog.save(); objectName: "needContextField"; Accessible.name: qsTr("Material or context"); Accessible.description: placeholderText; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. old brick wall, rented flat") }
            Label { visible: dialog.kind === "need"; text: qsTr("What do they already have?"); font.bold: true }
            TextField { id: have; onTextChanged: dialog.edited(); onAccepted: dialog.save(); objectName: "needHaveField"; Accessible.name: qsTr("What do they already have?"); Accessible.description: placeholderText; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. a screwdriver set, no drill") }
            RowLayout {
                visible: dialog.kind === "need"
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Temporary or permanent?")
                Label { text: qsTr("Temporary or permanent?"); font.bold: true }
                RadioButton { id: temporary; objectName: "needTemporary"; text: qsTr("Temporary"); onCheckedChanged: dialog.edited(); FocusFrame {} }
                RadioButton { id: permanent; objectName: "needPermanent"; text: qsTr("Permanent"); onCheckedChanged: dialog.edited(); FocusFrame {} }
            }
            Label { visible: dialog.kind === "need"; text: qsTr("Budget"); font.bold: true }
            TextField { id: budget; onTextChanged: dialog.edited(); onAccepted: dialog.save(); objectName: "needBudgetField"; Accessible.name: qsTr("Budget"); Accessible.description: placeholderText; visible: dialog.kind === "need"; Layout.fillWidth: true; placeholderText: qsTr("e.g. around 40") }

            // Purchase, education, return: the item concerned.
            Label {
                id: itemsLabel
                visible: items.visible
                text: dialog.kind === "purchase" ? qsTr("What did they buy?")
                     : dialog.kind === "return" ? qsTr("What are they bringing back?") : qsTr("Which product?")
                font.bold: true
            }
            TextField {
                id: items
                onTextChanged: dialog.edited()
                onAccepted: dialog.save()
                objectName: "itemsField"
                Accessible.name: itemsLabel.text
                Accessible.description: placeholderText
                visible: dialog.kind === "purchase" || dialog.kind === "return" || dialog.kind === "education"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. wall plugs 6 mm, masonry bit set")
            }
            FieldNote { visible: !!dialog.problems.empty && dialog.firstField() === items; problem: dialog.problems.empty || "" }
            Label { visible: dialog.kind === "purchase"; text: qsTr("Amount"); font.bold: true }
            TextField { id: amount; onTextChanged: dialog.edited(); onAccepted: dialog.save(); objectName: "amountField"; Accessible.name: qsTr("Amount"); Accessible.description: placeholderText; visible: dialog.kind === "purchase"; Layout.fillWidth: true; placeholderText: qsTr("e.g. 24.90"); inputMethodHints: Qt.ImhFormattedNumbersOnly }
            FieldNote {
                objectName: "amountNote"
                visible: amount.visible && text.length > 0
                problem: dialog.amountReading.problem
                understood: dialog.amountReading.understood
            }

            Label {
                id: bodyLabel
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
                Accessible.name: bodyLabel.text
                Accessible.description: placeholderText
                Layout.fillWidth: true
                Layout.minimumHeight: 100
                wrapMode: TextEdit.Wrap
                placeholderText: dialog.kind === "return" ? qsTr("e.g. too heavy for overhead work; swapped for a lighter model")
                                 : qsTr("Write it as you would tell a colleague")
                onTextChanged: dialog.edited()
                // Tab moves on, as in every other field; nobody needs a tab character in a note.
                Keys.onTabPressed: (event) => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
                Keys.onBacktabPressed: (event) => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
            }
            FieldNote { objectName: "emptyNoteProblem"; visible: !!dialog.problems.empty && dialog.firstField() === body; problem: dialog.problems.empty || "" }
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
