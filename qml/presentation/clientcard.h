#pragma once

#include "core/types.h"

#include <QObject>
#include <QQmlEngine>
#include <QStringList>

namespace rapport::ui {

/**
 * Everything about one client for the client screen, with the wording already
 * made ("Given 3 Mar 2026 by Sam", "last seen 12 days ago by Sam at the Harbour
 * St store"). Reloads whenever the notebook changes.
 */
class ClientCard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ClientCard)
    Q_PROPERTY(QString clientId READ clientId WRITE setClientId NOTIFY clientIdChanged)
    Q_PROPERTY(bool exists READ exists NOTIFY changed)
    Q_PROPERTY(QString displayName READ displayName NOTIFY changed)
    Q_PROPERTY(QString givenName READ givenName NOTIFY changed)
    Q_PROPERTY(QString familyName READ familyName NOTIFY changed)
    Q_PROPERTY(QString phone READ phone NOTIFY changed)
    Q_PROPERTY(QString email READ email NOTIFY changed)
    Q_PROPERTY(QString preferredChannel READ preferredChannel NOTIFY changed)
    Q_PROPERTY(QString contactConsent READ contactConsent NOTIFY changed)
    Q_PROPERTY(QString contactConsentText READ contactConsentText NOTIFY changed)
    Q_PROPERTY(QString marketingConsent READ marketingConsent NOTIFY changed)
    Q_PROPERTY(QString marketingConsentText READ marketingConsentText NOTIFY changed)
    Q_PROPERTY(QString sizes READ sizes NOTIFY changed)
    Q_PROPERTY(QString brands READ brands NOTIFY changed)
    Q_PROPERTY(QString interests READ interests NOTIFY changed)
    Q_PROPERTY(QString importantDatesText READ importantDatesText NOTIFY changed)
    Q_PROPERTY(QString importantDatesInput READ importantDatesInput NOTIFY changed)
    Q_PROPERTY(QStringList tags READ tags NOTIFY changed)
    Q_PROPERTY(QString tagsInput READ tagsInput NOTIFY changed)
    Q_PROPERTY(int keepInTouchDays READ keepInTouchDays NOTIFY changed)
    Q_PROPERTY(QString keepInTouchText READ keepInTouchText NOTIFY changed)
    Q_PROPERTY(QString homeStoreId READ homeStoreId NOTIFY changed)
    Q_PROPERTY(QString homeStoreName READ homeStoreName NOTIFY changed)
    Q_PROPERTY(QString associateId READ associateId NOTIFY changed)
    Q_PROPERTY(QString associateName READ associateName NOTIFY changed)
    Q_PROPERTY(QString lastSeenText READ lastSeenText NOTIFY changed)
    Q_PROPERTY(QString sinceText READ sinceText NOTIFY changed)

public:
    explicit ClientCard(QObject *parent = nullptr);

    QString clientId() const { return m_clientId; }
    void setClientId(const QString &clientId);

    bool exists() const { return m_exists; }
    QString displayName() const { return m_client.displayName(); }
    QString givenName() const { return m_client.givenName; }
    QString familyName() const { return m_client.familyName; }
    QString phone() const { return m_client.phone; }
    QString email() const { return m_client.email; }
    QString preferredChannel() const { return m_client.preferredChannel; }
    QString contactConsent() const { return m_client.contactConsent.state; }
    QString contactConsentText() const { return consentText(m_client.contactConsent); }
    QString marketingConsent() const { return m_client.marketingConsent.state; }
    QString marketingConsentText() const { return consentText(m_client.marketingConsent); }
    QString sizes() const { return m_client.sizes; }
    QString brands() const { return m_client.brands; }
    QString interests() const { return m_client.interests; }
    QString importantDatesText() const;
    QString importantDatesInput() const;
    QStringList tags() const { return m_client.tags; }
    QString tagsInput() const { return m_client.tags.join(QStringLiteral(", ")); }
    int keepInTouchDays() const { return m_client.keepInTouchDays; }
    QString keepInTouchText() const;
    QString homeStoreId() const { return m_client.homeStoreId; }
    QString homeStoreName() const;
    QString associateId() const { return m_client.associateId; }
    QString associateName() const;
    QString lastSeenText() const;
    QString sinceText() const;

Q_SIGNALS:
    void clientIdChanged();
    void changed();

private:
    void reload();
    QString consentText(const Consent &consent) const;

    QString m_clientId;
    Client m_client;
    bool m_exists = false;
};

} // namespace rapport::ui
