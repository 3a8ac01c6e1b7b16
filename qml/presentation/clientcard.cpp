#include "clientcard.h"

#include "inputreader.h"

#include <QLocale>

#include "formatting.h"
#include "session.h"

namespace rapport::ui {

ClientCard::ClientCard(QObject *parent) : QObject(parent)
{
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, &ClientCard::reload);
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
        return QStringLiteral("Not asked yet");
    QString text = consent.state == QLatin1String("given") ? QStringLiteral("Given") : QStringLiteral("Withdrawn");
    if (consent.at.isValid())
        text += QLatin1Char(' ') + formatting::shortDate(consent.at.toLocalTime().date());
    const QString by = Session::instance() ? Session::instance()->staffName(consent.byStaffId) : QString();
    if (!by.isEmpty())
        text += QStringLiteral(" by ") + by;
    return text;
}

QString ClientCard::importantDatesText() const
{
    QStringList parts;
    for (const ImportantDate &date : m_client.importantDates)
        parts.append(QStringLiteral("%1: %2").arg(
            date.label, date.yearKnown ? formatting::shortDate(date.date)
                                       : QLocale(QLocale::English).toString(date.date, QStringLiteral("d MMM")) + QStringLiteral(", every year")));
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
        return m_exists ? QStringLiteral("Not seen yet: add a note when you talk with them.") : QString();
    QString text = QStringLiteral("Last seen ") + formatting::daysAgo(m_client.lastSeenAt);
    Session *session = Session::instance();
    const QString by = session ? session->staffName(m_client.lastSeenByStaffId) : QString();
    const QString store = session ? session->storeName(m_client.lastSeenStoreId) : QString();
    if (!by.isEmpty())
        text += QStringLiteral(" by ") + by;
    if (!store.isEmpty())
        text += QStringLiteral(" at the %1 store").arg(store);
    return text;
}

QString ClientCard::sinceText() const
{
    return m_client.createdAt.isValid()
        ? QStringLiteral("Client since %1").arg(formatting::shortDate(m_client.createdAt.toLocalTime().date()))
        : QString();
}

} // namespace rapport::ui
