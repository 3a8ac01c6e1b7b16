import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// The records behind one of the Overview's numbers: exactly those counted,
// the ones that did not meet the measure first. A row opens its client.
Rectangle {
    id: pane
    property var shell
    property string title
    property string hint
    property bool isRate: true
    property string scopeName
    property alias measure: records.measure
    property alias kind: records.kind
    property alias from: records.from
    property alias to: records.to
    property alias asOf: records.asOf
    property alias scopeKind: records.scopeKind
    property alias scopeId: records.scopeId
    readonly property alias model: records
    signal closeRequested()

    color: Theme.surface
    border.color: Theme.divider
    radius: Theme.radius

    MeasureListModel { id: records; missedOnly: false }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            Label {
                text: pane.title
                font.pixelSize: Theme.headingFont
                font.bold: true
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            ToolButton {
                objectName: "closeMeasureList"
                text: "\u2715"
                Accessible.name: qsTr("Close the list")
                onClicked: pane.closeRequested()
                FocusFrame {}
            }
        }
        Label {
            text: pane.scopeName + " · " + pane.hint
            color: Theme.secondaryText
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            Label {
                objectName: "measureListCount"
                text: records.busy && records.total === 0 ? qsTr("Reading…")
                      : pane.isRate ? qsTr("%1 records: %2 met, %3 did not").arg(records.total).arg(records.metCount)
                                                                          .arg(records.total - records.metCount)
                      : qsTr("%1 records").arg(records.total)
                Layout.fillWidth: true
            }
            CheckBox {
                objectName: "missedOnly"
                visible: pane.isRate
                text: qsTr("Only those that did not")
                checked: records.missedOnly
                onToggled: records.missedOnly = checked
                Accessible.name: text
            }
            BusyIndicator {
                running: records.busy
                visible: running
                implicitWidth: 32
                implicitHeight: 32
            }
        }
        Label {
            visible: records.error.length > 0
            text: records.error
            color: Theme.danger
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        ListView {
            id: list
            objectName: "measureList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: records
            ScrollBar.vertical: ScrollBar {}
            delegate: ItemDelegate {
                id: row
                required property int index
                required property string clientId
                required property string clientName
                required property string when
                required property string detail
                required property bool met
                objectName: "measureRow_" + index
                width: list.width - 12
                Accessible.name: qsTr("Open %1: %2, %3").arg(clientName).arg(detail).arg(when)
                onClicked: pane.shell.openClient(clientId)
                contentItem: RowLayout {
                    spacing: 10
                    Rectangle {
                        implicitWidth: 10
                        implicitHeight: 10
                        radius: 5
                        visible: pane.isRate
                        color: row.met ? Theme.accent : Theme.warning
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        Label { text: row.clientName; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                        Label {
                            text: row.detail
                            color: Theme.secondaryText
                            font.pixelSize: Theme.smallFont
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    Label { text: row.when; color: Theme.secondaryText; font.pixelSize: Theme.smallFont }
                }
                FocusFrame {}
            }
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 32, 420)
                visible: list.count === 0 && !records.busy && records.error.length === 0
                title: qsTr("Nothing behind this number")
                message: qsTr("No records were counted for this period and scope.")
            }
        }
    }
}
