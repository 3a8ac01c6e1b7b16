import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// A follow-up added by hand: for the client on screen (from the client card)
// or for a client found by name (from Today). Due date, reason and who does
// it, which is whoever uses the tablet unless they pick a colleague. Stays
// open with its input until the save succeeds.
Dialog {
    id: dialog
    property var shell
    property string clientId
    property bool pickClient: false
    property int daysAhead: 3

    title: qsTr("Add a follow-up")
    modal: true
    Material.elevation: 0
    background: Rectangle {
        color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1
        // A press beside the dialog does what Escape does.
        OutsideTap { onTapped: if (dialog.opened && !discardDialog.visible) dialog.requestClose() }
    }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 560, 560)
    // Escape, Cancel and a tap beside the form go through requestClose(), which
    // asks before a typed reason is lost.
    closePolicy: Popup.NoAutoClose
    padding: 16

    property string openedFields: ""
    function fields() {
        return JSON.stringify({ clientId: dialog.pickClient ? dialog.clientId : "", search: clientSearch.text,
                                due: dueField.text, reason: reason.text, assignee: assignee.currentIndex })
    }
    function requestClose() {
        if (fields() !== openedFields)
            discardDialog.open()
        else
            close()
    }
    DiscardDialog {
        id: discardDialog
        objectName: "discardFollowUpDialog"
        onDiscarded: dialog.close()
    }
    Shortcut {
        sequences: ["Esc"]
        enabled: dialog.opened && !discardDialog.visible
        onActivated: dialog.requestClose()
    }

    function openFor(forClientId) {
        clientId = forClientId || ""
        pickClient = clientId.length === 0
        clientSearch.text = ""
        daysAhead = 3
        dueField.text = Qt.formatDate(Session.addDays(Session.today(), daysAhead), "yyyy-MM-dd")
        reason.text = ""
        assignee.currentIndex = Math.max(0, assignee.indexOfValue(Session.currentStaffId))
        error.text = ""
        openedFields = fields()
        open()
        if (pickClient)
            clientSearch.forceActiveFocus()
        else
            reason.forceActiveFocus()
    }

    function save() {
        const due = Session.parseDate(dueField.text)
        if (!Session.addFollowUp(clientId, due, reason.text, assignee.currentValue || "")) {
            error.text = Session.lastError
            return
        }
        close()
    }

    ClientListModel { id: matches; query: clientSearch.text }
    ClientCard { id: chosen; clientId: dialog.clientId }

    contentItem: ColumnLayout {
        spacing: 6

        Label { text: qsTr("Client"); color: Theme.secondaryText; font.pixelSize: Theme.smallFont }
        RowLayout {
            visible: !dialog.pickClient || dialog.clientId.length > 0
            Layout.fillWidth: true
            Label {
                objectName: "followUpClientName"
                text: chosen.displayName
                font.bold: true
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            Button {
                visible: dialog.pickClient
                text: qsTr("Change")
                flat: true
                font.capitalization: Font.MixedCase
                onClicked: { dialog.clientId = ""; clientSearch.forceActiveFocus() }
                Accessible.name: qsTr("Change client")
                Accessible.description: qsTr("Now %1").arg(chosen.displayName)
                FocusFrame {}
            }
        }
        TextField {
            id: clientSearch
            objectName: "followUpClientSearch"
            visible: dialog.pickClient && dialog.clientId.length === 0
            placeholderText: qsTr("Type a name, phone or email")
            Accessible.name: qsTr("Client")
            Accessible.description: placeholderText
            Accessible.searchEdit: true
            Layout.fillWidth: true
            // A near miss is only offered: it is picked by tapping it, never by Enter.
            Keys.onReturnPressed: if (matches.count > 0 && !matches.nearMiss) dialog.clientId = matches.clientIdAt(0)
            Keys.onEnterPressed: if (matches.count > 0 && !matches.nearMiss) dialog.clientId = matches.clientIdAt(0)
        }
        ListView {
            id: matchList
            visible: clientSearch.visible && clientSearch.text.length > 0
            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(contentHeight, 4 * Math.max(44, Theme.touch))
            clip: true
            model: matches
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Clients found")
            delegate: ItemDelegate {
                required property int index
                required property string clientId
                required property string displayName
                required property string accessibleText
                objectName: "followUpClientMatch_" + index
                Accessible.name: accessibleText
                FocusFrame {}
                width: ListView.view.width
                height: Math.max(44, implicitHeight)
                text: displayName
                onClicked: dialog.clientId = clientId
            }
        }

        Label { text: qsTr("Due"); color: Theme.secondaryText; font.pixelSize: Theme.smallFont; Layout.topMargin: 6 }
        Flow {
            Layout.fillWidth: true
            spacing: 6
            Repeater {
                model: [
                    { days: 1, label: qsTr("Tomorrow") },
                    { days: 3, label: qsTr("In 3 days") },
                    { days: 7, label: qsTr("In a week") },
                    { days: 14, label: qsTr("In 2 weeks") }
                ]
                delegate: ActionButton {
                    required property var modelData
                    objectName: "followUpDueIn_" + modelData.days
                    text: modelData.label
                    highlighted: dueField.text === Qt.formatDate(Session.addDays(Session.today(), modelData.days), "yyyy-MM-dd")
                    font.bold: false
                    Accessible.description: qsTr("Set the due day")
                    onClicked: dueField.text = Qt.formatDate(Session.addDays(Session.today(), modelData.days), "yyyy-MM-dd")
                }
            }
        }
        TextField {
            id: dueField
            objectName: "followUpDue"
            Layout.fillWidth: true
            inputMethodHints: Qt.ImhDate
            placeholderText: qsTr("YYYY-MM-DD")
            onAccepted: dialog.save()
            Accessible.name: qsTr("Due")
            Accessible.description: placeholderText
        }
        Label {
            readonly property date parsed: Session.parseDate(dueField.text)
            text: isNaN(parsed.getTime()) ? qsTr("Type the day as YYYY-MM-DD, or pick one above.")
                                          : qsTr("Due %1").arg(Session.formatDate(parsed))
            color: Theme.secondaryText
            font.pixelSize: Theme.smallFont
        }

        Label { text: qsTr("Reason"); color: Theme.secondaryText; font.pixelSize: Theme.smallFont; Layout.topMargin: 6 }
        TextArea {
            id: reason
            objectName: "followUpReason"
            Layout.fillWidth: true
            Layout.minimumHeight: 72
            wrapMode: TextEdit.Wrap
            placeholderText: qsTr("What to ask or show them")
            Accessible.name: qsTr("Reason")
            Accessible.description: placeholderText
            // Tab moves on; a reason never needs a tab character.
            KeyNavigation.priority: KeyNavigation.BeforeItem
            KeyNavigation.tab: assignee
            Keys.onPressed: (event) => {
                if ((event.key === Qt.Key_Return || event.key === Qt.Key_Enter) && (event.modifiers & Qt.ControlModifier)) {
                    dialog.save()
                    event.accepted = true
                }
            }
        }

        Label { text: qsTr("Who follows up"); color: Theme.secondaryText; font.pixelSize: Theme.smallFont; Layout.topMargin: 6 }
        ComboBox {
            id: assignee
            objectName: "followUpAssignee"
            Layout.fillWidth: true
            model: StaffModel {}
            textRole: "name"
            valueRole: "staffId"
            Accessible.name: qsTr("Who follows up")
            FocusFrame {}
        }

        Label {
            id: error
            objectName: "followUpError"
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }

    // Plain buttons, not a DialogButtonBox: its accept role would close the
    // dialog even when the save is refused, and the input would be lost.
    footer: Pane {
        padding: 12
        background: null
        RowLayout {
            anchors.right: parent.right
            spacing: 8
            Button {
                objectName: "cancelFollowUpButton"
                text: qsTr("Cancel")
                flat: true
                font.capitalization: Font.MixedCase
                onClicked: dialog.requestClose()
                FocusFrame {}
            }
            ActionButton {
                objectName: "saveFollowUpButton"
                text: qsTr("Add follow-up")
                highlighted: true
                onClicked: dialog.save()
            }
        }
    }
}
