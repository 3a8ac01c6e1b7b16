#include "sqlutil.h"

#include "logging.h"
#include "rawstatement.h"

#include <QHash>
#include <QMutex>
#include <QSqlDriver>
#include <QSqlError>

#include <memory>
#include <unordered_map>

namespace rapport::sql {

namespace {

/** What is kept per connection name. Each connection is used by one thread only. */
struct ConnectionState
{
    const QSqlDriver *driver = nullptr; // a connection re-made under the same name has a new driver
    QHash<QString, std::shared_ptr<QSqlQuery>> statements;
    int bulkDepth = 0;
};

// Statements with a varying column list (partial updates) are many; the cache
// is dropped when it grows past this, which keeps memory bounded.
constexpr int MaxCachedStatements = 256;

QMutex stateMutex;
std::unordered_map<std::string, std::unique_ptr<ConnectionState>> states;

ConnectionState &stateOf(const QSqlDatabase &db)
{
    QMutexLocker locker(&stateMutex);
    std::unique_ptr<ConnectionState> &state = states[db.connectionName().toStdString()];
    if (!state || state->driver != db.driver()) {
        state = std::make_unique<ConnectionState>();
        state->driver = db.driver();
    }
    return *state;
}

Error prepareError(const QSqlQuery &query)
{
    return Error{QStringLiteral("The notebook could not be read or saved (%1). Restart the app; "
                                "if it happens again, report it with this message.")
                     .arg(query.lastError().text())};
}

Error execError(const QSqlQuery &query)
{
    return Error{QStringLiteral("The notebook could not be read or saved (%1). Check that the "
                                "device has free space, then try again.")
                     .arg(query.lastError().text())};
}

/**
 * QSQLITE binds text as UTF-16, and SQLite reads a leading U+FEFF or U+FFFE of
 * UTF-16 text as a byte order mark: it drops it (or swaps the bytes of all the
 * rest), so a note starting with one would be stored changed. Such a value is
 * bound as UTF-8 through the same connection instead.
 */
bool holdsByteOrderMark(const QVariantList &binds)
{
    for (const QVariant &value : binds) {
        if (value.typeId() != QMetaType::QString)
            continue;
        const QString text = value.toString();
        if (!text.isEmpty() && (text.at(0) == QChar(0xFEFF) || text.at(0) == QChar(0xFFFE)))
            return true;
    }
    return false;
}

bool isWrite(const QString &statement)
{
    const QStringView head = QStringView(statement).trimmed().left(7);
    for (const char *verb : {"INSERT", "UPDATE", "DELETE", "REPLACE"}) {
        if (head.startsWith(QLatin1String(verb), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

Status execAsUtf8(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    Statement raw(db, statement);
    if (raw.prepareError())
        return *raw.prepareError();
    for (int i = 0; i < binds.size(); ++i)
        raw.bind(i + 1, binds.at(i));
    return raw.run();
}

} // namespace

Cached::Cached(const QSqlDatabase &db, const QString &statement) : m_db(db), m_statement(statement)
{
    ConnectionState &state = stateOf(db);
    const auto found = state.statements.constFind(statement);
    if (found != state.statements.cend() && found->use_count() == 1) {
        m_query = *found;
        m_prepared = true;
        return;
    }
    m_query = std::make_shared<QSqlQuery>(db);
    m_query->setForwardOnly(true);
    // The same text already running (a nested use) gets a statement of its own.
    if (found != state.statements.cend())
        return;
    if (state.statements.size() >= MaxCachedStatements)
        state.statements.clear(); // queries in use stay alive through their Cached
    state.statements.insert(statement, m_query);
}

Cached::~Cached() { m_query->finish(); }

Status Cached::exec(const QVariantList &binds)
{
    if (!m_prepared) {
        if (!m_query->prepare(m_statement)) {
            qCWarning(lcCore) << "prepare failed:" << m_statement << m_query->lastError().text();
            return prepareError(*m_query);
        }
        m_prepared = true;
    } else {
        m_query->finish();
    }
    // Prepared either way: the cache hands this query out again as a prepared one.
    if (holdsByteOrderMark(binds) && isWrite(m_statement))
        return execAsUtf8(m_db, m_statement, binds);
    for (int i = 0; i < binds.size(); ++i)
        m_query->bindValue(i, binds.at(i));
    if (!m_query->exec()) {
        qCWarning(lcCore) << "statement failed:" << m_statement << m_query->lastError().text();
        return execError(*m_query);
    }
    return Done{};
}

void forgetConnection(const QString &connectionName)
{
    QMutexLocker locker(&stateMutex);
    states.erase(connectionName.toStdString());
}

int &bulkDepth(const QSqlDatabase &db) { return stateOf(db).bulkDepth; }

Status exec(QSqlQuery &query, const QString &statement, const QVariantList &binds)
{
    if (!query.prepare(statement)) {
        qCWarning(lcCore) << "prepare failed:" << statement << query.lastError().text();
        return prepareError(query);
    }
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    if (!query.exec()) {
        qCWarning(lcCore) << "statement failed:" << statement << query.lastError().text();
        return execError(query);
    }
    return Done{};
}

Status exec(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    Cached query(db, statement);
    return query.exec(binds);
}

QVariant scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &binds)
{
    Cached query(db, statement);
    if (!query.exec(binds) || !query.next())
        return {};
    return query.value(0);
}

QString timeText(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("");
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime timeFromText(const QString &text)
{
    if (text.isEmpty())
        return {};
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(text, Qt::ISODate);
    return time.toUTC();
}

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("");
}

QDate dateFromText(const QString &text) { return QDate::fromString(text, Qt::ISODate); }

QString text(const QString &value) { return value.isNull() ? QStringLiteral("") : value; }

QDateTime nowUtc()
{
    return QDateTime::fromMSecsSinceEpoch(QDateTime::currentMSecsSinceEpoch(), Qt::UTC);
}

} // namespace rapport::sql
