#pragma once

#include "core/csv/clientimport.h"
#include "core/csv/csvexport.h"

#include <QAbstractListModel>
#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace rapport::ui {

/** The dry run's rows as a list: row number, what happens, the client's name, the reason. */
class ImportPlanModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_DISABLE_COPY_MOVE(ImportPlanModel)
public:
    enum Roles { RowNumberRole = Qt::UserRole + 1, ActionRole, NameRole, ReasonRole };
    using QAbstractListModel::QAbstractListModel;
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    void setRows(QList<csv::PlannedRow> rows);

private:
    QList<csv::PlannedRow> m_rows;
};

/**
 * The manager's Import / export page: a CSV file is read, its columns mapped to client
 * fields (guessed from the header, changeable), a dry run lists what each row will do, and
 * the import writes every good row in one transaction. Exports write clients, notes or
 * follow-ups as CSV. Both are reported to the server's activity trail.
 */
class ImportExport : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_DISABLE_COPY_MOVE(ImportExport)
    Q_PROPERTY(bool allowed READ allowed NOTIFY stateChanged)
    Q_PROPERTY(QString fileName READ fileName NOTIFY fileChanged)
    Q_PROPERTY(QString fileFacts READ fileFacts NOTIFY fileChanged)
    Q_PROPERTY(QVariantList columns READ columns NOTIFY fileChanged)
    Q_PROPERTY(QVariantList fieldChoices READ fieldChoices CONSTANT)
    Q_PROPERTY(ImportPlanModel *plan READ plan CONSTANT)
    Q_PROPERTY(bool planned READ planned NOTIFY stateChanged)
    Q_PROPERTY(int creates READ creates NOTIFY stateChanged)
    Q_PROPERTY(int updates READ updates NOTIFY stateChanged)
    Q_PROPERTY(int unchanged READ unchanged NOTIFY stateChanged)
    Q_PROPERTY(int refused READ refused NOTIFY stateChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY stateChanged)
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString message READ message NOTIFY stateChanged)
    Q_PROPERTY(QString error READ error NOTIFY stateChanged)
public:
    explicit ImportExport(QObject *parent = nullptr);

    bool allowed() const;
    QString fileName() const { return m_fileName; }
    QString fileFacts() const;
    QVariantList columns() const;
    QVariantList fieldChoices() const;
    ImportPlanModel *plan() { return &m_plan; }
    bool planned() const { return m_planned; }
    int creates() const { return m_counts.creates; }
    int updates() const { return m_counts.updates; }
    int unchanged() const { return m_counts.unchanged; }
    int refused() const { return m_counts.refused; }
    bool busy() const { return m_busy; }
    double progress() const { return m_progress; }
    QString message() const { return m_message; }
    QString error() const { return m_error; }

    /** Reads a CSV file and guesses the mapping; false with `error` set when it cannot be used. */
    Q_INVOKABLE bool openFile(const QUrl &file);
    /** Maps column `column` to the field with that key (fieldChoices); the dry run is then redone. */
    Q_INVOKABLE void setField(int column, const QString &key);
    /** Lists what the import would do; writes nothing. */
    Q_INVOKABLE bool dryRun();
    /** Imports every good row in one transaction; the refused rows are left out and listed. */
    Q_INVOKABLE bool runImport();
    /** Writes an export ("clients", "marketing", "notes", "follow_ups") to the file. */
    Q_INVOKABLE bool exportTo(const QString &kind, const QUrl &file);
    /** A file name for an export of that kind, dated today. */
    Q_INVOKABLE QString suggestedName(const QString &kind) const;
    /** The folder exports go to by default (the user's documents). */
    Q_INVOKABLE QUrl defaultFolder() const;

Q_SIGNALS:
    void fileChanged();
    void stateChanged();
    void progressChanged();
    /** The import was written (ok) or refused; for the page's notice. */
    void imported(bool ok, const QString &text);
    void exported(bool ok, const QString &text);

private:
    void setError(const QString &text);
    void report(const QString &kind, const QString &summary);
    csv::Table m_table;
    QList<csv::ImportField> m_mapping;
    QString m_fileName;
    ImportPlanModel m_plan;
    csv::ImportPlan m_counts;
    bool m_planned = false;
    bool m_busy = false;
    double m_progress = 0;
    QString m_message;
    QString m_error;
};

} // namespace rapport::ui
