import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// Who is using this tablet, where the data lives, which version this is.
Rectangle {
    id: page
    property var shell
    color: Theme.background

    StaffModel { id: staffList }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.gap, (parent.width - width) / 2)
            y: Theme.gap
            width: Math.min(page.width - 2 * Theme.gap, 760)
            spacing: Theme.gap

            Label {
                text: qsTr("Settings")
                font.pixelSize: Theme.titleFont
                font.bold: true
            }

            SectionCard {
                title: qsTr("Who is using this tablet")
                Layout.fillWidth: true
                Label {
                    text: qsTr("Every note you write is signed with this name.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: staffList
                    delegate: RadioDelegate {
                        required property string staffId
                        required property string name
                        required property string role
                        required property string storeName
                        required property bool isCurrent
                        objectName: "staff_" + staffId
                        Layout.fillWidth: true
                        text: name + "  ·  " + role + (storeName.length > 0 ? ", " + storeName : "")
                        checked: isCurrent
                        onClicked: {
                            if (!Session.setCurrentStaff(staffId))
                                page.shell.notify(Session.lastError)
                        }
                    }
                }
                Label {
                    visible: staffList.count === 0
                    text: qsTr("No staff on this tablet yet. Add your name when asked who is using the tablet, or sign in once sync is set up.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            SectionCard {
                title: qsTr("Sync")
                Layout.fillWidth: true
                FieldRow { label: qsTr("Status"); value: Sync.signedIn ? Sync.statusText : qsTr("Not signed in: everything stays on this device") }
                FieldRow { visible: Sync.signedIn; label: qsTr("Server"); value: Sync.serverUrl }
                ActionButton {
                    objectName: "settingsSyncButton"
                    text: Sync.signedIn ? qsTr("Sync details") : qsTr("Sign in to sync")
                    highlighted: !Sync.signedIn
                    onClicked: page.shell.showSection(Sync.signedIn ? "sync" : "signin")
                }
            }

            SectionCard {
                title: qsTr("This device")
                Layout.fillWidth: true
                FieldRow { label: qsTr("Clients"); value: String(Session.clientCount) }
                FieldRow { label: qsTr("Version"); value: Session.version }
            }

            // For support: where the data is kept; folded away by default.
            SectionCard {
                id: technical
                objectName: "settingsTechnicalDetails"
                property bool expanded: false
                title: qsTr("Technical details")
                Layout.fillWidth: true
                actions: Button {
                    objectName: "settingsTechnicalToggle"
                    text: technical.expanded ? qsTr("Hide") : qsTr("Show")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: technical.expanded = !technical.expanded
                }
                FieldRow { objectName: "dataFolderRow"; visible: technical.expanded; label: qsTr("Data folder"); value: Session.dataDir }
                FieldRow { visible: technical.expanded && Sync.signedIn; label: qsTr("Device"); value: Sync.deviceId }
            }
        }
    }
}
