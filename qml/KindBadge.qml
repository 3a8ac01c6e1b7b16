import QtQuick
import QtQuick.Controls
import Rapport.Ui

// The coloured mark of a note kind, so a timeline can be read at a glance.
Rectangle {
    property string kind
    width: Math.round(40 * Theme.fontScale)
    height: width
    radius: width / 2
    color: Theme.kindColor(kind)
    Label {
        anchors.centerIn: parent
        text: Theme.kindGlyph(parent.kind)
        color: Theme.inkOnKind
        font.pixelSize: Theme.glyphFont
        font.bold: true
    }
}
