import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// One kind of consent: its state with who and when, and the button to change it.
RowLayout {
    id: row
    property string clientId
    property string which // contact | marketing
    property string label
    property string consentState // "" | given | withdrawn
    property string description
    Layout.fillWidth: true
    spacing: Theme.gap

    Label {
        text: row.label
        color: Theme.secondaryText
        font.pixelSize: Theme.smallFont
        Layout.preferredWidth: Math.round(90 * Theme.fontScale)
        Layout.alignment: Qt.AlignVCenter
    }
    Label {
        objectName: "consent_" + row.which
        text: row.description
        color: row.consentState === "given" ? Theme.accent
             : (row.consentState === "withdrawn" ? Theme.danger : Theme.secondaryText)
        font.bold: row.consentState.length > 0
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        Layout.alignment: Qt.AlignVCenter
    }
    Button {
        objectName: "consentButton_" + row.which
        text: row.consentState === "given" ? qsTr("Withdraw") : qsTr("Record given")
        flat: true
        font.capitalization: Font.MixedCase
        onClicked: Session.setConsent(row.clientId, row.which, row.consentState === "given" ? "withdrawn" : "given")
        Accessible.name: row.consentState === "given" ? qsTr("Withdraw %1 consent").arg(row.label)
                                                      : qsTr("Record %1 consent given").arg(row.label)
        Accessible.description: row.description
        FocusFrame {}
    }
}
