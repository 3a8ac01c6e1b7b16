#include "notebook.h"

#include "logging.h"
#include "noteindex.h"
#include "notebook_p.h"
#include "sqlutil.h"

namespace rapport {

void Notebook::setNoteIndexDeferThreshold(int notes) { d->noteIndexDeferThreshold = qMax(0, notes); }

namespace {

Notebook::NoteIndexProgress progressOf(const QSqlDatabase &db, std::optional<qint64> through)
{
    Notebook::NoteIndexProgress progress;
    progress.total = sql::scalar(db, QStringLiteral("SELECT count(*) FROM note WHERE deleted = 0")).toLongLong();
    progress.complete = !through.has_value();
    progress.indexed = progress.complete
                           ? progress.total
                           : sql::scalar(db, QStringLiteral("SELECT count(*) FROM note WHERE deleted = 0 AND seq <= ?"),
                                         {*through})
                                 .toLongLong();
    return progress;
}

} // namespace

Notebook::NoteIndexProgress Notebook::noteIndexProgress() const
{
    const QSqlDatabase db = d->connection();
    return progressOf(db, noteindex::indexedThrough(db));
}

bool Notebook::noteIndexComplete() const { return !noteindex::indexedThrough(d->connection()).has_value(); }

Result<Notebook::NoteIndexBatch> Notebook::indexWaitingNotes(int batch)
{
    QSqlDatabase db = d->connection();
    std::optional<qint64> through;
    NoteIndexBatch done;
    {
        // The watermark is read and moved inside the write lock, so a page
        // applied or a note saved meanwhile sees either side of the batch.
        WriteTransaction transaction(db);
        if (!transaction.began())
            return Error{QStringLiteral("The notebook is busy; note indexing continues later.")};
        through = noteindex::indexedThrough(db);
        if (!through)
            return done;
        const QVariant last = sql::scalar(
            db, QStringLiteral("SELECT max(seq) FROM (SELECT seq FROM note WHERE seq > ? ORDER BY seq LIMIT ?)"),
            {*through, qMax(1, batch)});
        const qint64 upTo = last.isNull() ? *through : last.toLongLong();
        if (upTo > *through) {
            if (Status s = noteindex::setMerging(db, noteindex::Merging::CatchUp); !s)
                return Error{s.errorMessage()};
            if (Status s = noteindex::indexRange(db, *through, upTo); !s)
                return Error{s.errorMessage()};
            done.indexed = sql::scalar(db, QStringLiteral("SELECT changes()")).toLongLong();
        }
        const bool more =
            sql::scalar(db, QStringLiteral("SELECT EXISTS(SELECT 1 FROM note WHERE seq > ?)"), {upTo}).toInt() == 1;
        const Status moved =
            more ? sql::exec(db, QStringLiteral("UPDATE meta SET value = ? WHERE key = ?"),
                             {QString::number(upTo), noteindex::ThroughKey})
                 : sql::exec(db, QStringLiteral("DELETE FROM meta WHERE key = ?"), {noteindex::ThroughKey});
        if (!moved)
            return Error{moved.errorMessage()};
        if (!more) {
            if (Status s = noteindex::setMerging(db, noteindex::Merging::Usual); !s)
                return Error{s.errorMessage()};
        }
        if (Status s = transaction.commit(); !s)
            return Error{s.errorMessage()};
        through = more ? std::optional<qint64>(upTo) : std::nullopt;
    }
    done.complete = !through.has_value();
    if (done.complete) {
        qCInfo(lcCore) << "every note is in the search index";
        notifyChanged();
    }
    return done;
}

} // namespace rapport
