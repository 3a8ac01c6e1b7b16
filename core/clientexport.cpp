#include "clientexport.h"

#include "changerecorder.h"
#include "notebook.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlQuery>

namespace rapport {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ClientExport", text);
}

QJsonObject rowJson(const EntitySpec &spec, const QString &id, const StoredRow &row)
{
    QJsonObject out{{QStringLiteral("id"), id}};
    for (const QString &field : spec.fields) {
        if (field == QLatin1String("merged_into"))
            continue;
        out.insert(field, spec.toJson(field, row.values.value(field)));
    }
    return out;
}

QJsonArray rows(const QSqlDatabase &db, const EntitySpec &spec, const QString &statement, const QVariantList &binds)
{
    QStringList ids;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        if (!sql::exec(query, statement, binds))
            return {};
        while (query.next())
            ids << query.value(0).toString();
    }
    QJsonArray out;
    for (const QString &id : std::as_const(ids)) {
        if (const std::optional<StoredRow> row = loadRow(db, spec, id))
            out.append(rowJson(spec, id, *row));
    }
    return out;
}

/** Field labels for the readable file, in the order a person expects. */
const QList<QPair<const char *, const char *>> &clientLabels()
{
    static const QList<QPair<const char *, const char *>> labels{
        {"given_name", QT_TRANSLATE_NOOP("ClientExport", "Given name")},
        {"family_name", QT_TRANSLATE_NOOP("ClientExport", "Family name")},
        {"phone", QT_TRANSLATE_NOOP("ClientExport", "Phone")},
        {"email", QT_TRANSLATE_NOOP("ClientExport", "Email")},
        {"preferred_channel", QT_TRANSLATE_NOOP("ClientExport", "Preferred channel")},
        {"consent_contact", QT_TRANSLATE_NOOP("ClientExport", "Consent to be contacted")},
        {"consent_contact_at", QT_TRANSLATE_NOOP("ClientExport", "  recorded at")},
        {"consent_contact_by_name", QT_TRANSLATE_NOOP("ClientExport", "  recorded by")},
        {"consent_marketing", QT_TRANSLATE_NOOP("ClientExport", "Consent to marketing")},
        {"consent_marketing_at", QT_TRANSLATE_NOOP("ClientExport", "  recorded at")},
        {"consent_marketing_by_name", QT_TRANSLATE_NOOP("ClientExport", "  recorded by")},
        {"sizes", QT_TRANSLATE_NOOP("ClientExport", "Sizes")},
        {"brands", QT_TRANSLATE_NOOP("ClientExport", "Brands")},
        {"interests", QT_TRANSLATE_NOOP("ClientExport", "Interests")},
        {"important_dates", QT_TRANSLATE_NOOP("ClientExport", "Important dates")},
        {"tags", QT_TRANSLATE_NOOP("ClientExport", "Tags")},
        {"keep_in_touch_days", QT_TRANSLATE_NOOP("ClientExport", "Keep in touch every (days)")},
        {"home_store_name", QT_TRANSLATE_NOOP("ClientExport", "Home store")},
        {"associate_name", QT_TRANSLATE_NOOP("ClientExport", "Associate")},
        {"created_at", QT_TRANSLATE_NOOP("ClientExport", "Created")},
        {"updated_at", QT_TRANSLATE_NOOP("ClientExport", "Last changed")},
    };
    return labels;
}

QString valueText(const QJsonValue &value)
{
    if (value.isDouble())
        return QString::number(value.toInteger());
    return value.toString();
}

} // namespace

ClientExport::ClientExport(Notebook &notebook) : m_notebook(notebook) {}

Result<QJsonObject> ClientExport::json(const QString &clientId) const
{
    QSqlDatabase db = m_notebook.database().connection();
    const std::optional<Client> client = m_notebook.client(clientId);
    const std::optional<StoredRow> row = loadRow(db, clientSpec(), clientId);
    if (!client || !row)
        return Error{QStringLiteral("There is no client with the id \"%1\" on this device.").arg(clientId)};
    const auto staffName = [this](const QString &id) {
        const std::optional<Staff> s = m_notebook.staffById(id);
        return s ? s->name : id;
    };
    QJsonObject details = rowJson(clientSpec(), clientId, *row);
    details.insert(QStringLiteral("home_store_name"),
                   m_notebook.storeById(client->homeStoreId) ? m_notebook.storeById(client->homeStoreId)->name
                                                             : client->homeStoreId);
    details.insert(QStringLiteral("associate_name"), staffName(client->associateId));
    details.insert(QStringLiteral("consent_contact_by_name"), staffName(client->contactConsent.byStaffId));
    details.insert(QStringLiteral("consent_marketing_by_name"), staffName(client->marketingConsent.byStaffId));

    QJsonArray notes = rows(db, noteSpec(),
                            QStringLiteral("SELECT id FROM note WHERE client_id = ? AND deleted = 0 "
                                           "ORDER BY created_at DESC, id"),
                            {clientId});
    for (int i = 0; i < notes.size(); ++i) {
        QJsonObject note = notes.at(i).toObject();
        note.insert(QStringLiteral("author_name"), staffName(note.value(QStringLiteral("author_id")).toString()));
        const std::optional<Store> store = m_notebook.storeById(note.value(QStringLiteral("store_id")).toString());
        note.insert(QStringLiteral("store_name"), store ? store->name : QString());
        notes.replace(i, note);
    }
    QJsonArray followUps = rows(db, followUpSpec(),
                                QStringLiteral("SELECT id FROM follow_up WHERE client_id = ? AND deleted = 0 "
                                               "ORDER BY due_date DESC, id"),
                                {clientId});
    const QJsonArray conflicts = rows(db, conflictSpec(),
                                      QStringLiteral("SELECT c.id FROM conflict c WHERE c.deleted = 0 AND "
                                                     "((c.entity = 'client' AND c.entity_id = ?) OR (c.entity = 'note' "
                                                     "AND c.entity_id IN (SELECT id FROM note WHERE client_id = ?))) "
                                                     "ORDER BY c.id"),
                                      {clientId, clientId});
    QJsonArray merged;
    {
        QSqlQuery query(db);
        if (sql::exec(query, QStringLiteral("SELECT id FROM client WHERE merged_into = ? ORDER BY id"), {clientId})) {
            while (query.next())
                merged.append(query.value(0).toString());
        }
    }
    const std::optional<Staff> me = m_notebook.staffById(m_notebook.currentStaffId());
    return QJsonObject{
        {QStringLiteral("format"), QStringLiteral("rapport-client-export-1")},
        {QStringLiteral("exported_at"), sql::timeText(sql::nowUtc())},
        {QStringLiteral("exported_by"), me ? me->name : QString()},
        {QStringLiteral("display_name"), client->displayName()},
        {QStringLiteral("client"), details},
        {QStringLiteral("notes"), notes},
        {QStringLiteral("follow_ups"), followUps},
        {QStringLiteral("conflicts"), conflicts},
        {QStringLiteral("merged_records"), merged},
    };
}

QString ClientExport::text(const QJsonObject &json)
{
    QString out;
    const auto line = [&out](const QString &text) { out += text + QLatin1Char('\n'); };
    line(tr("Everything Rapport holds about %1").arg(json.value(QStringLiteral("display_name")).toString()));
    line(tr("Exported %1 by %2").arg(json.value(QStringLiteral("exported_at")).toString(),
                                     json.value(QStringLiteral("exported_by")).toString()));
    line(QString());
    line(tr("Details"));
    const QJsonObject client = json.value(QStringLiteral("client")).toObject();
    for (const auto &[field, label] : clientLabels()) {
        QString value = valueText(client.value(QLatin1String(field)));
        if (qstrcmp(field, "important_dates") == 0 && !value.isEmpty()) {
            QStringList dates;
            for (const QJsonValue &date : QJsonDocument::fromJson(value.toUtf8()).array())
                dates << QStringLiteral("%1 %2").arg(date.toObject().value(QStringLiteral("label")).toString(),
                                                     date.toObject().value(QStringLiteral("date")).toString());
            value = dates.join(QStringLiteral(", "));
        }
        if (!value.isEmpty() && value != QLatin1String("0"))
            line(QStringLiteral("  %1: %2").arg(tr(label), value));
    }
    const QJsonArray notes = json.value(QStringLiteral("notes")).toArray();
    line(QString());
    line(tr("Notes (%1)").arg(notes.size()));
    for (const QJsonValue &value : notes) {
        const QJsonObject note = value.toObject();
        line(QStringLiteral("  %1 · %2 · %3 · %4")
                 .arg(note.value(QStringLiteral("created_at")).toString(), note.value(QStringLiteral("kind")).toString(),
                      note.value(QStringLiteral("author_name")).toString(),
                      note.value(QStringLiteral("store_name")).toString()));
        for (const char *field : {"body", "need_purpose", "need_context", "need_have", "need_duration", "need_budget",
                                  "items"}) {
            const QString text = note.value(QLatin1String(field)).toString();
            if (!text.isEmpty())
                line(QStringLiteral("    %1: %2").arg(QLatin1String(field), QString(text).replace(QLatin1Char('\n'), QStringLiteral("\n      "))));
        }
        if (!note.value(QStringLiteral("amount_cents")).isNull())
            line(QStringLiteral("    amount_cents: %1").arg(valueText(note.value(QStringLiteral("amount_cents")))));
    }
    const QJsonArray followUps = json.value(QStringLiteral("follow_ups")).toArray();
    line(QString());
    line(tr("Follow-ups (%1)").arg(followUps.size()));
    for (const QJsonValue &value : followUps) {
        const QJsonObject f = value.toObject();
        line(QStringLiteral("  %1 · %2 · %3 · %4")
                 .arg(f.value(QStringLiteral("due_date")).toString(), f.value(QStringLiteral("kind")).toString(),
                      f.value(QStringLiteral("status")).toString(), f.value(QStringLiteral("reason")).toString()));
    }
    const QJsonArray conflicts = json.value(QStringLiteral("conflicts")).toArray();
    if (!conflicts.isEmpty()) {
        line(QString());
        line(tr("Edits kept from concurrent changes (%1)").arg(conflicts.size()));
        for (const QJsonValue &value : conflicts)
            line(QStringLiteral("  %1").arg(value.toObject().value(QStringLiteral("value")).toString()));
    }
    const QJsonArray merged = json.value(QStringLiteral("merged_records")).toArray();
    if (!merged.isEmpty()) {
        line(QString());
        line(tr("Records merged into this one: %1").arg(merged.size()));
    }
    return out;
}

Result<QStringList> ClientExport::writeTo(const QString &clientId, const QString &folder) const
{
    Result<QJsonObject> data = json(clientId);
    if (!data)
        return Error{data.errorMessage()};
    if (!QDir().mkpath(folder))
        return Error{QStringLiteral("Could not create the folder %1.").arg(folder)};
    static const QRegularExpression unsafe(QStringLiteral("[^\\w-]+"));
    QString base = data->value(QStringLiteral("display_name")).toString().replace(unsafe, QStringLiteral("-"));
    if (base.isEmpty() || base == QLatin1String("-"))
        base = QStringLiteral("client");
    base += QLatin1Char('-') + QDate::currentDate().toString(Qt::ISODate);
    const QDir dir(folder);
    const QString jsonPath = dir.filePath(base + QStringLiteral(".json"));
    const QString textPath = dir.filePath(base + QStringLiteral(".txt"));
    for (const auto &[path, bytes] : {std::pair{jsonPath, QJsonDocument(*data).toJson(QJsonDocument::Indented)},
                                      std::pair{textPath, text(*data).toUtf8()}}) {
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
            return Error{QStringLiteral("Could not write %1: %2").arg(path, file.errorString())};
    }
    return QStringList{jsonPath, textPath};
}

} // namespace rapport
