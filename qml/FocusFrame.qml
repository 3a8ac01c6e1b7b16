import QtQuick
import Rapport.Ui

// A ring around its parent control while it has keyboard focus, for controls
// whose own style shows focus too faintly (flat buttons, radio buttons, links).
// On the blue header bar it is drawn white (`ring`). Items without
// visualFocus (a link made of a Label) show it while they have active focus.
Rectangle {
    property color ring: Theme.accent
    objectName: "focusFrame"
    anchors.fill: parent
    anchors.margins: 1
    z: 10
    visible: !!parent && (parent.visualFocus === undefined ? parent.activeFocus === true : parent.visualFocus === true)
    color: "transparent"
    radius: 4
    border.width: 2
    border.color: ring
}
