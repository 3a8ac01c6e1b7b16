import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Rapport.Ui

// The manager's Duplicates page: likely duplicate clients across the chain, best first, each
// pair side by side; Compare and merge opens the fields that differ. Merges made here in the
// last 30 days are listed with Undo.
Rectangle {
    id: page
    objectName: "duplicatesPage"
    property var shell
    // For tests.
    property alias pairs: duplicates
    property alias merges: recent
    readonly property bool wide: width >= 1100
    color: Theme.background

    DuplicatePairModel { id: duplicates; objectName: "duplicatePairs"; active: page.visible }
    RecentMergeModel { id: recent }

    function compare(keptId, otherId) {
        mergeDialog.openFor(keptId, otherId)
    }
    function undo(mergeId) {
        if (duplicates.undo(mergeId))
            page.shell.notify(qsTr("Merge undone: both clients are back, each with their own notes."))
        else
            page.shell.notify(duplicates.lastError)
    }

    EmptyState {
        visible: !duplicates.allowed
        anchors.centerIn: parent
        width: Math.min(parent.width - 64, 520)
        title: qsTr("For managers")
        message: qsTr("Finding and merging duplicate clients is for managers and admins. Ask your manager if two records are the same person.")
    }

    GridLayout {
        visible: duplicates.allowed
        anchors.fill: parent
        anchors.margins: Theme.gap
        columns: page.wide ? 2 : 1
        columnSpacing: Theme.gap
        rowSpacing: Theme.gap

        ListView {
            id: list
            objectName: "duplicateList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: duplicates
            ScrollBar.vertical: ScrollBar { id: vbar }
            readonly property real rowWidth: width - vbar.width

            header: ColumnLayout {
                width: list.rowWidth
                Label {
                    text: qsTr("Likely duplicates")
                    font.pixelSize: Theme.titleFont
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 4
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    text: duplicates.count === 0
                          ? qsTr("No likely duplicates across the chain.")
                          : duplicates.count === 1
                            ? qsTr("1 pair that may be one person: same phone number, same email, or the same name with a phone or email that looks alike.")
                            : qsTr("%n pairs that may be one person: same phone number, same email, or the same name with a phone or email that looks alike. Best matches first.", "", duplicates.count)
                }
            }

            delegate: Rectangle {
                id: row
                required property int index
                required property string firstId
                required property string secondId
                required property string firstName
                required property string secondName
                required property string firstDetail
                required property string secondDetail
                required property string reasons
                objectName: "duplicateRow_" + index
                width: list.rowWidth
                height: rowLayout.implicitHeight + 24
                radius: Theme.radius
                color: Theme.surface
                border.color: Theme.divider

                ColumnLayout {
                    id: rowLayout
                    anchors { left: parent.left; right: parent.right; top: parent.top; margins: 12 }
                    spacing: 6
                    Label {
                        text: row.reasons
                        color: Theme.accent
                        font.bold: true
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    // The two records side by side (one above the other on a narrow screen).
                    Grid {
                        id: sides
                        Layout.fillWidth: true
                        columns: list.rowWidth >= 560 ? 2 : 1
                        columnSpacing: 16
                        rowSpacing: 6
                        readonly property real sideWidth: columns === 2 ? (width - columnSpacing) / 2 : width
                        Repeater {
                            model: [
                                { name: row.firstName, detail: row.firstDetail },
                                { name: row.secondName, detail: row.secondDetail }
                            ]
                            delegate: Column {
                                required property var modelData
                                width: sides.sideWidth
                                spacing: 2
                                Label {
                                    width: parent.width
                                    text: modelData.name
                                    font.pixelSize: Theme.headingFont
                                    font.bold: true
                                    elide: Text.ElideRight
                                }
                                Label {
                                    width: parent.width
                                    text: modelData.detail
                                    color: Theme.secondaryText
                                    wrapMode: Text.Wrap
                                }
                            }
                        }
                    }
                    ActionButton {
                        objectName: "compareButton_" + row.index
                        text: qsTr("Compare and merge")
                        highlighted: true
                        Accessible.name: qsTr("Compare and merge %1 and %2").arg(row.firstName).arg(row.secondName)
                        onClicked: page.compare(row.firstId, row.secondId)
                    }
                }
            }
        }

        Rectangle {
            objectName: "recentMerges"
            Layout.fillWidth: !page.wide
            Layout.preferredWidth: page.wide ? Math.min(460, page.width * 0.36) : -1
            Layout.fillHeight: page.wide
            Layout.preferredHeight: page.wide ? -1 : Math.min(recentColumn.implicitHeight + 24, page.height * 0.35)
            radius: Theme.radius
            color: Theme.surface
            border.color: Theme.divider

            ColumnLayout {
                id: recentColumn
                anchors.fill: parent
                anchors.margins: 12
                spacing: 6
                Label {
                    text: qsTr("Recent merges")
                    font.pixelSize: Theme.headingFont
                    font.bold: true
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    text: recent.count === 0 ? qsTr("Merges made on this computer appear here; each can be undone for 30 days.")
                                             : qsTr("Made on this computer; each can be undone for 30 days.")
                }
                ListView {
                    id: recentList
                    objectName: "recentMergeList"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    Layout.preferredHeight: contentHeight
                    clip: true
                    spacing: 4
                    model: recent
                    delegate: RowLayout {
                        id: mergeRow
                        required property int index
                        required property string mergeId
                        required property string summary
                        required property string when
                        required property bool canUndo
                        width: recentList.width
                        spacing: 8
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 0
                            Label { text: mergeRow.summary; Layout.fillWidth: true; wrapMode: Text.Wrap }
                            Label { text: mergeRow.when; color: Theme.secondaryText; font.pixelSize: Theme.smallFont }
                        }
                        ActionButton {
                            objectName: "undoMergeButton_" + mergeRow.index
                            visible: mergeRow.canUndo
                            text: qsTr("Undo")
                            Accessible.name: qsTr("Undo the merge: %1").arg(mergeRow.summary)
                            onClicked: page.undo(mergeRow.mergeId)
                        }
                    }
                }
            }
        }
    }

    MergeDialog {
        id: mergeDialog
        objectName: "mergeDialog"
        model: duplicates
        onMerged: function(mergeId, summary) {
            page.shell.notifyWithUndo(summary, function() { page.undo(mergeId) })
        }
    }
}
