#pragma once

#include "core/notebook.h"

#include <QAbstractListModel>
#include <QQmlEngine>

namespace rapport::ui {

/**
 * Likely matches of the client being typed into the add-client form, so the
 * associate sees an existing record before creating a second one.
 */
class DuplicateModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(DuplicateModel)
    Q_PROPERTY(QString givenName READ givenName WRITE setGivenName NOTIFY inputChanged)
    Q_PROPERTY(QString familyName READ familyName WRITE setFamilyName NOTIFY inputChanged)
    Q_PROPERTY(QString phone READ phone WRITE setPhone NOTIFY inputChanged)
    Q_PROPERTY(QString email READ email WRITE setEmail NOTIFY inputChanged)
    /** A client to leave out (the one being edited). */
    Q_PROPERTY(QString excludeId READ excludeId WRITE setExcludeId NOTIFY inputChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Roles { ClientIdRole = Qt::UserRole + 1, DisplayNameRole, ReasonRole, PhoneRole, EmailRole };
    Q_ENUM(Roles)

    explicit DuplicateModel(QObject *parent = nullptr);

    QString givenName() const { return m_givenName; }
    QString familyName() const { return m_familyName; }
    QString phone() const { return m_phone; }
    QString email() const { return m_email; }
    QString excludeId() const { return m_excludeId; }
    void setGivenName(const QString &value);
    void setFamilyName(const QString &value);
    void setPhone(const QString &value);
    void setEmail(const QString &value);
    void setExcludeId(const QString &value);
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void inputChanged();
    void countChanged();

private:
    void setInput(QString &field, const QString &value);
    void refresh();

    QString m_givenName, m_familyName, m_phone, m_email, m_excludeId;
    QList<DuplicateCandidate> m_rows;
};

} // namespace rapport::ui
