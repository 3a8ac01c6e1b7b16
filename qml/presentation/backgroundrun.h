#pragma once

#include "core/database.h"

#include <QList>
#include <QMetaObject>
#include <QObject>
#include <QPointer>
#include <QThread>

#include <atomic>
#include <functional>
#include <memory>

namespace rapport::ui {

/**
 * Reads that take a second on a large chain (the manager's report, the records behind a
 * measure) run on a thread of their own with its own database connection, so the
 * window keeps drawing. A new start() makes the runs before it stale: they stop at
 * their next check of stillWanted() and what they deliver is dropped. The owner keeps
 * this as a member, so its destructor (which stops and waits for the runs) comes before
 * the owner's QObject part goes, and nothing is delivered to a destroyed object.
 */
class BackgroundRun
{
public:
    /** What a run is handed: its connection, whether it is still wanted, and a way to deliver. */
    struct Context
    {
        QSqlDatabase db;
        std::function<bool()> stillWanted;
        /** Runs `apply` on the owner's thread, unless a later start() made this run stale. */
        std::function<void(std::function<void()>)> deliver;
    };

    explicit BackgroundRun(QObject *owner) : m_owner(owner) {}
    ~BackgroundRun()
    {
        ++*m_generation;
        for (const QPointer<QThread> &thread : std::as_const(m_threads)) {
            if (thread)
                thread->wait();
        }
    }
    Q_DISABLE_COPY_MOVE(BackgroundRun)

    void start(const Database &database, std::function<void(const Context &)> work)
    {
        const int generation = ++*m_generation;
        const auto current = m_generation;
        QPointer<QObject> owner = m_owner;
        QThread *thread = QThread::create([database, work = std::move(work), generation, current, owner] {
            Context context;
            context.db = database.connection();
            context.stillWanted = [current, generation] { return current->load() == generation; };
            context.deliver = [current, generation, owner](std::function<void()> apply) {
                QMetaObject::invokeMethod(
                    owner.data(),
                    [current, generation, apply = std::move(apply)] {
                        if (current->load() == generation)
                            apply();
                    },
                    Qt::QueuedConnection);
            };
            work(context);
            context.db = QSqlDatabase();
            database.closeThisThreadConnection();
        });
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
        m_threads.removeAll(QPointer<QThread>());
        m_threads.append(thread);
        thread->start(QThread::LowPriority);
    }

    /** Makes every run stale (their results are dropped). */
    void cancel() { ++*m_generation; }

private:
    QObject *m_owner;
    std::shared_ptr<std::atomic<int>> m_generation = std::make_shared<std::atomic<int>>(0);
    QList<QPointer<QThread>> m_threads;
};

} // namespace rapport::ui
