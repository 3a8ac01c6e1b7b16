import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// What to follow up: overdue first, then today, then the next two weeks;
// mine, my store's or everyone's (remembered per person by Session).
Rectangle {
    id: page
    property var shell
    // For tests: the model, whose "today" they can set.
    property alias model: followUps
    color: Theme.background

    FollowUpModel { id: followUps; upcomingDays: 14; scope: Session.todayScope }

    ListView {
        id: list
        objectName: "todayList"
        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Math.max(Theme.gap, (parent.width - 1000 * Theme.fontScale) / 2)
        anchors.rightMargin: anchors.leftMargin
        clip: true
        spacing: 8
        model: followUps
        Accessible.role: Accessible.List
        Accessible.name: qsTr("Follow-ups")
        ScrollBar.vertical: ScrollBar { id: vbar; objectName: "listScrollBar" }
        // Rows always stop short of the scroll bar, so it never lies over their buttons
        // (a width that followed the bar showing would feed back into the content height).
        readonly property real rowWidth: width - vbar.width

        header: ColumnLayout {
            width: list.rowWidth
            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Follow-ups")
                    font.pixelSize: Theme.titleFont
                    font.bold: true
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "addFollowUpButton"
                    text: qsTr("+ Follow-up")
                    Accessible.name: qsTr("Add a follow-up")
                    onClicked: page.shell.addFollowUp("")
                }
            }
            // Whose follow-ups: one tap between the three, remembered.
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: [
                        { scope: "mine", label: qsTr("Mine") },
                        { scope: "store", label: qsTr("My store") },
                        { scope: "everyone", label: qsTr("Everyone") }
                    ]
                    delegate: ActionButton {
                        required property var modelData
                        objectName: "scope_" + modelData.scope
                        text: modelData.label
                        highlighted: Session.todayScope === modelData.scope
                        font.capitalization: Font.MixedCase
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: highlighted
                        Accessible.name: qsTr("Show %1 follow-ups").arg(modelData.label)
                        onClicked: Session.todayScope = modelData.scope
                    }
                }
            }
            Label {
                text: followUps.count === 0 ? "" :
                      qsTr("%n to do in the next two weeks", "", followUps.count)
                      + (followUps.overdueCount > 0 ? qsTr(", %n overdue.", "", followUps.overdueCount) : ".")
                visible: text.length > 0
                color: Theme.secondaryText
                Layout.bottomMargin: 4
            }
        }

        section.property: "section"
        section.criteria: ViewSection.FullString
        // The heading reads the view's "section" context value, not a required
        // property: Qt 6.4 reuses heading items and then updates only the
        // context value, so a required property kept the old heading's text
        // ("Overdue" over rows due in two days after one was marked done).
        section.delegate: Label {
            objectName: "section_" + section
            // The section is a key (Overdue, Today, Upcoming); its heading is in words.
            text: section === "Overdue" ? qsTr("Overdue") : section === "Today" ? qsTr("Today") : qsTr("Upcoming")
            width: list.rowWidth
            topPadding: 12
            bottomPadding: 4
            font.pixelSize: Theme.headingFont
            font.bold: true
            color: section === "Overdue" ? Theme.danger : Theme.primary
        }

        delegate: FollowUpRow {
            required property int index
            required followUpId
            required property string clientId
            required clientName
            required reason
            required dueText
            required assigneeName
            required overdue
            objectName: "followUp_" + index
            width: list.rowWidth
            onOpenClient: page.shell.openClient(clientId)
        }

        EmptyState {
            anchors.centerIn: parent
            width: Math.min(parent.width - 32, 520)
            visible: list.count === 0
            title: qsTr("Nothing to follow up")
            message: Session.todayScope === "mine"
                     ? qsTr("Nothing of yours is due in the next two weeks. \"My store\" and \"Everyone\" above show your colleagues' follow-ups.")
                     : qsTr("No follow-ups are due in the next two weeks. After a purchase, accept the education follow-up and it will show up here.")
        }
    }
}
