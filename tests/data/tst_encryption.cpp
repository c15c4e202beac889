// Encrypted workspaces: the cipher against IEEE 1619, the encrypting VFS byte for byte against a
// model (odd lengths, short last blocks, holes, truncation), and whole workspaces: round trips,
// wrong or missing passphrases, no plaintext on disk while open, passphrase changes, replacement.

#include "AuditLog.h"
#include "EncryptingVfs.h"
#include "Keyring.h"
#include "MarketSimulator.h"
#include "Store.h"
#include "TestSupport.h"
#include "UnitCipher.h"
#include "WorkspaceFile.h"
#include "WorkspaceProtection.h"

#include <sqlite3.h>

#include <QRandomGenerator>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <list>
#include <fstream>
#include <thread>

using namespace eagle;

namespace {

// Cheaper than the default scrypt cost (16 MiB instead of 128 MiB) where the test is not about it.
constexpr KdfCost kQuick{14, 8, 1};
constexpr const char* kPassphrase = "Tiger-lily 47 over the Huangpu";
constexpr const char* kNewPassphrase = "Magnolia 12 under the Bund";
constexpr const char* kSecretName = "Confidential Harbour Trust";
constexpr const char* kSecretNameZh = "机密港湾信托";

std::vector<unsigned char> fromHex(const std::string& hex) {
    std::vector<unsigned char> bytes;
    for (std::size_t i = 0; i + 1 < hex.size(); i += 2) bytes.push_back(static_cast<unsigned char>(std::stoi(hex.substr(i, 2), nullptr, 16)));
    return bytes;
}

bool contains(const std::string& haystack, const std::string& needle) { return haystack.find(needle) != std::string::npos; }

Institution secretInstitution() {
    Institution i;
    i.code = "ZZ999";
    i.name = kSecretName;
    i.nameZh = kSecretNameZh;
    i.type = InstitutionType::TrustCompany;
    i.totalAssets = 4.2e10;
    i.capital = 3e9;
    return i;
}

std::string hashOf(const std::string& path) { return Store::openReadOnly(path).contentHash(); }

// The audit log's actions, oldest first; and that no entry holds a passphrase.
std::vector<std::string> auditActions(const std::string& path) {
    Store store = Store::openReadOnly(path);
    std::vector<std::string> actions;
    for (const AuditEntry& e : AuditLog(store.database()).entries()) {
        for (const char* secret : {kPassphrase, kNewPassphrase})
            if (contains(e.detail + e.target + e.who, secret)) return {"a passphrase in the audit log"};
        actions.push_back(e.action);
    }
    return actions;
}

}  // namespace

class TestEncryption : public QObject {
    Q_OBJECT

private slots:
    void init() { Keyring::instance().forgetAll(); }
    void xtsMatchesIeee1619Vector10();
    void shortLastBlocksKeepTheirLength();
    void vfsReadsBackWhatItWroteAtAnyOffset();
    void roundTripKeepsTheWorkspace();
    void wrongOrMissingPassphraseIsRefused();
    void diskHoldsNoPlaintextWhileOpen();
    void passphraseChangeKeepsTheData();
    void replacedWorkspaceStaysEncrypted();
    void openWorkspaceOutlivesForgottenKey();
    void readersNeverSeeTheLogEndReencoded();

private:
    struct LogFile;
    std::string market(const char* name);
    test::TestWorkspace dir_;
};

std::string TestEncryption::market(const char* name) {
    const std::string path = dir_.path(name);
    createWorkspace(path, [](Store& s) {
        SimulatorConfig config{20, 30, 3};
        config.threads = 1;
        MarketSimulator(config).run(s);
        s.add(secretInstitution());
    });
    return path;
}

void TestEncryption::xtsMatchesIeee1619Vector10() {
    // IEEE 1619-2007 annex B, vector 10: XTS-AES-256, data unit 0xff of 512 bytes.
    std::vector<unsigned char> key = fromHex("27182818284590452353602874713526624977572470936999595749669676273141592653589793238462643383279502884197169399375105820974944592");
    key.resize(UnitCipher::kKeyBytes, 0x5a);  // the key for short last blocks, unused here
    std::vector<unsigned char> data(512);
    for (std::size_t i = 0; i < data.size(); ++i) data[i] = static_cast<unsigned char>(i);
    const std::vector<unsigned char> expected = fromHex(
        "1c3b3a102f770386e4836c99e370cf9bea00803f5e482357a4ae12d414a3e63b5d31e276f8fe4a8d66b317f9ac683f44"
        "680a86ac35adfc3345befecb4bb188fd5776926c49a3095eb108fd1098baec70aaa66999a72a82f27d848b21d4a741b0"
        "c5cd4d5fff9dac89aeba122961d03a757123e9870f8acf1000020887891429ca2a3e7a7d7df7b10355165c8b9a6d0a7d"
        "e8b062c4500dc4cd120c0f7418dae3d0b5781c34803fa75421c790dfe1de1834f280d7667b327f6c8cd7557e12ac3a0f"
        "93ec05c52e0493ef31a12d3d9260f79a289d6a379bc70c50841473d1a8cc81ec583e9645e07b8d9670655ba5bbcfecc6"
        "dc3966380ad8fecb17b6ba02469a020a84e18e8f84252070c13e9f1f289be54fbc481457778f616015e1327a02b140f1"
        "505eb309326d68378f8374595c849d84f4c333ec4423885143cb47bd71c5edae9be69a2ffeceb1bec9de244fbe15992b"
        "11b77c040f12bd8f6a975a44a0f90c29a9abc3d4d893927284c58754cce294529f8614dcd2aba991925fedc4ae74ffac"
        "6e333b93eb4aff0479da9a410e4450e0dd7ae4c6e2910900575da401fc07059f645e8b7e9bfdef33943054ff84011493"
        "c27b3429eaedb4ed5376441a77ed43851ad77f16f541dfd269d50d6a5f14fb0aab1cbb4c1550be97f7ab4066193c4caa"
        "773dad38014bd2092fa755c824bb5e54c4f36ffda9fcea70b9c6e693e148c151");
    QCOMPARE(expected.size(), std::size_t(512));
    UnitCipher cipher(key, 0);  // domain 0: the tweak is the unit number alone, as in the standard
    std::vector<unsigned char> unit = data;
    cipher.encrypt(0xff, unit.data(), unit.size());
    QVERIFY(unit == expected);
    cipher.decrypt(0xff, unit.data(), unit.size());
    QVERIFY(unit == data);
    // The domain is part of the tweak: another file of the workspace encrypts the same unit otherwise.
    UnitCipher log(key, 2);
    log.encrypt(0xff, unit.data(), unit.size());
    QVERIFY(unit != expected);
}

void TestEncryption::shortLastBlocksKeepTheirLength() {
    std::vector<unsigned char> key(UnitCipher::kKeyBytes);
    for (std::size_t i = 0; i < key.size(); ++i) key[i] = static_cast<unsigned char>(i * 7 + 1);
    UnitCipher cipher(key, 2);
    std::vector<unsigned char> plain(UnitCipher::kUnitBytes);
    for (std::size_t i = 0; i < plain.size(); ++i) plain[i] = static_cast<unsigned char>(i * 31 + 3);
    std::vector<unsigned char> whole = plain;
    cipher.encrypt(9, whole.data(), whole.size());
    for (std::size_t length : {1, 2, 8, 15, 16, 17, 24, 31, 32, 33, 100, 4079, 4080, 4081, 4095}) {
        std::vector<unsigned char> unit(plain.begin(), plain.begin() + static_cast<std::ptrdiff_t>(length));
        cipher.encrypt(9, unit.data(), length);
        const std::size_t blocks = length & ~std::size_t(15);
        // Whole blocks are encrypted as in the whole unit: growing the file leaves them unchanged.
        QVERIFY2(std::equal(unit.begin(), unit.begin() + static_cast<std::ptrdiff_t>(blocks), whole.begin()),
                 qPrintable(QString::number(length)));
        // The short last block is encrypted too, not left as it was.
        if (length > blocks)
            QVERIFY2(!std::equal(unit.begin() + static_cast<std::ptrdiff_t>(blocks), unit.end(),
                                 plain.begin() + static_cast<std::ptrdiff_t>(blocks)),
                     qPrintable(QString::number(length)));
        cipher.decrypt(9, unit.data(), length);
        QVERIFY2(std::equal(unit.begin(), unit.end(), plain.begin()), qPrintable(QString::number(length)));
    }
    // The same short block in another unit gets another keystream.
    std::vector<unsigned char> a(plain.begin(), plain.begin() + 7), b = a;
    cipher.encrypt(1, a.data(), a.size());
    cipher.encrypt(2, b.data(), b.size());
    QVERIFY(a != b);
}

// A write-ahead log's file opened through the VFS as SQLite opens one.
struct TestEncryption::LogFile {
    LogFile(const std::string& path, const WorkspaceKey& key) {
        std::ofstream(path).put('\0');  // the log's owner: SQLite gives the log its permissions
        const std::string id = key_header::hex(key.id);
        const char* parameters[] = {encrypting_vfs::kKeyParameter, id.c_str()};
        name = sqlite3_create_filename(path.c_str(), (path + "-journal").c_str(), (path + "-wal").c_str(), 1, parameters);
        vfs = sqlite3_vfs_find(encrypting_vfs::name());
    }
    ~LogFile() { sqlite3_free_filename(name); }
    // A new handle on the log (the file is shared, as between two connections).
    sqlite3_file* open() {
        handles.emplace_back(static_cast<std::size_t>(vfs->szOsFile));
        auto* file = reinterpret_cast<sqlite3_file*>(handles.back().data());
        int outFlags = 0;
        const int flags = SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_WAL;
        return vfs->xOpen(vfs, sqlite3_filename_wal(name), file, flags, &outFlags) == SQLITE_OK ? file : nullptr;
    }
    sqlite3_filename name;
    sqlite3_vfs* vfs;
    std::list<std::vector<char>> handles;
};

void TestEncryption::vfsReadsBackWhatItWroteAtAnyOffset() {
    // A write-ahead log's file opened through the VFS as SQLite would, driven by random writes,
    // reads and truncations at any offset and length (the log's frames are 24 + page bytes, so
    // its units are mostly partial and its end rarely on a block boundary), against a model.
    const std::string path = dir_.path("model.eagle");
    const auto key = WorkspaceKey::create(kPassphrase, kQuick);
    Keyring::instance().add(key);
    LogFile log(path, *key);
    sqlite3_file* file = log.open();
    QVERIFY(file);

    QRandomGenerator random(20261128);
    std::vector<unsigned char> model;
    std::vector<unsigned char> buffer;
    for (int step = 0; step < 600; ++step) {
        const int what = random.bounded(10);
        if (what < 6) {
            // Mostly near the end, sometimes beyond it (a hole) or inside.
            const std::int64_t end = static_cast<std::int64_t>(model.size());
            const std::int64_t offset = std::max<std::int64_t>(0, end + random.bounded(-9000, 600));
            const int amount = random.bounded(2) ? random.bounded(1, 40) : random.bounded(1, 17000);
            buffer.resize(static_cast<std::size_t>(amount));
            for (auto& b : buffer) b = static_cast<unsigned char>(random.bounded(256));
            QCOMPARE(file->pMethods->xWrite(file, buffer.data(), amount, offset), SQLITE_OK);
            if (model.size() < static_cast<std::size_t>(offset + amount)) model.resize(static_cast<std::size_t>(offset + amount), 0);
            std::copy(buffer.begin(), buffer.end(), model.begin() + offset);
        } else if (what < 9 && !model.empty()) {
            const std::int64_t offset = random.bounded(static_cast<int>(model.size()));
            const int amount = random.bounded(1, 20000);
            buffer.assign(static_cast<std::size_t>(amount), 0xee);
            const int rc = file->pMethods->xRead(file, buffer.data(), amount, offset);
            const std::size_t available = std::min<std::size_t>(static_cast<std::size_t>(amount), model.size() - static_cast<std::size_t>(offset));
            QCOMPARE(rc, available < static_cast<std::size_t>(amount) ? SQLITE_IOERR_SHORT_READ : SQLITE_OK);
            QVERIFY2(std::equal(buffer.begin(), buffer.begin() + static_cast<std::ptrdiff_t>(available), model.begin() + offset),
                     qPrintable(QString("read at %1 of %2, step %3").arg(offset).arg(amount).arg(step)));
            QVERIFY(std::all_of(buffer.begin() + static_cast<std::ptrdiff_t>(available), buffer.end(), [](unsigned char b) { return b == 0; }));
        } else if (!model.empty()) {
            const std::size_t size = static_cast<std::size_t>(random.bounded(static_cast<int>(model.size()) + 1));
            QCOMPARE(file->pMethods->xTruncate(file, static_cast<sqlite3_int64>(size)), SQLITE_OK);
            model.resize(size);
        }
        sqlite3_int64 size = -1;
        QCOMPARE(file->pMethods->xFileSize(file, &size), SQLITE_OK);
        QCOMPARE(size, static_cast<sqlite3_int64>(model.size()));
    }
    QCOMPARE(file->pMethods->xClose(file), SQLITE_OK);

    // On disk: the same length, none of it in the clear, and the log's units decrypt to the model.
    const std::string raw = test::fileBytes(path + "-wal");
    QCOMPARE(raw.size(), model.size());
    QVERIFY(model.size() % 16 != 0 || model.size() > 100);
    std::size_t equalBytes = 0;
    for (std::size_t i = 0; i < raw.size(); ++i) equalBytes += static_cast<unsigned char>(raw[i]) == model[i];
    QVERIFY2(equalBytes < raw.size() / 64 + 8, qPrintable(QString("%1 of %2 bytes in the clear").arg(equalBytes).arg(raw.size())));
    UnitCipher cipher(key->dataKey.bytes(), 2);
    std::vector<unsigned char> decrypted(raw.begin(), raw.end());
    for (std::size_t at = 0; at < decrypted.size(); at += UnitCipher::kUnitBytes)
        cipher.decrypt(at / UnitCipher::kUnitBytes, decrypted.data() + at, std::min(UnitCipher::kUnitBytes, decrypted.size() - at));
    QVERIFY(decrypted == model);
}

void TestEncryption::roundTripKeepsTheWorkspace() {
    const std::string path = market("round.eagle");
    const std::string before = hashOf(path);
    QVERIFY(contains(test::fileBytes(path).substr(0, 16), "SQLite format 3"));
    encryptWorkspace(path, kPassphrase, kQuick);
    QVERIFY(key_header::isEncrypted(path));
    QVERIFY(!std::filesystem::exists(path + ".partial"));
    Keyring::instance().forgetAll();
    Keyring::instance().unlock(path, kPassphrase);
    QCOMPARE(hashOf(path), before);
    {
        // Written to while encrypted, through SQLite's log and checkpoint.
        Store store = Store::open(path);
        auto tx = store.transaction();
        Institution i = secretInstitution();
        i.code = "ZZ998";
        store.add(i);
        tx.commit();
        Statement check = store.database().prepare("PRAGMA integrity_check");
        QVERIFY(check.step());
        QCOMPARE(check.text(0), std::string("ok"));
    }
    const std::string edited = hashOf(path);
    QVERIFY(edited != before);
    QCOMPARE(auditActions(path), std::vector<std::string>{"encrypt"});
    decryptWorkspace(path);
    QCOMPARE(auditActions(path), (std::vector<std::string>{"encrypt", "decrypt"}));
    QVERIFY(!key_header::isEncrypted(path));
    QVERIFY(contains(test::fileBytes(path).substr(0, 16), "SQLite format 3"));
    Keyring::instance().forgetAll();
    QCOMPARE(hashOf(path), edited);  // plain again: no key needed
    QVERIFY_THROWS_EXCEPTION(StoreError, decryptWorkspace(path));
    encryptWorkspace(path, kPassphrase, kQuick);
    QVERIFY_THROWS_EXCEPTION(StoreError, encryptWorkspace(path, kPassphrase, kQuick));
}

void TestEncryption::wrongOrMissingPassphraseIsRefused() {
    const std::string path = market("locked.eagle");
    encryptWorkspace(path, kPassphrase, kQuick);
    Keyring::instance().forgetAll();
    try {
        Store::openReadOnly(path);
        QFAIL("opened without a passphrase");
    } catch (const PassphraseRequired& e) {
        QCOMPARE(std::string(e.what()), path + ": the workspace is encrypted; give its passphrase");
    }
    try {
        Keyring::instance().unlock(path, "tiger-lily 47 over the Huangpu");
        QFAIL("unlocked with the wrong passphrase");
    } catch (const WrongPassphrase& e) {
        QVERIFY2(contains(e.what(), "wrong passphrase"), e.what());
    }
    QVERIFY(!Keyring::instance().isUnlocked(path));
    // Through a passphrase source (as the CLI has): a wrong answer is refused, a right one opens.
    int asked = 0;
    Keyring::instance().setPassphraseSource([&](const std::string& file, int attempt) -> std::optional<SecretBytes> {
        ++asked;
        if (file != path || attempt > 1) return std::nullopt;
        return SecretBytes(std::string_view(attempt == 0 ? "wrong" : kPassphrase));
    });
    QVERIFY(!hashOf(path).empty());
    QCOMPARE(asked, 2);
    Keyring::instance().forgetAll();
    Keyring::instance().setPassphraseSource([](const std::string&, int) { return SecretBytes(std::string_view("wrong")); });
    QVERIFY_THROWS_EXCEPTION(WrongPassphrase, Store::open(path));
    Keyring::instance().setPassphraseSource({});
}

void TestEncryption::diskHoldsNoPlaintextWhileOpen() {
    // A plain workspace shows the name on disk: what the encrypted one must not.
    const std::string plain = market("plain.eagle");
    QVERIFY(contains(test::fileBytes(plain), kSecretName));
    QVERIFY(contains(test::fileBytes(plain), kSecretNameZh));

    const std::string path = market("sealed.eagle");
    encryptWorkspace(path, kPassphrase, kQuick);
    Store store = Store::open(path);
    store.database().exec("PRAGMA wal_autocheckpoint = 0");  // keep the committed rows in the log
    {
        auto tx = store.transaction();
        Institution i = secretInstitution();
        i.code = "ZZ997";
        i.name = std::string(kSecretName) + " II";
        store.add(i);
        tx.commit();
    }
    const std::string database = test::fileBytes(path), log = test::fileBytes(path + "-wal");
    QVERIFY(log.size() > 4096);
    for (const std::string& bytes : {database, log}) {
        QVERIFY(!contains(bytes, kSecretName));
        QVERIFY(!contains(bytes, kSecretNameZh));
        QVERIFY(!contains(bytes, "ZZ99"));
        QVERIFY(!contains(bytes, "SQLite format 3"));
        QVERIFY(!contains(bytes, "CREATE TABLE"));
        QVERIFY(!contains(bytes, kPassphrase));
    }
    // And the rows are there for whoever has the key.
    bool found = false;
    for (const auto& i : store.institutions()) found |= i.name == std::string(kSecretName) + " II";
    QVERIFY(found);
}

void TestEncryption::passphraseChangeKeepsTheData() {
    const std::string path = market("passwd.eagle");
    encryptWorkspace(path, kPassphrase, kQuick);
    const std::string before = hashOf(path);
    const auto idBefore = key_header::keyIdOf(key_header::read(path));
    QVERIFY_THROWS_EXCEPTION(WrongPassphrase, changePassphrase(path, "not it", "new one", kQuick));
    QCOMPARE(key_header::keyIdOf(key_header::read(path)), idBefore);
    changePassphrase(path, kPassphrase, kNewPassphrase, kQuick);
    // The same data key, wrapped under the new passphrase only.
    QCOMPARE(key_header::keyIdOf(key_header::read(path)), idBefore);
    Keyring::instance().forgetAll();
    QVERIFY_THROWS_EXCEPTION(WrongPassphrase, Keyring::instance().unlock(path, kPassphrase));
    Keyring::instance().unlock(path, kNewPassphrase);
    QCOMPARE(hashOf(path), before);
    QCOMPARE(auditActions(path), (std::vector<std::string>{"encrypt", "passphrase_changed"}));
}

void TestEncryption::replacedWorkspaceStaysEncrypted() {
    const std::string path = market("replaced.eagle");
    encryptWorkspace(path, kPassphrase, kQuick);
    const auto oldId = key_header::keyIdOf(key_header::read(path));
    createWorkspace(
        path,
        [](Store& s) {
            SimulatorConfig config{15, 20, 8};
            config.threads = 1;
            MarketSimulator(config).run(s);
            s.add(secretInstitution());
        },
        true);
    QVERIFY(key_header::isEncrypted(path));
    QVERIFY(key_header::keyIdOf(key_header::read(path)) != oldId);  // a data key of its own
    QVERIFY(!contains(test::fileBytes(path), kSecretName));
    Keyring::instance().forgetAll();
    Keyring::instance().unlock(path, kPassphrase);
    QCOMPARE(Store::openReadOnly(path).institutions().size(), std::size_t(16));
}

void TestEncryption::openWorkspaceOutlivesForgottenKey() {
    const std::string path = market("forgotten.eagle");
    encryptWorkspace(path, kPassphrase, kQuick);
    Store store = Store::open(path);
    Keyring::instance().forgetAll();
    // The open connection keeps its key: its log is still written and read.
    {
        auto tx = store.transaction();
        Institution i = secretInstitution();
        i.code = "ZZ996";
        store.add(i);
        tx.commit();
    }
    QCOMPARE(store.institutions().size(), std::size_t(22));
    // A new connection needs the passphrase again.
    QVERIFY_THROWS_EXCEPTION(PassphraseRequired, Store::openReadOnly(path));
}

void TestEncryption::readersNeverSeeTheLogEndReencoded() {
    // The protocol, step by step: a log ending in a short block; while someone holds the lock
    // exclusively (as a writer re-encoding it), a read of the end waits; while someone holds it
    // shared (as a reader), a write past the end waits.
    {
        const std::string path = dir_.path("locked.eagle");
        const auto key = WorkspaceKey::create(kPassphrase, kQuick);
        Keyring::instance().add(key);
        LogFile log(path, *key);
        sqlite3_file* writer = log.open();
        sqlite3_file* reader = log.open();
        QVERIFY(writer && reader);
        const std::string frame(40, 'f');
        QCOMPARE(writer->pMethods->xWrite(writer, frame.data(), 40, 0), SQLITE_OK);
        const int fd = ::open((path + "-wal").c_str(), O_RDWR | O_CLOEXEC);
        const auto hold = [fd](short type) {
            struct flock lock {};
            lock.l_type = type;
            lock.l_whence = SEEK_SET;
            lock.l_start = encrypting_vfs::kShortBlockLockByte;
            lock.l_len = 1;
            return ::fcntl(fd, F_OFD_SETLK, &lock) == 0;
        };
        QVERIFY(hold(F_WRLCK));
        std::atomic<bool> finished{false};
        std::string got(40, ' ');
        std::thread read([&] {
            reader->pMethods->xRead(reader, got.data(), 40, 0);
            finished = true;
        });
        QTest::qWait(300);
        const bool readWaited = !finished;  // checked once the thread is joined
        QVERIFY(hold(F_UNLCK));
        read.join();
        QVERIFY(readWaited);
        QCOMPARE(got, frame);
        QVERIFY(hold(F_RDLCK));
        finished = false;
        std::thread write([&] {
            writer->pMethods->xWrite(writer, frame.data(), 24, 40);
            finished = true;
        });
        QTest::qWait(300);
        const bool writeWaited = !finished;
        QVERIFY(hold(F_UNLCK));
        write.join();
        ::close(fd);
        QVERIFY(writeWaited);
        QCOMPARE(reader->pMethods->xRead(reader, got.data(), 40, 24), SQLITE_OK);
        QCOMPARE(got, frame);
        writer->pMethods->xClose(writer);
        reader->pMethods->xClose(reader);
    }

    // And in earnest: one writer appends small transactions to the log while three readers read the newest rows:
    // every other frame ends in a short block that the next frame's write re-encodes. Without the
    // lock between the two (EncryptingVfs' ShortBlockLock) about every second run of this size saw
    // a row with a few wrong bytes; a check that can miss, never one that can fail wrongly.
    const std::string path = dir_.path("concurrent.eagle");
    const auto key = WorkspaceKey::create(kPassphrase, kQuick);
    key_header::createFile(path, *key);
    Keyring::instance().add(key);
    const auto valueOf = [](std::int64_t id) {
        std::string v(300, ' ');
        for (std::size_t i = 0; i < v.size(); ++i) v[i] = static_cast<char>('a' + (id * 7 + static_cast<std::int64_t>(i)) % 26);
        return v;
    };
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("PRAGMA page_size = 16384");
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("CREATE TABLE t(id INTEGER PRIMARY KEY, v BLOB)");
    }
    std::atomic<bool> done{false};
    std::atomic<int> wrong{0}, reads{0};
    const auto read = [&] {
        Database db(path, Database::Mode::ReadOnly);
        while (!done) {
            try {
                Statement s = db.prepare("SELECT id, v FROM t ORDER BY id DESC LIMIT 3");
                while (s.step()) wrong += s.text(1) != valueOf(s.int64(0));
                ++reads;
            } catch (const StoreError&) {
                ++wrong;
            }
        }
    };
    std::vector<std::thread> readers;
    for (int r = 0; r < 3; ++r) readers.emplace_back(read);
    {
        Database db(path, Database::Mode::ReadWrite);
        db.exec("PRAGMA synchronous = NORMAL");  // as the store's: no sync per commit
        db.exec("PRAGMA wal_autocheckpoint = 0");
        for (std::int64_t id = 1; id <= 10000; ++id) {
            const std::string v = valueOf(id);
            db.cached("INSERT INTO t(id, v) VALUES (?, ?)").bind(1, id).bindBlob(2, v.data(), v.size()).run();
        }
    }
    done = true;
    for (auto& r : readers) r.join();
    QVERIFY(reads > 1000);
    QCOMPARE(wrong.load(), 0);
}

QTEST_GUILESS_MAIN(TestEncryption)
#include "tst_encryption.moc"
