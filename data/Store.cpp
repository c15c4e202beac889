#include "Store.h"

#include "Schema.h"
#include "Keyring.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <tuple>
#include <filesystem>
#include <fstream>

#include <unistd.h>

namespace eagle {
namespace {

constexpr const char* kMarketTables[] = {"institution",  "relation",      "instrument", "trade",
                                         "market_daily", "balance_daily", "risk_event", "scenario"};

void configure(Database& db) {
    db.exec("PRAGMA foreign_keys = ON");
    db.exec("PRAGMA synchronous = NORMAL");
}

bool looksLikeSqlite(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    char header[16] = {};
    in.read(header, sizeof header);
    return in.gcount() == 16 && std::memcmp(header, "SQLite format 3", 16) == 0;
}

std::unique_ptr<Database> openExisting(const std::string& path, Database::Mode mode) {
    if (!std::filesystem::exists(path)) throw StoreError(path + ": no such file");
    if (!looksLikeSqlite(path) && !key_header::isEncrypted(path))
        throw StoreError(path + ": not an EagleEye workspace (not a SQLite file)");
    // A file nobody may write, with no write-ahead log beside it, holds all of its content and
    // cannot change: read it as immutable, since SQLite could not create its -shm file to read it
    // otherwise when the folder is not writable either.
    if (mode == Database::Mode::ReadOnly && ::access(path.c_str(), W_OK) != 0 &&
        !std::filesystem::exists(path + "-wal"))
        mode = Database::Mode::Immutable;
    auto db = std::make_unique<Database>(path, mode);
    // SQLite quietly opens a file it may not write for reading only; every write would then fail.
    if ((mode == Database::Mode::ReadWrite || mode == Database::Mode::Create) && db->readOnly())
        throw StoreError(path + ": the workspace file is read-only (no permission to write it); make it writable, "
                                "or copy it to a folder of yours, and open it again");
    if (db->pragmaInt("application_id") != schema::kApplicationId)
        throw StoreError(path + ": not an EagleEye workspace (SQLite file of another application)");
    // Written by a later EagleEye: its tables may mean what this version does not know, so it is
    // neither read nor written (and never "migrated" backwards).
    if (const int version = schema::versionOf(*db); version > schema::latestVersion())
        throw StoreError(path + ": the workspace was written by a newer EagleEye (schema version " +
                         std::to_string(version) + "; this version reads up to " +
                         std::to_string(schema::latestVersion()) + "); open it with that version or later");
    return db;
}

class Fnv1a {
public:
    void add(const void* data, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < n; ++i) hash_ = (hash_ ^ p[i]) * 1099511628211ULL;
    }
    std::string hex() const {
        char buf[17];
        std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(hash_));
        return buf;
    }

private:
    std::uint64_t hash_ = 14695981039346656037ULL;
};

template <class T>
std::optional<T> optionalId(Statement& s, int column) {
    if (s.isNull(column)) return std::nullopt;
    return T(s.int64(column));
}

std::optional<Date> optionalDate(Statement& s, int column) {
    if (s.isNull(column)) return std::nullopt;
    return Date(static_cast<std::int32_t>(s.int64(column)));
}

void removeWithSidecars(const std::string& path) {
    std::error_code ignored;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) std::filesystem::remove(path + suffix, ignored);
}

Date dateAt(Statement& s, int column) { return Date(static_cast<std::int32_t>(s.int64(column))); }

template <class T>
std::optional<std::int64_t> rawId(const std::optional<T>& id) {
    if (!id) return std::nullopt;
    return id->value;
}

std::optional<std::int64_t> rawDay(const std::optional<Date>& d) {
    if (!d) return std::nullopt;
    return d->daysSinceEpoch();
}

}  // namespace

Store::Store(std::string path, std::unique_ptr<Database> db) : path_(std::move(path)), db_(std::move(db)) {}
Store::Store(Store&&) noexcept = default;
Store& Store::operator=(Store&&) noexcept = default;
Store::~Store() = default;

Store Store::create(const std::string& path, const WorkspaceKey* encryptLike) {
    namespace fs = std::filesystem;
    if (fs::exists(path)) throw StoreError(path + ": file already exists");
    // Built under another name and renamed into place once its schema is complete: a process
    // killed meanwhile leaves no file at `path` that looks like SQLite but is not a workspace
    // (which every later open, and an import into it, would refuse).
    const std::string building = path + ".creating";
    removeWithSidecars(building);
    try {
        // Encrypted from its first byte: the file starts as a bare key header (an empty database).
        if (encryptLike) {
            auto key = encryptLike->sibling();
            key_header::createFile(building, *key);
            Keyring::instance().add(std::move(key));
        }
        Database db(building, Database::Mode::Create);
        // Larger pages suit a table of millions of narrow rows read in day ranges; only settable now.
        db.exec("PRAGMA page_size = 16384");
        db.exec("PRAGMA journal_mode = WAL");
        db.exec("PRAGMA application_id = " + std::to_string(schema::kApplicationId));
        configure(db);
        schema::migrate(db, schema::latestVersion());
    } catch (...) {
        removeWithSidecars(building);
        throw;
    }
    // Closed above: its write-ahead log is checkpointed into the file and removed.
    std::error_code ec;
    fs::rename(building, path, ec);
    if (ec) {
        removeWithSidecars(building);
        throw StoreError(path + ": cannot create the workspace: " + ec.message());
    }
    auto db = std::make_unique<Database>(path, Database::Mode::ReadWrite);
    configure(*db);
    return Store(path, std::move(db));
}

Store Store::open(const std::string& path) {
    auto db = openExisting(path, Database::Mode::ReadWrite);
    db->exec("PRAGMA journal_mode = WAL");
    configure(*db);
    schema::migrate(*db, schema::latestVersion());
    return Store(path, std::move(db));
}

Store Store::openReadOnly(const std::string& path) {
    auto db = openExisting(path, Database::Mode::ReadOnly);
    configure(*db);
    if (schema::versionOf(*db) != schema::latestVersion())
        throw StoreError(path + ": workspace needs a schema upgrade; open it for writing once");
    return Store(path, std::move(db));
}

int Store::schemaVersion() { return schema::versionOf(*db_); }

InstitutionId Store::add(const Institution& i) {
    auto& s = db_->cached(
        "INSERT INTO institution(id, code, name, name_zh, type, region, parent_id, rating, total_assets, capital, "
        "strategy) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
    i.id.valid() ? s.bind(1, i.id.value) : s.bindNull(1);
    s.bind(2, i.code).bind(3, i.name).bind(4, i.nameZh).bind(5, nameOf(i.type)).bind(6, i.region);
    s.bind(7, rawId(i.parent)).bind(8, i.rating).bind(9, i.totalAssets).bind(10, i.capital).bind(11, i.strategy);
    s.run();
    return InstitutionId(db_->lastInsertId());
}

InstrumentId Store::add(const Instrument& i) {
    auto& s = db_->cached(
        "INSERT INTO instrument(id, code, market, kind, issuer_id, rating, currency, maturity) "
        "VALUES (?,?,?,?,?,?,?,?)");
    i.id.valid() ? s.bind(1, i.id.value) : s.bindNull(1);
    s.bind(2, i.code).bind(3, nameOf(i.market)).bind(4, i.kind).bind(5, rawId(i.issuer));
    s.bind(6, i.rating).bind(7, i.currency).bind(8, rawDay(i.maturity));
    s.run();
    return InstrumentId(db_->lastInsertId());
}

void Store::add(const Relation& r) {
    auto& s = db_->cached(
        "INSERT INTO relation(src_id, dst_id, kind, share, valid_from, valid_to) VALUES (?,?,?,?,?,?)");
    s.bind(1, r.src.value).bind(2, r.dst.value).bind(3, nameOf(r.kind)).bind(4, r.share);
    s.bind(5, r.validFrom.daysSinceEpoch()).bind(6, rawDay(r.validTo));
    s.run();
}

void Store::add(const Trade& t) {
    auto& s = db_->cached(
        "INSERT INTO trade(id, ts, day, market, product, instrument_id, buyer_id, seller_id, price, rate, "
        "quantity, notional_cny, tenor_days, settle_day, status, scenario_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    t.id.valid() ? s.bind(1, t.id.value) : s.bindNull(1);
    s.bind(2, t.ts).bind(3, t.day.daysSinceEpoch()).bind(4, nameOf(t.market())).bind(5, nameOf(t.product));
    s.bind(6, rawId(t.instrument)).bind(7, t.buyer.value).bind(8, t.seller.value).bind(9, t.price);
    s.bind(10, t.rate).bind(11, t.quantity).bind(12, t.notionalCny).bind(13, t.tenorDays);
    s.bind(14, t.settleDay.daysSinceEpoch()).bind(15, t.status).bind(16, t.scenario);
    s.run();
}

void Store::add(const MarketDaily& m) {
    auto& s = db_->cached("INSERT INTO market_daily(series, day, close, yield) VALUES (?,?,?,?)");
    s.bind(1, m.series).bind(2, m.day.daysSinceEpoch()).bind(3, m.close).bind(4, m.yield);
    s.run();
}

void Store::add(const BalanceDaily& b) {
    auto& s = db_->cached(
        "INSERT INTO balance_daily(institution_id, day, assets, liabilities, liquid_assets, equity) "
        "VALUES (?,?,?,?,?,?)");
    s.bind(1, b.institution.value).bind(2, b.day.daysSinceEpoch()).bind(3, b.assets).bind(4, b.liabilities);
    s.bind(5, b.liquidAssets).bind(6, b.equity);
    s.run();
}

void Store::add(const RiskEvent& e) {
    auto& s = db_->cached(
        "INSERT INTO risk_event(institution_id, day, end_day, kind, severity, source, note, scenario_id) "
        "VALUES (?,?,?,?,?,?,?,?)");
    s.bind(1, e.institution.value).bind(2, e.day.daysSinceEpoch()).bind(3, rawDay(e.endDay)).bind(4, e.kind);
    s.bind(5, e.severity).bind(6, e.source).bind(7, e.note).bind(8, e.scenario);
    s.run();
}

std::int64_t Store::add(const Scenario& sc) {
    auto& s = db_->cached("INSERT INTO scenario(id, kind, start_day, end_day, params) VALUES (?,?,?,?,?)");
    sc.id > 0 ? s.bind(1, sc.id) : s.bindNull(1);
    s.bind(2, sc.kind).bind(3, sc.start.daysSinceEpoch()).bind(4, sc.end.daysSinceEpoch()).bind(5, sc.params);
    s.run();
    return db_->lastInsertId();
}

std::vector<Scenario> Store::scenarios() {
    auto& s = db_->cached("SELECT id, kind, start_day, end_day, params FROM scenario ORDER BY id");
    std::vector<Scenario> out;
    while (s.step()) out.push_back({s.int64(0), s.text(1), dateAt(s, 2), dateAt(s, 3), s.text(4)});
    return out;
}

void Store::setParent(InstitutionId id, InstitutionId parent) {
    auto& s = db_->cached("UPDATE institution SET parent_id = ? WHERE id = ?");
    s.bind(1, parent.value).bind(2, id.value);
    s.run();
}

void Store::setTradeStatus(TradeId id, const std::string& status) {
    auto& s = db_->cached("UPDATE trade SET status = ? WHERE id = ?");
    s.bind(1, status).bind(2, id.value);
    s.run();
}

void Store::setTotalAssets(InstitutionId id, double totalAssets, double capital) {
    auto& s = db_->cached("UPDATE institution SET total_assets = ?, capital = ? WHERE id = ?");
    s.bind(1, totalAssets).bind(2, capital).bind(3, id.value);
    s.run();
}

std::vector<Institution> Store::institutions() {
    auto& s = db_->cached(
        "SELECT id, code, name, name_zh, type, region, parent_id, rating, total_assets, capital, strategy "
        "FROM institution ORDER BY id");
    std::vector<Institution> out;
    while (s.step()) {
        Institution i;
        i.id = InstitutionId(s.int64(0));
        i.code = s.text(1);
        i.name = s.text(2);
        i.nameZh = s.text(3);
        const std::string type = s.text(4);
        const auto parsed = parseInstitutionType(type);
        if (!parsed) throw StoreError("institution " + i.code + ": unknown type '" + type + "'");
        i.type = *parsed;
        i.region = s.text(5);
        i.parent = optionalId<InstitutionId>(s, 6);
        i.rating = s.text(7);
        i.totalAssets = s.real(8);
        i.capital = s.real(9);
        i.strategy = s.text(10);
        out.push_back(std::move(i));
    }
    return out;
}

std::vector<Relation> Store::relations() {
    auto& s = db_->cached("SELECT src_id, dst_id, kind, share, valid_from, valid_to FROM relation ORDER BY id");
    std::vector<Relation> out;
    while (s.step()) {
        Relation r;
        r.src = InstitutionId(s.int64(0));
        r.dst = InstitutionId(s.int64(1));
        r.kind = parseRelationKind(s.text(2)).value_or(RelationKind::Ownership);
        r.share = s.real(3);
        r.validFrom = dateAt(s, 4);
        r.validTo = optionalDate(s, 5);
        out.push_back(r);
    }
    return out;
}

std::vector<Instrument> Store::instruments() {
    auto& s = db_->cached(
        "SELECT id, code, market, kind, issuer_id, rating, currency, maturity FROM instrument ORDER BY id");
    std::vector<Instrument> out;
    while (s.step()) {
        Instrument i;
        i.id = InstrumentId(s.int64(0));
        i.code = s.text(1);
        i.market = parseMarket(s.text(2)).value_or(Market::Bond);
        i.kind = s.text(3);
        i.issuer = optionalId<InstitutionId>(s, 4);
        i.rating = s.text(5);
        i.currency = s.text(6);
        i.maturity = optionalDate(s, 7);
        out.push_back(std::move(i));
    }
    return out;
}

std::vector<RiskEvent> Store::riskEvents() {
    auto& s = db_->cached(
        "SELECT institution_id, day, end_day, kind, severity, source, note, scenario_id FROM risk_event "
        "ORDER BY day, id");
    std::vector<RiskEvent> out;
    while (s.step()) {
        RiskEvent e;
        e.institution = InstitutionId(s.int64(0));
        e.day = dateAt(s, 1);
        e.endDay = optionalDate(s, 2);
        e.kind = s.text(3);
        e.severity = s.real(4);
        e.source = s.text(5);
        e.note = s.text(6);
        if (!s.isNull(7)) e.scenario = s.int64(7);
        out.push_back(std::move(e));
    }
    return out;
}

std::vector<Date> Store::tradingDays() {
    auto& s = db_->cached("SELECT DISTINCT day FROM trade ORDER BY day");
    std::vector<Date> out;
    while (s.step()) out.push_back(dateAt(s, 0));
    return out;
}

std::vector<MarketDaily> Store::marketSeries(const std::string& series) {
    auto& s = db_->cached("SELECT series, day, close, yield FROM market_daily WHERE series = ? ORDER BY day");
    s.bind(1, series);
    std::vector<MarketDaily> out;
    while (s.step()) {
        MarketDaily m{s.text(0), dateAt(s, 1), s.real(2), std::nullopt};
        if (!s.isNull(3)) m.yield = s.real(3);
        out.push_back(std::move(m));
    }
    return out;
}

std::vector<BalanceDaily> Store::balancesOn(Date day) {
    auto& s = db_->cached(
        "SELECT institution_id, day, assets, liabilities, liquid_assets, equity FROM balance_daily WHERE day = ?");
    s.bind(1, day.daysSinceEpoch());
    std::vector<BalanceDaily> out;
    while (s.step()) out.push_back({InstitutionId(s.int64(0)), dateAt(s, 1), s.real(2), s.real(3), s.real(4), s.real(5)});
    return out;
}

std::vector<BalanceDaily> Store::balancesBetween(Date from, Date to) {
    // Institution by institution along the primary key (institution_id, day): the day index would
    // look each row up in the table, a random read per institution and day.
    auto& s = db_->cached(
        "SELECT b.institution_id, b.day, b.assets, b.liabilities, b.liquid_assets, b.equity "
        "FROM institution i CROSS JOIN balance_daily b ON b.institution_id = i.id AND b.day BETWEEN ? AND ?");
    s.bind(1, from.daysSinceEpoch()).bind(2, to.daysSinceEpoch());
    std::vector<BalanceDaily> out;
    while (s.step()) out.push_back({InstitutionId(s.int64(0)), dateAt(s, 1), s.real(2), s.real(3), s.real(4), s.real(5)});
    std::stable_sort(out.begin(), out.end(), [](const BalanceDaily& a, const BalanceDaily& b) {
        return std::tie(a.day, a.institution.value) < std::tie(b.day, b.institution.value);
    });
    return out;
}

std::vector<std::string> Store::marketSeriesNames() {
    auto& s = db_->cached("SELECT DISTINCT series FROM market_daily ORDER BY series");
    std::vector<std::string> out;
    while (s.step()) out.push_back(s.text(0));
    return out;
}

namespace {
constexpr const char* kTradeColumns =
    "SELECT id, ts, day, product, instrument_id, buyer_id, seller_id, price, rate, quantity, notional_cny, "
    "tenor_days, settle_day, status, scenario_id FROM trade ";

Trade readTrade(Statement& s) {
    Trade t;
    t.id = TradeId(s.int64(0));
    t.ts = s.int64(1);
    t.day = dateAt(s, 2);
    const std::string product = s.text(3);
    const auto parsed = parseProduct(product);
    if (!parsed) throw StoreError("trade " + std::to_string(t.id.value) + ": unknown product '" + product + "'");
    t.product = *parsed;
    t.instrument = optionalId<InstrumentId>(s, 4);
    t.buyer = InstitutionId(s.int64(5));
    t.seller = InstitutionId(s.int64(6));
    t.price = s.real(7);
    t.rate = s.real(8);
    t.quantity = s.real(9);
    t.notionalCny = s.real(10);
    t.tenorDays = static_cast<int>(s.int64(11));
    t.settleDay = dateAt(s, 12);
    t.status = s.text(13);
    t.scenario = s.isNull(14) ? std::nullopt : std::optional<std::int64_t>(s.int64(14));
    return t;
}
}  // namespace

namespace {
std::vector<Trade> firstTrades(Statement& s, std::size_t limit, bool* truncated) {
    std::vector<Trade> out;
    while (s.step()) out.push_back(readTrade(s));
    if (truncated) *truncated = out.size() > limit;
    if (out.size() > limit) out.pop_back();
    return out;
}
}  // namespace

std::vector<Trade> Store::tradesOf(InstitutionId institution, Date from, Date to, std::size_t limit, bool* truncated) {
    // The day index narrows the range; the parties are filtered row by row (no party index is
    // kept: it cost more at import than it saves here).
    auto& s = db_->cached(
        "SELECT id, ts, day, product, instrument_id, buyer_id, seller_id, price, rate, quantity, notional_cny, "
        "tenor_days, settle_day, status, scenario_id FROM trade "
        "WHERE day BETWEEN ? AND ? AND (buyer_id = ? OR seller_id = ?) ORDER BY day, ts, id LIMIT ?");
    s.bind(1, from.daysSinceEpoch()).bind(2, to.daysSinceEpoch()).bind(3, institution.value).bind(4, institution.value);
    s.bind(5, static_cast<std::int64_t>(limit) + 1);
    return firstTrades(s, limit, truncated);
}

std::vector<Trade> Store::tradesIn(InstrumentId instrument, Date from, Date to, std::size_t limit, bool* truncated) {
    auto& s = db_->cached(
        "SELECT id, ts, day, product, instrument_id, buyer_id, seller_id, price, rate, quantity, notional_cny, "
        "tenor_days, settle_day, status, scenario_id FROM trade "
        "WHERE day BETWEEN ? AND ? AND instrument_id = ? ORDER BY day, ts, id LIMIT ?");
    s.bind(1, from.daysSinceEpoch()).bind(2, to.daysSinceEpoch()).bind(3, instrument.value);
    s.bind(4, static_cast<std::int64_t>(limit) + 1);
    return firstTrades(s, limit, truncated);
}

// Whether each day's trades occupy their own run of ids, days ascending: true for a market written
// day by day (the simulator, a day-ordered import). Answered from the day index alone.
bool Store::tradesStoredInDayOrder() {
    Statement s = db_->prepare("SELECT min(id), max(id) FROM trade GROUP BY day ORDER BY day");
    std::int64_t previousLast = std::numeric_limits<std::int64_t>::min();
    while (s.step()) {
        if (s.int64(0) <= previousLast) return false;
        previousLast = s.int64(1);
    }
    return true;
}

void Store::forEachTrade(const std::function<bool(const Trade&)>& visit) {
    // Fresh statements: a visitor may itself read from this store.
    if (!tradesStoredInDayOrder()) {
        Statement s = db_->prepare(std::string(kTradeColumns) + "ORDER BY day, ts, id");
        while (s.step())
            if (!visit(readTrade(s))) return;
        return;
    }
    // The table in storage order, one day at a time sorted by time: a sequential read, where the
    // ORDER BY above looks every row up through the day index (a third of the profile run's time).
    Statement s = db_->prepare(std::string(kTradeColumns) + "ORDER BY id");
    std::vector<Trade> day;
    const auto visitDay = [&] {
        std::sort(day.begin(), day.end(), [](const Trade& a, const Trade& b) {
            return std::tie(a.ts, a.id.value) < std::tie(b.ts, b.id.value);
        });
        for (const Trade& t : day)
            if (!visit(t)) return false;
        day.clear();
        return true;
    };
    while (s.step()) {
        Trade t = readTrade(s);
        if (!day.empty() && t.day != day.front().day && !visitDay()) return;
        day.push_back(std::move(t));
    }
    if (!day.empty()) visitDay();
}

std::vector<Store::Exposure> Store::moneyMarketExposures(Date from, Date to) {
    auto& s = db_->cached(
        "SELECT buyer_id, seller_id, sum(notional_cny), count(*) FROM trade "
        "WHERE market = 'money' AND day BETWEEN ? AND ? GROUP BY buyer_id, seller_id ORDER BY buyer_id, seller_id");
    s.bind(1, from.daysSinceEpoch()).bind(2, to.daysSinceEpoch());
    std::vector<Exposure> out;
    while (s.step())
        out.push_back({InstitutionId(s.int64(0)), InstitutionId(s.int64(1)), s.real(2), static_cast<int>(s.int64(3))});
    return out;
}

std::vector<Store::MarketVolume> Store::dailyVolumes(Date from, Date to) {
    auto& s = db_->cached(
        "SELECT day, market, sum(notional_cny), count(*) FROM trade WHERE day BETWEEN ? AND ? "
        "GROUP BY day, market ORDER BY day, market");
    s.bind(1, from.daysSinceEpoch()).bind(2, to.daysSinceEpoch());
    std::vector<MarketVolume> out;
    while (s.step()) {
        const auto market = parseMarket(s.text(1));
        if (!market) throw StoreError("trade table holds an unknown market: " + s.text(1));
        out.push_back({dateAt(s, 0), *market, s.real(2), s.int64(3)});
    }
    return out;
}

std::int64_t Store::foreignKeyViolations() {
    Statement s = db_->prepare("PRAGMA foreign_key_check");
    std::int64_t n = 0;
    while (s.step()) ++n;
    return n;
}

std::vector<TableCount> Store::tableCounts() {
    std::vector<TableCount> out;
    auto& tables = db_->cached("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name");
    std::vector<std::string> names;
    while (tables.step()) names.push_back(tables.text(0));
    for (const auto& name : names) {
        // Table names come from sqlite_schema itself, never from user input.
        Statement count = db_->prepare("SELECT count(*) FROM \"" + name + "\"");
        count.step();
        out.push_back({name, count.int64(0)});
    }
    return out;
}

std::string Store::contentHash() {
    Fnv1a hash;
    for (const char* table : kMarketTables) {
        hash.add(table, std::strlen(table));
        Statement s = db_->prepare(std::string("SELECT * FROM ") + table + " ORDER BY 1, 2");
        while (s.step()) {
            for (int c = 0; c < s.columnCount(); ++c) {
                if (s.isNull(c)) {
                    hash.add("\0N", 2);
                    continue;
                }
                const std::string v = s.text(c);  // SQLite renders numbers exactly (%!.15g / integers)
                hash.add(v.data(), v.size());
                hash.add("\x1f", 1);
            }
        }
    }
    return hash.hex();
}

}  // namespace eagle
