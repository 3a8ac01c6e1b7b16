import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// Signing this device in to the company's Rapport server. Optional: without it
// everything keeps working on this device alone.
Rectangle {
    id: page
    property var shell
    color: Theme.background

    function submit() {
        if (Sync.signingIn)
            return
        Sync.signIn(serverField.text, loginField.text, passwordField.text)
    }

    Connections {
        target: Sync
        function onSignInFinished(ok, message) {
            passwordField.text = ""
            if (ok && page.shell) {
                page.shell.notify(qsTr("Signed in. Your notes now reach every device of %1.")
                                  .arg(Sync.organisationName.length > 0 ? Sync.organisationName : qsTr("your stores")))
                page.shell.showSection("sync")
            } else if (!ok) {
                passwordField.forceActiveFocus()
            }
        }
    }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.gap, (parent.width - width) / 2)
            y: Math.max(Theme.gap, Math.min(64, (page.height - implicitHeight) / 3))
            width: Math.min(page.width - 2 * Theme.gap, 560)
            spacing: Theme.gap

            Label {
                text: Sync.signInRequired ? qsTr("Sign in again") : qsTr("Sign in to sync")
                font.pixelSize: Theme.titleFont
                font.bold: true
            }
            Label {
                visible: !Sync.signInRequired
                text: qsTr("Signing in shares clients and notes with the other tablets and desktops of your stores. "
                           + "You do not have to: without signing in, everything stays on this device and keeps working.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionCard {
                Layout.fillWidth: true
                visible: Sync.signInRequired
                Label {
                    objectName: "signInAgainNotice"
                    text: Sync.statusText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: Sync.signedIn
                Label {
                    objectName: "alreadySignedIn"
                    text: qsTr("This device is signed in as %1 at %2.").arg(Sync.staffName || Sync.login).arg(Sync.serverUrl)
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                ActionButton {
                    text: qsTr("Sync details")
                    onClicked: page.shell.showSection("sync")
                }
            }

            SectionCard {
                Layout.fillWidth: true
                visible: !Sync.signedIn

                Label { text: qsTr("Server address"); font.bold: true }
                TextField {
                    id: serverField
                    objectName: "signInServer"
                    Accessible.name: qsTr("Server address")
                    Layout.fillWidth: true
                    text: Sync.suggestedServer
                    placeholderText: "https://rapport.example.com"
                    inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
                    enabled: !Sync.signingIn
                    onAccepted: loginField.forceActiveFocus()
                }
                Label { text: qsTr("Login"); font.bold: true }
                TextField {
                    id: loginField
                    objectName: "signInLogin"
                    Accessible.name: qsTr("Login")
                    Accessible.description: placeholderText
                    Layout.fillWidth: true
                    text: Sync.suggestedLogin
                    placeholderText: qsTr("Your login, e.g. sam")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                    enabled: !Sync.signingIn
                    onAccepted: passwordField.forceActiveFocus()
                }
                Label { text: qsTr("Password"); font.bold: true }
                TextField {
                    id: passwordField
                    objectName: "signInPassword"
                    Layout.fillWidth: true
                    echoMode: TextInput.Password
                    // Qt withholds the name of a password field; the label reaches a screen reader as its description.
                    Accessible.name: qsTr("Password")
                    Accessible.description: qsTr("Password")
                    placeholderText: qsTr("Your password")
                    enabled: !Sync.signingIn
                    onAccepted: page.submit()
                }

                Label {
                    objectName: "signInError"
                    visible: Sync.signInError.length > 0 && !Sync.signingIn
                    text: Sync.signInError
                    color: Theme.danger
                    font.bold: true
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                    Layout.topMargin: 4
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    spacing: Theme.gap
                    ActionButton {
                        objectName: "signInButton"
                        text: Sync.signingIn ? qsTr("Signing in…") : qsTr("Sign in")
                        highlighted: true
                        enabled: !Sync.signingIn && serverField.text.trim().length > 0
                                 && loginField.text.trim().length > 0 && passwordField.text.length > 0
                        onClicked: page.submit()
                    }
                    BusyIndicator {
                        running: Sync.signingIn
                        visible: running
                        implicitWidth: 36
                        implicitHeight: 36
                    }
                    Item { Layout.fillWidth: true }
                    Button {
                        objectName: "keepLocalButton"
                        text: qsTr("Keep working on this device only")
                        flat: true
                        font.capitalization: Font.MixedCase
                        onClicked: page.shell.showSection("clients")
                        FocusFrame {}
                    }
                }
            }

            Label {
                objectName: "tokenStorageText"
                visible: Sync.tokenStorage.length > 0
                text: qsTr("After signing in, this device keeps its sign-in (not your password) in: %1").arg(Sync.tokenStorage)
                color: Theme.secondaryText
                font.pixelSize: Theme.smallFont
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
        }
    }
}
