import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// "Who is using this tablet?" — comes up after the idle time or on Switch person.
// Each person signed in here taps their name and types their PIN; anyone else (or
// someone whose PIN is locked or forgotten) signs in with their password. It covers
// every page and open dialog, which keep what was typed behind it.
Popup {
    id: lock
    objectName: "lockScreen"
    parent: Overlay.overlay
    x: 0
    y: 0
    width: parent ? parent.width : 0
    height: parent ? parent.height : 0
    z: 1000
    modal: true
    focus: true
    closePolicy: Popup.NoAutoClose
    padding: 0
    // No fade: the screen covers the client data at once, and is gone at once when unlocked.
    enter: Transition {}
    exit: Transition {}
    Material.elevation: 0
    background: Rectangle { color: Theme.background }

    // people | pin | password | choosePin
    property string mode: "people"
    property var person: null // the one tapped; null: someone else
    property string message: ""

    function reset() {
        mode = "people"
        person = null
        message = ""
        pinField.text = ""
        passwordField.text = ""
        loginField.text = ""
        newPin.text = ""
        newPinAgain.text = ""
    }
    function choose(p) {
        person = p
        message = ""
        if (p.hasPin && !p.signInRequired) {
            mode = "pin"
            pinField.text = ""
            pinField.forceActiveFocus()
        } else {
            usePassword(p.signInRequired ? qsTr("The server asks %1 to sign in again with the password.").arg(p.name)
                                         : qsTr("No PIN yet: sign in with your password, then choose one."))
        }
    }
    function usePassword(why) {
        mode = "password"
        message = why || ""
        passwordField.text = ""
        loginField.text = person ? person.login : ""
        if (person)
            passwordField.forceActiveFocus()
        else
            loginField.forceActiveFocus()
    }
    function tryPin() {
        if (pinField.text.length === 0)
            return
        const problem = Sync.unlock(person.staffId, pinField.text)
        pinField.text = ""
        if (problem.length === 0)
            return
        message = problem
        const now = Sync.people.find(p => p.staffId === person.staffId)
        if (now && !now.hasPin) {
            person = now
            usePassword(problem)
        }
    }
    function trySignIn() {
        if (loginField.text.trim().length === 0 || passwordField.text.length === 0) {
            message = qsTr("Type your login and your password.")
            return
        }
        message = ""
        Sync.signIn(Sync.serverUrl, loginField.text.trim(), passwordField.text)
    }
    function savePin() {
        const problem = Sync.setPin(newPin.text, newPinAgain.text)
        if (problem.length > 0) {
            message = problem
            return
        }
        Sync.unlockSignedIn()
    }

    Connections {
        target: Sync
        function onLockedChanged() {
            if (Sync.locked) {
                lock.reset()
                lock.open()
            } else {
                lock.close()
            }
        }
        function onSignInFinished(ok, message) {
            if (!lock.opened || lock.mode !== "password")
                return
            passwordField.text = ""
            if (!ok) {
                lock.message = message
                return
            }
            if (Sync.activeHasPin) {
                Sync.unlockSignedIn()
            } else {
                lock.mode = "choosePin"
                lock.message = ""
                newPin.forceActiveFocus()
            }
        }
    }
    Component.onCompleted: if (Sync.locked) open()

    contentItem: Flickable {
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.gap, (parent.width - width) / 2)
            y: Math.max(Theme.gap, (lock.height - implicitHeight) / 3)
            width: Math.min(lock.width - 2 * Theme.gap, 520)
            spacing: Theme.gap

            Label {
                objectName: "lockTitle"
                text: lock.mode === "choosePin" ? qsTr("Choose your PIN")
                    : lock.mode === "pin" ? qsTr("Hello, %1").arg(lock.person ? lock.person.name : "")
                    : lock.mode === "password" ? (lock.person ? qsTr("Sign in as %1").arg(lock.person.name)
                                                              : qsTr("Sign in to this tablet"))
                    : qsTr("Who is using this tablet?")
                font.pixelSize: Theme.titleFont
                font.bold: true
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Label {
                text: lock.mode === "choosePin"
                      ? qsTr("Next time, tap your name and type this PIN instead of your password. 4 to 8 digits, kept only on this tablet.")
                      : lock.mode === "pin" ? qsTr("Type your PIN.")
                      : lock.mode === "password" ? qsTr("Your password for %1.").arg(Sync.organisationName)
                      : qsTr("Tap your name. Notes you write are signed with it.")
                color: Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            // Everyone signed in on this tablet.
            SectionCard {
                visible: lock.mode === "people"
                Layout.fillWidth: true
                // A Column, not the card's layout: rows come and go as people sign in and out.
                Column {
                  Layout.fillWidth: true
                  Repeater {
                    objectName: "lockPeople"
                    model: Sync.people
                    delegate: ItemDelegate {
                        required property var modelData
                        objectName: "lockPerson_" + modelData.login
                        width: parent ? parent.width : 0
                        implicitHeight: Theme.touch + 12
                        text: modelData.name
                        font.pixelSize: Theme.headingFont
                        onClicked: lock.choose(modelData)
                        Accessible.name: modelData.name
                        Accessible.description: modelData.signInRequired ? qsTr("Password needed")
                                              : !modelData.hasPin ? qsTr("No PIN yet") : qsTr("Unlock with your PIN")
                        FocusFrame {}
                        Label {
                            anchors.right: parent.right
                            anchors.rightMargin: 12
                            anchors.verticalCenter: parent.verticalCenter
                            text: modelData.signInRequired ? qsTr("Password needed")
                                : !modelData.hasPin ? qsTr("No PIN yet")
                                : modelData.storeName
                            color: Theme.secondaryText
                            font.pixelSize: Theme.smallFont
                        }
                    }
                  }
                }
            }
            ActionButton {
                objectName: "lockSomeoneElse"
                visible: lock.mode === "people"
                text: qsTr("Someone else? Sign in with your password")
                Layout.fillWidth: true
                onClicked: { lock.person = null; lock.usePassword("") }
            }

            // PIN
            TextField {
                id: pinField
                objectName: "lockPin"
                visible: lock.mode === "pin"
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
                placeholderText: qsTr("PIN")
                font.pixelSize: Theme.titleFont
                Layout.fillWidth: true
                Accessible.name: qsTr("PIN")
                Accessible.description: qsTr("PIN")
                onAccepted: lock.tryPin()
            }
            RowLayout {
                visible: lock.mode === "pin"
                Layout.fillWidth: true
                ActionButton {
                    objectName: "lockUnlock"
                    text: qsTr("Unlock")
                    highlighted: true
                    enabled: pinField.text.length >= 4
                    Layout.fillWidth: true
                    onClicked: lock.tryPin()
                }
                ActionButton {
                    objectName: "lockUsePassword"
                    text: qsTr("Forgot PIN? Use password")
                    Layout.fillWidth: true
                    onClicked: lock.usePassword("")
                }
            }

            // Password
            Label { visible: lock.mode === "password" && !lock.person; text: qsTr("Login"); font.bold: true }
            TextField {
                id: loginField
                objectName: "lockLogin"
                visible: lock.mode === "password" && !lock.person
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Accessible.name: qsTr("Login")
                onAccepted: passwordField.forceActiveFocus()
            }
            Label { visible: lock.mode === "password"; text: qsTr("Password"); font.bold: true }
            TextField {
                id: passwordField
                objectName: "lockPassword"
                placeholderText: qsTr("Password")
                visible: lock.mode === "password"
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                Layout.fillWidth: true
                Accessible.name: qsTr("Password")
                Accessible.description: qsTr("Password")
                onAccepted: lock.trySignIn()
            }
            RowLayout {
                visible: lock.mode === "password"
                Layout.fillWidth: true
                ActionButton {
                    objectName: "lockSignIn"
                    text: Sync.signingIn ? qsTr("Signing in…") : qsTr("Sign in")
                    highlighted: true
                    enabled: !Sync.signingIn && passwordField.text.length > 0
                    Layout.fillWidth: true
                    onClicked: lock.trySignIn()
                }
                BusyIndicator { running: Sync.signingIn; visible: running; implicitWidth: 40; implicitHeight: 40 }
            }

            // Choose a PIN after signing in with the password.
            Label { visible: lock.mode === "choosePin"; text: qsTr("New PIN"); font.bold: true }
            TextField {
                id: newPin
                objectName: "lockNewPin"
                placeholderText: qsTr("New PIN")
                visible: lock.mode === "choosePin"
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
                Layout.fillWidth: true
                Accessible.name: qsTr("New PIN")
                Accessible.description: qsTr("New PIN")
                onAccepted: newPinAgain.forceActiveFocus()
            }
            Label { visible: lock.mode === "choosePin"; text: qsTr("The same PIN again"); font.bold: true }
            TextField {
                id: newPinAgain
                objectName: "lockNewPinAgain"
                placeholderText: qsTr("The same PIN again")
                visible: lock.mode === "choosePin"
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
                Layout.fillWidth: true
                Accessible.name: qsTr("The same PIN again")
                Accessible.description: qsTr("The same PIN again")
                onAccepted: lock.savePin()
            }
            RowLayout {
                visible: lock.mode === "choosePin"
                Layout.fillWidth: true
                ActionButton {
                    objectName: "lockSavePin"
                    text: qsTr("Save PIN")
                    highlighted: true
                    enabled: newPin.text.length >= 4 && newPinAgain.text.length >= 4
                    Layout.fillWidth: true
                    onClicked: lock.savePin()
                }
                ActionButton {
                    objectName: "lockSkipPin"
                    text: qsTr("Not now")
                    Layout.fillWidth: true
                    onClicked: Sync.unlockSignedIn()
                }
            }

            Label {
                objectName: "lockMessage"
                visible: lock.message.length > 0
                text: lock.message
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                objectName: "lockBack"
                visible: lock.mode === "pin" || lock.mode === "password"
                text: qsTr("Back to the list of people")
                flat: true
                font.capitalization: Font.MixedCase
                onClicked: { lock.mode = "people"; lock.message = "" }
                FocusFrame {}
            }
        }
    }
}
