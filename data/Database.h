#pragma once
// Thin RAII wrapper over the SQLite C API: one connection, prepared statements, errors as exceptions.

#include <cstdint>
#include <memory>
#include <optional>
#include <span>
#include <stdexcept>
#include <string>
#include <string_view>
#include <unordered_map>

struct sqlite3;
struct sqlite3_stmt;

namespace eagle {

// What went wrong, in one line; problems of the file or the disk (full, read-only, damaged) start
// with the file's path and say so in words.
class StoreError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

class Statement {
public:
    Statement(sqlite3* db, std::string_view sql);
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&&) = delete;
    Statement(const Statement&) = delete;
    ~Statement();

    // Binding is 1-based like SQLite's; each returns *this so calls chain.
    Statement& bind(int index, std::int64_t value);
    Statement& bind(int index, int value) { return bind(index, static_cast<std::int64_t>(value)); }
    Statement& bind(int index, double value);
    Statement& bind(int index, std::string_view text);
    Statement& bindNull(int index);
    // The bytes are copied: the caller's buffer may change once bind returns.
    Statement& bindBlob(int index, const void* data, std::size_t bytes);
    template <class T>
    Statement& bind(int index, const std::optional<T>& v) {
        return v ? bind(index, *v) : bindNull(index);
    }

    // Returns true while a row is available; throws on error.
    bool step();
    // Runs a statement that returns no rows, then resets it for reuse.
    void run();
    void reset();

    std::int64_t int64(int column) const;
    double real(int column) const;
    std::string text(int column) const;
    // A view of a BLOB column, valid until the next step(), reset() or column access.
    std::span<const std::byte> blob(int column) const;
    bool isNull(int column) const;
    int columnCount() const;

private:
    sqlite3* db_;
    sqlite3_stmt* stmt_ = nullptr;
};

class Database {
public:
    // Immutable: read-only without locks or side files, for a file nobody can write (SQLite
    // otherwise needs to create its -shm file beside a WAL database, even to read it).
    enum class Mode { ReadWrite, ReadOnly, Create, Immutable };
    Database(const std::string& path, Mode mode);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    // For schema DDL and pragmas only; data always goes through prepared statements.
    void exec(std::string_view sql);
    Statement prepare(std::string_view sql);
    // A statement prepared once per connection and reset before it is handed out again. Keyed by
    // the text's address: pass string literals (the hot insert paths call this once per row).
    Statement& cached(const char* sql);
    // The same for SQL composed at run time, keyed by its text (slower: not for per-row use).
    Statement& cached(const std::string& sql);
    std::int64_t lastInsertId() const;
    // True when the file could only be opened for reading (its permissions), whatever was asked.
    bool readOnly() const;
    bool inTransaction() const;
    std::int64_t pragmaInt(std::string_view pragma);

    sqlite3* handle() const { return db_; }

private:
    sqlite3* db_ = nullptr;
    std::unordered_map<const char*, std::unique_ptr<Statement>> cache_;
    std::unordered_map<std::string, std::unique_ptr<Statement>> composedCache_;
};

// Commits on commit(); rolls back if destroyed without it (an exception or a cancelled job).
// Inside another transaction it is a savepoint of that one: commit() keeps its work for the outer
// transaction to commit, and destruction without commit() undoes only its own work.
class Transaction {
public:
    explicit Transaction(Database& db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;
    void commit();

private:
    Database& db_;
    bool nested_ = false;
    bool done_ = false;
};

}  // namespace eagle
