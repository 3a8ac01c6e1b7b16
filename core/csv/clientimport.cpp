#include "clientimport.h"

#include "sqlutil.h"

#include <QHash>

#include <algorithm>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>

namespace rapport::csv {

namespace {

struct FieldInfo
{
    ImportField field;
    const char *key;
    const char *label;
    // Header words (folded: lower case, letters and digits only) that name the field.
    QStringList words;
};

const QList<FieldInfo> &fieldTable()
{
    static const QList<FieldInfo> table{
        {ImportField::Ignore, "ignore", QT_TRANSLATE_NOOP("ClientImport", "Leave out"), {}},
        {ImportField::GivenName, "given_name", QT_TRANSLATE_NOOP("ClientImport", "First name"),
         {QStringLiteral("givenname"), QStringLiteral("firstname"), QStringLiteral("first"), QStringLiteral("given"),
          QStringLiteral("forename"), QStringLiteral("prenom"), QStringLiteral("vorname"), QStringLiteral("voornaam")}},
        {ImportField::FamilyName, "family_name", QT_TRANSLATE_NOOP("ClientImport", "Last name"),
         {QStringLiteral("familyname"), QStringLiteral("lastname"), QStringLiteral("last"), QStringLiteral("surname"),
          QStringLiteral("family"), QStringLiteral("nom"), QStringLiteral("nachname"), QStringLiteral("achternaam"),
          QStringLiteral("nomdefamille")}},
        {ImportField::FullName, "full_name", QT_TRANSLATE_NOOP("ClientImport", "Full name"),
         {QStringLiteral("name"), QStringLiteral("fullname"), QStringLiteral("client"), QStringLiteral("clientname"),
          QStringLiteral("customer"), QStringLiteral("customername"), QStringLiteral("nomcomplet"), QStringLiteral("naam")}},
        {ImportField::Phone, "phone", QT_TRANSLATE_NOOP("ClientImport", "Phone"),
         {QStringLiteral("phone"), QStringLiteral("phonenumber"), QStringLiteral("telephone"), QStringLiteral("tel"),
          QStringLiteral("mobile"), QStringLiteral("cell"), QStringLiteral("mobilephone"), QStringLiteral("telefon"),
          QStringLiteral("telefoon"), QStringLiteral("portable"), QStringLiteral("handy")}},
        {ImportField::Email, "email", QT_TRANSLATE_NOOP("ClientImport", "Email"),
         {QStringLiteral("email"), QStringLiteral("mail"), QStringLiteral("emailaddress"), QStringLiteral("courriel"),
          QStringLiteral("adressemail"), QStringLiteral("adresseemail")}},
        {ImportField::PreferredChannel, "preferred_channel", QT_TRANSLATE_NOOP("ClientImport", "Preferred channel"),
         {QStringLiteral("preferredchannel"), QStringLiteral("channel"), QStringLiteral("contactby")}},
        {ImportField::ContactConsent, "consent_contact", QT_TRANSLATE_NOOP("ClientImport", "Consent to contact"),
         {QStringLiteral("consentcontact"), QStringLiteral("contactconsent"), QStringLiteral("consent"),
          QStringLiteral("maycontact")}},
        {ImportField::MarketingConsent, "consent_marketing", QT_TRANSLATE_NOOP("ClientImport", "Marketing consent"),
         {QStringLiteral("consentmarketing"), QStringLiteral("marketingconsent"), QStringLiteral("marketing"),
          QStringLiteral("newsletter"), QStringLiteral("optin"), QStringLiteral("marketingoptin")}},
        {ImportField::Sizes, "sizes", QT_TRANSLATE_NOOP("ClientImport", "Sizes"),
         {QStringLiteral("sizes"), QStringLiteral("size"), QStringLiteral("taille"), QStringLiteral("grosse")}},
        {ImportField::Brands, "brands", QT_TRANSLATE_NOOP("ClientImport", "Brands"),
         {QStringLiteral("brands"), QStringLiteral("brand"), QStringLiteral("marques"), QStringLiteral("marken")}},
        {ImportField::Interests, "interests", QT_TRANSLATE_NOOP("ClientImport", "Interests"),
         {QStringLiteral("interests"), QStringLiteral("interest"), QStringLiteral("hobbies")}},
        {ImportField::Tags, "tags", QT_TRANSLATE_NOOP("ClientImport", "Tags"),
         {QStringLiteral("tags"), QStringLiteral("tag"), QStringLiteral("labels")}},
        {ImportField::Birthday, "birthday", QT_TRANSLATE_NOOP("ClientImport", "Birthday (YYYY-MM-DD)"),
         {QStringLiteral("birthday"), QStringLiteral("birthdate"), QStringLiteral("dateofbirth"), QStringLiteral("dob"),
          QStringLiteral("anniversaire"), QStringLiteral("geburtstag"), QStringLiteral("verjaardag")}},
        {ImportField::KeepInTouchDays, "keep_in_touch_days", QT_TRANSLATE_NOOP("ClientImport", "Keep in touch (days)"),
         {QStringLiteral("keepintouchdays"), QStringLiteral("keepintouch"), QStringLiteral("contactevery")}},
    };
    return table;
}

QString fold(const QString &text)
{
    QString out;
    for (const QChar c : text.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            out.append(c.toLower());
    }
    return out;
}

QString phoneDigits(const QString &phone)
{
    QString out;
    for (const QChar c : phone) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

std::optional<QString> consentWord(const QString &cell)
{
    static const QStringList yes{QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("true"),
                                 QStringLiteral("1"), QStringLiteral("given"), QStringLiteral("x"),
                                 QStringLiteral("oui"), QStringLiteral("ja"), QStringLiteral("opt-in"),
                                 QStringLiteral("optin")};
    static const QStringList no{QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
                                QStringLiteral("0"), QStringLiteral("withdrawn"), QStringLiteral("non"),
                                QStringLiteral("nein"), QStringLiteral("nee"), QStringLiteral("opt-out"),
                                QStringLiteral("optout")};
    const QString word = cell.trimmed().toLower();
    if (yes.contains(word))
        return QStringLiteral("given");
    if (no.contains(word))
        return QStringLiteral("withdrawn");
    return std::nullopt;
}

struct Existing
{
    QHash<QString, QString> byPhone; // digits -> client id ("" when two clients share them)
    QHash<QString, QString> byEmail; // lower-case email -> client id ("" when shared)
};

Existing readExisting(const QSqlDatabase &db)
{
    Existing e;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(QStringLiteral("SELECT id, phone, email FROM client WHERE deleted = 0"));
    const auto put = [](QHash<QString, QString> &map, const QString &key, const QString &id) {
        if (key.isEmpty())
            return;
        auto it = map.find(key);
        if (it == map.end())
            map.insert(key, id);
        else if (*it != id)
            *it = QString(); // shared by two clients: matching it would be a guess
    };
    while (q.next()) {
        const QString id = q.value(0).toString();
        put(e.byPhone, phoneDigits(q.value(1).toString()), id);
        put(e.byEmail, q.value(2).toString().trimmed().toLower(), id);
    }
    return e;
}

} // namespace

QList<ImportField> importFields()
{
    QList<ImportField> out;
    for (const FieldInfo &f : fieldTable())
        out.append(f.field);
    return out;
}

QString fieldKey(ImportField field)
{
    for (const FieldInfo &f : fieldTable()) {
        if (f.field == field)
            return QString::fromLatin1(f.key);
    }
    return QStringLiteral("ignore");
}

std::optional<ImportField> fieldFromKey(const QString &key)
{
    for (const FieldInfo &f : fieldTable()) {
        if (key == QLatin1String(f.key))
            return f.field;
    }
    return std::nullopt;
}

QString fieldLabel(ImportField field)
{
    for (const FieldInfo &f : fieldTable()) {
        if (f.field == field)
            return QCoreApplication::translate("ClientImport", f.label);
    }
    return {};
}

ImportField guessField(const QString &header)
{
    const QString folded = fold(header);
    if (folded.isEmpty())
        return ImportField::Ignore;
    for (const FieldInfo &f : fieldTable()) {
        if (f.words.contains(folded))
            return f.field;
    }
    // "Mobile phone (work)", "E-mail address 1": a known word at the start.
    for (const FieldInfo &f : fieldTable()) {
        for (const QString &word : f.words) {
            if (word.size() >= 4 && folded.startsWith(word))
                return f.field;
        }
    }
    return ImportField::Ignore;
}

QList<ImportField> guessMapping(const QStringList &header)
{
    QList<ImportField> out;
    for (const QString &name : header) {
        ImportField f = guessField(name);
        if (f != ImportField::Ignore && out.contains(f))
            f = ImportField::Ignore;
        out.append(f);
    }
    // A full name column beside first and last names adds nothing.
    if (out.contains(ImportField::FullName)
        && (out.contains(ImportField::GivenName) || out.contains(ImportField::FamilyName)))
        out.replace(out.indexOf(ImportField::FullName), ImportField::Ignore);
    return out;
}

ClientImport::ClientImport(Notebook &notebook) : m_notebook(notebook) {}

namespace {

/** What the cells of one row say, before it is matched with the notebook's clients. */
struct RowReading
{
    ClientChanges changes;
    QString refusal; // the first reason the row cannot be imported; empty when it can
};

/** Reads one non-empty cell mapped to `field` into `out` (the first refusal wins). */
void readCell(ImportField field, const QString &cell, const QString &column, const QDateTime &now,
              const QString &staffId, RowReading &out)
{
    static const QRegularExpression emailShape(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    static const QRegularExpression phoneShape(QStringLiteral("^[0-9+()./\\s-]*$"));
    static const QRegularExpression dayShape(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    static const QStringList channels{QStringLiteral("phone"), QStringLiteral("sms"), QStringLiteral("email"),
                                      QStringLiteral("none")};
    ClientChanges &c = out.changes;
    const auto refuse = [&out](const QString &why) {
        if (out.refusal.isEmpty())
            out.refusal = why;
    };
    switch (field) {
    case ImportField::Ignore:
        break;
    case ImportField::GivenName:
        c.givenName = cell.simplified();
        break;
    case ImportField::FamilyName:
        c.familyName = cell.simplified();
        break;
    case ImportField::FullName: {
        const QString full = cell.simplified();
        const qsizetype space = full.lastIndexOf(QLatin1Char(' '));
        if (space < 0) {
            c.givenName = full;
        } else {
            c.givenName = full.left(space);
            c.familyName = full.mid(space + 1);
        }
        break;
    }
    case ImportField::Phone:
        if (!phoneShape.match(cell).hasMatch() || phoneDigits(cell).size() < 4)
            refuse(ClientImport::tr("the phone \"%1\" is not a phone number (digits, spaces and + ( ) - . / only)")
                       .arg(cell));
        c.phone = cell;
        break;
    case ImportField::Email:
        if (!emailShape.match(cell).hasMatch())
            refuse(ClientImport::tr("the email \"%1\" is not an address like name@example.com").arg(cell));
        c.email = cell;
        break;
    case ImportField::PreferredChannel:
        if (!channels.contains(cell.toLower()))
            refuse(ClientImport::tr("the preferred channel \"%1\" is not phone, sms, email or none").arg(cell));
        c.preferredChannel = cell.toLower();
        break;
    case ImportField::ContactConsent:
    case ImportField::MarketingConsent: {
        const auto state = consentWord(cell);
        if (!state) {
            refuse(ClientImport::tr("\"%1\" in column \"%2\" is neither yes nor no").arg(cell, column));
            break;
        }
        const Consent consent{*state, now, staffId};
        if (field == ImportField::ContactConsent)
            c.contactConsent = consent;
        else
            c.marketingConsent = consent;
        break;
    }
    case ImportField::Sizes:
        c.sizes = cell;
        break;
    case ImportField::Brands:
        c.brands = cell;
        break;
    case ImportField::Interests:
        c.interests = cell;
        break;
    case ImportField::Tags: {
        QStringList tags;
        for (const QString &t : cell.split(QRegularExpression(QStringLiteral("[,;|]"))))
            if (!t.trimmed().isEmpty())
                tags.append(t.trimmed());
        c.tags = tags;
        break;
    }
    case ImportField::Birthday: {
        const auto m = dayShape.match(cell);
        const QDate day = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt())
                                       : QDate();
        if (!m.hasMatch())
            refuse(ClientImport::tr("the birthday \"%1\" is not a date written YYYY-MM-DD, like 1985-04-12").arg(cell));
        else if (!day.isValid())
            refuse(ClientImport::tr("the birthday \"%1\" is not a day of the calendar").arg(cell));
        else if (day > now.date())
            refuse(ClientImport::tr("the birthday \"%1\" is in the future").arg(cell));
        else
            c.importantDates = QList<ImportantDate>{ImportantDate{ClientImport::tr("Birthday"), day, true}};
        break;
    }
    case ImportField::KeepInTouchDays: {
        bool ok = false;
        const int days = cell.toInt(&ok);
        if (!ok || days < 0 || days > 3650)
            refuse(ClientImport::tr("keep in touch \"%1\" is not a number of days from 0 to 3650").arg(cell));
        c.keepInTouchDays = days;
        break;
    }
    }
}

/** Phones and emails already seen in earlier rows of the file, with their row numbers. */
struct FileRepeats
{
    QHash<QString, int> phoneRow; // digits -> row
    QHash<QString, int> emailRow; // folded email -> row
};

/**
 * Finds the client an importable row updates: `r.clientId` and `r.reason` set on a match, or
 * the refusal when the row repeats an earlier one or its phone and email point different ways.
 */
QString matchRow(const RowReading &reading, const Existing &existing, const FileRepeats &repeats, PlannedRow &r)
{
    const ClientChanges &c = reading.changes;
    const QString digits = phoneDigits(c.phone.value_or(QString()));
    const QString email = c.email.value_or(QString()).toLower();
    if (!digits.isEmpty() && repeats.phoneRow.contains(digits))
        return ClientImport::tr("the phone %1 is also on row %2 of this file").arg(*c.phone).arg(repeats.phoneRow.value(digits));
    if (!email.isEmpty() && repeats.emailRow.contains(email))
        return ClientImport::tr("the email %1 is also on row %2 of this file").arg(*c.email).arg(repeats.emailRow.value(email));
    const auto phoneHit = digits.isEmpty() ? existing.byPhone.constEnd() : existing.byPhone.constFind(digits);
    const auto emailHit = email.isEmpty() ? existing.byEmail.constEnd() : existing.byEmail.constFind(email);
    const bool byPhone = phoneHit != existing.byPhone.constEnd();
    const bool byEmail = emailHit != existing.byEmail.constEnd();
    if (byPhone && phoneHit->isEmpty())
        return ClientImport::tr("the phone %1 belongs to more than one client already; merge them first").arg(*c.phone);
    if (byEmail && emailHit->isEmpty())
        return ClientImport::tr("the email %1 belongs to more than one client already; merge them first").arg(*c.email);
    if (byPhone && byEmail && *phoneHit != *emailHit)
        return ClientImport::tr("the phone matches one client and the email another; merge them first or correct the row");
    if (byPhone) {
        r.clientId = *phoneHit;
        r.reason = ClientImport::tr("same phone");
    } else if (byEmail) {
        r.clientId = *emailHit;
        r.reason = ClientImport::tr("same email");
    }
    return {};
}

/** Writes `birthday` into `dates` (replacing a date of the same label); true when that changed them. */
bool placeBirthday(const ImportantDate &birthday, QList<ImportantDate> &dates)
{
    bool found = false;
    bool changed = false;
    for (ImportantDate &d : dates) {
        if (d.label.compare(birthday.label, Qt::CaseInsensitive) == 0) {
            found = true;
            if (d.date != birthday.date || !d.yearKnown) {
                d = birthday;
                changed = true;
            }
        }
    }
    if (!found) {
        dates.append(birthday);
        changed = true;
    }
    return changed;
}

/**
 * The update of `current` a row asks for: only what differs (consent already in that state keeps
 * its stamp; tags are added to the client's). Fills `r.changes`, `r.changedFields` and `r.action`.
 */
void planUpdate(const ClientChanges &c, const Client &current, PlannedRow &r)
{
    ClientChanges u;
    const auto differs = [&r](auto &target, const auto &source, const auto &have, ImportField field) {
        if (source && *source != have) {
            target = source;
            r.changedFields.append(fieldLabel(field));
        }
    };
    differs(u.givenName, c.givenName, current.givenName, ImportField::GivenName);
    differs(u.familyName, c.familyName, current.familyName, ImportField::FamilyName);
    if (c.phone && phoneDigits(*c.phone) != phoneDigits(current.phone)) {
        u.phone = c.phone;
        r.changedFields.append(fieldLabel(ImportField::Phone));
    }
    if (c.email && c.email->toLower() != current.email.toLower()) {
        u.email = c.email;
        r.changedFields.append(fieldLabel(ImportField::Email));
    }
    differs(u.preferredChannel, c.preferredChannel, current.preferredChannel, ImportField::PreferredChannel);
    if (c.contactConsent && c.contactConsent->state != current.contactConsent.state) {
        u.contactConsent = c.contactConsent;
        r.changedFields.append(fieldLabel(ImportField::ContactConsent));
    }
    if (c.marketingConsent && c.marketingConsent->state != current.marketingConsent.state) {
        u.marketingConsent = c.marketingConsent;
        r.changedFields.append(fieldLabel(ImportField::MarketingConsent));
    }
    differs(u.sizes, c.sizes, current.sizes, ImportField::Sizes);
    differs(u.brands, c.brands, current.brands, ImportField::Brands);
    differs(u.interests, c.interests, current.interests, ImportField::Interests);
    if (c.tags) {
        QStringList merged = current.tags;
        for (const QString &t : *c.tags)
            if (!merged.contains(t))
                merged.append(t);
        if (merged != current.tags) {
            u.tags = merged;
            r.changedFields.append(fieldLabel(ImportField::Tags));
        }
    }
    if (c.importantDates) {
        QList<ImportantDate> dates = current.importantDates;
        if (placeBirthday(c.importantDates->constFirst(), dates)) {
            u.importantDates = dates;
            r.changedFields.append(fieldLabel(ImportField::Birthday));
        }
    }
    differs(u.keepInTouchDays, c.keepInTouchDays, current.keepInTouchDays, ImportField::KeepInTouchDays);
    r.name = current.displayName();
    r.action = r.changedFields.isEmpty() ? PlannedRow::Action::Unchanged : PlannedRow::Action::Update;
    r.changes = u;
}

void countActions(ImportPlan &plan)
{
    for (const PlannedRow &r : plan.rows) {
        switch (r.action) {
        case PlannedRow::Action::Create: ++plan.creates; break;
        case PlannedRow::Action::Update: ++plan.updates; break;
        case PlannedRow::Action::Unchanged: ++plan.unchanged; break;
        case PlannedRow::Action::Refuse: ++plan.refused; break;
        }
    }
}

} // namespace

Result<ImportPlan> ClientImport::plan(const Table &table, const QList<ImportField> &mapping) const
{
    if (mapping.size() != table.header.size())
        return Error{tr("The mapping names %1 columns but the file has %2.").arg(mapping.size()).arg(table.header.size())};
    if (!mapping.contains(ImportField::GivenName) && !mapping.contains(ImportField::FamilyName)
        && !mapping.contains(ImportField::FullName))
        return Error{tr("No column is mapped to a name: map a column to First name, Last name or Full name.")};

    const Existing existing = readExisting(m_notebook.database().connection());
    FileRepeats repeats;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QString staffId = m_notebook.currentStaffId();

    ImportPlan plan;
    plan.rows.reserve(table.rows.size() + table.problems.size());
    for (const RowProblem &p : table.problems) {
        PlannedRow r;
        r.row = p.row;
        r.reason = p.reason;
        plan.rows.append(r);
    }
    for (qsizetype index = 0; index < table.rows.size(); ++index) {
        const QStringList &cells = table.rows.at(index);
        PlannedRow r;
        r.row = table.rowNumbers.at(index);
        RowReading reading;
        for (qsizetype col = 0; col < mapping.size(); ++col) {
            const QString cell = cells.at(col).trimmed();
            if (!cell.isEmpty())
                readCell(mapping.at(col), cell, table.header.at(col), now, staffId, reading);
        }
        const ClientChanges &c = reading.changes;
        r.name = (c.givenName.value_or(QString()) + QLatin1Char(' ') + c.familyName.value_or(QString())).trimmed();
        if (r.name.isEmpty() && reading.refusal.isEmpty())
            reading.refusal = tr("the row has no name");
        if (reading.refusal.isEmpty())
            reading.refusal = matchRow(reading, existing, repeats, r);
        if (!reading.refusal.isEmpty()) {
            r.action = PlannedRow::Action::Refuse;
            r.reason = reading.refusal;
            r.clientId.clear();
            plan.rows.append(r);
            continue;
        }
        const QString digits = phoneDigits(c.phone.value_or(QString()));
        const QString email = c.email.value_or(QString()).toLower();
        if (!digits.isEmpty())
            repeats.phoneRow.insert(digits, r.row);
        if (!email.isEmpty())
            repeats.emailRow.insert(email, r.row);

        // A match that vanished since the file was read (erased, merged) becomes a new client.
        const std::optional<Client> current =
            r.clientId.isEmpty() ? std::nullopt : m_notebook.client(r.clientId);
        if (!current) {
            r.clientId.clear();
            r.action = PlannedRow::Action::Create;
            r.changes = c;
        } else {
            planUpdate(c, *current, r);
        }
        plan.rows.append(r);
    }
    std::stable_sort(plan.rows.begin(), plan.rows.end(),
                     [](const PlannedRow &a, const PlannedRow &b) { return a.row < b.row; });
    countActions(plan);
    return plan;
}

Result<ImportOutcome> ClientImport::run(const Table &table, const QList<ImportField> &mapping,
                                        const std::function<void(int, int)> &progress)
{
    Notebook::BulkWrite bulk(m_notebook);
    if (!bulk.began())
        return Error{tr("The notebook is busy; nothing was imported. Try again.")};
    // Planned inside the transaction, so no other write slips in between the check and the writes.
    Result<ImportPlan> planned = plan(table, mapping);
    if (!planned)
        return Error{planned.errorMessage()};
    ImportOutcome outcome;
    outcome.plan = planned.value();
    const int total = outcome.plan.creates + outcome.plan.updates;
    int done = 0;
    for (const PlannedRow &r : outcome.plan.rows) {
        if (r.action == PlannedRow::Action::Create) {
            Result<Client> made = m_notebook.createClient(r.changes);
            if (!made)
                return Error{tr("Row %1 could not be saved (%2); nothing was imported.").arg(r.row).arg(made.errorMessage())};
            outcome.createdIds.append(made->id);
        } else if (r.action == PlannedRow::Action::Update) {
            Result<Client> updated = m_notebook.updateClient(r.clientId, r.changes);
            if (!updated)
                return Error{tr("Row %1 could not be saved (%2); nothing was imported.").arg(r.row).arg(updated.errorMessage())};
            outcome.updatedIds.append(r.clientId);
        } else {
            continue;
        }
        ++done;
        if (progress && (done % 200 == 0 || done == total))
            progress(done, total);
    }
    if (Status committed = bulk.commit(); !committed)
        return Error{tr("The import could not be saved (%1); nothing was imported.").arg(committed.errorMessage())};
    return outcome;
}

QString importSummary(const ImportPlan &plan, const QString &fileName)
{
    return ClientImport::tr("Imported %1: %2 new, %3 updated, %4 unchanged; %5 rows refused.")
        .arg(fileName)
        .arg(plan.creates)
        .arg(plan.updates)
        .arg(plan.unchanged)
        .arg(plan.refused);
}

} // namespace rapport::csv
