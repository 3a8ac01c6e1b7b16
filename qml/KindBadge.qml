import QtQuick
import QtQuick.Controls
import Rapport.Ui

// The coloured mark of a note kind, so a timeline can be read at a glance.
Rectangle {
    property string kind
    width: 40
    height: 40
    radius: 20
    color: Theme.kindColor(kind)
    Label {
        anchors.centerIn: parent
        text: Theme.kindGlyph(parent.kind)
        color: "white"
        font.pixelSize: 20
        font.bold: true
    }
}
