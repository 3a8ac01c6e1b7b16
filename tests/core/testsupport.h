#pragma once

#include "notebook.h"

#include <catch2/catch.hpp>

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <memory>

namespace Catch {
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &value) { return '"' + value.toStdString() + '"'; }
};
} // namespace Catch

namespace rapport::test {

/** A notebook in a fresh temporary folder with one store, two associates and Sam at the tablet. */
struct TestNotebook
{
    explicit TestNotebook(Hlc::WallClock wallClock = {})
    {
        REQUIRE(dir.isValid());
        auto opened = Notebook::open(dir.path(), std::move(wallClock));
        INFO(opened.errorMessage().toStdString());
        REQUIRE(opened.ok());
        notebook = std::move(opened.value());
        REQUIRE(notebook->upsertStore(Store{QStringLiteral("store-harbour"), QStringLiteral("Harbour St"), {}}).ok());
        REQUIRE(notebook->upsertStaff(sam).ok());
        REQUIRE(notebook->upsertStaff(alex).ok());
        REQUIRE(notebook->setCurrentStaff(sam.id).ok());
    }

    Notebook &nb() { return *notebook; }

    Client addClient(const QString &given, const QString &family, const QString &phone = {})
    {
        ClientChanges c;
        c.givenName = given;
        c.familyName = family;
        if (!phone.isEmpty())
            c.phone = phone;
        auto created = notebook->createClient(c);
        INFO(created.errorMessage().toStdString());
        REQUIRE(created.ok());
        return created.value();
    }

    Note addNote(const QString &clientId, NoteKind kind, const QString &body, const QString &items = {})
    {
        Note n;
        n.clientId = clientId;
        n.kind = kind;
        n.body = body;
        n.items = items;
        auto added = notebook->addNote(n);
        INFO(added.errorMessage().toStdString());
        REQUIRE(added.ok());
        return added.value();
    }

    QTemporaryDir dir;
    std::unique_ptr<Notebook> notebook;
    Staff sam{QStringLiteral("staff-sam"), QStringLiteral("store-harbour"), QStringLiteral("Sam Lee"),
              QStringLiteral("sam"), StaffRole::Associate};
    Staff alex{QStringLiteral("staff-alex"), QStringLiteral("store-harbour"), QStringLiteral("Alex Kim"),
               QStringLiteral("alex"), StaffRole::Manager};
};

inline QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace rapport::test
