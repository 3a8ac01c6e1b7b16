import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// After a purchase: offer to check back and teach them how to get the most
// out of it. Three days by default; the associate can move the date or skip.
Dialog {
    id: dialog
    property var shell
    property string noteId
    property date dueDate: new Date()

    title: qsTr("Follow up on this purchase?")
    modal: true
    // Material draws popup shadows with a shader the software renderer drops.
    Material.elevation: 0
    background: Rectangle {
        color: Theme.surface; radius: 6; border.color: Theme.divider; border.width: 1
        // A press beside the dialog does what Escape does.
        OutsideTap { onTapped: if (dialog.opened && !discardDialog.visible) dialog.requestClose() }
    }
    anchors.centerIn: Overlay.overlay
    width: Math.min(Overlay.overlay ? Overlay.overlay.width - 32 : 520, 520)
    // Escape, Skip and a tap beside it skip the follow-up at once, unless the
    // reason or the day were changed: then they ask first.
    closePolicy: Popup.NoAutoClose
    padding: 16

    property string offeredFields: ""
    function fields() { return JSON.stringify({ reason: reason.text, days: daysAhead.value }) }
    function skip() {
        close()
        shell.notify(qsTr("Note saved, no follow-up."))
    }
    function requestClose() {
        if (fields() !== offeredFields)
            discardDialog.open()
        else
            skip()
    }
    DiscardDialog {
        id: discardDialog
        objectName: "discardOfferDialog"
        onDiscarded: dialog.skip()
    }
    Shortcut {
        sequences: ["Esc"]
        enabled: dialog.opened && !discardDialog.visible
        onActivated: dialog.requestClose()
    }

    Shortcut {
        sequences: ["Ctrl+Return", "Ctrl+Enter"]
        enabled: dialog.opened && !discardDialog.visible
        onActivated: dialog.accept_()
    }

    function offer(forNoteId, due, reasonText) {
        noteId = forNoteId
        daysAhead.value = Math.max(0, Math.round((due - Session.today()) / 86400000))
        reason.text = reasonText
        error.text = ""
        offeredFields = fields()
        open()
        reason.forceActiveFocus()
    }

    function accept_() {
        if (!Session.acceptFollowUpOffer(noteId, Session.addDays(Session.today(), daysAhead.value), reason.text)) {
            error.text = Session.lastError
            return
        }
        close()
        shell.notify(qsTr("Follow-up added for %1.").arg(Session.formatDate(Session.addDays(Session.today(), daysAhead.value))))
    }

    footer: DialogButtonBox {
        ActionButton {
            objectName: "acceptOfferButton"
            text: qsTr("Add follow-up")
            highlighted: true
            // Not an Accept role: a refused follow-up must keep the dialog and its text.
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.accept_()
        }
        Button {
            objectName: "skipOfferButton"
            FocusFrame {}
            text: qsTr("Skip")
            flat: true
            font.capitalization: Font.MixedCase
            // Not a Reject role either: the box would close the dialog before an edited reason is asked about.
            DialogButtonBox.buttonRole: DialogButtonBox.ApplyRole
            onClicked: dialog.requestClose()
        }
    }

    contentItem: ColumnLayout {
        spacing: 8
        Label {
            text: qsTr("Check back to show them how to get the most from what they bought.")
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
        Label { text: qsTr("Reason"); font.bold: true }
        // Several lines when the reason is long: it wraps and grows, never clipped.
        TextArea {
            id: reason
            objectName: "offerReasonField"
            Accessible.name: qsTr("Reason")
            Layout.fillWidth: true
            wrapMode: TextEdit.Wrap
            Keys.onTabPressed: (event) => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason); event.accepted = true }
            Keys.onBacktabPressed: (event) => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason); event.accepted = true }
        }
        Label { text: qsTr("When"); font.bold: true }
        RowLayout {
            Layout.fillWidth: true
            SpinBox { id: daysAhead; objectName: "offerDaysField"; Accessible.name: qsTr("Days from now"); from: 0; to: 90; value: 3 }
            Label {
                objectName: "offerDateText"
                text: qsTr("day(s) from now · %1", "after a number of days: the date it comes to", daysAhead.value)
                      .arg(Session.formatDate(Session.addDays(Session.today(), daysAhead.value)))
                Layout.fillWidth: true
                wrapMode: Text.Wrap
            }
        }
        Label {
            id: error
            visible: text.length > 0
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
