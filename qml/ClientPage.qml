import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// The whole relationship on one screen. The page is the timeline list; the
// client's facts, follow-ups and the note buttons are its header, so the
// timeline pages in smoothly however long it gets.
Rectangle {
    id: page
    property var shell
    property string clientId
    color: Theme.background

    ClientCard { id: card; clientId: page.clientId }
    ClientData { id: clientDataAccess }

    // A note left unfinished here (dialog closed, app closed or killed) is offered back.
    property int draftRevision: 0
    readonly property var draft: draftFor(clientId, draftRevision)
    function draftFor(id, revision) { return Session.noteDraft(id) }
    Connections {
        target: Session
        function onNoteDraftsChanged() { page.draftRevision++ }
    }
    TimelineModel { id: timeline; clientId: page.clientId }
    FollowUpModel { id: followUps; clientId: page.clientId }

    ListView {
        id: notes
        objectName: "timeline"
        anchors.fill: parent
        anchors.margins: Theme.gap
        clip: true
        spacing: 8
        model: timeline
        visible: card.exists
        ScrollBar.vertical: ScrollBar {
            id: vbar
            objectName: "listScrollBar"
            // Dragging the bar is scrolling too: the page must not jump back to the top after an edit.
            onPressedChanged: if (pressed) notes.userScrolled = true
        }
        // Rows always stop short of the scroll bar, so it never lies over their buttons
        // (a width that followed the bar showing would feed back into the content height).
        readonly property real rowWidth: width - vbar.width

        // The header grows as its parts load; keep the page at its top until
        // the associate scrolls themselves.
        property bool userScrolled: false
        onMovementStarted: userScrolled = true
        function scrollToTop() {
            if (!userScrolled)
                positionViewAtBeginning()
        }
        Connections {
            target: page
            function onClientIdChanged() {
                notes.userScrolled = false
                notes.positionViewAtBeginning()
            }
        }

        header: ColumnLayout {
            width: notes.rowWidth
            // Deferred: repositioning while the header is still being created
            // would make the ListView create it a second time.
            onImplicitHeightChanged: Qt.callLater(notes.scrollToTop)
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                spacing: 8
                Button {
                    objectName: "clientBackButton"
                    // Where the client was opened from: the list, or Today.
                    visible: !!page.shell && (!page.shell.wide || page.shell.backLabel === qsTr("Today"))
                    // The arrow points to where the page came from: the start edge, right in right-to-left.
                    text: (mirrored ? "› " : "‹ ") + (page.shell ? page.shell.backLabel : qsTr("Clients"))
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: page.shell.goBack()
                    Accessible.name: qsTr("Back to %1").arg(page.shell ? page.shell.backLabel : qsTr("Clients"))
                    FocusFrame {}
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    Label {
                        objectName: "clientName"
                        text: card.displayName
                        font.pixelSize: Theme.titleFont
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Label {
                        objectName: "lastSeenText"
                        text: card.lastSeenText
                        color: Theme.secondaryText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                ActionButton {
                    objectName: "clientDataButton"
                    visible: clientDataAccess.allowed
                    text: qsTr("Client data")
                    Accessible.name: qsTr("Export or erase this client's data")
                    onClicked: page.shell.openClientData(page.clientId, card.displayName)
                }
                ActionButton {
                    objectName: "editClientButton"
                    text: qsTr("Edit")
                    Accessible.description: qsTr("Edit the details of %1").arg(card.displayName)
                    onClicked: page.shell.editClient(page.clientId)
                }
            }

            Rectangle {
                objectName: "draftBanner"
                visible: !!page.draft.kind
                Layout.fillWidth: true
                implicitHeight: draftRow.implicitHeight + 16
                color: Theme.warningBackground
                border.color: Theme.warning
                radius: Theme.radius
                RowLayout {
                    id: draftRow
                    anchors { left: parent.left; right: parent.right; verticalCenter: parent.verticalCenter; margins: 10 }
                    Label {
                        text: qsTr("You were writing a note for %1 that is not saved yet.").arg(card.displayName)
                        color: Theme.warning
                        font.bold: true
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    ActionButton {
                        objectName: "resumeDraftButton"
                        text: qsTr("Continue writing")
                        highlighted: true
                        onClicked: page.shell.addNote(page.clientId, page.draft.kind)
                    }
                }
            }

            Flow {
                Layout.fillWidth: true
                spacing: 6
                visible: card.tags.length > 0
                Repeater {
                    model: card.tags
                    delegate: Rectangle {
                        required property string modelData
                        height: Math.max(30, tagLabel.implicitHeight + 10)
                        width: tagLabel.implicitWidth + 20
                        radius: height / 2
                        color: Theme.tagBackground
                        border.color: Theme.accent
                        Label { id: tagLabel; anchors.centerIn: parent; text: parent.modelData; color: Theme.accent; font.pixelSize: Theme.smallFont }
                    }
                }
            }

            SectionCard {
                title: qsTr("Add a note")
                Layout.fillWidth: true
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: [
                            { kind: "need", label: qsTr("Need") },
                            { kind: "conversation", label: qsTr("Conversation") },
                            { kind: "purchase", label: qsTr("Purchase") },
                            { kind: "education", label: qsTr("Education") },
                            { kind: "return", label: qsTr("Return") },
                            { kind: "other", label: qsTr("Other") }
                        ]
                        delegate: ActionButton {
                            required property var modelData
                            objectName: "addNote_" + modelData.kind
                            text: Theme.kindGlyph(modelData.kind) + "  " + modelData.label
                            fill: Theme.kindColor(modelData.kind)
                            ink: Theme.inkOnKind
                            // The glyph is decoration; the name says what the button does.
                            Accessible.name: qsTr("New note: %1").arg(modelData.label)
                            onClicked: page.shell.addNote(page.clientId, modelData.kind)
                        }
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                columns: notes.width >= 760 * Theme.fontScale ? 2 : 1
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap

                SectionCard {
                    title: qsTr("Contact")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    FieldRow { label: qsTr("Phone"); value: card.phone }
                    FieldRow { label: qsTr("Email"); value: card.email }
                    FieldRow {
                        label: qsTr("Prefers")
                        // The same words as the client form's choices.
                        value: ({ "phone": qsTr("Phone call"), "sms": qsTr("Text message"), "email": qsTr("Email"),
                                  "none": qsTr("Do not contact") })[card.preferredChannel] || ""
                        emptyText: qsTr("No preference")
                    }
                }
                SectionCard {
                    title: qsTr("Consent")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    ConsentRow { clientId: page.clientId; which: "contact"; label: qsTr("Contact"); consentState: card.contactConsent; description: card.contactConsentText }
                    ConsentRow { clientId: page.clientId; which: "marketing"; label: qsTr("Marketing"); consentState: card.marketingConsent; description: card.marketingConsentText }
                }
                SectionCard {
                    title: qsTr("Preferences")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    FieldRow { label: qsTr("Sizes"); value: card.sizes }
                    FieldRow { label: qsTr("Brands"); value: card.brands }
                    FieldRow { label: qsTr("Interests"); value: card.interests }
                }
                SectionCard {
                    title: qsTr("Relationship")
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredWidth: 1
                    FieldRow { label: qsTr("Dates"); value: card.importantDatesText; emptyText: qsTr("None recorded") }
                    FieldRow { label: qsTr("Keep in touch"); value: card.keepInTouchText }
                    FieldRow { label: qsTr("Home store"); value: card.homeStoreName }
                    FieldRow { label: qsTr("Associate"); value: card.associateName; emptyText: qsTr("Not assigned") }
                }
            }

            SectionCard {
                title: followUps.count > 0 ? qsTr("Open follow-ups (%1)").arg(followUps.count) : qsTr("Follow-ups")
                Layout.fillWidth: true
                actions: Button {
                    objectName: "clientAddFollowUpButton"
                    text: qsTr("+ Follow-up")
                    flat: true
                    font.capitalization: Font.MixedCase
                    onClicked: page.shell.addFollowUp(page.clientId)
                    Accessible.name: qsTr("Add a follow-up for %1").arg(card.displayName)
                    FocusFrame {}
                }
                Label {
                    visible: followUps.count === 0
                    text: qsTr("Nothing planned. Add one here, or write a purchase note to be offered an education follow-up.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Repeater {
                    model: followUps
                    delegate: FollowUpRow {
                        required followUpId
                        required reason
                        required dueText
                        required assigneeName
                        required overdue
                        Layout.fillWidth: true
                        showClient: false
                    }
                }
            }

            Label {
                text: timeline.count > 0 ? qsTr("Timeline") : qsTr("No notes yet: write what they need or what you talked about.")
                font.pixelSize: Theme.headingFont
                font.bold: timeline.count > 0
                color: timeline.count > 0 ? Theme.primary : Theme.secondaryText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.bottomMargin: 4
            }
        }

        delegate: Rectangle {
            id: noteCard
            required property int index
            required property string noteId
            required property string kind
            required property string kindLabel
            required property string body
            required property string details
            required property string authorName
            required property string storeName
            required property string when
            required property bool mine
            required property bool conflicted

            objectName: "note_" + index
            // Read as one: kind, when and who, then the start of what was written.
            Accessible.role: Accessible.ListItem
            Accessible.name: qsTr("%1, %2: %3").arg(kindLabel).arg(when)
                             .arg((details.length > 0 ? details + ". " : "") + (body.length > 120 ? body.slice(0, 120) + "…" : body))
            Accessible.description: authorName.length > 0 ? qsTr("Written by %1").arg(authorName) : ""
            width: notes.rowWidth
            height: noteLayout.implicitHeight + 24
            color: Theme.surface
            radius: Theme.radius
            border.color: Theme.divider

            Rectangle {
                width: 5
                color: Theme.kindColor(noteCard.kind)
                anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                radius: 2
            }

            RowLayout {
                id: noteLayout
                anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12; leftMargin: 16 }
                spacing: Theme.gap
                KindBadge { kind: noteCard.kind; Layout.alignment: Qt.AlignTop }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    RowLayout {
                        Layout.fillWidth: true
                        Label {
                            text: noteCard.kindLabel
                            font.bold: true
                            color: Theme.kindColor(noteCard.kind)
                        }
                        Label {
                            text: noteCard.when + (noteCard.authorName ? " · " + noteCard.authorName : "")
                                  + (noteCard.storeName ? ", " + noteCard.storeName : "")
                            color: Theme.secondaryText
                            font.pixelSize: Theme.smallFont
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                    }
                    AbstractButton {
                        objectName: "conflictBanner"
                        visible: noteCard.conflicted
                        Layout.fillWidth: true
                        implicitHeight: Math.max(Theme.touch - 8, conflictLabel.implicitHeight + 12)
                        onClicked: page.shell.openConflict(noteCard.noteId)
                        Accessible.name: conflictLabel.text
                        background: Rectangle {
                            radius: 4
                            color: parent.down ? "#FFE6B8" : Theme.warningBackground
                            border.color: Theme.warning
                        }
                        contentItem: Label {
                            id: conflictLabel
                            leftPadding: 10
                            rightPadding: 10
                            verticalAlignment: Text.AlignVCenter
                            text: qsTr("Edited on two devices at once · tap to compare and choose")
                            color: Theme.warning
                            font.bold: true
                            wrapMode: Text.Wrap
                        }
                    }
                    Label {
                        visible: noteCard.details.length > 0
                        text: noteCard.details
                        wrapMode: Text.Wrap
                        font.bold: true
                        Layout.fillWidth: true
                    }
                    Label {
                        visible: noteCard.body.length > 0
                        text: noteCard.body
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                }
                ColumnLayout {
                    visible: noteCard.mine
                    Layout.alignment: Qt.AlignTop
                    spacing: 0
                    Button {
                        objectName: "editNoteButton"
                        text: qsTr("Edit")
                        flat: true
                        font.capitalization: Font.MixedCase
                        onClicked: page.shell.editNote(noteCard.noteId)
                        Accessible.description: qsTr("Edit this %1 note from %2").arg(noteCard.kindLabel).arg(noteCard.when)
                        FocusFrame {}
                    }
                    Button {
                        objectName: "deleteNoteButton"
                        text: qsTr("Delete")
                        flat: true
                        font.capitalization: Font.MixedCase
                        Material.foreground: Theme.danger
                        onClicked: page.shell.deleteNote(noteCard.noteId)
                        Accessible.description: qsTr("Delete this %1 note from %2").arg(noteCard.kindLabel).arg(noteCard.when)
                        FocusFrame {}
                    }
                }
            }
        }
    }

    EmptyState {
        visible: !card.exists && page.clientId.length > 0
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 520)
        title: qsTr("This client is no longer here")
        message: qsTr("They may have been deleted or erased on another device. Search for them again from the client list.")
        actionText: qsTr("Back to clients")
        onActionTriggered: page.shell.closeClient()
    }
}
