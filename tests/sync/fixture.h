#pragma once

#include "device.h"
#include "serverprocess.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

namespace rapport::test {

/** A fresh chain on a real rapport-server: one store, a manager and an associate. */
struct Chain
{
    QTemporaryDir dir;
    Login sam{QStringLiteral("sam"), QStringLiteral("sam-secret-1"), QStringLiteral("manager")};
    Login alex{QStringLiteral("alex"), QStringLiteral("alex-secret-1"), QStringLiteral("associate")};
    ServerProcess server{dir.filePath(QStringLiteral("server.db"))};

    /** `extra` logins: the server allows 5 sign-ins per login and address a minute. */
    explicit Chain(const QList<Login> &extra = {})
    {
        server.setUpChain(QList<Login>{sam, alex} + extra);
        server.start();
    }
};

inline QString createClient(Notebook &notebook, const QString &given, const QString &family = QStringLiteral("Tester"))
{
    ClientChanges changes;
    changes.givenName = given;
    changes.familyName = family;
    auto created = notebook.createClient(changes);
    INFO(created.errorMessage().toStdString());
    REQUIRE(created.ok());
    return created->id;
}

/** Adds a conversation note to `clientId` as the notebook's current staff; returns its id. */
inline QString addNote(Notebook &notebook, const QString &clientId, const QString &body)
{
    Note note;
    note.clientId = clientId;
    note.kind = NoteKind::Conversation;
    note.body = body;
    auto added = notebook.addNote(note);
    INFO(added.errorMessage().toStdString());
    REQUIRE(added.ok());
    return added->id;
}

/** The note `noteId` of a client's timeline, if the notebook has it. */
inline std::optional<Note> findNote(Notebook &notebook, const QString &clientId, const QString &noteId)
{
    for (const Note &n : notebook.notesForClient(clientId)) {
        if (n.id == noteId)
            return n;
    }
    return std::nullopt;
}

inline void signInOrFail(Device &device, const QString &url, const Login &login)
{
    const QString error = device.signIn(url, login);
    INFO(device.name().toStdString() << " sign-in: " << error.toStdString());
    REQUIRE(error.isEmpty());
}

#define CHECK_SAME_DATA(a, b)                                                                          \
    do {                                                                                               \
        const QString left_ = (a), right_ = (b);                                                       \
        INFO("first difference:\n" << firstDifference(left_, right_).toStdString());                  \
        CHECK(left_ == right_);                                                                        \
    } while (false)

} // namespace rapport::test
