#pragma once
// A workspace: one SQLite file (*.eagle) holding the market data; the typed API over it.
// One Store per thread: SQLite connections are not shared between threads.

#include "Database.h"
#include "Domain.h"

#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

namespace eagle {

struct WorkspaceKey;

struct TableCount {
    std::string table;
    std::int64_t rows = 0;
};

class Store {
public:
    // Creates a new workspace; fails if the file already exists. With encryptLike, the workspace
    // is encrypted under the same passphrase as that key's (with a data key of its own).
    static Store create(const std::string& path, const WorkspaceKey* encryptLike = nullptr);
    // Opens an existing workspace and migrates it forward. Fails with a one-line reason if the
    // file is missing, is not SQLite, or is not an EagleEye workspace.
    static Store open(const std::string& path);
    static Store openReadOnly(const std::string& path);

    Store(Store&&) noexcept;
    Store& operator=(Store&&) noexcept;
    ~Store();

    const std::string& path() const { return path_; }
    int schemaVersion();
    Database& database() { return *db_; }
    Transaction transaction() { return Transaction(*db_); }

    // Writes. Ids are assigned by the store when the given id is not valid.
    InstitutionId add(const Institution& institution);
    InstrumentId add(const Instrument& instrument);
    void add(const Relation& relation);
    void add(const Trade& trade);
    void add(const MarketDaily& point);
    void add(const BalanceDaily& balance);
    void add(const RiskEvent& event);
    // Returns the scenario's id (assigned when sc.id is 0).
    std::int64_t add(const Scenario& scenario);
    void setParent(InstitutionId id, InstitutionId parent);
    void setTradeStatus(TradeId id, const std::string& status);
    void setTotalAssets(InstitutionId id, double totalAssets, double capital);

    // Reads.
    std::vector<Institution> institutions();
    std::vector<Relation> relations();
    std::vector<Instrument> instruments();
    std::vector<RiskEvent> riskEvents();
    std::vector<Scenario> scenarios();
    std::vector<Date> tradingDays();
    std::vector<MarketDaily> marketSeries(const std::string& series);
    std::vector<BalanceDaily> balancesOn(Date day);
    // Every balance sheet of the days [from, to], by day then institution: a few key ranges per
    // institution instead of one lookup per row (what balancesOn does for each day).
    std::vector<BalanceDaily> balancesBetween(Date from, Date to);
    std::vector<std::string> marketSeriesNames();
    // The trades an institution bought or sold on the days [from, to], in (day, ts, id) order; at
    // most `limit`, and `truncated` says whether there were more.
    std::vector<Trade> tradesOf(InstitutionId institution, Date from, Date to, std::size_t limit,
                                bool* truncated = nullptr);
    // The trades in one instrument on the days [from, to], in (day, ts, id) order; at most `limit`.
    std::vector<Trade> tradesIn(InstrumentId instrument, Date from, Date to, std::size_t limit, bool* truncated = nullptr);
    // Streams trades in (day, ts, id) order; return false from the callback to stop early.
    void forEachTrade(const std::function<bool(const Trade&)>& visit);
    // Money-market cash lent per (lender, borrower) pair over [from, to], aggregated in SQL.
    struct Exposure {
        InstitutionId lender;
        InstitutionId borrower;
        double notionalCny = 0;
        int trades = 0;
    };
    std::vector<Exposure> moneyMarketExposures(Date from, Date to);
    // Each market's traded notional and number of trades per day over [from, to], by day then market.
    struct MarketVolume {
        Date day;
        Market market = Market::Bond;
        double notionalCny = 0;
        std::int64_t trades = 0;
    };
    std::vector<MarketVolume> dailyVolumes(Date from, Date to);
    std::vector<TableCount> tableCounts();
    // Rows whose foreign keys point nowhere (PRAGMA foreign_key_check); 0 in a sound workspace.
    std::int64_t foreignKeyViolations();
    // FNV-1a 64 over every market-data table in a fixed order: equal content, equal hash.
    std::string contentHash();

private:
    Store(std::string path, std::unique_ptr<Database> db);
    bool tradesStoredInDayOrder();
    std::string path_;
    std::unique_ptr<Database> db_;
};

}  // namespace eagle
