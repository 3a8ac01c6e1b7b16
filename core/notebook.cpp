#include "notebook.h"

#include "logging.h"
#include "notebook_p.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonDocument>
#include <QThread>

namespace rapport {

namespace {

const QString DeviceIdKey = QStringLiteral("device_id");
const QString CurrentStaffKey = QStringLiteral("current_staff_id");
const QString PullCursorKey = QStringLiteral("pull_cursor");

QString metaValue(const QSqlDatabase &db, const QString &key)
{
    return sql::scalar(db, QStringLiteral("SELECT value FROM meta WHERE key = ?"), {key}).toString();
}

Status setMetaValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    return sql::exec(db,
                     QStringLiteral("INSERT INTO meta(key, value) VALUES(?, ?) "
                                    "ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
                     {key, value});
}

} // namespace

Result<std::unique_ptr<Notebook>> Notebook::open(const QString &dataDir, Hlc::WallClock wallClock)
{
    if (!QDir().mkpath(dataDir)) {
        return Error{QCoreApplication::translate("Notebook", "Could not create the data folder %1. Choose a folder you can write to "
                                    "(--data-dir).")
                         .arg(dataDir)};
    }
    Result<Database> database = Database::open(QDir(dataDir).filePath(QStringLiteral("rapport.db")));
    if (!database)
        return Error{database.errorMessage()};
    QSqlDatabase db = database->connection();

    // The device id is made once, on first open, in the same transaction that stores it.
    QString deviceId;
    {
        WriteTransaction transaction(db);
        deviceId = metaValue(db, DeviceIdKey);
        if (deviceId.isEmpty()) {
            deviceId = newUuidV7();
            if (Status s = setMetaValue(db, DeviceIdKey, deviceId); !s)
                return Error{s.errorMessage()};
        }
        if (Status s = transaction.commit(); !s)
            return Error{s.errorMessage()};
    }
    std::unique_ptr<Notebook> notebook(new Notebook(database.value(), deviceId, std::move(wallClock)));
    notebook->d->hlc.load(db);
    notebook->d->currentStaffId = metaValue(db, CurrentStaffKey);
    return notebook;
}

Notebook::Notebook(Database db, const QString &deviceId, Hlc::WallClock wallClock)
    : d(std::make_unique<Private>(std::move(db), deviceId, std::move(wallClock)))
{
}

Notebook::~Notebook()
{
    // The notebook owns the file: its connections go with it, so a data folder can be reopened.
    d->db.close();
}

Database &Notebook::database() { return d->db; }
QString Notebook::deviceId() const { return d->deviceId; }
Hlc &Notebook::clock() { return d->hlc; }
QString Notebook::currentStaffId() const { return d->currentStaffId; }

Status Notebook::setCurrentStaff(const QString &staffId)
{
    if (!staffId.isEmpty() && !staffById(staffId)) {
        return Error{QCoreApplication::translate("Notebook", "There is no staff member with id %1 on this device. Pick a name from "
                                    "the staff list.")
                         .arg(staffId)};
    }
    if (Status s = setMetaValue(d->connection(), CurrentStaffKey, staffId); !s)
        return s;
    d->currentStaffId = staffId;
    notifyChanged();
    return Done{};
}

QString Notebook::localSetting(const QString &key) const
{
    return metaValue(d->connection(), QStringLiteral("setting.") + key);
}

Status Notebook::setLocalSetting(const QString &key, const QString &value)
{
    // Prefixed so a preference can never overwrite the device id or the pull cursor.
    return setMetaValue(d->connection(), QStringLiteral("setting.") + key, value);
}

QList<Store> Notebook::stores() const
{
    QList<Store> out;
    QSqlQuery query(d->connection());
    if (!sql::exec(query, QStringLiteral("SELECT id, name, address FROM store WHERE deleted = 0 ORDER BY name")))
        return out;
    while (query.next())
        out.append(Store{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()});
    return out;
}

static Staff staffFromQuery(const QSqlQuery &query)
{
    Staff staff;
    staff.id = query.value(0).toString();
    staff.storeId = query.value(1).toString();
    staff.name = query.value(2).toString();
    staff.login = query.value(3).toString();
    staff.role = staffRoleFromString(query.value(4).toString()).value_or(StaffRole::Associate);
    return staff;
}

QList<Staff> Notebook::staff() const
{
    QList<Staff> out;
    QSqlQuery query(d->connection());
    if (!sql::exec(query, QStringLiteral("SELECT id, store_id, name, login, role FROM staff "
                                         "WHERE deleted = 0 ORDER BY name")))
        return out;
    while (query.next())
        out.append(staffFromQuery(query));
    return out;
}

std::optional<Staff> Notebook::staffById(const QString &id) const
{
    sql::Cached query(d->connection(), QStringLiteral("SELECT id, store_id, name, login, role FROM staff WHERE id = ?"));
    if (!query.exec({id}) || !query.next())
        return std::nullopt;
    return staffFromQuery(query.query());
}

std::optional<Store> Notebook::storeById(const QString &id) const
{
    QSqlQuery query(d->connection());
    if (!sql::exec(query, QStringLiteral("SELECT id, name, address FROM store WHERE id = ?"), {id}) || !query.next())
        return std::nullopt;
    return Store{query.value(0).toString(), query.value(1).toString(), query.value(2).toString()};
}

// Stores and staff are reference data owned by the server: written as they are,
// never recorded in the outbox.
Status Notebook::upsertStore(const Store &store)
{
    if (store.id.isEmpty())
        return Error{QCoreApplication::translate("Notebook", "A store needs an id.")};
    Status s = sql::exec(d->connection(),
                         QStringLiteral("INSERT INTO store(id, name, address, deleted) VALUES(?, ?, ?, 0) "
                                        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, "
                                        "address = excluded.address, deleted = 0"),
                         {store.id, sql::text(store.name), sql::text(store.address)});
    if (s)
        notifyChanged();
    return s;
}

Status Notebook::upsertStaff(const Staff &staff)
{
    if (staff.id.isEmpty() || staff.name.trimmed().isEmpty())
        return Error{QCoreApplication::translate("Notebook", "A staff member needs an id and a name.")};
    Status s = sql::exec(d->connection(),
                         QStringLiteral("INSERT INTO staff(id, store_id, name, login, role, deleted) "
                                        "VALUES(?, ?, ?, ?, ?, 0) ON CONFLICT(id) DO UPDATE SET "
                                        "store_id = excluded.store_id, name = excluded.name, "
                                        "login = excluded.login, role = excluded.role, deleted = 0"),
                         {staff.id, sql::text(staff.storeId), staff.name, sql::text(staff.login),
                          toString(staff.role)});
    if (s)
        notifyChanged();
    return s;
}

QList<Mutation> Notebook::pendingMutations(int limit) const
{
    QList<Mutation> out;
    QSqlQuery query(d->connection());
    if (!sql::exec(query,
                   QStringLiteral("SELECT mid, entity, entity_id, op, fields, base, hlc, staff_id FROM outbox "
                                  "ORDER BY mid LIMIT ?"),
                   {limit}))
        return out;
    while (query.next()) {
        out.append(Mutation{query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                            query.value(6).toString(), query.value(7).toString()});
    }
    return out;
}

int Notebook::pendingMutationCount() const
{
    return sql::scalar(d->connection(), QStringLiteral("SELECT count(*) FROM outbox")).toInt();
}

int Notebook::pendingMutationCount(const QString &staffId) const
{
    return sql::scalar(d->connection(), QStringLiteral("SELECT count(*) FROM outbox WHERE staff_id = ?"), {staffId})
        .toInt();
}

Status Notebook::acknowledgeMutations(qint64 upToMid)
{
    return sql::exec(d->connection(), QStringLiteral("DELETE FROM outbox WHERE mid <= ?"), {upToMid});
}

QString Notebook::pullCursor() const { return metaValue(d->connection(), PullCursorKey); }

void Notebook::notifyChanged()
{
    // Writes may come from the sync worker; views listen on the notebook's thread.
    if (QThread::currentThread() == thread())
        Q_EMIT changed();
    else
        QMetaObject::invokeMethod(this, &Notebook::changed, Qt::QueuedConnection);
}

} // namespace rapport
