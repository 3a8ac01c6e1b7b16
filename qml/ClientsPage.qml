import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// One search field over everything; best matches first, recent clients when
// empty, near misses of a name that found nobody. Down and Up move a highlight
// through the results while typing goes on; Enter opens the highlighted client
// (the first when none is), Escape empties the search.
Rectangle {
    id: page
    property var shell
    color: Theme.background

    // The result the keyboard points at; -1: none.
    property int keyIndex: -1
    function moveHighlight(step) {
        if (list.count === 0)
            return
        keyIndex = Math.max(0, Math.min(list.count - 1, keyIndex + step))
        list.positionViewAtIndex(keyIndex, ListView.Contain)
    }
    function openHighlighted() {
        // A near miss is only offered: Enter opens one once Down has picked it.
        if (keyIndex < 0 && clients.nearMiss)
            return
        const id = clients.clientIdAt(keyIndex >= 0 ? keyIndex : 0)
        if (id.length > 0)
            page.shell.openClient(id)
    }

    Connections {
        target: page.shell
        ignoreUnknownSignals: true
        function onSearchFocusRequested() {
            search.forceActiveFocus()
            search.selectAll()
        }
    }

    ClientListModel {
        id: clients
        query: page.shell ? page.shell.query : ""
        onQueryChanged: page.keyIndex = -1
        onCountChanged: if (page.keyIndex >= count) page.keyIndex = count - 1
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: Theme.gap
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            TextField {
                id: search
                objectName: "searchField"
                Layout.fillWidth: true
                placeholderText: qsTr("Search name, phone, email, tag or note")
                Accessible.name: qsTr("Search clients")
                Accessible.description: placeholderText
                text: page.shell ? page.shell.query : ""
                inputMethodHints: Qt.ImhNoPredictiveText
                selectByMouse: true
                onTextEdited: page.shell.query = text
                Keys.onDownPressed: page.moveHighlight(1)
                Keys.onUpPressed: page.moveHighlight(-1)
                Keys.onReturnPressed: page.openHighlighted()
                Keys.onEnterPressed: page.openHighlighted()
                // Escape empties the search before it means Back; with nothing typed it leaves the field.
                Keys.onShortcutOverride: (event) => {
                    if (event.key === Qt.Key_Escape && text.length > 0)
                        event.accepted = true
                }
                Keys.onEscapePressed: {
                    if (text.length > 0) {
                        page.shell.query = ""
                        page.keyIndex = -1
                    } else {
                        list.forceActiveFocus(Qt.TabFocusReason)
                    }
                }
            }
            ActionButton {
                objectName: "addClientButton"
                text: qsTr("New client")
                highlighted: true
                onClicked: page.shell.addClient()
            }
        }

        Label {
            id: resultSummary
            objectName: "resultSummary"
            text: clients.query.trim().length === 0 ? qsTr("Recently seen")
                  : clients.count === 0 ? ""
                  : clients.nearMiss ? qsTr("No exact match for “%1” — did you mean:").arg(clients.query.trim())
                  : (clients.count >= 50 ? qsTr("Best matches for “%1”").arg(clients.query)
                                             : qsTr("%n match(es) for “%1”", "", clients.count).arg(clients.query))
            visible: text.length > 0
            color: clients.nearMiss ? Theme.text : Theme.secondaryText
            font.pixelSize: clients.nearMiss ? Theme.fontSize : Theme.smallFont
            font.bold: clients.nearMiss
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }

        ListView {
            id: list
            objectName: "clientList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: clients
            spacing: 4
            // Reached with Tab too: then Down, Up and Enter work here as in the search field.
            activeFocusOnTab: true
            keyNavigationEnabled: false
            Accessible.role: Accessible.List
            Accessible.name: resultSummary.visible ? resultSummary.text : qsTr("Clients")
            onActiveFocusChanged: if (activeFocus && page.keyIndex < 0 && count > 0) page.keyIndex = 0
            ScrollBar.vertical: ScrollBar { policy: ScrollBar.AsNeeded }
            Keys.onDownPressed: page.moveHighlight(1)
            Keys.onUpPressed: page.moveHighlight(-1)
            Keys.onReturnPressed: page.openHighlighted()
            Keys.onEnterPressed: page.openHighlighted()

            delegate: ItemDelegate {
                id: entry
                required property string clientId
                required property string displayName
                required property string initials
                required property string phone
                required property string email
                required property string tags
                required property string lastSeen
                required property string matchedNote
                required property string accessibleText
                required property int index

                objectName: "client_" + index
                width: ListView.view.width
                height: Math.max(72, content.implicitHeight + 16)
                highlighted: !!page.shell && page.shell.clientId === clientId
                // Where Down/Up have got to: a thick ring, beside the opened client's fill.
                readonly property bool keyed: index === page.keyIndex && (search.activeFocus || list.activeFocus)
                focusPolicy: Qt.NoFocus
                // "Aiden Jackson. Seen today. 2 open follow-ups." and what a search found in a note.
                Accessible.name: accessibleText
                Accessible.description: matchedNote.length > 0 ? qsTr("Note: %1").arg(matchedNote) : ""
                Accessible.selected: highlighted || keyed
                onClicked: page.shell.openClient(clientId)
                background: Rectangle {
                    color: entry.highlighted ? Theme.selection
                         : (entry.keyed ? Theme.keyedRow : (entry.hovered ? Theme.hoveredRow : Theme.surface))
                    radius: Theme.radius
                    border.color: entry.keyed ? Theme.accent : (entry.highlighted ? Theme.primary : Theme.divider)
                    border.width: entry.keyed ? 3 : 1
                }

                contentItem: RowLayout {
                    id: content
                    spacing: Theme.gap
                    Rectangle {
                        width: Theme.mark; height: Theme.mark; radius: Theme.mark / 2
                        color: Theme.primary
                        Layout.alignment: Qt.AlignVCenter
                        Label { anchors.centerIn: parent; text: entry.initials; color: Theme.inkOnPrimary; font.bold: true }
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: entry.displayName
                                font.bold: true
                                font.pixelSize: Theme.nameFont
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: entry.lastSeen
                                color: Theme.secondaryText
                                font.pixelSize: Theme.smallFont
                            }
                        }
                        Label {
                            text: [entry.phone, entry.email].filter(function(s) { return s.length > 0 }).join("  ·  ")
                            visible: text.length > 0
                            color: Theme.secondaryText
                            font.pixelSize: Theme.smallFont
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        Label {
                            text: entry.matchedNote.length > 0 ? "“" + entry.matchedNote + "”" : entry.tags
                            visible: text.length > 0
                            color: entry.matchedNote.length > 0 ? Theme.text : Theme.accent
                            font.pixelSize: Theme.smallFont
                            font.italic: entry.matchedNote.length > 0
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                }
            }

            EmptyState {
                anchors.centerIn: parent
                width: parent.width - 32
                visible: list.count === 0
                title: clients.query.trim().length > 0 ? qsTr("No matches") : qsTr("No clients yet")
                message: clients.query.trim().length > 0
                         ? qsTr("No clients match “%1”. Check the spelling or add them as a new client.").arg(clients.query.trim())
                         : qsTr("Add the first client with New client. Everything you write is saved on this tablet right away.")
                actionText: qsTr("New client")
                onActionTriggered: page.shell.addClient()
            }
        }
    }
}
