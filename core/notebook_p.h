#pragma once

#include "changerecorder.h"
#include "notebook.h"

#include <QSqlQuery>

#include <atomic>

// Shared by the notebook_*.cpp files, which split Notebook by entity.
namespace rapport {

struct Notebook::Private
{
    Private(Database database, QString device, Hlc::WallClock wallClock)
        : db(std::move(database)), deviceId(std::move(device)), hlc(deviceId, std::move(wallClock))
    {
    }

    Database db;
    QString deviceId;
    Hlc hlc;
    QString currentStaffId;
    // A pulled page adding this many notes leaves their search index to batches (0: never).
    std::atomic<int> noteIndexDeferThreshold{1000};

    QSqlDatabase connection() const { return db.connection(); }
    ChangeRecorder recorder(const QSqlDatabase &connection)
    {
        return ChangeRecorder(connection, [this](QSqlDatabase c) { return hlc.tick(c); }, currentStaffId);
    }
};

namespace detail {

QVariantMap clientValues(const Client &client);
Client clientFromQuery(const QSqlQuery &query); // query selects client.*
QVariantMap noteValues(const Note &note);
Note noteFromQuery(const QSqlQuery &query); // query selects note.*
QVariantMap followUpValues(const FollowUp &followUp);
FollowUp followUpFromQuery(const QSqlQuery &query); // query selects follow_up.*

} // namespace detail

} // namespace rapport
