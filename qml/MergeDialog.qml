import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Two client records side by side, only the fields that differ, each with its value chosen
// (the newer non-empty one to start with); Merge asks once more, then merges.
Dialog {
    id: dialog
    property var model // a DuplicatePairModel
    property string keptId
    property string otherId
    property string keptName
    property string otherName
    property var rows: []
    property bool confirming: false
    signal merged(string mergeId, string summary)

    function openFor(firstId, secondId) {
        keptId = firstId
        otherId = secondId
        load()
        confirming = false
        open()
    }
    function load() {
        rows = model.differences(keptId, otherId)
        keptName = model.displayName(keptId)
        otherName = model.displayName(otherId)
    }
    function swap() {
        const first = keptId
        keptId = otherId
        otherId = first
        load()
    }
    function choose(field, takeOther) {
        rows = rows.map(function(r) {
            return r.field === field ? Object.assign({}, r, { takeOther: takeOther }) : r
        })
    }
    function fromOther() {
        return rows.filter(function(r) { return r.takeOther }).map(function(r) { return r.field })
    }
    function mergeNow() {
        const id = model.merge(keptId, otherId, fromOther())
        if (id.length === 0) {
            confirming = false
            return
        }
        close()
        merged(id, model.describe(id))
    }

    title: confirming ? qsTr("Merge these two records?") : qsTr("Compare and merge")
    modal: true
    Material.elevation: 0
    background: Rectangle {
        color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1
        OutsideTap { onTapped: if (dialog.opened) dialog.close() }
    }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 860, 860)
    height: Math.min(Overlay.overlay ? Overlay.overlay.height - 32 : 720, implicitHeight)
    closePolicy: Popup.CloseOnEscape
    padding: 16

    contentItem: ColumnLayout {
        spacing: 8

        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: !dialog.confirming
            text: dialog.rows.length === 0
                  ? qsTr("The two records hold the same details. Merging keeps one and moves every note and follow-up to it.")
                  : qsTr("Choose the value to keep for each field that differs. Every note, follow-up and edit to settle moves to the record kept.")
        }
        Label {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            visible: dialog.confirming
            text: qsTr("The second record is emptied and points to the first; every device gets the merge at its next sync. You can undo it for 30 days from the Duplicates page.")
        }

        // Column heads: the record kept and the one merged into it.
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label { text: ""; Layout.preferredWidth: 150 }
            Label {
                objectName: "keptHeading"
                text: qsTr("Keep: %1").arg(dialog.keptName)
                font.bold: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                elide: Text.ElideRight
            }
            Label {
                objectName: "otherHeading"
                text: qsTr("Merge in: %1").arg(dialog.otherName)
                font.bold: true
                Layout.fillWidth: true
                Layout.preferredWidth: 1
                elide: Text.ElideRight
            }
        }

        ScrollView {
            id: scroll
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: Math.min(fieldColumn.implicitHeight, 420)
            clip: true
            enabled: !dialog.confirming
            ColumnLayout {
                id: fieldColumn
                width: scroll.availableWidth
                spacing: 4
                Repeater {
                    model: dialog.rows
                    delegate: RowLayout {
                        id: fieldRow
                        required property var modelData
                        Layout.fillWidth: true
                        spacing: 8
                        Label {
                            text: fieldRow.modelData.label
                            color: Theme.secondaryText
                            Layout.preferredWidth: 150
                            wrapMode: Text.Wrap
                        }
                        Repeater {
                            model: [false, true]
                            delegate: RadioButton {
                                required property bool modelData
                                objectName: "choice_" + fieldRow.modelData.field + (modelData ? "_other" : "_kept")
                                Layout.fillWidth: true
                                Layout.preferredWidth: 1
                                checked: fieldRow.modelData.takeOther === modelData
                                text: (modelData ? fieldRow.modelData.other : fieldRow.modelData.kept) || qsTr("(empty)")
                                Accessible.name: qsTr("%1: keep “%2”").arg(fieldRow.modelData.label).arg(text)
                                onClicked: dialog.choose(fieldRow.modelData.field, modelData)
                                contentItem: Label {
                                    leftPadding: parent.indicator.width + parent.spacing
                                    text: parent.text
                                    wrapMode: Text.Wrap
                                    verticalAlignment: Text.AlignVCenter
                                    color: parent.checked ? Theme.text : Theme.secondaryText
                                    font.bold: parent.checked
                                }
                            }
                        }
                    }
                }
            }
        }
        Label {
            objectName: "mergeError"
            Layout.fillWidth: true
            visible: dialog.model && dialog.model.lastError.length > 0
            text: dialog.model ? dialog.model.lastError : ""
            color: Theme.danger
            wrapMode: Text.Wrap
        }
    }

    footer: Item {
        implicitHeight: buttons.implicitHeight + 16
        RowLayout {
            id: buttons
            anchors { left: parent.left; right: parent.right; top: parent.top; leftMargin: 16; rightMargin: 16 }
            spacing: 8
            ActionButton {
                objectName: "swapButton"
                visible: !dialog.confirming
                text: qsTr("Keep the other record")
                Accessible.name: qsTr("Keep the other record instead")
                onClicked: dialog.swap()
            }
            Item { Layout.fillWidth: true }
            ActionButton {
                objectName: "cancelMergeButton"
                text: dialog.confirming ? qsTr("Back") : qsTr("Cancel")
                onClicked: dialog.confirming ? dialog.confirming = false : dialog.close()
            }
            ActionButton {
                objectName: dialog.confirming ? "confirmMergeButton" : "mergeButton"
                text: dialog.confirming ? qsTr("Merge now") : qsTr("Merge…")
                highlighted: true
                Accessible.name: dialog.confirming ? qsTr("Merge now") : qsTr("Merge the two records")
                onClicked: dialog.confirming ? dialog.mergeNow() : dialog.confirming = true
            }
        }
    }
}
