#include "csvreader.h"

#include <QCoreApplication>

namespace rapport::csv {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("CsvReader", text);
}

// Windows-1252 differs from Latin-1 only in 0x80-0x9F; five of those bytes are unassigned
// and read as the C1 control of the same number, as Windows itself does.
constexpr char16_t kCp1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178,
};

QChar detectSeparator(const QString &text)
{
    int commas = 0;
    int semicolons = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && (c == QLatin1Char('\n') || c == QLatin1Char('\r')))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
    }
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

struct Record
{
    QStringList cells;
    QString problem;
};

} // namespace

QString decodeWindows1252(const QByteArray &bytes)
{
    QString out(bytes.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    for (const char b : bytes) {
        const auto u = static_cast<unsigned char>(b);
        *dst++ = (u >= 0x80 && u < 0xA0) ? QChar(kCp1252High[u - 0x80]) : QChar(char16_t(u));
    }
    return out;
}

ReadResult readTable(const QByteArray &bytes, const ReadOptions &options)
{
    ReadResult result;
    if (bytes.size() > options.maxBytes) {
        result.error = tr("The file is larger than %1 MB; split it into smaller files.")
                           .arg(options.maxBytes / (1024 * 1024));
        return result;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.sliced(3) : bytes;
    // Valid UTF-8 decodes and encodes back to the same bytes; anything else (a lone 0xE9, a
    // sequence cut at the end of the file) comes back changed.
    QString text = QString::fromUtf8(body);
    if (text.toUtf8() != body) {
        text = decodeWindows1252(body);
        result.table.encoding = Encoding::Windows1252;
    }
    if (text.trimmed().isEmpty()) {
        result.error = tr("The file is empty: it needs a header row naming the columns, then one row per client.");
        return result;
    }
    const QChar sep = detectSeparator(text);
    result.table.separator = sep;

    // One pass over the text, cell by cell. A record is one spreadsheet row even when a quoted
    // cell holds line breaks.
    QList<Record> records;
    Record record;
    QString cell;
    int line = 1;
    int quoteOpenedLine = 0;
    const qsizetype n = text.size();
    const QChar *p = text.constData();
    qsizetype i = 0;
    bool cellQuoted = false;
    bool afterClosingQuote = false;
    const auto endCell = [&] {
        if (cell.size() > options.maxFieldLength && record.problem.isEmpty())
            record.problem = tr("column %1 has %2 characters; at most %3 are kept in one cell")
                                 .arg(record.cells.size() + 1)
                                 .arg(cell.size())
                                 .arg(options.maxFieldLength);
        record.cells.append(cell);
        cell.clear();
        cellQuoted = false;
        afterClosingQuote = false;
    };
    const auto endRecord = [&] {
        endCell();
        records.append(std::move(record));
        record = Record{};
    };
    while (i < n) {
        const QChar c = p[i];
        if (cellQuoted && !afterClosingQuote) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && p[i + 1] == QLatin1Char('"')) {
                    cell.append(c);
                    i += 2;
                    continue;
                }
                afterClosingQuote = true;
                ++i;
                continue;
            }
            if (c == QLatin1Char('\n'))
                ++line;
            cell.append(c);
            ++i;
            continue;
        }
        if (c == sep) {
            endCell();
            ++i;
            continue;
        }
        if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            i += (c == QLatin1Char('\r') && i + 1 < n && p[i + 1] == QLatin1Char('\n')) ? 2 : 1;
            ++line;
            endRecord();
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty() && !afterClosingQuote && !cellQuoted) {
            cellQuoted = true;
            quoteOpenedLine = line;
            ++i;
            continue;
        }
        if (afterClosingQuote && record.problem.isEmpty())
            record.problem = tr("column %1 has text after its closing quote; a quote inside a cell is "
                                "written twice (\"\")").arg(record.cells.size() + 1);
        cell.append(c);
        ++i;
    }
    if (cellQuoted && !afterClosingQuote) {
        result.error = tr("A quote opened on line %1 is never closed, so the rest of the file would be one "
                          "cell; check that line.").arg(quoteOpenedLine);
        return result;
    }
    if (!cell.isEmpty() || !record.cells.isEmpty() || cellQuoted)
        endRecord();

    const auto isBlank = [](const Record &r) { return r.cells.size() == 1 && r.cells.first().isEmpty(); };
    qsizetype first = 0;
    while (first < records.size() && isBlank(records.at(first)))
        ++first;
    if (first == records.size()) {
        result.error = tr("The file has no header row naming its columns.");
        return result;
    }
    Table &table = result.table;
    for (const QString &name : records.at(first).cells)
        table.header.append(name.trimmed());
    const int width = int(table.header.size());
    table.rows.reserve(records.size());
    table.rowNumbers.reserve(records.size());
    for (qsizetype r = first + 1; r < records.size(); ++r) {
        Record &rec = records[r];
        const int rowNumber = int(r) + 1;
        if (isBlank(rec))
            continue;
        if (!rec.problem.isEmpty()) {
            table.problems.append(RowProblem{rowNumber, rec.problem});
            continue;
        }
        if (rec.cells.size() > width) {
            bool extraEmpty = true;
            for (qsizetype k = width; k < rec.cells.size(); ++k)
                extraEmpty = extraEmpty && rec.cells.at(k).trimmed().isEmpty();
            if (!extraEmpty) {
                table.problems.append(RowProblem{
                    rowNumber, tr("the row has %1 cells but the header names %2 columns; a cell holding "
                                  "\"%3\" must be quoted").arg(rec.cells.size()).arg(width).arg(sep)});
                continue;
            }
            rec.cells.resize(width);
        }
        while (rec.cells.size() < width)
            rec.cells.append(QString());
        table.rows.append(std::move(rec.cells));
        table.rowNumbers.append(rowNumber);
    }
    result.ok = true;
    return result;
}

QString quoteCell(const QString &cell, QChar separator)
{
    const bool needs = cell.contains(separator) || cell.contains(QLatin1Char('"'))
        || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
        || cell.startsWith(QLatin1Char(' ')) || cell.endsWith(QLatin1Char(' '));
    if (!needs)
        return cell;
    QString out = cell;
    out.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + out + QLatin1Char('"');
}

QString formatRow(const QStringList &cells, QChar separator)
{
    QString out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out.append(separator);
        out.append(quoteCell(cells.at(i), separator));
    }
    out.append(QLatin1String("\r\n"));
    return out;
}

} // namespace rapport::csv
