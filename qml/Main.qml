import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Rapport.Ui

ApplicationWindow {
    id: window
    width: 1280
    height: 800
    visible: true
    title: qsTr("Rapport")

    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.foreground: Theme.text
    Material.background: Theme.background
    font.pixelSize: Theme.fontSize

    AppShell {
        id: shell
        objectName: "appShell"
        anchors.fill: parent
    }

    // Called by `rapport --self-test`: visits every page and dialog.
    function runSelfTest() {
        shell.runSelfTest()
    }
}
