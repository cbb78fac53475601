#include "sqlitedb.h"
#include "transactionprologue.h"

#include <sqlite3.h>

#include <mutex>
#include <unordered_map>
#include <utility>

namespace cxmap {

namespace {

// Prologues by connection (see transactionprologue.h): few connections have one, and a
// connection's handle stays the same when its SqliteDatabase is moved.
std::mutex prologuesMutex;
std::unordered_map<sqlite3 *, QByteArray> &prologues()
{
    static std::unordered_map<sqlite3 *, QByteArray> byConnection;
    return byConnection;
}

QByteArray prologueOf(sqlite3 *db)
{
    const std::lock_guard lock(prologuesMutex);
    const auto found = prologues().find(db);
    return found == prologues().end() ? QByteArray() : found->second;
}

} // namespace

void setTransactionPrologue(SqliteDatabase &db, const QByteArray &sql)
{
    const std::lock_guard lock(prologuesMutex);
    if (sql.isEmpty())
        prologues().erase(db.handle());
    else
        prologues()[db.handle()] = sql;
}

SqliteError::SqliteError(int code, const QString &message)
    : std::runtime_error(message.toStdString())
    , m_code(code)
    , m_message(message)
{}

SqliteDatabase::SqliteDatabase(const QString &path, int flags)
{
    const int rc = sqlite3_open_v2(path.toUtf8().constData(), &m_db, flags, nullptr);
    if (rc != SQLITE_OK) {
        const QString message = m_db ? QString::fromUtf8(sqlite3_errmsg(m_db))
                                     : QString::fromUtf8(sqlite3_errstr(rc));
        const int code = m_db ? sqlite3_extended_errcode(m_db) : rc;
        close();
        throw SqliteError(code, message);
    }
    sqlite3_extended_result_codes(m_db, 1);
}

SqliteDatabase::~SqliteDatabase()
{
    close();
}

SqliteDatabase::SqliteDatabase(SqliteDatabase &&other) noexcept
    : m_db(std::exchange(other.m_db, nullptr))
{}

SqliteDatabase &SqliteDatabase::operator=(SqliteDatabase &&other) noexcept
{
    if (this != &other) {
        close();
        m_db = std::exchange(other.m_db, nullptr);
    }
    return *this;
}

void SqliteDatabase::close()
{
    if (m_db) {
        {
            const std::lock_guard lock(prologuesMutex);
            prologues().erase(m_db);
        }
        sqlite3_close_v2(m_db);
        m_db = nullptr;
    }
}

void SqliteDatabase::execute(const char *sql)
{
    const int rc = sqlite3_exec(m_db, sql, nullptr, nullptr, nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

void SqliteDatabase::execute(const QString &sql)
{
    execute(sql.toUtf8().constData());
}

std::optional<qint64> SqliteDatabase::queryInt(const char *sql)
{
    SqliteStatement statement(*this, sql);
    if (!statement.step() || statement.isNull(0))
        return std::nullopt;
    return statement.columnInt(0);
}

std::optional<QString> SqliteDatabase::queryText(const char *sql)
{
    SqliteStatement statement(*this, sql);
    if (!statement.step() || statement.isNull(0))
        return std::nullopt;
    return statement.columnText(0);
}

qint64 SqliteDatabase::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

int SqliteDatabase::changes() const
{
    return sqlite3_changes(m_db);
}

void SqliteDatabase::fail(int code) const
{
    throw SqliteError(m_db ? sqlite3_extended_errcode(m_db) : code,
                      QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code)));
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const char *sql)
    : m_db(db.handle())
{
    const int rc = sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &m_statement,
                                      nullptr);
    if (rc != SQLITE_OK)
        fail(rc);
}

SqliteStatement::SqliteStatement(SqliteDatabase &db, const QString &sql)
    : SqliteStatement(db, sql.toUtf8().constData())
{}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (const int rc = sqlite3_bind_int64(m_statement, index, value); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bind(int index, double value)
{
    if (const int rc = sqlite3_bind_double(m_statement, index, value); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bind(int index, const QString &value)
{
    bind(index, value.toUtf8());
}

void SqliteStatement::bind(int index, const QByteArray &utf8)
{
    const int rc = sqlite3_bind_text64(m_statement, index, utf8.constData(),
                                       static_cast<sqlite3_uint64>(utf8.size()), SQLITE_TRANSIENT,
                                       SQLITE_UTF8);
    if (rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bindNull(int index)
{
    if (const int rc = sqlite3_bind_null(m_statement, index); rc != SQLITE_OK)
        fail(rc);
}

void SqliteStatement::bind(int index, std::optional<double> value)
{
    value ? bind(index, *value) : bindNull(index);
}

void SqliteStatement::bind(int index, std::optional<qint64> value)
{
    value ? bind(index, *value) : bindNull(index);
}

bool SqliteStatement::step()
{
    const int rc = sqlite3_step(m_statement);
    if (rc == SQLITE_ROW)
        return true;
    if (rc == SQLITE_DONE)
        return false;
    fail(rc);
}

void SqliteStatement::run()
{
    step();
    reset();
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

bool SqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

qint64 SqliteStatement::columnInt(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

double SqliteStatement::columnDouble(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

QString SqliteStatement::columnText(int column) const
{
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_statement, column));
}

std::optional<double> SqliteStatement::columnOptionalDouble(int column) const
{
    if (isNull(column))
        return std::nullopt;
    return columnDouble(column);
}

void SqliteStatement::fail(int code) const
{
    const int extended = m_db ? sqlite3_extended_errcode(m_db) : code;
    const QString message = QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : sqlite3_errstr(code));
    // Reset so a failed statement never keeps a transaction's locks alive.
    if (m_statement)
        sqlite3_reset(m_statement);
    throw SqliteError(extended, message);
}

SqliteTransaction::SqliteTransaction(SqliteDatabase &db)
    : m_db(db)
{
    m_db.execute("BEGIN IMMEDIATE");
    if (const QByteArray prologue = prologueOf(m_db.handle()); !prologue.isEmpty()) {
        try {
            m_db.execute(prologue.constData());
        } catch (const SqliteError &) {
            // A full disk or an I/O error may have ended the transaction already.
            try {
                m_db.execute("ROLLBACK");
            } catch (const SqliteError &) {
            }
            throw;
        }
    }
}

SqliteTransaction::~SqliteTransaction()
{
    if (!m_done) {
        try {
            m_db.execute("ROLLBACK");
        } catch (const SqliteError &) {
            // The transaction may already be gone (SQLite rolls back on some errors itself).
        }
    }
}

void SqliteTransaction::commit()
{
    m_db.execute("COMMIT");
    m_done = true;
}

} // namespace cxmap
