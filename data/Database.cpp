#include "Database.h"

#include "EncryptingVfs.h"
#include "Keyring.h"

#include <sqlite3.h>

#include <cerrno>
#include <cstring>

namespace eagle {
namespace {

std::string fileOf(sqlite3* db) {
    const char* file = db ? sqlite3_db_filename(db, "main") : nullptr;
    return file && *file ? file : "workspace";
}

// The failures that are about the file or the disk, not about the statement, said so that a
// person knows what to do; other failures keep SQLite's own words.
std::optional<std::string> fileProblem(sqlite3* db, int code) {
    const int error = sqlite3_system_errno(db);
    switch (code & 0xff) {
    case SQLITE_FULL:
        return "the disk is full (or the file reached its size limit); free space and try again";
    case SQLITE_IOERR:
        if (error == ENOSPC || error == EFBIG || error == EDQUOT)
            return std::string("cannot write: ") + std::strerror(error) + "; free space and try again";
        // SQLite does not always keep the system's reason (errno) for a failed write.
        if (code == SQLITE_IOERR_WRITE || code == SQLITE_IOERR_FSYNC || code == SQLITE_IOERR_TRUNCATE)
            return "cannot write the file: is the disk full, or the file at its size limit? Free space and try again";
        return std::string("input/output error") + (error ? std::string(": ") + std::strerror(error) : "");
    case SQLITE_READONLY:
        return "cannot write: the workspace file (or its folder) is read-only";
    case SQLITE_PERM:
    case SQLITE_CANTOPEN:
        return std::string("cannot open the file") + (error ? std::string(": ") + std::strerror(error) : "");
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB: return "the file is damaged (not a readable SQLite database)";
    case SQLITE_AUTH: return "the workspace is encrypted and its key is not unlocked; give its passphrase";
    default: return std::nullopt;
    }
}

[[noreturn]] void fail(sqlite3* db, int code, std::string_view what) {
    if (!db) throw StoreError(std::string(what) + ": out of memory");
    const std::string message = sqlite3_errmsg(db);
    if (const auto problem = fileProblem(db, code)) throw StoreError(fileOf(db) + ": " + *problem);
    throw StoreError(std::string(what) + ": " + message);
}

[[noreturn]] void fail(sqlite3* db, std::string_view what) { fail(db, db ? sqlite3_extended_errcode(db) : SQLITE_NOMEM, what); }

}  // namespace

Statement::Statement(sqlite3* db, std::string_view sql) : db_(db) {
    if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT, &stmt_,
                           nullptr) != SQLITE_OK)
        fail(db, "cannot prepare statement");
}

Statement::Statement(Statement&& other) noexcept : db_(other.db_), stmt_(other.stmt_) { other.stmt_ = nullptr; }

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::int64_t value) {
    if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) fail(db_, "cannot bind integer");
    return *this;
}

Statement& Statement::bind(int index, double value) {
    if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) fail(db_, "cannot bind real");
    return *this;
}

Statement& Statement::bind(int index, std::string_view text) {
    if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        fail(db_, "cannot bind text");
    return *this;
}

Statement& Statement::bindNull(int index) {
    if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) fail(db_, "cannot bind null");
    return *this;
}

Statement& Statement::bindBlob(int index, const void* data, std::size_t bytes) {
    if (sqlite3_bind_blob64(stmt_, index, data, bytes, SQLITE_TRANSIENT) != SQLITE_OK) fail(db_, "cannot bind blob");
    return *this;
}

bool Statement::step() {
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    try {
        fail(db_, rc, "statement failed");
    } catch (...) {
        sqlite3_reset(stmt_);
        throw;
    }
}

void Statement::run() {
    step();
    reset();
}

void Statement::reset() {
    // Bindings are kept: every caller binds all parameters before each run.
    sqlite3_reset(stmt_);
}

std::int64_t Statement::int64(int column) const { return sqlite3_column_int64(stmt_, column); }
double Statement::real(int column) const { return sqlite3_column_double(stmt_, column); }
std::string Statement::text(int column) const {
    const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
    return p ? std::string(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column))) : std::string();
}
std::span<const std::byte> Statement::blob(int column) const {
    const auto* p = static_cast<const std::byte*>(sqlite3_column_blob(stmt_, column));
    return {p, p ? static_cast<std::size_t>(sqlite3_column_bytes(stmt_, column)) : 0};
}
bool Statement::isNull(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
int Statement::columnCount() const { return sqlite3_column_count(stmt_); }

namespace {

// A file name as a URI (file:PATH?PARAMETERS), for parameters that only URIs can carry.
std::string uriOf(const std::string& path, const std::string& parameters) {
    std::string name = "file:";
    for (const char c : path) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        if (c == '?' || c == '#' || c == '%') name += '%', name += kHex[(c >> 4) & 15], name += kHex[c & 15];
        else name += c;
    }
    return name + "?" + parameters;
}

}  // namespace

Database::Database(const std::string& path, Mode mode) {
    int flags = SQLITE_OPEN_NOMUTEX;
    switch (mode) {
    case Mode::ReadWrite: flags |= SQLITE_OPEN_READWRITE; break;
    case Mode::ReadOnly: flags |= SQLITE_OPEN_READONLY; break;
    case Mode::Create: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE; break;
    case Mode::Immutable: flags |= SQLITE_OPEN_READONLY; break;
    }
    std::string parameters = mode == Mode::Immutable ? "immutable=1" : "";
    const char* vfs = nullptr;
    // An encrypted workspace is read through the encrypting VFS with its key, which is unlocked
    // now (or asked for) so that the error is about the passphrase, not about SQLite.
    if (key_header::isEncrypted(path)) {
        const auto key = Keyring::instance().require(path);
        vfs = encrypting_vfs::name();
        parameters += std::string(parameters.empty() ? "" : "&") + encrypting_vfs::kKeyParameter + "=" +
                      key_header::hex(key->id);
    }
    std::string name = path;
    if (!parameters.empty()) {
        flags |= SQLITE_OPEN_URI;
        name = uriOf(path, parameters);
    }
    if (const int rc = sqlite3_open_v2(name.c_str(), &db_, flags, vfs); rc != SQLITE_OK) {
        std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
        if (db_)
            if (const auto problem = fileProblem(db_, rc)) message = *problem;
        sqlite3_close(db_);
        db_ = nullptr;
        throw StoreError(path + ": " + message);
    }
    sqlite3_extended_result_codes(db_, 1);
    sqlite3_busy_timeout(db_, 5000);
    // Every read that misses SQLite's page cache costs a decryption: a profile run spent 60% more
    // CPU on an encrypted workspace with the default 2 MiB cache, about the same as on a plain one
    // with 32 MiB (taken as the pages are used, per connection).
    if (vfs) exec("PRAGMA cache_size = -32768");
}

Database::~Database() {
    cache_.clear();
    composedCache_.clear();
    sqlite3_close(db_);
}

void Database::exec(std::string_view sql) {
    char* error = nullptr;
    if (const int rc = sqlite3_exec(db_, std::string(sql).c_str(), nullptr, nullptr, &error); rc != SQLITE_OK) {
        const std::string message = error ? error : sqlite3_errmsg(db_);
        sqlite3_free(error);
        if (const auto problem = fileProblem(db_, sqlite3_extended_errcode(db_)))
            throw StoreError(fileOf(db_) + ": " + *problem);
        throw StoreError(message);
    }
}

Statement Database::prepare(std::string_view sql) { return Statement(db_, sql); }

Statement& Database::cached(const char* sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end())
        it = cache_.emplace(sql, std::make_unique<Statement>(db_, sql)).first;
    else
        it->second->reset();
    return *it->second;
}

Statement& Database::cached(const std::string& sql) {
    auto it = composedCache_.find(sql);
    if (it == composedCache_.end())
        it = composedCache_.emplace(sql, std::make_unique<Statement>(db_, sql)).first;
    else
        it->second->reset();
    return *it->second;
}

bool Database::readOnly() const { return sqlite3_db_readonly(db_, "main") == 1; }
bool Database::inTransaction() const { return sqlite3_get_autocommit(db_) == 0; }

std::int64_t Database::lastInsertId() const { return sqlite3_last_insert_rowid(db_); }

std::int64_t Database::pragmaInt(std::string_view pragma) {
    Statement s = prepare("PRAGMA " + std::string(pragma));
    return s.step() ? s.int64(0) : 0;
}

Transaction::Transaction(Database& db) : db_(db), nested_(sqlite3_get_autocommit(db.handle()) == 0) {
    db_.exec(nested_ ? "SAVEPOINT nested_transaction" : "BEGIN IMMEDIATE");
}

Transaction::~Transaction() {
    if (!done_) {
        try {
            if (nested_) {
                db_.exec("ROLLBACK TO nested_transaction");
                db_.exec("RELEASE nested_transaction");
            } else {
                db_.exec("ROLLBACK");
            }
        } catch (...) {
            // Rolling back can only fail if SQLite already rolled back; nothing more to undo.
        }
    }
}

void Transaction::commit() {
    db_.exec(nested_ ? "RELEASE nested_transaction" : "COMMIT");
    done_ = true;
}

}  // namespace eagle
