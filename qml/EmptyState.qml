import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// Says in words why a list is empty and what to do about it.
ColumnLayout {
    id: state
    property string title
    property string message
    property string actionText
    signal actionTriggered()
    spacing: Theme.gap

    Label {
        text: state.title
        visible: text.length > 0
        font.pixelSize: Theme.headingFont
        font.bold: true
        color: Theme.text
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    Label {
        objectName: "emptyStateMessage"
        text: state.message
        color: Theme.secondaryText
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Layout.fillWidth: true
    }
    ActionButton {
        visible: state.actionText.length > 0
        text: state.actionText
        highlighted: true
        Layout.alignment: Qt.AlignHCenter
        onClicked: state.actionTriggered()
    }
}
