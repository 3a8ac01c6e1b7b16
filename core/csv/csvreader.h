#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::csv {

/** Why one row of a file cannot be used, said so that a person can fix the file. */
struct RowProblem
{
    int row = 0; // the spreadsheet's row number: the header is row 1
    QString reason;
};

/** A text encoding a spreadsheet may have saved the file in. */
enum class Encoding { Utf8, Windows1252 };

struct ReadOptions
{
    /** Longest cell kept, in characters; a longer one refuses its row (the server keeps 65,536 at most). */
    int maxFieldLength = 4096;
    /** Files larger than this are refused whole rather than read into memory. */
    qint64 maxBytes = 64 * 1024 * 1024;
};

/**
 * A comma- or semicolon-separated file read as RFC 4180 says: quoted cells may hold the
 * separator, line breaks and doubled quotes; lines end in CRLF or LF. The first row is the
 * header. Rows that cannot be used are left out of `rows` and listed in `problems`; the
 * rest keep their spreadsheet row numbers in `rowNumbers`.
 */
struct Table
{
    QStringList header;
    QList<QStringList> rows; // each as long as the header
    QList<int> rowNumbers; // spreadsheet row of each entry of rows
    QList<RowProblem> problems;
    QChar separator = QLatin1Char(',');
    Encoding encoding = Encoding::Utf8;
};

/**
 * Reads a whole file's bytes. A UTF-8 byte order mark is skipped; bytes that are not valid
 * UTF-8 are read as Windows-1252 (what spreadsheets save as "CSV" in Western Europe; a
 * superset of Latin-1's printable characters). The separator is the one of `,` and `;`
 * found more often outside quotes in the header. Refused whole, with the reason: an empty
 * file, one without a header, a quote left open at the end, or a file over maxBytes.
 */
struct ReadResult
{
    bool ok = false;
    QString error; // why the whole file was refused
    Table table;
};
[[nodiscard]] ReadResult readTable(const QByteArray &bytes, const ReadOptions &options = {});

/** The text of bytes that are not valid UTF-8, read as Windows-1252. */
QString decodeWindows1252(const QByteArray &bytes);

/** One cell written for a CSV file: quoted when it holds the separator, a quote or a line break. */
QString quoteCell(const QString &cell, QChar separator = QLatin1Char(','));
/** A row of cells joined with the separator and ended with CRLF (RFC 4180). */
QString formatRow(const QStringList &cells, QChar separator = QLatin1Char(','));

} // namespace rapport::csv
