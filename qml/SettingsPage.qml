import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// Who is using this tablet, where the data lives, which version this is.
Rectangle {
    id: page
    property var shell
    color: Theme.background

    StaffModel { id: staffList }

    Flickable {
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.gap, (parent.width - width) / 2)
            y: Theme.gap
            width: Math.min(page.width - 2 * Theme.gap, 760 * Theme.fontScale)
            spacing: Theme.gap

            Label {
                text: qsTr("Settings")
                font.pixelSize: Theme.titleFont
                font.bold: true
            }

            SectionCard {
                title: qsTr("Who is using this tablet")
                visible: !Sync.shared
                Layout.fillWidth: true
                Label {
                    text: qsTr("Every note you write is signed with this name.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                // A Column, not the card's layout: a wipe or a sync replaces every row at once.
                Column {
                  Layout.fillWidth: true
                  Repeater {
                    model: staffList
                    delegate: RadioDelegate {
                        required property string staffId
                        required property string name
                        required property string role
                        required property string storeName
                        required property bool isCurrent
                        objectName: "staff_" + staffId
                        width: parent ? parent.width : 0
                        text: name + "  ·  " + role + (storeName.length > 0 ? ", " + storeName : "")
                        checked: isCurrent
                        FocusFrame {}
                        onClicked: {
                            if (!Session.setCurrentStaff(staffId))
                                page.shell.notify(Session.lastError)
                        }
                    }
                  }
                }
                Label {
                    visible: staffList.count === 0
                    text: qsTr("No staff on this tablet yet. Add your name when asked who is using the tablet, or sign in once sync is set up.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
            }

            // A tablet signed in to the server: its people, their PINs and the idle lock.
            SectionCard {
                objectName: "settingsPeople"
                title: qsTr("People on this tablet")
                visible: Sync.shared
                Layout.fillWidth: true
                Label {
                    text: qsTr("Each person signs in once with their password, then switches back with their PIN. Every note is signed by the person using the tablet.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Column {
                  Layout.fillWidth: true
                  spacing: 4
                  Repeater {
                    model: Sync.people
                    delegate: RowLayout {
                        required property var modelData
                        objectName: "settingsPerson_" + modelData.login
                        width: parent ? parent.width : 0
                        Label {
                            text: modelData.active ? qsTr("%1 (you)").arg(modelData.name) : modelData.name
                            font.bold: modelData.active
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: modelData.signInRequired ? qsTr("Must sign in again")
                                : modelData.hasPin ? qsTr("PIN set") : qsTr("No PIN yet")
                            color: modelData.signInRequired ? Theme.warning : Theme.secondaryText
                        }
                    }
                  }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    ActionButton {
                        objectName: "settingsSwitchPerson"
                        text: qsTr("Switch person")
                        highlighted: true
                        onClicked: Sync.lockNow()
                    }
                    ActionButton {
                        objectName: "settingsSignOutMe"
                        visible: Sync.people.length > 1
                        text: qsTr("Sign me out of this tablet")
                        onClicked: {
                            const problem = Sync.signOutPerson(Session.currentStaffId)
                            if (problem.length > 0)
                                page.shell.notify(problem)
                        }
                    }
                }

                Label { text: Sync.activeHasPin ? qsTr("Change your PIN") : qsTr("Choose your PIN"); font.bold: true; Layout.topMargin: Theme.gap }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.gap
                    TextField {
                        id: pinField
                        objectName: "settingsPin"
                        placeholderText: qsTr("4 to 8 digits")
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
                        Accessible.name: qsTr("New PIN")
                        Accessible.description: qsTr("New PIN")
                        Layout.fillWidth: true
                        onAccepted: pinAgain.forceActiveFocus()
                    }
                    TextField {
                        id: pinAgain
                        objectName: "settingsPinAgain"
                        placeholderText: qsTr("The same again")
                        echoMode: TextInput.Password
                        inputMethodHints: Qt.ImhDigitsOnly | Qt.ImhSensitiveData | Qt.ImhNoPredictiveText
                        validator: RegularExpressionValidator { regularExpression: /[0-9]{0,8}/ }
                        Accessible.name: qsTr("The same PIN again")
                        Accessible.description: qsTr("The same PIN again")
                        Layout.fillWidth: true
                        onAccepted: savePin.clicked()
                    }
                    ActionButton {
                        id: savePin
                        objectName: "settingsSavePin"
                        text: qsTr("Save PIN")
                        enabled: pinField.text.length >= 4 && pinAgain.text.length >= 4
                        onClicked: {
                            const problem = Sync.setPin(pinField.text, pinAgain.text)
                            pinField.text = ""
                            pinAgain.text = ""
                            page.shell.notify(problem.length > 0 ? problem : qsTr("PIN saved. Use it to switch back to yourself."))
                        }
                    }
                }

                RowLayout {
                    Layout.fillWidth: true
                    Layout.topMargin: Theme.gap
                    Label { text: qsTr("Lock the tablet after"); Layout.fillWidth: true; wrapMode: Text.Wrap }
                    ComboBox {
                        id: idleChoice
                        objectName: "settingsIdleLock"
                        readonly property var seconds: [60, 120, 300, 600, 900, 1800, 0]
                        model: seconds.map(s => s > 0 ? qsTr("%n minute(s) idle", "", s / 60) : qsTr("Never"))
                        currentIndex: Math.max(0, seconds.indexOf(Sync.idleLockSeconds))
                        onActivated: (index) => Sync.idleLockSeconds = seconds[index]
                        Accessible.name: qsTr("Lock the tablet after")
                        FocusFrame {}
                        implicitWidth: 220
                    }
                }
            }

            // The words and formats of the app; "System language" follows the tablet's settings.
            SectionCard {
                objectName: "settingsLanguage"
                title: qsTr("Language")
                Layout.fillWidth: true
                RowLayout {
                    Layout.fillWidth: true
                    Label {
                        text: qsTr("Language of this app on this device")
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ComboBox {
                        id: languageChoice
                        objectName: "settingsLanguageChoice"
                        model: Language.choices
                        textRole: "name"
                        valueRole: "code"
                        readonly property int chosenIndex: Language.choices.findIndex(c => c.code === Language.choice)
                        currentIndex: chosenIndex
                        onActivated: Language.choice = currentValue
                        // The choices are said again in the new language: point at the chosen one again.
                        Connections {
                            target: Language
                            function onChanged() { languageChoice.currentIndex = Qt.binding(() => languageChoice.chosenIndex) }
                        }
                        Accessible.name: qsTr("Language")
                        FocusFrame {}
                        implicitWidth: 220
                    }
                }
            }

            SectionCard {
                title: qsTr("Sync")
                Layout.fillWidth: true
                FieldRow { label: qsTr("Status"); value: Sync.signedIn ? Sync.statusText : qsTr("Not signed in: everything stays on this device") }
                FieldRow { visible: Sync.signedIn; label: qsTr("Server"); value: Sync.serverUrl }
                ActionButton {
                    objectName: "settingsSyncButton"
                    text: Sync.signedIn ? qsTr("Sync details") : qsTr("Sign in to sync")
                    highlighted: !Sync.signedIn
                    onClicked: page.shell.showSection(Sync.signedIn ? "sync" : "signin")
                }
            }

            SectionCard {
                title: qsTr("This device")
                Layout.fillWidth: true
                FieldRow { label: qsTr("Clients"); value: Number(Session.clientCount).toLocaleString(Qt.locale(), "f", 0) }
                FieldRow { label: qsTr("Version"); value: Session.version }
            }

            // For support: where the data is kept; folded away by default.
            SectionCard {
                id: technical
                objectName: "settingsTechnicalDetails"
                property bool expanded: false
                title: qsTr("Technical details")
                Layout.fillWidth: true
                actions: Button {
                    objectName: "settingsTechnicalToggle"
                    text: technical.expanded ? qsTr("Hide") : qsTr("Show")
                    Accessible.name: technical.expanded ? qsTr("Hide technical details") : qsTr("Show technical details")
                    FocusFrame {}
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: technical.expanded = !technical.expanded
                }
                FieldRow { objectName: "dataFolderRow"; visible: technical.expanded; label: qsTr("Data folder"); value: Session.dataDir }
                FieldRow { visible: technical.expanded && Sync.signedIn; label: qsTr("Device"); value: Sync.deviceId }
            }
        }
    }
}
