import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// What to follow up: overdue first, then today, then the next two weeks.
Rectangle {
    id: page
    property var shell
    color: Theme.background

    FollowUpModel { id: followUps; upcomingDays: 14 }

    ListView {
        id: list
        objectName: "todayList"
        anchors.fill: parent
        anchors.margins: Theme.gap
        anchors.leftMargin: Math.max(Theme.gap, (parent.width - 1000) / 2)
        anchors.rightMargin: anchors.leftMargin
        clip: true
        spacing: 8
        model: followUps
        ScrollBar.vertical: ScrollBar {}

        header: ColumnLayout {
            width: list.width
            Label {
                text: qsTr("Follow-ups")
                font.pixelSize: Theme.titleFont
                font.bold: true
            }
            Label {
                text: followUps.count === 0 ? "" :
                      qsTr("%1 to do in the next two weeks, %2 overdue.").arg(followUps.count).arg(followUps.overdueCount)
                visible: text.length > 0
                color: Theme.secondaryText
                Layout.bottomMargin: 4
            }
        }

        section.property: "section"
        section.criteria: ViewSection.FullString
        section.delegate: Label {
            required property string section
            objectName: "section_" + section
            text: section
            width: ListView.view.width
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
            width: ListView.view.width
            onOpenClient: page.shell.openClient(clientId)
        }

        EmptyState {
            anchors.centerIn: parent
            width: Math.min(parent.width - 32, 520)
            visible: list.count === 0
            title: qsTr("Nothing to follow up")
            message: qsTr("No follow-ups are due in the next two weeks. After a purchase, accept the education follow-up and it will show up here.")
        }
    }
}
