import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// One measure of the Overview: its value with what it counts ("18 of 25"),
// the period before beside it, and its last 12 weeks. Pressing it opens the
// records behind the number.
AbstractButton {
    id: card
    required property var measure
    property bool selected: false

    implicitHeight: content.implicitHeight + 24
    hoverEnabled: true
    Accessible.role: Accessible.Button
    Accessible.name: qsTr("%1: %2 %3. Open the list").arg(measure.title).arg(measure.valueText).arg(measure.detailText)

    background: Rectangle {
        color: card.selected ? Theme.selection : (card.hovered ? "#F7F9FC" : Theme.surface)
        radius: Theme.radius
        border.color: card.selected ? Theme.primary : Theme.divider
        border.width: card.selected ? 2 : 1
    }
    FocusFrame {}

    contentItem: Item {}
    ColumnLayout {
        id: content
        anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
        spacing: 2
        Label {
            text: card.measure.title
            font.bold: true
            wrapMode: Text.WordWrap
            Layout.fillWidth: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            Label {
                objectName: "value_" + card.measure.key
                text: card.measure.valueText.length > 0 ? card.measure.valueText : "…"
                font.pixelSize: 30
                font.bold: true
                color: Theme.primary
            }
            Label {
                text: card.measure.detailText
                color: Theme.secondaryText
                Layout.alignment: Qt.AlignBottom
                Layout.bottomMargin: 5
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
        }
        Label {
            text: card.measure.previousText.length > 0 ? qsTr("Period before: %1").arg(card.measure.previousText)
                                                       : qsTr("Period before: counting…")
            color: Theme.secondaryText
            font.pixelSize: Theme.smallFont
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        TrendChart {
            values: card.measure.trend
            percent: card.measure.kind === "rate"
            Layout.fillWidth: true
            Layout.preferredHeight: 44
            Layout.topMargin: 4
        }
        Label {
            text: qsTr("Last 12 weeks")
            color: Theme.secondaryText
            font.pixelSize: 12
        }
    }
}
