import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// One follow-up with what can be done about it: done (with a short outcome
// if there is one), snooze or cancel. Each can be undone from the snackbar.
Rectangle {
    id: row
    property string followUpId
    property string clientName
    property string reason
    property string dueText
    property string assigneeName
    property bool overdue
    property bool showClient: true
    signal openClient()

    implicitHeight: layout.implicitHeight + 2 * 10
    // Read as one: what, for whom, when and in what state ("Show how to fit the
    // wall plugs. Aiden Jackson. Due in 2 days. Open.").
    readonly property string stateText: overdue ? qsTr("Overdue") : qsTr("Open")
    Accessible.role: Accessible.ListItem
    Accessible.name: [reason, showClient ? clientName : "", dueText,
                      assigneeName.length > 0 ? qsTr("For %1").arg(assigneeName) : "", stateText]
                     .filter(function(s) { return s.length > 0 }).join(". ") + "."
    color: Theme.surface
    radius: Theme.radius
    border.color: overdue ? Theme.danger : Theme.divider
    border.width: overdue ? 2 : 1

    // Acting on a row refreshes the list and destroys this row, so the
    // outcome is announced by Session.notice rather than from here.
    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: 10
        spacing: Theme.gap

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            Label {
                objectName: "followUpClientLink"
                visible: row.showClient
                text: row.clientName
                font.bold: true
                font.underline: clientArea.containsMouse
                color: Theme.primary
                elide: Text.ElideRight
                Layout.fillWidth: true
                // A link reached with Tab too, opened with Enter or Space.
                activeFocusOnTab: row.showClient
                Accessible.role: Accessible.Link
                Accessible.name: text
                Keys.onReturnPressed: row.openClient()
                Keys.onEnterPressed: row.openClient()
                Keys.onSpacePressed: row.openClient()
                FocusFrame { anchors.margins: -2 }
                MouseArea {
                    id: clientArea
                    anchors.fill: parent
                    hoverEnabled: true
                    cursorShape: Qt.PointingHandCursor
                    onClicked: row.openClient()
                }
            }
            Label {
                text: row.reason
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: row.assigneeName.length > 0 ? qsTr("%1 · for %2", "due date, then who does the follow-up").arg(row.dueText).arg(row.assigneeName)
                                                : row.dueText
                color: row.overdue ? Theme.danger : Theme.secondaryText
                font.pixelSize: Theme.smallFont
                font.bold: row.overdue
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
        ActionButton {
            id: doneButton
            objectName: "followUpDoneButton"
            text: qsTr("Done")
            highlighted: true
            Accessible.description: qsTr("Mark “%1” done").arg(row.reason)
            onClicked: donePopup.open()
            Popup {
                id: donePopup
                objectName: "followUpDonePopup"
                // Kept inside the window: opened from a row at the right edge.
                x: Math.min(0, layout.width - doneButton.x - width)
                y: doneButton.height
                width: Math.min(360, row.width)
                padding: 12
                Material.elevation: 0
                background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider }
                onOpened: { outcome.text = ""; outcome.forceActiveFocus() }
                function finish() {
                    const id = row.followUpId
                    const text = outcome.text
                    close()
                    Session.completeFollowUp(id, text)
                }
                ColumnLayout {
                    anchors.fill: parent
                    spacing: 8
                    Label {
                        text: qsTr("How did it go? (optional)")
                        color: Theme.secondaryText
                        font.pixelSize: Theme.smallFont
                    }
                    TextField {
                        id: outcome
                        objectName: "followUpOutcome"
                        placeholderText: qsTr("e.g. called, loves the new drill")
                        Accessible.name: qsTr("How did it go? (optional)")
                        Accessible.description: placeholderText
                        Layout.fillWidth: true
                        onAccepted: donePopup.finish()
                    }
                    ActionButton {
                        objectName: "followUpMarkDone"
                        text: qsTr("Mark done")
                        highlighted: true
                        Layout.alignment: Qt.AlignRight
                        onClicked: donePopup.finish()
                    }
                }
            }
        }
        Button {
            id: snoozeButton
            objectName: "followUpSnoozeButton"
            text: qsTr("Snooze")
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: snoozeMenu.open()
            Accessible.role: Accessible.ButtonMenu
            Accessible.description: qsTr("Put “%1” off until later").arg(row.reason)
            FocusFrame {}
            Menu {
                id: snoozeMenu
                Material.elevation: 0
                background: Rectangle { implicitWidth: 200; implicitHeight: 48; color: Theme.surface; border.color: Theme.divider }
                y: snoozeButton.height
                MenuItem { objectName: "snoozeTomorrow"; text: qsTr("Tomorrow"); onTriggered: Session.snoozeFollowUp(row.followUpId, 1) }
                MenuItem { text: qsTr("In 3 days"); onTriggered: Session.snoozeFollowUp(row.followUpId, 3) }
                MenuItem { text: qsTr("In a week"); onTriggered: Session.snoozeFollowUp(row.followUpId, 7) }
            }
        }
        Button {
            objectName: "followUpCancelButton"
            text: qsTr("Cancel")
            flat: true
            font.capitalization: Font.MixedCase
            onClicked: Session.cancelFollowUp(row.followUpId)
            Accessible.description: qsTr("Cancel “%1”").arg(row.reason)
            FocusFrame {}
        }
    }
}
