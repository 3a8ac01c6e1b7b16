#include "report.h"

#include "bookmeasures.h"
#include "followupmeasures.h"
#include "purchasemeasures.h"
#include "reportquery.h"
#include "returnmeasures.h"
#include "visitmeasures.h"

#include <sqlite3.h>

namespace rapport {

namespace {

/** A read transaction when none is open, so every measure sees the same rows. */
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db) : m_handle(sql::handleOf(db))
    {
        if (m_handle && sqlite3_get_autocommit(m_handle))
            m_open = sqlite3_exec(m_handle, "BEGIN", nullptr, nullptr, nullptr) == SQLITE_OK;
    }
    ~ReadSnapshot()
    {
        if (m_open)
            sqlite3_exec(m_handle, "COMMIT", nullptr, nullptr, nullptr);
    }
    Q_DISABLE_COPY_MOVE(ReadSnapshot)

private:
    sqlite3 *m_handle = nullptr;
    bool m_open = false;
};

} // namespace

Result<ReportBreakdown> Report::compute(const ReportPeriod &period) const
{
    const ReportBounds bounds(period);
    const ReadSnapshot snapshot(m_db);
    QHash<QString, QString> storeOfStaff;
    if (Status s = report::forEachRow(m_db, QStringLiteral("SELECT id, store_id FROM staff WHERE deleted = 0"), {},
                                      [&storeOfStaff](const sql::Statement &row) {
                                          storeOfStaff.insert(row.text(0), row.text(1));
                                      });
        !s)
        return Error{s.errorMessage()};

    ReportBreakdown breakdown;
    for (const Status &s : {report::PurchaseMeasures(m_db, bounds).addTo(breakdown),
                            report::FollowUpMeasures(m_db, bounds, storeOfStaff).addTo(breakdown),
                            report::VisitMeasures(m_db, bounds).addTo(breakdown),
                            report::ReturnMeasures(m_db, bounds).addTo(breakdown),
                            report::BookMeasures(m_db, bounds).addTo(breakdown)}) {
        if (!s)
            return Error{s.errorMessage()};
    }
    return breakdown;
}

} // namespace rapport
