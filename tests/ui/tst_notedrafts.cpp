// A note being written survives the app being killed: the draft reaches the
// disk while typing, and a new notebook and session opened on what the killed
// process left behind offer it back.
#include <catch2/catch.hpp>

#include "notedrafts.h"
#include "session.h"

#include "core/clientsearch.h"
#include "core/demodata.h"
#include "core/notebook.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace rapport;
using namespace rapport::ui;

namespace {
/** What a SIGKILL leaves: the files as they are on disk now, with no destructor run. */
void copyFolder(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString target = QDir(to).filePath(QDir(from).relativeFilePath(path));
        QDir().mkpath(QFileInfo(target).path());
        REQUIRE(QFile::copy(path, target));
    }
}
} // namespace

TEST_CASE("a note draft survives the app being killed and comes back for that client")
{
    QTemporaryDir running;
    QTemporaryDir afterKill;
    auto opened = Notebook::open(running.path());
    REQUIRE(opened.ok());
    std::unique_ptr<Notebook> notebook = std::move(opened.value());
    DemoSize size;
    size.clients = 3;
    size.notesPerClient = 1;
    REQUIRE(fillWithDemoData(*notebook, size).ok());
    const auto clients = ClientSearch(notebook->database().connection()).page(QString(), 0, 2);
    REQUIRE(clients.size() == 2);
    const QString clientId = clients.first().id;
    Session session(notebook.get(), running.path());

    const QVariantMap typed{{QStringLiteral("clientId"), clientId}, {QStringLiteral("kind"), QStringLiteral("need")},
                            {QStringLiteral("needPurpose"), QStringLiteral("Hang a mirror")},
                            {QStringLiteral("body"), QStringLiteral("Brick wall, rented flat")}};
    QSignalSpy written(&session.noteDrafts(), &NoteDrafts::written);
    session.keepNoteDraft(clientId, typed);
    // Not on every key: nothing is written before the debounce has passed.
    CHECK(written.isEmpty());
    REQUIRE(written.wait(10000));
    CHECK(written.first().first().toString() == clientId);

    // The draft file is this user's only.
    const QString file = QDir(running.path()).filePath(QStringLiteral("note-drafts/%1.json").arg(clientId));
    REQUIRE(QFileInfo::exists(file));
    CHECK(QFile::permissions(file) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));

    copyFolder(running.path(), afterKill.path());
    auto reopened = Notebook::open(afterKill.path());
    REQUIRE(reopened.ok());
    Session restarted(reopened.value().get(), afterKill.path());
    CHECK(restarted.noteDraft(clientId) == typed);
    CHECK(restarted.noteDraft(clients.last().id).isEmpty());

    // Saved or discarded, it is gone for good.
    restarted.discardNoteDraft(clientId);
    CHECK(restarted.noteDraft(clientId).isEmpty());
    CHECK_FALSE(QFileInfo::exists(QDir(afterKill.path()).filePath(QStringLiteral("note-drafts/%1.json").arg(clientId))));
}

TEST_CASE("a draft under a name that is not an id is never written")
{
    QTemporaryDir dir;
    NoteDrafts drafts(dir.path());
    drafts.keep(QStringLiteral("../../etc/x"), {{QStringLiteral("body"), QStringLiteral("x")}});
    drafts.flush();
    CHECK(drafts.draft(QStringLiteral("../../etc/x")).isEmpty());
    CHECK_FALSE(QDir(dir.path()).exists(QStringLiteral("note-drafts")));
}

TEST_CASE("drafts go with a wipe and with a client that is gone")
{
    QTemporaryDir dir;
    auto opened = Notebook::open(dir.path());
    REQUIRE(opened.ok());
    std::unique_ptr<Notebook> notebook = std::move(opened.value());
    DemoSize size;
    size.clients = 2;
    size.notesPerClient = 1;
    REQUIRE(fillWithDemoData(*notebook, size).ok());
    const QString clientId = ClientSearch(notebook->database().connection()).page(QString(), 0, 1).first().id;
    Session session(notebook.get(), dir.path());
    const QVariantMap typed{{QStringLiteral("kind"), QStringLiteral("other")}, {QStringLiteral("body"), QStringLiteral("x")}};

    session.keepNoteDraft(clientId, typed);
    session.noteDrafts().flush();
    session.forgetNoteDrafts();
    CHECK(session.noteDraft(clientId).isEmpty());
    CHECK_FALSE(QDir(dir.path()).exists(QStringLiteral("note-drafts")));

    // A draft for an id that is no client (erased on another device) is not offered and is removed.
    const QString gone = QStringLiteral("01a22bc0-0000-7000-8000-000000000000");
    session.keepNoteDraft(gone, typed);
    session.noteDrafts().flush();
    CHECK(session.noteDraft(gone).isEmpty());
    CHECK_FALSE(QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("note-drafts/%1.json").arg(gone))));
}

TEST_CASE("unsaved changes to a note are offered back only while the note is unchanged")
{
    QTemporaryDir dir;
    auto opened = Notebook::open(dir.path());
    REQUIRE(opened.ok());
    std::unique_ptr<Notebook> notebook = std::move(opened.value());
    DemoSize size;
    size.clients = 1;
    size.notesPerClient = 1;
    REQUIRE(fillWithDemoData(*notebook, size).ok());
    REQUIRE(notebook->setCurrentStaff(notebook->staff().first().id).ok());
    const QString clientId = ClientSearch(notebook->database().connection()).page(QString(), 0, 1).first().id;
    Session session(notebook.get(), dir.path());
    const QVariantMap added = session.addNote({{QStringLiteral("clientId"), clientId}, {QStringLiteral("kind"), QStringLiteral("other")},
                                               {QStringLiteral("body"), QStringLiteral("First")}});
    REQUIRE(added.value(QStringLiteral("ok")).toBool());
    const QString noteId = added.value(QStringLiteral("noteId")).toString();

    const QVariantMap typed{{QStringLiteral("kind"), QStringLiteral("other")}, {QStringLiteral("body"), QStringLiteral("First, then more")}};
    session.keepNoteEditDraft(noteId, typed);
    session.noteDrafts().flush();
    CHECK(session.noteEditDraft(noteId) == typed);
    // A new-note draft of the same client is a different draft.
    CHECK(session.noteDraft(clientId).isEmpty());

    // The note changed meanwhile (here on this device; a sync does the same): the stale draft goes.
    QTest::qWait(5); // a later updated_at
    REQUIRE(session.updateNote(noteId, {{QStringLiteral("body"), QStringLiteral("Changed elsewhere")}}));
    CHECK(session.noteEditDraft(noteId).isEmpty());
    CHECK_FALSE(QFileInfo::exists(QDir(dir.path()).filePath(QStringLiteral("note-drafts/edit-%1.json").arg(noteId))));
}
