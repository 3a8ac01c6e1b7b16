#pragma once

#include "core/notebook.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QTimer>

namespace rapport::ui {

/**
 * The chain's likely duplicate clients, best first, for the manager's Duplicates page; and
 * merging a pair, with the fields that differ side by side. Reads only while `active` (the
 * page is shown): finding pairs reads every client.
 */
class DuplicatePairModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(DuplicatePairModel)
    Q_PROPERTY(bool active READ active WRITE setActive NOTIFY activeChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    /** The person at the device may merge (a manager or an admin). */
    Q_PROPERTY(bool allowed READ allowed NOTIFY allowedChanged)
    Q_PROPERTY(QString lastError READ lastError NOTIFY lastErrorChanged)

public:
    enum Roles {
        FirstIdRole = Qt::UserRole + 1,
        SecondIdRole,
        FirstNameRole,
        SecondNameRole,
        FirstDetailRole,
        SecondDetailRole,
        ScoreRole,
        ReasonsRole,
    };
    Q_ENUM(Roles)

    explicit DuplicatePairModel(QObject *parent = nullptr);
    /** Tests hand the notebook in; the app uses the session's. */
    void setNotebook(Notebook *notebook);

    bool active() const { return m_active; }
    void setActive(bool active);
    int count() const { return int(m_rows.size()); }
    bool allowed() const;
    QString lastError() const { return m_lastError; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    /**
     * The fields that differ between the two, each as {field, label, kept, other, takeOther}
     * (values as a person reads them; takeOther: the default choice, the newer non-empty value).
     */
    Q_INVOKABLE QVariantList differences(const QString &keptId, const QString &otherId) const;
    /** Merges; returns the merge's id, or "" with lastError set. */
    Q_INVOKABLE QString merge(const QString &keptId, const QString &otherId, const QStringList &fromOther);
    Q_INVOKABLE bool undo(const QString &mergeId);
    /** "Maria Lopez into Maria Lopez Garcia" style summary of a merge for a snackbar. */
    Q_INVOKABLE QString describe(const QString &mergeId) const;
    Q_INVOKABLE void refresh();
    /** A client's name as shown ("" when there is no such client). */
    Q_INVOKABLE QString displayName(const QString &clientId) const;

Q_SIGNALS:
    void activeChanged();
    void countChanged();
    void allowedChanged();
    void lastErrorChanged();

private:
    void setError(const QString &text);
    QString detailOf(const Client &client) const;
    QString display(const QString &field, const Client &client) const;

    Notebook *m_notebook = nullptr;
    bool m_active = false;
    bool m_stale = true;
    QTimer m_refresh;
    QList<DuplicatePair> m_rows;
    QString m_lastError;
};

} // namespace rapport::ui
