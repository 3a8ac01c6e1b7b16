#include "clienthistory.h"

#include "reportquery.h"

namespace rapport::report {

Result<ClientHistory> ClientHistory::read(const QSqlDatabase &db, const ReportBounds &bounds)
{
    ClientHistory history;
    history.m_spans.reserve(1024);
    // In the order of note_client_time, so the groups come without a sort.
    const QString statement = QStringLiteral(
        "SELECT client_id, min(created_at), max(CASE WHEN created_at < ?1 THEN created_at END) FROM note "
        "WHERE deleted = 0 GROUP BY client_id");
    if (Status s = forEachRow(db, statement, {bounds.now},
                              [&history](const sql::Statement &row) {
                                  history.m_spans.insert(row.utf8(0).toByteArray(),
                                                         Span{row.utf8(1).toByteArray(), row.utf8(2).toByteArray()});
                              });
        !s)
        return Error{s.errorMessage()};
    return history;
}

} // namespace rapport::report
