// The real app (Main.qml on a real notebook with the demo chain) as a screen
// reader sees it: every page and dialog is visited, the tree of QAccessible
// interfaces is walked from the window down, and every interactive element
// (button, check box, radio button, text field, combo box, spin box, link,
// list row, menu item) must have a name. An item Tab can reach must be in
// that tree with a role and a name too. A failure names the object.
//
// A page added later is one line in visits() below.
#include "session.h"
#include "syncstatus.h"

#include "syncengine.h"
#include "tokenstore.h"

#include "core/demodata.h"
#include "core/notebook.h"

#include <QAccessible>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQmlContext>
#include <QQmlExpression>
#include <QQmlExtensionPlugin>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <iterator>
#include <memory>

Q_IMPORT_QML_PLUGIN(Rapport_UiPlugin)

namespace {

/** A place in the app: its name, the object that must then be on screen, the
    JavaScript (run in AppShell) that goes there; optionally text typed into the
    field named `field`, then more JavaScript (`then`). */
struct Visit
{
    const char *name;
    const char *shows;
    const char *script;
    const char *field = nullptr;
    const char *text = nullptr;
    const char *then = nullptr;
};

// Every page and every dialog that can be opened. `reset()` (below) runs first,
// so each visit starts from the client list with nothing open.
const Visit kVisits[] = {
    {"clients", "clientsPage", "showSection('clients')"},
    {"client", "clientPage", "openClient(Session.mostRecentClientId())"},
    {"today", "todayPage", "showSection('today')"},
    {"settings", "settingsPage", "showSection('settings')"},
    {"sync", "syncPage", "showSection('sync')"},
    {"sign-in", "signInPage", "showSection('signin')"},
    {"lock screen: people", "lockScreen", "lockScreen.open()"},
    {"lock screen: PIN", "lockPin", "lockScreen.open(); lockScreen.mode = 'pin'"},
    {"lock screen: password", "lockPassword", "lockScreen.open(); lockScreen.usePassword('')"},
    {"lock screen: choose PIN", "lockNewPin", "lockScreen.open(); lockScreen.mode = 'choosePin'"},
    {"client form: new", "clientForm", "addClient()"},
    {"client form: edit", "clientForm", "editClient(Session.mostRecentClientId())"},
    {"client form: duplicates", "duplicateWarning", "clientForm.openForNew(knownClientName)"},
    {"note editor: need", "needPurposeField", "openClient(Session.mostRecentClientId()); addNote(clientId, 'need')"},
    {"note editor: purchase", "amountField", "openClient(Session.mostRecentClientId()); addNote(clientId, 'purchase')"},
    {"note editor: conversation", "noteEditor", "openClient(Session.mostRecentClientId()); addNote(clientId, 'conversation')"},
    {"note editor: discard question", "discardNoteDialog", "openClient(Session.mostRecentClientId()); addNote(clientId, 'conversation')",
     "bodyField", "Wants a lighter drill", "noteEditor.requestClose()"},
    {"follow-up form: pick a client", "followUpClientSearch", "showSection('today'); addFollowUp('')"},
    {"follow-up form: for a client", "followUpReason", "openClient(Session.mostRecentClientId()); addFollowUp(clientId)"},
    {"follow-up offer", "followUpOffer", "openClient(Session.mostRecentClientId());"
                        "offerFollowUp('', Session.addDays(Session.today(), 3), 'Check how it went')"},
    {"staff picker", "staffPicker", "staffPicker.open()"},
    {"sign-out question", "signOutDialog", "signOutDialog.confirm()"},
    {"sign-out blocked", "signOutDialog", "signOutDialog.showBlocked(3, 'the server is not reachable')"},
    {"conflict", "conflictDialog", "conflictDialog.noteId = ''; conflictDialog.open()"},
    {"data wiped", "dataWipedDialog", "dataWiped.tell('test')"},
    {"snackbar with undo", "snackbarAction", "snackbar.show('Note deleted.', 'Undo', function() {})"},
    {"keyboard shortcuts", "shortcutHelp", "showShortcuts()"},
    // The Manage area, as the demo chain's manager.
    {"manage: overview", "managePage_overview", "Session.setCurrentStaff(managerId); showManagePage('overview')"},
    {"manage: team", "managePage_team", "Session.setCurrentStaff(managerId); showManagePage('team')"},
    {"manage: duplicates", "duplicatesPage", "Session.setCurrentStaff(managerId); showManagePage('duplicates')"},
    {"manage: import / export", "importExportPage", "Session.setCurrentStaff(managerId); showManagePage('import')"},
    {"manage: activity", "activityPage", "Session.setCurrentStaff(managerId); showManagePage('activity')"},
    {"client data", "clientDataDialog", "Session.setCurrentStaff(managerId); clientDataDialog.openFor(Session.mostRecentClientId(), 'Test')"},
};

const char *const kReset =
    "lockScreen.close(); clientForm.close(); noteEditor.close(); followUpOffer.close(); followUpForm.close();"
    "staffPicker.close(); conflictDialog.close(); signOutDialog.close(); dataWiped.close(); shortcutHelp.close();"
    "clientDataDialog.close(); Session.setCurrentStaff(firstStaffId);"
    "snackbar.visible = false; history = []; clientId = ''; section = 'clients'; query = '';"
    "Session.discardNoteDraft(Session.mostRecentClientId())"; // a draft would choose the note's kind

/** Roles a person acts on: each needs a name a screen reader can say. */
bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::EditableText:
    case QAccessible::ComboBox:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Link:
    case QAccessible::ListItem:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
        return true;
    default:
        return false;
    }
}

QString roleName(QAccessible::Role role)
{
    return QString::fromLatin1(QMetaEnum::fromType<QAccessible::Role>().valueToKey(role));
}

/** "Button 'saveNoteButton' in noteEditor > …": enough to find the object in the QML. */
QString describe(QObject *object)
{
    QStringList chain;
    for (QObject *o = object; o; o = o->parent()) {
        if (auto *item = qobject_cast<QQuickItem *>(o); item && o != object && item->parentItem())
            o = item->parentItem(); // the visual parent says where it is on screen
        if (!o->objectName().isEmpty())
            chain << o->objectName();
        if (chain.size() == 3)
            break;
    }
    QString what = QString::fromLatin1(object->metaObject()->className());
    if (!object->objectName().isEmpty())
        what += QStringLiteral(" '%1'").arg(object->objectName());
    const QString text = object->property("text").toString();
    if (!text.isEmpty())
        what += QStringLiteral(" showing \"%1\"").arg(text.left(40));
    const QString placeholder = object->property("placeholderText").toString();
    if (!placeholder.isEmpty())
        what += QStringLiteral(" with placeholder \"%1\"").arg(placeholder.left(40));
    if (chain.size() > (object->objectName().isEmpty() ? 0 : 1))
        what += QStringLiteral(" (in %1)").arg(chain.mid(object->objectName().isEmpty() ? 0 : 1).join(QStringLiteral(" < ")));
    return what;
}

/**
 * The name a screen reader hears. With one running, Qt names a button, radio
 * button, check box, menu item or delegate after its text; those steps are
 * skipped while QAccessible::isActive() is false, as it is offscreen, so the
 * same rule is applied here. A password field's name is withheld by Qt
 * itself; its description (the label) is what is read, so that must be there.
 */
QString spokenName(QAccessibleInterface *node)
{
    const QString name = node->text(QAccessible::Name).trimmed();
    if (!name.isEmpty())
        return name;
    if (node->state().passwordEdit)
        return node->text(QAccessible::Description).trimmed();
    switch (node->role()) {
    case QAccessible::Button:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::MenuItem:
    case QAccessible::ListItem:
    case QAccessible::PageTab:
    case QAccessible::ButtonMenu:
        if (node->object()->inherits("QQuickAbstractButton"))
            return node->object()->property("text").toString().trimmed();
        break;
    default:
        break;
    }
    return QString();
}

struct Walk
{
    int elements = 0;    // interfaces visited on screen
    int interactive = 0; // of those, the ones a person acts on
    QStringList problems;
};

/** The editor inside a combo or spin box: the box around it carries the name. */
bool isPartOfBox(QObject *object)
{
    for (int up = 0; object && up < 3; ++up, object = object->parent())
        if (object->inherits("QQuickComboBox") || object->inherits("QQuickSpinBox"))
            return up > 0;
    return false;
}

void walk(QAccessibleInterface *node, Walk &result, int depth = 0)
{
    if (!node || !node->isValid() || depth > 200)
        return;
    const QAccessible::State state = node->state();
    if (state.invisible)
        return; // nothing under a hidden item is on screen
    ++result.elements;
    const QAccessible::Role role = node->role();
    if (isInteractive(role) && !isPartOfBox(node->object())) {
        ++result.interactive;
        if (spokenName(node).isEmpty())
            result.problems << QStringLiteral("%1 has no accessible name: %2").arg(roleName(role), describe(node->object()));
    }
    for (int i = 0; i < node->childCount(); ++i)
        walk(node->child(i), result, depth + 1);
}

/** Items the Tab key reaches must be known to a screen reader, with a role and a name. */
void checkTabStops(QQuickItem *item, Walk &result)
{
    if (!item->isVisible())
        return;
    if (item->activeFocusOnTab() && item->isEnabled() && !isPartOfBox(item)) {
        QAccessibleInterface *node = QAccessible::queryAccessibleInterface(item);
        const bool known = node && node->role() != QAccessible::NoRole && node->role() != QAccessible::Client;
        if (!known)
            result.problems << QStringLiteral("Tab reaches %1, which has no accessible role").arg(describe(item));
        else if (spokenName(node).isEmpty())
            result.problems << QStringLiteral("Tab reaches %1 (%2), which has no accessible name")
                                   .arg(describe(item), roleName(node->role()));
    }
    const QList<QQuickItem *> children = item->childItems();
    for (QQuickItem *child : children)
        checkTabStops(child, result);
}

/** A visible item called `name` under `item` in the item tree. */
bool visibleItemNamed(QQuickItem *item, const QString &name)
{
    if (!item->isVisible())
        return false;
    if (item->objectName() == name)
        return true;
    const QList<QQuickItem *> children = item->childItems();
    return std::any_of(children.begin(), children.end(),
                       [&name](QQuickItem *child) { return visibleItemNamed(child, name); });
}

} // namespace

class AccessibilityTree : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void everyControlHasAName_data();
    void everyControlHasAName();
    void cleanupTestCase();

private:
    void show(const QSize &size, const Visit &visit);
    void run(const char *script);

    QTemporaryDir m_dir;
    std::unique_ptr<rapport::Notebook> m_notebook;
    std::unique_ptr<rapport::ui::Session> m_session;
    std::unique_ptr<rapport::SyncEngine> m_engine;
    std::unique_ptr<rapport::ui::SyncStatus> m_sync;
    std::unique_ptr<QQmlApplicationEngine> m_qml;
    QQuickWindow *m_window = nullptr;
    QQuickItem *m_shell = nullptr;
};

void AccessibilityTree::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QQuickStyle::setStyle(QStringLiteral("Material"));
    QVERIFY(m_dir.isValid());
    auto opened = rapport::Notebook::open(m_dir.path());
    QVERIFY2(opened, qPrintable(opened.errorMessage()));
    m_notebook = std::move(opened.value());
    rapport::DemoSize size;
    size.clients = 30;
    size.notesPerClient = 4;
    const rapport::Status filled = rapport::fillWithDemoData(*m_notebook, size);
    QVERIFY2(filled, qPrintable(filled.errorMessage()));
    const auto staff = m_notebook->staff();
    QVERIFY(!staff.isEmpty() && m_notebook->setCurrentStaff(staff.first().id));
    m_session = std::make_unique<rapport::ui::Session>(m_notebook.get(), m_dir.path());
    rapport::ui::Session::setInstance(m_session.get());
    m_engine = std::make_unique<rapport::SyncEngine>(m_notebook.get(), m_dir.path(),
                                                     std::make_unique<rapport::FileTokenStore>(m_dir.path()));
    m_sync = std::make_unique<rapport::ui::SyncStatus>(m_engine.get(), m_session.get());
    rapport::ui::SyncStatus::setInstance(m_sync.get());

    m_qml = std::make_unique<QQmlApplicationEngine>();
    // A name already in the notebook, for the client form's "you may know them" warning.
    const auto known = m_notebook->client(m_session->mostRecentClientId());
    QVERIFY(known.has_value());
    m_qml->rootContext()->setContextProperty(QStringLiteral("knownClientName"),
                                             known->givenName + QLatin1Char(' ') + known->familyName);
    // The demo's first staff member, and a manager for the Manage area's pages.
    QString managerId;
    for (const rapport::Staff &member : staff) {
        if (member.role != rapport::StaffRole::Associate && managerId.isEmpty())
            managerId = member.id;
    }
    QVERIFY(!managerId.isEmpty());
    m_qml->rootContext()->setContextProperty(QStringLiteral("managerId"), managerId);
    m_qml->rootContext()->setContextProperty(QStringLiteral("firstStaffId"), staff.first().id);
    m_qml->load(QUrl(QStringLiteral("qrc:/Rapport/Ui/Main.qml")));
    QVERIFY2(!m_qml->rootObjects().isEmpty(), "Main.qml did not load");
    m_window = qobject_cast<QQuickWindow *>(m_qml->rootObjects().constFirst());
    QVERIFY(m_window);
    m_shell = m_window->findChild<QQuickItem *>(QStringLiteral("appShell"));
    QVERIFY(m_shell);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void AccessibilityTree::cleanupTestCase()
{
    m_qml.reset();
    m_sync.reset();
    m_engine.reset();
    m_session.reset();
    m_notebook.reset();
}

void AccessibilityTree::run(const char *script)
{
    // The context AppShell.qml's own objects were made in: its ids (clientForm, lockScreen…) resolve there.
    QObject *inside = m_shell->findChild<QObject *>(QStringLiteral("snackbar"));
    QVERIFY2(inside && qmlContext(inside), "AppShell has no snackbar to find its ids through");
    QQmlExpression expression(qmlContext(inside), m_shell, QString::fromUtf8(script));
    expression.evaluate();
    QVERIFY2(!expression.hasError(), qPrintable(expression.error().toString()));
}

void AccessibilityTree::show(const QSize &size, const Visit &visit)
{
    if (m_window->size() != size)
        m_window->resize(size);
    run(kReset);
    if (QTest::currentTestFailed())
        return;
    run(visit.script);
    if (QTest::currentTestFailed())
        return;
    if (visit.field) {
        QObject *field = nullptr;
        const QList<QObject *> roots{m_shell, m_window};
        for (QObject *root : roots)
            if (!field)
                field = root->findChild<QObject *>(QString::fromLatin1(visit.field));
        QVERIFY2(field, visit.field);
        field->setProperty("text", QString::fromUtf8(visit.text));
    }
    if (visit.then)
        run(visit.then);
    // Pages are pushed (portrait) or switched after Qt.callLater; let them settle.
    QTest::qWait(50);
    if (auto *stack = m_shell->findChild<QQuickItem *>(QStringLiteral("pageStack")))
        QTRY_VERIFY_WITH_TIMEOUT(!stack->property("busy").toBool(), 3000);
    // The visit reached where it meant to (a page pushed later, a dialog, a field of the chosen kind).
    const auto onScreen = [this, &visit] {
        const QString name = QString::fromLatin1(visit.shows);
        const QList<QObject *> named = m_shell->findChildren<QObject *>(name);
        if (std::any_of(named.begin(), named.end(), [](QObject *o) { return o->property("visible").toBool(); }))
            return true;
        // Items a Repeater or Loader made hang in the item tree, not always under the shell as QObjects.
        return visibleItemNamed(m_shell, name);
    };
    QTRY_VERIFY2_WITH_TIMEOUT(onScreen(), qPrintable(QStringLiteral("%1 is not on screen").arg(QLatin1String(visit.shows))),
                              3000);
    // A screen reader starting up tells every control to publish its role and
    // name; controls made since the last call (rows, pages, dialogs) need it too.
    QAccessible::setActive(true);
    QTest::qWait(20);
}

void AccessibilityTree::everyControlHasAName_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("visit");
    for (const QSize size : {QSize(1280, 800), QSize(800, 1280)})
        for (int i = 0; i < int(std::size(kVisits)); ++i)
            QTest::newRow(qPrintable(QStringLiteral("%1 %2x%3").arg(QString::fromUtf8(kVisits[i].name))
                                         .arg(size.width()).arg(size.height())))
                << size << i;
}

void AccessibilityTree::everyControlHasAName()
{
    QFETCH(QSize, size);
    QFETCH(int, visit);
    show(size, kVisits[visit]);
    if (QTest::currentTestFailed())
        return;

    QAccessibleInterface *root = QAccessible::queryAccessibleInterface(m_window);
    QVERIFY2(root, "the window has no accessible interface");
    Walk result;
    walk(root, result);
    checkTabStops(m_window->contentItem(), result);
    qInfo("%s: %d elements walked, %d interactive", QTest::currentDataTag(), result.elements, result.interactive);
    QVERIFY2(result.interactive > 0, "nothing interactive on screen: the page did not open");
    result.problems.removeDuplicates();
    QVERIFY2(result.problems.isEmpty(), qPrintable(QStringLiteral("\n  ") + result.problems.join(QStringLiteral("\n  "))));
}

QTEST_MAIN(AccessibilityTree)

#include "tst_accessibility.moc"
