import QtQuick
import QtQuick.Controls
import Rapport.Ui

// Always in the header: whether this device's notes have reached the server.
// Shape and words carry the state, not the colour alone. Tapping opens the sync page.
AbstractButton {
    id: badge
    property bool compact: false

    readonly property color dotColor: {
        switch (Sync.state) {
        case "synced": return "#7BE08A"
        case "syncing": return "#9CD3FF"
        case "waiting": return "#FFD479"
        case "error": return "#FF8A80"
        default: return "#C9D1DB"
        }
    }

    implicitHeight: Theme.touch - 8
    implicitWidth: row.implicitWidth + 24
    hoverEnabled: true
    Accessible.name: qsTr("Sync: %1").arg(Sync.badgeText)

    background: Rectangle {
        radius: height / 2
        color: badge.down ? "#2A5BB0" : badge.hovered ? "#1E4FA3" : Theme.badge
        border.color: Sync.state === "error" ? "#FF8A80" : "#5F83C4"
        border.width: 1
    }
    contentItem: Item {
        Row {
            id: row
            anchors.centerIn: parent
            spacing: 8
            Rectangle {
                id: dot
                width: 12
                height: 12
                radius: Sync.state === "error" ? 2 : 6 // a square for a problem
                anchors.verticalCenter: parent.verticalCenter
                color: Sync.state === "offline" || Sync.state === "signedOut" ? "transparent" : badge.dotColor
                border.color: badge.dotColor
                border.width: 2
                SequentialAnimation on opacity {
                    running: Sync.state === "syncing"
                    loops: Animation.Infinite
                    onRunningChanged: if (!running) dot.opacity = 1
                    NumberAnimation { to: 0.25; duration: 500 }
                    NumberAnimation { to: 1; duration: 500 }
                }
            }
            Label {
                objectName: "syncBadgeText"
                text: Sync.badgeText
                color: Theme.inkOnPrimary
                font.pixelSize: Theme.smallFont
                anchors.verticalCenter: parent.verticalCenter
                elide: Text.ElideRight
                width: badge.compact ? Math.min(implicitWidth, 130) : implicitWidth
            }
        }
    }
}
