import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rapport.Ui

// The Manage area of managers and admins: its pages (AppShell.managePages) in a
// navigation rail beside the page on a wide window, in a row of tabs above it
// in portrait. A page is loaded when first opened and kept, so going to a
// client and back finds it as it was.
Rectangle {
    id: area
    property var shell
    readonly property bool rail: shell.wide
    color: Theme.background

    Rectangle {
        id: railPane
        visible: area.rail
        width: area.rail ? 180 : 0
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        color: Theme.surface
        Rectangle { anchors { right: parent.right; top: parent.top; bottom: parent.bottom } width: 1; color: Theme.divider }

        Column {
            anchors { fill: parent; topMargin: Theme.gap; rightMargin: 1 }
            Label {
                text: qsTr("Manage")
                font.pixelSize: Theme.headingFont
                font.bold: true
                color: Theme.secondaryText
                leftPadding: 16
                bottomPadding: 8
            }
            Repeater {
                model: area.shell.managePages
                delegate: ItemDelegate {
                    required property var modelData
                    objectName: "manageNav_" + modelData.name
                    width: parent.width
                    height: Theme.touch
                    text: modelData.title
                    highlighted: area.shell.managePage === modelData.name
                    font.bold: highlighted
                    Accessible.name: qsTr("Open %1").arg(modelData.title)
                    onClicked: area.shell.showManagePage(modelData.name)
                    background: Rectangle {
                        color: parent.highlighted ? Theme.selection : (parent.hovered ? "#F2F5F9" : "transparent")
                        Rectangle {
                            visible: parent.parent.highlighted
                            width: 4; height: parent.height; color: Theme.primary
                        }
                    }
                    FocusFrame {}
                }
            }
        }
    }

    Flow {
        id: tabs
        visible: !area.rail
        height: visible ? implicitHeight : 0
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: visible ? Theme.gap : 0 }
        spacing: 6
        Repeater {
            model: area.shell.managePages
            delegate: ActionButton {
                required property var modelData
                objectName: "manageTab_" + modelData.name
                text: modelData.title
                highlighted: area.shell.managePage === modelData.name
                font.capitalization: Font.MixedCase
                Accessible.role: Accessible.PageTab
                Accessible.name: qsTr("Open %1").arg(modelData.title)
                onClicked: area.shell.showManagePage(modelData.name)
            }
        }
    }

    Item {
        anchors { left: railPane.right; right: parent.right; top: tabs.bottom; bottom: parent.bottom }
        Repeater {
            model: area.shell.managePages
            delegate: Loader {
                required property var modelData
                readonly property bool current: area.shell.managePage === modelData.name
                objectName: "managePage_" + modelData.name
                anchors.fill: parent
                visible: current
                // Loaded on first opening (not while the area is hidden: Overview's report costs
                // seconds of a core on a large chain), kept afterwards.
                active: (current && area.visible) || status === Loader.Ready
                Component.onCompleted: setSource(modelData.component, { shell: area.shell })
            }
        }
    }
}
