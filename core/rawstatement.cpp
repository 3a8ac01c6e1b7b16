#include "rawstatement.h"

#include "logging.h"

#include <QSqlDriver>
#include <QStringDecoder>

#include <sqlite3.h>

namespace rapport::sql {

sqlite3 *handleOf(const QSqlDatabase &db)
{
    if (!db.isOpen() || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

Statement::Statement(const QSqlDatabase &db, const QString &text) : m_db(handleOf(db)), m_text(text)
{
    if (!m_db) {
        m_prepareError = Error{QStringLiteral("The notebook is not open. Restart the app.")};
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    const int code = sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
    if (code != SQLITE_OK) {
        m_prepareError = failure(code);
        qCWarning(lcCore) << "prepare failed:" << text << sqlite3_errmsg(m_db);
    }
}

Statement::~Statement()
{
    sqlite3_finalize(m_statement); // a null statement is a no-op
}

void Statement::reset()
{
    m_error.reset();
    sqlite3_reset(m_statement);
}

void Statement::bind(int index, const QString &value) { bindUtf8(index, value.toUtf8()); }

void Statement::bindUtf8(int index, const QByteArray &utf8)
{
    // A null pointer would bind NULL; text columns hold '' for "no value".
    sqlite3_bind_text(m_statement, index, utf8.isNull() ? "" : utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

void Statement::bind(int index, qint64 value) { sqlite3_bind_int64(m_statement, index, value); }

void Statement::bindNull(int index) { sqlite3_bind_null(m_statement, index); }

void Statement::bind(int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull()) {
        bindNull(index);
        return;
    }
    switch (value.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
    case QMetaType::Bool:
        bind(index, value.toLongLong());
        return;
    default:
        bind(index, value.toString());
    }
}

Status Statement::run()
{
    if (m_prepareError)
        return *m_prepareError;
    int code = SQLITE_ROW;
    while (code == SQLITE_ROW)
        code = sqlite3_step(m_statement);
    const Status status = code == SQLITE_DONE ? Status(Done{}) : Status(failure(code));
    if (code != SQLITE_DONE)
        qCWarning(lcCore) << "statement failed:" << m_text << sqlite3_errmsg(m_db);
    sqlite3_reset(m_statement);
    return status;
}

bool Statement::next()
{
    if (m_prepareError) {
        m_error = m_prepareError;
        return false;
    }
    const int code = sqlite3_step(m_statement);
    if (code == SQLITE_ROW)
        return true;
    if (code != SQLITE_DONE) {
        m_error = failure(code);
        qCWarning(lcCore) << "statement failed:" << m_text << sqlite3_errmsg(m_db);
    }
    return false;
}

QString Statement::text(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    if (!data)
        return QStringLiteral("");
    // QString::fromUtf8 would drop a leading U+FEFF, so a note starting with one would
    // differ from the server's copy; the decoder keeps it.
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom);
    return decoder(QByteArrayView(data, sqlite3_column_bytes(m_statement, column)));
}

QByteArrayView Statement::utf8(int column) const
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(m_statement, column)) : QByteArrayView();
}

qint64 Statement::integer(int column) const { return sqlite3_column_int64(m_statement, column); }

qint64 Statement::lastInsertRowid() const { return m_db ? sqlite3_last_insert_rowid(m_db) : 0; }

bool Statement::isNull(int column) const { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }

Error Statement::failure(int code) const
{
    // The same words as the QtSql path (sqlutil.cpp): what happened, then what to do.
    const QString detail = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    if (code == SQLITE_FULL || code == SQLITE_IOERR) {
        return Error{QStringLiteral("The notebook could not be read or saved (%1). Check that the device has "
                                    "free space, then try again.")
                         .arg(detail)};
    }
    return Error{QStringLiteral("The notebook could not be read or saved (%1). Restart the app; if it happens "
                                "again, report it with this message.")
                     .arg(detail)};
}

} // namespace rapport::sql
