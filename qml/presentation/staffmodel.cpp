#include "staffmodel.h"

#include "formatting.h"
#include "language.h"
#include "session.h"

namespace rapport::ui {

StaffModel::StaffModel(QObject *parent) : QAbstractListModel(parent)
{
    if (Session *session = Session::instance()) {
        connect(session->notebook(), &Notebook::changed, this, &StaffModel::refresh);
        connect(session, &Session::currentStaffChanged, this, &StaffModel::refresh);
    }
    // Another language: the same rows in other words.
    if (Language *language = Language::instance())
        connect(language, &Language::changed, this, [this] {
            if (rowCount() > 0)
                Q_EMIT dataChanged(index(0), index(rowCount() - 1));
        });
    refresh();
}

void StaffModel::refresh()
{
    beginResetModel();
    m_rows.clear();
    if (Session *session = Session::instance())
        m_rows = session->notebook()->staff();
    endResetModel();
    Q_EMIT countChanged();
}

int StaffModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant StaffModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Staff &row = m_rows.at(index.row());
    Session *session = Session::instance();
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return row.name;
    case StaffIdRole: return row.id;
    case RoleRole: return formatting::staffRoleLabel(row.role);
    case StoreNameRole: return session ? session->storeName(row.storeId) : QString();
    case IsCurrentRole: return session && session->currentStaffId() == row.id;
    }
    return {};
}

QHash<int, QByteArray> StaffModel::roleNames() const
{
    return {{StaffIdRole, "staffId"}, {NameRole, "name"}, {RoleRole, "role"},
            {StoreNameRole, "storeName"}, {IsCurrentRole, "isCurrent"}};
}

} // namespace rapport::ui
