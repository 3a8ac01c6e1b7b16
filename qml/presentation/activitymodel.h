#pragma once

#include <QAbstractListModel>
#include <QJsonArray>
#include <QPointer>
#include <QQmlEngine>

namespace rapport {
class SyncEngine;
}

namespace rapport::ui {

/**
 * The server's activity trail as this device last fetched it (kept for offline reading),
 * newest first, optionally of one kind. Managers and admins only: the server refuses others.
 */
class ActivityModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ActivityModel)
    Q_PROPERTY(QString kind READ kind WRITE setKind NOTIFY kindChanged)
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool signedIn READ signedIn NOTIFY stateChanged)
    Q_PROPERTY(bool refreshing READ refreshing NOTIFY stateChanged)
    Q_PROPERTY(QString fetchedText READ fetchedText NOTIFY stateChanged)
    Q_PROPERTY(QString problem READ problem NOTIFY stateChanged)
public:
    enum Roles { TimeTextRole = Qt::UserRole + 1, WhoRole, KindRole, KindLabelRole, SummaryRole, SubjectRole };
    explicit ActivityModel(QObject *parent = nullptr);
    /** For tests: reads from this engine instead of the app's. */
    void setEngine(SyncEngine *engine);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString kind() const { return m_kind; }
    void setKind(const QString &kind);
    /** [{key, label}] with "" (every kind) first. */
    QVariantList kinds() const;
    bool signedIn() const;
    bool refreshing() const { return m_refreshing; }
    QString fetchedText() const;
    QString problem() const { return m_problem; }

    /** Asks the server for the newest entries; the list changes when they arrive. */
    Q_INVOKABLE void refresh();
    static QString kindLabel(const QString &kind);

Q_SIGNALS:
    void kindChanged();
    void countChanged();
    void stateChanged();

private:
    void reload();
    QPointer<SyncEngine> m_engine;
    QJsonArray m_rows;
    QString m_kind;
    bool m_refreshing = false;
    QString m_problem;
};

} // namespace rapport::ui
