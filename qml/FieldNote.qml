import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// Under a field: why it cannot be saved (red) or what was understood from it
// ("12 April, every year", "$12.50"), so nobody saves something other than
// what they meant.
Label {
    property string problem
    property string understood
    visible: text.length > 0
    text: problem.length > 0 ? problem : (understood.length > 0 ? qsTr("Understood as: %1").arg(understood) : "")
    color: problem.length > 0 ? Theme.danger : Theme.accent
    font.pixelSize: Theme.smallFont
    wrapMode: Text.Wrap
    Layout.fillWidth: true
}
