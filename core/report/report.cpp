#include "report.h"

#include "bookmeasures.h"
#include "followupmeasures.h"
#include "notewindow.h"
#include "purchasemeasures.h"
#include "reportquery.h"
#include "visitmeasures.h"

#include "logging.h"

#include <QElapsedTimer>

#include <sqlite3.h>

#include <ctime>

namespace rapport {

namespace {

int pragmaValue(sqlite3 *db, const char *pragma)
{
    sqlite3_stmt *statement = nullptr;
    int value = 0;
    if (sqlite3_prepare_v2(db, pragma, -1, &statement, nullptr) == SQLITE_OK && sqlite3_step(statement) == SQLITE_ROW)
        value = sqlite3_column_int(statement, 0);
    sqlite3_finalize(statement);
    return value;
}

void setPragma(sqlite3 *db, const char *name, int value)
{
    const QByteArray statement = QByteArray("PRAGMA ") + name + '=' + QByteArray::number(value);
    sqlite3_exec(db, statement.constData(), nullptr, nullptr, nullptr);
}

/**
 * For the report's duration: a read transaction when none is open, so every measure
 * sees the same rows; sorting in memory rather than in a temporary file; and a page
 * cache that holds the period's index pages (32 MiB; the default 2 MiB re-read them
 * from the file for each measure). The connection's settings come back afterwards.
 */
class ReportSession
{
public:
    explicit ReportSession(const QSqlDatabase &db) : m_handle(sql::handleOf(db))
    {
        if (!m_handle)
            return;
        m_tempStore = pragmaValue(m_handle, "PRAGMA temp_store");
        m_cacheSize = pragmaValue(m_handle, "PRAGMA cache_size");
        m_mmapSize = pragmaValue(m_handle, "PRAGMA mmap_size");
        setPragma(m_handle, "temp_store", 2);
        setPragma(m_handle, "mmap_size", 1 << 30);
        if (m_cacheSize > -32768)
            setPragma(m_handle, "cache_size", -32768);
        if (sqlite3_get_autocommit(m_handle))
            m_open = sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReportSession()
    {
        if (!m_handle)
            return;
        if (m_open)
            sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
        setPragma(m_handle, "temp_store", m_tempStore);
        setPragma(m_handle, "cache_size", m_cacheSize);
        setPragma(m_handle, "mmap_size", m_mmapSize);
    }
    Q_DISABLE_COPY_MOVE(ReportSession)

private:
    sqlite3 *m_handle = nullptr;
    bool m_open = false;
    int m_tempStore = 0;
    int m_cacheSize = 0;
    int m_mmapSize = 0;
};

/** CPU time of this thread: the steps' wall time says little on a busy machine. */
qint64 threadCpuNs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}

} // namespace

Result<ReportBreakdown> Report::compute(const ReportPeriod &period) const
{
    const ReportBounds bounds(period);
    const ReportSession session(m_db);
    QHash<QString, QString> storeOfStaff;
    if (Status s = report::forEachRow(m_db, QStringLiteral("SELECT id, store_id FROM staff WHERE deleted = 0"), {},
                                      [&storeOfStaff](const sql::Statement &row) {
                                          storeOfStaff.insert(row.text(0), row.text(1));
                                      });
        !s)
        return Error{s.errorMessage()};

    // Each step's time goes to the debug log (QT_LOGGING_RULES="rapport.core.debug=true").
    QElapsedTimer timer;
    timer.start();
    QStringList steps;
    qint64 cpuMark = threadCpuNs();
    const auto lap = [&timer, &steps, &cpuMark](const char *step) {
        const qint64 cpu = threadCpuNs();
        steps << QStringLiteral("%1 %2 ms (CPU %3 ms)")
                     .arg(QLatin1String(step))
                     .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1)
                     .arg(double(cpu - cpuMark) / 1e6, 0, 'f', 1);
        cpuMark = cpu;
        timer.restart();
    };
    // The notes every measure looks at: from 30 days before the period (a Need before a
    // purchase) or the longest keep-in-touch interval before now, whichever is earlier,
    // to the period's end or now, whichever is later.
    const Result<qint64> longest = report::BookMeasures::longestInterval(m_db);
    if (!longest)
        return Error{longest.errorMessage()};
    const qint64 earliest = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 from = std::max(earliest, std::min(bounds.startMs - 30 * report::kDayMs,
                                                    bounds.nowMs - *longest * report::kDayMs));
    const Result<report::NoteWindow> window =
        report::NoteWindow::read(m_db, from, std::max(bounds.endMs, bounds.nowMs), bounds.nowMs);
    if (!window)
        return Error{window.errorMessage()};
    lap("notes");
    ReportBreakdown breakdown;
    if (Status s = report::PurchaseMeasures(m_db, bounds, *window).addTo(breakdown); !s)
        return Error{s.errorMessage()};
    lap("purchases");
    if (Status s = report::FollowUpMeasures(m_db, bounds, storeOfStaff).addTo(breakdown); !s)
        return Error{s.errorMessage()};
    lap("follow-ups");
    if (Status s = report::VisitMeasures(m_db, bounds, *window).addTo(breakdown); !s)
        return Error{s.errorMessage()};
    lap("visits");
    if (Status s = report::BookMeasures(m_db, bounds, *window).addTo(breakdown); !s)
        return Error{s.errorMessage()};
    lap("books");
    qCDebug(lcCore).noquote() << "report:" << steps.join(QStringLiteral(", "));
    return breakdown;
}

} // namespace rapport
