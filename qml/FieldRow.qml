import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// "Label   value" on one line; says so in words when the value is missing.
RowLayout {
    id: row
    property string label
    property string value
    property string emptyText: qsTr("Not recorded")
    Layout.fillWidth: true
    spacing: Theme.gap

    Label {
        text: row.label
        color: Theme.secondaryText
        font.pixelSize: Theme.smallFont
        Layout.preferredWidth: Math.round(120 * Theme.fontScale)
        Layout.alignment: Qt.AlignTop
        wrapMode: Text.WordWrap
    }
    Label {
        text: row.value.length > 0 ? row.value : row.emptyText
        color: row.value.length > 0 ? Theme.text : Theme.secondaryText
        font.italic: row.value.length === 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
}
