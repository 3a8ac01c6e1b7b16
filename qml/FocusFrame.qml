import QtQuick
import Rapport.Ui

// A ring around its parent control while it has keyboard focus, for controls
// whose own style shows focus too faintly (flat buttons, radio buttons).
Rectangle {
    objectName: "focusFrame"
    anchors.fill: parent
    anchors.margins: 1
    z: 10
    visible: !!parent && parent.visualFocus === true
    color: "transparent"
    radius: 4
    border.width: 2
    border.color: Theme.accent
}
