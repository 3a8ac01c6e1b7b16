#include "duplicatemodel.h"

#include "session.h"

namespace rapport::ui {

DuplicateModel::DuplicateModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *session = Session::instance())
        connect(session->notebook(), &Notebook::changed, this, &DuplicateModel::refresh);
}

void DuplicateModel::setGivenName(const QString &value) { setInput(m_givenName, value); }
void DuplicateModel::setFamilyName(const QString &value) { setInput(m_familyName, value); }
void DuplicateModel::setPhone(const QString &value) { setInput(m_phone, value); }
void DuplicateModel::setEmail(const QString &value) { setInput(m_email, value); }
void DuplicateModel::setExcludeId(const QString &value) { setInput(m_excludeId, value); }

void DuplicateModel::setInput(QString &field, const QString &value)
{
    if (field == value)
        return;
    field = value;
    Q_EMIT inputChanged();
    refresh();
}

void DuplicateModel::refresh()
{
    QList<DuplicateCandidate> found;
    Session *session = Session::instance();
    const bool anything = !(m_givenName.trimmed().isEmpty() && m_familyName.trimmed().isEmpty()
                            && m_phone.trimmed().isEmpty() && m_email.trimmed().isEmpty());
    if (session && anything) {
        const auto candidates = session->notebook()->findDuplicates(m_givenName.trimmed(), m_familyName.trimmed(),
                                                                    m_phone.trimmed(), m_email.trimmed());
        for (const DuplicateCandidate &candidate : candidates)
            if (candidate.client.id != m_excludeId)
                found.append(candidate);
    }
    beginResetModel();
    m_rows = found;
    endResetModel();
    Q_EMIT countChanged();
}

int DuplicateModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DuplicateModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DuplicateCandidate &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole: return row.client.displayName();
    case ClientIdRole: return row.client.id;
    case ReasonRole: return row.reason;
    case PhoneRole: return row.client.phone;
    case EmailRole: return row.client.email;
    }
    return {};
}

QHash<int, QByteArray> DuplicateModel::roleNames() const
{
    return {{ClientIdRole, "clientId"}, {DisplayNameRole, "displayName"}, {ReasonRole, "reason"},
            {PhoneRole, "phone"}, {EmailRole, "email"}};
}

} // namespace rapport::ui
