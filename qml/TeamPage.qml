import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rapport.Ui

// The team's books: each person's clients, how many are in touch, their
// overdue follow-ups and when they last wrote a note (alphabetical). Choosing
// a person shows their book; chosen clients, or the whole book when someone
// leaves, can be handed over to another associate, with a note of it in each
// client's timeline.
Rectangle {
    id: page
    property var shell
    property string staffId: ""
    property string staffName: ""
    readonly property alias team: team
    readonly property alias book: book
    readonly property alias handoverDialog: handover
    readonly property bool sideBySide: width >= 1000
    color: Theme.background

    TeamModel { id: team }
    BookModel { id: book; staffId: page.staffId }
    onVisibleChanged: if (visible) team.refresh()

    function choose(id, name) {
        staffId = id
        staffName = name
    }

    GridLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        columns: page.sideBySide ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        // The team.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: page.sideBySide ? parent.width * 0.58 : parent.width
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.divider
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                RowLayout {
                    Layout.fillWidth: true
                    Label { text: qsTr("Team"); font.pixelSize: Theme.titleFont; font.bold: true; Layout.fillWidth: true }
                    BusyIndicator { running: team.busy; visible: running; implicitWidth: 32; implicitHeight: 32 }
                }
                // Column headings, over the rows' content (inside their padding).
                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 16
                    Layout.rightMargin: 16
                    spacing: 8
                    Label { text: qsTr("Name"); font.bold: true; Layout.fillWidth: true; Layout.preferredWidth: 3 }
                    Label { text: qsTr("Clients"); font.bold: true; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 70 }
                    Label { text: qsTr("In touch"); font.bold: true; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 80 }
                    Label { text: qsTr("Overdue"); font.bold: true; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 75 }
                    Label { text: qsTr("Last note"); font.bold: true; Layout.preferredWidth: 120 }
                }
                ListView {
                    id: teamList
                    objectName: "teamList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: team
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: person
                        required property int index
                        required property string staffId
                        required property string name
                        required property string role
                        required property string storeName
                        required property int clients
                        required property int inTouch
                        required property int overdue
                        required property string lastActive
                        objectName: "teamRow_" + index
                        width: teamList.width
                        highlighted: page.staffId === staffId
                        Accessible.name: qsTr("%1, %2 clients, %3 in touch, %4 overdue follow-ups. Show the book")
                                         .arg(name).arg(clients).arg(inTouch).arg(overdue)
                        onClicked: page.choose(staffId, name)
                        FocusFrame {}
                        contentItem: RowLayout {
                            spacing: 8
                            ColumnLayout {
                                spacing: 0
                                Layout.fillWidth: true
                                Layout.preferredWidth: 3
                                Label { text: person.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                                Label {
                                    text: (person.role === "associate" ? qsTr("Associate")
                                           : person.role === "manager" ? qsTr("Manager") : qsTr("Admin"))
                                          + (person.storeName.length > 0 ? " · " + person.storeName : "")
                                    color: Theme.secondaryText
                                    font.pixelSize: Theme.smallFont
                                    elide: Text.ElideRight
                                    Layout.fillWidth: true
                                }
                            }
                            Label { text: person.clients; horizontalAlignment: Text.AlignRight; Layout.preferredWidth: 70 }
                            Label {
                                text: person.clients > 0 ? person.inTouch + " (" + Math.round(100 * person.inTouch / person.clients) + "%)" : "–"
                                horizontalAlignment: Text.AlignRight
                                Layout.preferredWidth: 80
                            }
                            Label {
                                text: person.overdue
                                color: person.overdue > 0 ? Theme.danger : Theme.text
                                horizontalAlignment: Text.AlignRight
                                Layout.preferredWidth: 75
                            }
                            Label {
                                text: person.lastActive
                                color: Theme.secondaryText
                                elide: Text.ElideRight
                                Layout.preferredWidth: 120
                            }
                        }
                    }
                }
            }
        }

        // The chosen person's book.
        Rectangle {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredWidth: page.sideBySide ? parent.width * 0.42 : parent.width
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.divider
            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                visible: page.staffId.length > 0
                Label {
                    objectName: "bookTitle"
                    text: qsTr("%1's book").arg(page.staffName)
                    font.pixelSize: Theme.headingFont
                    font.bold: true
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 6
                    ActionButton {
                        objectName: "handOverChosen"
                        text: book.chosenCount > 0 ? qsTr("Hand over %1 chosen…").arg(book.chosenCount) : qsTr("Hand over chosen…")
                        font.capitalization: Font.MixedCase
                        enabled: book.chosenCount > 0
                        Accessible.name: text
                        onClicked: handover.ask(book.chosenIds(), page.staffId, page.staffName, false)
                    }
                    ActionButton {
                        objectName: "handOverBook"
                        text: qsTr("Hand over the whole book…")
                        font.capitalization: Font.MixedCase
                        enabled: book.count > 0
                        Accessible.name: text
                        onClicked: handover.ask([], page.staffId, page.staffName, true)
                    }
                }
                ListView {
                    id: bookList
                    objectName: "bookList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: book
                    ScrollBar.vertical: ScrollBar {}
                    delegate: ItemDelegate {
                        id: client
                        required property int index
                        required property string clientId
                        required property string name
                        required property string lastSeen
                        required property bool chosen
                        objectName: "bookRow_" + index
                        width: bookList.width
                        Accessible.name: qsTr("Open %1").arg(name)
                        onClicked: page.shell.openClient(clientId)
                        FocusFrame {}
                        contentItem: RowLayout {
                            CheckBox {
                                objectName: "choose_" + client.index
                                checked: client.chosen
                                Accessible.name: qsTr("Choose %1 for the handover").arg(client.name)
                                onToggled: book.toggle(client.index)
                            }
                            Label { text: client.name; font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                            Label { text: client.lastSeen; color: Theme.secondaryText; font.pixelSize: Theme.smallFont }
                        }
                    }
                    EmptyState {
                        anchors.centerIn: parent
                        width: Math.min(parent.width - 32, 420)
                        visible: bookList.count === 0
                        title: qsTr("No clients in this book")
                    }
                }
            }
            EmptyState {
                anchors.centerIn: parent
                width: Math.min(parent.width - 32, 420)
                visible: page.staffId.length === 0
                title: qsTr("Choose someone of the team")
                message: qsTr("Their book opens here: each client one click from their page. Clients can be handed over to another associate, a few or the whole book.")
            }
        }
    }

    // Confirms a handover: to whom, and an optional word for the new associate.
    Dialog {
        id: handover
        objectName: "handoverDialog"
        property var clientIds: []
        property string fromId
        property string fromName
        property bool wholeBook: false
        title: wholeBook ? qsTr("Hand over %1's whole book").arg(fromName)
                         : qsTr("Hand over %n client(s)", "", clientIds.length)
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 480, 480)
        background: Rectangle { color: Theme.surface; radius: 6; border.color: Theme.divider }
        function ask(ids, from, name, whole) {
            clientIds = ids
            fromId = from
            fromName = name
            wholeBook = whole
            reason.text = ""
            problem.text = ""
            target.currentIndex = -1
            open()
            target.forceActiveFocus()
        }
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            Label {
                text: handover.wholeBook
                      ? qsTr("Every client of %1 goes to the associate you choose. Each client's timeline gets a note of the handover.")
                            .arg(handover.fromName)
                      : qsTr("The chosen clients go to the associate you choose. Each client's timeline gets a note of the handover.")
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label { text: qsTr("To") }
            ComboBox {
                id: target
                objectName: "handoverTarget"
                Layout.fillWidth: true
                model: team
                textRole: "name"
                valueRole: "staffId"
                displayText: currentIndex < 0 ? qsTr("Choose who takes them over") : currentText
                Accessible.name: qsTr("Who takes the clients over")
            }
            Label { text: qsTr("A word for them (optional)") }
            TextField {
                id: reason
                objectName: "handoverReason"
                Layout.fillWidth: true
                placeholderText: qsTr("e.g. Sam has moved to the Northgate store")
                Accessible.name: qsTr("Reason for the handover")
            }
            Label {
                id: problem
                objectName: "handoverProblem"
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                ActionButton {
                    text: qsTr("Cancel")
                    Accessible.name: qsTr("Cancel the handover")
                    onClicked: handover.close()
                }
                ActionButton {
                    objectName: "confirmHandover"
                    text: qsTr("Hand over")
                    highlighted: true
                    Accessible.name: qsTr("Hand the clients over")
                    onClicked: {
                        if (target.currentIndex < 0) {
                            problem.text = qsTr("Choose who takes the clients over.")
                            return
                        }
                        const ok = handover.wholeBook
                                ? Session.reassignBook(handover.fromId, target.currentValue, reason.text)
                                : Session.reassignClients(handover.clientIds, target.currentValue, reason.text)
                        if (!ok) {
                            problem.text = Session.lastError
                            return
                        }
                        book.clearChosen()
                        handover.close()
                    }
                }
            }
        }
    }
}
