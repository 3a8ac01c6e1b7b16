import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// A note edited on two devices at once: both texts are kept until a person
// chooses this device's, the other one, or writes a merge of the two.
Dialog {
    id: dialog
    property var shell
    property string noteId
    property string conflictId
    property string currentBody
    property string otherBody
    property string otherWhen
    property int remaining: 0

    function openFor(id) {
        noteId = id
        if (!load())
            return
        open()
    }
    // Loads the oldest unsettled conflict of the note; false when none is left.
    function load() {
        const conflicts = Session.noteConflicts(noteId)
        remaining = conflicts.length
        if (conflicts.length === 0)
            return false
        conflictId = conflicts[0].conflictId
        otherBody = conflicts[0].otherBody
        otherWhen = conflicts[0].otherEditedText
        currentBody = Session.noteFields(noteId).body || ""
        merged.text = currentBody + "\n\n" + otherBody
        proposedMerge = merged.text
        return true
    }
    function keep(body) {
        if (!Session.resolveConflict(conflictId, body))
            return
        if (!load()) {
            close()
            if (shell)
                shell.notify(qsTr("Note settled; the other devices get it at their next sync."))
        }
    }

    title: qsTr("Edited on two devices at once")
    modal: true
    Material.elevation: 0
    background: Rectangle {
        color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1
        // A press beside the dialog does what Escape does.
        OutsideTap { onTapped: if (dialog.opened && !discardDialog.visible) dialog.requestClose() }
    }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 760, 760)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 32 : 720, implicitHeight)
    // A merge being written is asked about before Escape, "Decide later" or a
    // tap beside the dialog drops it (the conflict itself stays either way).
    closePolicy: Popup.NoAutoClose
    property string proposedMerge: ""
    function requestClose() {
        if (merged.text !== proposedMerge)
            discardDialog.open()
        else
            close()
    }
    DiscardDialog {
        id: discardDialog
        objectName: "discardMergeDialog"
        onDiscarded: dialog.close()
    }
    Shortcut {
        sequences: ["Esc"]
        enabled: dialog.opened && !discardDialog.visible
        onActivated: dialog.requestClose()
    }

    contentItem: Flickable {
        implicitHeight: body.implicitHeight
        contentHeight: body.implicitHeight
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: body
            width: parent.width
            spacing: Theme.gap

            Label {
                text: qsTr("This note was changed here and on another device before they synced. Both texts are kept until you choose.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            GridLayout {
                Layout.fillWidth: true
                columns: dialog.width >= 640 ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap

                Repeater {
                    model: [
                        { name: "current", title: qsTr("Text on this device"), text: dialog.currentBody },
                        { name: "other", title: dialog.otherWhen.length > 0 ? qsTr("Text from the other device (%1)").arg(dialog.otherWhen)
                                                                            : qsTr("Text from the other device"), text: dialog.otherBody }
                    ]
                    delegate: Rectangle {
                        required property var modelData
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        Layout.preferredWidth: 1
                        implicitHeight: textColumn.implicitHeight + 24
                        radius: Theme.radius
                        color: modelData.name === "current" ? "#F3F6FB" : Theme.warningBackground
                        border.color: Theme.divider
                        ColumnLayout {
                            id: textColumn
                            anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                            spacing: 6
                            Label { text: modelData.title; font.bold: true; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            Label {
                                objectName: "conflictText_" + modelData.name
                                text: modelData.text.length > 0 ? modelData.text : qsTr("(empty)")
                                wrapMode: Text.Wrap
                                Layout.fillWidth: true
                            }
                            ActionButton {
                                objectName: "keep_" + modelData.name
                                text: modelData.name === "current" ? qsTr("Keep this one") : qsTr("Keep the other one")
                                onClicked: dialog.keep(modelData.text)
                            }
                        }
                    }
                }
            }

            Label { text: qsTr("Or merge them"); font.bold: true }
            TextArea {
                id: merged
                objectName: "mergedText"
                Accessible.name: qsTr("Merged text")
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(120, implicitHeight)
                wrapMode: TextEdit.Wrap
                background: Rectangle { color: Theme.surface; border.color: merged.activeFocus ? Theme.primary : Theme.divider; radius: 4 }
            }
            Label {
                visible: Session.lastError.length > 0 && dialog.opened
                text: Session.lastError
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.fillWidth: true
                Label {
                    visible: dialog.remaining > 1
                    text: qsTr("%1 more after this one").arg(dialog.remaining - 1)
                    color: Theme.secondaryText
                }
                Item { Layout.fillWidth: true }
                Button {
                    objectName: "decideLaterButton"
                    text: qsTr("Decide later")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: dialog.requestClose()
                    FocusFrame {}
                }
                ActionButton {
                    objectName: "saveMerge"
                    text: qsTr("Save merged text")
                    highlighted: true
                    onClicked: dialog.keep(merged.text)
                }
            }
        }
    }
}
