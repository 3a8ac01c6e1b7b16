import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// The chain's activity trail as the server keeps it: who merged, erased, reassigned,
// imported, exported, changed a role or revoked a device, and when. Newest first, by kind.
// Read from the copy the device fetched last, so it opens offline too.
Rectangle {
    id: page
    objectName: "activityPage"
    property var shell
    color: Theme.background

    ActivityModel { id: trail }

    // Fetched when the page is shown, so a manager sees the newest entries.
    onVisibleChanged: if (visible && trail.signedIn) trail.refresh()
    Component.onCompleted: if (visible && trail.signedIn) trail.refresh()

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: Theme.gap

        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: 1200
            Layout.alignment: Qt.AlignHCenter
            spacing: Theme.gap
            Label {
                text: qsTr("Activity")
                font.pixelSize: Theme.titleFont
                font.bold: true
            }
            Item { Layout.fillWidth: true }
            Label { text: qsTr("Show"); color: Theme.secondaryText }
            ComboBox {
                objectName: "activityKind"
                Accessible.name: qsTr("Show which kind of activity")
                model: trail.kinds
                textRole: "label"
                valueRole: "key"
                Layout.preferredWidth: 220
                onActivated: trail.kind = currentValue
            }
            ActionButton {
                objectName: "activityRefresh"
                text: trail.refreshing ? qsTr("Fetching…") : qsTr("Fetch now")
                Accessible.name: qsTr("Fetch the newest activity from the server")
                enabled: trail.signedIn && !trail.refreshing
                onClicked: trail.refresh()
            }
        }
        Label {
            objectName: "activityState"
            Layout.fillWidth: true
            Layout.maximumWidth: 1200
            Layout.alignment: Qt.AlignHCenter
            wrapMode: Text.Wrap
            color: trail.problem.length > 0 ? Theme.danger : Theme.secondaryText
            text: !trail.signedIn
                  ? qsTr("The activity trail is kept by the server; sign in to a server to see it.")
                  : trail.problem.length > 0 ? trail.problem + " " + trail.fetchedText : trail.fetchedText
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.maximumWidth: 1200
            Layout.alignment: Qt.AlignHCenter
            color: Theme.surface
            border.color: Theme.divider
            radius: Theme.radius

            ListView {
                id: list
                objectName: "activityList"
                anchors.fill: parent
                anchors.margins: 1
                clip: true
                model: trail
                ScrollBar.vertical: ScrollBar {}
                header: Rectangle {
                    width: list.width
                    height: 36
                    color: "#E4E9F0"
                    radius: Theme.radius
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 12
                        anchors.rightMargin: 12
                        Label { text: qsTr("When"); font.bold: true; Layout.preferredWidth: 170 }
                        Label { text: qsTr("Who"); font.bold: true; Layout.preferredWidth: list.width > 900 ? 300 : 180 }
                        Label { text: qsTr("What"); font.bold: true; Layout.preferredWidth: 140 }
                        Label { text: qsTr("Details"); font.bold: true; Layout.fillWidth: true }
                    }
                }
                delegate: Rectangle {
                    required property string timeText
                    required property string who
                    required property string kindLabel
                    required property string summary
                    required property int index
                    width: list.width
                    height: Math.max(40, details.implicitHeight + 14)
                    color: index % 2 ? "#F7F9FB" : Theme.surface
                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 12
                        anchors.rightMargin: 12
                        Label { text: timeText; Layout.preferredWidth: 170; color: Theme.secondaryText; elide: Text.ElideRight }
                        Label { text: who; elide: Text.ElideRight; Layout.preferredWidth: list.width > 900 ? 300 : 180 }
                        KindLabel { text: kindLabel; Layout.preferredWidth: 140 }
                        Label { id: details; text: summary; wrapMode: Text.Wrap; Layout.fillWidth: true }
                    }
                }
            }
            EmptyState {
                objectName: "activityEmpty"
                visible: list.count === 0
                anchors.centerIn: parent
                width: Math.min(parent.width - 64, 520)
                title: trail.kind.length > 0 ? qsTr("Nothing of this kind yet") : qsTr("No activity yet")
                message: qsTr("Merges, erasures, reassignments, imports, exports, role changes and revoked devices appear here with who did them and when.")
            }
        }
    }

    component KindLabel: Label {
        font.bold: true
        color: Theme.primary
        elide: Text.ElideRight
    }
}
