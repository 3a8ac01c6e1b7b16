import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rapport.Ui

// The manager's Overview: how the relationships are going for a period and a
// scope. Each measure with the period before and its last 12 weeks, then the
// same by store and by associate (alphabetical: for coaching, not a ranking).
// Every number opens the records behind it, and each of those its client.
Rectangle {
    id: page
    property var shell
    readonly property alias report: report
    readonly property alias drill: drillPane
    readonly property bool sidePane: width >= 1000
    color: Theme.background

    OverviewReport {
        id: report
        onPeriodChanged: Qt.callLater(report.refresh)
        onScopeChanged: Qt.callLater(report.refresh)
    }
    Component.onCompleted: report.refresh()
    onVisibleChanged: if (visible && !report.busy) report.refresh()

    // Opens the list behind a number; scope from the table's row when given.
    function openList(key, title, hint, isRate, kind, scopeKind, scopeId, scopeName) {
        drillPane.measure = ""
        drillPane.title = title
        drillPane.hint = hint
        drillPane.isRate = isRate
        drillPane.kind = kind || ""
        drillPane.from = report.from
        drillPane.to = report.to
        drillPane.asOf = report.asOf
        drillPane.scopeKind = scopeKind || report.scopeKind
        drillPane.scopeId = scopeKind ? scopeId : report.scopeId
        drillPane.scopeName = scopeKind ? scopeName : report.scopeName
        drillPane.measure = key
        drillPane.visible = true
    }
    function measureByKey(key) {
        for (const m of report.measures)
            if (m.key === key)
                return m
        return null
    }

    Flickable {
        id: scroller
        anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
        width: drillPane.visible && page.sidePane ? parent.width - drillPane.width - Theme.gap : parent.width
        visible: !drillPane.visible || page.sidePane
        contentHeight: body.implicitHeight + 2 * Theme.gap
        clip: true
        ScrollBar.vertical: ScrollBar {}

        ColumnLayout {
            id: body
            x: Theme.gap
            y: Theme.gap
            width: scroller.width - 2 * Theme.gap - 8
            spacing: Theme.gap

            RowLayout {
                Layout.fillWidth: true
                Label {
                    text: qsTr("Overview")
                    font.pixelSize: Theme.titleFont
                    font.bold: true
                    Layout.fillWidth: true
                }
                BusyIndicator {
                    objectName: "overviewBusy"
                    running: report.busy
                    visible: running
                    implicitWidth: 36
                    implicitHeight: 36
                }
                Label {
                    text: report.progressText
                    visible: report.busy
                    color: Theme.secondaryText
                }
            }

            // Scope and period.
            Flow {
                Layout.fillWidth: true
                spacing: 6
                ComboBox {
                    id: scopeBox
                    objectName: "scopeBox"
                    width: 280
                    model: report.scopeChoices
                    textRole: "name"
                    Accessible.name: qsTr("Whose measures")
                    currentIndex: {
                        const choices = report.scopeChoices
                        for (let i = 0; i < choices.length; ++i)
                            if (choices[i].kind === report.scopeKind && choices[i].id === report.scopeId)
                                return i
                        return 0
                    }
                    onActivated: function(index) {
                        const choice = report.scopeChoices[index]
                        report.setScope(choice.kind, choice.id)
                    }
                }
                Repeater {
                    model: [
                        { preset: "4w", label: qsTr("Last 4 weeks") },
                        { preset: "12w", label: qsTr("Last 12 weeks") },
                        { preset: "month", label: qsTr("This month") },
                        { preset: "custom", label: qsTr("From – to…") }
                    ]
                    delegate: ActionButton {
                        required property var modelData
                        objectName: "preset_" + modelData.preset
                        text: modelData.label
                        font.capitalization: Font.MixedCase
                        highlighted: report.preset === modelData.preset || (modelData.preset === "custom" && customRow.visible)
                        Accessible.role: Accessible.RadioButton
                        Accessible.checked: highlighted
                        Accessible.name: qsTr("Period: %1").arg(modelData.label)
                        onClicked: {
                            if (modelData.preset === "custom") {
                                fromField.text = Qt.formatDate(report.from, "yyyy-MM-dd")
                                toField.text = Qt.formatDate(report.to, "yyyy-MM-dd")
                                customRow.visible = true
                                fromField.forceActiveFocus()
                            } else {
                                customRow.visible = false
                                report.usePreset(modelData.preset)
                            }
                        }
                    }
                }
            }
            RowLayout {
                id: customRow
                visible: false
                spacing: 8
                Label { text: qsTr("From") }
                TextField {
                    id: fromField
                    objectName: "fromField"
                    placeholderText: "YYYY-MM-DD"
                    Accessible.name: qsTr("First day of the period")
                    Layout.preferredWidth: 150
                    onAccepted: toField.forceActiveFocus()
                }
                Label { text: qsTr("to") }
                TextField {
                    id: toField
                    objectName: "toField"
                    placeholderText: "YYYY-MM-DD"
                    Accessible.name: qsTr("Last day of the period")
                    Layout.preferredWidth: 150
                    onAccepted: applyCustom.clicked()
                }
                ActionButton {
                    id: applyCustom
                    objectName: "applyCustom"
                    text: qsTr("Show")
                    highlighted: true
                    Accessible.name: qsTr("Show the chosen period")
                    onClicked: report.useDays(fromField.text, toField.text)
                }
            }
            Label {
                objectName: "periodText"
                text: qsTr("%1, %2 to %3").arg(report.scopeName)
                      .arg(Session.formatDate(report.from)).arg(Session.formatDate(report.to))
                color: Theme.secondaryText
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }
            Label {
                visible: report.error.length > 0
                text: report.error
                color: Theme.danger
                wrapMode: Text.WordWrap
                Layout.fillWidth: true
            }

            GridLayout {
                id: cards
                Layout.fillWidth: true
                columns: Math.max(1, Math.floor(body.width / 300))
                columnSpacing: Theme.gap
                rowSpacing: Theme.gap
                Repeater {
                    model: report.measures
                    delegate: MeasureCard {
                        required property var modelData
                        objectName: "measure_" + modelData.key
                        measure: modelData
                        selected: drillPane.visible && drillPane.measure === modelData.key && drillPane.scopeKind === report.scopeKind
                                  && drillPane.scopeId === report.scopeId
                        Layout.fillWidth: true
                        Layout.preferredWidth: 280
                        Layout.alignment: Qt.AlignTop
                        onClicked: page.openList(modelData.key, modelData.title, modelData.hint, modelData.kind === "rate")
                    }
                }
            }

            // Notes of the period by kind, each opening its notes.
            Label { text: qsTr("Notes written in the period"); font.pixelSize: Theme.headingFont; font.bold: true }
            Flow {
                Layout.fillWidth: true
                spacing: 6
                Repeater {
                    model: report.notesByKind
                    delegate: ActionButton {
                        required property var modelData
                        objectName: "notes_" + modelData.kind
                        text: modelData.label + "  " + (modelData.countText.length > 0 ? modelData.countText : "…")
                        font.capitalization: Font.MixedCase
                        Accessible.name: qsTr("%1 notes: %2. Open the list").arg(modelData.label).arg(modelData.countText)
                        onClicked: page.openList("notes_by_kind", qsTr("%1 notes").arg(modelData.label),
                                                 qsTr("Notes of this kind written in the period"), false, modelData.kind)
                    }
                }
            }

            Repeater {
                model: [
                    { title: qsTr("By store"), rows: report.storeRows, name: "storeTable" },
                    { title: qsTr("By associate"), rows: report.associateRows, name: "associateTable" }
                ]
                delegate: ColumnLayout {
                    required property var modelData
                    objectName: modelData.name
                    Layout.fillWidth: true
                    spacing: 0
                    Label {
                        text: modelData.title
                        font.pixelSize: Theme.headingFont
                        font.bold: true
                        Layout.bottomMargin: 6
                    }
                    Flickable {
                        Layout.fillWidth: true
                        Layout.preferredHeight: table.implicitHeight
                        contentWidth: table.implicitWidth
                        flickableDirection: Flickable.HorizontalFlick
                        clip: true
                        ScrollBar.horizontal: ScrollBar {}
                        Column {
                            id: table
                            readonly property real nameWidth: 190
                            readonly property real cellWidth: Math.max(92, (body.width - nameWidth) / report.columns.length)
                            Row {
                                Label {
                                    width: table.nameWidth
                                    text: qsTr("Name")
                                    font.bold: true
                                    padding: 6
                                }
                                Repeater {
                                    model: report.columns
                                    delegate: Label {
                                        required property var modelData
                                        width: table.cellWidth
                                        text: modelData.title
                                        font.bold: true
                                        padding: 6
                                        horizontalAlignment: Text.AlignRight
                                        elide: Text.ElideRight
                                    }
                                }
                            }
                            Repeater {
                                model: modelData.rows
                                delegate: Rectangle {
                                    id: tableRow
                                    required property var modelData
                                    required property int index
                                    width: table.nameWidth + table.cellWidth * report.columns.length
                                    height: Theme.touch - 6
                                    color: index % 2 === 0 ? Theme.surface : "#F5F7FA"
                                    Row {
                                        anchors.fill: parent
                                        Label {
                                            width: table.nameWidth
                                            height: parent.height
                                            text: tableRow.modelData.name
                                            verticalAlignment: Text.AlignVCenter
                                            leftPadding: 6
                                            elide: Text.ElideRight
                                        }
                                        Repeater {
                                            model: tableRow.modelData.cells
                                            delegate: AbstractButton {
                                                id: cell
                                                required property var modelData
                                                required property int index
                                                readonly property var column: report.columns[index]
                                                objectName: "cell_" + tableRow.modelData.kind + "_" + tableRow.index + "_" + column.key
                                                width: table.cellWidth
                                                height: parent.height
                                                hoverEnabled: true
                                                Accessible.role: Accessible.Button
                                                Accessible.name: qsTr("%1, %2: %3. Open the list")
                                                                 .arg(tableRow.modelData.name).arg(column.title).arg(modelData)
                                                background: Rectangle { color: cell.hovered ? Theme.selection : "transparent" }
                                                contentItem: Label {
                                                    text: cell.modelData
                                                    horizontalAlignment: Text.AlignRight
                                                    verticalAlignment: Text.AlignVCenter
                                                    rightPadding: 6
                                                    color: Theme.primary
                                                    font.underline: cell.hovered
                                                }
                                                FocusFrame {}
                                                onClicked: {
                                                    const m = page.measureByKey(column.key)
                                                    page.openList(column.key, m.title, m.hint, m.kind === "rate", "",
                                                                  tableRow.modelData.kind, tableRow.modelData.id,
                                                                  tableRow.modelData.name)
                                                }
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    MeasureListPane {
        id: drillPane
        objectName: "measureListPane"
        shell: page.shell
        visible: false
        anchors { right: parent.right; top: parent.top; bottom: parent.bottom; margins: page.sidePane ? Theme.gap : 0 }
        width: page.sidePane ? Math.min(520, Math.round(parent.width * 0.42)) : parent.width
        onCloseRequested: visible = false
    }
}
