// Randomised convergence: several devices make random edits, deletes and
// erasures, sync in random order through a proxy that injects faults, and now
// and then one is emptied and joins again late, loading the organisation by
// snapshot (cut by the same faults, with the others writing meanwhile); at the
// end every device equals the server's view and no acknowledged write is lost.
#include "fixture.h"
#include "localdata.h"
#include "rawclient.h"
#include "tcpproxy.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <map>
#include <set>

using namespace rapport;
using namespace rapport::test;

namespace {

struct Written
{
    QString device;
    Mutation mutation;
};

/** One seeded run; returns nothing, asserts through Catch. */
class Run
{
public:
    Run(quint32 seed, const QString &templateDb, const QList<Login> &logins, QTemporaryDir &dir)
        : m_seed(seed), m_random(seed), m_logins(logins), m_server(dir.filePath(QStringLiteral("seed-%1.db").arg(seed)))
    {
        for (const QString &suffix : {QString(), QStringLiteral("-wal")}) {
            if (QFile::exists(templateDb + suffix))
                REQUIRE(QFile::copy(templateDb + suffix, m_server.dbPath() + suffix));
        }
        m_server.start();
        m_proxy = std::make_unique<TcpProxy>(m_server.port());
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
            signInOrFail(*device, m_proxy->url(), m_logins.at(i));
            device->engine().setRequestTimeout(1000);
            m_devices.push_back(std::move(device));
        }
        m_proxy->setRandomFaults(0.3, seed);
        m_console = std::make_unique<RawClient>(m_server.url());
        REQUIRE(m_console->signIn(m_logins.at(DeviceCount).login, m_logins.at(DeviceCount).password));
    }

    void play(int steps)
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

    void settle()
    {
        m_proxy->setRandomFaults(0.0, m_seed);
        for (int round = 0; round < 2; ++round) {
            for (auto &d : m_devices) {
                record(*d);
                INFO("final sync of " << d->name().toStdString() << ": " << d->engine().lastError().toStdString());
                REQUIRE(d->syncUntilOk(3));
            }
        }
    }

    void verify()
    {
        Device fresh(QStringLiteral("fresh"));
        signInOrFail(fresh, m_server.url(), m_logins.at(DeviceCount + 1));
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
        UNSCOPED_INFO("faults injected: " << m_proxy->faultsInjected() << " of " << m_proxy->connectionsSeen());
    }

    int writes() const { return int(m_written.size()); }
    int fieldsChecked() const { return m_fieldsChecked; }
    int faults() const { return m_proxy->faultsInjected(); }
    int rejoins() const { return m_rejoins; }

private:
    static constexpr int DeviceCount = 4;

    QString word() { return QStringLiteral("w%1").arg(m_random.bounded(1000000)); }

    QStringList liveClients(Device &d)
    {
        QSqlQuery q(d.notebook().database().connection());
        q.exec(QStringLiteral("SELECT id FROM client WHERE deleted = 0 ORDER BY id"));
        QStringList ids;
        while (q.next())
            ids << q.value(0).toString();
        return ids;
    }

    QStringList ownNotes(Device &d)
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

    template<typename T>
    const T *pick(const QList<T> &list)
    {
        return list.isEmpty() ? nullptr : &list.at(m_random.bounded(int(list.size())));
    }

    void createClient(Device &d)
    {
        ClientChanges c;
        c.givenName = word();
        c.familyName = word();
        c.phone = QStringLiteral("555%1").arg(m_random.bounded(10000000));
        (void)d.notebook().createClient(c);
    }

    void editClient(Device &d)
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

    void addNote(Device &d)
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

    void editNote(Device &d)
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

    void deleteNote(Device &d)
    {
        const QStringList notes = ownNotes(d);
        if (const QString *id = pick(notes))
            (void)d.notebook().deleteNote(*id);
    }

    void deleteClient(Device &d)
    {
        const QStringList clients = liveClients(d);
        if (const QString *id = pick(clients))
            (void)d.notebook().deleteClient(*id);
    }

    void addFollowUp(Device &d)
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

    void erase()
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

    /**
     * A device that joins late: once its changes are all sent it is emptied, as a resync
     * leaves it, and its next sync loads the organisation by snapshot.
     */
    void rejoin(Device &d)
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

    void sync(Device &d)
    {
        record(d);
        // Kept-alive connections would dodge the fault plan: cut them now and then
        // so the next request opens a new connection and draws a fault.
        if (m_random.bounded(100) < 50)
            m_proxy->dropConnections();
        (void)d.sync();
    }

    void record(Device &d)
    {
        for (const Mutation &m : d.notebook().pendingMutations(1000000))
            m_written[{d.name(), m.mid}] = Written{d.name(), m};
    }

    /**
     * Every write the server acknowledged must be visible: for each field, the
     * value of the newest (by clock) accepted write, unless the record was
     * deleted or erased (those win by design).
     */
    int checkNoAcknowledgedWriteLost(Notebook &server)
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

    quint32 m_seed;
    QRandomGenerator m_random;
    QList<Login> m_logins;
    ServerProcess m_server;
    std::unique_ptr<TcpProxy> m_proxy;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::unique_ptr<RawClient> m_console;
    std::map<std::pair<QString, qint64>, Written> m_written;
    std::set<std::pair<QString, qint64>> m_rejected;
    std::set<QString> m_erased;
    int m_fieldsChecked = 0;
    int m_rejoins = 0;
};

} // namespace

TEST_CASE("Random edits, syncs and faults converge on every device", "[convergence]")
{
    const int seeds = qEnvironmentVariableIsSet("RAPPORT_CONVERGENCE_SEEDS")
        ? qEnvironmentVariableIntValue("RAPPORT_CONVERGENCE_SEEDS")
        : 20;
    const int steps = qEnvironmentVariableIsSet("RAPPORT_CONVERGENCE_STEPS")
        ? qEnvironmentVariableIntValue("RAPPORT_CONVERGENCE_STEPS")
        : 150;
    // One manager login per device, one for the erasing console, one for the final
    // fresh device: sign-ins are rate-limited per login.
    QList<Login> logins;
    for (int i = 0; i < 6; ++i)
        logins.append(Login{QStringLiteral("manager%1").arg(i), QStringLiteral("manager-secret-%1").arg(i),
                            QStringLiteral("manager")});
    Chain chain(logins); // builds the template database once
    chain.server.stop();
    int totalWrites = 0;
    int totalChecked = 0;
    int totalFaults = 0;
    int totalRejoins = 0;
    for (quint32 seed = 1; seed <= quint32(seeds); ++seed) {
        INFO("seed " << seed << " (rerun one seed: RAPPORT_CONVERGENCE_FIRST_SEED=" << seed << ")");
        const quint32 first = quint32(qEnvironmentVariableIntValue("RAPPORT_CONVERGENCE_FIRST_SEED"));
        const quint32 actual = first ? first + seed - 1 : seed;
        INFO("actual seed " << actual);
        Run run(actual, chain.server.dbPath(), logins, chain.dir);
        run.play(steps);
        run.settle();
        run.verify();
        totalWrites += run.writes();
        totalChecked += run.fieldsChecked();
        totalFaults += run.faults();
        totalRejoins += run.rejoins();
    }
    WARN("convergence: " << seeds << " seeds, " << totalWrites << " writes, " << totalFaults
                         << " injected faults, " << totalRejoins << " devices joined late by snapshot, " << totalChecked << " fields matched their newest acknowledged write");
    CHECK(totalWrites > 0);
    CHECK(totalChecked > 0);
    CHECK(totalRejoins > 0);
}
