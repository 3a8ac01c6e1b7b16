import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Rapport.Ui

// A filled button that draws its own background. Material's filled buttons
// paint through a shader shadow, which the software renderer (offscreen,
// low-end tablets without GPU drivers) silently drops, leaving invisible buttons.
Button {
    id: control
    property color fill: highlighted ? Theme.primary : Theme.buttonFill
    property color ink: highlighted ? Theme.inkOnPrimary : Theme.text

    Material.foreground: ink
    // What it says is its name; a use that needs more (a glyph, a context) sets its own.
    Accessible.name: text
    font.bold: true
    topInset: 4
    bottomInset: 4

    contentItem: Label {
        text: control.text
        font: control.font
        color: control.enabled ? control.ink : Theme.secondaryText
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        elide: Text.ElideRight
    }
    background: Rectangle {
        implicitWidth: 64
        implicitHeight: Theme.touch - 4
        radius: 4
        color: !control.enabled ? "#E4E7EB"
             : control.down ? Qt.darker(control.fill, 1.2)
             : control.hovered ? Qt.darker(control.fill, 1.08) : control.fill
        border.color: control.visualFocus ? Theme.accent : "transparent"
        border.width: 2
        // A dark ring outside the fill: seen on every fill colour, the note
        // kinds' included, where an accent border alone can vanish.
        Rectangle {
            objectName: "focusRing"
            visible: control.visualFocus
            anchors.fill: parent
            anchors.margins: -3
            radius: 6
            color: "transparent"
            border.width: 2
            border.color: Theme.text
        }
    }
}
