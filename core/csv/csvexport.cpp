#include "csvexport.h"

#include "csvreader.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::csv {

namespace {

// A spreadsheet runs a cell starting with = or @ as a formula; + and - stay (phone numbers, amounts).
QString safeCell(const QString &text)
{
    if (text.startsWith(QLatin1Char('=')) || text.startsWith(QLatin1Char('@')))
        return QLatin1Char('\'') + text;
    return text;
}

QString birthdayOf(const QString &importantDates)
{
    const QJsonArray dates = QJsonDocument::fromJson(importantDates.toUtf8()).array();
    for (const QJsonValue &v : dates) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("label")).toString().compare(QStringLiteral("birthday"), Qt::CaseInsensitive) == 0)
            return o.value(QStringLiteral("date")).toString();
    }
    return {};
}

QString amountText(const QVariant &cents)
{
    if (cents.isNull())
        return {};
    const qint64 c = cents.toLongLong();
    return QStringLiteral("%1%2.%3").arg(c < 0 ? QStringLiteral("-") : QString()).arg(qAbs(c) / 100)
        .arg(qAbs(c) % 100, 2, 10, QLatin1Char('0'));
}

} // namespace

CsvExport::CsvExport(Notebook &notebook) : m_notebook(notebook) {}

Result<std::pair<QByteArray, ExportOutcome>> CsvExport::bytes(ExportKind kind) const
{
    QHash<QString, QString> staffNames;
    for (const Staff &s : m_notebook.staff())
        staffNames.insert(s.id, s.name);
    QHash<QString, QString> storeNames;
    for (const Store &s : m_notebook.stores())
        storeNames.insert(s.id, s.name);

    const QString yes = tr("yes");
    const QString noConsent = tr("NO marketing consent");
    ExportOutcome outcome;
    QString out;
    out.reserve(1 << 20);
    QSqlQuery q(m_notebook.database().connection());
    q.setForwardOnly(true);
    bool ran = false;
    switch (kind) {
    case ExportKind::Clients:
    case ExportKind::MarketingClients: {
        out += formatRow({QStringLiteral("id"), QStringLiteral("given_name"), QStringLiteral("family_name"),
                          QStringLiteral("phone"), QStringLiteral("email"), QStringLiteral("preferred_channel"),
                          QStringLiteral("consent_contact"), QStringLiteral("consent_marketing"),
                          QStringLiteral("marketing_allowed"), QStringLiteral("sizes"), QStringLiteral("brands"),
                          QStringLiteral("interests"), QStringLiteral("tags"), QStringLiteral("birthday"),
                          QStringLiteral("keep_in_touch_days"), QStringLiteral("home_store"),
                          QStringLiteral("associate"), QStringLiteral("created_at")});
        ran = q.exec(QStringLiteral(
            "SELECT id, given_name, family_name, phone, email, preferred_channel, consent_contact, consent_marketing, "
            "sizes, brands, interests, tags, important_dates, keep_in_touch_days, home_store_id, associate_id, "
            "created_at FROM client WHERE deleted = 0 ORDER BY family_name, given_name, id"));
        while (ran && q.next()) {
            const bool marketing = q.value(7).toString() == QLatin1String("given");
            if (!marketing && kind == ExportKind::MarketingClients) {
                ++outcome.leftOut;
                continue;
            }
            if (!marketing)
                ++outcome.withoutMarketingConsent;
            out += formatRow({q.value(0).toString(), safeCell(q.value(1).toString()), safeCell(q.value(2).toString()),
                              safeCell(q.value(3).toString()), safeCell(q.value(4).toString()), q.value(5).toString(),
                              q.value(6).toString(), q.value(7).toString(), marketing ? yes : noConsent,
                              safeCell(q.value(8).toString()), safeCell(q.value(9).toString()),
                              safeCell(q.value(10).toString()), safeCell(q.value(11).toString()),
                              birthdayOf(q.value(12).toString()), q.value(13).toString(),
                              storeNames.value(q.value(14).toString()), staffNames.value(q.value(15).toString()),
                              q.value(16).toString()});
            ++outcome.rows;
        }
        break;
    }
    case ExportKind::Notes: {
        out += formatRow({QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("client"),
                          QStringLiteral("marketing_allowed"), QStringLiteral("kind"), QStringLiteral("body"),
                          QStringLiteral("items"), QStringLiteral("amount"), QStringLiteral("author"),
                          QStringLiteral("store"), QStringLiteral("created_at")});
        ran = q.exec(QStringLiteral(
            "SELECT n.id, n.client_id, trim(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')), "
            "c.consent_marketing, n.kind, n.body, n.items, n.amount_cents, n.author_id, n.store_id, n.created_at "
            "FROM note n JOIN client c ON c.id = n.client_id AND c.deleted = 0 "
            "WHERE n.deleted = 0 ORDER BY n.created_at, n.id"));
        while (ran && q.next()) {
            const bool marketing = q.value(3).toString() == QLatin1String("given");
            if (!marketing)
                ++outcome.withoutMarketingConsent;
            out += formatRow({q.value(0).toString(), q.value(1).toString(), safeCell(q.value(2).toString()),
                              marketing ? yes : noConsent, q.value(4).toString(), safeCell(q.value(5).toString()),
                              safeCell(q.value(6).toString()), amountText(q.value(7)),
                              staffNames.value(q.value(8).toString()), storeNames.value(q.value(9).toString()),
                              q.value(10).toString()});
            ++outcome.rows;
        }
        break;
    }
    case ExportKind::FollowUps: {
        out += formatRow({QStringLiteral("id"), QStringLiteral("client_id"), QStringLiteral("client"),
                          QStringLiteral("assignee"), QStringLiteral("due_date"), QStringLiteral("reason"),
                          QStringLiteral("kind"), QStringLiteral("status"), QStringLiteral("done_at"),
                          QStringLiteral("created_at")});
        ran = q.exec(QStringLiteral(
            "SELECT f.id, f.client_id, trim(coalesce(c.given_name, '') || ' ' || coalesce(c.family_name, '')), "
            "f.assignee_id, f.due_date, f.reason, f.kind, f.status, f.done_at, f.created_at "
            "FROM follow_up f JOIN client c ON c.id = f.client_id AND c.deleted = 0 "
            "WHERE f.deleted = 0 ORDER BY f.due_date, f.id"));
        while (ran && q.next()) {
            out += formatRow({q.value(0).toString(), q.value(1).toString(), safeCell(q.value(2).toString()),
                              staffNames.value(q.value(3).toString()), q.value(4).toString(),
                              safeCell(q.value(5).toString()), q.value(6).toString(), q.value(7).toString(),
                              q.value(8).toString(), q.value(9).toString()});
            ++outcome.rows;
        }
        break;
    }
    }
    if (!ran)
        return Error{tr("The notebook could not be read (%1); nothing was exported.").arg(q.lastError().text())};
    QByteArray data("\xEF\xBB\xBF");
    data += out.toUtf8();
    return std::make_pair(data, outcome);
}

Result<ExportOutcome> CsvExport::write(ExportKind kind, const QString &path) const
{
    auto made = bytes(kind);
    if (!made)
        return Error{made.errorMessage()};
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(made->first) != made->first.size() || !file.commit())
        return Error{tr("Could not write %1 (%2); check the folder exists and is writable.")
                         .arg(QFileInfo(path).fileName(), file.errorString())};
    return made->second;
}

QString exportKindKey(ExportKind kind)
{
    switch (kind) {
    case ExportKind::Clients: return QStringLiteral("clients");
    case ExportKind::MarketingClients: return QStringLiteral("marketing");
    case ExportKind::Notes: return QStringLiteral("notes");
    case ExportKind::FollowUps: return QStringLiteral("follow_ups");
    }
    return {};
}

std::optional<ExportKind> exportKindFromKey(const QString &key)
{
    for (ExportKind k : {ExportKind::Clients, ExportKind::MarketingClients, ExportKind::Notes, ExportKind::FollowUps})
        if (exportKindKey(k) == key)
            return k;
    return std::nullopt;
}

QString exportSummary(ExportKind kind, const ExportOutcome &outcome, const QString &fileName)
{
    switch (kind) {
    case ExportKind::Clients:
        return CsvExport::tr("Exported %1 clients to %2 (%3 without marketing consent, marked).")
            .arg(outcome.rows).arg(fileName).arg(outcome.withoutMarketingConsent);
    case ExportKind::MarketingClients:
        return CsvExport::tr("Exported %1 clients for marketing to %2 (%3 without consent left out).")
            .arg(outcome.rows).arg(fileName).arg(outcome.leftOut);
    case ExportKind::Notes:
        return CsvExport::tr("Exported %1 notes to %2.").arg(outcome.rows).arg(fileName);
    case ExportKind::FollowUps:
        return CsvExport::tr("Exported %1 follow-ups to %2.").arg(outcome.rows).arg(fileName);
    }
    return {};
}

} // namespace rapport::csv
