#include "clientcard.h"

#include "inputreader.h"

#include <QLocale>

#include "formatting.h"
#include "language.h"
#include "session.h"

namespace rapport::ui {

ClientCard::ClientCard(QObject *parent) : QObject(parent)
{
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, &ClientCard::reload);
    if (Language *language = Language::instance())
        connect(language, &Language::changed, this, &ClientCard::changed); // the same client in other words
}

void ClientCard::setClientId(const QString &clientId)
{
    if (clientId == m_clientId)
        return;
    m_clientId = clientId;
    Q_EMIT clientIdChanged();
    reload();
}

void ClientCard::reload()
{
    Session *session = Session::instance();
    const auto client = session && !m_clientId.isEmpty() ? session->notebook()->client(m_clientId) : std::nullopt;
    m_exists = client.has_value();
    m_client = client.value_or(Client{});
    Q_EMIT changed();
}

QString ClientCard::consentText(const Consent &consent) const
{
    if (consent.state.isEmpty())
        return tr("Not asked yet", "consent");
    const bool given = consent.state == QLatin1String("given");
    const QString when = consent.at.isValid() ? formatting::shortDate(consent.at.toLocalTime().date()) : QString();
    const QString by = Session::instance() ? Session::instance()->staffName(consent.byStaffId) : QString();
    // Whole sentences per case: word order differs between languages.
    if (!when.isEmpty() && !by.isEmpty())
        return given ? tr("Given %1 by %2", "consent; %1 date, %2 colleague").arg(when, by)
                     : tr("Withdrawn %1 by %2", "consent; %1 date, %2 colleague").arg(when, by);
    if (!when.isEmpty())
        return given ? tr("Given %1", "consent; %1 date").arg(when) : tr("Withdrawn %1", "consent; %1 date").arg(when);
    if (!by.isEmpty())
        return given ? tr("Given by %1", "consent; %1 colleague").arg(by)
                     : tr("Withdrawn by %1", "consent; %1 colleague").arg(by);
    return given ? tr("Given", "consent") : tr("Withdrawn", "consent");
}

QString ClientCard::importantDatesText() const
{
    QStringList parts;
    for (const ImportantDate &date : m_client.importantDates)
        parts.append(QStringLiteral("%1: %2").arg(
            date.label, date.yearKnown ? formatting::shortDate(date.date)
                                       : tr("%1, every year", "an important date without a year")
                                             .arg(formatting::dayAndMonth(date.date))));
    return parts.join(QStringLiteral(" · "));
}

QString ClientCard::importantDatesInput() const
{
    QStringList lines;
    for (const ImportantDate &date : m_client.importantDates)
        // In words, as the form reads them back (English month names are read in every locale).
        lines.append(QStringLiteral("%1: %2").arg(
            date.label, InputReader(QLocale(QLocale::English), QDate::currentDate()).dateInput(date.date, date.yearKnown)));
    return lines.join(QLatin1Char('\n'));
}

QString ClientCard::keepInTouchText() const
{
    return formatting::keepInTouch(m_client.keepInTouchDays);
}

QString ClientCard::homeStoreName() const
{
    return Session::instance() ? Session::instance()->storeName(m_client.homeStoreId) : QString();
}

QString ClientCard::associateName() const
{
    return Session::instance() ? Session::instance()->staffName(m_client.associateId) : QString();
}

QString ClientCard::lastSeenText() const
{
    if (!m_client.lastSeenAt.isValid())
        return m_exists ? tr("Not seen yet: add a note when you talk with them.") : QString();
    const QString when = formatting::daysAgo(m_client.lastSeenAt);
    Session *session = Session::instance();
    const QString by = session ? session->staffName(m_client.lastSeenByStaffId) : QString();
    const QString store = session ? session->storeName(m_client.lastSeenStoreId) : QString();
    if (!by.isEmpty() && !store.isEmpty())
        return tr("Last seen %1 by %2 at the %3 store", "%1 is 'today', 'yesterday' or '12 days ago'").arg(when, by, store);
    if (!by.isEmpty())
        return tr("Last seen %1 by %2", "%1 is 'today', 'yesterday' or '12 days ago'").arg(when, by);
    if (!store.isEmpty())
        return tr("Last seen %1 at the %2 store", "%1 is 'today', 'yesterday' or '12 days ago'").arg(when, store);
    return tr("Last seen %1", "%1 is 'today', 'yesterday' or '12 days ago'").arg(when);
}

QString ClientCard::sinceText() const
{
    return m_client.createdAt.isValid()
        ? tr("Client since %1").arg(formatting::shortDate(m_client.createdAt.toLocalTime().date()))
        : QString();
}

} // namespace rapport::ui
