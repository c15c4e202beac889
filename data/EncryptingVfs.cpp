#include "EncryptingVfs.h"

#include "Keyring.h"
#include "UnitCipher.h"

#include <sqlite3.h>

#include <openssl/rand.h>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <optional>
#include <cstring>
#include <memory>
#include <mutex>
#include <new>
#include <vector>

namespace eagle::encrypting_vfs {
namespace {

constexpr sqlite3_int64 kUnit = UnitCipher::kUnitBytes;
// Tweak domains: the files of one workspace share its key, so each kind gets its own tweaks.
enum Domain : std::uint64_t { Temporary = 0, MainDatabase = 1, WriteAheadLog = 2, RollbackJournal = 3 };

struct FileState {
    ~FileState() {
        if (lockFd >= 0) ::close(lockFd);
    }
    sqlite3_file* real = nullptr;
    int lockFd = -1;  // for ShortBlockLock: the log's or journal's own descriptor
    std::shared_ptr<const WorkspaceKey> key;  // held so that the log can still find it
    std::unique_ptr<UnitCipher> cipher;       // none: passed through (a super-journal holds only file names)
    sqlite3_int64 header = 0;                 // bytes before the data: the key header in the main file
    std::vector<unsigned char> buffer;
};

struct CryptFile {
    sqlite3_file base;
    FileState* state;
};

constexpr std::size_t kRealOffset = (sizeof(CryptFile) + 15) & ~std::size_t(15);

sqlite3_vfs* realVfs(sqlite3_vfs* vfs) { return static_cast<sqlite3_vfs*>(vfs->pAppData); }
FileState& stateOf(sqlite3_file* f) { return *reinterpret_cast<CryptFile*>(f)->state; }
sqlite3_file* real(sqlite3_file* f) { return stateOf(f).real; }

int realSize(FileState& s, sqlite3_int64* size) { return s.real->pMethods->xFileSize(s.real, size); }

int logicalSize(FileState& s, sqlite3_int64* size) {
    sqlite3_int64 physical = 0;
    if (const int rc = realSize(s, &physical); rc != SQLITE_OK) return rc;
    *size = std::max<sqlite3_int64>(0, physical - s.header);
    return SQLITE_OK;
}

// A file's short last block is encrypted differently once the file grows past it, so the write that
// grows the file rewrites bytes already committed, and a reader that measured the file before that
// write but reads after it would decrypt the new bytes the old way (seen: a reader of the last
// frame of a log while the next frame was appended). The two are serialised by an
// open-file-description lock (shared for readers, exclusive for the writer) on a byte far beyond
// any data, taken only when a short last block is involved: a write-ahead log's every other frame.
class ShortBlockLock {
public:
    ShortBlockLock(int fd, bool exclusive) : fd_(fd) {
        if (fd_ >= 0 && !set(exclusive ? F_WRLCK : F_RDLCK)) fd_ = -1;
    }
    ~ShortBlockLock() {
        if (fd_ >= 0) set(F_UNLCK);
    }
    ShortBlockLock(const ShortBlockLock&) = delete;
    ShortBlockLock& operator=(const ShortBlockLock&) = delete;

private:
    bool set(short type) const {
        struct flock lock {};
        lock.l_type = type;
        lock.l_whence = SEEK_SET;
        lock.l_start = kShortBlockLockByte;
        lock.l_len = 1;
        while (::fcntl(fd_, F_OFD_SETLKW, &lock) != 0)
            if (errno != EINTR) return false;
        return true;
    }
    int fd_;
};

bool hasShortLastBlock(sqlite3_int64 size) { return size % 16 != 0; }

// Reads and decrypts the units [first, ...) that make up [start, end) of the plaintext into out.
int readUnits(FileState& s, unsigned char* out, sqlite3_int64 start, sqlite3_int64 end) {
    if (end <= start) return SQLITE_OK;
    int rc = s.real->pMethods->xRead(s.real, out, static_cast<int>(end - start), start + s.header);
    // The file shrank between measuring and reading (another connection truncated its log):
    // decrypting the zeros SQLite put in would give garbage, so this is an error, not a short read.
    if (rc == SQLITE_IOERR_SHORT_READ) return SQLITE_IOERR_READ;
    if (rc != SQLITE_OK) return rc;
    for (sqlite3_int64 at = start; at < end; at += kUnit)
        s.cipher->decrypt(static_cast<std::uint64_t>(at / kUnit), out + (at - start),
                          static_cast<std::size_t>(std::min(kUnit, end - at)));
    return SQLITE_OK;
}

int cryptRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset) {
    FileState& s = stateOf(f);
    if (!s.cipher) return s.real->pMethods->xRead(s.real, buffer, amount, offset);
    try {
        sqlite3_int64 size = 0;
        if (const int rc = logicalSize(s, &size); rc != SQLITE_OK) return rc;
        // Reading the last unit of a file that ends in a short block: measured again under the lock.
        std::optional<ShortBlockLock> lock;
        if (s.lockFd >= 0 && hasShortLastBlock(size) && offset + amount > size / kUnit * kUnit) {
            lock.emplace(s.lockFd, false);
            if (const int rc = logicalSize(s, &size); rc != SQLITE_OK) return rc;
        }
        auto* out = static_cast<unsigned char*>(buffer);
        const sqlite3_int64 end = std::min(offset + amount, size);
        if (end > offset) {
            const sqlite3_int64 spanStart = offset / kUnit * kUnit;
            const sqlite3_int64 spanEnd = std::min(size, ((end - 1) / kUnit + 1) * kUnit);
            s.buffer.resize(static_cast<std::size_t>(spanEnd - spanStart));
            if (const int rc = readUnits(s, s.buffer.data(), spanStart, spanEnd); rc != SQLITE_OK) return rc;
            std::memcpy(out, s.buffer.data() + (offset - spanStart), static_cast<std::size_t>(end - offset));
        }
        const sqlite3_int64 got = std::max<sqlite3_int64>(0, end - offset);
        if (got < amount) {
            // SQLite's contract: a read past the end fills the rest with zeros and says so.
            std::memset(out + got, 0, static_cast<std::size_t>(amount - got));
            return SQLITE_IOERR_SHORT_READ;
        }
        return SQLITE_OK;
    } catch (const std::bad_alloc&) {
        return SQLITE_IOERR_NOMEM;
    } catch (...) {
        return SQLITE_IOERR_READ;
    }
}

// Writes data at offset, which is not beyond the end (size): the units it touches are read back
// where the write covers them only in part, changed, encrypted again and written whole. Their
// bytes outside the write get the same ciphertext as before (each 16-byte block is encrypted on
// its own), so a torn or interrupted write cannot damage them.
int writeSpan(FileState& s, const unsigned char* data, sqlite3_int64 amount, sqlite3_int64 offset, sqlite3_int64 size) {
    const sqlite3_int64 first = offset / kUnit, last = (offset + amount - 1) / kUnit;
    const sqlite3_int64 spanStart = first * kUnit;
    const sqlite3_int64 spanEnd = std::min(std::max(size, offset + amount), (last + 1) * kUnit);
    s.buffer.resize(static_cast<std::size_t>(spanEnd - spanStart));
    unsigned char* plain = s.buffer.data();
    // The unit's bytes before the write, and after it (as far as the file had them).
    if (offset > spanStart)
        if (const int rc = readUnits(s, plain, spanStart, std::min(size, spanStart + kUnit)); rc != SQLITE_OK) return rc;
    if (offset + amount < spanEnd && (last != first || offset == spanStart))
        if (const int rc = readUnits(s, plain + (last * kUnit - spanStart), last * kUnit, std::min(size, (last + 1) * kUnit));
            rc != SQLITE_OK)
            return rc;
    std::memcpy(plain + (offset - spanStart), data, static_cast<std::size_t>(amount));
    for (sqlite3_int64 at = spanStart; at < spanEnd; at += kUnit)
        s.cipher->encrypt(static_cast<std::uint64_t>(at / kUnit), plain + (at - spanStart),
                          static_cast<std::size_t>(std::min(kUnit, spanEnd - at)));
    return s.real->pMethods->xWrite(s.real, plain, static_cast<int>(spanEnd - spanStart), spanStart + s.header);
}

// A file grows only by writes through here: a hole would read back as zeros on disk, which
// decrypt to garbage, so the gap is filled with encrypted zeros instead.
int fillWithZeros(FileState& s, sqlite3_int64 from, sqlite3_int64 to) {
    static const std::vector<unsigned char> zeros(16 * kUnit, 0);
    for (sqlite3_int64 at = from; at < to;) {
        const sqlite3_int64 n = std::min<sqlite3_int64>(to - at, static_cast<sqlite3_int64>(zeros.size()) - at % kUnit);
        if (const int rc = writeSpan(s, zeros.data(), n, at, at); rc != SQLITE_OK) return rc;
        at += n;
    }
    return SQLITE_OK;
}

int cryptWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset) {
    FileState& s = stateOf(f);
    if (!s.cipher) return s.real->pMethods->xWrite(s.real, buffer, amount, offset);
    if (amount <= 0) return SQLITE_OK;
    try {
        sqlite3_int64 size = 0;
        if (const int rc = logicalSize(s, &size); rc != SQLITE_OK) return rc;
        // A write that reaches the short last block re-encodes it.
        std::optional<ShortBlockLock> lock;
        if (s.lockFd >= 0 && hasShortLastBlock(size) && offset + amount > (size & ~sqlite3_int64(15))) {
            lock.emplace(s.lockFd, true);
            if (const int rc = logicalSize(s, &size); rc != SQLITE_OK) return rc;
        }
        if (offset > size) {
            if (const int rc = fillWithZeros(s, size, offset); rc != SQLITE_OK) return rc;
            size = offset;
        }
        return writeSpan(s, static_cast<const unsigned char*>(buffer), amount, offset, size);
    } catch (const std::bad_alloc&) {
        return SQLITE_IOERR_NOMEM;
    } catch (...) {
        return SQLITE_IOERR_WRITE;
    }
}

int cryptTruncate(sqlite3_file* f, sqlite3_int64 size) {
    FileState& s = stateOf(f);
    if (!s.cipher) return s.real->pMethods->xTruncate(s.real, size);
    try {
        sqlite3_int64 current = 0;
        if (const int rc = logicalSize(s, &current); rc != SQLITE_OK) return rc;
        if (size >= current) return size > current ? fillWithZeros(s, current, size) : SQLITE_OK;
        if (size % 16 == 0) return s.real->pMethods->xTruncate(s.real, size + s.header);
        // The block the new end falls in becomes a short last block, encrypted the other way.
        const ShortBlockLock lock(s.lockFd, true);
        const sqlite3_int64 unitStart = size / kUnit * kUnit;
        s.buffer.resize(static_cast<std::size_t>(kUnit));
        if (const int rc = readUnits(s, s.buffer.data(), unitStart, std::min(current, unitStart + kUnit)); rc != SQLITE_OK)
            return rc;
        if (const int rc = s.real->pMethods->xTruncate(s.real, size + s.header); rc != SQLITE_OK) return rc;
        const sqlite3_int64 length = size - unitStart, whole = length & ~sqlite3_int64(15);
        s.cipher->encrypt(static_cast<std::uint64_t>(unitStart / kUnit), s.buffer.data(), static_cast<std::size_t>(length));
        return s.real->pMethods->xWrite(s.real, s.buffer.data() + whole, static_cast<int>(length - whole),
                                        unitStart + whole + s.header);
    } catch (...) {
        return SQLITE_IOERR_TRUNCATE;
    }
}

int cryptClose(sqlite3_file* f) {
    FileState* s = &stateOf(f);
    const int rc = s->real->pMethods ? s->real->pMethods->xClose(s->real) : SQLITE_OK;
    delete s;
    reinterpret_cast<CryptFile*>(f)->state = nullptr;
    return rc;
}

int cryptSync(sqlite3_file* f, int flags) { return real(f)->pMethods->xSync(real(f), flags); }

int cryptFileSize(sqlite3_file* f, sqlite3_int64* size) {
    FileState& s = stateOf(f);
    return s.cipher ? logicalSize(s, size) : realSize(s, size);
}

int cryptLock(sqlite3_file* f, int level) { return real(f)->pMethods->xLock(real(f), level); }
int cryptUnlock(sqlite3_file* f, int level) { return real(f)->pMethods->xUnlock(real(f), level); }
int cryptCheckReservedLock(sqlite3_file* f, int* out) { return real(f)->pMethods->xCheckReservedLock(real(f), out); }

int cryptFileControl(sqlite3_file* f, int op, void* arg) {
    // Pre-allocation extends the file with plain zeros, which would decrypt to garbage pages.
    if (stateOf(f).cipher && (op == SQLITE_FCNTL_SIZE_HINT || op == SQLITE_FCNTL_CHUNK_SIZE)) return SQLITE_OK;
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}

int cryptSectorSize(sqlite3_file* f) { return real(f)->pMethods->xSectorSize(real(f)); }

int cryptDeviceCharacteristics(sqlite3_file* f) {
    const int characteristics = real(f)->pMethods->xDeviceCharacteristics(real(f));
    if (!stateOf(f).cipher) return characteristics;
    // Promise nothing about atomic or appending writes that the read-modify-write of units may
    // not keep; safe overwrite holds block by block, but SQLite is told the conservative thing
    // (it then pads synced commits to a sector, which synchronous = NORMAL never asks for).
    constexpr int kWithheld = SQLITE_IOCAP_ATOMIC | SQLITE_IOCAP_ATOMIC512 | SQLITE_IOCAP_ATOMIC1K |
                              SQLITE_IOCAP_ATOMIC2K | SQLITE_IOCAP_ATOMIC4K | SQLITE_IOCAP_ATOMIC8K |
                              SQLITE_IOCAP_ATOMIC16K | SQLITE_IOCAP_ATOMIC32K | SQLITE_IOCAP_ATOMIC64K |
                              SQLITE_IOCAP_SAFE_APPEND | SQLITE_IOCAP_POWERSAFE_OVERWRITE | SQLITE_IOCAP_BATCH_ATOMIC;
    return characteristics & ~kWithheld;
}

int cryptShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out) {
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int cryptShmLock(sqlite3_file* f, int offset, int n, int flags) { return real(f)->pMethods->xShmLock(real(f), offset, n, flags); }
void cryptShmBarrier(sqlite3_file* f) { real(f)->pMethods->xShmBarrier(real(f)); }
int cryptShmUnmap(sqlite3_file* f, int deleteFlag) { return real(f)->pMethods->xShmUnmap(real(f), deleteFlag); }

// Version 2: no xFetch, so SQLite never memory-maps the file and reads ciphertext as pages.
const sqlite3_io_methods kMethods = {
    2,
    cryptClose,
    cryptRead,
    cryptWrite,
    cryptTruncate,
    cryptSync,
    cryptFileSize,
    cryptLock,
    cryptUnlock,
    cryptCheckReservedLock,
    cryptFileControl,
    cryptSectorSize,
    cryptDeviceCharacteristics,
    cryptShmMap,
    cryptShmLock,
    cryptShmBarrier,
    cryptShmUnmap,
    nullptr,
    nullptr,
};

std::optional<KeyId> keyIdParameter(const char* name) {
    const char* hex = sqlite3_uri_parameter(name, kKeyParameter);
    if (!hex || std::strlen(hex) != 32) return std::nullopt;
    KeyId id;
    for (std::size_t i = 0; i < id.size(); ++i) {
        const auto digit = [](char c) { return c >= 'a' ? c - 'a' + 10 : c - '0'; };
        id[i] = static_cast<unsigned char>(digit(hex[2 * i]) << 4 | digit(hex[2 * i + 1]));
    }
    return id;
}

int openFile(sqlite3_filename name, int flags, FileState& s) {
    Domain domain = Temporary;
    if (flags & SQLITE_OPEN_MAIN_DB) domain = MainDatabase, s.header = key_header::kBytes;
    else if (flags & SQLITE_OPEN_WAL) domain = WriteAheadLog;
    else if (flags & SQLITE_OPEN_MAIN_JOURNAL) domain = RollbackJournal;
    else if (flags & SQLITE_OPEN_SUPER_JOURNAL) return SQLITE_OK;  // names of journals only: passed through

    if (domain == Temporary) {
        // Sort spills, statement journals, temporary tables: row data that lives only as long as
        // the file, encrypted under a key that dies with it.
        SecretBytes key(UnitCipher::kKeyBytes);
        if (RAND_bytes(key.data(), static_cast<int>(key.size())) != 1) return SQLITE_IOERR;
        s.cipher = std::make_unique<UnitCipher>(key.bytes(), domain);
        return SQLITE_OK;
    }
    const std::optional<KeyId> id = name ? keyIdParameter(name) : std::nullopt;
    if (!id) return SQLITE_CANTOPEN;
    if (domain == MainDatabase) {
        unsigned char header[key_header::kBytes];
        if (s.real->pMethods->xRead(s.real, header, sizeof header, 0) != SQLITE_OK) return SQLITE_NOTADB;
        // The file at this path is no longer the one whose key the connection was given.
        if (key_header::keyIdOf(header) != id) return SQLITE_CANTOPEN;
    }
    s.key = Keyring::instance().findInUse(*id);
    if (!s.key) return SQLITE_AUTH;
    // Logs and journals end in short blocks; the database's size is a multiple of its page size.
    if (domain != MainDatabase) {
        s.lockFd = ::open(name, O_RDWR | O_CLOEXEC);
        if (s.lockFd < 0) s.lockFd = ::open(name, O_RDONLY | O_CLOEXEC);  // a read-only connection only reads
    }
    Keyring::instance().holdWhileOpen(s.key);
    s.cipher = std::make_unique<UnitCipher>(s.key->dataKey.bytes(), domain);
    return SQLITE_OK;
}

int cryptOpen(sqlite3_vfs* vfs, sqlite3_filename name, sqlite3_file* f, int flags, int* outFlags) {
    auto* file = reinterpret_cast<CryptFile*>(f);
    file->base.pMethods = nullptr;
    file->state = nullptr;
    auto* realFile = reinterpret_cast<sqlite3_file*>(reinterpret_cast<char*>(f) + kRealOffset);
    sqlite3_vfs* under = realVfs(vfs);
    int rc = under->xOpen(under, name, realFile, flags, outFlags);
    if (rc != SQLITE_OK) {
        if (realFile->pMethods) realFile->pMethods->xClose(realFile);
        return rc;
    }
    auto* s = new (std::nothrow) FileState;
    if (!s) {
        realFile->pMethods->xClose(realFile);
        return SQLITE_NOMEM;
    }
    s->real = realFile;
    try {
        rc = openFile(name, flags, *s);
    } catch (...) {
        rc = SQLITE_IOERR;
    }
    if (rc != SQLITE_OK) {
        realFile->pMethods->xClose(realFile);
        delete s;
        return rc;
    }
    file->state = s;
    file->base.pMethods = &kMethods;
    return SQLITE_OK;
}

int cryptDelete(sqlite3_vfs* v, const char* name, int syncDir) { return realVfs(v)->xDelete(realVfs(v), name, syncDir); }
int cryptAccess(sqlite3_vfs* v, const char* name, int flags, int* out) {
    return realVfs(v)->xAccess(realVfs(v), name, flags, out);
}
int cryptFullPathname(sqlite3_vfs* v, const char* name, int n, char* out) {
    return realVfs(v)->xFullPathname(realVfs(v), name, n, out);
}
void* cryptDlOpen(sqlite3_vfs* v, const char* name) { return realVfs(v)->xDlOpen(realVfs(v), name); }
void cryptDlError(sqlite3_vfs* v, int n, char* out) { realVfs(v)->xDlError(realVfs(v), n, out); }
void (*cryptDlSym(sqlite3_vfs* v, void* handle, const char* symbol))(void) {
    return realVfs(v)->xDlSym(realVfs(v), handle, symbol);
}
void cryptDlClose(sqlite3_vfs* v, void* handle) { realVfs(v)->xDlClose(realVfs(v), handle); }
int cryptRandomness(sqlite3_vfs* v, int n, char* out) { return realVfs(v)->xRandomness(realVfs(v), n, out); }
int cryptSleep(sqlite3_vfs* v, int microseconds) { return realVfs(v)->xSleep(realVfs(v), microseconds); }
int cryptCurrentTime(sqlite3_vfs* v, double* out) { return realVfs(v)->xCurrentTime(realVfs(v), out); }
int cryptGetLastError(sqlite3_vfs* v, int n, char* out) { return realVfs(v)->xGetLastError(realVfs(v), n, out); }
int cryptCurrentTimeInt64(sqlite3_vfs* v, sqlite3_int64* out) { return realVfs(v)->xCurrentTimeInt64(realVfs(v), out); }
int cryptSetSystemCall(sqlite3_vfs* v, const char* name, sqlite3_syscall_ptr call) {
    return realVfs(v)->xSetSystemCall(realVfs(v), name, call);
}
sqlite3_syscall_ptr cryptGetSystemCall(sqlite3_vfs* v, const char* name) {
    return realVfs(v)->xGetSystemCall(realVfs(v), name);
}
const char* cryptNextSystemCall(sqlite3_vfs* v, const char* name) { return realVfs(v)->xNextSystemCall(realVfs(v), name); }

}  // namespace

const char* name() {
    static sqlite3_vfs vfs;
    static std::once_flag once;
    std::call_once(once, [] {
        sqlite3_vfs* under = sqlite3_vfs_find(nullptr);
        vfs.iVersion = std::min(under->iVersion, 3);
        vfs.szOsFile = static_cast<int>(kRealOffset) + under->szOsFile;
        vfs.mxPathname = under->mxPathname;
        vfs.zName = "eagleeye-xts";
        vfs.pAppData = under;
        vfs.xOpen = cryptOpen;
        vfs.xDelete = cryptDelete;
        vfs.xAccess = cryptAccess;
        vfs.xFullPathname = cryptFullPathname;
        vfs.xDlOpen = cryptDlOpen;
        vfs.xDlError = cryptDlError;
        vfs.xDlSym = cryptDlSym;
        vfs.xDlClose = cryptDlClose;
        vfs.xRandomness = cryptRandomness;
        vfs.xSleep = cryptSleep;
        vfs.xCurrentTime = cryptCurrentTime;
        vfs.xGetLastError = cryptGetLastError;
        vfs.xCurrentTimeInt64 = cryptCurrentTimeInt64;
        vfs.xSetSystemCall = cryptSetSystemCall;
        vfs.xGetSystemCall = cryptGetSystemCall;
        vfs.xNextSystemCall = cryptNextSystemCall;
        sqlite3_vfs_register(&vfs, 0);
    });
    return vfs.zName;
}

}  // namespace eagle::encrypting_vfs
