#pragma once

#include <QByteArray>
#include <QString>

#include <optional>
#include <stdexcept>

struct sqlite3;
struct sqlite3_stmt;

namespace cxmap {

/** An SQLite failure: the result code and SQLite's own message. Callers turn it into words. */
class SqliteError : public std::runtime_error
{
public:
    SqliteError(int code, const QString &message);
    int code() const { return m_code; }
    /** The primary result code (SQLITE_FULL, SQLITE_BUSY…) without the extended bits. */
    int primaryCode() const { return m_code & 0xff; }
    QString message() const { return m_message; }

private:
    int m_code;
    QString m_message;
};

/** Owns one sqlite3 connection. */
class SqliteDatabase
{
public:
    SqliteDatabase() = default;
    /** Opens with sqlite3_open_v2 flags; throws SqliteError. */
    SqliteDatabase(const QString &path, int flags);
    ~SqliteDatabase();
    SqliteDatabase(SqliteDatabase &&other) noexcept;
    SqliteDatabase &operator=(SqliteDatabase &&other) noexcept;
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    sqlite3 *handle() const { return m_db; }
    bool isOpen() const { return m_db != nullptr; }
    void close();

    /** Runs one or more statements without results; throws SqliteError. */
    void execute(const char *sql);
    void execute(const QString &sql);
    /** The first column of the first row of a query, or nullopt when it returns no row. */
    std::optional<qint64> queryInt(const char *sql);
    std::optional<QString> queryText(const char *sql);

    qint64 lastInsertRowId() const;
    int changes() const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
};

/** A prepared statement; reset and rebind it for every row of a bulk insert. */
class SqliteStatement
{
public:
    SqliteStatement(SqliteDatabase &db, const char *sql);
    SqliteStatement(SqliteDatabase &db, const QString &sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters are 1-based, as in SQLite.
    void bind(int index, qint64 value);
    void bind(int index, int value) { bind(index, static_cast<qint64>(value)); }
    void bind(int index, double value);
    void bind(int index, const QString &value);
    void bind(int index, const QByteArray &utf8);
    void bindNull(int index);
    void bind(int index, std::optional<double> value);
    void bind(int index, std::optional<qint64> value);

    /** Steps once: true when a row is available, false when done; throws on error. */
    bool step();
    /** Steps a statement that returns no rows, then resets it for the next use. */
    void run();
    void reset();

    // Columns are 0-based, as in SQLite.
    bool isNull(int column) const;
    qint64 columnInt(int column) const;
    double columnDouble(int column) const;
    QString columnText(int column) const;
    std::optional<double> columnOptionalDouble(int column) const;

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

/**
 * BEGIN IMMEDIATE on construction; ROLLBACK on destruction unless commit() ran. Every change to
 * a document goes through one, so a failure at any point leaves the file as it was.
 */
class SqliteTransaction
{
public:
    explicit SqliteTransaction(SqliteDatabase &db);
    ~SqliteTransaction();
    SqliteTransaction(const SqliteTransaction &) = delete;
    SqliteTransaction &operator=(const SqliteTransaction &) = delete;

    void commit();

private:
    SqliteDatabase &m_db;
    bool m_done = false;
};

} // namespace cxmap
