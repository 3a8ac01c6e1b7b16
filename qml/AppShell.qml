import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Rapport.Ui

// The frame of the app: header with navigation, then either master–detail
// (landscape tablets and desktops) or stacked pages (portrait). Holds the
// navigation state so switching orientation keeps the search and the client.
Item {
    id: appShell

    // Set here as well as on the window so pages and dialogs look the same
    // when the shell is hosted elsewhere (the UI tests host it in a plain Item).
    Material.theme: Material.Light
    Material.primary: Theme.primary
    Material.accent: Theme.accent
    Material.foreground: Theme.text

    // Right-to-left languages mirror the whole layout (the direction comes from the language in use).
    LayoutMirroring.enabled: Qt.application.layoutDirection === Qt.RightToLeft
    LayoutMirroring.childrenInherit: true

    // The Manage area's pages (managers and admins only). Adding a page is this one line:
    // name (its key, also accepted by --page), title (its entry in the Manage navigation),
    // component (a QML file of this module, given a `shell` property; loaded when first opened).
    readonly property var managePages: [
        { name: "overview", title: qsTr("Overview"), component: "OverviewPage.qml" },
        { name: "team", title: qsTr("Team"), component: "TeamPage.qml" },
        { name: "duplicates", title: qsTr("Duplicates"), component: "DuplicatesPage.qml" },
        { name: "import", title: qsTr("Import / export"), component: "ImportExportPage.qml" },
        { name: "activity", title: qsTr("Activity"), component: "ActivityPage.qml" },
    ]
    function managePageIndex(name) {
        return managePages.findIndex(function(p) { return p.name === name })
    }
    readonly property bool startsInManage: Session.canManage && managePageIndex(Session.startPage) >= 0
    property string managePage: startsInManage ? Session.startPage : "overview"

    // Start where the command line asked (--page), so the first frame is already right.
    property string section: startsInManage ? "manage"
                             : ["today", "settings", "signin", "sync"].indexOf(Session.startPage) >= 0
                             ? Session.startPage : "clients" // clients | today | settings | signin | sync | manage
    property string clientId: Session.startPage === "client" ? Session.mostRecentClientId() : ""
    property string query: ""
    // With large text (Theme.fontScale) the list and the client no longer fit side by side sooner.
    readonly property bool wide: width > height && width >= 1000 * Math.min(Theme.fontScale, 1.6)
    // The header's widths, measured in text: what fits at 1280 px with usual text fits at 2560 px with 200 %.
    readonly property real headerRoom: width / Theme.fontScale

    signal searchFocusRequested()

    // Where Back returns to: the places left, most recent last.
    property var history: []
    readonly property bool canGoBack: history.length > 0 || (clientId.length > 0 && !wide)
    readonly property string backLabel: history.length > 0 && history[history.length - 1].section === "today"
                                        ? qsTr("Today") : qsTr("Clients")
    function remember() {
        history = history.concat([{ section: section, clientId: clientId, managePage: managePage }]).slice(-20)
    }
    function openClient(id) {
        if (section === "clients" && clientId === id)
            return
        remember()
        section = "clients"
        clientId = id
    }
    function closeClient() {
        if (clientId.length === 0)
            return
        remember()
        clientId = ""
    }
    function showSection(name) {
        if (section === name)
            return
        remember()
        section = name
    }
    function goBack() {
        if (history.length > 0) {
            const to = history[history.length - 1]
            history = history.slice(0, -1)
            section = to.section
            clientId = to.clientId
            managePage = to.managePage
            return true
        }
        if (clientId.length > 0 && !wide) {
            clientId = ""
            return true
        }
        return false
    }
    function showManagePage(name) {
        if (section === "manage" && managePage === name)
            return
        remember()
        managePage = name
        section = "manage"
    }
    function addFollowUp(forClientId) {
        followUpForm.openFor(forClientId)
    }
    function focusSearch() {
        section = "clients"
        if (!wide)
            clientId = ""
        searchFocusRequested()
    }
    function addClient() {
        clientForm.openForNew(query)
    }
    function editClient(id) {
        clientForm.openForEdit(id)
    }
    function addNote(forClientId, kind) {
        noteEditor.openForNew(forClientId, kind)
    }
    function editNote(noteId) {
        noteEditor.openForEdit(noteId)
    }
    function deleteNote(noteId) {
        if (Session.deleteNote(noteId))
            snackbar.show(qsTr("Note deleted."), qsTr("Undo"), function() {
                if (!Session.undoDelete())
                    snackbar.show(Session.lastError)
            })
        else
            snackbar.show(Session.lastError)
    }
    function notify(text) {
        snackbar.show(text)
    }
    function notifyWithUndo(text, undo) {
        snackbar.show(text, qsTr("Undo"), undo)
    }
    function openClientData(id, name) {
        clientDataDialog.openFor(id, name)
    }
    function offerFollowUp(noteId, due, reason) {
        followUpOffer.offer(noteId, due, reason)
    }
    function openConflict(noteId) {
        conflictDialog.openFor(noteId)
    }
    function confirmSignOut() {
        signOutDialog.confirm()
    }

    function runSelfTest() {
        if (Session.canManage)
            for (const page of managePages)
                showManagePage(page.name)
        showSection("today")
        showSection("settings")
        openClient(Session.mostRecentClientId())
        clientForm.openForNew("")
        clientForm.close()
        if (clientId.length > 0) {
            clientForm.openForEdit(clientId)
            clientForm.close()
        }
        for (const kind of ["need", "conversation", "purchase", "education", "return", "other"]) {
            noteEditor.openForNew(clientId, kind)
            noteEditor.close()
        }
        followUpOffer.offer("", Session.addDays(Session.today(), 3), "Check how it went")
        followUpOffer.close()
        staffPicker.open()
        staffPicker.close()
        showSection("signin")
        showSection("sync")
        clientDataDialog.openFor(Session.mostRecentClientId(), "Self-test")
        clientDataDialog.close()
        signOutDialog.confirm()
        signOutDialog.close()
        signOutDialog.showBlocked(3, "the server is not reachable")
        signOutDialog.close()
        dataWiped.tell("Self-test")
        dataWiped.close()
        conflictDialog.noteId = ""
        conflictDialog.open()
        conflictDialog.close()
        snackbar.show("Self-test", "Undo", function() {})
        shortcutHelp.open()
        shortcutHelp.close()
        showSection("clients")
    }

    Component.onCompleted: {
        // Signed in, the person comes from the server; on the sign-in page they chose that route.
        if (Session.needsStaff && !Sync.signedIn && !Sync.signingIn && section !== "signin")
            staffPicker.open()
    }

    Shortcut {
        sequences: [StandardKey.Find]
        enabled: !Sync.locked
        onActivated: appShell.focusSearch()
    }
    Shortcut {
        sequences: [StandardKey.New]
        enabled: !Sync.locked
        onActivated: appShell.addClient()
    }
    // Back: Escape, Alt+Left and the Android back key. Off while a dialog is
    // open, so there Escape still closes (or asks about) the dialog.
    Shortcut {
        sequences: ["Esc", "Alt+Left", "Back"] // Back: the Android back key (Qt.Key_Back)
        enabled: appShell.canGoBack && !clientForm.visible && !noteEditor.visible && !followUpOffer.visible
                 && !followUpForm.visible && !staffPicker.visible && !conflictDialog.visible
                 && !signOutDialog.visible && !dataWiped.visible && !clientDataDialog.visible
                 && !shortcutHelp.visible && !Sync.locked
        onActivated: appShell.goBack()
    }
    // The list of keys: F1 anywhere, ? wherever it is not being typed into a field.
    function showShortcuts() {
        shortcutHelp.open()
    }
    Shortcut {
        sequences: ["F1"]
        enabled: !shortcutHelp.visible
        onActivated: appShell.showShortcuts()
    }
    Shortcut {
        sequences: ["?", "Shift+?"]
        readonly property var typingIn: appShell.Window.activeFocusItem
        enabled: !shortcutHelp.visible && !(typingIn instanceof TextInput) && !(typingIn instanceof TextEdit)
        onActivated: appShell.showShortcuts()
    }

    FollowUpModel { id: todayCounter; scope: Session.todayScope }

    Connections {
        target: Session
        function onNotice(text) { snackbar.show(text) }
        // A role taken away (or another person on the tablet) closes the Manage area.
        function onRoleChanged() {
            if (!Session.canManage && appShell.section === "manage") {
                appShell.history = []
                appShell.section = "clients"
            }
        }
        function onUndoableNotice(text) {
            snackbar.show(text, qsTr("Undo"), function() {
                if (!Session.undoLastAction())
                    snackbar.show(Session.lastError)
            })
        }
    }
    Connections {
        target: Sync
        function onSignOutBlocked(pending, reason) { signOutDialog.showBlocked(pending, reason) }
        function onSignInFinished(ok, message) {
            // The server says who this is; nobody has to pick themselves.
            if (ok)
                staffPicker.close()
        }
        function onSignedOut() {
            appShell.history = []
            appShell.clientId = ""
            appShell.showSection("clients")
        }
        function onLocalDataWiped(reason) {
            appShell.clientId = ""
            dataWiped.tell(reason)
        }
    }

    ToolBar {
        id: header
        anchors { left: parent.left; right: parent.right; top: parent.top }
        height: Math.max(60, Theme.touch + 12)
        Material.elevation: 0
        Material.foreground: Theme.inkOnPrimary
        background: Rectangle { color: Theme.primary }

        RowLayout {
            id: headerRow
            anchors.fill: parent
            anchors.leftMargin: 16
            anchors.rightMargin: 8
            spacing: 4
            // What the person's name may take: whatever the rest of the bar leaves.
            function roomForStaff() {
                let used = brand.visible ? brand.implicitWidth + brand.Layout.rightMargin : 0
                for (let i = 0; i < navButtons.count; ++i)
                    used += navButtons.itemAt(i) ? navButtons.itemAt(i).implicitWidth : 0
                return width - used - syncBadge.implicitWidth - 6 * spacing
            }

            Label {
                id: brand
                text: "Rapport"
                font.pixelSize: Theme.brandFont
                font.bold: true
                color: Theme.inkOnPrimary
                Layout.rightMargin: 16
                // Portrait tablets give the room to the navigation, whose words are longer in German.
                visible: appShell.headerRoom >= 600 && appShell.width >= 900
            }
            Repeater {
                id: navButtons
                model: [
                    { name: "clients", label: qsTr("Clients") },
                    { name: "today", label: qsTr("Today") },
                    { name: "manage", label: qsTr("Manage") }, // managers and admins only
                    { name: "settings", label: qsTr("Settings") }
                ]
                delegate: Button {
                    required property var modelData
                    objectName: "nav_" + modelData.name
                    visible: modelData.name !== "manage" || Session.canManage
                    // Short of room, the overdue count stands alone; the name read out keeps the words.
                    readonly property string fullText: modelData.name === "today" && todayCounter.overdueCount > 0
                          ? qsTr("%1 (%n overdue)", "navigation button: Today, then how many follow-ups are overdue",
                                 todayCounter.overdueCount).arg(modelData.label) : modelData.label
                    text: modelData.name === "today" && todayCounter.overdueCount > 0
                          && (appShell.headerRoom < 500 || (Session.canManage && appShell.headerRoom < 900))
                          ? qsTr("%1 (%2)").arg(modelData.label).arg(todayCounter.overdueCount) : fullText
                    flat: true
                    font.capitalization: Font.MixedCase
                    font.bold: appShell.section === modelData.name
                    font.underline: appShell.section === modelData.name
                    Material.foreground: Theme.inkOnPrimary
                    implicitHeight: Theme.touch + 8
                    FocusFrame { ring: Theme.inkOnPrimary }
                    Accessible.role: Accessible.PageTab
                    Accessible.name: fullText
                    Accessible.selected: appShell.section === modelData.name
                    onClicked: {
                        if (modelData.name === "clients" && appShell.section === "clients" && !appShell.wide)
                            appShell.closeClient()
                        appShell.showSection(modelData.name)
                    }
                }
            }
            Item { Layout.fillWidth: true }
            Item {
                objectName: "syncBadgeSlot"
                Layout.preferredWidth: syncBadge.implicitWidth
                Layout.fillHeight: true
                SyncBadge {
                    id: syncBadge
                    objectName: "syncBadge"
                    anchors.verticalCenter: parent.verticalCenter
                    compact: appShell.headerRoom < 900
                    onClicked: appShell.showSection(Sync.signedIn ? "sync" : "signin")
                    FocusFrame { ring: Theme.inkOnPrimary; anchors.margins: -3; radius: height / 2 }
                }
            }
            Button {
                objectName: "currentStaffButton"
                // Gives way (elided) before anything in the header is pushed out of the window.
                Layout.preferredWidth: Math.max(Theme.touch, Math.min(implicitWidth, headerRow.roomForStaff()))
                flat: true
                font.capitalization: Font.MixedCase
                Material.foreground: Theme.inkOnPrimary
                text: Session.needsStaff ? qsTr("Who is this?") :
                      (appShell.headerRoom >= 1000 && Session.currentStoreName.length > 0
                       ? Session.currentStaffName + " · " + Session.currentStoreName : Session.currentStaffName)
                Accessible.name: Session.needsStaff ? text : qsTr("Using this tablet: %1").arg(text)
                Accessible.description: Sync.shared ? qsTr("Switch person") : qsTr("Choose who is using this tablet")
                // A shared tablet switches person through the lock screen (PIN or password).
                onClicked: Sync.shared ? Sync.lockNow() : staffPicker.open()
                FocusFrame { ring: Theme.inkOnPrimary }
            }
        }
    }

    Loader {
        id: body
        anchors { left: parent.left; right: parent.right; top: header.bottom; bottom: parent.bottom }
        sourceComponent: appShell.wide ? wideLayout : narrowLayout
    }

    Component {
        id: wideLayout
        Item {
            ClientsPage {
                id: listPane
                objectName: "clientsPage"
                shell: appShell
                visible: appShell.section === "clients"
                // Anchored, not placed at x = 0, so the list moves to the right edge in right-to-left.
                anchors { left: parent.left; top: parent.top; bottom: parent.bottom }
                width: Math.min(460, Math.round(parent.width * 0.36))
            }
            Rectangle {
                id: divider
                visible: listPane.visible
                anchors { left: listPane.right; top: parent.top; bottom: parent.bottom }
                width: 1
                color: Theme.divider
            }
            Item {
                visible: appShell.section === "clients"
                anchors { left: divider.right; right: parent.right; top: parent.top; bottom: parent.bottom }
                ClientPage {
                    objectName: "clientPage"
                    anchors.fill: parent
                    visible: appShell.clientId.length > 0
                    shell: appShell
                    clientId: appShell.clientId
                }
                EmptyState {
                    visible: appShell.clientId.length === 0
                    anchors.centerIn: parent
                    width: Math.min(parent.width - 64, 520)
                    title: qsTr("Pick a client from the list")
                    message: qsTr("Their whole story opens here: contact, preferences, follow-ups and every note. Search by name, phone, email, tag or anything written in a note.")
                    actionText: qsTr("Add a new client")
                    onActionTriggered: appShell.addClient()
                }
            }
            TodayPage {
                objectName: "todayPage"
                anchors.fill: parent
                visible: appShell.section === "today"
                shell: appShell
            }
            SettingsPage {
                objectName: "settingsPage"
                anchors.fill: parent
                visible: appShell.section === "settings"
                shell: appShell
            }
            Loader {
                anchors.fill: parent
                active: Session.canManage
                visible: appShell.section === "manage"
                sourceComponent: ManageArea { objectName: "manageArea"; shell: appShell }
            }
            SignInPage {
                objectName: "signInPage"
                anchors.fill: parent
                visible: appShell.section === "signin"
                shell: appShell
            }
            SyncPage {
                objectName: "syncPage"
                anchors.fill: parent
                visible: appShell.section === "sync"
                shell: appShell
            }
        }
    }

    Component {
        id: narrowLayout
        StackView {
            id: stack
            objectName: "pageStack"

            function sync() {
                const wanted = appShell.section === "clients" && appShell.clientId.length > 0 ? "client" : appShell.section
                const top = stack.currentItem ? stack.currentItem.pageName : ""
                if (wanted === top)
                    return
                // Back to the page underneath keeps it as it was (scroll position included).
                if (stack.depth > 1 && stack.get(stack.depth - 2).pageName === wanted) {
                    stack.pop()
                    return
                }
                if (wanted === "client" && (top === "clients" || top === "today" || top === "manage")) {
                    stack.push(clientComponent)
                    return
                }
                stack.clear()
                if (wanted === "client") {
                    stack.push(clientsComponent, {}, StackView.Immediate)
                    stack.push(clientComponent, {}, StackView.Immediate)
                } else {
                    const pages = { today: todayComponent, settings: settingsComponent,
                                    signin: signInComponent, sync: syncComponent, manage: manageComponent }
                    stack.push(pages[wanted] || clientsComponent, {}, StackView.Immediate)
                }
            }
            // Deferred: pages must not be created while this layout itself is
            // still being created, and a section and client change together
            // should move the stack once.
            Component.onCompleted: Qt.callLater(sync)
            Connections {
                target: appShell
                function onSectionChanged() { Qt.callLater(stack.sync) }
                function onClientIdChanged() { Qt.callLater(stack.sync) }
            }

            Component {
                id: clientsComponent
                ClientsPage { objectName: "clientsPage"; shell: appShell; property string pageName: "clients" }
            }
            Component {
                id: clientComponent
                ClientPage { objectName: "clientPage"; shell: appShell; clientId: appShell.clientId; property string pageName: "client" }
            }
            Component {
                id: todayComponent
                TodayPage { objectName: "todayPage"; shell: appShell; property string pageName: "today" }
            }
            Component {
                id: settingsComponent
                SettingsPage { objectName: "settingsPage"; shell: appShell; property string pageName: "settings" }
            }
            Component {
                id: signInComponent
                SignInPage { objectName: "signInPage"; shell: appShell; property string pageName: "signin" }
            }
            Component {
                id: manageComponent
                ManageArea { objectName: "manageArea"; shell: appShell; property string pageName: "manage" }
            }
            Component {
                id: syncComponent
                SyncPage { objectName: "syncPage"; shell: appShell; property string pageName: "sync" }
            }
        }
    }

    ClientForm { id: clientForm; objectName: "clientForm"; shell: appShell }
    NoteEditor { id: noteEditor; objectName: "noteEditor"; shell: appShell }
    FollowUpOfferDialog { id: followUpOffer; objectName: "followUpOffer"; shell: appShell }
    FollowUpForm { id: followUpForm; objectName: "followUpForm"; shell: appShell }
    StaffPicker { id: staffPicker; objectName: "staffPicker"; shell: appShell }
    LockScreen { id: lockScreen }
    ConflictDialog { id: conflictDialog; objectName: "conflictDialog"; shell: appShell }
    SignOutDialog { id: signOutDialog; objectName: "signOutDialog" }
    DataWipedDialog {
        id: dataWiped
        objectName: "dataWipedDialog"
        // After a wipe nobody is picked any more: ask again, as on first run.
        onAcknowledged: if (Session.needsStaff && !Sync.signedIn) staffPicker.open()
    }
    ClientDataDialog {
        id: clientDataDialog
        objectName: "clientDataDialog"
        shell: appShell
        onErased: {
            appShell.clientId = ""
            appShell.notify(qsTr("Client erased on this device; the server and the other devices erase them at their next sync."))
        }
    }
    Snackbar { id: snackbar; objectName: "snackbar" }
    ShortcutHelp { id: shortcutHelp }
}
