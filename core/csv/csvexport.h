#pragma once

#include "notebook.h"

#include <QCoreApplication>

namespace rapport::csv {

/** What an export holds. */
enum class ExportKind {
    Clients, // every live client; those without marketing consent are marked
    MarketingClients, // only clients who gave marketing consent
    Notes,
    FollowUps,
};

struct ExportOutcome
{
    int rows = 0; // data rows written (the header not counted)
    int withoutMarketingConsent = 0; // of them (client and note exports)
    int leftOut = 0; // clients a marketing export left out
};

/**
 * Writes live records as CSV for a spreadsheet: UTF-8 with a byte order mark (so
 * spreadsheets pick the encoding), comma-separated, CRLF, cells quoted as RFC 4180 says.
 * Staff and stores are written by name. A cell starting with = or @ gets a leading
 * apostrophe so a spreadsheet never runs it as a formula.
 */
class CsvExport
{
    Q_DECLARE_TR_FUNCTIONS(CsvExport)
public:
    explicit CsvExport(Notebook &notebook);

    [[nodiscard]] Result<ExportOutcome> write(ExportKind kind, const QString &path) const;
    /** The file's bytes (what write() saves). */
    [[nodiscard]] Result<std::pair<QByteArray, ExportOutcome>> bytes(ExportKind kind) const;

private:
    Notebook &m_notebook;
};

QString exportKindKey(ExportKind kind); // clients | marketing | notes | follow_ups
std::optional<ExportKind> exportKindFromKey(const QString &key);
/** "Exported 120 clients to clients.csv (12 without marketing consent, marked)." */
QString exportSummary(ExportKind kind, const ExportOutcome &outcome, const QString &fileName);

} // namespace rapport::csv
