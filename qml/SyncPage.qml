import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// Everything about sync in words: where this device sends its notes, as whom,
// when it last succeeded, what is waiting and what went wrong.
Rectangle {
    id: page
    property var shell
    color: Theme.background

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.gap, (parent.width - width) / 2)
            y: Theme.gap
            width: Math.min(page.width - 2 * Theme.gap, 760 * Theme.fontScale)
            spacing: Theme.gap

            Label {
                text: qsTr("Sync")
                font.pixelSize: Theme.titleFont
                font.bold: true
            }

            SectionCard {
                Layout.fillWidth: true
                visible: Sync.signInRequired
                Label {
                    objectName: "signInAgainTitle"
                    text: qsTr("Sign in again to keep syncing")
                    font.pixelSize: Theme.headingFont
                    font.bold: true
                }
                Label {
                    objectName: "signInAgainText"
                    text: Sync.statusText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "signInAgainButton"
                    text: qsTr("Sign in again")
                    highlighted: true
                    onClicked: page.shell.showSection("signin")
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: Sync.rejectedCount > 0
                Label {
                    objectName: "rejectedTitle"
                    text: qsTr("%n change(s) could not be sent", "", Sync.rejectedCount)
                    font.pixelSize: Theme.headingFont
                    font.bold: true
                    color: Theme.danger
                }
                Label {
                    objectName: "rejectedReason"
                    text: qsTr("They stay on this device only. Last reason: %1").arg(Sync.lastRejection)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: !Sync.signedIn && !Sync.signInRequired
                Label {
                    text: qsTr("This device is not signed in")
                    font.pixelSize: Theme.headingFont
                    font.bold: true
                }
                Label {
                    text: qsTr("Clients and notes are kept on this device only. Sign in to share them with the other tablets and desktops of your stores.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ActionButton {
                    objectName: "openSignInButton"
                    text: qsTr("Sign in")
                    highlighted: true
                    onClicked: page.shell.showSection("signin")
                }
            }

            // A long first sync: what is received, then the note index filled in the background.
            SectionCard {
                objectName: "syncProgress"
                Layout.fillWidth: true
                visible: Sync.progressText.length > 0
                Label {
                    objectName: "syncProgressText"
                    text: Sync.progressText
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ProgressBar {
                    objectName: "syncProgressBar"
                    Layout.fillWidth: true
                    indeterminate: Sync.progressValue < 0
                    value: Math.max(0, Sync.progressValue)
                    Accessible.name: Sync.progressText
                }
                Label {
                    visible: Sync.progressValue >= 0
                    text: qsTr("Every client can already be found and opened; note text becomes searchable as indexing goes on.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: Sync.signedIn
                title: qsTr("Status")
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    Rectangle {
                        width: 16
                        height: 16
                        radius: Sync.state === "error" ? 3 : 8
                        color: Sync.state === "synced" ? "#2E7D32" : Sync.state === "error" ? Theme.danger
                             : Sync.state === "waiting" ? Theme.warning : Sync.state === "syncing" ? Theme.primary : "transparent"
                        border.color: Sync.state === "offline" ? Theme.secondaryText : color
                        border.width: 2
                    }
                    Label {
                        objectName: "syncStatusText"
                        text: Sync.statusText
                        font.pixelSize: Theme.headingFont
                        font.bold: true
                        color: Sync.state === "error" ? Theme.danger : Theme.text
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                Label {
                    visible: Sync.state === "offline"
                    text: qsTr("No connection to the server. Keep working: everything is saved on this device and is sent when the connection is back.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Flow {
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                    spacing: Theme.gap
                    ActionButton {
                        objectName: "syncNowButton"
                        text: Sync.busy ? qsTr("Syncing…") : qsTr("Sync now")
                        highlighted: true
                        enabled: !Sync.busy
                        onClicked: {
                            const offlineNote = Sync.syncNow()
                            if (offlineNote.length > 0)
                                page.shell.notify(offlineNote)
                        }
                    }
                    ActionButton {
                        objectName: "signOutButton"
                        text: qsTr("Sign out")
                        fill: "#F6DAD7"
                        ink: Theme.danger
                        onClicked: page.shell.confirmSignOut()
                    }
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: Sync.signedIn
                title: qsTr("Details")
                FieldRow { label: qsTr("Server"); value: Sync.serverUrl }
                FieldRow {
                    label: qsTr("Signed in as")
                    value: Sync.staffName.length > 0 ? Sync.staffName + " (" + Sync.login + ")" : Sync.login
                }
                FieldRow { label: qsTr("Organisation"); value: Sync.organisationName }
                FieldRow { objectName: "lastSyncedRow"; label: qsTr("Last synced"); value: Sync.lastSyncedText; emptyText: qsTr("Not yet") }
                FieldRow {
                    objectName: "waitingRow"
                    label: qsTr("Waiting to send")
                    value: Sync.pendingCount === 0 ? "" : qsTr("%n change(s)", "", Sync.pendingCount)
                    emptyText: qsTr("Nothing, all sent")
                }
                FieldRow { objectName: "lastErrorRow"; label: qsTr("Last problem"); value: Sync.lastError; emptyText: qsTr("None") }
            }

            // For support: where things are kept and which device this is; folded away by default.
            SectionCard {
                id: technical
                objectName: "syncTechnicalDetails"
                property bool expanded: false
                Layout.fillWidth: true
                visible: Sync.signedIn
                title: qsTr("Technical details")
                actions: Button {
                    objectName: "syncTechnicalToggle"
                    text: technical.expanded ? qsTr("Hide") : qsTr("Show")
                    Accessible.name: technical.expanded ? qsTr("Hide technical details") : qsTr("Show technical details")
                    FocusFrame {}
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: technical.expanded = !technical.expanded
                }
                FieldRow { visible: technical.expanded; label: qsTr("Sign-in kept in"); value: Sync.tokenStorage }
                FieldRow { objectName: "deviceIdRow"; visible: technical.expanded; label: qsTr("Device"); value: Sync.deviceId }
                FieldRow { visible: technical.expanded; label: qsTr("Data folder"); value: Session.dataDir }
            }
        }
    }
}
