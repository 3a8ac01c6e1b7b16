#pragma once

#include "device.h"
#include "rawclient.h"

#include <QRandomGenerator>

#include <functional>
#include <map>
#include <memory>
#include <set>
#include <vector>

namespace rapport::test {

/**
 * The randomised convergence workload shared by the convergence tests: four devices
 * make random edits, deletes, follow-ups and erasures and sync in random order
 * against whatever server set-up a test puts behind `deviceUrl`; settle() syncs
 * everyone with no new writes and verify() checks that every device equals the
 * server's view and that no write the server acknowledged is lost.
 *
 * Logins: one per device, then one for the erasing console, then one for the fresh
 * device verify() signs in (sign-ins are rate-limited per login).
 */
class ConvergenceRun
{
public:
    static constexpr int DeviceCount = 4;
    static constexpr int LoginCount = DeviceCount + 2;

    /** Signs every device in at `deviceUrl` and the console at `consoleUrl`. */
    ConvergenceRun(quint32 seed, const QList<Login> &logins, const QString &deviceUrl, const QString &consoleUrl);
    ~ConvergenceRun();

    /**
     * Called before half of the syncs (drawn from the seed): a fault proxy cuts its
     * kept-alive connections there so the next request opens a new one.
     */
    void setConnectionCutter(std::function<void()> cut) { m_cutConnections = std::move(cut); }

    /** `steps` random actions, each an edit on one device, an erasure or one device's sync. */
    void play(int steps);
    /** Two rounds of every device syncing until a cycle succeeds (3 attempts each). */
    void settle();
    /** Every device equals a fresh device signed in at `serverUrl`; no acknowledged write lost. */
    void verify(const QString &serverUrl);

    /** Notes the device's pending mutations as written (call before anything may send them). */
    void record(Device &device);

    std::vector<std::unique_ptr<Device>> &devices() { return m_devices; }
    int writes() const { return int(m_written.size()); }
    int fieldsChecked() const { return m_fieldsChecked; }
    /** Devices emptied once their changes were sent, joining again late by snapshot. */
    int rejoins() const { return m_rejoins; }

private:
    struct Written
    {
        QString device;
        Mutation mutation;
    };

    QString word();
    QStringList liveClients(Device &d);
    QStringList ownNotes(Device &d);
    template<typename T>
    const T *pick(const QList<T> &list)
    {
        return list.isEmpty() ? nullptr : &list.at(m_random.bounded(int(list.size())));
    }

    void createClient(Device &d);
    void editClient(Device &d);
    void addNote(Device &d);
    void editNote(Device &d);
    void deleteNote(Device &d);
    void deleteClient(Device &d);
    void addFollowUp(Device &d);
    void erase();
    /**
     * A device that joins late: once its changes are all sent it is emptied, as a resync
     * leaves it, and its next sync loads the organisation by snapshot (otherwise it syncs).
     */
    void rejoin(Device &d);
    void sync(Device &d);
    int checkNoAcknowledgedWriteLost(Notebook &server);

    QRandomGenerator m_random;
    QList<Login> m_logins;
    std::vector<std::unique_ptr<Device>> m_devices;
    std::unique_ptr<RawClient> m_console;
    std::function<void()> m_cutConnections;
    std::map<std::pair<QString, qint64>, Written> m_written;
    std::set<std::pair<QString, qint64>> m_rejected;
    std::set<QString> m_erased;
    int m_fieldsChecked = 0;
    int m_rejoins = 0;
};

} // namespace rapport::test
