#pragma once

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <utility>

namespace rapport {

/**
 * Runs `work()` on the thread `worker` lives on, then `done(result)` on the thread `owner` lives
 * on, unless `owner` is gone by then. The sync engine's apply and read threads and the note
 * indexer hand their work over this way; neither function may touch `owner` from the worker.
 */
template <typename Owner, typename Work, typename Done>
void runOnWorker(QObject *worker, Owner *owner, Work work, Done done)
{
    QPointer<Owner> self(owner);
    QMetaObject::invokeMethod(worker, [self, work = std::move(work), done = std::move(done)] {
        auto result = work();
        QMetaObject::invokeMethod(
            self.data(),
            [self, done, result = std::move(result)] {
                if (self)
                    done(result);
            },
            Qt::QueuedConnection);
    });
}

} // namespace rapport
