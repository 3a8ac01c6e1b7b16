#include "notebook.h"

#include "notebook_p.h"
#include "sqlutil.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace rapport {

namespace {

QString importantDatesText(const QList<ImportantDate> &dates)
{
    if (dates.isEmpty())
        return QStringLiteral("");
    QJsonArray array;
    for (const ImportantDate &date : dates)
        array.append(QJsonObject{{QStringLiteral("label"), date.label},
                                 {QStringLiteral("date"), date.yearKnown ? sql::dateText(date.date)
                                                                         : date.date.toString(QStringLiteral("--MM-dd"))}});
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ImportantDate> importantDatesFromText(const QString &text)
{
    QList<ImportantDate> out;
    const QJsonArray array = QJsonDocument::fromJson(text.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        const QString date = object.value(QStringLiteral("date")).toString();
        // "--MM-DD" (ISO 8601's form for a month and day without a year): a date that comes back every year.
        if (date.startsWith(QLatin1String("--"))) {
            out.append(ImportantDate{object.value(QStringLiteral("label")).toString(),
                                     QDate::fromString(QStringLiteral("2000") + date.mid(1), Qt::ISODate), false});
            continue;
        }
        out.append(ImportantDate{object.value(QStringLiteral("label")).toString(), sql::dateFromText(date)});
    }
    return out;
}

QStringList cleanTags(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        // A comma would split the tag in its stored form.
        const QString clean = QString(tag).replace(QLatin1Char(','), QLatin1Char(' ')).simplified();
        if (!clean.isEmpty() && !out.contains(clean))
            out << clean;
    }
    return out;
}

void applyChanges(Client &client, const ClientChanges &c)
{
    const auto set = [](auto &target, const auto &source) {
        if (source)
            target = *source;
    };
    set(client.givenName, c.givenName);
    set(client.familyName, c.familyName);
    set(client.phone, c.phone);
    set(client.email, c.email);
    set(client.preferredChannel, c.preferredChannel);
    set(client.contactConsent, c.contactConsent);
    set(client.marketingConsent, c.marketingConsent);
    set(client.sizes, c.sizes);
    set(client.brands, c.brands);
    set(client.interests, c.interests);
    set(client.importantDates, c.importantDates);
    set(client.tags, c.tags);
    set(client.keepInTouchDays, c.keepInTouchDays);
    set(client.homeStoreId, c.homeStoreId);
    set(client.associateId, c.associateId);
    client.givenName = client.givenName.trimmed();
    client.familyName = client.familyName.trimmed();
    client.phone = client.phone.trimmed();
    client.email = client.email.trimmed();
    client.tags = cleanTags(client.tags);
}

Status validate(const Client &client)
{
    if (client.givenName.isEmpty() && client.familyName.isEmpty() && client.phone.isEmpty()
        && client.email.isEmpty())
        return Error{QCoreApplication::translate("Notebook", "Enter a name, a phone number or an email so you can find this client again.")};
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    if (!client.email.isEmpty() && !emailShape.match(client.email).hasMatch())
        return Error{QCoreApplication::translate("Notebook", "\"%1\" does not look like an email address (like name@example.com). "
                                    "Correct it or leave it empty.")
                         .arg(client.email)};
    static const QRegularExpression phoneShape(QStringLiteral("^[0-9+()./\\s-]*$"));
    if (!phoneShape.match(client.phone).hasMatch())
        return Error{QCoreApplication::translate("Notebook", "A phone number may only hold digits, spaces and + ( ) - . /.")};
    if (client.keepInTouchDays < 0 || client.keepInTouchDays > 3650)
        return Error{QCoreApplication::translate("Notebook", "Keep in touch every 0 to 3650 days (0 means no reminders).")};
    static const QStringList channels{QStringLiteral(""), QStringLiteral("phone"), QStringLiteral("sms"),
                                      QStringLiteral("email"), QStringLiteral("none")};
    if (!channels.contains(client.preferredChannel))
        return Error{QCoreApplication::translate("Notebook", "The preferred channel must be phone, SMS, email or none.")};
    static const QStringList consents{QStringLiteral(""), QStringLiteral("given"), QStringLiteral("withdrawn")};
    if (!consents.contains(client.contactConsent.state) || !consents.contains(client.marketingConsent.state))
        return Error{QCoreApplication::translate("Notebook", "Consent is either given or withdrawn.")};
    return Done{};
}

QString ftsPhrase(const QString &word) { return QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"'); }

} // namespace

namespace detail {

QVariantMap clientValues(const Client &c)
{
    return {
        {QStringLiteral("given_name"), c.givenName},
        {QStringLiteral("family_name"), c.familyName},
        {QStringLiteral("phone"), c.phone},
        {QStringLiteral("email"), c.email},
        {QStringLiteral("preferred_channel"), c.preferredChannel},
        {QStringLiteral("consent_contact"), c.contactConsent.state},
        {QStringLiteral("consent_contact_at"), sql::timeText(c.contactConsent.at)},
        {QStringLiteral("consent_contact_by"), c.contactConsent.byStaffId},
        {QStringLiteral("consent_marketing"), c.marketingConsent.state},
        {QStringLiteral("consent_marketing_at"), sql::timeText(c.marketingConsent.at)},
        {QStringLiteral("consent_marketing_by"), c.marketingConsent.byStaffId},
        {QStringLiteral("sizes"), c.sizes},
        {QStringLiteral("brands"), c.brands},
        {QStringLiteral("interests"), c.interests},
        {QStringLiteral("important_dates"), importantDatesText(c.importantDates)},
        {QStringLiteral("tags"), c.tags.join(QLatin1Char(','))},
        {QStringLiteral("keep_in_touch_days"), c.keepInTouchDays},
        {QStringLiteral("home_store_id"), c.homeStoreId},
        {QStringLiteral("associate_id"), c.associateId},
        {QStringLiteral("created_at"), sql::timeText(c.createdAt)},
        {QStringLiteral("updated_at"), sql::timeText(c.updatedAt)},
    };
}

Client clientFromQuery(const QSqlQuery &q)
{
    const auto text = [&q](const char *column) { return q.value(QLatin1String(column)).toString(); };
    Client c;
    c.id = text("id");
    c.givenName = text("given_name");
    c.familyName = text("family_name");
    c.phone = text("phone");
    c.email = text("email");
    c.preferredChannel = text("preferred_channel");
    c.contactConsent = {text("consent_contact"), sql::timeFromText(text("consent_contact_at")),
                        text("consent_contact_by")};
    c.marketingConsent = {text("consent_marketing"), sql::timeFromText(text("consent_marketing_at")),
                          text("consent_marketing_by")};
    c.sizes = text("sizes");
    c.brands = text("brands");
    c.interests = text("interests");
    c.importantDates = importantDatesFromText(text("important_dates"));
    c.tags = text("tags").split(QLatin1Char(','), Qt::SkipEmptyParts);
    c.keepInTouchDays = q.value(QLatin1String("keep_in_touch_days")).toInt();
    c.homeStoreId = text("home_store_id");
    c.associateId = text("associate_id");
    c.createdAt = sql::timeFromText(text("created_at"));
    c.updatedAt = sql::timeFromText(text("updated_at"));
    c.lastSeenAt = sql::timeFromText(text("last_seen_at"));
    c.lastSeenByStaffId = text("last_seen_by");
    c.lastSeenStoreId = text("last_seen_store_id");
    return c;
}

} // namespace detail

Result<Client> Notebook::createClient(const ClientChanges &fields)
{
    Client client;
    applyChanges(client, fields);
    if (Status s = validate(client); !s)
        return Error{s.errorMessage()};
    // A new client belongs to whoever is at the tablet unless said otherwise.
    if (client.associateId.isEmpty())
        client.associateId = d->currentStaffId;
    if (client.homeStoreId.isEmpty() && !d->currentStaffId.isEmpty()) {
        if (const auto author = staffById(d->currentStaffId))
            client.homeStoreId = author->storeId;
    }
    client.id = newUuidV7();
    client.createdAt = client.updatedAt = sql::nowUtc();

    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (Result<QStringList> r = d->recorder(db).upsert(clientSpec(), client.id, detail::clientValues(client)); !r)
        return Error{r.errorMessage()};
    if (Status s = reindexClient(db, client.id); !s)
        return Error{s.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *this->client(client.id);
}

Result<Client> Notebook::updateClient(const QString &clientId, const ClientChanges &changes)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    std::optional<Client> current = client(clientId);
    if (!current)
        return Error{QCoreApplication::translate("Notebook", "This client no longer exists; it may have been deleted on another device.")};
    Client updated = *current;
    applyChanges(updated, changes);
    if (Status s = validate(updated); !s)
        return Error{s.errorMessage()};
    updated.updatedAt = sql::nowUtc();
    Result<QStringList> recorded = d->recorder(db).upsert(clientSpec(), clientId, detail::clientValues(updated));
    if (!recorded)
        return Error{recorded.errorMessage()};
    if (recorded->isEmpty())
        return *current; // nothing changed: nothing written, nothing recorded
    if (Status s = reindexClient(db, clientId); !s)
        return Error{s.errorMessage()};
    if (Status s = transaction.commit(); !s)
        return Error{s.errorMessage()};
    notifyChanged();
    return *client(clientId);
}

Status Notebook::deleteClient(const QString &clientId)
{
    QSqlDatabase db = d->connection();
    WriteTransaction transaction(db);
    if (!client(clientId))
        return Error{QCoreApplication::translate("Notebook", "This client no longer exists; nothing to delete.")};
    if (Status s = d->recorder(db).tombstone(clientSpec(), clientId); !s)
        return s;
    if (Status s = reindexClient(db, clientId); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    notifyChanged();
    return Done{};
}

std::optional<Client> Notebook::client(const QString &clientId) const
{
    sql::Cached query(d->connection(), QStringLiteral("SELECT * FROM client WHERE id = ? AND deleted = 0"));
    if (!query.exec({clientId}) || !query.next())
        return std::nullopt;
    return detail::clientFromQuery(query.query());
}

int Notebook::clientCount() const
{
    return sql::scalar(d->connection(), QStringLiteral("SELECT count(*) FROM client WHERE deleted = 0")).toInt();
}

QList<DuplicateCandidate> Notebook::findDuplicates(const QString &givenName, const QString &familyName,
                                                   const QString &phone, const QString &email, int limit) const
{
    QList<DuplicateCandidate> out;
    QSqlDatabase db = d->connection();
    const auto collect = [&](const QString &statement, const QVariantList &binds, const QString &reason) {
        QSqlQuery query(db);
        if (!sql::exec(query, statement, binds))
            return;
        while (query.next() && out.size() < limit) {
            Client c = detail::clientFromQuery(query);
            const bool seen = std::any_of(out.cbegin(), out.cend(),
                                          [&c](const DuplicateCandidate &x) { return x.client.id == c.id; });
            if (!seen)
                out.append(DuplicateCandidate{c, reason});
        }
    };
    static const QRegularExpression nonDigits(QStringLiteral("\\D"));
    const QString digits = QString(phone).remove(nonDigits);
    // Seven digits and more are a phone number, not a fragment of one being typed.
    if (digits.size() >= 7) {
        collect(QStringLiteral("SELECT client.* FROM client_fts JOIN client ON client.seq = client_fts.rowid "
                               "WHERE client_fts MATCH ? AND client.deleted = 0 LIMIT ?"),
                {QStringLiteral("contact : ") + ftsPhrase(digits), limit}, QCoreApplication::translate("Notebook", "same phone number", "why a client may be a duplicate"));
    }
    if (email.contains(QLatin1Char('@'))) {
        collect(QStringLiteral("SELECT * FROM client WHERE lower(email) = lower(?) AND deleted = 0 LIMIT ?"),
                {email.trimmed(), limit}, QCoreApplication::translate("Notebook", "same email", "why a client may be a duplicate"));
    }
    const QString given = givenName.simplified();
    const QString family = familyName.simplified();
    // Accents and case are ignored by the index; the last word may still be being typed.
    QString nameQuery;
    if (given.size() >= 2 && family.size() >= 2)
        nameQuery = QStringLiteral("name : (%1 AND %2*)").arg(ftsPhrase(given), ftsPhrase(family));
    else if (given.size() >= 2 || family.size() >= 2)
        nameQuery = QStringLiteral("name : %1*").arg(ftsPhrase(given.size() >= 2 ? given : family));
    if (!nameQuery.isEmpty()) {
        collect(QStringLiteral("SELECT client.* FROM client_fts JOIN client ON client.seq = client_fts.rowid "
                               "WHERE client_fts MATCH ? AND client.deleted = 0 ORDER BY rank LIMIT ?"),
                {nameQuery, limit}, QCoreApplication::translate("Notebook", "similar name", "why a client may be a duplicate"));
    }
    return out;
}

} // namespace rapport
