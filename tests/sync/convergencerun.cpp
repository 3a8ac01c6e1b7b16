#include "convergencerun.h"

#include "fixture.h"
#include "localdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace rapport::test {

ConvergenceRun::ConvergenceRun(quint32 seed, const QList<Login> &logins, const QString &deviceUrl,
                               const QString &consoleUrl)
    : m_random(seed), m_logins(logins)
{
    REQUIRE(m_logins.size() >= LoginCount);
    for (int i = 0; i < DeviceCount; ++i) {
        auto device = std::make_unique<Device>(QStringLiteral("device%1").arg(i));
        device->engine().setPushBatchSize(1 + int(m_random.bounded(40)));
        device->engine().setPullPageSize(1 + int(m_random.bounded(60)));
        device->engine().setSnapshotPageSize(1 + int(m_random.bounded(60)));
        const QString name = device->name();
        QObject::connect(&device->engine(), &SyncEngine::changesRejected,
                         [this, name](const QList<qint64> &mids, const QStringList &) {
                             for (qint64 mid : mids)
                                 m_rejected.insert({name, mid});
                         });
        // Sign in with the default timeout: password hashing is deliberately
        // slow and a loaded CI machine must not turn it into a failed setup.
        signInOrFail(*device, deviceUrl, m_logins.at(i));
        device->engine().setRequestTimeout(1000);
        m_devices.push_back(std::move(device));
    }
    m_console = std::make_unique<RawClient>(consoleUrl);
    REQUIRE(m_console->signIn(m_logins.at(DeviceCount).login, m_logins.at(DeviceCount).password));
}

ConvergenceRun::~ConvergenceRun() = default;

void ConvergenceRun::play(int steps)
{
    for (int step = 0; step < steps; ++step) {
        Device &d = *m_devices[m_random.bounded(int(m_devices.size()))];
        const int roll = int(m_random.bounded(100));
        if (roll < 18)
            createClient(d);
        else if (roll < 45)
            editClient(d);
        else if (roll < 58)
            addNote(d);
        else if (roll < 68)
            editNote(d);
        else if (roll < 71)
            deleteNote(d);
        else if (roll < 73)
            deleteClient(d);
        else if (roll < 78)
            addFollowUp(d);
        else if (roll < 80)
            erase();
        else if (roll < 82)
            rejoin(d);
        else
            sync(d);
    }
}

void ConvergenceRun::rejoin(Device &d)
{
    if (d.notebook().pendingMutationCount() > 0) {
        sync(d);
        return;
    }
    REQUIRE(LocalData::wipe(d.notebook()).ok());
    // As after a resync: the staff list comes back with the snapshot, the writer stays.
    (void)d.notebook().setCurrentStaff(d.engine().staffId());
    ++m_rejoins;
}

void ConvergenceRun::settle()
{
    for (int round = 0; round < 2; ++round) {
        for (auto &d : m_devices) {
            record(*d);
            INFO("final sync of " << d->name().toStdString() << ": " << d->engine().lastError().toStdString());
            REQUIRE(d->syncUntilOk(3));
        }
    }
}

void ConvergenceRun::verify(const QString &serverUrl)
{
    Device fresh(QStringLiteral("fresh"));
    signInOrFail(fresh, serverUrl, m_logins.at(DeviceCount + 1));
    const QString server = snapshot(fresh.notebook());
    for (auto &d : m_devices) {
        INFO(d->name().toStdString());
        CHECK(d->notebook().pendingMutationCount() == 0);
        const QString mine = snapshot(d->notebook());
        if (mine != server)
            UNSCOPED_INFO("first difference near: " << firstDifference(mine, server).toStdString());
        CHECK(mine == server);
    }
    m_fieldsChecked = checkNoAcknowledgedWriteLost(fresh.notebook());
}

QString ConvergenceRun::word()
{
    return QStringLiteral("w%1").arg(m_random.bounded(1000000));
}

QStringList ConvergenceRun::liveClients(Device &d)
{
    QSqlQuery q(d.notebook().database().connection());
    q.exec(QStringLiteral("SELECT id FROM client WHERE deleted = 0 ORDER BY id"));
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

QStringList ConvergenceRun::ownNotes(Device &d)
{
    QSqlQuery q(d.notebook().database().connection());
    q.prepare(QStringLiteral("SELECT id FROM note WHERE deleted = 0 AND author_id = ? ORDER BY id"));
    q.addBindValue(d.notebook().currentStaffId());
    q.exec();
    QStringList ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

void ConvergenceRun::createClient(Device &d)
{
    ClientChanges c;
    c.givenName = word();
    c.familyName = word();
    c.phone = QStringLiteral("555%1").arg(m_random.bounded(10000000));
    (void)d.notebook().createClient(c);
}

void ConvergenceRun::editClient(Device &d)
{
    const QStringList clients = liveClients(d);
    const QString *id = pick(clients);
    if (!id)
        return;
    ClientChanges c;
    switch (m_random.bounded(5)) {
    case 0: c.givenName = word(); break;
    case 1: c.phone = QStringLiteral("555%1").arg(m_random.bounded(10000000)); break;
    case 2: c.interests = word(); break;
    case 3: c.sizes = word(); break;
    default: c.keepInTouchDays = int(m_random.bounded(90)); break;
    }
    (void)d.notebook().updateClient(*id, c);
}

void ConvergenceRun::addNote(Device &d)
{
    const QStringList clients = liveClients(d);
    const QString *id = pick(clients);
    if (!id)
        return;
    Note n;
    n.clientId = *id;
    n.kind = NoteKind::Conversation;
    n.body = word();
    (void)d.notebook().addNote(n);
}

void ConvergenceRun::editNote(Device &d)
{
    const QStringList notes = ownNotes(d);
    const QString *id = pick(notes);
    if (!id)
        return;
    auto note = d.notebook().note(*id);
    if (!note)
        return;
    note->body = word();
    (void)d.notebook().updateNote(*note);
}

void ConvergenceRun::deleteNote(Device &d)
{
    const QStringList notes = ownNotes(d);
    if (const QString *id = pick(notes))
        (void)d.notebook().deleteNote(*id);
}

void ConvergenceRun::deleteClient(Device &d)
{
    const QStringList clients = liveClients(d);
    if (const QString *id = pick(clients))
        (void)d.notebook().deleteClient(*id);
}

void ConvergenceRun::addFollowUp(Device &d)
{
    const QStringList clients = liveClients(d);
    const QString *id = pick(clients);
    if (!id)
        return;
    FollowUp f;
    f.clientId = *id;
    f.assigneeId = d.notebook().currentStaffId();
    f.dueDate = QDate::currentDate().addDays(int(m_random.bounded(30)));
    f.reason = word();
    f.kind = FollowUpKind::KeepInTouch;
    (void)d.notebook().addFollowUp(f);
}

void ConvergenceRun::erase()
{
    // Erase a client the server already knows (seen by some device after a sync).
    Device &d = *m_devices[m_random.bounded(int(m_devices.size()))];
    const QStringList clients = liveClients(d);
    const QString *id = pick(clients);
    if (!id)
        return;
    const QString status = m_console->eraseClient(*id);
    if (status == QLatin1String("applied"))
        m_erased.insert(*id);
}

void ConvergenceRun::sync(Device &d)
{
    record(d);
    // Kept-alive connections would dodge a fault plan: the set-up cuts them now and
    // then so the next request opens a new connection and draws a fault.
    if (m_random.bounded(100) < 50 && m_cutConnections)
        m_cutConnections();
    (void)d.sync();
}

void ConvergenceRun::record(Device &d)
{
    for (const Mutation &m : d.notebook().pendingMutations(1000000))
        m_written[{d.name(), m.mid}] = Written{d.name(), m};
}

/**
 * Every write the server acknowledged must be visible: for each field, the
 * value of the newest (by clock) accepted write, unless the record was
 * deleted or erased (those win by design).
 */
int ConvergenceRun::checkNoAcknowledgedWriteLost(Notebook &server)
{
    std::map<QString, QString> clientOfRecord; // note/follow_up id -> client id
    std::set<QString> gone;                     // deleted or erased records
    struct Winner { QString hlc; QJsonValue value; };
    std::map<std::tuple<QString, QString, QString>, Winner> winners;
    for (const auto &[key, w] : m_written) {
        if (m_rejected.count(key))
            continue;
        const Mutation &m = w.mutation;
        const QJsonObject fields = QJsonDocument::fromJson(m.fieldsJson.toUtf8()).object();
        if (fields.contains(QStringLiteral("client_id")))
            clientOfRecord[m.entityId] = fields.value(QStringLiteral("client_id")).toString();
        if (m.op != QLatin1String("upsert")) {
            gone.insert(m.entityId);
            continue;
        }
        for (auto it = fields.begin(); it != fields.end(); ++it) {
            if (it.value().isObject() || it.value().isArray())
                continue;
            auto &winner = winners[{m.entity, m.entityId, it.key()}];
            if (m.hlc > winner.hlc)
                winner = Winner{m.hlc, it.value()};
        }
    }
    QSqlDatabase db = server.database().connection();
    int checked = 0;
    for (const auto &[key, winner] : winners) {
        const auto &[entity, id, field] = key;
        const QString client = entity == QLatin1String("client") ? id : clientOfRecord[id];
        if (gone.count(id) || gone.count(client) || m_erased.count(client) || m_erased.count(id))
            continue;
        if (entity == QLatin1String("conflict"))
            continue;
        QSqlQuery q(db);
        q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ? AND deleted = 0").arg(field, entity));
        q.addBindValue(id);
        REQUIRE(q.exec());
        INFO(entity.toStdString() << " " << id.toStdString() << " field " << field.toStdString());
        REQUIRE(q.next());
        const QString expected = winner.value.isNull() ? QString() : winner.value.toVariant().toString();
        CHECK(q.value(0).toString() == expected);
        ++checked;
    }
    return checked;
}

} // namespace rapport::test
