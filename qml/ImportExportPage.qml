import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Controls.Material
import Rapport.Ui

// The manager's Import / export page: a CSV file's columns mapped to client fields, a dry
// run listing what each row will do (refused rows first, with their row number and why),
// the import in one step, and exports of clients, notes and follow-ups as CSV.
Rectangle {
    id: page
    objectName: "importExportPage"
    property var shell
    color: Theme.background

    ImportExport {
        id: importer
        onImported: (ok, text) => { if (page.shell) page.shell.notify(text) }
        onExported: (ok, text) => { if (page.shell) page.shell.notify(text) }
    }

    function openPath(text) {
        const url = text.indexOf("file:") === 0 ? text : "file://" + text
        filePath.text = url
        importer.openFile(url)
    }

    // A file dragged from the desktop's file manager opens like a typed path.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onDropped: (drop) => {
            if (drop.hasUrls && drop.urls.length > 0) {
                page.openPath(drop.urls[0].toString())
                drop.accept()
            }
        }
    }

    Flickable {
        id: scroll
        objectName: "importScroll"
        anchors.fill: parent
        contentHeight: column.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: column
            x: Math.max(Theme.gap, (parent.width - width) / 2)
            y: Theme.gap
            width: Math.min(page.width - 2 * Theme.gap, 1200)
            spacing: Theme.gap

            Label {
                text: qsTr("Import / export")
                font.pixelSize: Theme.titleFont
                font.bold: true
            }

            Label {
                objectName: "importNotAllowed"
                visible: !importer.allowed
                text: qsTr("Only managers and admins import and export the chain's clients.")
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }

            SectionCard {
                title: qsTr("Import clients from a CSV file")
                Layout.fillWidth: true
                enabled: importer.allowed

                Label {
                    text: qsTr("A header row, then one client per row; comma or semicolon, UTF-8 or your spreadsheet's encoding. A row with the phone number or email of a client already here updates that client; empty cells change nothing.")
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: filePath
                        objectName: "importFilePath"
                        Accessible.name: qsTr("CSV file to import")
                        placeholderText: qsTr("Type the file's path, or drop the file on this page")
                        Layout.fillWidth: true
                        onAccepted: page.openPath(text)
                    }
                    ActionButton {
                        objectName: "openImportFile"
                        text: qsTr("Read file")
                        enabled: filePath.text.length > 0
                        Accessible.name: qsTr("Read the CSV file to import")
                        onClicked: page.openPath(filePath.text)
                    }
                }
                Label {
                    objectName: "importFileFacts"
                    visible: importer.fileName.length > 0
                    text: importer.fileName + " · " + importer.fileFacts
                    color: Theme.secondaryText
                }

                // Column mapping: the header, an example value, and the field it fills.
                Label {
                    visible: importer.columns.length > 0
                    text: qsTr("Columns")
                    font.bold: true
                    Layout.topMargin: 6
                }
                GridLayout {
                    objectName: "importMapping"
                    visible: importer.columns.length > 0
                    columns: page.width >= 1000 ? 2 : 1
                    columnSpacing: Theme.gap * 2
                    rowSpacing: 2
                    Layout.fillWidth: true
                    Repeater {
                        model: importer.columns
                        delegate: RowLayout {
                            id: mappingRow
                            required property var modelData
                            required property int index
                            Layout.fillWidth: true
                            ColumnLayout {
                                spacing: 0
                                Layout.preferredWidth: 200
                                Label { text: mappingRow.modelData.header.length > 0 ? mappingRow.modelData.header : qsTr("(no header)"); font.bold: true; elide: Text.ElideRight; Layout.fillWidth: true }
                                Label { text: mappingRow.modelData.sample; color: Theme.secondaryText; font.pixelSize: Theme.smallFont; elide: Text.ElideRight; Layout.fillWidth: true }
                            }
                            ComboBox {
                                objectName: "mapping_" + mappingRow.index
                                Accessible.name: qsTr("Field for column %1").arg(mappingRow.modelData.header)
                                model: importer.fieldChoices
                                textRole: "label"
                                valueRole: "key"
                                Layout.preferredWidth: 260
                                Component.onCompleted: currentIndex = indexOfValue(mappingRow.modelData.field)
                                onActivated: (choice) => importer.setField(mappingRow.index, valueAt(choice))
                            }
                        }
                    }
                }

                // The dry run.
                RowLayout {
                    visible: importer.fileName.length > 0
                    spacing: Theme.gap * 2
                    Layout.topMargin: 6
                    Label { objectName: "importCreates"; text: qsTr("%1 new").arg(importer.creates); font.bold: true; color: Theme.accent }
                    Label { objectName: "importUpdates"; text: qsTr("%1 updated").arg(importer.updates); font.bold: true; color: Theme.primary }
                    Label { objectName: "importUnchanged"; text: qsTr("%1 unchanged").arg(importer.unchanged); color: Theme.secondaryText }
                    Label { objectName: "importRefused"; text: qsTr("%1 refused").arg(importer.refused); font.bold: true; color: importer.refused > 0 ? Theme.danger : Theme.secondaryText }
                }
                Label {
                    objectName: "importMessage"
                    visible: text.length > 0
                    text: importer.error.length > 0 ? importer.error : importer.message
                    color: importer.error.length > 0 ? Theme.danger : Theme.text
                    wrapMode: Text.Wrap
                    Layout.fillWidth: true
                }
                Rectangle {
                    visible: planList.count > 0
                    Layout.fillWidth: true
                    Layout.preferredHeight: Math.min(planList.contentHeight + 2, Math.max(200, page.height * 0.4))
                    border.color: Theme.divider
                    color: Theme.surface
                    ListView {
                        id: planList
                        objectName: "importPlanList"
                        anchors.fill: parent
                        anchors.margins: 1
                        clip: true
                        model: importer.plan
                        ScrollBar.vertical: ScrollBar {}
                        header: Rectangle {
                            width: planList.width
                            height: 32
                            color: "#E4E9F0"
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: 8
                                anchors.rightMargin: 8
                                Label { text: qsTr("Row"); font.bold: true; Layout.preferredWidth: 56 }
                                Label { text: qsTr("What happens"); font.bold: true; Layout.preferredWidth: 130 }
                                Label { text: qsTr("Client"); font.bold: true; Layout.preferredWidth: 220 }
                                Label { text: qsTr("Reason or changes"); font.bold: true; Layout.fillWidth: true }
                            }
                        }
                        delegate: Rectangle {
                            required property int rowNumber
                            required property string action
                            required property string name
                            required property string reason
                            required property int index
                            objectName: "planRow_" + index
                            width: planList.width
                            height: Math.max(34, reasonLabel.implicitHeight + 12)
                            color: action === "refuse" ? "#FDECEA" : (index % 2 ? "#F7F9FB" : Theme.surface)
                            RowLayout {
                                anchors.fill: parent
                                anchors.leftMargin: 8
                                anchors.rightMargin: 8
                                Label { text: rowNumber; Layout.preferredWidth: 56 }
                                Label {
                                    Layout.preferredWidth: 130
                                    font.bold: action === "refuse"
                                    color: action === "refuse" ? Theme.danger : action === "create" ? Theme.accent
                                         : action === "update" ? Theme.primary : Theme.secondaryText
                                    text: action === "refuse" ? qsTr("Refused") : action === "create" ? qsTr("New client")
                                        : action === "update" ? qsTr("Update") : qsTr("Unchanged")
                                }
                                Label { text: name; elide: Text.ElideRight; Layout.preferredWidth: 220 }
                                Label { id: reasonLabel; objectName: "planReason"; text: reason; wrapMode: Text.Wrap; Layout.fillWidth: true }
                            }
                        }
                    }
                }
                RowLayout {
                    visible: importer.fileName.length > 0
                    Layout.fillWidth: true
                    ActionButton {
                        objectName: "importButton"
                        highlighted: true
                        enabled: importer.planned && !importer.busy && importer.creates + importer.updates > 0
                        text: !importer.planned && importer.error.length === 0 ? qsTr("Imported: read a file to import more")
                              : importer.creates + importer.updates === 0 ? qsTr("Nothing to import")
                              : importer.refused > 0
                              ? qsTr("Import %1 rows (leave out %2 refused)").arg(importer.creates + importer.updates).arg(importer.refused)
                              : qsTr("Import %1 rows").arg(importer.creates + importer.updates)
                        Accessible.name: text
                        onClicked: importer.runImport()
                    }
                    ProgressBar {
                        objectName: "importProgress"
                        visible: importer.busy
                        value: importer.progress
                        Layout.fillWidth: true
                    }
                }
            }

            SectionCard {
                title: qsTr("Export as CSV")
                Layout.fillWidth: true
                enabled: importer.allowed

                Label {
                    text: qsTr("UTF-8 files a spreadsheet opens directly. Clients without marketing consent are marked; the marketing export leaves them out.")
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    Layout.fillWidth: true
                }
                RowLayout {
                    Layout.fillWidth: true
                    TextField {
                        id: exportFolder
                        objectName: "exportFolder"
                        Accessible.name: qsTr("Folder exports are saved in")
                        // Shown as a path, the way people type one.
                        text: decodeURIComponent(importer.defaultFolder().toString().replace(/^file:\/\//, ""))
                        Layout.fillWidth: true
                    }
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 8
                    Repeater {
                        model: [
                            { kind: "clients", label: qsTr("Clients") },
                            { kind: "marketing", label: qsTr("Clients for marketing") },
                            { kind: "notes", label: qsTr("Notes") },
                            { kind: "follow_ups", label: qsTr("Follow-ups") }
                        ]
                        delegate: ActionButton {
                            required property var modelData
                            objectName: "export_" + modelData.kind
                            text: modelData.label
                            Accessible.name: qsTr("Export %1").arg(modelData.label)
                            onClicked: {
                                const folder = exportFolder.text.indexOf("file:") === 0 ? exportFolder.text : "file://" + exportFolder.text
                                importer.exportTo(modelData.kind, folder.replace(/\/$/, "") + "/" + importer.suggestedName(modelData.kind))
                            }
                        }
                    }
                }
            }
        }
    }
}
