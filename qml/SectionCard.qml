import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// A white titled box grouping related facts on the client screen.
Rectangle {
    id: card
    property string title
    default property alias content: column.data
    property alias actions: actionRow.data

    color: Theme.surface
    radius: Theme.radius
    border.color: Theme.divider
    implicitHeight: column.implicitHeight + 2 * Theme.gap
    implicitWidth: 320

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            visible: card.title.length > 0
            Label {
                text: card.title
                font.pixelSize: Theme.headingFont
                font.bold: true
                color: Theme.primary
                Layout.fillWidth: true
                elide: Text.ElideRight
            }
            Row { id: actionRow; spacing: 4 }
        }
    }
}
