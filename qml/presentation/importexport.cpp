#include "importexport.h"

#include "session.h"
#include "syncengine.h"
#include "syncstatus.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSignalBlocker>
#include <QStandardPaths>

namespace rapport::ui {

using csv::ImportField;
using csv::PlannedRow;

int ImportPlanModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ImportPlanModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlannedRow &r = m_rows.at(index.row());
    switch (role) {
    case RowNumberRole:
        return r.row;
    case ActionRole:
        switch (r.action) {
        case PlannedRow::Action::Create: return QStringLiteral("create");
        case PlannedRow::Action::Update: return QStringLiteral("update");
        case PlannedRow::Action::Unchanged: return QStringLiteral("unchanged");
        case PlannedRow::Action::Refuse: return QStringLiteral("refuse");
        }
        return {};
    case NameRole:
        return r.name;
    case ReasonRole: {
        QString text = r.action == PlannedRow::Action::Update
            ? tr("%1: %2").arg(r.reason, r.changedFields.join(QStringLiteral(", "))) : r.reason;
        // The reasons are written to follow "row N:" on the command line; here each starts a line.
        if (!text.isEmpty())
            text[0] = text.at(0).toUpper();
        return text;
    }
    }
    return {};
}

QHash<int, QByteArray> ImportPlanModel::roleNames() const
{
    return {{RowNumberRole, "rowNumber"}, {ActionRole, "action"}, {NameRole, "name"}, {ReasonRole, "reason"}};
}

void ImportPlanModel::setRows(QList<PlannedRow> rows)
{
    // Refused rows first: they are what the person has to act on.
    std::stable_sort(rows.begin(), rows.end(), [](const PlannedRow &a, const PlannedRow &b) {
        return (a.action == PlannedRow::Action::Refuse) > (b.action == PlannedRow::Action::Refuse);
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

ImportExport::ImportExport(QObject *parent) : QObject(parent), m_plan(this)
{
    if (Session *session = Session::instance())
        connect(session, &Session::currentStaffChanged, this, &ImportExport::stateChanged);
}

bool ImportExport::allowed() const
{
    Session *session = Session::instance();
    if (!session)
        return false;
    const std::optional<Staff> me = session->notebook()->staffById(session->currentStaffId());
    return me && me->role != StaffRole::Associate;
}

QString ImportExport::fileFacts() const
{
    if (m_fileName.isEmpty())
        return {};
    return tr("%1 rows · %2 · separated by %3")
        .arg(m_table.rows.size() + m_table.problems.size())
        .arg(m_table.encoding == csv::Encoding::Utf8 ? tr("UTF-8") : tr("Windows-1252 (Western European)"))
        .arg(m_table.separator == QLatin1Char(';') ? tr("semicolons") : tr("commas"));
}

QVariantList ImportExport::columns() const
{
    QVariantList out;
    for (qsizetype i = 0; i < m_table.header.size(); ++i) {
        QString sample;
        for (const QStringList &row : m_table.rows) {
            if (!row.at(i).trimmed().isEmpty()) {
                sample = row.at(i).simplified().left(40);
                break;
            }
        }
        out.append(QVariantMap{{QStringLiteral("header"), m_table.header.at(i)},
                               {QStringLiteral("field"), csv::fieldKey(m_mapping.value(i))},
                               {QStringLiteral("sample"), sample}});
    }
    return out;
}

QVariantList ImportExport::fieldChoices() const
{
    QVariantList out;
    for (ImportField f : csv::importFields())
        out.append(QVariantMap{{QStringLiteral("key"), csv::fieldKey(f)}, {QStringLiteral("label"), csv::fieldLabel(f)}});
    return out;
}

void ImportExport::setError(const QString &text)
{
    m_error = text;
    m_message.clear();
    Q_EMIT stateChanged();
}

bool ImportExport::openFile(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QFile in(path);
    m_planned = false;
    m_counts = {};
    m_plan.setRows({});
    if (!in.open(QIODevice::ReadOnly)) {
        setError(tr("Could not open %1: %2.").arg(QFileInfo(path).fileName(), in.errorString()));
        return false;
    }
    const csv::ReadResult read = csv::readTable(in.readAll());
    if (!read.ok) {
        m_fileName.clear();
        m_table = {};
        m_mapping.clear();
        Q_EMIT fileChanged();
        setError(read.error);
        return false;
    }
    m_table = read.table;
    m_mapping = csv::guessMapping(m_table.header);
    m_fileName = QFileInfo(path).fileName();
    m_error.clear();
    m_message = tr("Check which field each column holds, then look at the dry run.");
    Q_EMIT fileChanged();
    Q_EMIT stateChanged();
    return dryRun();
}

void ImportExport::setField(int column, const QString &key)
{
    const std::optional<ImportField> field = csv::fieldFromKey(key);
    if (!field || column < 0 || column >= m_mapping.size() || m_mapping.at(column) == *field)
        return;
    m_mapping[column] = *field;
    Q_EMIT fileChanged();
    (void)dryRun();
}

bool ImportExport::dryRun()
{
    Session *session = Session::instance();
    if (!session || m_fileName.isEmpty())
        return false;
    csv::ClientImport import(*session->notebook());
    const Result<csv::ImportPlan> planned = import.plan(m_table, m_mapping);
    if (!planned) {
        m_planned = false;
        m_counts = {};
        m_plan.setRows({});
        setError(planned.errorMessage());
        return false;
    }
    m_counts = planned.value();
    m_plan.setRows(planned->rows);
    m_planned = true;
    m_error.clear();
    m_message = tr("Dry run: nothing is saved until you press Import.");
    Q_EMIT stateChanged();
    return true;
}

bool ImportExport::runImport()
{
    Session *session = Session::instance();
    if (!session || !m_planned || m_busy)
        return false;
    if (!allowed()) {
        setError(tr("Only managers and admins import clients."));
        return false;
    }
    m_busy = true;
    m_progress = 0;
    Q_EMIT stateChanged();
    Q_EMIT progressChanged();
    csv::ClientImport import(*session->notebook());
    Result<csv::ImportOutcome> ran = Error{QString()};
    {
        // Thousands of writes: views refresh once at the end, not after each. The event loop is
        // not run meanwhile: a sync started inside the open transaction would read, and push,
        // rows that may yet be rolled back (10,000 rows take a few seconds).
        const QSignalBlocker quiet(session->notebook());
        ran = import.run(m_table, m_mapping, [this](int done, int total) {
            m_progress = total > 0 ? double(done) / total : 1.0;
            Q_EMIT progressChanged();
        });
    }
    m_busy = false;
    if (!ran) {
        setError(ran.errorMessage());
        Q_EMIT imported(false, ran.errorMessage());
        return false;
    }
    Q_EMIT session->notebook()->changed();
    m_progress = 1.0;
    Q_EMIT progressChanged();
    const QString summary = csv::importSummary(ran->plan, m_fileName);
    report(QStringLiteral("import"), summary);
    m_counts = ran->plan;
    m_plan.setRows(ran->plan.rows);
    m_planned = false; // imported: a second press would only find them all unchanged
    m_error.clear();
    m_message = summary;
    Q_EMIT stateChanged();
    Q_EMIT imported(true, summary);
    return true;
}

bool ImportExport::exportTo(const QString &kindKey, const QUrl &file)
{
    Session *session = Session::instance();
    const std::optional<csv::ExportKind> kind = csv::exportKindFromKey(kindKey);
    if (!session || !kind)
        return false;
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    csv::CsvExport exporter(*session->notebook());
    const Result<csv::ExportOutcome> written = exporter.write(*kind, path);
    if (!written) {
        setError(written.errorMessage());
        Q_EMIT exported(false, written.errorMessage());
        return false;
    }
    const QString summary = csv::exportSummary(*kind, written.value(), QFileInfo(path).fileName());
    report(QStringLiteral("export"), summary);
    m_error.clear();
    m_message = summary;
    Q_EMIT stateChanged();
    Q_EMIT exported(true, summary);
    return true;
}

QString ImportExport::suggestedName(const QString &kind) const
{
    return QStringLiteral("rapport-%1-%2.csv").arg(kind, QDate::currentDate().toString(Qt::ISODate));
}

QUrl ImportExport::defaultFolder() const
{
    return QUrl::fromLocalFile(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
}

void ImportExport::report(const QString &kind, const QString &summary)
{
    SyncStatus::reportActivity(kind, summary);
}

} // namespace rapport::ui
